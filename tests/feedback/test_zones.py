"""The zone map: nearest anchor in the side-folded face frame, mirror-symmetric."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.protocol import ZONES
from feedback.zones import (
    MIDLINE_BAND_FW, ON_FACE_RADIUS_FW, PATH_VOTES, ZONE_ANCHORS_FW, fold, is_on_face,
    path_zone, points_along, side_of, stroke_place, zone_at, zone_shares,
)

ANCHORS = [(zone, anchor) for zone, anchors in ZONE_ANCHORS_FW.items() for anchor in anchors]


def test_the_map_has_the_protocol_zones():
    assert set(ZONE_ANCHORS_FW) == set(ZONES)


@pytest.mark.parametrize("zone, anchor", ANCHORS, ids=[f"{z}-{a}" for z, a in ANCHORS])
@pytest.mark.parametrize("sign", [1, -1], ids=["left", "right"])
def test_each_anchor_is_in_its_zone_on_both_sides(zone, anchor, sign):
    x, y = anchor
    assert zone_at(np.array([sign * x, y])) == zone


@pytest.mark.parametrize("point", [(0.0, -0.6), (0.0, 1.7), (0.9, 0.3), (-0.9, 0.3), (3.0, 3.0),
                                   (-50.0, 0.0)])
def test_a_point_far_off_the_face_is_in_no_zone(point):
    assert zone_at(np.array(point)) is None and not is_on_face(np.array(point))


def test_the_on_face_radius_is_the_edge():
    x, y = ZONE_ANCHORS_FW["temple"][0]  # the outermost anchor at that height: nothing beyond it
    assert zone_at(np.array([x + ON_FACE_RADIUS_FW - 1e-9, y])) == "temple"
    assert zone_at(np.array([x + ON_FACE_RADIUS_FW + 1e-6, y])) is None


@pytest.mark.parametrize("x, side", [(0.3, "left"), (-0.3, "right"), (1e-9, "left"), (-1e-9, "right")])
def test_side_of_x_toward_the_persons_left(x, side):
    assert side_of(x) == side


def test_fold():
    assert np.array_equal(fold(np.array([[-0.3, 0.2], [0.3, -0.1]])), [[0.3, 0.2], [0.3, -0.1]])


@pytest.mark.parametrize("path, expected", [
    ([(0, 0), (1, 0), (1, 1)], (1, 0)),  # an L: the corner is halfway along
    ([(0, 0), (4, 0)], (2, 0)),
    ([(0, 0), (1, 0), (4, 0)], (2, 0)),  # by length, not by sample count
    ([(0.2, 0.3), (0.2, 0.3), (0.2, 0.3)], (0.2, 0.3)),  # no length: the first point
    ([(0.5, 0.5)], (0.5, 0.5)),
])
def test_the_middle_point_along_a_path_by_hand(path, expected):
    assert np.allclose(points_along(np.array(path, dtype=float), 3)[1], expected)


coordinate = st.floats(-2, 2, allow_nan=False)


@given(st.lists(st.tuples(coordinate, coordinate), min_size=1, max_size=12))
@settings(max_examples=100, deadline=None)
def test_points_along_a_path_and_its_reverse_are_the_same_backward(points):
    path = np.array(points)
    forward, backward = points_along(path, PATH_VOTES), points_along(path[::-1], PATH_VOTES)[::-1]
    if np.linalg.norm(np.diff(path, axis=0), axis=1).sum() > 1e-9:
        assert np.allclose(forward, backward, atol=1e-9)


def test_points_along_are_evenly_spaced_by_length_not_by_sample():
    path = np.array([(0.0, 0.0), (0.1, 0.0), (0.2, 0.0), (1.0, 0.0)])
    assert np.allclose(points_along(path, 5), [(0, 0), (0.25, 0), (0.5, 0), (0.75, 0), (1, 0)])


def test_points_along_a_path_that_does_not_move_are_its_start():
    assert np.allclose(points_along(np.array([(0.2, 0.3), (0.2, 0.3)]), 3), [(0.2, 0.3)] * 3)


def test_a_stroke_that_sags_across_a_boundary_in_its_middle_keeps_the_zone_it_runs_in():
    # Across the cheek toward the ear, dipping into the jawline's edge for a fifth of its length
    # (its midpoint there too): a cheek stroke on both sides, either way.
    path = np.array([(0.18, 0.30), (0.30, 0.36), (0.36, 0.42), (0.42, 0.36), (0.50, 0.28)])
    assert zone_at(points_along(path, 3)[1]) == "jawline"
    for stroke in (path, path[::-1], path * [-1, 1]):
        assert path_zone(stroke) == "cheek"
        assert stroke_place(stroke)[0] == "cheek"


def test_a_long_rest_at_one_end_does_not_outweigh_where_the_stroke_travels():
    rest = np.repeat([(0.30, 0.45)], 60, axis=0)  # on the jawline's edge, many samples
    travel = line((0.30, 0.45), (0.22, 0.22), 10)  # then up across the cheek
    assert path_zone(np.concatenate([rest, travel])) == "cheek"


def test_when_zones_tie_for_the_most_the_midpoint_decides():
    # Straight down from the forehead past the outer eye to the cheek: as much forehead as
    # cheek, and the middle under the eye.
    path = line((0.30, -0.30), (0.30, 0.43), 2)
    zones = [zone_at(p) for p in points_along(path, PATH_VOTES)]
    assert zones.count("forehead") == zones.count("cheek") > zones.count("under_eye")
    assert path_zone(path) == path_zone(path[::-1]) == zone_at(points_along(path, 3)[1]) == "under_eye"


@given(st.lists(st.tuples(coordinate, coordinate), min_size=2, max_size=8))
@settings(max_examples=100, deadline=None)
def test_a_path_and_its_reverse_get_the_same_zone(points):
    path = np.array(points) * 0.5
    assert path_zone(path) == path_zone(path[::-1])


def line(start, end, n=20):
    return np.linspace(start, end, n)


@pytest.mark.parametrize("end_x, side", [(-0.22, "right"), (0.22, "left")])
def test_a_chin_stroke_from_the_midline_takes_the_side_it_moves_toward(end_x, side):
    path = line((0.0, 0.80), (end_x, 0.80))
    assert stroke_place(path) == ("chin", side)
    assert stroke_place(path[::-1]) == ("chin", side)  # its reverse too


def test_a_chin_stroke_from_just_across_the_midline_takes_the_far_side():
    assert stroke_place(line((0.02, 0.80), (-0.2, 0.80))) == ("chin", "right")


@pytest.mark.parametrize("dx, side", [(0.02, "left"), (-0.02, "right")])
def test_a_stroke_along_the_midline_takes_the_side_it_drifts_to(dx, side):
    path = line((0.0, 0.62), (dx, 0.92))  # never farther than the midline band
    assert np.abs(path[:, 0]).max() < MIDLINE_BAND_FW
    assert stroke_place(path) == ("chin", side)


@pytest.mark.parametrize("zone, start, end", [
    ("cheek", (-0.20, 0.32), (-0.44, 0.25)),
    ("neck", (-0.28, 0.95), (-0.30, 1.25)),
    ("neck", (-0.29, 0.74), (-0.25, 1.00)),  # from just under the jaw angle, beside the chin
    ("chin", (-0.04, 0.72), (-0.22, 0.76)),
    ("chin", (-0.03, 0.83), (-0.17, 0.80)),  # along the chin's lower edge
    ("neck", (-0.19, 0.85), (-0.12, 1.02)),  # a narrow jaw: under its edge, beside the chin
    ("temple", (-0.47, -0.12), (-0.48, 0.12)),
    ("forehead", (-0.03, -0.25), (-0.36, -0.22)),
])
def test_stroke_place_by_midpoint_on_both_sides_and_both_ways(zone, start, end):
    path = line(start, end)
    mirrored = path * np.array([-1.0, 1.0])
    assert stroke_place(path) == stroke_place(path[::-1]) == (zone, "right")
    assert stroke_place(mirrored) == stroke_place(mirrored[::-1]) == (zone, "left")


def test_a_stroke_whose_middle_is_off_the_face_has_no_zone():
    assert stroke_place(line((0.9, 0.0), (1.2, 0.2)))[0] is None


@given(st.floats(-1.5, 1.5, allow_nan=False), st.floats(-1.0, 2.0, allow_nan=False))
@settings(max_examples=300, deadline=None)
def test_the_zone_map_is_mirror_symmetric(x, y):
    assert zone_at(np.array([x, y])) == zone_at(np.array([-x, y]))


def test_a_nose_stroke_that_runs_far_onto_the_cheek_is_the_noses():
    # From the side of the nose out across the cheek's inner edge (more of it on the cheek,
    # as when the fingers rest on the way and the stroke is whole): the nose's, either way,
    # on both sides; a cheek stroke from the nose's edge to the ear stays the cheek's.
    path = line((0.07, 0.33), (0.28, 0.31))
    assert zone_at(path[0]) == "nose" and zone_at(path[-1]) == "cheek"
    for stroke in (path, path[::-1], path * [-1, 1]):
        assert path_zone(stroke) == "nose"
    cheek = line((0.14, 0.32), (0.46, 0.26))
    assert zone_at(cheek[0]) == "nose"
    assert path_zone(cheek) == path_zone(cheek[::-1]) == "cheek"


def test_a_forehead_stroke_that_runs_onto_the_temple_is_the_foreheads():
    path = line((0.20, -0.25), (0.48, 0.10))  # from above the brow down past the eye corner
    assert zone_at(path[0]) == "forehead" and zone_at(path[-1]) == "temple"
    assert path_zone(path) == path_zone(path[::-1]) == "forehead"


def test_a_temple_stroke_down_toward_the_neck_is_not_moved_by_the_inner_half():
    # The temple's own stroke (down in front of the ear) sets off beside the eye, not inward.
    path = line((0.46, -0.06), (0.48, 0.16))
    assert path_zone(path) == "temple"


def test_zone_shares_are_the_parts_of_the_path_in_each_zone_off_the_face_left_out():
    inside = np.linspace((0.26, 0.30), (0.40, 0.28), 15)  # across the cheek
    assert zone_shares(inside) == {"cheek": 1.0}
    leaving = np.linspace((0.30, 0.30), (0.90, 0.30), 15)  # out past the face's edge
    shares = zone_shares(leaving)
    assert 0.0 < shares["cheek"] < 1.0 and sum(shares.values()) < 1.0
    assert zone_shares(inside[::-1]) == zone_shares(inside)
