"""The face-frame tracker over time: smoothing, holding the frame while the face is lost or
covered by hands, and what a hand over the face may move."""

import math

import numpy as np

from tests.factories import Pose, face_points_px
from vision.face_frame import FaceFrame, FaceFrameTracker, fit_face_frame, uncovered
from vision.face_template import TEMPLATE_FW, TEMPLATE_INDICES


def feed(tracker, pose, times_s, rng=None, noise_px=0.0):
    return [tracker.update(face_points_px(pose, rng, noise_px), t) for t in times_s]


def test_tracker_holds_the_last_frame_for_hold_s_then_gives_none():
    tracker = FaceFrameTracker(hold_s=0.6)
    last = feed(tracker, Pose(), np.arange(30) / 30)[-1]  # last face at t = 29/30
    t_last = 29 / 30
    assert tracker.update(None, t_last + 0.3) is last
    assert tracker.update(None, t_last + 0.59) is last
    assert tracker.update(None, t_last + 0.61) is None
    assert tracker.update(None, t_last + 5.0) is None


def test_tracker_gives_none_before_any_face():
    assert FaceFrameTracker().update(None, 0.0) is None


def test_after_losing_the_face_the_tracker_starts_afresh_where_the_face_now_is():
    tracker = FaceFrameTracker(hold_s=0.6)
    feed(tracker, Pose((200, 200)), np.arange(30) / 30)
    tracker.update(None, 2.0)  # lost long enough
    again = tracker.update(face_points_px(Pose((400, 250))), 2.1)
    assert np.allclose(again.origin_px, [400, 250])  # no smoothing toward the old place


def test_tracker_smooths_jitter():
    rng = np.random.default_rng(0)
    pose = Pose((300, 220), 5.0, 200.0)
    times_s = np.arange(90) / 30
    tracked = feed(FaceFrameTracker(), pose, times_s, np.random.default_rng(0), noise_px=2.0)[30:]
    raw = [fit_face_frame(face_points_px(pose, rng, 2.0)) for _ in times_s][30:]
    origin_ratio = np.array([f.origin_px for f in tracked]).std(axis=0) / np.array(
        [f.origin_px for f in raw]).std(axis=0)
    assert np.all(origin_ratio < 0.6), origin_ratio
    assert np.std([f.roll_rad for f in tracked]) < 0.6 * np.std([f.roll_rad for f in raw])
    assert np.std([f.scale_px for f in tracked]) < 0.6 * np.std([f.scale_px for f in raw])
    mean_origin = np.array([f.origin_px for f in tracked]).mean(axis=0)
    assert np.allclose(mean_origin, pose.origin_px, atol=0.5)


def test_tracker_follows_a_moving_head_with_small_lag():
    tracker = FaceFrameTracker()
    for i in range(60):  # the head slides 100 px/s to the right
        pose = Pose((200 + 100 * i / 30, 220), 0.0, 200.0)
        frame = tracker.update(face_points_px(pose), i / 30)
    assert 0 <= pose.origin_px[0] - frame.origin_px[0] < 0.03 * 200.0


def test_tracker_does_not_average_roll_across_plus_minus_pi():
    tracker = FaceFrameTracker()
    tracker.update(face_points_px(Pose((300, 200), 179.0, 200)), 0.0)
    frame = tracker.update(face_points_px(Pose((300, 200), -179.0, 200)), 1 / 30)
    # Between 179 and 181 deg, never near 0 deg (which would be the face upright).
    assert 179.0 <= math.degrees(frame.roll_rad) % 360 <= 181.0


def test_a_face_mostly_covered_by_hands_holds_the_last_frame():
    pose = Pose((320.0, 200.0), 10.0, 200.0)
    tracker = FaceFrameTracker(hold_s=0.3)
    first = tracker.update(face_points_px(pose), 0.0)
    covering_hand = np.array([[0.0, 0.0], [640.0, 0.0], [640.0, 480.0], [0.0, 480.0]] * 6)[:21]
    for t_s in (0.5, 1.0, 2.0):  # longer than hold_s: still the face, just covered
        assert tracker.update(face_points_px(Pose((330.0, 210.0), 0.0, 150.0)), t_s, [covering_hand]) is first



def test_a_fit_on_a_half_covered_face_moves_the_frame_only_part_way():
    """With hands over much of the face FaceMesh's points drift with the hands: such a fit
    eases the frame toward it instead of making it jump (which would bend the stroke)."""
    before, after = Pose((320.0, 200.0), 0.0, 200.0), Pose((340.0, 200.0), 0.0, 200.0)
    moved_px = {}
    for covered in (False, True):
        tracker = FaceFrameTracker()
        feed(tracker, before, np.arange(30) / 30)
        points = face_points_px(after)
        upper_half = points[TEMPLATE_INDICES][:, 1] < 200.0
        hand = points[TEMPLATE_INDICES][upper_half][:21] if covered else None
        hands = [] if hand is None else [np.resize(hand, (21, 2))]
        if covered:
            n_visible = int(uncovered(points[TEMPLATE_INDICES], hands).sum())
            assert 10 <= n_visible < 25  # the premise: a fit trusted in part
        frame = tracker.update(points, 1.0, hands)
        moved_px[covered] = float(frame.origin_px[0] - 320.0)
    assert moved_px[False] > 0  # the filter follows a clear view
    assert 0 < moved_px[True] < 0.5 * moved_px[False]


# --- a turned head (3-D fit with FaceMesh's depth) -------------------------------------------


def test_while_a_hand_covers_the_face_its_scale_is_held_and_a_spot_of_skin_stays_put():
    """FaceMesh's mesh shrinks and grows by a few per cent as a hand slides over the face; the
    head does not come nearer or go back that fast. The frame's scale is held meanwhile (a
    fixed spot of skin keeps its face-frame place), the width seen follows the fits."""
    pose = Pose((320.0, 200.0), 0.0, 200.0)
    tracker = FaceFrameTracker()
    feed(tracker, pose, np.arange(30) / 30)
    points = face_points_px(pose)
    nose = points[TEMPLATE_INDICES][np.abs(TEMPLATE_FW[:, 0]) < 0.01]  # the midline points
    hand = np.resize(np.vstack([nose.min(0) - 3, nose.max(0) + 3, [nose.min(0)[0] - 3, nose.max(0)[1] + 3],
                                [nose.max(0)[0] + 3, nose.min(0)[1] - 3]]), (21, 2))
    assert 25 <= uncovered(points[TEMPLATE_INDICES], [hand]).sum() < len(TEMPLATE_INDICES)
    spot_px = pose.frame.to_image(np.array([0.25, 0.15]))  # under the left eye
    for i in range(1, 31):  # over a second the mesh shrinks by 6 % about the nose bridge
        shrunk = pose.origin_px + (points - pose.origin_px) * (1 - 0.06 * i / 30)
        frame = tracker.update(shrunk, 1.0 + i / 30, [hand])
    assert abs(frame.scale_px / 200.0 - 1) < 0.01
    assert frame.seen_width_px < 0.96 * 200.0
    assert np.linalg.norm(frame.to_face(spot_px) - [0.25, 0.15]) < 0.005


def test_without_a_hand_the_frame_follows_the_face_coming_nearer():
    tracker = FaceFrameTracker()
    feed(tracker, Pose((320.0, 200.0), 0.0, 200.0), np.arange(30) / 30)
    frame = feed(tracker, Pose((320.0, 200.0), 0.0, 212.0), 1.0 + np.arange(1, 31) / 30)[-1]
    assert abs(frame.scale_px - 212.0) < 1.0
    assert frame.width_px == frame.seen_width_px


def test_the_width_a_hand_is_measured_against_is_the_scale_unless_seen():
    frame = FaceFrame(np.zeros(2), 0.0, 200.0)
    assert frame.width_px == 200.0
    assert FaceFrame(np.zeros(2), 0.0, 200.0, seen_width_px=190.0).width_px == 190.0


def _hand_over_cheek_edge(points_px, edge=(234, 132)):
    """A hand (21 points) lying over one cheek edge (default the person's right; (454, 361) the
    left), at cheekbone level and below."""
    edge = points_px[list(edge)]
    lo, hi = edge.min(0) - 15, edge.max(0) + 15
    return np.resize(np.array([lo, hi, [lo[0], hi[1]], [hi[0], lo[1]]]), (21, 2))


def _width_seen_while_squeezed(pose: Pose, hands_px: list[np.ndarray], squeeze_frames: int) -> float:
    """The width seen after a second in which FaceMesh's mesh shrinks by 15 % over
    `squeeze_frames` frames (30 fps) and stays so, with these hands over the face."""
    points = face_points_px(pose)
    tracker = FaceFrameTracker()
    feed(tracker, pose, np.arange(30) / 30)
    for i in range(1, 31):
        shrunk = pose.origin_px + (points - pose.origin_px) * (1 - 0.15 * min(i / squeeze_frames, 1.0))
        frame = tracker.update(shrunk, 1.0 + i / 30, hands_px)
    return frame.seen_width_px


def test_hands_over_both_sides_of_the_face_outline_do_not_shrink_the_width_a_hand_is_measured_against():
    """Two hands lying over both cheek edges squeeze FaceMesh's mesh (15 % narrower within
    0.2 s); the head does not go back that fast, so the width seen barely moves meanwhile, and
    follows the fits again once the hands have left the outline."""
    pose = Pose((320.0, 200.0), 0.0, 200.0)
    tracker = FaceFrameTracker()
    feed(tracker, pose, np.arange(30) / 30)
    points = face_points_px(pose)
    hands = [_hand_over_cheek_edge(points), _hand_over_cheek_edge(points, (454, 361))]
    assert not uncovered(points[[234, 132, 454, 361]], hands).any()
    shrunk = pose.origin_px + (points - pose.origin_px) * 0.85
    for i in range(1, 31):
        squeeze = min(i / 6, 1.0)  # 0.2 s to squeeze, then held for 0.8 s
        frame = tracker.update(points + (shrunk - points) * squeeze, 1.0 + i / 30, hands)
    assert abs(frame.seen_width_px / 200.0 - 1) < 0.04
    for i in range(31, 91):  # the hand leaves: the width seen is the fit's again
        frame = tracker.update(shrunk, 1.0 + i / 30)
    assert abs(frame.seen_width_px / 170.0 - 1) < 0.01


def test_a_hand_away_from_the_outline_leaves_the_width_seen_as_it_was():
    """A hand over the nose only (the outline clear): the width seen follows the fits exactly
    as without a hand (the leg model's size cues were fitted against it)."""
    pose = Pose((320.0, 200.0), 0.0, 200.0)
    points = face_points_px(pose)
    nose = points[TEMPLATE_INDICES][np.abs(TEMPLATE_FW[:, 0]) < 0.01]
    hand = np.resize(np.vstack([nose.min(0) - 3, nose.max(0) + 3]), (21, 2))
    assert 25 <= uncovered(points[TEMPLATE_INDICES], [hand]).sum() < len(TEMPLATE_INDICES)
    widths = [_width_seen_while_squeezed(pose, hands, squeeze_frames=30) for hands in ([hand], [])]
    assert widths[0] == widths[1] < 0.9 * 200.0


def test_a_hand_over_one_side_of_the_outline_leaves_the_width_seen_as_it_was():
    """One hand over one cheek edge (the other edge free, anchoring FaceMesh's width): the
    width seen follows the fits exactly as without a hand."""
    pose = Pose((320.0, 200.0), 0.0, 200.0)
    points = face_points_px(pose)
    hand = _hand_over_cheek_edge(points)
    assert not uncovered(points[[234, 132]], [hand]).any()
    assert uncovered(points[[454, 361]], [hand]).all()
    widths = [_width_seen_while_squeezed(pose, hands, squeeze_frames=6) for hands in ([hand], [])]
    assert math.isclose(widths[0], widths[1], rel_tol=1e-9)  # (the fit leaves out the covered points)
    assert widths[0] < 0.9 * 200.0
