"""Hands and face landmarks from RGB frames, behind one small interface.

`Tracker` is what the rest of the product depends on; `MediaPipeTracker` implements it with
the legacy `mediapipe.solutions` Hands and FaceMesh (MediaPipe 0.10.21 ships their models in
the wheel). A Tasks-API backend would be another class with the same `process`/`close`.
`from_mediapipe` is the only code that reads MediaPipe result types.
"""

from __future__ import annotations

from typing import Protocol

import cv2
import numpy as np

from vision.landmarks import FrameLandmarks, Hand

# Frames darker than this (mean luma, 0-255) are brightened before tracking: a dim room.
DARK_LUMA = 70.0
_BRIGHTEN_LUT = np.clip(255.0 * (np.arange(256) / 255.0) ** 0.5, 0, 255).astype(np.uint8)


class Tracker(Protocol):
    def process(self, rgb: np.ndarray, t_s: float) -> FrameLandmarks:
        """Landmarks of one (H, W, 3) uint8 RGB frame shown at `t_s` seconds."""

    def close(self) -> None: ...


def mean_luma(rgb: np.ndarray) -> float:
    """Approximate mean brightness (0-255) from every 8th pixel."""
    sample = rgb[::8, ::8].astype(np.float32)
    return float((sample @ np.array([0.299, 0.587, 0.114], dtype=np.float32)).mean())


def _largest_face(faces_px: list[np.ndarray]) -> np.ndarray:
    return max(faces_px, key=lambda f: float(np.ptp(f[:, 0]) * np.ptp(f[:, 1])))


def from_mediapipe(face_result, hands_result, image_wh: tuple[int, int], t_s: float,
                   mirrored: bool = False, luma: float | None = None) -> FrameLandmarks:
    """Convert MediaPipe results (normalised coordinates) to pixel `FrameLandmarks`.

    MediaPipe labels handedness as if the image were a mirrored selfie. `mirrored` says
    whether the image given to MediaPipe was mirrored; if not, its labels are swapped so
    that `Hand.side` is the person's own hand.
    """
    width, height = image_wh
    scale = np.array([width, height], dtype=np.float64)
    faces = [np.array([(p.x, p.y) for p in face.landmark]) * scale
             for face in (face_result.multi_face_landmarks or [])]
    hands = []
    for landmarks, handedness in zip(hands_result.multi_hand_landmarks or [],
                                     hands_result.multi_handedness or []):
        points = np.array([(p.x, p.y, p.z) for p in landmarks.landmark])
        label = handedness.classification[0].label.lower()
        if not mirrored:
            label = "left" if label == "right" else "right"
        hands.append(Hand(points_px=points[:, :2] * scale, side=label,
                          score=float(handedness.classification[0].score),
                          depth_px=points[:, 2] * width))
    return FrameLandmarks(t_s=t_s, image_wh=image_wh,
                          face_px=_largest_face(faces) if faces else None,
                          hands=tuple(hands[:2]), n_faces=len(faces), mean_luma=luma)


class MediaPipeTracker:
    """MediaPipe Hands (up to two hands) and FaceMesh (up to two faces, the largest coached).

    mirrored: the frames are mirrored (a selfie view); the tracker flips them back so that
        everything downstream sees the person as a camera that does not mirror would.
    hand_model_complexity: 0 (faster) or 1 (more accurate) for Hands.
    """

    def __init__(self, mirrored: bool = False, max_hands: int = 2, hand_model_complexity: int = 1,
                 static_image_mode: bool = False):
        import mediapipe as mp  # imported here: a heavy import, only needed for tracking

        self.mirrored = mirrored
        self._hands = mp.solutions.hands.Hands(
            static_image_mode=static_image_mode, max_num_hands=max_hands,
            model_complexity=hand_model_complexity,
            min_detection_confidence=0.5, min_tracking_confidence=0.5)
        self._face_mesh = mp.solutions.face_mesh.FaceMesh(
            static_image_mode=static_image_mode, max_num_faces=2, refine_landmarks=False,
            min_detection_confidence=0.5, min_tracking_confidence=0.5)

    def process(self, rgb: np.ndarray, t_s: float) -> FrameLandmarks:
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
            raise ValueError(f"expected an (H, W, 3) uint8 RGB frame, got {rgb.shape} {rgb.dtype}")
        if self.mirrored:
            rgb = rgb[:, ::-1]
        luma = mean_luma(rgb)
        if luma < DARK_LUMA:
            rgb = cv2.LUT(np.ascontiguousarray(rgb), _BRIGHTEN_LUT)
        rgb = np.ascontiguousarray(rgb)
        rgb.flags.writeable = False  # lets MediaPipe use the buffer without a copy
        face_result = self._face_mesh.process(rgb)
        hands_result = self._hands.process(rgb)
        height, width = rgb.shape[:2]
        return from_mediapipe(face_result, hands_result, (width, height), t_s,
                              mirrored=False, luma=luma)

    def close(self) -> None:
        self._hands.close()
        self._face_mesh.close()

    def __enter__(self) -> MediaPipeTracker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
