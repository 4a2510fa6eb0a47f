"""A hand that rested on the face and then leaves: its going is no stroke
(feedback/leg_departure.py, as feedback/legs.py uses it)."""

import numpy as np
import pytest

from feedback.config import CoachConfig, LegModel
from feedback.leg_departure import departs, rested_s
from feedback.legs import LegSequencer, stroke_probabilities
from feedback.stroke import Stroke

MODEL = LegModel()
TIMEOUT_S = CoachConfig().track_timeout_s
FPS = 30.0
REST_AT = np.array([-0.12, 0.55])  # over the mouth, face widths
AWAY = np.array([-0.17, -0.02])  # the first piece of the way off the face


def leg(t0_s: float, travel_fw, start_fw=REST_AT, duration_s: float = 0.25) -> Stroke:
    """A straight leg on the skin (the palm at the touching size all along)."""
    n = max(int(duration_s * FPS) + 1, 4)
    tau = np.linspace(0.0, 1.0, n)
    path = np.asarray(start_fw) + tau[:, None] * np.asarray(travel_fw)
    return Stroke("right", t0_s + tau * duration_s, path, np.full(n, MODEL.touch_palm_fw))


def feed_path(sequencer: LegSequencer, t0_s: float, t1_s: float, start_fw, velocity_fw_per_s=(0.0, 0.0)):
    """The hand's positions from t0_s to t1_s, moving evenly (still by default)."""
    for t_s in np.arange(t0_s, t1_s, 1.0 / FPS):
        sequencer.note_position(float(t_s), np.asarray(start_fw) + (t_s - t0_s) * np.asarray(velocity_fw_per_s))


def visit(rest_s: float, after_speed_fw_per_s: float, after_s: float = 0.25) -> list:
    """The hand rests `rest_s` at the mouth, makes one leg, then moves on the same way at
    `after_speed_fw_per_s` for `after_s` and the visit ends: the legs decided."""
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    t_leg = 1.0 + rest_s
    feed_path(sequencer, 0.0, 1.0, REST_AT + [0.6, 0.6], velocity_fw_per_s=(-0.6, -0.6))  # arriving
    feed_path(sequencer, 1.0, t_leg, REST_AT)
    the_leg = leg(t_leg, AWAY)
    for t_s, point in zip(the_leg.t_s, the_leg.path_fw):
        sequencer.note_position(float(t_s), point)
    direction = AWAY / np.linalg.norm(AWAY)
    feed_path(sequencer, the_leg.t_end_s, the_leg.t_end_s + after_s, the_leg.path_fw[-1],
              direction * after_speed_fw_per_s)
    return sequencer.add([the_leg]) + sequencer.close()


def test_a_hand_that_rested_and_slides_straight_off_is_leaving_not_stroking():
    """Still over the mouth for 3 s, then off the face without stopping (2.5 face widths/s
    right after the leg): the leg is the start of its going."""
    decided = visit(rest_s=3.0, after_speed_fw_per_s=2.5)
    assert len(decided) == 1 and not decided[0].is_stroke and decided[0].p_stroke < 0.3


def test_a_hand_that_lands_and_strokes_straight_off_the_face_still_strokes():
    """No rest before the leg: the hand landed for it (a stroke swept off the face)."""
    decided = visit(rest_s=0.3, after_speed_fw_per_s=2.5)
    assert len(decided) == 1 and decided[0].is_stroke and decided[0].p_stroke > 0.9


@pytest.mark.parametrize("after_speed", [0.0, 0.5])
def test_a_hand_held_still_before_a_stroke_that_ends_on_the_skin_still_strokes(after_speed):
    """Fingers held on the zone for seconds, then a stroke that stops on the skin (or
    drifts slowly into the lift): a stroke."""
    decided = visit(rest_s=3.0, after_speed_fw_per_s=after_speed)
    assert len(decided) == 1 and decided[0].is_stroke and decided[0].p_stroke > 0.9


def test_going_back_the_way_it_came_after_a_rest_is_no_departure():
    decided = visit(rest_s=3.0, after_speed_fw_per_s=-2.5)
    assert decided[0].is_stroke


def test_still_then_strokes_and_returns_decide_as_without_positions():
    """Held still 3 s, then stroke, return, stroke, return, stroke, and off the face fast:
    the same decisions as a sequencer that never saw where the hand was (only the last leg
    may be a departure, and it did not follow a rest)."""
    legs, start, t_s = [], REST_AT, 4.0
    for i in range(5):
        travel = AWAY * (1 if i % 2 == 0 else -1) * 1.5
        legs.append(leg(t_s, travel, start_fw=start, duration_s=0.8))
        start, t_s = start + travel, t_s + 1.0
    with_path, without = LegSequencer(MODEL, TIMEOUT_S), LegSequencer(MODEL, TIMEOUT_S)
    feed_path(with_path, 1.0, 4.0, REST_AT)
    for piece in legs:
        for t, point in zip(piece.t_s, piece.path_fw):
            with_path.note_position(float(t), point)
    feed_path(with_path, legs[-1].t_end_s, legs[-1].t_end_s + 0.25, legs[-1].path_fw[-1], AWAY * 12)
    decided = [d.is_stroke for d in with_path.add(legs) + with_path.close()]
    assert decided == [d.is_stroke for d in without.add(legs) + without.close()]
    assert decided == [True, False, True, False, True]


def test_rested_counts_a_flicker_off_the_face_but_not_a_move_or_a_hand_out_of_sight():
    t_s = np.arange(0.0, 3.0, 1.0 / FPS)
    still = np.tile(REST_AT, (len(t_s), 1)) + 0.03 * np.sin(t_s)[:, None]  # a slow drift
    assert rested_s(t_s, still, 3.0, MODEL.rest_gap_fw, TIMEOUT_S) == pytest.approx(3.0, abs=0.05)
    moved = still.copy()
    moved[t_s < 1.0] += 0.3  # came to rest at 1 s
    assert rested_s(t_s, moved, 3.0, MODEL.rest_gap_fw, TIMEOUT_S) == pytest.approx(2.0, abs=0.05)
    seen = (t_s < 1.0) | (t_s > 1.8)  # out of sight for 0.8 s
    assert rested_s(t_s[seen], still[seen], 3.0, MODEL.rest_gap_fw, TIMEOUT_S) == pytest.approx(1.2, abs=0.05)
    assert rested_s(t_s, still, -1.0, MODEL.rest_gap_fw, TIMEOUT_S) == 0.0


def test_departs_needs_both_the_rest_and_the_going():
    the_leg = leg(3.0, AWAY)
    before = np.arange(0.0, 3.0, 1.0 / FPS)
    after = np.arange(the_leg.t_end_s, the_leg.t_end_s + 0.3, 1.0 / FPS)
    direction = AWAY / np.linalg.norm(AWAY)

    def path(speed):
        going = the_leg.path_fw[-1] + (after - after[0])[:, None] * direction * speed
        return (np.concatenate([before, the_leg.t_s, after]),
                np.concatenate([np.tile(REST_AT, (len(before), 1)), the_leg.path_fw, going]))
    assert departs([the_leg], *path(2.5), MODEL, TIMEOUT_S)
    assert not departs([the_leg], *path(0.3), MODEL, TIMEOUT_S)
    t_s, points = path(2.5)
    assert not departs([leg(0.5, AWAY)], t_s, points, MODEL, TIMEOUT_S)  # right after the landing
    assert not departs([], t_s, points, MODEL, TIMEOUT_S)


def test_the_departure_cue_outweighs_the_leaving_prior_in_the_model():
    """One leg on the skin, alone in a closed visit: a stroke by the leaving prior, not one
    when it is the start of the hand's going after a rest."""
    the_leg = [leg(3.0, AWAY, duration_s=0.6)]
    assert stroke_probabilities(the_leg, [], closed=True, model=MODEL)[0] > 0.9
    assert stroke_probabilities(the_leg, [], closed=True, model=MODEL, departed=True)[0] < 0.5
