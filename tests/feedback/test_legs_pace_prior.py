"""A hand's first legs, before its own pace is known, are paced against a typical
person's stroke (feedback/legs.py, the model's stroke_s and stroke_fw_per_s)."""

import dataclasses

import numpy as np

from feedback.config import LegModel
from feedback.legs import stroke_probabilities
from feedback.stroke import Stroke
from tests.feedback.stroke_streams import straight_leg

MODEL = LegModel()
OUT = np.array([0.25, 0.0])  # a stroke's travel, face widths


def stroke_piece_stroke(piece_fw: float, piece_s: float) -> list[Stroke]:
    """A stroke out, a brief short piece back (no lift seen), the next stroke out: the
    hand's first visit, so no pace of its own is known yet."""
    return [straight_leg(0.0, OUT, 0.8, (0.2, 0.3)),
            straight_leg(1.0, -OUT * piece_fw / 0.25, piece_s, (0.45, 0.3)),
            straight_leg(1.5, OUT, 0.8, (0.45 - piece_fw, 0.3))]


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
