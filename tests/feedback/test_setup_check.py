"""The camera set-up check on synthetic landmarks: a face of a known size, place and pose."""

from __future__ import annotations

import numpy as np
import pytest

from feedback.setup_check import (
    CHECKS,
    REVIEW_CHECKS,
    CheckResult,
    FrameStats,
    PassHold,
    all_passed,
    failed_codes,
    setup_checks,
    setup_log,
)
from tests.factories import IMAGE_WH, Pose, face_points_px, hand_points_px
from vision.face_frame import _rotation
from vision.face_template import TEMPLATE_3D_FW, TEMPLATE_INDICES
from vision.landmarks import FrameLandmarks, Hand

WELL_LIT = FrameStats(face_luma=150.0, background_luma=140.0, fps=30.0)


def face(origin_px=(320.0, 215.0), width_px: float = 220.0, roll_deg: float = 0.0, yaw_deg: float = 0.0,
         pitch_deg: float = 0.0, depth: bool = True, n_faces: int = 1, hands=()) -> FrameLandmarks:
    """A face made of the 3-D template turned and placed (every FaceMesh point on one of
    the template's), with FaceMesh-like depth."""
    rotation = _rotation(*np.radians([roll_deg, yaw_deg, pitch_deg]))
    turned = TEMPLATE_3D_FW @ (width_px * rotation).T
    order = np.resize(np.arange(len(TEMPLATE_INDICES)), 468)
    order[TEMPLATE_INDICES] = np.arange(len(TEMPLATE_INDICES))
    points, depth_px = turned[order, :2] + origin_px, turned[order, 2]
    return FrameLandmarks(0.0, (640, 480), face_px=points, face_depth_px=depth_px if depth else None,
                          n_faces=n_faces, hands=tuple(hands), mean_luma=140.0)


def by_code(results: list[CheckResult]) -> dict[str, CheckResult]:
    return {r.code: r for r in results}


def failures(landmarks: FrameLandmarks, stats: FrameStats = WELL_LIT) -> dict[str, str]:
    return {r.code: r.advice for r in setup_checks(landmarks, stats) if r.passed is False}


def test_a_good_set_up_passes_every_check_in_order():
    results = setup_checks(face(), WELL_LIT)
    assert [r.code for r in results] == list(CHECKS)
    assert all_passed(results) and all(r.advice == "" for r in results)
    assert results[0].label == "One face in view"


def test_the_synthetic_streams_face_fails_nothing():
    assert failures(FrameLandmarks(0.0, IMAGE_WH, face_px=face_points_px(Pose()))) == {}


@pytest.mark.parametrize("width_px, advice", [(90.0, "too small: come closer"),
                                              (420.0, "too close: move back")])
def test_a_face_too_far_or_too_close(width_px, advice):
    found = failures(face(width_px=width_px, origin_px=(320.0, 230.0)))
    assert advice in found["size"]


@pytest.mark.parametrize("origin_px, code, advice", [
    ((320.0, 40.0), "in_view", "cut off at the top"),
    ((320.0, 400.0), "in_view", "chin is cut off"),
    ((70.0, 215.0), "in_view", "cut off at the side"),
    ((470.0, 215.0), "centred", "to your right"),  # the image's right is the person's left
    ((170.0, 215.0), "centred", "to your left"),
    ((320.0, 100.0), "centred", "camera up"),
    ((320.0, 330.0), "centred", "camera down"),
])
def test_a_face_off_the_middle_or_cut_off(origin_px, code, advice):
    found = failures(face(origin_px=origin_px, width_px=150.0))
    assert advice in found[code], found


def test_a_tilted_head_and_a_turned_head():
    assert "level: it leans 25 degrees" in failures(face(roll_deg=25.0))["level"]
    assert "level" not in failures(face(roll_deg=-10.0))
    assert "turned 30 degrees away" in failures(face(yaw_deg=30.0))["facing"]
    assert "chin neither up nor down" in failures(face(pitch_deg=-28.0))["facing"]
    assert set(failures(face(yaw_deg=10.0, pitch_deg=8.0))) == set()


def test_without_depth_the_turn_is_not_known_and_the_set_up_does_not_pass():
    checks = by_code(setup_checks(face(depth=False), WELL_LIT))
    assert checks["facing"].passed is None and checks["level"].passed
    assert not all_passed(list(checks.values()))


def test_hands_over_the_face_make_the_pose_unknown_not_wrong():
    covering = [Hand(hand_points_px(np.array([320.0, 215.0]), 400.0, 0.0, mirror=m), side)
                for side, m in (("right", False), ("left", True))]
    checks = by_code(setup_checks(face(roll_deg=30.0, hands=covering), WELL_LIT))
    assert checks["level"].passed is None and checks["facing"].passed is None


@pytest.mark.parametrize("stats, code, advice", [
    (FrameStats(35.0, 40.0, 30.0), "light", "Too dark: add light in front of you"),
    (FrameStats(245.0, 200.0, 30.0), "light", "Too bright"),
    (FrameStats(80.0, 200.0, 30.0), "backlight", "The light is behind you"),
    (FrameStats(150.0, 140.0, 6.0), "frame_rate", "Only 6 frames a second"),
])
def test_light_and_frame_rate(stats, code, advice):
    assert advice in failures(face(), stats)[code]


def test_a_bright_room_behind_a_well_lit_face_is_not_backlight():
    assert "backlight" not in failures(face(), FrameStats(141.0, 203.0, 30.0))


def test_no_face_or_two_faces():
    empty = FrameLandmarks(0.0, (640, 480), mean_luma=30.0)
    checks = by_code(setup_checks(empty, FrameStats(fps=30.0)))
    assert "No face found" in checks["one_face"].advice and checks["one_face"].passed is False
    assert checks["size"].passed is None and checks["size"].advice == "Waiting for a face."
    assert checks["light"].passed is False  # the whole picture's light stands in
    assert "More than one face" in failures(face(n_faces=2))["one_face"]


def test_the_frame_rate_is_unknown_until_measured():
    assert by_code(setup_checks(face(), FrameStats(150.0, 140.0, 0.0)))["frame_rate"].passed is None


def test_the_set_up_passes_after_every_check_held_for_a_second():
    hold = PassHold(hold_s=1.0)
    good, bad = setup_checks(face(), WELL_LIT), setup_checks(face(width_px=90.0), WELL_LIT)
    assert not hold.update(0.0, good) and not hold.update(0.9, good)
    assert not hold.update(1.0, bad)  # a failure starts the wait again
    assert not hold.update(1.5, good) and not hold.update(2.4, good)
    assert hold.update(2.5, good)


def test_a_recording_s_set_up_problems_become_warnings():
    log = setup_log()
    tilted = failed_codes(setup_checks(face(roll_deg=25.0), WELL_LIT))
    assert tilted == ("setup_level",)
    for i in range(100):  # 3.3 s tilted, then 1 s level, then 1 s too small (too short)
        t_s = i / 30
        results = setup_checks(face(roll_deg=25.0) if t_s < 3.3 else
                               face() if t_s < 4.3 else face(width_px=90.0), WELL_LIT)
        log.update(t_s, failed_codes(results))
    warnings = log.finish()
    assert [(w.code, w.message) for w in warnings] == [("setup_level", "The head was tilted from 0.0 s to 3.3 s")]
    assert "one_face" not in REVIEW_CHECKS  # "no face" is a warning of feedback.conditions already


def test_every_check_has_words_for_the_list_and_for_a_review():
    for code, (label, warning) in CHECKS.items():
        assert label and warning and ":" not in warning, code
    assert len(REVIEW_CHECKS) == len(CHECKS) - 1
