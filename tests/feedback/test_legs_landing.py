"""The first leg of a visit: a stroke the hand landed for, or the hand sliding, as it comes
down, to where the stroke starts (feedback/legs.py: `settling`, `landing_prior`)."""

import numpy as np
import pytest

from feedback.config import CoachConfig, LegModel
from feedback.legs import LegSequencer, landing_prior, settling, stroke_probabilities
from feedback.stroke import Stroke
from tests.feedback.stroke_streams import straight_leg

MODEL = LegModel()
TIMEOUT_S = CoachConfig().track_timeout_s
IN = np.array([-0.25, 0.0])  # the strokes' travel, face widths


def visit(slide_palm_from: float, slide_s: float = 0.27, slide_fw=(0.3, -0.1)) -> list[Stroke]:
    """Land sliding outward for `slide_s`, then stroke inward (1.2 s), return lifted,
    stroke again."""
    start = np.array([0.3, 0.3])
    slide = straight_leg(0.0, slide_fw, slide_s, start, palm_from=slide_palm_from)
    start = start + np.asarray(slide_fw)
    legs, t = [slide], slide_s + 0.1
    for travel, duration_s, lift in [(IN, 1.2, 0.0), (-IN, 0.6, 0.05), (IN, 1.2, 0.0)]:
        legs.append(straight_leg(t, travel, duration_s, start, lift=lift))
        start, t = start + travel, t + duration_s
    return legs


def test_settling_is_how_much_bigger_the_palm_is_at_the_start():
    assert settling(straight_leg(0.0, IN, 0.3, palm_from=1.1).palm_fw) == pytest.approx(np.log(1.1), abs=0.03)
    assert settling(straight_leg(0.0, IN, 1.0).palm_fw) == pytest.approx(0.0, abs=1e-9)
    assert settling(straight_leg(0.0, IN, 1.0, lift=0.1).palm_fw) == pytest.approx(0.0, abs=1e-6)  # a return's bump
    assert settling(None) == 0.0


def test_a_slide_while_the_hand_comes_down_is_not_the_stroke_it_landed_for():
    p = stroke_probabilities(visit(slide_palm_from=1.12), [False] * 3, closed=False, model=MODEL)
    assert p[0] < 0.5
    assert p[1] > MODEL.sure_p and p[3] > MODEL.sure_p and p[2] < 0.5


def test_a_hand_already_down_keeps_the_landing_prior():
    """The same brief quick first leg with the palm at its touching size throughout: the
    hand had landed, and the structure "it lands where the stroke starts" still holds."""
    legs = visit(slide_palm_from=1.0)
    assert landing_prior(legs, MODEL) == MODEL.first_is_stroke
    settling_p = stroke_probabilities(visit(slide_palm_from=1.12), [False] * 3, False, MODEL)[0]
    assert stroke_probabilities(legs, [False] * 3, False, MODEL)[0] > settling_p


def test_a_first_stroke_that_includes_its_landing_counts():
    """The palm shrinks at the start of a full stroke (the landing is part of it) and a
    quicker return follows: not brief beside the leg after it, so still a sure stroke."""
    stroke = straight_leg(0.0, IN, 1.0, palm_from=1.15)
    back = straight_leg(1.0, -IN, 0.5, start_fw=(0.05, 0.3), lift=0.05)
    legs = [stroke, back]
    assert landing_prior(legs, MODEL) == MODEL.first_is_stroke
    assert stroke_probabilities(legs, [False], closed=False, model=MODEL)[0] > MODEL.sure_p


def test_a_settling_leg_alone_or_followed_the_same_way_is_what_the_hand_landed_for():
    slide = straight_leg(0.0, IN, 0.3, palm_from=1.15)
    assert landing_prior([slide], MODEL) == MODEL.first_is_stroke
    on = straight_leg(0.4, IN, 1.2, start_fw=(0.05, 0.3))
    assert landing_prior([slide, on], MODEL) == MODEL.first_is_stroke
    assert stroke_probabilities([slide], [], closed=True, model=MODEL)[0] > MODEL.sure_p


def test_the_sequencer_decides_the_slide_with_the_stroke_after_it():
    """Live: the slide is decided when the stroke after it ends (no later than before),
    as no stroke, and the stroke once its return is known, as a sure stroke."""
    legs = visit(slide_palm_from=1.12)
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    assert sequencer.add(legs[:1]) == []
    first = sequencer.add(legs[1:2])
    assert [d.stroke for d in first] == legs[:1] and not first[0].is_stroke
    second = sequencer.add(legs[2:3])
    assert [d.stroke for d in second] == legs[1:2] and second[0].p_stroke > MODEL.sure_p
