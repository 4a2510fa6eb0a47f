"""A leg's pace beside the same hand's own strokes (feedback/leg_pace.py) and what it does to
the stroke-or-return decision (feedback/legs.py)."""

import dataclasses

import numpy as np
import pytest

from feedback.config import LegModel
from feedback.leg_pace import StrokePace, moving_s, pace_evidence, stroke_tempo, travel_speed_fw_per_s
from feedback.leg_size import size_bump
from feedback.legs import LegSequencer, stroke_probabilities
from feedback.stroke import Stroke
from tests.feedback.test_legs import OUT, TIMEOUT_S, leg

MODEL = LegModel()
TYPICAL = (1.0, 0.25)  # the hand's strokes: 1 s, 0.25 face widths per second
START, END = (0.2, 0.3), (0.45, 0.3)


def test_a_leg_as_long_and_slow_as_the_strokes_without_lift_counts_fully():
    assert pace_evidence(leg(0.0, -OUT, duration_s=1.0), 0.0, MODEL, TYPICAL) == \
        pytest.approx(MODEL.max_pace_evidence)
    assert pace_evidence(leg(0.0, -OUT, duration_s=1.6), -0.02, MODEL, TYPICAL) == \
        pytest.approx(MODEL.max_pace_evidence)


def test_quick_fast_or_lifted_legs_and_an_unknown_pace_get_nothing():
    quick = leg(0.0, OUT, duration_s=0.4)  # as far as a stroke, in a return's time
    fast = leg(0.0, OUT * 2.0, duration_s=1.0)  # as long, twice as fast
    slow = leg(0.0, OUT, duration_s=1.0)
    assert pace_evidence(quick, 0.0, MODEL, TYPICAL) == 0.0
    assert pace_evidence(fast, 0.0, MODEL, TYPICAL) == 0.0
    assert pace_evidence(slow, MODEL.return_bump, MODEL, TYPICAL) == 0.0
    assert pace_evidence(slow, 0.0, MODEL, None) == 0.0


def test_a_small_growth_of_the_palm_weakens_the_evidence_by_as_much_as_it_nears_a_returns():
    """A stroke's palm seldom looks exactly as big in its middle as at its ends: a growth a
    third of the way to a return's leaves two thirds of the evidence, halfway half."""
    slow = leg(0.0, -OUT, duration_s=1.0)
    for share in (1 / 3, 1 / 2, 1.0):
        bump = MODEL.stroke_bump + share * (MODEL.return_bump - MODEL.stroke_bump)
        assert pace_evidence(slow, bump, MODEL, TYPICAL) == pytest.approx((1 - share) * MODEL.max_pace_evidence)


def test_the_evidence_grows_with_the_legs_duration():
    evidence = [pace_evidence(leg(0.0, OUT * d, duration_s=d), 0.0, MODEL, TYPICAL)
                for d in (0.3, 0.5, 0.6, 0.7, 0.85, 1.0)]
    assert evidence == sorted(evidence)
    assert evidence[0] < 0.0 == evidence[2] < evidence[3] < evidence[-1]


def test_the_typical_pace_is_the_median_of_the_last_sure_strokes():
    pace = StrokePace()
    for duration_s in (0.8, 1.2):
        pace.note(leg(0.0, OUT * duration_s, duration_s=duration_s))
    assert pace.typical is None
    pace.note(leg(0.0, OUT * 3, duration_s=3.0))
    assert pace.typical == pytest.approx((1.2, 0.25))


def test_a_reversed_stroke_paced_like_the_hands_strokes_is_surely_a_stroke():
    """A stroke, then one the wrong way (it undoes the first, pressed, as slow and as long),
    then the hand leaves: alternation alone leaves the second leg unsure (the coach would not
    dare say "reversed"); its pace beside the hand's strokes makes it sure."""
    good, reversed_ = leg(0.0, OUT, start_fw=START), leg(1.1, -OUT, lift=-0.02, duration_s=1.0, start_fw=END)
    without = stroke_probabilities([good, reversed_], [False], True, MODEL)
    with_pace = stroke_probabilities([good, reversed_], [False], True, MODEL, stroke_pace=TYPICAL)
    assert MODEL.sure_p < without[1] < MODEL.sure_direction_fault_p
    assert with_pace[1] >= MODEL.sure_direction_fault_p and with_pace[0] >= MODEL.sure_p


def test_a_quick_return_with_a_small_lift_stays_a_return():
    good, back = leg(0.0, OUT, start_fw=START), leg(1.1, -OUT, lift=0.04, duration_s=0.45, start_fw=END)
    after = leg(1.6, OUT, start_fw=START)
    p = stroke_probabilities([good, back, after], [False] * 2, True, MODEL, stroke_pace=TYPICAL)
    assert p[1] < 0.05 and p[0] > 0.95 and p[2] > 0.95


def test_the_sequencer_learns_the_pace_from_its_sure_strokes():
    """Strokes of 1.2 s with quick lifted returns: once three strokes are sure, a pressed leg
    the wrong way as long as they are is judged a stroke surely enough to be called reversed."""
    sequencer, decided, start = LegSequencer(MODEL, TIMEOUT_S), [], np.array(START)
    t_s = 0.0
    for _ in range(4):  # stroke out, quick lifted return in
        decided += sequencer.add([leg(t_s, OUT * 1.2, duration_s=1.2, start_fw=start)])
        decided += sequencer.add([leg(t_s + 1.3, -OUT * 1.2, lift=0.06, duration_s=0.45,
                                      start_fw=start + OUT * 1.2)])
        t_s += 1.9
    decided += sequencer.add([leg(t_s, OUT * 1.2, duration_s=1.2, start_fw=start)])
    decided += sequencer.add([leg(t_s + 1.3, -OUT * 1.2, lift=-0.02, duration_s=1.2,
                                  start_fw=start + OUT * 1.2)])
    decided += sequencer.close()
    assert [d.is_stroke for d in decided] == [True, False] * 4 + [True, True]
    assert decided[-1].p_stroke >= MODEL.sure_direction_fault_p
    assert size_bump(decided[-1].stroke.palm_fw) < 0


def test_a_brief_short_piece_counts_for_a_return():
    """Under a third of a stroke's duration and length: a piece of the way back (or the hand
    settling); a quick leg that moves as far as a stroke (a too-fast stroke) is not."""
    piece = leg(0.0, OUT * 0.3, duration_s=0.3)
    hurried = leg(0.0, OUT, duration_s=0.3)
    assert pace_evidence(piece, 0.0, MODEL, TYPICAL) == pytest.approx(-MODEL.max_pace_evidence)
    assert pace_evidence(hurried, 0.0, MODEL, TYPICAL) == 0.0


def test_a_short_hop_after_a_stroke_is_a_return_once_the_pace_is_known():
    """A stroke, then a 0.25 s hop of 0.075 face widths aside without a visible lift, then
    the next stroke: by size and structure alone the hop is unsure; beside the hand's strokes
    it is too brief and too short to be one."""
    hop_fw = np.array([0.0, 0.075])
    good, hop = leg(0.0, OUT, duration_s=1.0, start_fw=START), leg(1.1, hop_fw, lift=-0.01, duration_s=0.25, start_fw=END)
    after = leg(1.45, OUT, duration_s=1.0, start_fw=np.add(END, hop_fw))
    size_and_structure = dataclasses.replace(MODEL, max_pace_evidence=0.0)
    without = stroke_probabilities([good, hop, after], [False] * 2, True, size_and_structure)
    with_pace = stroke_probabilities([good, hop, after], [False] * 2, True, MODEL, stroke_pace=TYPICAL)
    assert 0.5 <= without[1] < MODEL.sure_p
    assert with_pace[1] < 0.5 and with_pace[0] > MODEL.sure_p and with_pace[2] > MODEL.sure_p


def resting(moving: Stroke, before_s: float, after_s: float) -> Stroke:
    """`moving` with the hand still on the skin for before_s before it and after_s after it
    (30 samples a second, the palm as at the leg's ends)."""
    before_t = moving.t_s[0] - np.arange(round(before_s * 30), 0, -1) / 30
    after_t = moving.t_s[-1] + np.arange(1, round(after_s * 30) + 1) / 30
    t_s = np.concatenate([before_t, moving.t_s, after_t])
    path = np.concatenate([np.repeat(moving.path_fw[:1], len(before_t), axis=0), moving.path_fw,
                           np.repeat(moving.path_fw[-1:], len(after_t), axis=0)])
    palm = np.concatenate([np.full(len(before_t), moving.palm_fw[0]), moving.palm_fw,
                           np.full(len(after_t), moving.palm_fw[-1])])
    return Stroke(moving.hand, t_s, path, palm)


def test_the_pace_is_the_time_the_hand_moves_not_its_rests_at_the_ends():
    moving = leg(1.0, OUT, duration_s=1.0)
    rested = resting(moving, 0.4, 0.7)
    assert rested.duration_s == pytest.approx(2.1, abs=0.05)
    assert moving_s(rested) == pytest.approx(1.0, abs=0.02)
    assert travel_speed_fw_per_s(rested) == pytest.approx(0.25, rel=0.02)
    assert moving_s(leg(0.0, np.zeros(2))) == pytest.approx(0.8)  # did not move: its whole time


def test_a_rest_after_a_stroke_does_not_make_a_reversed_one_after_it_look_like_the_way_back():
    """A stroke whose fingers stay on the skin 0.8 s after it arrives, then one the wrong way,
    pressed, moving as long, then the hand leaves: the rest does not make the first look
    slow beside the second (the quicker of two opposite legs is likelier the way back)."""
    good = leg(0.0, OUT, duration_s=1.0, start_fw=START)
    reversed_ = leg(2.0, -OUT, lift=-0.02, duration_s=1.0, start_fw=END)
    plain = stroke_probabilities([good, reversed_], [False], True, MODEL, stroke_pace=TYPICAL)
    rested = stroke_probabilities([resting(good, 0.0, 0.8), reversed_], [False], True, MODEL,
                                  stroke_pace=TYPICAL)
    assert rested == pytest.approx(plain)
    assert rested[1] >= MODEL.sure_direction_fault_p


def test_the_pace_is_learnt_from_the_strokes_the_coach_judges_not_only_those_it_would_call_reversed():
    """The bar for saying "reversed" (sure_direction_fault_p) guards the person from a wrong reproach;
    how their hand moves is learnt from every stroke the coach judges (sure_p and above)."""
    strict = dataclasses.replace(MODEL, sure_direction_fault_p=1.01)  # never sure enough to say reversed
    sequencer, start, t_s = LegSequencer(strict, TIMEOUT_S), np.array(START), 0.0
    for _ in range(4):
        sequencer.add([leg(t_s, OUT * 1.2, duration_s=1.2, start_fw=start)])
        sequencer.add([leg(t_s + 1.3, -OUT * 1.2, lift=0.06, duration_s=0.45, start_fw=start + OUT * 1.2)])
        t_s += 1.9
    assert sequencer._pace.typical == pytest.approx((1.2, 0.25))


def test_stroke_tempo_is_the_time_the_skin_moved_not_the_rests_at_the_ends():
    t = np.arange(0.0, 1.0 + 1e-9, 1 / 30)  # 0.2 s still, 0.6 s cosine-eased over 0.3 fw, 0.2 s still
    share = 0.5 - 0.5 * np.cos(np.pi * np.clip((t - 0.2) / 0.6, 0.0, 1.0))
    time_s, speed = stroke_tempo(Stroke("left", t, np.column_stack([0.3 * share, 0 * t])))
    assert 0.5 < time_s < 0.6  # about the 0.6 s it moved (a bell's 10-90 % span, scaled)
    steady = Stroke("left", t, np.column_stack([0.3 * t, 0 * t]))  # 0.3 fw/s for 1 s
    assert stroke_tempo(steady) == pytest.approx((1.0, 0.3))  # never over the leg's duration


def test_a_leg_against_the_path_faster_than_a_way_back_counts_as_the_way_back():
    """Going the zone's path in reverse, a leg faster than a return goes (1 / return_pace of
    the hand's stroke speed, fully at its square) is the way back; at the strokes' own pace it
    is a reversed stroke as before, and the same quick leg the right way says nothing."""
    hurried = leg(0.0, OUT, duration_s=0.3)  # 0.83 fw/s: 3.3 times the strokes' speed
    returning = leg(0.0, OUT, duration_s=0.6 ** 1.5)  # half-way up the ramp
    slow = leg(0.0, OUT, duration_s=1.0)
    assert pace_evidence(hurried, 0.0, MODEL, TYPICAL, against_path=True) == \
        pytest.approx(-MODEL.max_pace_evidence)
    assert pace_evidence(returning, 0.0, MODEL, TYPICAL, against_path=True) == \
        pytest.approx(-MODEL.max_pace_evidence / 2)
    assert pace_evidence(hurried, 0.0, MODEL, TYPICAL) == 0.0
    assert pace_evidence(slow, 0.0, MODEL, TYPICAL, against_path=True) == \
        pytest.approx(MODEL.max_pace_evidence)
    assert pace_evidence(hurried, 0.0, MODEL, None, against_path=True) == 0.0


def test_a_quick_unlifted_way_back_before_the_hand_leaves_is_not_called_a_stroke():
    """A stroke, the quick way back with no lift the camera can see, then the hand leaves.
    By structure and speed alone the way back is an even bet (the last leg before the hand
    leaves is usually a stroke: here one done in reverse); going against the zone's path at
    a return's speed makes it the return it is."""
    good = leg(0.0, OUT, start_fw=START)
    back = leg(1.1, -OUT, duration_s=0.3, start_fw=END)
    unaware = stroke_probabilities([good, back], [False], True, MODEL, stroke_pace=TYPICAL)
    aware = stroke_probabilities([good, back], [False], True, MODEL, stroke_pace=TYPICAL,
                                 against_path=[False, True])
    assert unaware[1] > 0.5
    assert aware[1] < 0.2 and aware[0] >= MODEL.sure_direction_fault_p


def test_the_sequencer_asks_which_legs_go_against_the_path():
    """Strokes out with quick lifted returns, then a last quick way back with no lift before
    the hand leaves: told that legs going in go against the path, the sequencer takes it for
    the return; not told, for a stroke done in reverse."""
    def visit(sequencer):
        start, t_s, decided = np.array(START), 0.0, []
        for lift in (0.06, 0.06, 0.06, 0.0):
            decided += sequencer.add([leg(t_s, OUT * 1.2, duration_s=1.2, start_fw=start)])
            decided += sequencer.add([leg(t_s + 1.3, -OUT * 1.2, lift=lift, duration_s=0.3,
                                          start_fw=start + OUT * 1.2)])
            t_s += 1.9
        return decided + sequencer.close()

    told = visit(LegSequencer(MODEL, TIMEOUT_S, against_path=lambda leg: leg.travel_fw[0] < 0))
    not_told = visit(LegSequencer(MODEL, TIMEOUT_S))
    assert [d.is_stroke for d in told] == [True, False] * 4
    assert not_told[-1].is_stroke
