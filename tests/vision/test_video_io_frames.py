"""Reading video files that work: frames, times, rotation, scaling, pixel formats (vision/video_io.py)."""

import re
import shutil
import subprocess
from pathlib import Path

import av
import numpy as np
import pytest

from tests.video_factories import (
    make_video,
    marker_corner,
    mean_abs_diff,
    pattern_rgb,
    read_all,
)
from vision.video_io import (
    VideoFrame,
    VideoReader,
    probe_video,
    read_frames,
)

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


