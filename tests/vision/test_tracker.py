"""The MediaPipe adapter on hand-made results, the detector schedule, `track_frames`, and
(slow) the real tracker: tiny frames, the rebuilt graphs against MediaPipe's own."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import numpy as np
import pytest

from tests.samples import shortest_sample
from vision.landmarks import FrameLandmarks
from vision.tracker import _DetectorSchedule, from_mediapipe, track_frames



def landmark_list(points) -> SimpleNamespace:
    return SimpleNamespace(landmark=[SimpleNamespace(x=x, y=y, z=z) for x, y, z in points])


def face(centre_x: float, half_size: float) -> SimpleNamespace:
    """468 normalised points spread over a square of side 2 * half_size."""
    grid = np.linspace(-half_size, half_size, 468)
    return landmark_list([(centre_x + dx, 0.5 + dy, dx) for dx, dy in zip(grid, grid[::-1])])


def hand(x: float, label: str, score: float = 0.9) -> tuple[SimpleNamespace, SimpleNamespace]:
    points = [(x + 0.01 * i, 0.25, -0.05 + 0.005 * i) for i in range(21)]
    handedness = SimpleNamespace(classification=[SimpleNamespace(label=label, score=score)])
    return landmark_list(points), handedness


def results(faces=None, hands=None):
    """What the legacy solutions return: None, not an empty list, when nothing is found."""
    face_result = SimpleNamespace(multi_face_landmarks=faces)
    hand_lists = [h for h, _ in hands] if hands else None
    handedness = [c for _, c in hands] if hands else None
    return face_result, SimpleNamespace(multi_hand_landmarks=hand_lists, multi_handedness=handedness)


# --- from_mediapipe -------------------------------------------------------------------------

def test_points_are_scaled_to_pixels_and_depth_like_x():
    found = from_mediapipe(*results([face(0.5, 0.1)], [hand(0.5, "Left")]), (640, 480), 1.5)
    assert found.t_s == 1.5 and found.image_wh == (640, 480)
    assert found.face_px.shape == (468, 2)
    assert found.face_px[0] == pytest.approx((0.4 * 640, 0.6 * 480))
    assert found.face_depth_px.shape == (468,)
    assert found.face_depth_px[0] == pytest.approx(-0.1 * 640)  # the face's z too
    (only,) = found.hands
    assert only.points_px[0] == pytest.approx((320, 120))
    assert only.points_px[20] == pytest.approx((0.7 * 640, 120))
    assert only.depth_px[0] == pytest.approx(-0.05 * 640)  # z is scaled like x, not like y
    assert only.depth_px[20] == pytest.approx(0.05 * 640)
    assert only.score == pytest.approx(0.9)


@pytest.mark.parametrize(("label", "mirrored", "side"), [
    ("Left", False, "right"),  # MediaPipe names hands as in a mirror: swapped for a plain camera
    ("Right", False, "left"),
    ("Left", True, "left"),  # the image given was mirrored: its labels are right
    ("Right", True, "right"),
])
def test_sides_are_the_persons_own(label, mirrored, side):
    found = from_mediapipe(*results(None, [hand(0.5, label)]), (640, 480), 0.0, mirrored=mirrored)
    assert [h.side for h in found.hands] == [side]


def test_the_largest_face_is_coached_and_all_are_counted():
    small, large = face(0.25, 0.05), face(0.7, 0.2)
    found = from_mediapipe(*results([small, large]), (640, 480), 0.0)
    assert found.n_faces == 2
    assert np.ptp(found.face_px[:, 0]) == pytest.approx(0.4 * 640)
    assert found.face_px[:, 0].mean() == pytest.approx(0.7 * 640)


def test_nothing_found_is_an_empty_frame_with_the_luma():
    found = from_mediapipe(*results(None, None), (64, 48), 2.0, luma=33.0)
    assert found == FrameLandmarks(t_s=2.0, image_wh=(64, 48), mean_luma=33.0)
    assert found.face_px is None and found.hands == () and found.n_faces == 0


def test_at_most_two_hands_are_kept():
    hands = [hand(0.1, "Left"), hand(0.4, "Right"), hand(0.7, "Left")]
    found = from_mediapipe(*results(None, hands), (640, 480), 0.0)
    assert [h.side for h in found.hands] == ["right", "left"]


# --- the detector schedule --------------------------------------------------------------------

def skips(schedule: _DetectorSchedule, tracked: list[int]) -> list[bool]:
    """Whether the detector is skipped on each frame, `tracked[i]` being found on frame i."""
    out = []
    for count in tracked:
        out.append(schedule.skip())
        schedule.found(count)
    return out


def test_every_frame_is_mediapipes_own_rule():
    # skipped only after a frame that tracked the maximum (two)
    assert skips(_DetectorSchedule(2, 1, False), [0, 1, 1, 2, 2, 1, 0]) == [
        False, False, False, False, True, True, False]


def test_a_further_hand_is_looked_for_every_n_frames_a_lost_one_at_once():
    schedule = _DetectorSchedule(2, 3, False)
    assert skips(schedule, [1, 1, 1, 1, 1, 1, 0, 0, 1, 1]) == [
        False, True, True, False, True, True, False, False, False, True]


def test_two_tracked_never_searches_and_static_images_always_search():
    assert skips(_DetectorSchedule(2, 3, False), [2, 2, 2, 2]) == [False, True, True, True]
    assert skips(_DetectorSchedule(2, 3, True), [1, 2, 1, 2]) == [False] * 4


def test_the_interval_is_at_least_one_frame():
    with pytest.raises(ValueError, match="at least 1"):
        _DetectorSchedule(2, 0, False)


# --- track_frames (a fake tracker) ------------------------------------------------------------

class CountingTracker:
    def __init__(self, fail_at: int | None = None):
        self.fail_at = fail_at
        self.seen: list[float] = []

    def process(self, rgb, t_s):
        if len(self.seen) == self.fail_at:
            raise RuntimeError("tracker broke")
        self.seen.append(t_s)
        return FrameLandmarks.empty(t_s, (rgb.shape[1], rgb.shape[0]))

    def close(self):
        pass


def frames(n: int):
    rgb = np.zeros((4, 6, 3), np.uint8)
    return (SimpleNamespace(rgb=rgb, t_s=i / 30) for i in range(n))


@pytest.mark.parametrize("workers", [1, 2])
def test_track_frames_keeps_the_order(workers):
    tracker = CountingTracker()
    out = list(track_frames(tracker, frames(50), workers=workers))
    assert [landmarks.t_s for _, landmarks in out] == [i / 30 for i in range(50)]
    assert [frame.t_s for frame, _ in out] == tracker.seen


def test_a_failure_on_a_worker_thread_reaches_the_caller_and_the_threads_end():
    before = threading.active_count()
    with pytest.raises(RuntimeError, match="tracker broke"):
        list(track_frames(CountingTracker(fail_at=7), frames(50), workers=2))
    assert threading.active_count() == before


def test_stopping_early_ends_the_threads():
    before = threading.active_count()
    tracked = track_frames(CountingTracker(), frames(500), workers=2)
    assert next(tracked)[1].t_s == 0.0
    tracked.close()
    assert threading.active_count() == before


# --- the real tracker -------------------------------------------------------------------------

@pytest.mark.slow
def test_tiny_synthetic_frame_has_no_face_and_no_error():
    from vision.tracker import MediaPipeTracker

    with MediaPipeTracker() as tracker:
        for i, value in enumerate((0, 128, 255)):
            found = tracker.process(np.full((48, 64, 3), value, np.uint8), i / 30)
            assert found.face_px is None and found.hands == () and found.n_faces == 0
            assert found.image_wh == (64, 48)
        with pytest.raises(ValueError, match=r"\(H, W, 3\) uint8"):
            tracker.process(np.zeros((48, 64), np.uint8), 1.0)


@pytest.mark.slow
def test_prepare_unmirrors_brightens_dark_frames_and_leaves_the_input_alone():
    from vision.tracker import DARK_LUMA, MediaPipeTracker

    rgb = np.zeros((8, 10, 3), np.uint8)
    rgb[:, :5] = 40  # dark, brighter on the left
    with MediaPipeTracker(mirrored=True) as tracker:
        prepared, luma = tracker.prepare(rgb)
    assert luma < DARK_LUMA
    assert prepared[0, -1, 0] > 40 and prepared[0, 0, 0] == 0  # flipped, brightened
    assert not prepared.flags.writeable and prepared.flags.c_contiguous
    assert rgb[0, 0, 0] == 40 and rgb.flags.writeable



@pytest.mark.slow
def test_rebuilt_graphs_searching_every_frame_match_mediapipes_own():
    """The detector gate fed from Python, with MediaPipe's own rule, changes nothing."""
    import mediapipe as mp

    from vision.tracker import _face_mesh, _hands
    from vision.video_io import VideoReader

    def points(result, name):
        return [[(p.x, p.y, p.z) for p in found.landmark] for found in getattr(result, name) or []]

    ours = {"hands": _hands(2, 1, 1, False), "face": _face_mesh(2, 1, False)}
    stock = {"hands": mp.solutions.hands.Hands(max_num_hands=2, model_complexity=1),
             "face": mp.solutions.face_mesh.FaceMesh(max_num_faces=2)}
    names = {"hands": "multi_hand_landmarks", "face": "multi_face_landmarks"}
    n_found = 0
    for frame, _ in zip(VideoReader(shortest_sample()), range(120)):
        frame.rgb.flags.writeable = False
        for kind, name in names.items():
            expected = points(stock[kind].process(frame.rgb), name)
            assert points(ours[kind].process(frame.rgb), name) == expected, (kind, frame.index)
            n_found += len(expected)
    for solution in [*ours.values(), *stock.values()]:
        solution.close()
    assert n_found > 120  # the clip has a face (and hands) to compare

