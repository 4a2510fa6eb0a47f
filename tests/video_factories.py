"""Small test videos and broken files, made by code with PyAV (no binary fixtures).

Frames show `pattern_rgb`: a dark gradient, a white marker in the top-left corner (to
check rotation) and a red square that moves with the frame index (so frames differ).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np
from av.stream import Disposition

from vision.video_io import VideoFrame, VideoReader


def pattern_rgb(index: int, size_wh: tuple[int, int]) -> np.ndarray:
    """Frame `index` of the test pattern, (height, width, 3) uint8."""
    width, height = size_wh
    rgb = np.zeros((height, width, 3), np.uint8)
    rgb[:, :, 1] = np.linspace(0, 100, width, dtype=np.uint8)[None, :]
    rgb[:, :, 2] = np.linspace(0, 100, height, dtype=np.uint8)[:, None]
    rgb[: height // 4, : width // 4] = 255
    side = max(2, height // 4)
    x = (index * 3) % max(1, width - side)
    rgb[height - side :, x : x + side] = (220, 30, 30)
    return rgb


def marker_corner(rgb: np.ndarray) -> str:
    """Which corner of a frame holds the white marker: "top-left", "top-right", ..."""
    height, width = rgb.shape[:2]
    brightness = {
        "top-left": rgb[: height // 8, : width // 8],
        "top-right": rgb[: height // 8, -(width // 8) :],
        "bottom-left": rgb[-(height // 8) :, : width // 8],
        "bottom-right": rgb[-(height // 8) :, -(width // 8) :],
    }
    return max(brightness, key=lambda corner: float(brightness[corner].mean()))


class _NoSeekFile(io.RawIOBase):
    """A write-only file that cannot seek, like a live recording's output."""

    def __init__(self, file: io.BufferedWriter) -> None:
        self._file = file

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        return self._file.write(data)


def make_video(
    path: Path,
    n_frames: int = 10,
    fps: float = 30,
    size_wh: tuple[int, int] = (64, 48),
    codec: str = "libx264",
    pix_fmt: str = "yuv420p",
    *,
    times_s: Sequence[float] | None = None,
    rotation_deg: int | None = None,
    stream_tags: dict[str, str] | None = None,
    second_stream_wh: tuple[int, int] | None = None,
    faststart: bool = False,
    seekable: bool = True,
) -> Path:
    """Write `n_frames` of `pattern_rgb` to `path` (format from its suffix).

    `times_s` gives each frame's time (variable frame rate); otherwise frames are 1/fps
    apart. `rotation_deg` is the clockwise turn a player applies (display matrix).
    `second_stream_wh` adds a second video stream of that size, with inverted content.
    `seekable=False` writes as a live recorder does: a WebM then has no duration.
    """
    rate = Fraction(fps).limit_denominator(1001)
    time_base = 1 / rate if times_s is None else Fraction(1, 90_000)
    pts = range(n_frames) if times_s is None else [round(t / time_base) for t in times_s]
    options = {"movflags": "+faststart"} if faststart else {}
    with open(path, "wb") as file:
        target = file if seekable else _NoSeekFile(file)
        container = av.open(target, "w", format=_format_name(path), options=options)
        streams = [_add_stream(container, codec, rate, time_base, size_wh, pix_fmt)]
        if second_stream_wh:
            streams.append(
                _add_stream(container, codec, rate, time_base, second_stream_wh, pix_fmt)
            )
        if rotation_deg is not None:
            streams[0].set_display_rotation(-rotation_deg)  # PyAV counts counter-clockwise
        streams[0].metadata.update(stream_tags or {})
        for index, frame_pts in enumerate(pts):
            for n_stream, stream in enumerate(streams):
                rgb = pattern_rgb(index, (stream.width, stream.height))
                frame = av.VideoFrame.from_ndarray(255 - rgb if n_stream else rgb, format="rgb24")
                frame.pts, frame.time_base = frame_pts, time_base
                container.mux(stream.encode(frame))
        for stream in streams:
            container.mux(stream.encode())
        container.close()
    return path


def _add_stream(
    container: av.container.OutputContainer,
    codec: str,
    rate: Fraction,
    time_base: Fraction,
    size_wh: tuple[int, int],
    pix_fmt: str,
) -> av.video.stream.VideoStream:
    options = {"preset": "ultrafast"} if codec == "libx264" else {}
    stream = container.add_stream(codec, rate=rate, options=options)
    stream.width, stream.height = size_wh
    stream.pix_fmt = pix_fmt
    stream.time_base = stream.codec_context.time_base = time_base
    return stream


def _format_name(path: Path) -> str:
    return {".mkv": "matroska", ".webm": "webm", ".h264": "h264", ".m4a": "mp4"}.get(
        path.suffix.lower(), "mp4"
    )


def make_audio_only(path: Path, *, codec: str = "aac", cover_art: bool = False) -> Path:
    """A short silent audio file (AAC or Opus in MP4), optionally with a cover picture (an
    attached-pic stream, then its only video stream)."""
    rate, n = (48_000, 960) if codec == "libopus" else (44_100, 1024)
    container = av.open(str(path), "w", format="mp4")
    audio = container.add_stream(codec, rate=rate)
    packets = []
    if cover_art:
        cover = container.add_stream("png")
        cover.width, cover.height, cover.pix_fmt = 32, 32, "rgb24"
        cover.disposition = Disposition.attached_pic
        picture = av.VideoFrame.from_ndarray(pattern_rgb(0, (32, 32)), format="rgb24")
        picture.pts = 0
        packets = cover.encode(picture) + cover.encode()
    for index in range(20):
        samples = np.zeros((2, n), np.float32)
        frame = av.AudioFrame.from_ndarray(samples, format="fltp", layout="stereo")
        frame.sample_rate, frame.pts = rate, index * n
        container.mux(audio.encode(frame))
    container.mux(audio.encode())
    container.mux(packets)
    container.close()
    return path


def make_image(path: Path, extension: str) -> Path:
    """A still image (".png", ".jpg", ".bmp", ".webp") saved under `path`, whatever its suffix."""
    ok, data = cv2.imencode(extension, pattern_rgb(0, (64, 48)))
    assert ok, extension
    path.write_bytes(data.tobytes())
    return path


def make_text(path: Path) -> Path:
    path.write_text("Séance du matin : 10 passages sur chaque joue.\n" * 40, encoding="utf-8")
    return path


def make_random_bytes(path: Path, n_bytes: int = 20_000) -> Path:
    path.write_bytes(np.random.default_rng(7).integers(0, 256, n_bytes, dtype=np.uint8).tobytes())
    return path


def make_empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def make_heic_header(path: Path) -> Path:
    """The first bytes of an iPhone photo (an ISO box naming the "heic" brand)."""
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(1000))
    return path


def truncate(source: Path, path: Path, n_bytes: int) -> Path:
    """A copy of the first `n_bytes` of `source`, like an interrupted upload."""
    path.write_bytes(source.read_bytes()[:n_bytes])
    return path


def read_all(path: Path, **kwargs) -> tuple[VideoReader, list[VideoFrame]]:
    reader = VideoReader(path, **kwargs)
    return reader, list(reader)


def mean_abs_diff(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a.astype(np.int16) - b.astype(np.int16)).mean())
