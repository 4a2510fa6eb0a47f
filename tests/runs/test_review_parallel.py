"""A review on several threads gives exactly the review on one thread."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import ClassVar

import pytest

from feedback.protocol import load_profile
from runs.review import review_video
from tests.factories import repetitions, stream
from tests.samples import shortest_sample
from tests.video_factories import make_video
from vision.video_writer import VideoWriter

DRAINAGE = load_profile("drainage")


class ScriptedTracker:
    """Plays back synthetic landmarks, re-stamped with the frame's time."""

    def __init__(self, frames):
        self.frames, self.n = frames, 0

    def process(self, rgb, t_s):
        found = replace(self.frames[min(self.n, len(self.frames) - 1)], t_s=t_s)
        self.n += 1
        return found

    def close(self):
        pass


def test_threads_give_the_same_review_with_a_scripted_tracker(tmp_path):
    landmarks = stream({"right": repetitions((-0.20, 0.32), (-0.44, 0.25), 3)})
    video = make_video(tmp_path / "clip.mp4", n_frames=len(landmarks))
    one, two = (review_video(video, DRAINAGE, tracker=ScriptedTracker(landmarks), workers=w).to_json_dict()
                for w in (1, 2))
    assert one["frames"] == len(landmarks)
    assert len(one["strokes"]) == 3
    assert two == one


def test_a_tracker_failure_on_a_thread_reaches_the_caller(tmp_path):
    class Broken(ScriptedTracker):
        def process(self, rgb, t_s):
            raise RuntimeError("no model")

    video = make_video(tmp_path / "clip.mp4", n_frames=20)
    with pytest.raises(RuntimeError, match="no model"):
        review_video(video, DRAINAGE, tracker=Broken([]), workers=2)



class HashingWriter(VideoWriter):
    """The real writer, also hashing every annotated frame (and its time) it is given.

    The encoded files themselves differ: the parallel review encodes on one thread, and
    libx264's output depends on its thread count."""

    made: ClassVar[list[HashingWriter]] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.digest = hashlib.sha256()
        HashingWriter.made.append(self)

    def write(self, rgb, t_s):
        self.digest.update(rgb.tobytes())
        self.digest.update(repr(t_s).encode())
        super().write(rgb, t_s)


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_parallel_review_of_a_real_clip_is_identical(tmp_path, monkeypatch):
    """MediaPipe itself, on threads: the same strokes (every JSON field), frames, warnings,
    and the same annotated frames."""
    clip = shortest_sample()
    monkeypatch.setattr("runs.review.VideoWriter", HashingWriter)
    HashingWriter.made.clear()
    sequential, parallel = (
        review_video(clip, DRAINAGE, annotated_path=tmp_path / f"annotated_{workers}.mp4",
                     workers=workers).to_json_dict()
        for workers in (1, 2))
    assert sequential["frames"] > 100 and sequential["strokes"], "the clip should have strokes to compare"
    assert parallel["frames"] == sequential["frames"]
    assert parallel["strokes"] == sequential["strokes"]
    assert parallel == sequential
    one, two = HashingWriter.made
    assert one.frame_count == two.frame_count == sequential["frames"]
    assert one.digest.hexdigest() == two.digest.hexdigest()
