"""When two legs in a row are one stroke: a stroke that rests on the skin half-way, or that
jittery landmarks cut in pieces, goes on from where it stopped, soon, the same way.
Used where a touch is cut (`feedback.strokes`) and where legs are decided (`feedback.legs`).
"""

from __future__ import annotations

import math

import numpy as np

from feedback.config import LegModel
from feedback.leg_size import rise_in_middle, risen_between
from feedback.stroke import Stroke


def cos_of(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine of the angle between two moves (2,), face widths (0 when one is no move)."""
    lengths = float(np.linalg.norm(a)) * float(np.linalg.norm(b))
    return float(a @ b) / lengths if lengths > 0 else 0.0


def same_way(a: np.ndarray, b: np.ndarray, model: LegModel) -> bool:
    """Two moves (2,), face widths, go within `same_way_deg` of each other (never when
    one of them is no move)."""
    return bool(np.any(a) and np.any(b) and cos_of(a, b) >= math.cos(math.radians(model.same_way_deg)))


def cos_between(before: Stroke, after: Stroke) -> float:
    """Cosine of the angle between two legs' directions (0 when one did not move)."""
    return cos_of(before.travel_fw, after.travel_fw)


def continues(before: Stroke, after: Stroke, model: LegModel) -> bool:
    """`after` goes on with `before`: it starts where `before` stopped, soon, the same way
    (a rest on the skin half-way, or a stroke that jittery landmarks cut in pieces), and
    the two stay within a stroke's length (`stroke_max_fw`, see `feedback.strokes`)."""
    gap_fw = float(np.linalg.norm(after.path_fw[0] - before.path_fw[-1]))
    return (after.t_start_s - before.t_end_s <= model.rest_s and gap_fw <= model.rest_gap_fw
            and same_way(before.travel_fw, after.travel_fw, model)
            and float(np.linalg.norm(after.path_fw[-1] - before.path_fw[0])) <= model.stroke_max_fw)


def joined(before: Stroke, after: Stroke) -> Stroke:
    """One leg made of two in a row."""
    palm = None if before.palm_fw is None or after.palm_fw is None else \
        np.concatenate([before.palm_fw, after.palm_fw])
    return Stroke(before.hand, np.concatenate([before.t_s, after.t_s]),
                  np.concatenate([before.path_fw, after.path_fw]), palm)


def joinable(before: Stroke, after: Stroke, model: LegModel) -> bool:
    """`after` goes on with `before` (`continues`) as one stroke on the skin: no rise where
    they meet (`risen_between`), and neither rose inside above both its ends as a return
    does (`rise_in_middle` of `return_bump` or more): a stroke does not lift half-way and go
    on. A long sweep whose palm grows or shrinks end to end (the hand turning, nearer the
    camera at one end) or one frame's misread size is no rise."""
    return (continues(before, after, model) and not risen_between(before, after, model.return_bump)
            and max(rise_in_middle(before.palm_fw), rise_in_middle(after.palm_fw)) < model.return_bump)
