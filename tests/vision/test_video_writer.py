from pathlib import Path

import av
import numpy as np
import pytest

from tests.video_factories import (
    mean_abs_diff,
    read_all,
    pattern_rgb,
)
from vision.video_io import VideoError, read_frames
from vision.video_writer import VideoWriter


# --- writer ---------------------------------------------------------------------------


def test_writer_round_trip_mp4(tmp_path: Path) -> None:
    path = tmp_path / "out.mp4"
    with VideoWriter(path, fps=30) as writer:
        for i in range(20):
            writer.write(pattern_rgb(i, (160, 120)), i / 30)
    assert writer.frame_count == 20

    data = path.read_bytes()
    assert data.index(b"moov") < data.index(b"mdat")  # faststart: playable while loading
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        assert (stream.codec_context.name, stream.codec_context.pix_fmt) == ("h264", "yuv420p")
    reader, frames = read_all(path)
    assert reader.info.fps == pytest.approx(30)
    assert reader.info.duration_s == pytest.approx(20 / 30, abs=1e-3)
    assert len(frames) == 20
    for i, frame in enumerate(frames):
        assert abs(frame.t_s - i / 30) < 1e-3
        assert mean_abs_diff(frame.rgb, pattern_rgb(i, (160, 120))) < 6
    assert reader.warnings == []


def test_writer_round_trip_webm(tmp_path: Path) -> None:
    path = tmp_path / "out.webm"
    with VideoWriter(path, fps=25) as writer:
        for i in range(10):
            writer.write(pattern_rgb(i, (160, 120)), i / 25)
    reader, frames = read_all(path)
    assert reader.info.codec == "vp8"
    assert [f.t_s for f in frames] == pytest.approx([i / 25 for i in range(10)], abs=1e-3)
    assert mean_abs_diff(frames[5].rgb, pattern_rgb(5, (160, 120))) < 12


@pytest.mark.parametrize("suffix", [".mp4", ".webm"])
def test_writer_keeps_variable_frame_times(tmp_path: Path, suffix: str) -> None:
    times_s = [0.0, 0.05, 0.1, 0.6, 0.65, 1.2]
    path = tmp_path / f"vfr{suffix}"
    with VideoWriter(path) as writer:
        for i, t_s in enumerate(times_s):
            writer.write(pattern_rgb(i, (64, 48)), t_s)
    reader, frames = read_all(path)
    assert [f.t_s for f in frames] == pytest.approx(times_s, abs=1e-3)
    assert reader.info.duration_s > 1.2  # the last frame is shown, not cut off
    assert reader.warnings == []


def test_writer_pads_odd_sizes_with_the_edge(tmp_path: Path) -> None:
    path = tmp_path / "odd.mp4"
    with VideoWriter(path) as writer:
        for i in range(3):
            writer.write(pattern_rgb(i, (161, 121)), i / 30)
    frames = list(read_frames(path))
    assert [f.rgb.shape for f in frames] == [(122, 162, 3)] * 3
    assert mean_abs_diff(frames[1].rgb[:121, :161], pattern_rgb(1, (161, 121))) < 8
    assert mean_abs_diff(frames[1].rgb[:, 161], frames[1].rgb[:, 160]) < 8


def test_writer_with_no_frames_creates_no_file(tmp_path: Path) -> None:
    with VideoWriter(tmp_path / "nothing.mp4") as writer:
        pass
    assert writer.frame_count == 0
    assert not (tmp_path / "nothing.mp4").exists()


def test_writer_rejects_bad_input(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"cannot write \.avi: use \.mp4 or \.webm"):
        VideoWriter(tmp_path / "out.avi")
    with VideoWriter(tmp_path / "out.mp4") as writer:
        writer.write(pattern_rgb(0, (64, 48)), 0.0)
        with pytest.raises(ValueError, match="frame times must increase: t_s=0.0 after 0.0"):
            writer.write(pattern_rgb(1, (64, 48)), 0.0)
        with pytest.raises(ValueError, match="first frame's size 64x48 .after padding., got 32x24"):
            writer.write(pattern_rgb(1, (32, 24)), 0.1)
        with pytest.raises(ValueError, match=r"got \(48, 64\) float64"):
            writer.write(np.zeros((48, 64)), 0.1)
        writer.write(pattern_rgb(1, (64, 48)), 0.1)
    with pytest.raises(ValueError, match="the writer is closed"):
        writer.write(pattern_rgb(2, (64, 48)), 0.2)
    assert len(list(read_frames(tmp_path / "out.mp4"))) == 2


def test_writer_into_a_missing_folder_raises_video_error(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "out.mp4"
    with pytest.raises(VideoError) as caught, VideoWriter(path) as writer:
        writer.write(pattern_rgb(0, (64, 48)), 0.0)
    assert str(caught.value) == f"cannot write the video (No such file or directory): {path}"
