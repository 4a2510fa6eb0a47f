"""A stroke's part on the skin: without the landing and lift-off at its ends (`Stroke.on_skin`);
the way it goes (`Stroke.heading_fw`)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.stroke import Stroke
from tests.feedback.stroke_streams import FPS, straight_leg, stroke_lifting_off

RATIO = 1.04


def test_the_lift_off_at_the_end_is_left_out():
    stroke = stroke_lifting_off()
    on_skin = stroke.on_skin(RATIO)
    # The palm is 1.025 times its touching size one frame into the lift, 1.05 the next.
    assert on_skin.t_end_s == pytest.approx(0.5 + 1 / FPS)
    assert on_skin.t_start_s == stroke.t_start_s
    assert np.allclose(on_skin.travel_fw, [-0.24 - 0.08 / 6, -0.07 - 0.02 / 6])
    assert stroke.duration_s == pytest.approx(0.7)


def test_a_stroke_that_stays_on_the_skin_is_kept_whole():
    stroke = stroke_lifting_off(lift_s=0.0)
    assert stroke.on_skin(RATIO) is stroke


def test_a_lift_smaller_than_the_ratio_is_kept():
    stroke = stroke_lifting_off(lift_peak=1.03)
    assert stroke.on_skin(RATIO) is stroke


def test_a_hand_still_coming_down_at_the_start_is_left_out():
    """The palm 15 % bigger at the first sample, shrinking over the first fifth: the samples
    over the ratio are the hand not yet on the skin."""
    stroke = stroke_lifting_off(landing=0.15)
    on_skin = stroke.on_skin(RATIO)
    # 15 samples on the skin; the palm is 1.15, 1.107, 1.064, 1.021 times its size: the
    # fourth sample is the first on the skin.
    assert on_skin.t_start_s == pytest.approx(3 / FPS)
    assert on_skin.t_end_s == pytest.approx(0.5 + 1 / FPS)


def test_the_end_of_a_way_back_taken_into_the_stroke_is_left_out():
    """A small hop onto where the stroke starts, joined to it: the palm rises 8 % and comes
    down while the fingertips go back; the stroke is judged from where it lands."""
    stroke = stroke_lifting_off(lift_s=0.0)
    n_hop = 8
    hop_palm = stroke.palm_fw[0] * (1.0 + 0.08 * np.sin(np.linspace(0.0, np.pi, n_hop + 1)[:-1]))
    hop_path = stroke.path_fw[0] + np.outer(np.linspace(1.0, 0.0, n_hop + 1)[:-1], [0.05, -0.12])
    joined = Stroke(stroke.hand, np.arange(n_hop + len(stroke.t_s)) / FPS,
                    np.vstack([hop_path, stroke.path_fw]), np.concatenate([hop_palm, stroke.palm_fw]))
    on_skin = joined.on_skin(RATIO)
    assert on_skin.t_start_s <= n_hop / FPS and on_skin.t_start_s >= 5 / FPS
    assert on_skin.t_end_s == joined.t_end_s
    assert np.allclose(on_skin.travel_fw[1], stroke.travel_fw[1], atol=0.04)


def test_without_the_palm_the_stroke_is_kept_whole():
    stroke = stroke_lifting_off()
    assert Stroke(stroke.hand, stroke.t_s, stroke.path_fw).on_skin(RATIO).t_end_s == stroke.t_end_s
    unknown = Stroke(stroke.hand, stroke.t_s, stroke.path_fw, np.full(len(stroke.t_s), np.nan))
    assert unknown.on_skin(RATIO) is unknown


def test_palm_sizes_not_seen_at_the_end_are_not_a_lift():
    stroke = stroke_lifting_off(lift_s=0.0)
    palm = stroke.palm_fw.copy()
    palm[-3:] = np.nan
    blind = Stroke(stroke.hand, stroke.t_s, stroke.path_fw, palm)
    assert blind.on_skin(RATIO) is blind


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0.15, 0.4), min_size=3, max_size=40))
def test_the_part_on_the_skin_is_a_run_from_after_the_landing_to_a_settled_palm(palm):
    palm = np.array(palm)
    t_s = np.arange(len(palm)) / FPS
    stroke = Stroke("left", t_s, np.column_stack([t_s, 0.1 * t_s]), palm)
    on_skin = stroke.on_skin(RATIO)
    n, first = len(on_skin.t_s), int(round(on_skin.t_s[0] * FPS))
    kept = slice(first, first + n)
    assert n >= 3 and np.array_equal(on_skin.t_s, t_s[kept]) and np.array_equal(on_skin.path_fw, stroke.path_fw[kept])
    if on_skin is not stroke:
        limit = np.quantile(palm, 0.25) * RATIO
        assert palm[first + n - 1] <= limit and (palm[first + n:] > limit).all()
        assert first == 0 or (palm[first - 1] > limit and first - 1 < len(palm) // 2)
        assert not (palm[first:len(palm) // 2] > limit).any()


@settings(max_examples=50)
@given(st.floats(-0.5, 0.5), st.floats(-0.5, 0.5), st.floats(0.05, 0.4), st.floats(-np.pi, np.pi),
       st.integers(4, 60))
def test_a_straight_even_stroke_goes_the_way_of_its_chord(x, y, length_fw, angle, n):
    stroke = straight_leg(0.0, length_fw * np.array([np.cos(angle), np.sin(angle)]), 1.0,
                          start_fw=(x, y), n_per_s=n)
    heading, chord = stroke.heading_fw, stroke.travel_fw
    assert np.dot(heading, chord) == pytest.approx(np.linalg.norm(heading) * np.linalg.norm(chord), rel=1e-9)
    assert 0.0 < np.linalg.norm(heading) <= np.linalg.norm(chord) + 1e-12


@pytest.mark.parametrize("n", [2, 3, 7])
def test_a_stroke_of_under_eight_samples_goes_the_way_of_its_chord(n):
    """A quarter of under eight samples is under two: each end is its one sample."""
    path_fw = np.random.default_rng(n).uniform(-0.5, 0.5, (n, 2))
    stroke = Stroke("right", np.linspace(0.0, 1.0, n), path_fw)
    assert np.allclose(stroke.heading_fw, stroke.travel_fw)


def turned_deg(vector_fw):
    return np.degrees(np.arctan2(vector_fw[1], vector_fw[0]))


def test_a_landmark_jump_in_the_last_frames_turns_the_way_less_than_the_chord():
    """Out along x, then the fingertip's landmark jumps 0.25 face widths sideways in the last
    two of 31 samples: the chord turns by 46 degrees, the stroke's way by about 20."""
    stroke = straight_leg(0.0, (0.24, 0.0), 1.0, start_fw=(0.0, 0.0), n_per_s=31)
    path_fw = stroke.path_fw.copy()
    path_fw[-2:, 1] += 0.25
    jumped = Stroke("right", stroke.t_s, path_fw)
    assert turned_deg(jumped.travel_fw) > 45.0
    assert turned_deg(jumped.heading_fw) < 25.0
