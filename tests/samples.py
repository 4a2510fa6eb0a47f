"""The rendered sample clips (`sample_videos/`, made by `make samples`) as test inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from vision.video_io import VideoError, probe_video

SAMPLES = Path(__file__).resolve().parents[1] / "sample_videos"


def shortest_sample() -> Path:
    """The shortest sample clip (one being rendered right now is passed over); skips without any."""
    durations = {}
    for path in SAMPLES.glob("*.mp4"):
        try:
            durations[path] = probe_video(path).duration_s
        except VideoError:
            continue
    if not durations:
        pytest.skip(f"no sample video in {SAMPLES}: run `make samples` to render them")
    return min(durations, key=durations.get)
