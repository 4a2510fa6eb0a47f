"""A drawn hand: 21 keypoints in MediaPipe Hands order, and a shaded drawing of them.

The model is a RIGHT hand seen from its back (the palm on the face, the back toward the
camera), fingers up, so the thumb is on the image's left; a left hand is its mirror image.
The working point is the midpoint of the index (8) and middle (12) fingertips: `place`
puts exactly that point where the script says.

What MediaPipe Hands needs (found by trying): spread fingers, skin colour, shading that
rounds each finger, soft edges. A flat closed-finger silhouette is not detected.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

# Canonical right hand, units of hand length-ish, y up = negative. Joint chains per finger:
# (MCP position, direction in degrees from "up" (positive = toward the little finger),
#  segment lengths MCP->PIP, PIP->DIP, DIP->TIP, radius at the base).
_FINGERS = {
    "index": ((-0.13, -0.47), -6.0, (0.19, 0.115, 0.095), 0.047),
    "middle": ((-0.03, -0.50), 0.0, (0.215, 0.135, 0.105), 0.049),
    "ring": ((0.07, -0.48), 7.0, (0.20, 0.125, 0.10), 0.046),
    "pinky": ((0.16, -0.43), 15.0, (0.15, 0.095, 0.085), 0.039),
}
_THUMB = ((0.0, 0.0), (-0.10, -0.09), (-0.18, -0.21), (-0.235, -0.315), (-0.27, -0.405))
_THUMB_RADIUS = 0.056
_WRIST_HALF_WIDTH = 0.13
TIP_TAPER = 0.78  # fingertip radius / finger base radius
FINGER_NAMES = ("thumb", "index", "middle", "ring", "pinky")


def _canonical_points() -> np.ndarray:
    points = np.zeros((21, 2))
    points[0:5] = _THUMB
    for k, (mcp, angle_deg, lengths, _) in enumerate(_FINGERS.values()):
        a = np.radians(angle_deg)
        step = np.array([np.sin(a), -np.cos(a)])
        joint = np.array(mcp, dtype=float)
        points[5 + 4 * k] = joint
        for j, length in enumerate(lengths):
            joint = joint + step * length
            points[6 + 4 * k + j] = joint
    return points


CANONICAL = _canonical_points()
CANONICAL_LENGTH = float(np.linalg.norm(CANONICAL[12] - CANONICAL[0]))
RADII = np.array([_THUMB_RADIUS] + [f[3] for f in _FINGERS.values()])


def contact_point(points: np.ndarray, ring_share: float = 0.0) -> np.ndarray:
    """The working point: midpoint of the index and middle fingertips, or the ring
    fingertip (ring_share 1), or a blend while the hand shifts from one to the other."""
    return (1.0 - ring_share) * (points[8] + points[12]) / 2 + ring_share * points[16]


def place(contact: np.ndarray, direction: np.ndarray, length: float, hand: str,
          ring_share: float = 0.0, canon: np.ndarray | None = None) -> np.ndarray:
    """(21, 2) keypoints with the working point at `contact`.

    direction: the way the fingers point (wrist -> working point), any length.
    length: wrist to middle fingertip of the flat hand, in the same units as `contact`.
    canon: a posed right hand in CANONICAL's units (posed_hand.py); None = the template.
    """
    canon = (CANONICAL if canon is None else canon).copy()
    if hand == "left":
        canon[:, 0] *= -1
    c0 = contact_point(canon, ring_share)
    along = c0 - canon[0]
    a = np.arctan2(direction[1], direction[0]) - np.arctan2(along[1], along[0])
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    scale = length / CANONICAL_LENGTH
    return np.asarray(contact, float) + scale * (canon - c0) @ rot.T


@dataclass(frozen=True)
class HandStyle:
    """How one clip's hand looks."""

    skin_rgb: tuple[float, float, float]
    light_dir: tuple[float, float] = (-0.5, -0.8)  # where the light comes from (image)
    nail_mix: float = 0.35  # how much lighter/pinker the nails are
    blur_px: float = 0.9
    sleeve_rgb: tuple[float, float, float] | None = None  # None: a bare forearm


def _capsule(canvas: np.ndarray, p: np.ndarray, q: np.ndarray, r0: float, r1: float,
             value: int) -> None:
    """A tapered capsule from p (radius r0) to q (radius r1), filled into `canvas`."""
    d = q - p
    n = np.linalg.norm(d)
    if n < 1e-6:
        cv2.circle(canvas, _i(p), int(round(max(r0, r1))), value, -1, cv2.LINE_AA)
        return
    perp = np.array([-d[1], d[0]]) / n
    poly = np.array([p + perp * r0, q + perp * r1, q - perp * r1, p - perp * r0])
    cv2.fillConvexPoly(canvas, np.round(poly * 16).astype(np.int32), value, cv2.LINE_AA, 4)
    cv2.circle(canvas, _i(p), int(round(r0)), value, -1, cv2.LINE_AA)
    cv2.circle(canvas, _i(q), int(round(r1)), value, -1, cv2.LINE_AA)


def _i(p: np.ndarray) -> tuple[int, int]:
    return int(round(p[0])), int(round(p[1]))


def _finger_chains(points: np.ndarray) -> list[list[int]]:
    return [[1, 2, 3, 4]] + [[5 + 4 * k + j for j in range(4)] for k in range(4)]


def _palm_polygon(points: np.ndarray, unit: float) -> np.ndarray:
    """Outline of the back of the hand: wrist, thumb base, knuckles, little-finger edge."""
    wrist, mid_mcp = points[0], points[9]
    axis = (mid_mcp - wrist) / np.linalg.norm(mid_mcp - wrist)
    perp = np.array([-axis[1], axis[0]])
    thumb_sign = 1.0 if np.dot(points[2] - wrist, perp) > 0 else -1.0
    w = _WRIST_HALF_WIDTH * unit
    pinky_side = points[17] - thumb_sign * perp * RADII[4] * unit * 1.1
    index_side = points[5] + thumb_sign * perp * RADII[1] * unit * 0.9
    return np.array([
        wrist - thumb_sign * perp * w,
        wrist + thumb_sign * perp * w * 0.9,
        points[2] + thumb_sign * perp * RADII[0] * unit * 0.3,
        index_side,
        points[5] + axis * RADII[1] * unit * 0.6,
        points[9] + axis * RADII[2] * unit * 0.6,
        points[13] + axis * RADII[3] * unit * 0.6,
        points[17] + axis * RADII[4] * unit * 0.4,
        pinky_side,
        (pinky_side + wrist - thumb_sign * perp * w) / 2 - thumb_sign * perp * 0.02 * unit,
    ])


def silhouette(shape: tuple[int, int], points: np.ndarray, unit: float,
               forearm: bool = True) -> np.ndarray:
    """uint8 mask (255 inside) of the hand (and forearm) at the given keypoints."""
    mask = np.zeros(shape, np.uint8)
    wrist, mid_mcp = points[0], points[9]
    axis = (mid_mcp - wrist) / np.linalg.norm(mid_mcp - wrist)
    if forearm:
        _capsule(mask, wrist - axis * 0.05 * unit, wrist - axis * 1.3 * unit,
                 0.125 * unit, 0.16 * unit, 255)
    poly = _palm_polygon(points, unit)
    cv2.fillPoly(mask, [np.round(poly * 16).astype(np.int32)], 255, cv2.LINE_AA, 4)
    for k, chain in enumerate(_finger_chains(points)):
        r = RADII[k] * unit
        for a, b in zip(chain[:-1], chain[1:]):
            t0 = (chain.index(a)) / 3
            t1 = (chain.index(b)) / 3
            _capsule(mask, points[a], points[b], r * (1 - (1 - TIP_TAPER) * t0),
                     r * (1 - (1 - TIP_TAPER) * t1), 255)
    return mask


def _highlights(light: np.ndarray, points: np.ndarray, unit: float, toward: np.ndarray
                ) -> None:
    """Lit ridges: along each finger (on the side the light comes from), the knuckles and
    the tendons on the back of the hand. Drawn into a float light map in place."""
    for k, chain in enumerate(_finger_chains(points)):
        r = RADII[k] * unit
        d = points[chain[-1]] - points[chain[0]]
        d = d / (np.linalg.norm(d) + 1e-9)
        perp = np.array([-d[1], d[0]])
        shift = perp * np.sign(perp @ toward) * r * 0.3
        for a, b in zip(chain[:-1], chain[1:]):
            cv2.line(light, _i(points[a] + shift), _i(points[b] + shift), 0.13,
                     max(1, int(r * 0.5)), cv2.LINE_AA)
        if k > 0:
            cv2.circle(light, _i(points[chain[0]]), max(1, int(r * 0.75)), 0.12, -1,
                       cv2.LINE_AA)
            cv2.circle(light, _i(points[chain[1]]), max(1, int(r * 0.55)), 0.08, -1,
                       cv2.LINE_AA)
            wrist_end = points[0] + (points[chain[0]] - points[0]) * 0.25
            cv2.line(light, _i(wrist_end), _i(points[chain[0]]), 0.06,
                     max(1, int(r * 0.35)), cv2.LINE_AA)


def _details(layer: np.ndarray, points: np.ndarray, unit: float, style: HandStyle) -> None:
    """Knuckle creases and fingernails, drawn onto the colour layer in place."""
    crease = tuple(float(c) * 0.72 for c in style.skin_rgb)
    nail = tuple(float(c) * (1 - style.nail_mix) + 255 * style.nail_mix * w
                 for c, w in zip(style.skin_rgb, (1.0, 0.85, 0.85)))
    for k, chain in enumerate(_finger_chains(points)):
        r = RADII[k] * unit
        for j in (1, 2):  # PIP and DIP creases
            p, q = points[chain[j - 1]], points[chain[j + 1]]
            d = (q - p) / (np.linalg.norm(q - p) + 1e-9)
            perp = np.array([-d[1], d[0]]) * r * 0.55
            c = points[chain[j]]
            cv2.line(layer, _i(c - perp), _i(c + perp), crease, max(1, int(unit * 0.006)),
                     cv2.LINE_AA)
        tip, dip = points[chain[3]], points[chain[2]]
        d = tip - dip
        centre = dip + d * 0.62
        axes = (max(1, int(np.linalg.norm(d) * 0.32)), max(1, int(r * 0.55)))
        angle = float(np.degrees(np.arctan2(d[1], d[0])))
        cv2.ellipse(layer, _i(centre), axes, angle, 0, 360, nail, -1, cv2.LINE_AA)


def _sleeve(layer: np.ndarray, points: np.ndarray, unit: float,
            colour: tuple[float, float, float]) -> None:
    """Paint the forearm beyond a cuff (0.3 hand lengths from the wrist) in the sleeve's
    colour; the silhouette already holds the forearm."""
    axis = (points[9] - points[0]) / np.linalg.norm(points[9] - points[0])
    cuff = points[0] - axis * 0.3 * unit
    _capsule(layer, cuff - axis * 0.02 * unit, cuff - axis * 1.6 * unit, 0.2 * unit,
             0.22 * unit, colour)


def render_layer(shape: tuple[int, int], points: np.ndarray, unit: float,
                 style: HandStyle) -> tuple[np.ndarray, np.ndarray]:
    """The hand as (colour float32 HxWx3 RGB, alpha float32 HxW) for a frame of `shape`.

    unit: the hand's length in pixels (wrist to middle fingertip).
    Shading: each finger looks round (darker toward its edges, from a distance transform
    of the silhouette), the light falls from `style.light_dir`, edges are soft.
    """
    h, w = shape
    pad = int(unit * 0.25) + 4
    x0, y0 = np.floor(points.min(0)).astype(int) - pad
    x1, y1 = np.ceil(points.max(0)).astype(int) + pad
    forearm_end = points[0] - (points[9] - points[0]) / np.linalg.norm(points[9] - points[0]) \
        * 1.45 * unit
    x0, y0 = np.minimum([x0, y0], np.floor(forearm_end).astype(int) - pad)
    x1, y1 = np.maximum([x1, y1], np.ceil(forearm_end).astype(int) + pad)
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, w), min(y1, h)
    colour = np.zeros((h, w, 3), np.float32)
    alpha = np.zeros((h, w), np.float32)
    if x1 <= x0 or y1 <= y0:
        return colour, alpha
    local = points - [x0, y0]
    mask = silhouette((y1 - y0, x1 - x0), local, unit)
    dist = cv2.distanceTransform((mask > 127).astype(np.uint8), cv2.DIST_L2, 5)
    radius = RADII[2] * unit
    t = np.clip(dist / radius, 0, 1)
    roundness = 0.5 + 0.5 * np.sqrt(t * (2 - t))
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    centre = points[[0, 5, 9, 13, 17]].mean(0)
    light = np.array(style.light_dir, np.float32)
    light /= np.linalg.norm(light)
    ramp = 1.0 + 0.22 * ((xx - centre[0]) * light[0] + (yy - centre[1]) * light[1]) / unit
    lit = np.zeros(mask.shape, np.float32)
    _highlights(lit, local, unit, light)
    lit = cv2.GaussianBlur(lit, (0, 0), max(1.0, unit * 0.012))
    layer = np.empty((y1 - y0, x1 - x0, 3), np.float32)
    layer[:] = style.skin_rgb
    if style.sleeve_rgb is not None:
        _sleeve(layer, local, unit, style.sleeve_rgb)
    _details(layer, local, unit, style)
    layer *= (roundness * ramp + lit)[..., None]
    if style.blur_px > 0:
        layer = cv2.GaussianBlur(layer, (0, 0), style.blur_px)
    soft = cv2.GaussianBlur(mask.astype(np.float32) / 255.0, (0, 0), max(0.8, unit * 0.004))
    colour[y0:y1, x0:x1] = layer
    alpha[y0:y1, x0:x1] = soft
    return colour, alpha
