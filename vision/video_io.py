"""Reading and writing video files with PyAV.

Any problem with an input file is a `VideoError` whose message can be shown to the user
as is (`error: <message>`). Frame times come from the frames' timestamps, so
variable-frame-rate phone recordings keep their timing. Rotation is clockwise degrees.
"""

from __future__ import annotations

import codecs
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from av.stream import Disposition
from av.video.stream import VideoStream

log = logging.getLogger(__name__)

DEFAULT_FPS = 30.0
MIN_FPS, MAX_FPS = 1.0, 240.0
DEFAULT_MAX_SIDE_PX = 1280
_LIMIT_HINT = "raise the limit with --max-minutes"
_CORRUPT = "cannot decode the video: the file looks truncated or corrupt"

_HEAD_BYTES = 4096
_FPS_SAMPLE_PACKETS = 64
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"mif1", b"avif"}


class VideoError(Exception):
    """A video file cannot be used; the message says why in words a user understands."""


@dataclass(frozen=True)
class VideoInfo:
    """A video file as it is displayed: `width` and `height` are after rotation."""

    path: Path
    width: int
    height: int
    fps: float
    duration_s: float
    frame_count_estimate: int
    rotation_deg: int  # clockwise turn (0/90/180/270) that shows the stored frames upright
    codec: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class VideoFrame:
    """One upright frame. `t_s` comes from its timestamp, 0 at the first frame."""

    t_s: float
    index: int
    rgb: np.ndarray  # (height, width, 3) uint8, C-contiguous

    def __post_init__(self) -> None:
        rgb = self.rgb
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
            raise ValueError(
                f"rgb must be (height, width, 3) uint8, got {rgb.shape} {rgb.dtype}"
            )


def probe_video(
    path: str | Path, max_duration_s: float | None = None, max_bytes: int | None = None
) -> VideoInfo:
    """Check that `path` is a usable video within the limits and describe it.

    Decodes the first frame, so a file that passes will yield at least one frame.
    """
    path = Path(path)
    head = _read_head(path, max_bytes)
    with _open_input(path, head) as container:
        stream = _video_stream(container, path)
        duration_s = _header_duration_s(container, stream)
        first_frame, packet_times_s = _scan_packets(container, stream, read_all=duration_s is None)
        if first_frame is None:
            raise _error(_CORRUPT, path)
        known_times_s = [t for t in packet_times_s if t is not None]
        fps, fps_warning = sane_fps([stream.average_rate, stream.guessed_rate], known_times_s)
        if duration_s is None:
            duration_s = _packets_duration_s(known_times_s, len(packet_times_s), fps)
        rotation_deg = _rotation_deg(first_frame, stream)
        width, height = first_frame.width, first_frame.height
        if rotation_deg in (90, 270):
            width, height = height, width
        info = VideoInfo(
            path=path,
            width=width,
            height=height,
            fps=fps,
            duration_s=duration_s,
            frame_count_estimate=stream.frames or max(1, round(duration_s * fps)),
            rotation_deg=rotation_deg,
            codec=stream.codec_context.name,
            warnings=(fps_warning,) if fps_warning else (),
        )
    if max_duration_s is not None and duration_s > max_duration_s:
        raise _error(
            f"the video is too long ({_duration_text(duration_s)}, the limit is "
            f"{_duration_text(max_duration_s)}; {_LIMIT_HINT})",
            path,
        )
    return info


def sane_fps(
    metadata_fps: Sequence[Fraction | float | None], times_s: Sequence[float]
) -> tuple[float, str | None]:
    """The first plausible rate in `metadata_fps`, else one measured from `times_s`, else 30.

    Returns the rate and, when the metadata was not used, a warning saying why.
    """
    for fps in metadata_fps:
        if fps and MIN_FPS <= fps <= MAX_FPS:
            return float(fps), None
    claimed = next((float(fps) for fps in metadata_fps if fps), None)
    problem = (
        "frame rate metadata is missing"
        if claimed is None
        else f"frame rate metadata says {claimed:.4g} fps, which is implausible"
    )
    gaps_s = np.diff(np.unique(times_s))  # unique sorts: packets come in decode order
    if gaps_s.size:
        measured = float(1 / np.median(gaps_s))
        if MIN_FPS <= measured <= MAX_FPS:
            return measured, f"{problem}; using {measured:.4g} fps measured from the timestamps"
    return DEFAULT_FPS, f"{problem}; assuming {DEFAULT_FPS:g} fps"


class VideoReader:
    """Decodes a video into upright RGB `VideoFrame`s, scaled down to `max_side_px`.

    The file is checked when the reader is made (see `probe_video`). A file that breaks
    off part-way ends the iteration after its last good frame and adds a message to
    `warnings`, e.g. "the video ends early at 12.3 s (truncated or corrupt file)".
    """

    def __init__(
        self,
        path: str | Path,
        *,
        max_side_px: int | None = DEFAULT_MAX_SIDE_PX,
        max_duration_s: float | None = None,
        max_bytes: int | None = None,
    ) -> None:
        self.info = probe_video(path, max_duration_s, max_bytes)
        self.frame_wh = _fit_wh(self.info.width, self.info.height, max_side_px)
        self.warnings: list[str] = list(self.info.warnings)

    def __iter__(self) -> Iterator[VideoFrame]:
        info = self.info
        self.warnings = list(info.warnings)
        width, height = self.frame_wh
        stored_wh = (height, width) if info.rotation_deg in (90, 270) else (width, height)
        clock = _FrameClock(info.fps)
        broke_off = False
        with _open_input(info.path) as container:
            stream = _video_stream(container, info.path)
            stream.thread_type = "AUTO"
            frames = container.decode(stream)
            index = 0
            while True:
                try:
                    frame = next(frames)
                except StopIteration:
                    break
                except av.FFmpegError:
                    broke_off = True
                    break
                t_s = clock.t_s(frame.time)
                yield VideoFrame(t_s, index, _upright_rgb(frame, stored_wh, info.rotation_deg))
                index += 1
        if clock.n_guessed:
            self.warnings.append(
                f"{clock.n_guessed} of {index} frames have no usable timestamp; "
                f"their times assume a steady {info.fps:.4g} fps"
            )
        end_s = (clock.last_t_s or 0.0) + 1 / info.fps
        if broke_off or info.duration_s - end_s > max(3 / info.fps, 0.25):
            self.warnings.append(
                f"the video ends early at {clock.last_t_s or 0.0:.1f} s (truncated or corrupt file)"
            )


def read_frames(
    path: str | Path, *, max_side_px: int | None = DEFAULT_MAX_SIDE_PX
) -> Iterator[VideoFrame]:
    """The frames of `path` (checked now); warnings are logged. `VideoReader` returns them."""
    reader = VideoReader(path, max_side_px=max_side_px)

    def frames() -> Iterator[VideoFrame]:
        yield from reader
        for warning in reader.warnings:
            log.warning("%s: %s", path, warning)

    return frames()


class _FrameClock:
    """Frame times in seconds from the first frame, strictly increasing.

    A frame without a timestamp, or with one not after the previous frame's, is placed
    one frame interval (at `fps`) after the previous frame and counted in `n_guessed`.
    """

    def __init__(self, fps: float) -> None:
        self._step_s = 1 / fps
        self._origin_s: float | None = None
        self.last_t_s: float | None = None
        self.n_guessed = 0

    def t_s(self, time_s: float | None) -> float:
        guess_s = 0.0 if self.last_t_s is None else self.last_t_s + self._step_s
        if time_s is not None and self._origin_s is None:
            self._origin_s = time_s - guess_s
        t_s = None if time_s is None else time_s - self._origin_s
        if t_s is None or (self.last_t_s is not None and t_s <= self.last_t_s):
            t_s = guess_s
            self.n_guessed += 1
        self.last_t_s = t_s
        return t_s


def _error(problem: str, path: Path) -> VideoError:
    return VideoError(f"{problem}: {path}")


def _read_head(path: Path, max_bytes: int | None) -> bytes:
    """The file's first bytes, after rejecting what is no file, empty, too big or an image."""
    if not path.exists():
        raise _error("file not found", path)
    if path.is_dir():
        raise _error("is a directory", path)
    size_bytes = path.stat().st_size
    if size_bytes == 0:
        raise _error("the file is empty", path)
    if max_bytes is not None and size_bytes > max_bytes:
        raise _error(
            f"the file is too big ({size_bytes / 1e6:.1f} MB, the limit is "
            f"{max_bytes / 1e6:.1f} MB; {_LIMIT_HINT})",
            path,
        )
    try:
        with path.open("rb") as file:
            head = file.read(_HEAD_BYTES)
    except OSError as error:
        raise _error(f"cannot read the file ({error.strerror})", path) from error
    image = _image_kind(head)
    if image:
        raise _error(f"not a video file (looks like {image})", path)
    return head


def _image_kind(head: bytes) -> str | None:
    """Name the still-image format that a file's first bytes announce, if any."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "a PNG image"
    if head.startswith(b"\xff\xd8\xff"):
        return "a JPEG image"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "a HEIC/AVIF photo"
    return None


def _open_input(path: Path, head: bytes = b"") -> av.container.InputContainer:
    try:
        container = av.open(str(path), metadata_errors="replace")
    except av.FFmpegError as error:
        raise _error(_unopenable_reason(head), path) from error
    if container.format.name == "image2" or container.format.name.endswith("_pipe"):
        codec = container.streams.video[0].codec_context.name.upper()
        container.close()
        raise _error(f"not a video file (looks like a {codec} image)", path)
    return container


def _unopenable_reason(head: bytes) -> str:
    """Why FFmpeg could not open a file, guessed from its first bytes."""
    video_container = (
        head[4:8] in (b"ftyp", b"moov", b"mdat", b"free", b"wide")  # MP4 / QuickTime
        or head.startswith(b"\x1a\x45\xdf\xa3")  # Matroska / WebM
        or (head[:4] == b"RIFF" and head[8:11] == b"AVI")
    )
    if video_container:
        return _CORRUPT
    if _looks_like_text(head):
        return "not a video file (looks like a text file)"
    return "not a video file (unrecognised format)"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head)  # tolerates a cut character
    except UnicodeDecodeError:
        return False
    return all(char.isprintable() or char in "\t\n\r\f" for char in text)


def _video_stream(container: av.container.InputContainer, path: Path) -> VideoStream:
    """The first video stream that is not an embedded cover picture."""
    for stream in container.streams.video:
        if not stream.disposition & Disposition.attached_pic:
            return stream
    if container.streams.audio:
        raise _error("no video stream in file (audio only)", path)
    if container.streams.subtitles:
        raise _error("no video stream in file (subtitles only)", path)
    raise _error("no video stream in file", path)


def _header_duration_s(container: av.container.InputContainer, stream: VideoStream) -> float | None:
    if stream.duration:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / av.time_base
    return None  # e.g. a WebM recorded live, raw H.264


def _packets_duration_s(known_times_s: list[float], n_packets: int, fps: float) -> float:
    if known_times_s:
        return max(known_times_s) - min(known_times_s) + 1 / fps
    return n_packets / fps


def _scan_packets(
    container: av.container.InputContainer, stream: VideoStream, *, read_all: bool
) -> tuple[av.VideoFrame | None, list[float | None]]:
    """Decode the first frame; collect the times of the first packets, or of all of them."""
    first_frame = None
    times_s: list[float | None] = []
    try:
        for packet in container.demux(stream):
            if packet.size:
                times_s.append(None if packet.pts is None else float(packet.pts * stream.time_base))
            if first_frame is None:
                first_frame = next(iter(packet.decode()), None)
            elif not read_all and len(times_s) >= _FPS_SAMPLE_PACKETS:
                break
    except av.FFmpegError:
        pass  # damaged data: the caller judges by whether a frame was decoded
    return first_frame, times_s


def _rotation_deg(frame: av.VideoFrame, stream: VideoStream) -> int:
    """Clockwise turn to show frames upright: the display matrix, else a `rotate` tag."""
    clockwise_deg = -frame.rotation  # PyAV gives the display matrix counter-clockwise
    if not clockwise_deg:
        tag = next((v for k, v in stream.metadata.items() if k.lower() == "rotate"), "0")
        try:
            clockwise_deg = int(tag)
        except ValueError:
            clockwise_deg = 0
    return round(clockwise_deg / 90) % 4 * 90


def _fit_wh(width: int, height: int, max_side_px: int | None) -> tuple[int, int]:
    """(width, height) scaled down to fit `max_side_px`, keeping the aspect ratio."""
    if max_side_px is None or max(width, height) <= max_side_px:
        return width, height
    scale = max_side_px / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _upright_rgb(frame: av.VideoFrame, stored_wh: tuple[int, int], rotation_deg: int) -> np.ndarray:
    width, height = stored_wh
    rgb = frame.to_ndarray(format="rgb24", width=width, height=height, interpolation="AREA")
    return np.ascontiguousarray(np.rot90(rgb, k=-rotation_deg // 90))




def _duration_text(duration_s: float) -> str:
    return f"{duration_s:.1f} s" if duration_s < 60 else f"{duration_s / 60:.1f} minutes"
