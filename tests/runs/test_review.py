"""review_video closes what it opened (its tracker, the annotated video) whatever fails."""

from __future__ import annotations

import pytest

import runs.review
from feedback.protocol import load_profile
from runs.review import review_video
from tests.factories import repetitions, stream
from tests.runs.test_review_parallel import ScriptedTracker
from tests.video_factories import make_video
from vision.video_writer import VideoWriter

DRAINAGE = load_profile("drainage")


class OwnTracker(ScriptedTracker):
    """Stands for the MediaPipeTracker review_video makes itself; fails at `fail_at`."""

    made: list[OwnTracker] = []

    def __init__(self, *args, fail_at: int | None = None, **kwargs):
        super().__init__(stream({"right": repetitions((-0.20, 0.32), (-0.44, 0.25), 2)}))
        self.fail_at, self.calls, self.closed = fail_at, 0, False
        OwnTracker.made.append(self)

    def process(self, rgb, t_s):
        self.calls += 1
        if self.calls == self.fail_at:
            raise RuntimeError("tracking failed")
        return super().process(rgb, t_s)

    def close(self):
        self.closed = True


class ClosingWriter(VideoWriter):
    made: list[ClosingWriter] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.closed = False
        ClosingWriter.made.append(self)

    def close(self):
        self.closed = True
        super().close()


@pytest.fixture
def spies(monkeypatch):
    OwnTracker.made, ClosingWriter.made = [], []
    monkeypatch.setattr(runs.review, "VideoWriter", ClosingWriter)
    return monkeypatch


def test_a_writer_that_cannot_be_made_leaves_no_tracker_open(spies, tmp_path):
    spies.setattr(runs.review, "MediaPipeTracker", OwnTracker)
    video = make_video(tmp_path / "clip.mp4", n_frames=10)
    with pytest.raises(ValueError, match="cannot write .avi"):
        review_video(video, DRAINAGE, annotated_path=tmp_path / "out.avi")
    assert [t.closed for t in OwnTracker.made] == [True]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failure_half_way_closes_the_tracker_and_the_writer(spies, tmp_path, workers):
    spies.setattr(runs.review, "MediaPipeTracker", lambda **kw: OwnTracker(fail_at=5))
    video = make_video(tmp_path / "clip.mp4", n_frames=20)
    with pytest.raises(RuntimeError, match="tracking failed"):
        review_video(video, DRAINAGE, annotated_path=tmp_path / "out.mp4", workers=workers)
    assert [t.closed for t in OwnTracker.made] == [True]
    assert [w.closed for w in ClosingWriter.made] == [True]


def test_a_tracker_passed_in_stays_open(spies, tmp_path):
    tracker = OwnTracker()
    video = make_video(tmp_path / "clip.mp4", n_frames=10)
    review_video(video, DRAINAGE, tracker=tracker, annotated_path=tmp_path / "out.mp4")
    assert not tracker.closed and [w.closed for w in ClosingWriter.made] == [True]


@pytest.mark.parametrize("face_axes", [False, True])
def test_the_face_axes_are_drawn_only_when_asked_for(face_axes, monkeypatch, tmp_path):
    made = []

    class SpyOverlay(runs.review.Overlay):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(kwargs.get("show_axes"))

    monkeypatch.setattr(runs.review, "Overlay", SpyOverlay)
    video = make_video(tmp_path / "clip.mp4", n_frames=10)
    tracker = ScriptedTracker(stream({"right": repetitions((-0.20, 0.32), (-0.44, 0.25), 1)}))
    review_video(video, DRAINAGE, annotated_path=tmp_path / "out.mp4", tracker=tracker, workers=1,
                 face_axes=face_axes)
    assert made == [face_axes]
