"""Writing browser-playable video (H.264 in .mp4, VP8 in .webm) with PyAV.

OpenCV's writer makes files that Chromium does not play; this one does.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from types import TracebackType

import av
import cv2
import numpy as np
from av.video.stream import VideoStream

from vision.video_io import DEFAULT_FPS, VideoError


@dataclass(frozen=True)
class _OutputFormat:
    codec: str
    time_base: Fraction
    container_options: dict[str, str]
    codec_options: dict[str, str]


_OUTPUT_FORMATS = {
    # faststart puts the index first, so a browser starts playing before the end.
    # bf=0: with B-frames libx264 invents decode times that shorten a VFR file.
    ".mp4": _OutputFormat(
        "libx264",
        Fraction(1, 90_000),
        {"movflags": "+faststart"},
        {"preset": "veryfast", "bf": "0"},
    ),
    ".webm": _OutputFormat(
        "libvpx", Fraction(1, 1000), {}, {"b": "2M", "deadline": "realtime", "cpu-used": "8"}
    ),
}
OUTPUT_SUFFIXES = tuple(_OUTPUT_FORMATS)  # the video files VideoWriter can write


class VideoWriter:
    """Writes RGB frames to a browser-playable video: H.264 in .mp4, VP8 in .webm.

    Each frame keeps its `t_s`, so variable-frame-rate input stays in sync; `fps` only
    guides the encoder and sets how long the first frame lasts. Odd widths and heights
    are padded by one pixel (a copy of the edge), as yuv420p needs even sizes. The file
    is created at the first frame: if none is written, there is no file.

    threads: encoder threads, 0 = the encoder decides (libx264: about 1.5 per core, which
    overlaps encoding with the caller's work); 1 when other threads keep the cores busy
    anyway (a parallel review): frame threads then only cost CPU (bench/throughput.py).
    """

    def __init__(self, path: str | Path, *, fps: float = DEFAULT_FPS, crf: int = 23,
                 threads: int = 0) -> None:
        self.path = Path(path)
        suffix = self.path.suffix.lower()
        if suffix not in _OUTPUT_FORMATS:
            raise ValueError(f"cannot write {suffix or 'without a suffix'}: use .mp4 or .webm")
        self._format = _OUTPUT_FORMATS[suffix]
        self.fps = fps
        self.crf = crf
        self.threads = threads
        self.frame_count = 0
        self._container: av.container.OutputContainer | None = None
        self._stream: VideoStream | None = None
        self._last_t_s: float | None = None
        self._last_pts = 0
        self._duration_pts = 0  # how long a frame lasts: the last gap between frames

    def write(self, rgb: np.ndarray, t_s: float) -> None:
        """Add one (height, width, 3) uint8 frame shown from `t_s` seconds on."""
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
            raise ValueError(f"rgb must be (height, width, 3) uint8, got {rgb.shape} {rgb.dtype}")
        if self._last_t_s is not None and t_s <= self._last_t_s:
            raise ValueError(f"frame times must increase: t_s={t_s} after {self._last_t_s}")
        if self._stream is not None and self._container is None:
            raise ValueError(f"the writer is closed: {self.path}")
        stream = self._stream or self._open(rgb.shape[1], rgb.shape[0])
        rgb = _pad_to_even(rgb)
        if (rgb.shape[1], rgb.shape[0]) != (stream.width, stream.height):
            raise ValueError(
                f"all frames must have the first frame's size {stream.width}x{stream.height} "
                f"(after padding), got {rgb.shape[1]}x{rgb.shape[0]}"
            )
        time_base = self._format.time_base
        pts = round(t_s / time_base)
        if self.frame_count:
            pts = max(pts, self._last_pts + 1)
            self._duration_pts = pts - self._last_pts
        # OpenCV converts to the encoder's YUV 4:2:0 (BT.601, limited range, as FFmpeg's
        # swscale does) in a quarter of the time swscale takes.
        frame = av.VideoFrame.from_ndarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2YUV_I420), format="yuv420p")
        frame.pts, frame.time_base, frame.duration = pts, time_base, self._duration_pts
        self._mux(stream.encode(frame))
        self._last_t_s, self._last_pts = t_s, pts
        self.frame_count += 1

    def close(self) -> None:
        """Flush the encoder and finish the file."""
        if self._container is None:
            return
        self._mux(self._stream.encode())
        self._container.close()
        self._container = None

    def __enter__(self) -> VideoWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _open(self, width: int, height: int) -> VideoStream:
        output = self._format
        self._container = av.open(str(self.path), "w", options=output.container_options)
        rate = Fraction(self.fps).limit_denominator(1001)
        stream = self._container.add_stream(
            output.codec, rate=rate, options={**output.codec_options, "crf": str(self.crf)}
        )
        stream.width, stream.height = width + width % 2, height + height % 2
        stream.pix_fmt = "yuv420p"
        stream.time_base = stream.codec_context.time_base = output.time_base
        stream.codec_context.thread_count = self.threads
        try:
            self._container.start_encoding()  # creates the file: fail at the first frame
        except av.FFmpegError as error:
            self._container = None
            raise VideoError(f"cannot write the video ({error.strerror}): {self.path}") from error
        self._stream = stream
        self._duration_pts = round(1 / (rate * output.time_base))
        return stream

    def _mux(self, packets: list[av.Packet]) -> None:
        for packet in packets:
            self._container.mux(packet)

def _pad_to_even(rgb: np.ndarray) -> np.ndarray:
    height, width = rgb.shape[:2]
    if width % 2 == 0 and height % 2 == 0:
        return rgb
    return np.pad(rgb, ((0, height % 2), (0, width % 2), (0, 0)), mode="edge")
