"""Which legs of a back-and-forth are strokes, and which are the returns between them.

On the face a hand moves in legs: stroke, return, stroke, ... A webcam sees no depth: a
return with the fingers lifted 2-4 cm makes the hand only 4-10 % bigger, so one leg alone
is often ambiguous. The structure of a massage is not: the first leg after the hand lands
is a stroke (the person lands where the stroke starts), a return goes back the way the
stroke came, a leg that goes the same way as the one before (or comes after a clear lift)
is the next stroke, and the last leg before the hand leaves is a stroke. A two-state model
(stroke / return) over the legs of one visit of the hand combines this structure with the
size cue (the palm grows in the middle of a return and not during a stroke) and the pace
cue (`feedback.leg_pace`: a stroke goes at this hand's strokes' pace, and a leg that goes
its zone's path in reverse faster than that is the way back), by forward-backward. A leg
is decided once the next leg is known (or the visit ends, or `wait_s` passes), so the
same decision serves a live camera and a recorded review.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from feedback.config import LegModel
from feedback.leg_departure import departs
from feedback.leg_joins import cos_between, joinable, joined
from feedback.leg_pace import StrokePace, pace_evidence, travel_speed_fw_per_s
from feedback.leg_size import hopped, size_bump
from feedback.stroke import Stroke

STROKE, RETURN, AIR = 0, 1, 2  # AIR: a hand in front of the face, not at its depth
_TOUCH_PALM_LEGS = 10  # this hand's touching size: from its last this-many sure strokes...
_MIN_TOUCH_PALM_LEGS = 3  # ...once there are this many
_KEPT_DECIDED_LEGS = 12  # decided legs kept as context in a long visit
_KEPT_LIFTS = 50  # the last lift moments seen (a lift matters only between the last legs)
_NEVER = -50.0  # log-likelihood of a role a leg cannot have
_KEPT_PATH_S = 12.0  # the hand's path kept (the longest leg and the rest before it)


@dataclass(frozen=True)
class DecidedLeg:
    """A leg with its decision. p_stroke: the model's probability that it is a stroke."""

    stroke: Stroke
    is_stroke: bool
    p_stroke: float


def settling(palm_fw: np.ndarray | None) -> float:
    """How much bigger the palm is at the start of a leg than at its end (log: 0 = the same,
    0.05 = 5 % bigger): a hand still coming down onto the skin while it moves."""
    if palm_fw is None or len(palm_fw) < 4 or not np.isfinite(palm_fw).any():
        return 0.0
    k = max(2, len(palm_fw) // 4)
    start, end = np.nanmedian(palm_fw[:k]), np.nanmedian(palm_fw[-k:])
    return float(math.log(start / end)) if start > 0 and end > 0 else 0.0


def landing_prior(legs: list[Stroke], model: LegModel) -> float:
    """How likely the first leg of a visit is a stroke. The person lands where the stroke
    starts (`first_is_stroke`), once the hand is down. A first leg during which the palm
    still shrinks (`settling`) by about a small lift's growth (`landing_settle`) or more,
    brief beside the leg that then goes back the other way (`landing_brevity` times longer:
    a return is rarely that much longer than its stroke), is likelier the hand sliding, as
    it comes down, to where the stroke starts: that it lands for a stroke then says nothing
    of which of the two legs is the stroke (alone, the leg is the one it landed for)."""
    if len(legs) < 2:
        return model.first_is_stroke
    first, second = legs[0], legs[1]
    settled = min(max(settling(first.palm_fw) / model.landing_settle, 0.0), 1.0)
    longer = max(second.duration_s, 1e-6) / max(first.duration_s, 1e-6)
    brief = math.log(longer) / math.log(model.landing_brevity)
    down = settled * min(max(brief, 0.0), 1.0) * max(-cos_between(first, second), 0.0)
    return model.first_is_stroke * (1.0 - down) + 0.5 * down


def _shortness(leg: Stroke, model: LegModel) -> float:
    """1 for a leg as long as a stroke usually is, down to 0 for one that did not move."""
    return min(1.0, float(np.linalg.norm(leg.travel_fw)) / model.direction_length_fw)


def emission_log(leg: Stroke, model: LegModel, touch_palm_fw: float,
                 stroke_pace: tuple[float, float] | None = None, against_path: bool = False) -> np.ndarray:
    """(3,) log-likelihood of a leg as a stroke, a return and a hand in the air.

    Bump: its likelihood under each role (`LegModel`): a return's middle is lifted, a
    stroke's is not (its ends may be: the landing before it, the lift-off after it); the
    difference is capped at `max_size_evidence` (less for a leg shorter than
    `size_evidence_s`: fewer frames). Size: a stroke and a return are near the face's
    depth, about as big as this hand when it touches (`touch_palm_fw`); a hand in the air
    (a wave, a hand passing by) is rarer (`air_prior`) and nearer the camera: more than two
    spreads bigger. Speed: a leg much faster than any stroke is in the air. Length: a stroke
    moves the skin some way (`stroke_min_fw`) and stays on its zone (`stroke_max_fw`); a
    return may land right beside where it lifted, or carry the hand to the next zone. Pace:
    a leg that shows no lift and is as long and slow as this hand's strokes (`stroke_pace`,
    `feedback.leg_pace`) is likelier a stroke. Before this hand's pace is known, a typical
    person's stroke (`stroke_s`, `stroke_fw_per_s`) tells only of a brief piece that moves
    the skin much less than any stroke (a piece of a way back): people's paces differ too
    much for a leg as slow as a typical stroke to be likelier one."""
    bump = size_bump(leg.palm_fw)
    stroke = -max(bump - model.stroke_bump, 0.0) / model.stroke_bump_scale - math.log(model.stroke_bump_scale)
    back = -max(model.return_bump - bump, 0.0) / model.return_bump_scale - math.log(model.return_bump_scale)
    cap = model.max_size_evidence * min(1.0, leg.duration_s / model.size_evidence_s)
    size = float(np.clip(stroke - back, -cap, cap))
    length_fw = float(np.linalg.norm(leg.travel_fw))
    short_fw, long_fw = max(model.stroke_min_fw - length_fw, 0.0), max(length_fw - model.stroke_max_fw, 0.0)
    span = -0.5 * (short_fw / model.stroke_min_sd_fw) ** 2 - 0.5 * (long_fw / model.stroke_max_sd_fw) ** 2
    near_face = in_air = 0.0
    if leg.palm_fw is not None and np.isfinite(leg.palm_fw).any():
        excess = math.log(float(np.nanmedian(leg.palm_fw)) / touch_palm_fw) - 2 * model.touch_palm_log_sd
        near_face = -0.5 * (max(excess, 0.0) / model.touch_palm_log_sd) ** 2
        in_air = -0.5 * (min(excess, 0.0) / model.touch_palm_log_sd) ** 2
    # Faster than any massage stroke (about twice the fastest a profile allows): a wave, a
    # hand passing by, not a hand on the skin.
    hurried = -0.5 * (max(leg.speed_fw_per_s - model.air_speed_fw_per_s, 0.0) / model.air_speed_sd_fw_per_s) ** 2
    if stroke_pace is None:
        pace = min(pace_evidence(leg, bump, model, (model.stroke_s, model.stroke_fw_per_s)), 0.0)
    else:
        pace = pace_evidence(leg, bump, model, stroke_pace, against_path)
    return np.array([size + span + near_face + hurried + pace,
                     near_face + hurried, math.log(model.air_prior) + in_air])


def transition_log(before: Stroke, after: Stroke, lifted_between: bool, model: LegModel) -> np.ndarray:
    """(3, 3) log-weights of the roles of two consecutive legs [before role, after role]
    (not normalised: only their ratios matter to `stroke_probabilities`).

    Legs that go opposite ways alternate (stroke -> return -> stroke); legs that go the same
    way are both strokes (the return between them was in the air or out of sight), and the
    legs on both sides of a clear lift are strokes. A stroke is slow and even, the return
    that brings the hand back is quicker: of two opposite legs, the quicker is likelier the
    return (by the ratio of their speeds, not by a pace: people differ). A short leg's
    direction says little (a return that lands next to where it lifted, e.g. after a
    reversed stroke): its weight in the cosine and the speed ratio shrinks with its length
    below `direction_length_fw`. A hand in the air may
    stay there for any number of legs, and comes down to (or rises from) a stroke more often
    than a return."""
    certainty = _shortness(before, model) * _shortness(after, model)
    cos = cos_between(before, after) * certainty
    opposite = 1.0 / (1.0 + math.exp(model.direction_steepness * cos))
    two_returns = 1.0 - (1.0 - model.two_returns) * certainty  # a hop often comes in two pieces
    switch = model.air_switch
    # Of two legs that undo each other, the quicker one is likelier the return.
    speeds = travel_speed_fw_per_s(before) / travel_speed_fw_per_s(after)
    quicker = 1.0 / (1.0 + speeds ** (model.speed_steepness * certainty))
    weights = np.array([[1.0 - opposite, opposite * 2 * quicker, switch],  # stroke -> stroke, return, air
                        [opposite * 2 * (1 - quicker), two_returns * (1.0 - opposite), switch * model.two_returns],
                        [switch, switch * model.two_returns, 1.0]])
    if lifted_between:  # stroke, lift, the way back in the air, stroke
        weights[:, STROKE] *= model.stroke_by_lift
        weights[STROKE, :] *= model.stroke_by_lift
    return np.log(np.maximum(weights, 1e-9))


def _oscillates(before: Stroke, after: Stroke, lifted_between: bool, model: LegModel) -> bool:
    """Two legs of a quick oscillation: both quick, the second going back the way the first
    came (turned by more than 120 degrees), nothing lifted between them."""
    return (not lifted_between and max(before.duration_s, after.duration_s) < model.oscillation_leg_s
            and cos_between(before, after) < -0.5)


def oscillation_runs(legs: list[Stroke], lifts: list[bool], model: LegModel) -> list[tuple[int, int]]:
    """The runs [start, end) of legs that oscillate with their neighbours (`_oscillates`),
    of two legs or more, in order."""
    runs, start = [], 0
    for i in range(1, len(legs) + 1):
        if i == len(legs) or not _oscillates(legs[i - 1], legs[i], lifts[i - 1], model):
            if i - start >= 2:
                runs.append((start, i))
            start = i
    return runs


def quick_oscillation(legs: list[Stroke], lifts: list[bool], model: LegModel) -> np.ndarray:
    """(n,) the legs of a quick oscillation: `oscillation_legs` or more in a row that go
    back and forth, each quicker than `oscillation_leg_s`, with no lift. A wave in front of
    the face, a scratch, a rub: the hand goes back the way it came as quickly as it went,
    again and again. Massage alternates a stroke on the skin with a lifted way back, and
    even a hurried stroke is not followed by two more legs as quick."""
    mask = np.zeros(len(legs), dtype=bool)
    for start, end in oscillation_runs(legs, lifts, model):
        if end - start >= model.oscillation_legs:
            mask[start:end] = True
    return mask


def stroke_probabilities(legs: list[Stroke], lifts: list[bool], closed: bool,
                         model: LegModel, touch_palm_fw: float | None = None,
                         landed: bool = True, departed: bool = False,
                         stroke_pace: tuple[float, float] | None = None,
                         against_path: list[bool] | None = None) -> np.ndarray:
    """(n,) probability that each leg of one visit is a stroke (forward-backward).

    lifts[i]: a clear lift separated leg i from leg i + 1 (n - 1 values).
    closed: the hand has left the face after the last leg (which is then likely a stroke).
    touch_palm_fw: this hand's palm size when it touches the face (default: the model's).
    stroke_pace: how this hand's strokes are paced (`feedback.leg_pace.StrokePace.typical`;
    None before it is known: a typical person's tells of brief pieces, `emission_log`).
    landed: the first leg is the first of the visit (the hand had just landed).
    departed: the visit is closed by the hand leaving straight from its last leg after a
    rest (`feedback.leg_departure.departs`): that leg is the start of its going, rarely a
    stroke (and, alone in the visit, no stroke the hand landed for: it had lain still for
    seconds before it).
    """
    n = len(legs)
    touch_palm_fw = touch_palm_fw or model.touch_palm_fw
    against_path = against_path or [False] * n
    emit = np.array([emission_log(leg, model, touch_palm_fw, stroke_pace, against)
                     for leg, against in zip(legs, against_path)])
    emit[quick_oscillation(legs, lifts, model), :AIR] = _NEVER  # not massage: neither role
    # A hand that lands on the face starts with a stroke, and leaves after one; a hand in
    # the air has not landed (its weight stays 1). A hand that goes after lying still did
    # neither: it did not land for its one leg (the rest came between), nor end a stroke.
    landed = landed and not (closed and departed and n == 1)
    first_is_stroke = landing_prior(legs, model)
    first = np.log([first_is_stroke, 1.0 - first_is_stroke, 1.0]) if landed else np.zeros(3)
    last_is_stroke = model.departure_is_stroke if departed else model.last_is_stroke
    last = np.log([last_is_stroke, 1.0 - last_is_stroke, 1.0]) if closed else np.zeros(3)
    steps = [transition_log(legs[i], legs[i + 1], lifts[i], model) for i in range(n - 1)]
    forward = np.zeros((n, 3))
    forward[0] = first + emit[0]
    for i, step in enumerate(steps):
        forward[i + 1] = emit[i + 1] + np.logaddexp.reduce(forward[i][:, None] + step, axis=0)
    backward = np.zeros((n, 3))
    backward[-1] = last
    for i in range(n - 2, -1, -1):
        backward[i] = np.logaddexp.reduce(steps[i] + (emit[i + 1] + backward[i + 1])[None, :], axis=1)
    posterior = forward + backward
    posterior -= np.logaddexp.reduce(posterior, axis=1, keepdims=True)
    return np.exp(posterior[:, STROKE])


class LegSequencer:
    """Follows one hand's visits to the face and decides its legs, one leg late.

    Feed it the hand's candidate strokes (`add`), the lifts seen between them
    (`note_lift`), where the hand is (`note_position`) and the end of a visit (`close`);
    each call returns the legs decided.
    """

    def __init__(self, model: LegModel, track_timeout_s: float,
                 against_path: Callable[[Stroke], bool] = lambda leg: False):
        self.model = model
        self.against_path = against_path  # the leg goes its zone's expected way reversed
        self.track_timeout_s = track_timeout_s  # a hand unseen longer than this was lost
        self._touch_palms: deque[float] = deque(maxlen=_TOUCH_PALM_LEGS)
        self._pace = StrokePace()  # how this hand's strokes are paced
        self._landed = True  # the first leg held is the visit's first
        self._legs: list[Stroke] = []
        self._lifts: list[bool] = []
        self._lift_times: deque[float] = deque(maxlen=_KEPT_LIFTS)
        self._decided = 0
        self._path: deque[tuple[float, float, float]] = deque()  # (t, x, y): where the hand was

    def add(self, legs: list[Stroke]) -> list[DecidedLeg]:
        for leg in legs:  # joined to the leg before when it goes on with it, not across a lift or a rise
            lifted = bool(self._legs) and self._lifted_between(self._legs[-1], leg)
            if self._decided < len(self._legs) and not lifted and joinable(self._legs[-1], leg, self.model):
                self._legs[-1] = joined(self._legs[-1], leg)
                continue
            if self._legs:
                self._lifts.append(lifted)
            self._legs.append(leg)
        surplus = self._decided - _KEPT_DECIDED_LEGS
        if surplus > 0:  # a long visit: the legs decided long ago no longer matter
            self._legs, self._lifts = self._legs[surplus:], self._lifts[surplus:]
            self._decided -= surplus
            self._landed = False
        return self._decide(upto=self._undecidable_from(), closed=False)

    def _undecidable_from(self) -> int:
        """The legs that can be decided now: all but the last, and none of a quick
        back-and-forth still too short to tell (`quick_oscillation`) that reaches the last
        leg: whether it is a wave or a hurried stroke and its return shows in the next leg."""
        upto = len(self._legs) - 1
        runs = oscillation_runs(self._legs, self._lifts, self.model)
        if runs and runs[-1][1] == len(self._legs) and runs[-1][1] - runs[-1][0] < self.model.oscillation_legs:
            upto = min(upto, runs[-1][0])
        return upto

    def note_position(self, t_s: float, point_fw: np.ndarray, palm_fw: float = math.nan) -> None:
        """The hand was at `point_fw` at t_s (touching or not, on the face or just off it),
        its palm `palm_fw` big (nan: not seen)."""
        self._path.append((t_s, float(point_fw[0]), float(point_fw[1]), float(palm_fw)))
        while t_s - self._path[0][0] > _KEPT_PATH_S:
            self._path.popleft()

    def _path_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Where the hand was: times (n,), points (n, 2) and palm sizes (n,)."""
        path = np.array(self._path, dtype=float).reshape(-1, 4)
        return path[:, 0], path[:, 1:3], path[:, 3]

    def _lifted_between(self, before: Stroke, after: Stroke) -> bool:
        """The hand was off the skin between two legs: clearly lifted (`note_lift`), or
        risen and come down where it rose (`hopped`: the way back before a stroke that sets
        off where the last one ended, in reverse)."""
        if any(before.t_end_s <= t <= after.t_start_s for t in self._lift_times):
            return True
        t_s, _, palm_fw = self._path_arrays()
        between = (t_s > before.t_end_s) & (t_s < after.t_start_s)
        return hopped(before, after, palm_fw[between], self.model.return_bump, self.model.rest_gap_fw)

    def note_lift(self, t_s: float) -> None:
        """The hand was clearly off the skin at t_s (while over the face)."""
        self._lift_times.append(t_s)

    def waiting(self, t_s: float, next_forming: bool = False) -> list[DecidedLeg]:
        """Decide the last leg without the next one when none came for `wait_s` (and none
        is `next_forming`: the hand moving on the skin is the next leg, or the same stroke
        going on after a rest)."""
        if self._legs and self._decided < len(self._legs) and not next_forming and \
                t_s - self._legs[-1].t_end_s >= self.model.wait_s:
            return self._decide(upto=len(self._legs), closed=False)
        return []

    def close(self, before_s: float = math.inf) -> list[DecidedLeg]:
        """The hand left the face: decide what is left (the legs that ended before
        `before_s`; the others are dropped); the next leg starts a new visit."""
        kept = max(self._decided, sum(leg.t_end_s <= before_s for leg in self._legs))
        self._legs, self._lifts = self._legs[:kept], self._lifts[:max(kept - 1, 0)]
        t_s, points_fw, _ = self._path_arrays()
        departed = self._decided < len(self._legs) and departs(
            self._legs, t_s, points_fw, self.model, self.track_timeout_s)
        decided = self._decide(upto=len(self._legs), closed=True, departed=departed)
        self._legs, self._lifts, self._decided = [], [], 0
        self._lift_times.clear()
        self._landed = True
        return decided

    def _decide(self, upto: int, closed: bool, departed: bool = False) -> list[DecidedLeg]:
        if upto <= self._decided:
            return []
        p_stroke = stroke_probabilities(self._legs, self._lifts, closed and upto == len(self._legs),
                                        self.model, self.touch_palm_fw, self._landed, departed,
                                        self._pace.typical, [self.against_path(leg) for leg in self._legs])
        decided = [DecidedLeg(self._legs[i], bool(p_stroke[i] >= 0.5), float(p_stroke[i]))
                   for i in range(self._decided, upto)]
        self._decided = upto
        for leg in decided:  # this hand's touching size and pace, from the strokes it judges
            if leg.p_stroke >= self.model.sure_p:
                self._pace.note(leg.stroke)
                if leg.stroke.palm_fw is not None:
                    self._touch_palms.append(float(np.nanmedian(leg.stroke.palm_fw)))
        return decided

    @property
    def touch_palm_fw(self) -> float:
        """The palm's size when this hand touches the face: the median over its last sure
        strokes, or the model's (a typical hand) before there are enough."""
        if len(self._touch_palms) < _MIN_TOUCH_PALM_LEGS:
            return self.model.touch_palm_fw
        return float(np.median(self._touch_palms))
