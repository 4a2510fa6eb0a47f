"""A person's face shape: where their brows, eyes, nose tip, jaw and chin sit in the face
frame, against the template's heights (`vision.face_template.LEVELS_FW`).

Faces differ in proportions the face frame (a similarity fit) cannot undo: one person's
chin is 0.77 face widths below the nose bridge, another's 0.92. The massage zones are
drawn on the template's proportions, so a contact point is moved from the person's face
onto the template's by a piecewise-linear map of its height through these levels (beyond
the brows and below the chin: shifted, not stretched, so the forehead and the neck keep
their size). The shape is learned from the first frames in which the face is seen whole
and nearly frontal, then kept: live and in review alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vision.face_template import LEVEL_PAIRS, LEVELS_FW

# Heights closer than this (face widths) are not a usable shape (a bad fit).
MIN_LEVEL_GAP_FW = 0.05


def _warp(y: np.ndarray, source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Piecewise-linear through (source, target) knots, slope 1 beyond the ends."""
    inside = np.interp(y, source, target)
    return np.where(y < source[0], y - source[0] + target[0],
                    np.where(y > source[-1], y - source[-1] + target[-1], inside))


@dataclass(frozen=True)
class FaceShape:
    """levels_fw: the person's heights of `LEVEL_PAIRS` in their face frame (face widths,
    y toward the chin), increasing. The default is the template's own (no change)."""

    levels_fw: tuple[float, ...] = LEVELS_FW

    def to_standard(self, points_fw: np.ndarray) -> np.ndarray:
        """(..., 2) points on the person's face -> the same spots on the template's face."""
        return self._map(points_fw, np.array(self.levels_fw), np.array(LEVELS_FW))

    def to_person(self, points_fw: np.ndarray) -> np.ndarray:
        """The inverse of `to_standard`."""
        return self._map(points_fw, np.array(LEVELS_FW), np.array(self.levels_fw))

    def _map(self, points_fw: np.ndarray, source: np.ndarray, target: np.ndarray) -> np.ndarray:
        points_fw = np.asarray(points_fw, dtype=np.float64)
        if self.levels_fw == LEVELS_FW:
            return points_fw
        return np.stack([points_fw[..., 0], _warp(points_fw[..., 1], source, target)], axis=-1)


STANDARD_SHAPE = FaceShape()
LEVEL_INDICES = np.array(LEVEL_PAIRS)  # (k, 2)


class FaceShapeLearner:
    """The median of a person's level heights over the first `max_samples` clean views.

    A clean view: the face found whole (no hand over the level landmarks) and turned and
    nodded less than `max_turn_rad`; `FaceFrameTracker` decides which frames qualify.
    Until `min_samples` are in, the template's shape stands in.
    """

    def __init__(self, min_samples: int = 10, max_samples: int = 90,
                 max_turn_rad: float = np.radians(30.0)):
        self.min_samples = min_samples
        self.max_samples = max_samples
        self.max_turn_rad = max_turn_rad
        self._samples: list[np.ndarray] = []
        self.shape = STANDARD_SHAPE

    @property
    def learned(self) -> bool:
        """The shape is settled: later views change nothing."""
        return len(self._samples) >= self.max_samples

    def wants(self, yaw_rad: float, pitch_rad: float) -> bool:
        """A view turned and nodded this much would be used (cheap: ask before measuring)."""
        return not self.learned and max(abs(yaw_rad), abs(pitch_rad)) < self.max_turn_rad

    def update(self, levels_fw: np.ndarray, yaw_rad: float, pitch_rad: float) -> FaceShape:
        """levels_fw: (k,) this view's heights of `LEVEL_PAIRS` on the person's face frame."""
        if self.wants(yaw_rad, pitch_rad) and _usable(levels_fw):
            self._samples.append(np.asarray(levels_fw, dtype=np.float64))
            if len(self._samples) >= self.min_samples:
                median = np.median(self._samples, axis=0)
                if _usable(median):
                    self.shape = FaceShape(tuple(float(v) for v in median))
        return self.shape


def _usable(levels_fw: np.ndarray) -> bool:
    return bool(np.all(np.diff(levels_fw) >= MIN_LEVEL_GAP_FW))
