"""Fake webcams for Chromium: a video as a Y4M file (`--use-file-for-fake-video-capture`).

Chromium reads only uncompressed Y4M (MJPEG no longer works), from an absolute path, and
loops it. Frames are written here with PyAV: 640x480, 30 fps, header
`YUV4MPEG2 W640 H480 F30:1 Ip A1:1 C420jpeg`, then `FRAME\\n` and the Y, U, V planes of
each frame (about 0.46 MB a frame, so a 20 s clip is about 280 MB). Files are cached in
the temporary folder, keyed by the source's name, size and modification time.

`sample_y4m(name)` converts `sample_videos/NAME`; `rendered_y4m(...)` draws a clip with
the sample renderer (`tools/samples`: a real face photo and a drawn hand) when the sample
wanted is not there; `variant_y4m(name, "small" | "dark")` is a sample seen from too far
(scaled down on its own blurred picture) or in a dark room (for the set-up check).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import av
import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_videos"
WIDTH, HEIGHT, FPS = 640, 480, 30
HEADER = f"YUV4MPEG2 W{WIDTH} H{HEIGHT} F{FPS}:1 Ip A1:1 C420jpeg\n".encode()


def cache_dir() -> Path:
    folder = Path(os.environ.get("MASSAGE_COACH_Y4M_CACHE", Path(tempfile.gettempdir()) / "massage-coach-y4m"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fit_640x480(rgb: np.ndarray) -> np.ndarray:
    """Scale to cover 640x480 and crop the middle (a webcam's picture)."""
    height, width = rgb.shape[:2]
    if (width, height) == (WIDTH, HEIGHT):
        return rgb
    scale = max(WIDTH / width, HEIGHT / height)
    resized = cv2.resize(rgb, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA)
    top = (resized.shape[0] - HEIGHT) // 2
    left = (resized.shape[1] - WIDTH) // 2
    return np.ascontiguousarray(resized[top:top + HEIGHT, left:left + WIDTH])


def write_y4m(frames_rgb: Iterable[np.ndarray], path: Path) -> Path:
    """Write RGB frames (any size: fitted to 640x480) as a 30 fps Y4M; returns the absolute path."""
    path = Path(path).resolve()
    partial = path.with_name(path.name + ".partial")
    n = 0
    with partial.open("wb") as out:
        out.write(HEADER)
        for rgb in frames_rgb:
            yuv = av.VideoFrame.from_ndarray(fit_640x480(rgb), format="rgb24").reformat(format="yuv420p")
            out.write(b"FRAME\n")
            out.write(np.ascontiguousarray(yuv.to_ndarray()).tobytes())  # Y, then U, then V planes
            n += 1
    if n == 0:
        partial.unlink()
        raise ValueError("no frames to write")
    partial.replace(path)
    return path


def _frames_at_30fps(video: Path, max_seconds: float | None) -> Iterable[np.ndarray]:
    """The video's frames resampled to 30 fps by their timestamps (repeat or drop)."""
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        index, last = 0, None
        for frame in container.decode(stream):
            t_s = float(frame.time or 0.0)
            rgb = frame.to_ndarray(format="rgb24")
            while index / FPS <= t_s:
                if last is not None:
                    yield last
                index += 1
                if max_seconds is not None and index / FPS > max_seconds:
                    return
            last = rgb
        if last is not None:
            yield last


def y4m_for_video(video: Path, max_seconds: float | None = None) -> Path:
    """A cached Y4M of any video file."""
    video = Path(video).resolve()
    stat = video.stat()
    limit = "" if max_seconds is None else f"-{max_seconds:g}s"
    target = cache_dir() / f"{video.stem}-{stat.st_size}-{int(stat.st_mtime)}{limit}.y4m"
    if not target.exists():
        write_y4m(_frames_at_30fps(video, max_seconds), target)
    return target


def _smaller(rgb: np.ndarray, share: float = 0.45) -> np.ndarray:
    """The picture scaled down in the middle of a blurred copy of itself: a person far away."""
    out = cv2.blur(rgb, (61, 61))
    small = cv2.resize(rgb, None, fx=share, fy=share, interpolation=cv2.INTER_AREA)
    top, left = (out.shape[0] - small.shape[0]) // 2, (out.shape[1] - small.shape[1]) // 2
    out[top:top + small.shape[0], left:left + small.shape[1]] = small
    return out


def _darker(rgb: np.ndarray, share: float = 0.2) -> np.ndarray:
    return (rgb.astype(np.float32) * share).astype(np.uint8)


VARIANTS = {"small": _smaller, "dark": _darker}


def variant_y4m(name: str, variant: str, max_seconds: float = 3.0) -> Path | None:
    """`sample_videos/NAME`'s first seconds changed by a `VARIANTS` function, as a cached Y4M."""
    video = SAMPLES / name
    if not video.is_file():
        return None
    stat = video.stat()
    target = cache_dir() / f"{video.stem}-{variant}-{stat.st_size}-{int(stat.st_mtime)}-{max_seconds:g}s.y4m"
    if not target.exists():
        write_y4m((VARIANTS[variant](rgb) for rgb in _frames_at_30fps(video, max_seconds)), target)
    return target


def sample_labels(name: str) -> dict | None:
    path = SAMPLES / f"{Path(name).stem}.labels.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def sample_y4m(name: str, max_seconds: float | None = None) -> Path | None:
    """`sample_videos/NAME` as a Y4M, None if there is no such sample."""
    video = SAMPLES / name
    return y4m_for_video(video, max_seconds) if video.is_file() else None


def rendered_y4m(name: str, blocks: list[tuple[str, tuple[str, ...]]], hands: tuple[str, ...] = ("right",),
                 seed: int = 3) -> tuple[Path, dict]:
    """Draw a clip with the sample renderer straight into a cached Y4M; (path, labels).

    blocks: (zone, verdicts) per block, e.g. [("cheek", ("good",) * 5)]."""
    sys.path[:0] = [str(ROOT / "tools")]
    try:
        from samples import render
        from samples.script import Block
    finally:
        sys.path.remove(str(ROOT / "tools"))
    spec = render.ClipSpec(name=name, description=f"test clip {name}", seed=seed, hands=hands,
                           blocks=tuple(Block(zone, tuple(verdicts)) for zone, verdicts in blocks))
    plan = render.make_plan(spec)
    labels = render.labels(plan, None)
    target = cache_dir() / f"rendered-{name}-{hashlib.sha1(repr(spec).encode()).hexdigest()[:10]}.y4m"
    if not target.exists():
        renderer = render.Renderer(plan)
        write_y4m((renderer.frame(i) for i in range(plan.n_frames)), target)
    return target, labels


def read_y4m_header(path: Path) -> str:
    with Path(path).open("rb") as file:
        return file.readline().decode().strip()
