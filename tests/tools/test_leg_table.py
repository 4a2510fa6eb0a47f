"""tools/leg_table.py: the rows that show, leg by leg, what the coach said against the labels."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from feedback.legs import DecidedLeg  # noqa: E402
from feedback.stroke import Stroke  # noqa: E402
from feedback.verdicts import JudgedStroke  # noqa: E402
from leg_table import leg_rows  # noqa: E402


def leg(t0_s: float, t1_s: float, is_stroke: bool) -> DecidedLeg:
    t_s = np.linspace(t0_s, t1_s, 10)
    path = np.column_stack([np.linspace(0.3, 0.5, 10), np.full(10, 0.3)])
    return DecidedLeg(Stroke("left", t_s, path, np.full(10, 0.25)), is_stroke, 0.9 if is_stroke else 0.1)


def interval(kind: str, t0_s: float, t1_s: float, **more) -> dict:
    return {"kind": kind, "t_start_s": t0_s, "t_end_s": t1_s, "hand": "left", **more}


def test_right_and_wrong_legs_and_a_missing_stroke():
    stroke, back, mistaken = leg(1.0, 2.0, True), leg(2.0, 2.5, False), leg(3.0, 3.5, True)
    judged = [JudgedStroke(stroke.stroke, "cheek", "left", "good", 3.0),
              JudgedStroke(mistaken.stroke, "cheek", "left", "reversed", 175.0)]
    labels = [interval("stroke", 1.0, 2.0, zone="cheek", verdict="good"), interval("return", 2.0, 2.6),
              interval("return", 3.0, 3.6), interval("stroke", 5.0, 6.0, zone="jawline", verdict="good"),
              interval("pause", 6.0, 7.0)]
    rows = leg_rows([mistaken, stroke, back], judged, labels)
    assert [row[:2] for row in rows] == ["  ", "  ", "XX", "MI"]  # in time order, then the missing
    assert "cheek good +3 | stroke cheek good 1.00-2.00" in rows[0]
    assert "| return | return" in rows[1]
    assert "cheek reversed +175 | return" in rows[2]
    assert rows[3] == "MISSING l 5.00-6.00 jawline good"


def test_a_wrong_verdict_on_a_found_stroke_is_marked():
    found = leg(1.0, 2.0, True)
    judged = [JudgedStroke(found.stroke, "cheek", "left", "too_fast", 3.0)]
    [row] = leg_rows([found], judged, [interval("stroke", 1.0, 2.0, zone="cheek", verdict="good")])
    assert row.startswith("XX")
