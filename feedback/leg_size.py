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


def steady_palm(palm_fw: np.ndarray) -> np.ndarray:
    """The palm sizes with one-frame misreads taken out: each the median of itself and its
    two neighbours (at the ends, of the first or last three). A hand does not look 15 %
    smaller for one frame and back the next; a detection that slipped for a frame does."""
    palm = np.asarray(palm_fw, dtype=float)
    n = len(palm)
    if n < 3:
        return palm.copy()
    windows = np.stack([palm[np.clip(np.arange(n) + d, 0, n - 1)] for d in (-1, 0, 1)])
    windows[:, 0], windows[:, -1] = palm[:3], palm[-3:]  # the ends: their first or last three
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all nan: stays nan
        return np.nanmedian(windows, axis=0)


def rise_in_middle(palm_fw: np.ndarray | None) -> float:
    """How much bigger the palm rose inside a leg than at the bigger of its two ends (0.05 =
    5 % bigger; negative when not bigger): the highest of the palm's running median over five
    samples between its first and last sixths, against the median of each sixth, one-frame
    misreads taken out first (`steady_palm`). A return lifts somewhere inside, above both
    ends; a stroke that sweeps across the face, the hand turning or coming nearer the camera
    on its way, grows or shrinks from one end to the other but does not rise above both
    (`size_bump` compares the middle half with the ends' mean instead)."""
    if palm_fw is None or len(palm_fw) < 6 or not np.isfinite(palm_fw).any():
        return 0.0
    palm = steady_palm(palm_fw)
    n = len(palm)
    k = max(1, n // 6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        ends = max(np.nanmedian(palm[:k]), np.nanmedian(palm[-k:]))
        inner = [np.nanmedian(palm[max(0, i - 2):i + 3]) for i in range(k, n - k)]
        top = np.nanmax(inner) if inner else np.nan
    return float(top / ends - 1.0) if ends > 0 and np.isfinite(top) else 0.0


def risen_between(before: Stroke, after: Stroke, rise: float) -> bool:
    """The hand looked risen above the skin where `after` follows `before`: the palm over
    the last few samples of `before` and the first few of `after` is bigger than at the
    outer ends of the two (the start of `before`, the end of `after`) by more than `rise`
    (0.03 = 3 %), as in the middle of a return (`size_bump`). A stroke does not lift
    half-way and go on: across a rise too small for the contact to call a lift, the hand
    came down for another leg. A palm that grows or shrinks steadily along the two (one
    end nearer the camera) is no rise, nor is a one-frame misread (`steady_palm`)."""
    if before.palm_fw is None or after.palm_fw is None:
        return False
    k = max(2, min(len(before.palm_fw), len(after.palm_fw)) // 4)
    first, second = steady_palm(before.palm_fw), steady_palm(after.palm_fw)  # one-frame misreads out
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all nan: no size seen, no rise
        ends = (np.nanmedian(first[:k]) + np.nanmedian(second[-k:])) / 2
        here = np.nanmedian(np.concatenate([first[-k:], second[:k]]))
    return bool(ends > 0 and here > ends * (1.0 + rise))


def hopped(before: Stroke, after: Stroke, gap_palm_fw: np.ndarray, rise: float, near_fw: float) -> bool:
    """The hand rose off the skin between two legs and came down where it rose: `after`
    starts within `near_fw` of where `before` ended, and the palm over the middle half of
    the samples between them (`gap_palm_fw`, (n,)) is bigger than at both legs' ends next
    to the gap by more than `rise` (0.03 = 3 %). A lift that does not travel is no leg: the
    hand lifts where one stroke ended and comes down there for the next, which sets off
    back the way the last one came; only the palm's rise tells it from a rest on the skin.
    Fewer than four samples between the legs tell nothing."""
    if before.palm_fw is None or after.palm_fw is None or len(gap_palm_fw) < 4:
        return False
    if float(np.linalg.norm(after.path_fw[0] - before.path_fw[-1])) > near_fw:
        return False
    k = max(2, min(len(before.palm_fw), len(after.palm_fw)) // 4)
    n = len(gap_palm_fw)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all nan: no size seen, no rise
        ends = max(np.nanmedian(steady_palm(before.palm_fw)[-k:]), np.nanmedian(steady_palm(after.palm_fw)[:k]))
        middle = np.nanmedian(np.asarray(gap_palm_fw, dtype=float)[n // 4:n - n // 4])
    return bool(ends > 0 and middle > ends * (1.0 + rise))
