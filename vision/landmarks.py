"""The contract between `vision` and `feedback`: what the tracker saw in one frame.

Coordinates here are image pixels (`_px`), x to the right, y down, in the frame as the
camera delivered it (not mirrored for display). Sides are the person's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Literal, get_args

import numpy as np

Side = Literal["left", "right"]
SIDES: tuple[Side, ...] = get_args(Side)  # the person's own sides, of the face and of the hands

N_HAND_POINTS = 21
N_FACE_POINTS = 468  # FaceMesh without iris refinement; 478 with it (both accepted)


class HandPoint(IntEnum):
    """MediaPipe Hands landmark indices used by the coach."""

    WRIST = 0
    THUMB_TIP = 4
    INDEX_MCP = 5
    INDEX_TIP = 8
    MIDDLE_MCP = 9
    MIDDLE_TIP = 12
    RING_MCP = 13
    RING_TIP = 16
    PINKY_MCP = 17
    PINKY_TIP = 20


class FacePoint(IntEnum):
    """FaceMesh landmark indices with a name (the person's own left/right)."""

    FOREHEAD_TOP = 10
    GLABELLA = 9
    NOSE_BRIDGE = 168
    NOSE_TIP = 1
    CHIN = 152
    RIGHT_EYE_OUTER = 33
    RIGHT_EYE_INNER = 133
    LEFT_EYE_INNER = 362
    LEFT_EYE_OUTER = 263
    RIGHT_FACE_EDGE = 234
    LEFT_FACE_EDGE = 454


def _readonly(array: np.ndarray) -> np.ndarray:
    array = np.array(array, dtype=np.float64)
    array.setflags(write=False)
    return array


@dataclass(frozen=True)
class Hand:
    """One detected hand.

    points_px: (21, 2) image pixels, MediaPipe Hands order (see `HandPoint`).
    side: the person's own hand ("left" / "right").
    score: handedness confidence in [0, 1].
    depth_px: (21,) depth of each point relative to the wrist, in pixels (MediaPipe's z
        scaled like x; smaller = nearer the camera), or None when unknown.
    """

    points_px: np.ndarray
    side: Side
    score: float = 1.0
    depth_px: np.ndarray | None = None

    def __post_init__(self) -> None:
        points = _readonly(self.points_px)
        if points.shape != (N_HAND_POINTS, 2):
            raise ValueError(f"Hand.points_px must be ({N_HAND_POINTS}, 2), got {points.shape}")
        if self.side not in SIDES:
            raise ValueError(f"Hand.side must be 'left' or 'right', got {self.side!r}")
        object.__setattr__(self, "points_px", points)
        if self.depth_px is not None:
            depth = _readonly(self.depth_px)
            if depth.shape != (N_HAND_POINTS,):
                raise ValueError(f"Hand.depth_px must be ({N_HAND_POINTS},), got {depth.shape}")
            object.__setattr__(self, "depth_px", depth)


@dataclass(frozen=True)
class FrameLandmarks:
    """Everything the tracker found in one frame.

    t_s: presentation time of the frame in seconds (from the video's timestamps).
    image_wh: (width, height) of the frame in pixels.
    face_px: (468 or 478, 2) image pixels of the coached face, or None when no face was found.
    face_depth_px: (len(face_px),) FaceMesh's relative depth of each face point, scaled like
        x in pixels (smaller = nearer the camera), or None when unknown.
    hands: the hands found, at most two.
    n_faces: how many faces the tracker saw (the largest one is `face_px`).
    mean_luma: mean brightness of the frame, 0-255, or None when not measured.
    """

    t_s: float
    image_wh: tuple[int, int]
    face_px: np.ndarray | None = None
    hands: tuple[Hand, ...] = field(default_factory=tuple)
    n_faces: int = 0
    mean_luma: float | None = None
    face_depth_px: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.face_px is not None:
            face = _readonly(self.face_px)
            if face.ndim != 2 or face.shape[1] != 2 or face.shape[0] < N_FACE_POINTS:
                raise ValueError(
                    f"FrameLandmarks.face_px must be ({N_FACE_POINTS} or more, 2), got {face.shape}"
                )
            object.__setattr__(self, "face_px", face)
            if self.face_depth_px is not None:
                depth = _readonly(self.face_depth_px)
                if depth.shape != (face.shape[0],):
                    raise ValueError(f"FrameLandmarks.face_depth_px must be ({face.shape[0]},), got {depth.shape}")
                object.__setattr__(self, "face_depth_px", depth)
            if self.n_faces == 0:
                object.__setattr__(self, "n_faces", 1)
        object.__setattr__(self, "hands", tuple(self.hands))
        if len(self.hands) > 2:
            raise ValueError(f"at most two hands, got {len(self.hands)}")

    @classmethod
    def empty(cls, t_s: float, image_wh: tuple[int, int]) -> FrameLandmarks:
        """A frame in which nothing was found."""
        return cls(t_s=t_s, image_wh=image_wh)
