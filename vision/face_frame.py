"""The face's own coordinate frame, fitted to landmarks the hand rarely covers.

Face frame (`_fw`): origin at the nose bridge between the eyes, x toward the person's LEFT
(the image's right for a camera that does not mirror), y toward the chin, unit = one face
width (the distance between the face's outer edges at cheekbone level). A tilted, turned
or distant head gives the same face-frame coordinates for the same spot on the skin.

The frame is fitted to forehead, brow, eye, nose, temple, mouth-corner and jaw landmarks
(`vision.face_template`), leaving out those a hand covers in this frame (FaceMesh still
returns them, but where it guesses), and dropping points that disagree with the rest.
With FaceMesh's relative depth the fit is a 3-D similarity, so a head turned up to about
40 degrees is undone: a fingertip is mapped onto the skin of the turned face (below the
chin, onto the neck's cylinder) and from there into frontal coordinates. Without depth it
is a 2-D similarity (roll only). The tracker holds the last confident frame while the face
is lost or mostly covered.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from vision.face_template import (SKIN_DEPTH_RANGE_FW, SKIN_LOWER_EDGE_FW, TEMPLATE_3D_FW, TEMPLATE_FW,
                                  TEMPLATE_INDICES, skin_depth_fw, surface_depth_fw)
from vision.face_shape import LEVEL_INDICES, STANDARD_SHAPE, FaceShape, FaceShapeLearner
from vision.filters import OneEuroFilter

# Fewer uncovered template points than this: the face is hidden, the last frame is held.
MIN_VISIBLE_POINTS = 10
# A fit on fewer uncovered points than this is trusted only in part (see `FaceFrameTracker`).
TRUSTED_VISIBLE_POINTS = 25
MIN_TRUST = 0.15
# The head's turn and nod are estimated from FaceMesh's depth; beyond this they are clipped
# (FaceMesh itself becomes unreliable there).
MAX_TURN_RAD = np.radians(50.0)
# How far in front of the skin a line of sight is followed (face widths): far enough that
# points up to about a face width past the far outline of a head turned 25 degrees or more
# meet the fold (see `_onto_skin`).
IN_FRONT_FW = 3.0
# While a hand covers part of the face, the face's size in the image follows the fits only
# this slowly (Hz): a head comes nearer the camera or goes back slowly, but FaceMesh's mesh
# shrinks and grows by 4-7 % within a second as a hand slides over it, which would map a
# fixed spot of skin 0.02-0.03 face widths toward the nose bridge and back: a third of a
# short under-eye stroke, turning its direction by 20-40 degrees.
COVERED_SCALE_CUTOFF_HZ = 0.03
# The face's outer edges at temple, cheekbone and jaw level, which its width depends on. A
# hand lying over them squeezes FaceMesh's mesh (10-20 % narrower within a fraction of a
# second, sometimes wider), while the head's distance to the camera changes slowly; so
# while hands lie over them the width seen changes at most this fast (log per second:
# a head at 50 cm drifting 1.5 cm/s nearer or back). Only while both sides' edges are
# covered at once: with one side free, FaceMesh's width stays anchored by the free edge.
# Pairs (the person's right edge, left edge).
OUTLINE_INDICES = (127, 356, 162, 389, 234, 454, 132, 361, 58, 288, 172, 397)
OUTLINE_COVERED_WIDTH_RATE = 0.03


def _rotation(roll_rad: float, yaw_rad: float, pitch_rad: float) -> np.ndarray:
    """(3, 3) R = Rz(roll) @ Ry(yaw) @ Rx(pitch), image axes x right, y down, z away."""
    cr, sr, cy, sy, cp, sp = (f(a) for a in (roll_rad, yaw_rad, pitch_rad) for f in (np.cos, np.sin))
    roll = np.array([[cr, -sr, 0.0], [sr, cr, 0.0], [0.0, 0.0, 1.0]])
    yaw = np.array([[cy, 0.0, sy], [0.0, 1.0, 0.0], [-sy, 0.0, cy]])
    pitch = np.array([[1.0, 0.0, 0.0], [0.0, cp, -sp], [0.0, sp, cp]])
    return roll @ yaw @ pitch


@dataclass(frozen=True)
class FaceFrame:
    """Where the face is in the image: image = origin + scale * (R @ (x, y, depth))[:2].

    origin_px: (2,) image pixels of the face-frame origin (nose bridge).
    roll_rad: angle of the face's x axis from the image's x axis (image y points down).
    scale_px: pixels per face width.
    yaw_rad, pitch_rad: the head's turn (about the image's vertical) and nod; 0 = facing
        the camera. R = Rz(roll) Ry(yaw) Rx(pitch).
    shape: the person's proportions: face-frame points are given on the template's face
        (`vision.face_shape`), so that a zone is the same part of every face.
    seen_width_px: the face's width as this frame's fit gives it, smoothed but not held
        while a hand covers the face (`scale_px` is): the yardstick of a hand's size next to
        the face (`feedback.contact`); None: `scale_px`.
    """

    origin_px: np.ndarray
    roll_rad: float
    scale_px: float
    yaw_rad: float = 0.0
    pitch_rad: float = 0.0
    shape: FaceShape = STANDARD_SHAPE
    seen_width_px: float | None = None

    @property
    def width_px(self) -> float:
        """The face's width as seen now (`seen_width_px`), to measure a hand against."""
        return self.scale_px if self.seen_width_px is None else self.seen_width_px

    @property
    def axes(self) -> np.ndarray:
        """(2, 2): rows are the face's x and y axes as unit vectors in the image (in the
        image plane: the roll only)."""
        c, s = np.cos(self.roll_rad), np.sin(self.roll_rad)
        return np.array([[c, s], [-s, c]])

    @property
    def _projection(self) -> np.ndarray:
        """(2, 3) face frame (x, y, depth) in face widths -> image pixels, less the origin."""
        return self.scale_px * _rotation(self.roll_rad, self.yaw_rad, self.pitch_rad)[:2]

    def to_face(self, points_px: np.ndarray) -> np.ndarray:
        """Image pixels (..., 2) -> face frame (..., 2) in face widths: the point of the
        skin seen there (on a turned head, the nearest skin along the line of sight; past the
        outline of the far side, see `_onto_skin`), on the template's proportions."""
        relative = np.asarray(points_px, dtype=np.float64) - self.origin_px
        if self.yaw_rad == 0.0 and self.pitch_rad == 0.0:
            return self.shape.to_standard(relative @ self.axes.T / self.scale_px)
        projection = self._projection
        flat = np.linalg.inv(projection[:, :2])
        # seen_fw = skin point + shear * its depth: the image point as a point of a flat face.
        seen_fw, shear = relative @ flat.T, flat @ projection[:, 2]
        skin_fw = _onto_skin(seen_fw, shear)
        # Below the face's skin, the neck: a cylinder about the axis the head turns on, not
        # the chin's edge drawn on downward (`surface_depth_fw`).
        neck = skin_fw[..., 1] > SKIN_LOWER_EDGE_FW
        if neck.any():
            skin_fw[neck] = _onto_skin(seen_fw[neck], shear, depth_fw=surface_depth_fw)
        return self.shape.to_standard(skin_fw)

    def to_image(self, points_fw: np.ndarray) -> np.ndarray:
        """Face frame (..., 2) in face widths -> image pixels (..., 2), on the skin."""
        points_fw = self.shape.to_person(points_fw)
        if self.yaw_rad == 0.0 and self.pitch_rad == 0.0:
            return points_fw * self.scale_px @ self.axes + self.origin_px
        points_3d = np.concatenate([points_fw, surface_depth_fw(points_fw)[..., None]], axis=-1)
        return points_3d @ self._projection.T + self.origin_px


def _onto_skin(seen_fw: np.ndarray, shear: np.ndarray, steps: int = 96,
               depth_fw=skin_depth_fw) -> np.ndarray:
    """(..., 2) the skin points p with p + shear * depth_fw(p) = seen (..., 2).

    The line of sight through a seen point is p(t) = seen - t * shear at depth t (the depth
    grows away from the camera). The skin seen there is where the line first meets it:
    the first root of gap(t) = skin_depth(p(t)) - t, found on a grid over the skin's depths
    and refined by bisection (no iteration that can jump away). Past the outline of the
    far side the line misses the face: its gap falls, reaches a positive minimum where the
    line passes the skin's fold (the outline), and rises again before it meets the skin
    behind the face. Such a point is taken at the depth of the outline, as if the skin went
    on flat beyond it: just past the outline (a finger on the far cheek, seen at the
    silhouette) that is the outline, farther out it moves off the face in proportion, and
    it meets the visible skin's answer at the outline itself.
    """
    seen_fw = np.asarray(seen_fw, dtype=np.float64)
    flat_seen = seen_fw.reshape(-1, 2)

    def gap(t: np.ndarray, seen: np.ndarray) -> np.ndarray:
        return depth_fw(seen - t[..., None] * shear) - t

    # From well in front of the face (where the line of sight of a point far past the
    # outline passes the fold) to behind all skin, finer where the skin is.
    near_fw, far_fw = SKIN_DEPTH_RANGE_FW
    depths = np.concatenate([np.linspace(near_fw - IN_FRONT_FW, near_fw, steps // 4, endpoint=False),
                             np.linspace(near_fw, far_fw, steps)])
    steps = len(depths)
    gaps = gap(depths[None, :], flat_seen[:, None, :])  # (n, steps): > 0 first, < 0 last
    crossed = (gaps[:, :-1] > 0) & (gaps[:, 1:] <= 0)
    root_at = np.where(crossed.any(axis=1), np.argmax(crossed, axis=1), steps - 2)
    rising = gaps[:, 1:] > gaps[:, :-1]
    rise_at = np.where(rising.any(axis=1), np.argmax(rising, axis=1), steps - 1)
    past_outline = rise_at <= root_at  # the gap turns up again before it reaches zero

    def root(low: np.ndarray, high: np.ndarray, seen: np.ndarray) -> np.ndarray:
        for _ in range(40):  # bisection: gap(low) > 0 >= gap(high)
            middle = (low + high) / 2
            above = gap(middle, seen) > 0
            low, high = np.where(above, middle, low), np.where(above, high, middle)
        return (low + high) / 2

    depth = root(depths[root_at], depths[root_at + 1], flat_seen)
    if past_outline.any():  # the fold: the gap's minimum near depths[rise_at]
        rows = np.nonzero(past_outline)[0]
        before = depths[np.maximum(rise_at[rows] - 1, 0)]  # the gap is still > 0 there
        lo, hi = before, depths[np.minimum(rise_at[rows] + 1, steps - 1)]
        seen = flat_seen[rows]
        for _ in range(40):  # ternary search
            a, b = lo + (hi - lo) / 3, hi - (hi - lo) / 3
            left_lower = gap(a, seen) < gap(b, seen)
            hi, lo = np.where(left_lower, b, hi), np.where(left_lower, lo, a)
        fold = (lo + hi) / 2
        fold_gap = gap(fold, seen)
        # Where the fold fades out (the skin only just turns away: the gap's dip before the
        # skin behind is shallow), the outline gives way smoothly to the skin behind it.
        span = np.arange(steps)[None, :]
        between = (span >= rise_at[rows, None]) & (span <= root_at[rows, None])
        dip = np.where(between, gaps[rows], -np.inf).max(axis=1) - fold_gap
        share = np.clip(dip / np.maximum(fold_gap, 1e-9), 0.0, 1.0)
        outline_depth = share * (fold + fold_gap) + (1 - share) * depth[rows]  # fold + gap: the skin there
        touches = fold_gap <= 0  # the grid stepped over a dip below zero: a root before the fold
        depth[rows] = np.where(touches, root(before, fold, seen), outline_depth)
    return (flat_seen - depth[:, None] * shear).reshape(seen_fw.shape)


def _similarity_fit(template: np.ndarray, observed: np.ndarray) -> tuple[np.ndarray, float, np.ndarray]:
    """Least-squares (R, s, t) with observed ~ s * R @ template + t, for (n, d) points in 2-D
    or 3-D (Umeyama's method; R a proper rotation)."""
    t_mean, p_mean = template.mean(axis=0), observed.mean(axis=0)
    tc, pc = template - t_mean, observed - p_mean
    u, d, vt = np.linalg.svd(pc.T @ tc / len(tc))
    sign = np.eye(len(d))
    sign[-1, -1] = np.sign(np.linalg.det(u @ vt)) or 1.0
    rotation = u @ sign @ vt
    scale = float(np.trace(np.diag(d) @ sign) / (tc ** 2).sum(axis=1).mean())
    return rotation, scale, p_mean - scale * rotation @ t_mean


def _frame_from_fit(rotation: np.ndarray, scale: float, shift: np.ndarray) -> FaceFrame:
    if len(rotation) == 2:
        return FaceFrame(shift.copy(), float(np.arctan2(rotation[1, 0], rotation[0, 0])), scale)
    yaw = float(np.clip(-np.arcsin(np.clip(rotation[2, 0], -1, 1)), -MAX_TURN_RAD, MAX_TURN_RAD))
    pitch = float(np.clip(np.arctan2(rotation[2, 1], rotation[2, 2]), -MAX_TURN_RAD, MAX_TURN_RAD))
    roll = float(np.arctan2(rotation[1, 0], rotation[0, 0]))
    return FaceFrame(shift[:2].copy(), roll, scale, yaw, pitch)


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


def _edges_pressed_apart(face_px: np.ndarray, hands_px: list[np.ndarray]) -> bool:
    """True while one hand lies over the face's right edge and another over its left
    (`OUTLINE_INDICES`): the mesh squeezed from both sides. One hand over both sides' points
    (a turned head's far edge crowds in beside a hand on the near cheek) does not count."""
    edges = np.asarray(face_px)[list(OUTLINE_INDICES)]
    sides = [~uncovered(edges, [hand]).reshape(-1, 2).all(0) for hand in hands_px]  # [right, left]
    return any(a[0] and b[1] for i, a in enumerate(sides) for j, b in enumerate(sides) if i != j)


def fit_face_frame(face_px: np.ndarray, visible: np.ndarray | None = None,
                   outlier_factor: float = 2.5, depth_px: np.ndarray | None = None) -> FaceFrame:
    """Fit the face frame to one frame's FaceMesh landmarks (N, 2) in pixels.

    visible: (len(TEMPLATE_INDICES),) which template points to use (default: all).
    depth_px: (N,) FaceMesh's relative depth of the same landmarks (scaled like x), for a
        3-D fit that sees a turned head; None: a 2-D fit (roll only).
    A fit on those points, then twice a refit without the points whose error is over
    `outlier_factor` times the median error (e.g. landmarks pushed by a finger).
    """
    observed = np.asarray(face_px, dtype=np.float64)[TEMPLATE_INDICES]
    template = TEMPLATE_FW
    if depth_px is not None:
        observed = np.column_stack([observed, np.asarray(depth_px, dtype=np.float64)[TEMPLATE_INDICES]])
        template = TEMPLATE_3D_FW
    use = np.ones(len(template), dtype=bool) if visible is None else np.asarray(visible, bool)
    keep = use
    for _ in range(2):
        rotation, scale, shift = _similarity_fit(template[keep], observed[keep])
        error_px = np.linalg.norm(template @ (scale * rotation).T + shift - observed, axis=1)
        keep = use & (error_px <= outlier_factor * max(np.median(error_px[use]), 1e-6))
    return _frame_from_fit(*_similarity_fit(template[keep], observed[keep]))


class FaceFrameTracker:
    """Smooths the face frame over time and holds it when the face is lost.

    hold_s: how long the last frame stands in for a face that is not found (a hand over
        the face often makes FaceMesh miss a few frames)...
    covered_hold_s: ...and how long while hands are in front of where the face was (both
        hands massaging the forehead can hide it for seconds; the head moves little then).
    """

    def __init__(self, hold_s: float = 0.6, covered_hold_s: float = 5.0):
        self.hold_s = hold_s
        self.covered_hold_s = covered_hold_s
        # Jitter of a still face is ~1 px; head motion is slow next to a stroke.
        self._origin_filter = OneEuroFilter(min_cutoff_hz=1.5, beta=0.02)  # pixels
        self._angle_filter = OneEuroFilter(min_cutoff_hz=1.5, beta=0.5)  # roll, yaw, pitch (radians)
        self._log_scale_filter = OneEuroFilter(min_cutoff_hz=1.0, beta=0.5)  # the width seen
        self._log_held_scale_filter = OneEuroFilter(min_cutoff_hz=1.0, beta=0.5)  # the frame's scale
        self._shapes = FaceShapeLearner()
        self._last: FaceFrame | None = None
        self._last_seen_s = -np.inf
        self._width_in: tuple[float, float] | None = None  # (time, log width) last fed to the width filter

    def update(self, face_px: np.ndarray | None, t_s: float,
               hands_px: list[np.ndarray] = (), depth_px: np.ndarray | None = None) -> FaceFrame | None:
        """The smoothed frame for this moment, or None when no face has been seen lately.

        hands_px: the hands' points (21, 2) in this frame; the landmarks they cover are
        left out of the fit. depth_px: FaceMesh's relative depth of `face_px` (see
        `fit_face_frame`).
        """
        visible = None
        if face_px is not None and len(hands_px):
            visible = uncovered(np.asarray(face_px)[TEMPLATE_INDICES], hands_px)
            if visible.sum() < MIN_VISIBLE_POINTS:
                if self._last is not None:  # mostly covered: the head has not moved much
                    self._last_seen_s = t_s
                    return self._hold(t_s)
                visible = None  # nothing better to go on than FaceMesh's own guess
        if face_px is None:
            hold_s = self.covered_hold_s if self._hands_over_face(hands_px) else self.hold_s
            if t_s - self._last_seen_s > hold_s:
                self._last = None
                for f in (self._origin_filter, self._angle_filter, self._log_scale_filter,
                          self._log_held_scale_filter):
                    f.reset()
                self._width_in = None
                return None
            return self._hold(t_s)
        raw = fit_face_frame(face_px, visible, depth_px=depth_px)
        self._learn_shape(raw, np.asarray(face_px), hands_px)
        trust = 1.0 if visible is None else _trust(int(visible.sum()))
        covered = visible is not None and not visible.all()
        outline_covered = len(hands_px) > 1 and _edges_pressed_apart(face_px, hands_px)
        self._last = self._smoothed(raw.origin_px, raw.roll_rad, raw.scale_px,
                                    raw.yaw_rad, raw.pitch_rad, t_s, trust, covered,
                                    outline_covered=outline_covered)
        self._last_seen_s = t_s
        return self._last

    def _learn_shape(self, raw: FaceFrame, face_px: np.ndarray, hands_px: list[np.ndarray]) -> None:
        """The person's level heights, from a view in which no hand covers them."""
        level_px = face_px[LEVEL_INDICES.ravel()]
        if not self._shapes.wants(raw.yaw_rad, raw.pitch_rad) or \
                (len(hands_px) and not uncovered(level_px, hands_px).all()):
            return
        levels_fw = raw.to_face(level_px).reshape(len(LEVEL_INDICES), 2, 2)[..., 1].mean(axis=1)
        self._shapes.update(levels_fw, raw.yaw_rad, raw.pitch_rad)

    def _hold(self, t_s: float) -> FaceFrame | None:
        """The last frame again, passed through the filters so that they stay current: a
        face found again after a hold is then eased into, not jumped to."""
        last = self._last
        if last is not None:  # the filters settle on it (it is their last output)
            self._smoothed(last.origin_px, last.roll_rad, last.scale_px, last.yaw_rad, last.pitch_rad, t_s, 1.0,
                           True, last.width_px)
        return last

    def _smoothed(self, origin_px: np.ndarray, roll_rad: float, scale_px: float,
                  yaw_rad: float, pitch_rad: float, t_s: float, trust: float, covered: bool,
                  width_px: float | None = None, outline_covered: bool = False) -> FaceFrame:
        """Filter one fit. A fit trusted in part (`trust` < 1: a hand covers much of the
        face, and FaceMesh's points beside it drift with the hand) moves the frame only that
        share of the way from the last one: the head moves slowly next to a stroke. While a
        hand covers any of the face (`covered`) the frame's scale is all but held
        (`COVERED_SCALE_CUTOFF_HZ`); the width seen (`FaceFrame.seen_width_px`, `width_px`
        when holding) follows the fits, but while hands lie over the face's outline on both
        sides (`outline_covered`) no faster than `OUTLINE_COVERED_WIDTH_RATE`."""
        values = np.array([*origin_px, roll_rad, yaw_rad, pitch_rad, np.log(scale_px)])
        last = self._last
        if last is not None:
            before = np.array([*last.origin_px, last.roll_rad, last.yaw_rad, last.pitch_rad,
                               np.log(last.scale_px)])
            values[2] = before[2] + float(np.angle(np.exp(1j * (values[2] - before[2]))))  # unwrap roll
            values = before + trust * (values - before)
        angles = self._angle_filter(values[2:5], t_s)
        held = self._log_held_scale_filter
        held.min_cutoff_hz, held.beta = (COVERED_SCALE_CUTOFF_HZ, 0.0) if covered else (1.0, 0.5)
        seen_log_width = values[5:] if width_px is None else np.log([width_px])
        if outline_covered and self._width_in is not None:  # (a held width counts as seen)
            step = OUTLINE_COVERED_WIDTH_RATE * max(t_s - self._width_in[0], 0.0)
            seen_log_width = np.clip(seen_log_width, self._width_in[1] - step, self._width_in[1] + step)
        self._width_in = (t_s, float(seen_log_width[0]))
        return FaceFrame(origin_px=self._origin_filter(values[:2], t_s), roll_rad=float(angles[0]),
                         scale_px=float(np.exp(held(values[5:], t_s)[0])),
                         yaw_rad=float(angles[1]), pitch_rad=float(angles[2]), shape=self._shapes.shape,
                         seen_width_px=float(np.exp(self._log_scale_filter(seen_log_width, t_s)[0])))

    def _hands_over_face(self, hands_px: list[np.ndarray]) -> bool:
        """A hand's centre within one face width of where the face last was."""
        if self._last is None:
            return False
        return any(np.linalg.norm(np.mean(hand, axis=0) - self._last.origin_px) < self._last.scale_px
                   for hand in hands_px)


def _trust(n_visible: int) -> float:
    """How much of a new fit on `n_visible` uncovered template points to take (0..1)."""
    share = (n_visible - MIN_VISIBLE_POINTS + 1) / (TRUSTED_VISIBLE_POINTS - MIN_VISIBLE_POINTS + 1)
    return float(np.clip(share, MIN_TRUST, 1.0))
