"""The benchmarks keep working: their helpers, and (slow) each script on a short clip.

These tests check that the scripts run and print their tables, never how fast anything is:
speed is read from the printed figures, not asserted.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.common import Stopwatch, table
from bench.live import LatestFrame
from tests.samples import SAMPLES

ROOT = Path(__file__).resolve().parents[2]
SHORT_CLIP = SAMPLES / "practice_cheek_seven_reps.mp4"


def test_table_aligns_columns_and_rounds_floats():
    text = table(["mode", "fps"], [["bare", 37.04], ["review", 7.123]], "Title")
    assert text.splitlines() == ["Title", "mode     fps", "------  ----", "bare    37.0",
                                 "review  7.12"]


def test_stopwatch_sums_each_stage():
    watch = Stopwatch()
    assert watch.time("a", sum, [1, 2]) == 3
    watch.time("a", sum, [3])
    watch.add("b", 0.5, 0.25)
    assert set(watch.wall_s) == {"a", "b"} and watch.cpu_s["b"] == 0.25
    assert watch.wall_s["a"] >= 0.0


def test_latest_frame_keeps_the_newest_and_counts_the_replaced_as_dropped():
    holder = LatestFrame()
    holder.put(1)
    holder.put(2)  # 1 was not taken: dropped
    assert holder.take() == 2
    holder.put(3)
    assert holder.take() == 3
    holder.close()
    assert holder.take() is None
    assert (holder.offered, holder.dropped) == (3, 1)


def run_bench(script: str, *args: str) -> str:
    if not SHORT_CLIP.exists():
        pytest.skip(f"{SHORT_CLIP.name} is missing: run `make samples`")
    done = subprocess.run([sys.executable, "-m", f"bench.{script}", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert re.search(r"^\d+ cores \(", done.stdout, re.M), done.stdout  # the machine line
    return done.stdout


def rows_after(header: str, output: str) -> list[list[str]]:
    """The rows of the printed table whose header line starts with `header`."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    body = []
    for line in lines[start + 2:]:
        if not line.strip():
            break
        body.append(re.split(r"\s{2,}", line.strip()))  # cells are 2+ spaces apart
    return body


@pytest.mark.slow
def test_throughput_prints_modes_and_stages():
    output = run_bench("throughput", str(SHORT_CLIP), "--modes", "bare", "review2")
    modes = rows_after("mode", output)
    assert [row[0] for row in modes] == ["bare MediaPipe", "review"]
    assert modes[0][5] == "1.00"  # bare MediaPipe against itself
    assert modes[0][2] == modes[1][2] and int(modes[0][2]) > 100  # every frame, both modes
    stages = [row[0] for row in rows_after("stage", output)]
    assert stages == ["decode", "face mesh", "hands", "coach", "overlay", "encode", "total"]


@pytest.mark.slow
def test_live_prints_fps_drops_and_latency():
    output = run_bench("live", str(SHORT_CLIP), "--seconds", "3", "--tracker", "default")
    (row,) = rows_after("tracker", output)
    offered, processed, dropped_percent = int(row[1]), int(row[2]), float(row[4])
    assert offered == 90 and 0 < processed <= offered
    # printed with one decimal: equal to within half of the last digit
    assert dropped_percent == pytest.approx(100 * (offered - processed) / offered, abs=0.051)


@pytest.mark.slow
def test_soak_prints_memory_readings():
    output = run_bench("soak", str(SHORT_CLIP), "--replay", "--minutes", "0.2", "--every", "0.1")
    readings = rows_after("reading", output)
    assert readings[0][0] == "start (after 1 s)" and readings[-1][0] == "end, after finish()"
    assert len(readings) == 4  # start, 0.1 min, 0.2 min, end
