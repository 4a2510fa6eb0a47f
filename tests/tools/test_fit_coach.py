"""tools/fit_coach.py: the leg model's figures from labelled legs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from fit_coach import fit  # noqa: E402


def test_the_typical_pace_is_the_strokes_median_time_and_speed():
    # (size bump, palm size, time while moving in s, speed in fw/s)
    strokes = [(0.0, 0.25, 0.6, 0.2), (0.01, 0.26, 0.8, 0.3), (-0.01, 0.24, 1.0, 0.25)]
    returns = [(0.04, 0.26, 0.3, 0.6), (0.03, 0.25, 0.4, 0.5)]
    values = fit({"stroke": strokes, "return": returns})
    assert values["stroke_s"] == pytest.approx(0.8)
    assert values["stroke_fw_per_s"] == pytest.approx(0.25)
    assert values["stroke_bump"] == pytest.approx(0.0)
    assert values["return_bump"] == pytest.approx(0.035)
