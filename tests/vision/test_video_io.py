"""Reading video files: unusable files, limits, and the frame clock (vision/video_io.py);
frames of good files are in test_video_io_frames.py."""

import logging
import re
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.video_factories import (
    make_audio_only,
    make_empty,
    make_heic_header,
    make_image,
    make_random_bytes,
    make_text,
    make_video,
    read_all,
    truncate,
)
from vision.video_io import (
    VideoError,
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
