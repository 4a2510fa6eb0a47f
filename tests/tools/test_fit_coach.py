"""tools/fit_coach.py: the leg model's figures from labelled legs."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from fit_coach import fit, tip_rise_excesses  # noqa: E402


def test_the_typical_pace_is_the_strokes_median_time_and_speed():
    # (size bump, palm size, time while moving in s, speed in fw/s, tip rise, clip and hand)
    strokes = [(0.0, 0.25, 0.6, 0.2, 0.1, "a left"), (0.01, 0.26, 0.8, 0.3, 0.12, "a left"),
               (-0.01, 0.24, 1.0, 0.25, 0.08, "a left")]
    returns = [(0.04, 0.26, 0.3, 0.6, 0.2, "a left"), (0.03, 0.25, 0.4, 0.5, 0.25, "a left")]
    values = fit({"stroke": strokes, "return": returns})
    assert values["stroke_s"] == pytest.approx(0.8)
    assert values["stroke_fw_per_s"] == pytest.approx(0.25)
    assert values["stroke_bump"] == pytest.approx(0.0)
    assert values["return_bump"] == pytest.approx(0.035)


def _leg(tip_rise: float, hand: str) -> tuple:
    return (0.0, 0.25, 0.8, 0.25, tip_rise, hand)


def test_a_legs_tip_rise_is_measured_from_its_own_hands_strokes():
    # Two hands whose fingers sit differently while stroking (0.0 and 0.3): each return is
    # judged by how far its fingers rose above that hand's own strokes.
    strokes = [_leg(r, "a left") for r in (0.0, 0.01, -0.01, 0.03)] + \
              [_leg(r, "b right") for r in (0.3, 0.29, 0.31, 0.35)]
    returns = [_leg(0.05, "a left"), _leg(0.08, "a left"), _leg(0.36, "b right"), _leg(0.4, "b right")]
    excess = tip_rise_excesses({"stroke": strokes, "return": returns})
    assert sorted(excess["return"]) == pytest.approx([0.045, 0.055, 0.075, 0.095])
    values = fit({"stroke": strokes, "return": returns})
    assert values["tip_rise_return"] == pytest.approx(0.065)
    assert values["tip_rise_stroke_scale"] == pytest.approx(np.mean([0.005, 0.025, 0.005, 0.045]))
    assert values["tip_rise_return_scale"] == pytest.approx(np.mean([0.02, 0.01]))


def test_a_hand_with_under_three_strokes_or_no_rise_is_left_out():
    strokes = [_leg(0.0, "a left"), _leg(0.1, "a left"), _leg(float("nan"), "b right")]
    excess = tip_rise_excesses({"stroke": strokes, "return": [_leg(0.2, "a left")]})
    assert excess["stroke"].size == 0 and excess["return"].size == 0
