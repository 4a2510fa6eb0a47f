"""The face's own coordinate frame, fitted to landmarks the hand rarely covers.

Face frame (`_fw`): origin at the nose bridge between the eyes, x toward the person's LEFT
(the image's right for a camera that does not mirror), y toward the chin, unit = one face
width (the distance between the face's outer edges at cheekbone level). A tilted, turned
or distant head gives the same face-frame coordinates for the same spot on the skin.

The frame is a similarity fit (origin, roll, scale) of a frontal template to forehead,
brow, eye, nose, temple, mouth-corner and jaw landmarks, leaving out those a hand covers
in this frame (FaceMesh still returns them, but where it guesses). The fit also drops
points that disagree with the rest, and the tracker holds the last confident frame for
a short while when the face is lost or mostly covered.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from vision.filters import OneEuroFilter

# Frontal template in face widths (x toward the person's left, y toward the chin), made
# symmetric from FaceMesh on a frontal portrait. Keys are FaceMesh indices.
_MIDLINE_FW = {10: -0.321, 151: -0.217, 9: -0.112, 8: -0.053, 168: 0.0, 6: 0.058,
               197: 0.113, 195: 0.163, 5: 0.217, 4: 0.283, 1: 0.329}
# (person's right index, person's left index): (|x|, y)
_PAIRS_FW = {
    (33, 263): (0.338, 0.018),    # outer eye corners
    (133, 362): (0.129, 0.036),   # inner eye corners
    (159, 386): (0.251, -0.020),  # upper eyelids
    (145, 374): (0.231, 0.048),   # lower eyelids
    (70, 300): (0.422, -0.082),   # brow tails
    (105, 334): (0.311, -0.141),  # brow arches
    (107, 336): (0.112, -0.122),  # brow heads
    (127, 356): (0.506, 0.045),   # temples at the face edge
    (162, 389): (0.500, -0.054),
    (234, 454): (0.500, 0.139),   # face edges at cheekbone level
    # The lower face moves with the mouth, but stands in when hands cover the upper face.
    (129, 358): (0.176, 0.263),   # nose wings
    (132, 361): (0.481, 0.342),   # face edges below the cheekbones
    (61, 291): (0.240, 0.435),    # mouth corners
    (58, 288): (0.450, 0.452),
    (172, 397): (0.405, 0.544),   # jaw
}
# Fewer uncovered template points than this: the face is hidden, the last frame is held.
MIN_VISIBLE_POINTS = 10


def _template() -> tuple[np.ndarray, np.ndarray]:
    indices, points = [], []
    for index, y in _MIDLINE_FW.items():
        indices.append(index)
        points.append((0.0, y))
    for (right, left), (x, y) in _PAIRS_FW.items():
        indices += [right, left]
        points += [(-x, y), (x, y)]
    return np.array(indices), np.array(points, dtype=np.float64)


TEMPLATE_INDICES, TEMPLATE_FW = _template()


@dataclass(frozen=True)
class FaceFrame:
    """Where the face is in the image.

    origin_px: (2,) image pixels of the face-frame origin (nose bridge).
    roll_rad: angle of the face's x axis from the image's x axis (image y points down).
    scale_px: pixels per face width.
    """

    origin_px: np.ndarray
    roll_rad: float
    scale_px: float

    @property
    def axes(self) -> np.ndarray:
        """(2, 2): rows are the face's x and y axes as unit vectors in the image."""
        c, s = np.cos(self.roll_rad), np.sin(self.roll_rad)
        return np.array([[c, s], [-s, c]])

    def to_face(self, points_px: np.ndarray) -> np.ndarray:
        """Image pixels (..., 2) -> face frame (..., 2) in face widths."""
        return (np.asarray(points_px, dtype=np.float64) - self.origin_px) @ self.axes.T / self.scale_px

    def to_image(self, points_fw: np.ndarray) -> np.ndarray:
        """Face frame (..., 2) in face widths -> image pixels (..., 2)."""
        return np.asarray(points_fw, dtype=np.float64) * self.scale_px @ self.axes + self.origin_px


def _similarity_fit(template: np.ndarray, observed: np.ndarray) -> tuple[complex, complex]:
    """Least-squares a, b with observed ~ a * template + b (points as complex numbers)."""
    t = template[:, 0] + 1j * template[:, 1]
    p = observed[:, 0] + 1j * observed[:, 1]
    t_mean, p_mean = t.mean(), p.mean()
    tc, pc = t - t_mean, p - p_mean
    a = np.sum(np.conj(tc) * pc) / np.sum(np.abs(tc) ** 2)
    return a, p_mean - a * t_mean


def uncovered(points_px: np.ndarray, hands_px: list[np.ndarray], margin: float = 0.1) -> np.ndarray:
    """(n,) True for the points (n, 2) outside every hand's outline (the convex hull of its
    21 points, grown by `margin` of the hand's size)."""
    visible = np.ones(len(points_px), dtype=bool)
    for hand_px in hands_px:
        hull = cv2.convexHull(np.asarray(hand_px, dtype=np.float32))
        margin_px = margin * float(np.ptp(hand_px, axis=0).max())
        for i, point in enumerate(points_px):
            if visible[i]:
                inside_px = cv2.pointPolygonTest(hull, (float(point[0]), float(point[1])), True)
                visible[i] = inside_px < -margin_px
    return visible


def fit_face_frame(face_px: np.ndarray, visible: np.ndarray | None = None,
                   outlier_factor: float = 2.5) -> FaceFrame:
    """Fit the face frame to one frame's FaceMesh landmarks (N, 2) in pixels.

    visible: (len(TEMPLATE_INDICES),) which template points to use (default: all).
    A fit on those points, then twice a refit without the points whose error is over
    `outlier_factor` times the median error (e.g. landmarks pushed by a finger).
    """
    observed = np.asarray(face_px, dtype=np.float64)[TEMPLATE_INDICES]
    observed_c = observed[:, 0] + 1j * observed[:, 1]
    template_c = TEMPLATE_FW[:, 0] + 1j * TEMPLATE_FW[:, 1]
    use = np.ones(len(TEMPLATE_FW), dtype=bool) if visible is None else np.asarray(visible, bool)
    keep = use
    for _ in range(2):
        a, b = _similarity_fit(TEMPLATE_FW[keep], observed[keep])
        error_px = np.abs(a * template_c + b - observed_c)
        keep = use & (error_px <= outlier_factor * max(np.median(error_px[use]), 1e-6))
    a, b = _similarity_fit(TEMPLATE_FW[keep], observed[keep])
    return FaceFrame(origin_px=np.array([b.real, b.imag]), roll_rad=float(np.angle(a)),
                     scale_px=float(abs(a)))


class FaceFrameTracker:
    """Smooths the face frame over time and holds it briefly when the face is lost.

    hold_s: how long the last frame stands in for a face that is not found (a hand over
    the face often makes FaceMesh miss a few frames).
    """

    def __init__(self, hold_s: float = 0.6):
        self.hold_s = hold_s
        # Jitter of a still face is ~1 px; head motion is slow next to a stroke.
        self._origin_filter = OneEuroFilter(min_cutoff_hz=1.5, beta=0.02)  # pixels
        self._roll_filter = OneEuroFilter(min_cutoff_hz=1.5, beta=0.5)  # radians
        self._log_scale_filter = OneEuroFilter(min_cutoff_hz=1.0, beta=0.5)
        self._last: FaceFrame | None = None
        self._last_seen_s = -np.inf

    def update(self, face_px: np.ndarray | None, t_s: float,
               hands_px: list[np.ndarray] = ()) -> FaceFrame | None:
        """The smoothed frame for this moment, or None when no face has been seen lately.

        hands_px: the hands' points (21, 2) in this frame; the landmarks they cover are
        left out of the fit.
        """
        visible = None
        if face_px is not None and len(hands_px):
            visible = uncovered(np.asarray(face_px)[TEMPLATE_INDICES], hands_px)
            if visible.sum() < MIN_VISIBLE_POINTS:
                if self._last is not None:  # mostly covered: the head has not moved much
                    self._last_seen_s = t_s
                    return self._last
                visible = None  # nothing better to go on than FaceMesh's own guess
        if face_px is None:
            if t_s - self._last_seen_s > self.hold_s:
                self._last = None
                for f in (self._origin_filter, self._roll_filter, self._log_scale_filter):
                    f.reset()
            return self._last
        raw = fit_face_frame(face_px, visible)
        roll = raw.roll_rad
        if self._last is not None:  # unwrap so the filter never averages +pi and -pi
            roll = self._last.roll_rad + float(np.angle(np.exp(1j * (roll - self._last.roll_rad))))
        self._last = FaceFrame(
            origin_px=self._origin_filter(raw.origin_px, t_s),
            roll_rad=float(self._roll_filter([roll], t_s)[0]),
            scale_px=float(np.exp(self._log_scale_filter([np.log(raw.scale_px)], t_s)[0])),
        )
        self._last_seen_s = t_s
        return self._last
