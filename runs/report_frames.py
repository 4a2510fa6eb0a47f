"""The PDF report's pictures: frames of the annotated video (strokes drawn in their
verdict's colour) at the moments `feedback.report_pdf.report_moments` picks."""

from __future__ import annotations

import tempfile
from pathlib import Path

from feedback.report_pdf import ReportFrame, report_moments
from vision.video_io import VideoReader


def report_frames(annotated_path: str | Path, review_json: dict) -> list[ReportFrame]:
    """One frame per moment (the first frame at or after it), decoding only up to the last."""
    moments = report_moments(review_json)
    frames: list[ReportFrame] = []
    if not moments:
        return frames
    for frame in VideoReader(annotated_path):
        while len(frames) < len(moments) and frame.t_s >= moments[len(frames)][0] - 1e-6:
            frames.append(ReportFrame(frame.rgb, moments[len(frames)][1]))
        if len(frames) == len(moments):
            break
    return frames


def report_frames_from_bytes(video_bytes: bytes, review_json: dict) -> list[ReportFrame]:
    """The same from an annotated MP4 held in memory (the review page keeps it so)."""
    with tempfile.TemporaryDirectory(prefix="massage-coach-report-") as folder:
        path = Path(folder) / "annotated.mp4"
        path.write_bytes(video_bytes)
        return report_frames(path, review_json)
