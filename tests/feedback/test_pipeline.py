"""The coach end to end on synthetic landmark streams with known answers."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.pipeline import Pipeline
from feedback.protocol import load_profile
from tests.factories import Move, Pose, repetitions, stream

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
