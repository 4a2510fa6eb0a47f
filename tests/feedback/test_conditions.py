"""Per-frame conditions (can the coach see?) and their spans as warnings."""

import numpy as np
import pytest

from feedback.conditions import MESSAGES, ConditionLog, Warning, frame_conditions
from tests.factories import IMAGE_WH, Pose, face_points_px, hand_points_px
from vision.landmarks import FrameLandmarks, Hand

FACE_PX = face_points_px(Pose())
HAND = Hand(points_px=hand_points_px(np.array([250.0, 250.0]), 100.0, 0.0, mirror=False), side="right")
FACE = Pose().frame  # 220 px wide in a 640 px frame


def frame(face=True, hands=(HAND,), n_faces=None, luma=120.0):
    return FrameLandmarks(t_s=0.0, image_wh=IMAGE_WH, face_px=FACE_PX if face else None, hands=hands,
                          n_faces=n_faces if n_faces is not None else int(face), mean_luma=luma)


def small_face(width_px):
    return Pose(face_width_px=width_px).frame


@pytest.mark.parametrize("landmarks, face, expected", [
    (frame(), FACE, ()),  # all is well
    (frame(face=False, hands=()), None, ("no_face",)),
    (frame(face=False), None, ("face_blocked",)),  # a hand in view: it is probably over the face
    (frame(face=False, hands=(), n_faces=0, luma=10.0), None, ("no_face", "too_dark")),
    (frame(), small_face(60.0), ("face_small",)),  # 60 px < 12% of 640 px
    (frame(), small_face(77.0), ()),  # 77 px > 76.8 px
    (frame(luma=39.9), FACE, ("too_dark",)),
    (frame(luma=40.0), FACE, ()),
    (frame(luma=None), FACE, ()),  # not measured: no claim
    (frame(n_faces=2), FACE, ("two_faces",)),
    (frame(hands=()), FACE, ("no_hand",)),
    (frame(luma=240.0), FACE, ("too_bright",)),
    (frame(hands=(), n_faces=2, luma=5.0), small_face(50.0), ("face_small", "too_dark", "two_faces", "no_hand")),
])
def test_frame_conditions(landmarks, face, expected):
    assert frame_conditions(landmarks, face) == expected


def test_a_held_face_counts_as_a_face():
    # The face tracker may hold the last frame while FaceMesh misses the face.
    assert frame_conditions(frame(face=False), FACE) == ()


def test_every_condition_has_a_message():
    codes = {"no_face", "face_blocked", "face_small", "too_dark", "too_bright", "two_faces", "no_hand"}
    assert set(MESSAGES) == codes and all(MESSAGES[c].strip() for c in codes)


def log_of(spans, fps=30.0, end_s=6.0, min_span_s=1.0):
    """Feed a ConditionLog one frame at a time; spans: {code: (start_s, end_s)} when present."""
    log = ConditionLog(min_span_s=min_span_s)
    for i in range(int(end_s * fps) + 1):
        t_s = i / fps
        log.update(t_s, tuple(c for c, (a, b) in spans.items() if a <= t_s < b))
    return log.finish()


def test_a_long_span_is_one_warning_with_its_times():
    [warning] = log_of({"no_face": (0.0, 3.2)})
    assert (warning.t_s, warning.code) == (0.0, "no_face")
    assert warning.message == "No face in view from 0.0 s to 3.2 s"


def test_short_spans_are_dropped():
    assert log_of({"face_blocked": (1.0, 1.5), "too_dark": (2.0, 2.9)}) == []


def test_a_span_of_exactly_min_span_is_kept():
    [warning] = log_of({"too_dark": (1.0, 2.0)})
    assert warning.message == "The picture is too dark from 1.0 s to 2.0 s"


def test_a_span_open_at_the_end_is_closed_at_the_last_frame():
    [warning] = log_of({"two_faces": (4.0, 99.0)}, end_s=6.0)
    assert warning.message.endswith("from 4.0 s to 6.0 s")


def test_warnings_come_in_time_order_one_per_span():
    warnings = log_of({"no_hand": (3.0, 5.0), "no_face": (0.5, 2.0)})
    assert [(w.code, w.t_s) for w in warnings] == [("no_face", 0.5), ("no_hand", 3.0)]
    repeated = ConditionLog()
    for t_s, codes in [(0.0, ("no_face",)), (1.5, ()), (2.0, ("no_face",)), (3.5, ())]:
        repeated.update(t_s, codes)
    assert [(w.t_s, w.code) for w in repeated.finish()] == [(0.0, "no_face"), (2.0, "no_face")]


def test_an_empty_log_has_no_warnings():
    assert ConditionLog().finish() == []


def test_warning_to_dict():
    assert Warning(1.23456, "no_face", "text").to_dict() == {"t_s": 1.23, "code": "no_face", "message": "text"}
