"""The vision -> feedback contract: shapes checked on construction, arrays read-only."""

import numpy as np
import pytest

from vision.landmarks import N_FACE_POINTS, N_HAND_POINTS, FrameLandmarks, Hand


def hand(side="right", **kwargs):
    return Hand(points_px=np.zeros((N_HAND_POINTS, 2)), side=side, **kwargs)


@pytest.mark.parametrize("shape", [(20, 2), (21, 3), (21,), (2, 21), (0, 2)])
def test_hand_points_of_the_wrong_shape_raise_with_expected_and_actual(shape):
    with pytest.raises(ValueError) as error:
        Hand(points_px=np.zeros(shape), side="left")
    assert "(21, 2)" in str(error.value)
    assert str(shape) in str(error.value)


@pytest.mark.parametrize("shape", [(20,), (21, 1), (21, 2)])
def test_hand_depth_of_the_wrong_shape_raises(shape):
    with pytest.raises(ValueError, match=r"\(21,\).*got " + str(shape).replace("(", r"\(").replace(")", r"\)")):
        hand(depth_px=np.zeros(shape))


@pytest.mark.parametrize("side", ["Left", "", "both", None])
def test_hand_side_must_be_left_or_right(side):
    with pytest.raises(ValueError, match="side"):
        hand(side=side)


def test_hand_arrays_are_read_only_float_copies():
    points = np.arange(N_HAND_POINTS * 2, dtype=np.int32).reshape(N_HAND_POINTS, 2)
    depth = np.ones(N_HAND_POINTS)
    h = Hand(points_px=points, side="left", depth_px=depth)
    assert h.points_px.dtype == np.float64 and h.depth_px.dtype == np.float64
    with pytest.raises(ValueError):
        h.points_px[0, 0] = 5.0
    with pytest.raises(ValueError):
        h.depth_px[0] = 5.0
    points[0, 0] = 99  # the caller's array stays the caller's
    depth[0] = 99
    assert h.points_px[0, 0] == 0.0 and h.depth_px[0] == 1.0


def test_hand_without_depth_keeps_none():
    assert hand().depth_px is None


@pytest.mark.parametrize("shape", [(N_FACE_POINTS - 1, 2), (N_FACE_POINTS, 3), (N_FACE_POINTS,), (0, 2)])
def test_face_of_the_wrong_shape_raises_with_expected_and_actual(shape):
    with pytest.raises(ValueError) as error:
        FrameLandmarks(t_s=0.0, image_wh=(640, 480), face_px=np.zeros(shape))
    assert "468" in str(error.value) and str(shape) in str(error.value)


@pytest.mark.parametrize("n_points", [468, 478])
def test_face_with_or_without_iris_points_is_accepted_read_only_and_counted(n_points):
    frame = FrameLandmarks(t_s=1.0, image_wh=(640, 480), face_px=np.zeros((n_points, 2)))
    assert frame.face_px.shape == (n_points, 2)
    assert frame.n_faces == 1  # a face given means at least one face seen
    with pytest.raises(ValueError):
        frame.face_px[0, 0] = 1.0


def test_n_faces_given_is_kept():
    frame = FrameLandmarks(t_s=0.0, image_wh=(640, 480), face_px=np.zeros((468, 2)), n_faces=2)
    assert frame.n_faces == 2


def test_more_than_two_hands_raise_and_a_list_becomes_a_tuple():
    with pytest.raises(ValueError, match="at most two hands, got 3"):
        FrameLandmarks(t_s=0.0, image_wh=(640, 480), hands=(hand(), hand(), hand()))
    frame = FrameLandmarks(t_s=0.0, image_wh=(640, 480), hands=[hand("left"), hand("right")])
    assert isinstance(frame.hands, tuple) and [h.side for h in frame.hands] == ["left", "right"]


def test_empty_frame_has_nothing_in_it():
    frame = FrameLandmarks.empty(2.5, (320, 240))
    assert frame.t_s == 2.5 and frame.image_wh == (320, 240)
    assert frame.face_px is None and frame.hands == () and frame.n_faces == 0 and frame.mean_luma is None


def test_landmarks_are_frozen():
    frame = FrameLandmarks.empty(0.0, (320, 240))
    with pytest.raises(AttributeError):
        frame.t_s = 1.0
