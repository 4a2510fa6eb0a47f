"""Stroke or return: the two-state model over the legs of one visit (feedback/legs.py)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.config import CoachConfig, LegModel
from feedback.leg_joins import joinable
from feedback.leg_size import risen_between, size_bump
from feedback.legs import LegSequencer, stroke_probabilities
from feedback.stroke import Stroke

MODEL = LegModel()
TIMEOUT_S = CoachConfig().track_timeout_s
OUT = np.array([0.25, 0.0])  # one leg's travel, face widths


def leg(t0_s: float, travel_fw=OUT, lift: float = 0.0, duration_s: float = 0.8,
        start_fw=(0.2, 0.3), n: int = 24) -> Stroke:
    """A straight leg whose palm grows by `lift` (0.05 = 5 %) in its middle."""
    tau = np.linspace(0.0, 1.0, n)
    path = np.asarray(start_fw) + tau[:, None] * np.asarray(travel_fw)
    palm = 0.25 * (1.0 + lift * np.sin(np.pi * tau))
    return Stroke("left", t0_s + tau * duration_s, path, palm)


def back_and_forth(n_legs: int, lift: float, first_travel=OUT) -> list[Stroke]:
    """Stroke, return, stroke, ...: the returns (odd legs) lifted by `lift`."""
    legs, start = [], np.array([0.2, 0.3])
    for i in range(n_legs):
        travel = np.asarray(first_travel) * (1 if i % 2 == 0 else -1)
        legs.append(leg(i * 1.0, travel, lift if i % 2 else 0.0, start_fw=start))
        start = start + travel
    return legs


def test_size_bump_is_the_growth_in_the_middle():
    assert size_bump(leg(0.0).palm_fw) == pytest.approx(0.0, abs=1e-9)
    assert size_bump(leg(0.0, lift=0.08).palm_fw) == pytest.approx(0.08 * 0.85, abs=0.02)
    assert size_bump(None) == 0.0


def test_a_back_and_forth_with_small_lifts_alternates_from_a_stroke():
    p = stroke_probabilities(back_and_forth(7, lift=0.06), [False] * 6, closed=True, model=MODEL)
    assert list(p > 0.5) == [True, False] * 3 + [True]
    assert p[::2].min() > 0.9 and p[1::2].max() < 0.1


def test_without_any_size_cue_the_landing_and_the_leaving_decide():
    """No lift seen at all: the first leg after landing and the last before leaving are
    strokes, and the legs alternate between them."""
    p = stroke_probabilities(back_and_forth(5, lift=0.0), [False] * 4, closed=True, model=MODEL)
    assert list(p > 0.5) == [True, False, True, False, True]


def test_reversed_strokes_keep_their_phase():
    """Every stroke done the wrong way (inward), the returns outward and lifted: the
    strokes are still the legs on the skin, so they can be called reversed."""
    p = stroke_probabilities(back_and_forth(5, lift=0.06, first_travel=-OUT), [False] * 4, True, MODEL)
    assert list(p > 0.5) == [True, False, True, False, True]


def test_legs_the_same_way_between_clear_lifts_are_all_strokes():
    legs = [leg(float(i), lift=0.0) for i in range(4)]
    p = stroke_probabilities(legs, [True] * 3, closed=True, model=MODEL)
    assert p.min() > 0.95


def test_out_and_back_without_a_lift_is_never_sure_enough_to_be_called_reversed():
    """Land, go out, come back, leave, nothing lifted: both legs look on the skin, but the
    second may be a return done without lifting: too unsure to tell anyone "reversed"."""
    p = stroke_probabilities(back_and_forth(2, lift=0.0), [False], closed=True, model=MODEL)
    assert p.min() < MODEL.sure_direction_fault_p


@settings(max_examples=60, deadline=None)
@given(n_legs=st.integers(1, 9), lift=st.floats(0.0, 0.3), closed=st.booleans(),
       angle=st.floats(-np.pi, np.pi))
def test_probabilities_are_probabilities_and_do_not_depend_on_the_side(n_legs, lift, closed, angle):
    travel = 0.25 * np.array([np.cos(angle), np.sin(angle)])
    legs = back_and_forth(n_legs, lift, first_travel=travel)
    p = stroke_probabilities(legs, [False] * (n_legs - 1), closed, MODEL)
    assert p.shape == (n_legs,) and np.all((p >= 0) & (p <= 1))
    mirrored = [Stroke("right", s.t_s, s.path_fw * [-1, 1], s.palm_fw) for s in legs]
    assert stroke_probabilities(mirrored, [False] * (n_legs - 1), closed, MODEL) == pytest.approx(p)


def test_the_sequencer_decides_each_leg_once_the_next_is_known():
    legs = back_and_forth(5, lift=0.06)
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    assert sequencer.add([legs[0]]) == []  # waits for the next leg
    first = sequencer.add([legs[1]])
    assert [d.stroke for d in first] == [legs[0]] and first[0].is_stroke
    decided = first + sequencer.add(legs[2:4])
    assert [d.stroke for d in decided] == legs[:3]
    decided += sequencer.close()
    assert [d.stroke for d in decided] == legs[:4]  # the fifth leg never came
    assert [d.is_stroke for d in decided] == [True, False, True, False]
    assert sequencer.close() == []


def test_closing_before_a_time_decides_the_legs_ended_by_then_and_drops_the_rest():
    """A hand set aside as not massaging: what it did before is judged, not what came after."""
    legs = back_and_forth(4, lift=0.06)
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    decided = sequencer.add(legs[:2])
    assert [d.stroke for d in decided] == legs[:1]
    decided += sequencer.close(before_s=legs[2].t_end_s - 0.1)  # the third leg went on after it
    assert [d.stroke for d in decided] == legs[:2]
    later = sequencer.add(legs[2:]) + sequencer.close()  # a new visit
    assert [d.stroke for d in later] == legs[2:]


def test_a_leg_is_decided_alone_after_waiting():
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    only = leg(0.0)
    assert sequencer.add([only]) == []
    assert sequencer.waiting(only.t_end_s + MODEL.wait_s / 2) == []
    [decided] = sequencer.waiting(only.t_end_s + MODEL.wait_s)
    assert decided.stroke is only and decided.is_stroke
    assert sequencer.close() == []  # already decided


def test_a_lift_between_legs_is_noted_by_time():
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    a, b = leg(0.0), leg(2.0)
    sequencer.add([a])
    sequencer.note_lift(1.5)
    decided = sequencer.add([b]) + sequencer.close()
    assert all(d.is_stroke and d.p_stroke > 0.95 for d in decided)


def two_pieces_with_palms(before_palm, after_palm) -> tuple[Stroke, Stroke]:
    """Two pieces going the same way, the second 0.3 s after the first (a rest on the skin
    between them), with the given palm sizes (n,) each."""
    before = leg(0.0, travel_fw=(0.1, 0.0), duration_s=0.5, n=len(before_palm))
    after = leg(0.8, travel_fw=(0.1, 0.0), duration_s=0.5, start_fw=(0.3, 0.3), n=len(after_palm))
    return (Stroke("left", before.t_s, before.path_fw, np.asarray(before_palm, dtype=float)),
            Stroke("left", after.t_s, after.path_fw, np.asarray(after_palm, dtype=float)))


def test_a_rise_where_two_pieces_meet_is_seen():
    rising, falling = np.linspace(0.25, 0.28, 16), np.linspace(0.28, 0.25, 16)
    assert risen_between(*two_pieces_with_palms(rising, falling), rise=MODEL.return_bump)
    assert not risen_between(*two_pieces_with_palms(np.full(16, 0.25), np.full(16, 0.25)), rise=MODEL.return_bump)
    # grows steadily along both (the hand nearer the camera at one end): no rise between them
    ramp = np.linspace(0.25, 0.28, 32)
    assert not risen_between(*two_pieces_with_palms(ramp[:16], ramp[16:]), rise=MODEL.return_bump)
    unseen = two_pieces_with_palms(np.full(16, np.nan), np.full(16, np.nan))
    assert not risen_between(*unseen, rise=MODEL.return_bump)
    assert not risen_between(Stroke("left", unseen[0].t_s, unseen[0].path_fw, None), unseen[1], MODEL.return_bump)


def test_pieces_the_same_way_are_not_joined_across_a_rise():
    """No lift noted (the rise was too small for the contact to see), but the palm grew
    where the pieces meet: the hand came down for another leg, they are not one stroke."""
    rising, falling = np.linspace(0.25, 0.28, 16), np.linspace(0.28, 0.25, 16)
    on_skin = LegSequencer(MODEL, TIMEOUT_S)
    [whole] = on_skin.add(list(two_pieces_with_palms(np.full(16, 0.25), np.full(16, 0.25)))) + on_skin.close()
    assert whole.stroke.duration_s == pytest.approx(1.3)
    risen = LegSequencer(MODEL, TIMEOUT_S)
    decided = risen.add(list(two_pieces_with_palms(rising, falling))) + risen.close()
    assert [d.stroke.duration_s for d in decided] == pytest.approx([0.5, 0.5])


def test_a_piece_lifted_in_its_middle_is_no_half_of_a_stroke():
    """Two pieces that go on the same way are one stroke, unless one of them rose in its
    middle as a return does."""
    flat, bumped = np.full(16, 0.25), 0.25 * (1.0 + 0.06 * np.sin(np.pi * np.linspace(0.0, 1.0, 16)))
    assert joinable(*two_pieces_with_palms(flat, flat), MODEL)
    assert not joinable(*two_pieces_with_palms(bumped, flat), MODEL)
    assert not joinable(*two_pieces_with_palms(flat, bumped), MODEL)


def test_a_stroke_cut_in_pieces_by_rests_or_jitter_is_one_stroke():
    pieces = [leg(0.5 * i, travel_fw=(0.08, 0.0), start_fw=(0.2 + 0.08 * i, 0.3), duration_s=0.4)
              for i in range(3)]
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    decided = sequencer.add(pieces) + sequencer.close()
    [one] = decided
    assert one.is_stroke and one.stroke.t_start_s == 0.0 and one.stroke.t_end_s == pytest.approx(1.4)
    assert one.stroke.travel_fw == pytest.approx([0.24, 0.0])
    assert len(one.stroke.palm_fw) == len(one.stroke.t_s)


def test_legs_the_same_way_after_a_lift_stay_two_strokes():
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    a, b = leg(0.0, travel_fw=(0.1, 0.0)), leg(0.9, travel_fw=(0.1, 0.0), start_fw=(0.3, 0.3))
    sequencer.add([a])
    sequencer.note_lift(0.85)
    assert len(sequencer.add([b]) + sequencer.close()) == 2


def test_a_long_visit_keeps_a_bounded_context_and_the_same_decisions():
    """An hour on the face without leaving: the work per leg stays small and the
    alternation is still followed."""
    legs = back_and_forth(201, lift=0.06)
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    decided = []
    for one in legs:
        decided += sequencer.add([one])
        assert len(sequencer._legs) <= 14
    decided += sequencer.close()
    assert [d.is_stroke for d in decided] == [i % 2 == 0 for i in range(201)]


def test_a_hand_waving_faster_than_any_stroke_is_not_stroking():
    """A wave in front of the face: legs back and forth at 2 face widths a second. The same
    legs at a massage's pace are strokes and returns."""
    def legs(duration_s: float) -> list[Stroke]:
        out, start = [], np.array([0.0, 0.3])
        for i in range(6):
            travel = np.array([0.5, 0.0]) * (1 if i % 2 == 0 else -1)
            out.append(leg(i * duration_s, travel, duration_s=duration_s, start_fw=start, n=12))
            start = start + travel
        return out

    waving = stroke_probabilities(legs(0.25), [False] * 5, closed=True, model=MODEL)
    stroking = stroke_probabilities(legs(1.0), [False] * 5, closed=True, model=MODEL)
    assert (waving < 0.5).all()
    assert stroking[0] > 0.9 and stroking.mean() > waving.mean() + 0.3


def test_of_two_opposite_legs_the_quicker_is_the_return():
    """Without a size cue, landing or leaving, the pace decides: a stroke is slow and even,
    the hand comes back quicker; whichever way round, and at any pace."""
    for pace in (0.5, 1.0, 2.0):
        slow_first = [leg(0.0, OUT, duration_s=pace), leg(pace, -OUT, duration_s=pace / 2)]
        quick_first = [leg(0.0, -OUT, duration_s=pace / 2), leg(pace / 2, OUT, duration_s=pace)]
        for legs, stroke in ((slow_first, 0), (quick_first, 1)):
            p = stroke_probabilities(legs, [False], closed=False, model=MODEL, landed=False)
            assert p[stroke] > 0.6 and p[1 - stroke] < 0.4



def test_a_leg_across_the_face_to_the_next_zone_is_not_a_stroke():
    """Stroke out on the cheek, then the hand slides on the skin (no lift seen) straight
    down to the jaw, further than any stroke goes, and strokes there, or leaves: the long
    leg carried the hand to the next zone; it is no stroke (and never called reversed). A
    leg as long as a stroke, the same way, may still be one."""
    down = np.array([0.0, 0.9])  # face widths
    legs = [leg(0.0, OUT), leg(0.8, down, start_fw=(0.45, 0.3)), leg(1.6, OUT, start_fw=(0.45, 1.2))]
    assert stroke_probabilities(legs, [False, False], closed=True, model=MODEL)[1] < 0.1
    assert stroke_probabilities(legs[:2], [False], closed=True, model=MODEL)[1] < 0.5
    stroke_long = [legs[0], leg(0.8, down / 3, start_fw=(0.45, 0.3))]
    assert stroke_probabilities(stroke_long, [False], closed=True, model=MODEL)[1] > 0.9


def test_pieces_the_same_way_are_not_joined_into_a_leg_longer_than_any_stroke():
    """Two pieces that go on the same way without a lift, which together cross more than a
    stroke's zone (`stroke_max_fw`): a slide to the next zone and its stroke, kept apart."""
    a = leg(0.0, travel_fw=(0.0, 0.45))
    b = leg(0.9, travel_fw=(0.1, 0.25), start_fw=(0.2, 0.75))
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    assert len(sequencer.add([a, b]) + sequencer.close()) == 2


@pytest.mark.parametrize("hop_lift, sure", [(0.06, True), (0.0, False)])
def test_a_hop_in_place_before_a_leg_back_makes_it_a_stroke_done_in_reverse(hop_lift, sure):
    # A stroke out, then the hand lifts where it ended and comes down there (a hop: no leg,
    # the palm 6 % bigger in the middle of the gap), then a slow leg back in, a lifted
    # return out and a stroke out. The hop says the leg back is a stroke done in reverse,
    # sure enough to say so; with the hand resting on the skin instead, the leg back may
    # be the way back to where the next stroke starts: never sure enough to say "reversed".
    stroke, back = leg(0.0), leg(1.6, -OUT, start_fw=(0.45, 0.3))
    legs = [stroke, back, leg(2.4, OUT, lift=0.06), leg(3.2)]
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    decided = []
    for i, each in enumerate(legs):
        for t_s, point_fw, palm_fw in zip(each.t_s, each.path_fw, each.palm_fw):
            sequencer.note_position(t_s, point_fw, palm_fw)
        if i == 0:  # the gap after the first stroke: the hop, or a rest on the skin
            for t_s in np.arange(0.85, 1.6, 1 / 30):
                rise = hop_lift * np.sin(np.pi * (t_s - 0.8) / 0.8)
                sequencer.note_position(t_s, stroke.path_fw[-1], 0.25 * (1.0 + rise))
        decided += sequencer.add([each])
    decided += sequencer.close()
    assert [d.stroke for d in decided] == legs
    assert (decided[1].p_stroke >= MODEL.sure_direction_fault_p) == sure
    assert decided[0].is_stroke and decided[3].is_stroke
