import logging
import re
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.video_factories import (
    mean_abs_diff,
    read_all,
    make_audio_only,
    make_empty,
    make_heic_header,
    make_image,
    make_random_bytes,
    make_text,
    make_video,
    marker_corner,
    pattern_rgb,
    truncate,
)
from vision.video_io import (
    VideoError,
    VideoFrame,
    VideoReader,
    _FrameClock,
    probe_video,
    read_frames,
    sane_fps,
)

CORRUPT = "cannot decode the video: the file looks truncated or corrupt"


# --- files that are not usable videos -------------------------------------------------


def _missing(tmp: Path) -> Path:
    return tmp / "missing.mp4"


def _directory(tmp: Path) -> Path:
    (tmp / "clips.mp4").mkdir()
    return tmp / "clips.mp4"


def _mp4_cut_to_1kb(tmp: Path) -> Path:
    return truncate(make_video(tmp / "full.mp4", 30, size_wh=(160, 120)), tmp / "cut.mp4", 1024)


def _faststart_mp4_cut_to_1kb(tmp: Path) -> Path:
    source = make_video(tmp / "full.mp4", 30, size_wh=(160, 120), faststart=True)
    return truncate(source, tmp / "cut.mp4", 1024)


def _mp4_cut_in_half(tmp: Path) -> Path:
    """The index (moov) of a plain MP4 is at its end: half a file has none."""
    source = make_video(tmp / "full.mp4", 30, size_wh=(160, 120))
    return truncate(source, tmp / "cut.mp4", source.stat().st_size // 2)


def _subtitles(tmp: Path) -> Path:
    path = tmp / "captions.mp4"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\nBonjour\n\n", encoding="utf-8")
    return path


def _ffmetadata(tmp: Path) -> Path:
    """FFmpeg's own metadata text format: it opens, with no stream at all."""
    path = tmp / "chapters.mp4"
    path.write_text(";FFMETADATA1\ntitle=Massage\n", encoding="utf-8")
    return path


def _mkv_cut_to_1kb(tmp: Path) -> Path:
    return truncate(make_video(tmp / "full.mkv", 30, size_wh=(160, 120)), tmp / "cut.mkv", 1024)


def _image(extension: str):
    return lambda tmp: make_image(tmp / "photo.mp4", extension)


NOT_VIDEO = "not a video file"
BAD_FILES = [
    pytest.param(_missing, "file not found", id="missing"),
    pytest.param(_directory, "is a directory", id="directory"),
    pytest.param(lambda tmp: make_empty(tmp / "e.mp4"), "the file is empty", id="empty"),
    pytest.param(
        lambda tmp: make_random_bytes(tmp / "noise.mp4"), f"{NOT_VIDEO} (unrecognised format)",
        id="random-bytes",
    ),
    pytest.param(
        lambda tmp: make_text(tmp / "notes.mp4"), f"{NOT_VIDEO} (looks like a text file)", id="text"
    ),
    pytest.param(_image(".png"), f"{NOT_VIDEO} (looks like a PNG image)", id="png"),
    pytest.param(_image(".jpg"), f"{NOT_VIDEO} (looks like a JPEG image)", id="jpeg"),
    pytest.param(_image(".webp"), f"{NOT_VIDEO} (looks like a WebP image)", id="webp"),
    # No magic-byte rule for BMP: FFmpeg opens it with an image demuxer.
    pytest.param(_image(".bmp"), f"{NOT_VIDEO} (looks like a BMP image)", id="bmp"),
    pytest.param(
        lambda tmp: make_heic_header(tmp / "photo.mp4"),
        f"{NOT_VIDEO} (looks like a HEIC/AVIF photo)",
        id="heic",
    ),
    pytest.param(
        lambda tmp: make_audio_only(tmp / "voice.m4a"), "no video stream in file (audio only)",
        id="audio-only",
    ),
    pytest.param(
        lambda tmp: make_audio_only(tmp / "song.m4a", cover_art=True),
        "no video stream in file (audio only)",
        id="audio-with-cover-art",
    ),
    pytest.param(_subtitles, "no video stream in file (subtitles only)", id="srt-subtitles"),
    pytest.param(_ffmetadata, "no video stream in file", id="ffmetadata"),
    pytest.param(_mp4_cut_to_1kb, CORRUPT, id="mp4-cut-1kb"),
    pytest.param(_faststart_mp4_cut_to_1kb, CORRUPT, id="faststart-mp4-cut-1kb"),
    pytest.param(_mp4_cut_in_half, CORRUPT, id="mp4-cut-in-half-no-index"),
    pytest.param(_mkv_cut_to_1kb, CORRUPT, id="mkv-cut-1kb"),
]


@pytest.mark.parametrize(("make", "problem"), BAD_FILES)
def test_unusable_files_raise_a_plain_message(tmp_path: Path, make, problem: str) -> None:
    path = make(tmp_path)
    with pytest.raises(VideoError) as caught:
        probe_video(path)
    assert str(caught.value) == f"{problem}: {path}"
    with pytest.raises(VideoError, match=re.escape(problem)):
        VideoReader(path)
    with pytest.raises(VideoError, match=re.escape(problem)):
        read_frames(path)  # checks at the call, before iteration


@pytest.mark.parametrize("suffix", [".mp4", ".mkv"])
def test_file_cut_in_half_yields_frames_up_to_the_cut_then_warns(
    tmp_path: Path, suffix: str
) -> None:
    source = make_video(tmp_path / f"full{suffix}", 30, size_wh=(160, 120), faststart=True)
    cut = truncate(source, tmp_path / f"cut{suffix}", source.stat().st_size // 2)

    reader, frames = read_all(cut)

    assert reader.info.duration_s == pytest.approx(1.0, abs=0.01)  # the header's promise
    assert 0 < len(frames) < 30
    assert [f.index for f in frames] == list(range(len(frames)))
    assert [f.t_s for f in frames] == pytest.approx([i / 30 for i in range(len(frames))], abs=1e-3)
    assert reader.warnings == [
        f"the video ends early at {frames[-1].t_s:.1f} s (truncated or corrupt file)"
    ]


def test_read_frames_logs_the_reader_warnings(tmp_path: Path, caplog) -> None:
    source = make_video(tmp_path / "full.mkv", 30, size_wh=(160, 120))
    cut = truncate(source, tmp_path / "cut.mkv", source.stat().st_size // 2)
    with caplog.at_level(logging.WARNING, logger="vision.video_io"):
        frames = list(read_frames(cut))
    assert frames
    assert caplog.messages == [
        f"{cut}: the video ends early at {frames[-1].t_s:.1f} s (truncated or corrupt file)"
    ]


# --- limits -----------------------------------------------------------------------------


def test_video_longer_than_the_limit_names_it_and_the_option(tmp_path: Path) -> None:
    path = make_video(tmp_path / "clip.mp4", 10)  # 0.33 s
    with pytest.raises(VideoError) as caught:
        probe_video(path, max_duration_s=0.2)
    assert str(caught.value) == (
        "the video is too long (0.3 s, the limit is 0.2 s; raise the limit with --max-minutes)"
        f": {path}"
    )
    assert probe_video(path, max_duration_s=0.5).duration_s == pytest.approx(1 / 3)


def test_long_durations_are_given_in_minutes(tmp_path: Path) -> None:
    path = make_video(tmp_path / "long.mp4", 2, times_s=[0.0, 90.0])
    duration_s = probe_video(path).duration_s
    with pytest.raises(VideoError) as caught:
        VideoReader(path, max_duration_s=60)
    assert str(caught.value) == (
        f"the video is too long ({duration_s / 60:.1f} minutes, the limit is 1.0 minutes; "
        f"raise the limit with --max-minutes): {path}"
    )


def test_file_bigger_than_the_limit_names_it_and_the_option(tmp_path: Path) -> None:
    path = make_video(tmp_path / "clip.mp4", 10)
    size_bytes = path.stat().st_size
    with pytest.raises(VideoError) as caught:
        probe_video(path, max_bytes=size_bytes - 1)
    assert str(caught.value) == (
        f"the file is too big ({size_bytes / 1e6:.1f} MB, the limit is "
        f"{(size_bytes - 1) / 1e6:.1f} MB; raise the limit with --max-minutes): {path}"
    )
    assert probe_video(path, max_bytes=size_bytes).path == path


# --- what the reader gives for good files ---------------------------------------------


def test_probe_describes_a_plain_video(tmp_path: Path) -> None:
    path = make_video(tmp_path / "clip.mp4", 10, fps=30, size_wh=(64, 48))
    info = probe_video(path)
    assert (info.path, info.width, info.height, info.fps) == (path, 64, 48, 30.0)
    assert info.duration_s == pytest.approx(1 / 3)
    assert (info.frame_count_estimate, info.rotation_deg, info.codec, info.warnings) == (
        10, 0, "h264", ()
    )


def test_tiny_video_round_trips_content_and_times(tmp_path: Path) -> None:
    path = make_video(tmp_path / "tiny.mp4", 12, fps=30, size_wh=(64, 48))
    reader, frames = read_all(path)
    assert reader.frame_wh == (64, 48)
    assert len(frames) == 12
    for i, frame in enumerate(frames):
        assert frame.index == i
        assert frame.t_s == pytest.approx(i / 30, abs=1e-6)
        assert frame.rgb.shape == (48, 64, 3) and frame.rgb.dtype == np.uint8
        assert frame.rgb.flags["C_CONTIGUOUS"]
        assert mean_abs_diff(frame.rgb, pattern_rgb(i, (64, 48))) < 8
    assert reader.warnings == []


def test_iterating_again_restarts_and_does_not_repeat_warnings(tmp_path: Path) -> None:
    path = make_video(tmp_path / "raw.h264", 5)
    reader = VideoReader(path)
    first = [f.t_s for f in reader]
    assert [f.t_s for f in reader] == first
    assert len(reader.warnings) == 1


@pytest.mark.parametrize("suffix", [".mp4", ".mkv"])
def test_one_frame_video(tmp_path: Path, suffix: str) -> None:
    path = make_video(tmp_path / f"still{suffix}", 1)
    reader, frames = read_all(path)
    assert reader.info.frame_count_estimate == 1
    assert reader.info.fps == 30.0
    assert [(f.index, f.t_s) for f in frames] == [(0, 0.0)]
    assert reader.warnings == []


@pytest.mark.parametrize("suffix", [".mp4", ".mkv", ".webm"])
def test_variable_frame_rate_times_follow_the_timestamps(tmp_path: Path, suffix: str) -> None:
    times_s = [0.0, 0.033, 0.066, 0.3, 0.333, 0.7, 0.75]
    codec = "libvpx" if suffix == ".webm" else "libx264"
    path = make_video(tmp_path / f"vfr{suffix}", len(times_s), codec=codec, times_s=times_s)
    reader, frames = read_all(path)
    assert [f.t_s for f in frames] == pytest.approx(times_s, abs=1e-3)
    assert reader.warnings == []


def test_times_are_relative_to_the_first_frame(tmp_path: Path) -> None:
    path = make_video(tmp_path / "late.mkv", 3, times_s=[5.0, 5.1, 5.2])
    assert [f.t_s for f in read_frames(path)] == pytest.approx([0.0, 0.1, 0.2], abs=1e-3)


def test_absurd_frame_rate_metadata_falls_back_to_30_with_a_warning(tmp_path: Path) -> None:
    """Frames 0.5 ms apart: the metadata and the timestamps both say about 2000 fps."""
    path = make_video(tmp_path / "fast.mp4", 10, times_s=[i * 0.0005 for i in range(10)])
    reader, frames = read_all(path)
    assert reader.info.fps == 30.0
    assert len(reader.info.warnings) == 1
    assert re.fullmatch(
        r"frame rate metadata says [\d.]+ fps, which is implausible; assuming 30 fps",
        reader.info.warnings[0],
    )
    assert [f.t_s for f in frames] == pytest.approx([i * 0.0005 for i in range(10)], abs=1e-4)
    assert reader.warnings == list(reader.info.warnings)


def test_frames_without_timestamps_get_steady_times_and_a_warning(tmp_path: Path) -> None:
    """A raw H.264 stream has no timestamps; FFmpeg assumes 25 fps for it."""
    path = make_video(tmp_path / "raw.h264", 10)
    reader, frames = read_all(path)
    assert reader.info.fps == 25.0
    assert reader.info.duration_s == pytest.approx(0.4)  # 10 packets at 25 fps
    assert [f.t_s for f in frames] == pytest.approx([i / 25 for i in range(10)])
    assert reader.warnings == [
        "10 of 10 frames have no usable timestamp; their times assume a steady 25 fps"
    ]


def test_live_recorded_webm_without_duration_is_measured(tmp_path: Path) -> None:
    """A WebM written without seeking (as a browser records) has no duration in its header."""
    path = make_video(tmp_path / "live.webm", 30, codec="libvpx", seekable=False)
    with av.open(str(path)) as container:
        assert container.duration is None
    reader, frames = read_all(path)
    assert reader.info.duration_s == pytest.approx(1.0, abs=0.01)
    assert len(frames) == 30
    assert reader.warnings == []


# Stored frames have the marker top-left; a player turns them clockwise by the rotation.
ROTATIONS = [(90, "top-right"), (180, "bottom-right"), (270, "bottom-left")]


@pytest.mark.parametrize("suffix", [".mp4", ".mkv"])
@pytest.mark.parametrize(("rotation_deg", "corner"), ROTATIONS)
def test_rotation_metadata_turns_frames_upright(
    tmp_path: Path, suffix: str, rotation_deg: int, corner: str
) -> None:
    path = make_video(tmp_path / f"phone{suffix}", 3, size_wh=(64, 48), rotation_deg=rotation_deg)
    reader, frames = read_all(path)
    portrait = rotation_deg in (90, 270)
    expected_wh = (48, 64) if portrait else (64, 48)
    assert reader.info.rotation_deg == rotation_deg
    assert (reader.info.width, reader.info.height) == reader.frame_wh == expected_wh
    for frame in frames:
        assert frame.rgb.shape == (expected_wh[1], expected_wh[0], 3)
        assert frame.rgb.flags["C_CONTIGUOUS"]
        assert marker_corner(frame.rgb) == corner
    expected = np.rot90(pattern_rgb(2, (64, 48)), k=-rotation_deg // 90)
    assert mean_abs_diff(frames[2].rgb, expected) < 8


@pytest.mark.parametrize("rotation_deg", [90, 180, 270])
def test_rotation_matches_what_ffmpeg_shows(tmp_path: Path, rotation_deg: int) -> None:
    """The ffmpeg command line turns frames upright by default: an independent check."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("no ffmpeg binary")
    path = make_video(tmp_path / "phone.mp4", 1, size_wh=(64, 48), rotation_deg=rotation_deg)
    raw = subprocess.run(
        [ffmpeg, "-v", "error", "-i", str(path), "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
        capture_output=True, check=True,
    ).stdout
    ours = next(iter(read_frames(path))).rgb
    theirs = np.frombuffer(raw, np.uint8).reshape(ours.shape)  # same size both ways round
    assert mean_abs_diff(ours, theirs) < 2


def test_rotate_tag_is_honoured_when_there_is_no_display_matrix(tmp_path: Path) -> None:
    path = make_video(tmp_path / "tagged.mkv", 2, stream_tags={"rotate": "90"})
    reader, frames = read_all(path)
    assert reader.info.rotation_deg == 90
    assert frames[0].rgb.shape == (64, 48, 3)
    assert marker_corner(frames[0].rgb) == "top-right"


def test_4k_frames_are_scaled_down_to_max_side(tmp_path: Path) -> None:
    path = make_video(tmp_path / "uhd.mp4", 3, size_wh=(3840, 2160))
    reader, frames = read_all(path)
    assert (reader.info.width, reader.info.height) == (3840, 2160)
    assert reader.frame_wh == (1280, 720)
    assert [f.rgb.shape for f in frames] == [(720, 1280, 3)] * 3
    assert marker_corner(frames[0].rgb) == "top-left"
    small = VideoReader(path, max_side_px=320)
    assert next(iter(small)).rgb.shape == (180, 320, 3)
    full = VideoReader(path, max_side_px=None)
    assert next(iter(full)).rgb.shape == (2160, 3840, 3)


def test_rotated_large_frames_are_scaled_and_turned(tmp_path: Path) -> None:
    path = make_video(tmp_path / "portrait.mp4", 2, size_wh=(1920, 1080), rotation_deg=90)
    reader, frames = read_all(path, max_side_px=640)
    assert reader.frame_wh == (360, 640)
    assert frames[0].rgb.shape == (640, 360, 3)
    assert marker_corner(frames[0].rgb) == "top-right"


@pytest.mark.parametrize(
    ("name", "codec", "pix_fmt", "size_wh"),
    [
        ("gray.mkv", "ffv1", "gray", (64, 48)),
        ("deep.mp4", "libx264", "yuv420p10le", (64, 48)),
        ("full-chroma.mp4", "libx264", "yuv444p", (64, 48)),
        ("odd.mp4", "libx264", "yuv444p", (161, 121)),  # 4:4:4 allows odd sizes
        ("odd.mkv", "ffv1", "bgr0", (161, 121)),
        ("old.avi", "mpeg4", "yuv420p", (64, 48)),
    ],
)
def test_pixel_formats_and_odd_sizes_become_rgb24(
    tmp_path: Path, name: str, codec: str, pix_fmt: str, size_wh: tuple[int, int]
) -> None:
    path = make_video(tmp_path / name, 4, codec=codec, pix_fmt=pix_fmt, size_wh=size_wh)
    reader, frames = read_all(path)
    assert len(frames) == 4
    width, height = size_wh
    for i, frame in enumerate(frames):
        assert frame.rgb.shape == (height, width, 3) and frame.rgb.dtype == np.uint8
        expected = pattern_rgb(i, size_wh)
        if pix_fmt == "gray":
            assert np.array_equal(frame.rgb[..., 0], frame.rgb[..., 1])
            expected = np.repeat(expected.mean(axis=2, keepdims=True), 3, axis=2)
        assert mean_abs_diff(frame.rgb, expected) < (40 if pix_fmt == "gray" else 10)
    assert reader.warnings == []


@pytest.mark.parametrize("suffix", [".mkv", ".mp4"])
def test_first_of_several_video_streams_is_read(tmp_path: Path, suffix: str) -> None:
    path = make_video(tmp_path / f"two{suffix}", 5, size_wh=(64, 48), second_stream_wh=(32, 24))
    with av.open(str(path)) as container:
        assert len(container.streams.video) == 2
    reader, frames = read_all(path)
    assert (reader.info.width, reader.info.height) == (64, 48)
    assert len(frames) == 5
    assert mean_abs_diff(frames[3].rgb, pattern_rgb(3, (64, 48))) < 8  # not the inverted one


@pytest.mark.parametrize(
    "name", ["séance du matin 1.mp4", "日本語 ファイル.mkv", "a'b\"c.mp4"]
)
def test_file_names_with_spaces_and_non_ascii(tmp_path: Path, name: str) -> None:
    path = make_video(tmp_path / name, 3)
    assert probe_video(path).path == path
    assert len(list(read_frames(path))) == 3


def test_video_frame_checks_its_array() -> None:
    with pytest.raises(
        ValueError, match=r"rgb must be \(height, width, 3\) uint8, got \(4, 4\) uint8"
    ):
        VideoFrame(0.0, 0, np.zeros((4, 4), np.uint8))
    with pytest.raises(ValueError, match="float64"):
        VideoFrame(0.0, 0, np.zeros((4, 4, 3)))


# --- frame rate and clock logic -------------------------------------------------------


@pytest.mark.parametrize(
    ("metadata_fps", "times_s", "expected_fps", "warning"),
    [
        ([Fraction(30000, 1001), Fraction(30)], [], 30000 / 1001, None),
        ([Fraction(0), Fraction(25)], [], 25.0, None),
        ([240.0], [], 240.0, None),
        ([1.0], [], 1.0, None),
        (
            [None, None], [0.0, 0.08, 0.04, 0.12],  # decode order: B-frames come early
            25.0, "frame rate metadata is missing; using 25 fps measured from the timestamps",
        ),
        (
            [Fraction(1000), Fraction(90000)], [0.0, 1 / 30, 2 / 30, 3 / 30, 5 / 30],
            30.0, "frame rate metadata says 1000 fps, which is implausible; "
            "using 30 fps measured from the timestamps",
        ),
        (
            [0.5], [0.0, 2.0, 4.0],
            30.0, "frame rate metadata says 0.5 fps, which is implausible; assuming 30 fps",
        ),
        ([Fraction(0)], [0.0], 30.0, "frame rate metadata is missing; assuming 30 fps"),
        ([], [], 30.0, "frame rate metadata is missing; assuming 30 fps"),
        ([None], [0.0, 0.0005, 0.001], 30.0, "frame rate metadata is missing; assuming 30 fps"),
    ],
    ids=["ntsc", "avg-zero", "max", "min", "measured", "absurd-measured", "too-slow",
         "one-time", "nothing", "absurd-times"],
)
def test_sane_fps(metadata_fps, times_s, expected_fps: float, warning: str | None) -> None:
    fps, fps_warning = sane_fps(metadata_fps, times_s)
    assert fps == pytest.approx(expected_fps)
    assert fps_warning == warning


def test_clock_fills_missing_and_backward_timestamps_at_the_frame_rate() -> None:
    clock = _FrameClock(fps=10)
    times = [clock.t_s(t) for t in [None, 2.0, 2.5, 2.5, None, 3.0]]
    assert times == pytest.approx([0.0, 0.1, 0.6, 0.7, 0.8, 1.1])
    assert clock.n_guessed == 3


@given(st.lists(st.one_of(st.none(), st.floats(-1e4, 1e4)), min_size=1, max_size=50))
def test_clock_times_start_at_zero_and_strictly_increase(times: list[float | None]) -> None:
    clock = _FrameClock(fps=30)
    t_s = [clock.t_s(t) for t in times]
    assert t_s[0] == 0.0
    assert all(later > earlier for earlier, later in zip(t_s, t_s[1:]))


@given(st.lists(st.floats(0.001, 10), min_size=1, max_size=30), st.floats(-100, 100))
def test_clock_keeps_increasing_timestamps(gaps_s: list[float], start_s: float) -> None:
    times = np.cumsum([start_s, *gaps_s])
    clock = _FrameClock(fps=30)
    assert [clock.t_s(float(t)) for t in times] == pytest.approx(times - times[0], abs=1e-9)
    assert clock.n_guessed == 0
