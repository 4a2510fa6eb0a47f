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
    def heading_fw(self) -> np.ndarray:
        """(2,) the way it goes, in face widths: from the mean of its first quarter of samples
        to that of its last. A fingertip's landmark that jumps in the last or first frames (the
        fingers half hidden as they land or lift) turns `travel_fw` by tens of degrees on a
        short stroke, the stroke's way much less."""
        k = max(1, len(self.path_fw) // 4)
        return self.path_fw[-k:].mean(axis=0) - self.path_fw[:k].mean(axis=0)

    @property
    def speed_fw_per_s(self) -> float:
        return self.length_fw / self.duration_s if self.duration_s > 0 else 0.0

    def on_skin(self, lift_ratio: float) -> Stroke:
        """The stroke with the fingers on the skin: without the samples at its ends with the
        palm over `lift_ratio` times its touching size (its lower quartile here). At its end,
        the lift-off: the fingertips carry on in the air, and the cut may come only where
        they turn back. At its start (the last such sample in its first half and all before
        it), the hand still coming down, or the end of a way back that hopped onto where the
        stroke starts and was taken into it (a small lift, no sharp turn): counted in, it
        moves the stroke's start back over the way back. Whole when under 3 samples would be
        left or the palm is not known."""
        if self.palm_fw is None or not np.isfinite(self.palm_fw).any():
            return self
        with np.errstate(invalid="ignore"):
            lifting = self.palm_fw > np.nanquantile(self.palm_fw, 0.25) * lift_ratio
        settled = np.flatnonzero(~lifting)
        last = int(settled[-1]) if settled.size else -1
        coming_down = np.flatnonzero(lifting[:len(lifting) // 2])
        first = int(coming_down[-1]) + 1 if coming_down.size else 0
        if last - first < 2 or (first == 0 and last == len(self.t_s) - 1):
            return self
        kept = slice(first, last + 1)
        return Stroke(self.hand, self.t_s[kept], self.path_fw[kept], self.palm_fw[kept])
