"""A leg's pace beside the same hand's own strokes: a cue for `feedback.legs`.

A return with a small lift looks, on a webcam, much like a stroke done the wrong way: both
go back the way the last stroke came, and a 2-4 cm lift makes the hand only 4-10 % bigger.
How the leg is paced tells them apart when the size does not: a stroke, reversed or not,
is as long and as slow as this person's strokes, while the way back is quicker and faster;
and a brief piece that moves the skin only a little is part of a way back, not a stroke.
People differ in pace, so the leg is compared with the hand's own sure strokes, not with
fixed figures; and by the time the hand moves, not the rests on the skin at a leg's ends.
"""

from __future__ import annotations

import math
from collections import deque

import numpy as np

from feedback.config import LegModel
from feedback.stroke import Stroke

_KEPT_STROKES = 10  # this hand's pace: from its last this-many sure strokes...
_MIN_STROKES = 3  # ...once there are this many
_MOVING_SHARE = 0.1  # a leg's pace: from 10 % of its way to 90 % (`moving_s`)


def moving_s(leg: Stroke) -> float:
    """How long the hand took to go the leg's way: the time from `_MOVING_SHARE` of the way
    to 1 - `_MOVING_SHARE` of it, scaled to the whole way (like a rise time). A stroke often
    rests on the skin before it sets off or after it arrives (the hand lands and presses,
    the fingers stay a moment before they lift): that time says nothing of its pace, and
    counted in, a stroke with a rest looks slow beside the way back that follows it."""
    length_fw = float(np.linalg.norm(leg.travel_fw))
    if length_fw <= 0 or len(leg.t_s) < 4:
        return leg.duration_s
    # How far along the leg's way the hand has come (0 to 1), never going back.
    progress = np.maximum.accumulate((leg.path_fw - leg.path_fw[0]) @ leg.travel_fw / length_fw ** 2)
    return float(min(max(_rise_time_s(progress, leg.t_s), 1e-3), leg.duration_s))


def _rise_time_s(progress: np.ndarray, t_s: np.ndarray) -> float:
    """The time from `_MOVING_SHARE` to 1 - `_MOVING_SHARE` of a progress from 0 to 1 that
    never goes back (one value a sample at `t_s`), scaled to the whole way."""
    t0_s, t1_s = np.interp([_MOVING_SHARE, 1.0 - _MOVING_SHARE], progress, t_s)
    return float((t1_s - t0_s) / (1.0 - 2 * _MOVING_SHARE))


def travel_speed_fw_per_s(leg: Stroke) -> float:
    """Start-to-end speed in face widths per second while moving (`moving_s`; a floor keeps
    ratios finite)."""
    return max(float(np.linalg.norm(leg.travel_fw)) / max(moving_s(leg), 1e-6), 1e-3)


# The time a stroke takes to go from 10 % to 90 % of its length along the skin, scaled to
# the whole length (as `moving_s`), is about 0.8 of its time moving on the skin when its
# speed rises and falls smoothly (a bell, as hands move; cosine-eased: 0.74, seen through
# the landmark filter a little more).
_MOVING_OF_SPAN = 0.8


def stroke_tempo(leg: Stroke) -> tuple[float, float]:
    """(time in s, speed in fw/s) of a leg as the protocol's pace means them.

    The time: how long the hand took to move the skin along the leg, from 10 % to 90 % of
    its length along the path, scaled to the whole, over `_MOVING_OF_SPAN`: not the rests
    at its ends, nor a landing or lift-off sample the cut kept at a low frame rate. (Along
    the path, not along the start-to-end way as `moving_s`: a wavering path makes progress
    along its length all the time.) At most the leg's duration.
    The speed: the median of its frame-to-frame speeds (one jumpy frame at a low frame rate
    or in blur does not make a stroke fast)."""
    if len(leg.t_s) < 2 or leg.duration_s <= 0:
        return leg.duration_s, 0.0
    dt_s = np.diff(leg.t_s)
    step_fw = np.linalg.norm(np.diff(leg.path_fw, axis=0), axis=1)
    along_fw = np.concatenate([[0.0], np.cumsum(step_fw)])
    time_s = leg.duration_s
    if len(leg.t_s) >= 4 and along_fw[-1] > 0:
        time_s = min(_rise_time_s(along_fw / along_fw[-1], leg.t_s) / _MOVING_OF_SPAN, leg.duration_s)
    speed = float(np.median(step_fw[dt_s > 0] / dt_s[dt_s > 0])) if (dt_s > 0).any() else 0.0
    return float(time_s), speed


class StrokePace:
    """How long this hand's strokes last and how fast they go while moving (`moving_s`; its
    last sure strokes)."""

    def __init__(self) -> None:
        self._paces: deque[tuple[float, float]] = deque(maxlen=_KEPT_STROKES)

    def note(self, stroke: Stroke) -> None:
        """A leg surely a stroke."""
        self._paces.append((moving_s(stroke), travel_speed_fw_per_s(stroke)))

    @property
    def typical(self) -> tuple[float, float] | None:
        """(duration in s, speed in fw/s): the medians over the last sure strokes, or None
        before there are enough."""
        if len(self._paces) < _MIN_STROKES:
            return None
        duration_s, speed_fw_per_s = np.median(np.array(self._paces), axis=0)
        return float(duration_s), float(speed_fw_per_s)


def pace_evidence(leg: Stroke, bump: float, model: LegModel,
                  typical: tuple[float, float] | None, against_path: bool = False) -> float:
    """Log-odds for a stroke (negative: for a return) from the leg's pace beside the hand's
    `typical` stroke (`StrokePace.typical`), at most `max_pace_evidence` either way.

    The way back lasts at most about `return_pace` of a stroke, or is 1 / `return_pace`
    faster. A leg at least as long and no faster than the strokes is likelier a stroke, the
    less so the more its palm grows in its middle (`bump`, `feedback.legs.size_bump`), from
    a stroke's bump (all of it) to a return's (none): a slow return is one the camera sees
    lift, so the pace tells only of legs that show no lift. (A stroke's bump varies by about
    as much as the two bumps differ: half of it already is too much to trust.) A quick leg
    alone says nothing (a too-fast stroke is quick too), but a brief piece that also moves
    the skin only a little (both under `return_pace` of a stroke, fully at its square) is a
    piece of the way back or the hand settling: a stroke moves the skin about as far as this
    person's other strokes. A leg that goes `against_path` (its zone's expected direction
    reversed) faster than a way back goes (1 / `return_pace` of a stroke's speed, fully at
    its square) is the way back after a stroke done right: a person who strokes the wrong
    way does it at their strokes' pace, and one who hurries it as well is better left
    unjudged than told "reversed" of a return."""
    if typical is None:
        return 0.0
    typical_s, typical_fw_per_s = typical
    steps = -math.log(model.return_pace)  # the ramps' width, in log ratio
    duration = math.log(moving_s(leg) / typical_s) / steps  # 0: as long, -1: return_pace of it
    speed = math.log(travel_speed_fw_per_s(leg) / typical_fw_per_s) / steps
    pressed = (model.return_bump - bump) / (model.return_bump - model.stroke_bump)
    stroke_paced = np.prod(np.clip([duration + 1.0, 1.0 - speed, pressed], 0.0, 1.0))
    piece = np.prod(np.clip([-duration - 1.0, -(duration + speed) - 1.0], 0.0, 1.0))
    hurried_back = float(np.clip(speed - 1.0, 0.0, 1.0)) if against_path else 0.0
    return model.max_pace_evidence * float(stroke_paced - max(piece, hurried_back))
