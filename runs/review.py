"""Reviewing a recorded session: video file in, `Review` (and an annotated video) out."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack, closing
from pathlib import Path

from feedback.conditions import Warning
from feedback.config import CoachConfig
from feedback.overlay import Overlay
from feedback.protocol import Profile
from feedback.report import Review
from feedback.setup_check import FrameStats, failed_codes, setup_checks, setup_log
from feedback.view import SessionView
from vision.frame_stats import face_light
from vision.tracker import MediaPipeTracker, Tracker, track_frames
from vision.video_io import VideoReader
from vision.video_writer import VideoWriter

DEFAULT_MAX_MINUTES = 30.0
# Decoding, FaceMesh and Hands on threads of their own beside the coach, drawing and
# encoding (MediaPipe and PyAV release the GIL): about twice as fast on two cores, with the
# same results as one thread (tests/runs/test_review_parallel.py).
DEFAULT_WORKERS = 2

Progress = Callable[[float], None]  # called with the share done, 0..1


def review_video(path: str | Path, profile: Profile, *, mirror: bool = False,
                 annotated_path: str | Path | None = None, progress: Progress | None = None,
                 max_minutes: float = DEFAULT_MAX_MINUTES, tracker: Tracker | None = None,
                 config: CoachConfig | None = None, workers: int = DEFAULT_WORKERS,
                 face_axes: bool = False) -> Review:
    """Track, coach and judge a whole video.

    mirror: the recording is mirrored (a selfie view); sides are still the person's own.
    face_axes: draw the face frame's axes on the annotated video (to check the face tracking).
    workers: 1 runs everything on this thread; more runs decoding and tracking on threads
        of their own (see `vision.tracker.track_frames`), with the same result.
    Raises `vision.video_io.VideoError` when the file is not a usable video.
    """
    session = SessionView(profile, config)
    overlay = Overlay(profile, show_axes=face_axes) if annotated_path else None
    reader = VideoReader(path, max_duration_s=max_minutes * 60)
    info = reader.info
    setup = setup_log()  # the camera set-up check, frame by frame, as warnings
    frames = 0
    with ExitStack() as cleanup:  # whatever was opened is closed, whatever fails
        if tracker is None:
            tracker = MediaPipeTracker(mirrored=mirror)
            cleanup.callback(tracker.close)
        # With threads of our own busy, the encoder's own threads only add work: encode here.
        writer = (VideoWriter(annotated_path, fps=info.fps, threads=1 if workers > 1 else 0)
                  if annotated_path else None)
        if writer is not None:
            cleanup.callback(writer.close)
        tracked = cleanup.enter_context(closing(track_frames(tracker, reader, workers=workers)))
        for frame, landmarks in tracked:
            state = session.step(landmarks)
            unmirrored = frame.rgb[:, ::-1] if mirror else frame.rgb
            stats = FrameStats(*face_light(unmirrored, landmarks.face_px), fps=info.fps)
            setup.update(frame.t_s, failed_codes(setup_checks(landmarks, stats)))
            if writer is not None:
                writer.write(overlay.annotate(unmirrored, state, mirror_display=mirror), frame.t_s)
            frames += 1
            if progress is not None and info.duration_s > 0:
                progress(min(1.0, frame.t_s / info.duration_s))
    video_warnings = [Warning(0.0, "video", text) for text in reader.warnings]
    strokes, warnings = session.finish()
    warnings = sorted(warnings + setup.finish(), key=lambda w: w.t_s)
    if progress is not None:
        progress(1.0)
    return Review(video=str(path), duration_s=info.duration_s, fps=info.fps, frames=frames,
                  profile=profile, strokes=tuple(strokes), warnings=tuple(video_warnings + warnings))
