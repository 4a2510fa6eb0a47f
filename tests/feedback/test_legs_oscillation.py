"""A quick oscillation (a wave, a scratch, a rub) is not massage (feedback/legs.py)."""

import numpy as np

from feedback.config import CoachConfig, LegModel
from feedback.legs import LegSequencer, quick_oscillation, stroke_probabilities
from feedback.stroke import Stroke

MODEL = LegModel()
TIMEOUT_S = CoachConfig().track_timeout_s


def leg(t0_s: float, travel_fw, duration_s: float, start_fw=(0.2, 0.3), lift: float = 0.0,
        palm_fw: float = 0.25, n: int = 8) -> Stroke:
    """A straight leg at the touching palm size, its palm grown by `lift` in its middle."""
    tau = np.linspace(0.0, 1.0, n)
    path = np.asarray(start_fw) + tau[:, None] * np.asarray(travel_fw)
    return Stroke("right", t0_s + tau * duration_s, path, palm_fw * (1.0 + lift * np.sin(np.pi * tau)))


def rub(n_legs: int, leg_s: float = 0.25, travel_fw: float = 0.3, t0_s: float = 0.0,
        palm_fw: float = 0.25) -> list[Stroke]:
    """Back and forth, every leg as quick as the others, nothing lifted: a wave or a scratch."""
    legs, start = [], np.array([0.1, 0.3])
    for i in range(n_legs):
        travel = np.array([travel_fw, 0.0]) * (1 if i % 2 == 0 else -1)
        legs.append(leg(t0_s + i * leg_s, travel, leg_s, start_fw=start, palm_fw=palm_fw))
        start = start + travel
    return legs


def test_a_quick_back_and_forth_is_neither_strokes_nor_returns():
    """Seven legs of 0.25 s back and forth at the touching size, no lift: the old model
    called every other one a stroke (the first after landing, the last before leaving)."""
    for palm_fw in (0.25, 0.34):  # on the skin (a scratch) or a bit in front (a wave)
        legs = rub(7, palm_fw=palm_fw)
        assert quick_oscillation(legs, [False] * 6, MODEL).all()
        p = stroke_probabilities(legs, [False] * 6, closed=True, model=MODEL)
        assert (p < 0.05).all()


def test_a_hurried_stroke_and_its_quick_return_are_still_a_stroke():
    """One too-fast stroke (0.25 s), a return as quick, the hand leaves: two quick legs are
    not an oscillation, the stroke must still be counted (and judged too fast)."""
    legs = rub(2)
    assert not quick_oscillation(legs, [False], MODEL).any()
    p = stroke_probabilities(legs, [False], closed=True, model=MODEL)
    assert p[0] > 0.5


def test_a_too_fast_stroke_between_massage_strokes_is_found():
    """Stroke, lifted return, a too-fast stroke (0.3 s), lifted return, stroke."""
    out, back = np.array([0.25, 0.0]), np.array([-0.25, 0.0])
    legs = [leg(0.0, out, 0.9), leg(0.9, back, 0.4, start_fw=(0.45, 0.3), lift=0.06),
            leg(1.3, out, 0.3), leg(1.6, back, 0.4, start_fw=(0.45, 0.3), lift=0.06),
            leg(2.0, out, 0.9)]
    assert not quick_oscillation(legs, [False] * 4, MODEL).any()
    p = stroke_probabilities(legs, [False] * 4, closed=True, model=MODEL)
    assert list(p > 0.5) == [True, False, True, False, True]


def test_quick_legs_separated_by_lifts_are_not_an_oscillation():
    """A hurried massage with clear lifts between the legs: stroke, lift, stroke, lift..."""
    legs = rub(4)
    assert not quick_oscillation(legs, [True] * 3, MODEL).any()
    assert quick_oscillation(legs, [False] * 3, MODEL).all()


def test_slow_back_and_forth_and_same_way_legs_are_not_an_oscillation():
    assert not quick_oscillation(rub(5, leg_s=0.8), [False] * 4, MODEL).any()
    same_way = [leg(0.25 * i, (0.1, 0.0), 0.25, start_fw=(0.1 + 0.1 * i, 0.3)) for i in range(4)]
    assert not quick_oscillation(same_way, [False] * 3, MODEL).any()


def test_the_sequencer_holds_a_quick_pair_until_the_third_leg_says_what_it_is():
    """Live: the first of two quick opposite legs is not decided when the second comes (the
    old sequencer called it a stroke at once); a third quick leg makes them a wave, and the
    wave's legs are neither strokes nor returns."""
    legs = rub(6, t0_s=1.0)
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    assert sequencer.add(legs[:1]) == []
    assert sequencer.add(legs[1:2]) == []  # a hurried stroke and its return, or a wave?
    decided = sequencer.add(legs[2:3])
    assert [d.stroke for d in decided] == legs[:2]
    decided += sequencer.add(legs[3:]) + sequencer.close()
    assert [d.stroke for d in decided] == legs
    assert not any(d.is_stroke for d in decided)


def test_the_sequencer_decides_a_held_quick_pair_when_the_hand_leaves_or_waits():
    for end in ("close", "wait"):
        legs = rub(2, t0_s=1.0)
        sequencer = LegSequencer(MODEL, TIMEOUT_S)
        assert sequencer.add(legs) == []
        if end == "close":
            decided = sequencer.close()
        else:
            decided = sequencer.waiting(legs[-1].t_end_s + MODEL.wait_s)
        assert [d.stroke for d in decided] == legs
        assert decided[0].is_stroke  # the hurried stroke counts


def test_a_massage_stroke_after_a_wave_is_a_stroke():
    """The hand waves, then settles and strokes slowly (a lifted return between)."""
    wave = rub(5)
    start = wave[-1].path_fw[-1]
    after = [leg(1.4, (-0.25, 0.0), 0.9, start_fw=start),
             leg(2.3, (0.25, 0.0), 0.5, start_fw=start - (0.25, 0.0), lift=0.06),
             leg(2.8, (-0.25, 0.0), 0.9, start_fw=start)]
    p = stroke_probabilities(wave + after, [False] * 7, closed=True, model=MODEL)
    assert (p[:5] < 0.05).all()
    assert list(p[5:] > 0.5) == [True, False, True]


def test_a_held_quick_pair_is_decided_when_a_slow_leg_follows():
    """A hurried stroke, a quick return, then an unhurried stroke: the pair was no wave."""
    quick = rub(2, t0_s=1.0)
    slow = leg(1.5, (0.3, 0.0), 0.9, start_fw=quick[-1].path_fw[-1])
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    assert sequencer.add(quick) == []
    decided = sequencer.add([slow])
    assert [d.stroke for d in decided] == quick
    assert decided[0].is_stroke
