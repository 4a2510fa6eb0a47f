"""A stroke (or any leg of motion on the skin) as the stages after the cut see it: one
hand's working point over time, in the face frame, with the palm's size beside it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vision.landmarks import Side


@dataclass(frozen=True)
class Stroke:
    """One stroke of one hand.

    t_s: (n,) sample times in seconds; path_fw: (n, 2) working point in the face frame;
    palm_fw: (n,) the palm's size in face widths (the depth cue, see `feedback.legs`), or
    None when not known.
    """

    hand: Side
    t_s: np.ndarray
    path_fw: np.ndarray
    palm_fw: np.ndarray | None = None

    @property
    def t_start_s(self) -> float:
        return float(self.t_s[0])

    @property
    def t_end_s(self) -> float:
        return float(self.t_s[-1])

    @property
    def duration_s(self) -> float:
        return self.t_end_s - self.t_start_s

    @property
    def length_fw(self) -> float:
        """Length along the path, in face widths."""
        return float(np.linalg.norm(np.diff(self.path_fw, axis=0), axis=1).sum())

    @property
    def travel_fw(self) -> np.ndarray:
        """(2,) from start to end, in face widths."""
        return self.path_fw[-1] - self.path_fw[0]

    @property
    def speed_fw_per_s(self) -> float:
        return self.length_fw / self.duration_s if self.duration_s > 0 else 0.0

    def before_lift_off(self, lift_ratio: float) -> Stroke:
        """The stroke up to where the fingers leave the skin: without its last samples with
        the palm over `lift_ratio` times its touching size (its lower quartile here). The
        fingertips lifting off carry on in the air, and the cut may come only where they
        turn back. (The start is kept: the cut drops a landing the size shows; a palm still
        shrinking after it is the hand settling on the skin.) Whole when under 3 samples
        would be left or the palm is not known."""
        if self.palm_fw is None or not np.isfinite(self.palm_fw).any():
            return self
        with np.errstate(invalid="ignore"):
            lifting = self.palm_fw > np.nanquantile(self.palm_fw, 0.25) * lift_ratio
        settled = np.flatnonzero(~lifting)
        last = int(settled[-1]) if settled.size else -1
        if last < 2 or last == len(self.t_s) - 1:
            return self
        return Stroke(self.hand, self.t_s[:last + 1], self.path_fw[:last + 1], self.palm_fw[:last + 1])
