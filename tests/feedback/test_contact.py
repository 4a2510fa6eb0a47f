"""Touching is judged from the hand's size against its learnt touching size, on the face only."""

import math

import numpy as np
import pytest

from feedback.config import CoachConfig
from feedback.contact import ContactDetector, hand_size_px
from tests.factories import Pose, hand_points_px
from vision.landmarks import Hand, HandPoint

CONFIG = CoachConfig()
POSE = Pose((320.0, 200.0), 0.0, 220.0)
FACE = POSE.frame
CHEEK_FW = np.array([-0.30, 0.30])
HAND_FW = 0.45  # palm length in face widths, as in tests.factories.stream


def hand(point_fw=CHEEK_FW, size=1.0, side="right", depth_px=None):
    """A hand whose working point is at point_fw, `size` times its touching size."""
    points = hand_points_px(FACE.to_image(np.asarray(point_fw)), HAND_FW * FACE.scale_px * size, -25.0,
                            mirror=side == "left")
    return Hand(points_px=points, side=side, score=0.9, depth_px=depth_px)


class Clock:
    def __init__(self, fps=30.0):
        self.i, self.fps = 0, fps

    def __call__(self):
        self.i += 1
        return self.i / self.fps


def run(detector, clock, n, **hand_kwargs):
    """This frame's sample for each of n frames (the last of what `update` returns)."""
    return [detector.update(hand(**hand_kwargs), FACE, clock())[-1] for _ in range(n)]


def learnt():
    detector, clock = ContactDetector(CONFIG), Clock()
    samples = run(detector, clock, 20)
    return detector, clock, samples


def test_a_still_hand_on_the_cheek_at_its_learnt_size_is_touching():
    _, _, samples = learnt()
    assert all(np.isnan(s.size_ratio) and not s.touching for s in samples[:6])  # still learning
    last = samples[-1]
    assert last.on_face and last.touching and last.size_ratio == pytest.approx(1.0)
    assert np.allclose(last.point_fw, CHEEK_FW)


def test_a_hand_1_35_times_bigger_is_lifted():
    detector, clock, _ = learnt()
    [sample] = run(detector, clock, 1, size=1.35)
    assert sample.on_face and not sample.touching
    assert sample.size_ratio == pytest.approx(1.35)


ENTER, EXIT = CONFIG.lift_enter_ratio, CONFIG.lift_exit_ratio
BETWEEN = (ENTER + EXIT) / 2


@pytest.mark.parametrize("sizes, touching", [
    ([BETWEEN], [True]),  # between the exit and enter ratios: stays touching
    ([ENTER - 0.01, ENTER + 0.01], [True, False]),
    ([1.35, BETWEEN], [False, False]),  # lifted: BETWEEN is not low enough to touch again...
    ([1.35, BETWEEN, EXIT - 0.01], [False, False, True]),  # ...below the exit ratio is
])
def test_hysteresis(sizes, touching):
    detector, clock, _ = learnt()
    assert [run(detector, clock, 1, size=s)[0].touching for s in sizes] == touching


@pytest.mark.parametrize("point_fw", [(1.5, 1.5), (0.0, -1.0), (-0.9, 0.3)])
def test_a_point_off_the_face_is_neither_on_face_nor_touching(point_fw):
    detector, clock, _ = learnt()
    samples = run(detector, clock, 15, point_fw=point_fw)  # the smoothed point gets there
    assert not samples[-1].on_face and not samples[-1].touching
    [fresh] = ContactDetector(CONFIG).update(hand(point_fw), FACE, 0.0)
    assert not fresh.on_face and not fresh.touching


def test_sizes_are_learnt_only_on_the_face():
    detector, clock = ContactDetector(CONFIG), Clock()
    run(detector, clock, 20, point_fw=(1.5, 1.5), size=0.5)  # a small hand far off the face
    samples = run(detector, clock, 20)
    assert samples[-1].touching and samples[-1].size_ratio == pytest.approx(1.0)


def test_the_touching_size_is_relative_to_the_face_width():
    # The same hand and face, both twice as far away: still touching.
    detector, clock, _ = learnt()
    far_face = Pose((320.0, 200.0), 0.0, 110.0).frame
    points = hand_points_px(far_face.to_image(CHEEK_FW), HAND_FW * 110.0, -25.0, mirror=False)
    sample = detector.update(Hand(points, "right"), far_face, clock())[-1]
    assert sample.touching and sample.size_ratio == pytest.approx(1.0)


def test_a_hand_lost_for_longer_than_its_track_lasts_starts_lifted():
    detector, clock, _ = learnt()
    [sample] = detector.update(hand(size=BETWEEN), FACE, clock.i / clock.fps + CONFIG.track_timeout_s + 0.1)
    assert not sample.touching  # in the hysteresis band: a new contact needs less than EXIT


def test_a_hand_missed_for_a_moment_goes_on_touching():
    """MediaPipe often misses one of two hands for a few frames: the contact goes on, it is
    not a hand arriving (which would cut the stroke up to its first slow moment)."""
    detector, clock, _ = learnt()
    [sample] = detector.update(hand(size=BETWEEN), FACE, clock.i / clock.fps + CONFIG.track_timeout_s - 0.1)
    assert sample.touching and not sample.entered


def test_the_touch_onset_seen_late_is_backfilled():
    """Frames before the touching size was known come again, touching, when it is found."""
    detector, clock = ContactDetector(CONFIG), Clock()
    outputs = [detector.update(hand(), FACE, clock()) for _ in range(10)]
    onset = next(i for i, out in enumerate(outputs) if out[-1].touching)
    assert all(len(out) == 1 and not out[0].touching for out in outputs[:onset])
    backfilled = outputs[onset][:-1]
    assert [s.t_s for s in backfilled] == [out[0].t_s for out in outputs[:onset]]  # same times, in order
    assert all(s.touching for s in backfilled)
    assert all(len(out) == 1 for out in outputs[onset + 1:])  # once only


def test_a_lifted_frame_before_the_onset_is_not_backfilled():
    detector, clock = ContactDetector(CONFIG), Clock()
    run(detector, clock, 20)
    run(detector, clock, 3, size=1.35)  # lifted
    outputs = [detector.update(hand(size=s), FACE, clock()) for s in (1.35, 1.0)]
    assert len(outputs[1]) == 1 and outputs[1][0].touching  # the big one before it stays lifted


def test_hand_size_is_the_rms_spread_of_the_points():
    points = np.zeros((21, 2))
    points[:10] = (3.0, 4.0)  # 10 points 5 px from the origin...
    points[10:20] = (-3.0, -4.0)  # ...10 on the other side, and one at the centre
    expected = np.sqrt(20 * 25 / 21)
    assert hand_size_px(Hand(points, "left")) == pytest.approx(expected)


def test_hand_size_uses_depth_when_given():
    points = np.zeros((21, 2))
    depth = np.zeros(21)
    depth[:10], depth[10:20] = 5.0, -5.0
    assert hand_size_px(Hand(points, "left")) == 0.0
    assert hand_size_px(Hand(points, "left", depth_px=depth)) == pytest.approx(np.sqrt(20 * 25 / 21))


@pytest.mark.parametrize("tilt_deg", [0, 30, 60])
def test_a_hand_tilted_away_keeps_its_size_with_depth(tilt_deg):
    flat = hand_points_px(np.array([300.0, 300.0]), 100.0, 0.0, mirror=False)
    wrist_y = flat[HandPoint.WRIST, 1]
    t = math.radians(tilt_deg)
    tilted = flat.copy()
    tilted[:, 1] = wrist_y + (flat[:, 1] - wrist_y) * math.cos(t)  # foreshortened in the image...
    depth = (flat[:, 1] - wrist_y) * math.sin(t)  # ...by this much depth
    size_flat = hand_size_px(Hand(flat, "right"))
    assert hand_size_px(Hand(tilted, "right", depth_px=depth)) == pytest.approx(size_flat)
    if tilt_deg:
        assert hand_size_px(Hand(tilted, "right")) < 0.95 * size_flat
