"""A hand's first legs, before its own pace is known, are paced against a typical
person's stroke (feedback/legs.py, the model's stroke_s and stroke_fw_per_s)."""

import dataclasses

import numpy as np

from feedback.config import LegModel
from feedback.legs import stroke_probabilities
from feedback.stroke import Stroke

MODEL = LegModel()
OUT = np.array([0.25, 0.0])  # a stroke's travel, face widths


def leg(t0_s: float, travel_fw, duration_s: float, start_fw) -> Stroke:
    """A straight leg on the skin (the palm the same size all along: no lift seen)."""
    tau = np.linspace(0.0, 1.0, max(4, int(round(duration_s * 30))))
    path = np.asarray(start_fw) + tau[:, None] * np.asarray(travel_fw)
    return Stroke("left", t0_s + tau * duration_s, path, np.full(len(tau), 0.25))


def stroke_piece_stroke(piece_fw: float, piece_s: float) -> list[Stroke]:
    """A stroke out, a brief short piece back (no lift seen), the next stroke out: the
    hand's first visit, so no pace of its own is known yet."""
    return [leg(0.0, OUT, 0.8, (0.2, 0.3)),
            leg(1.0, -OUT * piece_fw / 0.25, piece_s, (0.45, 0.3)),
            leg(1.5, OUT, 0.8, (0.45 - piece_fw, 0.3))]


def test_a_brief_short_piece_back_is_a_return_before_the_hands_pace_is_known():
    p = stroke_probabilities(stroke_piece_stroke(0.06, 0.2), [False, False], True, MODEL)
    assert p[0] > 0.95 and p[2] > 0.95
    assert p[1] < 0.05


def test_the_typical_pace_is_what_tells_the_piece():
    """Without a pace cue the same piece is far less clearly a return."""
    no_pace = dataclasses.replace(MODEL, max_pace_evidence=0.0)
    legs = stroke_piece_stroke(0.06, 0.2)
    with_pace = stroke_probabilities(legs, [False, False], True, MODEL)[1]
    assert stroke_probabilities(legs, [False, False], True, no_pace)[1] > 3 * with_pace


def test_the_hands_own_pace_replaces_the_typical_one():
    """A hand whose strokes are themselves brief and short: such a leg is paced like them."""
    legs = stroke_piece_stroke(0.06, 0.2)
    own = stroke_probabilities(legs, [False, False], True, MODEL, stroke_pace=(0.2, 0.3))[1]
    assert own > stroke_probabilities(legs, [False, False], True, MODEL)[1]
