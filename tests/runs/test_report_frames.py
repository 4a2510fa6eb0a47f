"""The report's pictures are the annotated video's frames at the moments picked."""

from __future__ import annotations

import numpy as np

from feedback.report_pdf import report_moments
from runs.report_frames import report_frames, report_frames_from_bytes
from tests.app.test_history_page import review_json
from vision.video_writer import VideoWriter

FPS = 10


def timed_video(path, seconds: float):
    """A video whose frame i is grey level 10 * (i % 25): its time can be read back."""
    with VideoWriter(path, fps=FPS) as writer:
        for i in range(int(seconds * FPS)):
            writer.write(np.full((96, 128, 3), 10 * (i % 25), np.uint8), i / FPS)
    return path


def test_one_frame_per_moment_each_at_its_time(tmp_path):
    review = review_json({("cheek", "left"): ["good", "reversed"], ("neck", "right"): ["too_fast"]}, "v.mp4")
    review["strokes"] = [{**s, "t_start_s": 3.0 * i, "t_end_s": 3.0 * i + 0.9} for i, s in enumerate(review["strokes"])]
    review["duration_s"] = 10.0
    video = timed_video(tmp_path / "annotated.mp4", 10.0)
    moments = report_moments(review)
    frames = report_frames(video, review)
    assert [f.caption for f in frames] == [c for _, c in moments] and len(frames) == 3
    for (t_s, _), frame in zip(moments, frames):
        index = round(t_s * FPS)
        assert abs(float(frame.rgb.mean()) - 10 * (index % 25)) < 6
    assert [f.caption for f in report_frames_from_bytes(video.read_bytes(), review)] == [c for _, c in moments]


def test_no_strokes_no_pictures(tmp_path):
    empty = {"strokes": [], "zones": [], "duration_s": 2.0}
    assert report_frames(tmp_path / "never-opened.mp4", empty) == []
