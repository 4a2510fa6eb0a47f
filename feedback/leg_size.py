"""How the hand's size changes along a leg: the cue a webcam has for a lift it cannot see in
depth (a 2-4 cm lift makes the hand only a few per cent bigger). A return lifts in its
middle; a stroke stays on the skin. Sizes are palm sizes in face widths (`Stroke.palm_fw`).
"""

from __future__ import annotations

import warnings

import numpy as np

from feedback.stroke import Stroke


def size_bump(palm_fw: np.ndarray | None) -> float:
    """How much bigger the palm is in the middle half of a leg than at its two ends (0 = the
    same, 0.05 = 5 % bigger): a return lifts in the middle, a stroke stays on the skin."""
    if palm_fw is None or len(palm_fw) < 4 or not np.isfinite(palm_fw).any():
        return 0.0
    n = len(palm_fw)
    k = max(1, n // 6)
    ends = (np.nanmedian(palm_fw[:k]) + np.nanmedian(palm_fw[-k:])) / 2
    middle = np.nanmedian(palm_fw[n // 4:n - n // 4])
    return float(middle / ends - 1.0) if ends > 0 and np.isfinite(middle) else 0.0


def risen_between(before: Stroke, after: Stroke, rise: float) -> bool:
    """The hand looked risen above the skin where `after` follows `before`: the palm over
    the last few samples of `before` and the first few of `after` is bigger than at the
    outer ends of the two (the start of `before`, the end of `after`) by more than `rise`
    (0.03 = 3 %), as in the middle of a return (`size_bump`). A stroke does not lift
    half-way and go on: across a rise too small for the contact to call a lift, the hand
    came down for another leg. A palm that grows or shrinks steadily along the two (one
    end nearer the camera) is no rise."""
    if before.palm_fw is None or after.palm_fw is None:
        return False
    k = max(2, min(len(before.palm_fw), len(after.palm_fw)) // 4)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all nan: no size seen, no rise
        ends = (np.nanmedian(before.palm_fw[:k]) + np.nanmedian(after.palm_fw[-k:])) / 2
        here = np.nanmedian(np.concatenate([before.palm_fw[-k:], after.palm_fw[:k]]))
    return bool(ends > 0 and here > ends * (1.0 + rise))
