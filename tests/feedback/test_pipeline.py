"""The coach end to end on synthetic landmark streams with known answers."""

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.pipeline import Pipeline
from feedback.protocol import load_profile
from tests.factories import (IMAGE_WH, Move, Pose, face_points_px, fingers_shifted, hand_points_px,
                             repetitions, stream)
from vision.landmarks import FrameLandmarks, Hand

DRAINAGE = load_profile("drainage")

# Paths per zone on the person's RIGHT side (x < 0), good under the drainage profile.
RIGHT_PATHS = {
    "forehead": ((-0.03, -0.25), (-0.36, -0.22)),
    "temple": ((-0.47, -0.12), (-0.48, 0.12)),
    "under_eye": ((-0.14, 0.12), (-0.32, 0.12)),
    "nose": ((-0.05, 0.16), (-0.16, 0.22)),
    "cheek": ((-0.20, 0.32), (-0.44, 0.25)),
    "jawline": ((-0.22, 0.70), (-0.45, 0.48)),
    "chin": ((-0.01, 0.78), (-0.22, 0.80)),
    "neck": ((-0.28, 0.95), (-0.30, 1.25)),
}


def mirrored(path):
    (x0, y0), (x1, y1) = path
    return ((-x0, y0), (-x1, y1))


def run(frames, profile=DRAINAGE):
    coach = Pipeline(profile)
    for frame in frames:
        coach.update(frame)
    return coach.finish()


@pytest.mark.parametrize("zone", list(RIGHT_PATHS))
@pytest.mark.parametrize("side", ["right", "left"])
def test_good_strokes_in_every_zone_are_found_once_each(zone, side):
    path = RIGHT_PATHS[zone] if side == "right" else mirrored(RIGHT_PATHS[zone])
    strokes = run(stream({side: repetitions(*path, n=4)}))
    assert [(s.zone, s.side, s.verdict, s.stroke.hand) for s in strokes] == [(zone, side, "good", side)] * 4


@pytest.mark.parametrize("zone", list(RIGHT_PATHS))
def test_reversed_strokes_are_reversed_and_returns_are_not_strokes(zone):
    strokes = run(stream({"right": repetitions(*RIGHT_PATHS[zone], n=4, reverse=True)}))
    assert [(s.zone, s.verdict) for s in strokes] == [(zone, "reversed")] * 4


def test_off_path_and_too_fast():
    (x0, y0), (x1, y1) = RIGHT_PATHS["cheek"]
    sideways = repetitions((-0.32, 0.20), (-0.32, 0.40), n=3)  # downward on the cheek
    fast = repetitions(*RIGHT_PATHS["cheek"], n=3, stroke_s=0.3)
    assert [s.verdict for s in run(stream({"right": sideways}))] == ["off_path"] * 3
    assert [s.verdict for s in run(stream({"right": fast}))] == ["too_fast"] * 3


def test_both_hands_at_once_mirrored():
    right = repetitions(*RIGHT_PATHS["cheek"], n=5)
    left = repetitions(*mirrored(RIGHT_PATHS["cheek"]), n=5)
    strokes = run(stream({"right": right, "left": left}))
    assert sorted((s.side, s.stroke.hand, s.verdict) for s in strokes) == (
        [("left", "left", "good")] * 5 + [("right", "right", "good")] * 5)


def test_a_hand_hovering_or_approaching_without_touching_gives_no_stroke():
    hover = [Move("approach", (0.9, 1.2), (-0.3, 0.3), 1.0, lifted=True),
             Move("return", (-0.3, 0.3), (-0.1, 0.3), 3.0, lifted=True)]
    assert run(stream({"right": [Move("pause", (-0.3, 0.3), (-0.3, 0.3), 2.0)] + hover})) == []


def test_no_face_gives_no_strokes():
    frames = [f.__class__(t_s=f.t_s, image_wh=f.image_wh, hands=f.hands)
              for f in stream({"right": repetitions(*RIGHT_PATHS["cheek"], n=3)})]
    assert run(frames) == []


@settings(max_examples=12, deadline=None)
@given(roll_deg=st.floats(-20, 20), face_width_px=st.sampled_from([110.0, 220.0, 440.0]),
       dx=st.floats(-40, 40), zone=st.sampled_from(sorted(RIGHT_PATHS)))
def test_tilted_scaled_shifted_face_gives_the_same_verdicts(roll_deg, face_width_px, dx, zone):
    pose = Pose(origin_px=(320.0 + dx, 160.0 + 0.1 * face_width_px), roll_deg=roll_deg,
                face_width_px=face_width_px)
    moves = repetitions(*RIGHT_PATHS[zone], n=2) + repetitions(*RIGHT_PATHS[zone], n=2, reverse=True)
    strokes = run(stream({"right": moves}, pose=pose, noise_fw=0.002, seed=1))
    assert [(s.zone, s.verdict) for s in strokes] == [(zone, "good")] * 2 + [(zone, "reversed")] * 2


def test_noisy_points_still_give_the_right_count():
    strokes = run(stream({"left": repetitions(*mirrored(RIGHT_PATHS["jawline"]), n=6)}, noise_fw=0.004, seed=3))
    assert [(s.zone, s.verdict) for s in strokes] == [("jawline", "good")] * 6


def test_head_moving_during_the_session_does_not_make_strokes():
    def pose_at(t_s):
        return Pose(origin_px=(320 + 30 * np.sin(t_s), 200.0), roll_deg=12 * np.sin(0.7 * t_s),
                    face_width_px=220 * (1 + 0.15 * np.sin(0.5 * t_s)))
    resting = [Move("approach", (0.9, 1.2), (-0.3, 0.3), 0.8, lifted=True),
               Move("pause", (-0.3, 0.3), (-0.3, 0.3), 6.0)]
    assert run(stream({"right": resting}, pose_at=pose_at)) == []
    strokes = run(stream({"right": repetitions(*RIGHT_PATHS["cheek"], n=4)}, pose_at=pose_at))
    assert [(s.zone, s.verdict) for s in strokes] == [("cheek", "good")] * 4


def test_lifting_profile_changes_the_neck_verdict():
    moves = repetitions(*RIGHT_PATHS["neck"], n=3)
    assert [s.verdict for s in run(stream({"right": moves}), load_profile("lifting"))] == ["reversed"] * 3


def resting_then_sliding_off(rest_s: float, fps: float = 30.0) -> list[FrameLandmarks]:
    """The right hand lands over the mouth, lies still for `rest_s`, then slides off the
    face without stopping (speeding up to 2.4 face widths/s), rising off the skin as it goes:
    a hand that rested on the face, leaving (no massage)."""
    mouth, far = np.array([-0.12, 0.55]), np.array([0.9, 1.2])
    frame, frames = Pose().frame, []
    for i in range(int((1.7 + rest_s) * fps) + 1):
        t_s = i / fps
        if t_s < 0.8:  # the approach, landing over its last third
            f = t_s / 0.8
            point, lift = far + (0.5 - 0.5 * np.cos(np.pi * f)) * (mouth - far), min(1.0, (1 - f) * 3)
        elif t_s < 0.8 + rest_s:
            point, lift = mouth, 0.0
        else:
            go = t_s - 0.8 - rest_s
            point, lift = mouth + [-2.0 * go * go, -0.05 * go], min(1.0, (go / 0.6) ** 3)
        size_px = 0.45 * frame.scale_px * (1.0 + 0.35 * lift)
        hand = Hand(points_px=hand_points_px(frame.to_image(point), size_px, 25.0, mirror=False),
                    side="right", score=0.9)
        frames.append(FrameLandmarks(t_s=t_s, image_wh=IMAGE_WH, face_px=face_points_px(Pose()),
                                     hands=(hand,), mean_luma=120.0))
    return frames


def test_a_hand_that_rested_on_the_face_and_slides_off_makes_no_stroke():
    assert run(resting_then_sliding_off(rest_s=3.0)) == []


def test_fingers_held_still_before_strokes_still_stroke():
    """Held on the start of the stroke for 3 s before each set: every stroke counts, also
    one alone before the hand leaves."""
    for n in (1, 3):
        reps = repetitions(*RIGHT_PATHS["cheek"], n=n)
        hold = [Move("pause", RIGHT_PATHS["cheek"][0], RIGHT_PATHS["cheek"][0], 3.0)]
        assert [(s.zone, s.verdict) for s in run(stream({"right": reps[:1] + hold + reps[1:]}))] == [("cheek", "good")] * n
        straight_off = [Move("stroke", *RIGHT_PATHS["cheek"], 1.0),
                        Move("leave", RIGHT_PATHS["cheek"][1], (-1.2, 0.2), 0.4, lifted=True)]
        assert [(s.zone, s.verdict) for s in run(stream({"right": reps[:1] + hold + straight_off}))] == [("cheek", "good")]


def test_a_hand_imagined_on_the_face_with_drifting_fingers_makes_no_stroke():
    """MediaPipe can find a 'hand' in a face's own texture (hair, glasses) and keep it: its
    palm stays on one spot of the face while its fingertips drift about. The real hand's
    strokes are found as without it; the imagined one makes none."""
    frames = stream({"right": repetitions(*RIGHT_PATHS["cheek"], n=4)})
    with_imagined = []
    for frame in frames:
        face_px = frame.face_px
        scale_px = np.ptp(face_px[:, 0])
        palm_px = face_px.mean(axis=0) + (0.1 * scale_px, -0.45 * scale_px)  # over the forehead
        drift_px = (0.12 * scale_px * np.sin(2 * np.pi * frame.t_s / 1.3),
                    0.06 * scale_px * np.sin(2 * np.pi * frame.t_s / 0.9))
        points = fingers_shifted(hand_points_px(palm_px, 0.45 * scale_px, 90.0, mirror=False), drift_px)
        imagined = Hand(points_px=points, side="right", score=0.99)
        with_imagined.append(replace(frame, hands=(imagined, *frame.hands)))
    strokes = run(with_imagined)
    assert [(s.zone, s.side, s.verdict) for s in strokes] == [("cheek", "right", "good")] * 4


def test_strokes_made_before_the_fingers_begin_to_wander_still_count():
    """Two strokes with a return, a third, a short pause, then a scratch on the spot (the
    fingertips wander, the knuckles stay): the hand is set aside for the scratch, and the
    third stroke, still waiting for the next leg to be decided, is judged all the same."""
    a, b = RIGHT_PATHS["cheek"]
    moves = repetitions(a, b, n=2)[:-1] + [Move("stroke", a, b, 1.0), Move("pause", b, b, 3.0),
                                          Move("leave", b, (0.9, 1.2), 0.6, lifted=True)]
    scratch_from_s = sum(move.duration_s for move in moves[:-2]) + 0.5
    frames = []
    for frame in stream({"right": moves}):
        u_s = frame.t_s - scratch_from_s
        if frame.hands and 0.0 <= u_s <= 2.5:
            scale_px = np.ptp(frame.face_px[:, 0])
            drift_px = scale_px * np.array([0.10 * np.sin(2 * np.pi * u_s / 0.5),
                                            0.05 * np.sin(2 * np.pi * u_s / 0.7)])
            [hand] = frame.hands
            frame = replace(frame, hands=(replace(hand, points_px=fingers_shifted(hand.points_px, drift_px)),))
        frames.append(frame)
    assert [(s.zone, s.verdict) for s in run(frames)] == [("cheek", "good")] * 3
