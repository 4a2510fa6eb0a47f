"""How the face is lit: its brightness against the picture around it (a lamp or a window
behind the head makes the face darker than the background)."""

from __future__ import annotations

import numpy as np

_LUMA_WEIGHTS = np.array([0.299, 0.587, 0.114], dtype=np.float32)
_STEP = 4  # every 4th pixel each way is plenty for a mean
FACE_INNER_SHARE = 0.6  # the middle of the face's box: skin, not hair or background
BACKGROUND_MARGIN_SHARE = 0.25  # the face's box grown by this much is left out of the background


def face_light(rgb: np.ndarray, face_px: np.ndarray | None) -> tuple[float | None, float | None]:
    """(face_luma, background_luma), mean brightness 0-255 of an (H, W, 3) uint8 RGB frame:
    the middle of the face's landmark box, and the picture beside and above the face (not
    below the chin, where the body is). None when there is no face, or no background."""
    if face_px is None:
        return None, None
    luma = rgb[::_STEP, ::_STEP].astype(np.float32) @ _LUMA_WEIGHTS
    points = np.asarray(face_px, dtype=np.float64) / _STEP
    (left, top), (right, bottom) = points.min(axis=0), points.max(axis=0)
    height, width = luma.shape

    def box(share: float) -> tuple[int, int, int, int]:
        grow_x, grow_y = (right - left) * (share - 1) / 2, (bottom - top) * (share - 1) / 2
        return (int(np.clip(left - grow_x, 0, width)), int(np.clip(top - grow_y, 0, height)),
                int(np.clip(right + grow_x, 0, width)), int(np.clip(bottom + grow_y, 0, height)))

    x0, y0, x1, y1 = box(FACE_INNER_SHARE)
    face = luma[y0:y1, x0:x1]
    face_luma = float(face.mean()) if face.size else None
    x0, y0, x1, y1 = box(1 + 2 * BACKGROUND_MARGIN_SHARE)
    around = np.ones((height, width), dtype=bool)
    around[y0:y1, x0:x1] = False
    around[int(np.clip(bottom, 0, height)):] = False
    background_luma = float(luma[around].mean()) if around.sum() >= 0.05 * around.size else None
    return face_luma, background_luma
