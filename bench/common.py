"""What the benchmarks share: the sample video, the machine, memory figures, tables."""

from __future__ import annotations

import os
import platform
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("GLOG_minloglevel", "2")  # MediaPipe's C++ log lines, before it loads

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIRS = (ROOT / "sample_videos",)
DEFAULT_SAMPLE = "drainage_full_routine_right_hand.mp4"  # 33 s, 640x480, 30 fps, one hand


def sample_videos() -> list[Path]:
    """The .mp4 samples of the first sample folder that has any."""
    for folder in SAMPLE_DIRS:
        videos = sorted(folder.glob("*.mp4"))
        if videos:
            return videos
    return []


def default_video() -> Path:
    videos = sample_videos()
    if not videos:
        sys.exit(f"no sample video in {' or '.join(map(str, SAMPLE_DIRS))}: give one")
    return next((v for v in videos if v.name == DEFAULT_SAMPLE), videos[0])


def machine() -> str:
    """One line about the machine: the benchmarks' figures depend on it."""
    usable = len(os.sched_getaffinity(0))
    load = os.getloadavg()[0]
    model = next((line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name")),
                 platform.processor() or "?")
    import mediapipe

    return (f"{os.cpu_count()} cores ({usable} usable, {model}), load average {load:.1f} at start; "
            f"Python {platform.python_version()}, MediaPipe {mediapipe.__version__}")


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return []


def rss_mb() -> float:
    """Resident memory of this process now, MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    """The most resident memory this process has had, MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(headers: Sequence[str], rows: Sequence[Sequence], title: str = "") -> str:
    """A fixed-width text table; floats with one decimal (two below 10)."""
    def text(value) -> str:
        if isinstance(value, float):
            return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
        return str(value)

    cells = [[text(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    align = ["<"] + [">"] * (len(headers) - 1)

    def line(row) -> str:
        return "  ".join(f"{v:{a}{w}}" for v, a, w in zip(row, align, widths))

    out = [title] if title else []
    out += [line(headers), "  ".join("-" * w for w in widths), *(line(r) for r in cells)]
    return "\n".join(out)


class Stopwatch:
    """Wall and CPU seconds (this thread or the whole process) of named stages, summed."""

    def __init__(self) -> None:
        self.wall_s: dict[str, float] = {}
        self.cpu_s: dict[str, float] = {}

    def add(self, stage: str, wall_s: float, cpu_s: float) -> None:
        self.wall_s[stage] = self.wall_s.get(stage, 0.0) + wall_s
        self.cpu_s[stage] = self.cpu_s.get(stage, 0.0) + cpu_s

    def time(self, stage: str, function, *args, clock=time.process_time):
        """Call `function(*args)`, adding its wall time and `clock` CPU time to `stage`."""
        wall, cpu = time.perf_counter(), clock()
        result = function(*args)
        self.add(stage, time.perf_counter() - wall, clock() - cpu)
        return result
