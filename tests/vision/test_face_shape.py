import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import CHIN, Pose, face_points_px
from vision.face_frame import FaceFrameTracker
from vision.face_shape import STANDARD_SHAPE, FaceShape, FaceShapeLearner
from vision.face_template import LEVEL_PAIRS, LEVELS_FW

# A long lower face: the jaw and the chin lower than the template's, the rest alike.
LONG_CHIN = FaceShape((-0.141, 0.018, 0.329, 0.62, 0.95))


def long_chinned_face(pose: Pose) -> np.ndarray:
    """(468, 2) landmarks of a face with LONG_CHIN's proportions."""
    face_px = face_points_px(pose)
    standard_fw = pose.frame.to_face(face_px)
    return pose.frame.to_image(LONG_CHIN.to_person(standard_fw))


levels = st.lists(st.floats(0.06, 0.4), min_size=4, max_size=4).map(
    lambda gaps: tuple(np.cumsum([-0.2, *gaps])))
points = st.lists(st.tuples(st.floats(-0.6, 0.6), st.floats(-0.6, 1.4)), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(levels, points)
def test_to_person_undoes_to_standard(levels_fw, points_fw):
    shape = FaceShape(levels_fw)
    points_fw = np.array(points_fw)
    assert np.allclose(shape.to_person(shape.to_standard(points_fw)), points_fw, atol=1e-9)


@settings(max_examples=60, deadline=None)
@given(levels, st.floats(-0.6, 1.4), st.floats(0.001, 0.3))
def test_the_map_keeps_order_down_the_face(levels_fw, y, dy):
    shape = FaceShape(levels_fw)
    higher, lower = shape.to_standard(np.array([[0.1, y], [0.1, y + dy]]))[:, 1]
    assert lower > higher


def test_the_person_s_levels_go_to_the_template_s_and_x_is_kept():
    person = np.array([[0.3, y] for y in LONG_CHIN.levels_fw])
    standard = LONG_CHIN.to_standard(person)
    assert np.allclose(standard[:, 1], LEVELS_FW) and np.allclose(standard[:, 0], 0.3)


def test_the_neck_and_the_forehead_are_shifted_not_stretched():
    neck = LONG_CHIN.to_standard(np.array([[0.2, 0.95], [0.2, 1.25]]))
    assert neck[1, 1] - neck[0, 1] == pytest.approx(0.3)
    assert neck[0, 1] == pytest.approx(LEVELS_FW[-1])


def test_the_template_s_shape_changes_nothing():
    p = np.array([[0.2, 0.7], [-0.1, -0.3]])
    assert np.array_equal(STANDARD_SHAPE.to_standard(p), p)


def test_the_learner_waits_for_enough_frontal_views_then_keeps_the_median():
    learner = FaceShapeLearner(min_samples=3, max_samples=3)
    long_chin = np.array(LONG_CHIN.levels_fw)
    assert learner.update(long_chin, 0.0, 0.0) is STANDARD_SHAPE
    learner.update(long_chin + 0.5, np.radians(40.0), 0.0)  # turned away: not used
    learner.update(long_chin[::-1], 0.0, 0.0)  # not a face's order: not used
    learner.update(long_chin + 0.01, 0.0, 0.0)
    assert learner.update(long_chin - 0.01, 0.0, np.radians(10.0)).levels_fw == pytest.approx(long_chin)
    assert learner.learned
    for _ in range(5):  # full: later views change nothing
        learner.update(np.array(LEVELS_FW), 0.0, 0.0)
    assert learner.shape.levels_fw == pytest.approx(long_chin)


def test_the_tracker_maps_a_long_chinned_face_onto_the_template():
    pose = Pose()
    face_px = long_chinned_face(pose)
    tracker = FaceFrameTracker()
    for i in range(20):
        frame = tracker.update(face_px, i / 30)
    assert frame.shape.levels_fw == pytest.approx(LONG_CHIN.levels_fw, abs=0.01)
    chin_fw = frame.to_face(face_px[CHIN])
    assert chin_fw[1] == pytest.approx(LEVELS_FW[-1], abs=0.01)
    jaw_px = face_px[list(LEVEL_PAIRS[3])]
    assert frame.to_face(jaw_px)[:, 1] == pytest.approx([LEVELS_FW[3]] * 2, abs=0.01)
    assert np.allclose(frame.to_image(frame.to_face(face_px[:50])), face_px[:50], atol=1e-6)


def test_a_hand_over_the_chin_keeps_the_tracker_from_learning_the_shape():
    pose = Pose()
    face_px = long_chinned_face(pose)
    hand_px = face_px[CHIN] + np.random.default_rng(1).normal(0, 30, (21, 2))
    tracker = FaceFrameTracker()
    for i in range(20):
        frame = tracker.update(face_px, i / 30, [hand_px])
    assert frame.shape is STANDARD_SHAPE
