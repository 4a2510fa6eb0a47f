"""Nothing leaves the machine: reviews and the live coach work with the network cut off."""

import ipaddress
import socket
from pathlib import Path

import numpy as np
import pytest

from feedback.protocol import load_profile
from runs.review import review_video
from vision.video_io import VideoReader
from vision.video_writer import VideoWriter

SAMPLES = Path(__file__).resolve().parents[1] / "sample_videos"


def _is_loopback(address) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX paths
        return True
    try:
        return ipaddress.ip_address(address[0]).is_loopback
    except ValueError:
        return address[0] == "localhost"


class OutsideConnection(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Connections to anything but loopback fail, and are recorded."""
    attempts = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guard(real):
        def connect(self, address):
            if not _is_loopback(address):
                attempts.append(address)
                raise OutsideConnection(f"blocked connection to {address}")
            return real(self, address)
        return connect

    monkeypatch.setattr(socket.socket, "connect", guard(real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guard(real_connect_ex))
    return attempts


def _short_clip(tmp_path: Path, seconds: float = 4.0) -> Path:
    clips = sorted(SAMPLES.glob("*.mp4"), key=lambda p: p.stat().st_size)
    if not clips:
        pytest.skip("no sample video in sample_videos/")
    out = tmp_path / "clip.mp4"
    with VideoWriter(out, fps=30) as writer:
        for frame in VideoReader(clips[0]):
            if frame.t_s > seconds:
                break
            writer.write(frame.rgb, frame.t_s)
    return out


def test_the_guard_blocks_outside_connections(no_network):
    with pytest.raises(OutsideConnection):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    assert no_network == [("192.0.2.1", 80)]


@pytest.mark.slow
def test_a_review_works_offline(tmp_path, no_network):
    review = review_video(_short_clip(tmp_path), load_profile("drainage"), annotated_path=tmp_path / "a.mp4")
    assert review.frames > 60 and (tmp_path / "a.mp4").stat().st_size > 0
    assert no_network == []


@pytest.mark.slow
def test_the_live_coach_works_offline(no_network):
    from runs.live import LiveCoach

    coach = LiveCoach(load_profile("drainage"))
    frame = np.full((480, 640, 3), 90, dtype=np.uint8)
    for i in range(10):
        out = coach.process(frame, i / 30)
        assert out.shape == frame.shape
    assert no_network == []
