"""Whether the last leg of a visit is the hand leaving rather than a stroke: a cue for
`feedback.legs`.

A hand that lay still on the skin (a chin resting on it, a hand left on the cheek) and then
slides straight off the face makes one leg that looks like a stroke. A stroke ends on the
skin: the hand stops, or lifts into its return; a hand that rested and goes does not stop.
"""

from __future__ import annotations

import numpy as np

from feedback.config import LegModel
from feedback.stroke import Stroke


def rested_s(t_s: np.ndarray, points_fw: np.ndarray, until_s: float, radius_fw: float,
             track_timeout_s: float) -> float:
    """How long the hand stayed within `radius_fw` of where it was at `until_s`, just before
    it (its path: times (n,), points (n, 2), on the face or not: a hand resting at the face's
    edge, a chin on a hand, flickers off it). 0 when it was moving, or not seen; a hand
    unseen longer than the tracks' timeout was not resting."""
    upto = int(np.searchsorted(t_s, until_s, side="right"))
    if upto == 0:
        return 0.0
    anchor, start = points_fw[upto - 1], upto - 1
    while start > 0 and t_s[start] - t_s[start - 1] <= track_timeout_s and \
            float(np.linalg.norm(points_fw[start - 1] - anchor)) <= radius_fw:
        start -= 1
    return float(until_s - t_s[start])


def runs_off(leg: Stroke, t_s: np.ndarray, points_fw: np.ndarray, model: LegModel) -> bool:
    """After `leg` the hand went on the same way faster than any stroke until it was last
    seen (its path: times (n,), points (n, 2)): it slid off the face without stopping, the
    leg was the start of its going."""
    after = t_s >= leg.t_end_s
    if after.sum() < 2:
        return False
    span_s = float(t_s[after][-1] - t_s[after][0])
    moved = points_fw[after][-1] - points_fw[after][0]
    return span_s > 0 and float(np.linalg.norm(moved)) / span_s > model.air_speed_fw_per_s \
        and float(moved @ leg.travel_fw) > 0


def departs(legs: list[Stroke], t_s: np.ndarray, points_fw: np.ndarray, model: LegModel,
            track_timeout_s: float) -> bool:
    """The last leg is a hand leaving, not a stroke: it lay still on the skin for
    `departure_rest_s` or more before it, and slid straight off the face after it
    (`runs_off`). A hand that holds still before a stroke ends the stroke on the skin (it
    stops, or lifts into its return); a hand that rested there and goes does not stop."""
    if not legs:
        return False
    last = legs[-1]
    rested = rested_s(t_s, points_fw, last.t_start_s, model.rest_gap_fw, track_timeout_s)
    return rested >= model.departure_rest_s and runs_off(last, t_s, points_fw, model)
