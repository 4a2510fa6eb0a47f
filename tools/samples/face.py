"""Where each massage zone is on a face photo, in the face frame of its landmarks.

Coordinates here are pixels of the face photo (`_src`, see photos.py). The face frame used
to place strokes: origin at the nose bridge (FaceMesh 168), x toward the person's LEFT
(image right), y toward the chin, unit = one face width (`_fw`, FaceMesh 234 to 454, the
face edges at cheekbone level). "Side-folded" coordinates (out, up) point away from the
midline toward that side's ear and toward the crown.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from . import photos

# FaceMesh indices on the person's RIGHT side and their mirror on the LEFT side.
MIRROR = {
    107: 336, 109: 338, 70: 300, 54: 284, 46: 276, 162: 389, 116: 345, 234: 454,
    133: 362, 33: 263, 129: 358, 206: 426, 123: 352, 147: 376, 176: 400, 136: 365,
    172: 397, 148: 377, 145: 374, 105: 334, 127: 356, 209: 429,
}
MIDLINE = (10, 151, 9, 168, 1, 17, 18, 200, 199, 175, 152)


@dataclass(frozen=True)
class FaceGeometry:
    """The face frame of the photo (see module docstring)."""

    landmarks_src: np.ndarray
    origin_src: np.ndarray
    x_axis: np.ndarray  # unit vector toward the person's left
    down_axis: np.ndarray  # unit vector toward the chin
    fw_src: float  # one face width in photo pixels

    @classmethod
    def from_landmarks(cls, landmarks_src: np.ndarray) -> FaceGeometry:
        landmarks_src = np.asarray(landmarks_src)[:, :2]
        edge = landmarks_src[454] - landmarks_src[234]
        fw = float(np.linalg.norm(edge))
        x_axis = edge / fw
        return cls(landmarks_src, landmarks_src[168].copy(), x_axis,
                   np.array([-x_axis[1], x_axis[0]]), fw)

    def point(self, index: int, side: str) -> np.ndarray:
        """Landmark `index` (given by its person's-right number) on `side`."""
        if side == "left" and index in MIRROR:
            index = MIRROR[index]
        return self.landmarks_src[index]

    def vector(self, out_up: tuple[float, float], side: str) -> np.ndarray:
        """A side-folded (out, up) vector in face widths -> photo pixels."""
        sign = 1.0 if side == "left" else -1.0
        out, up = out_up
        return self.fw_src * (sign * out * self.x_axis - up * self.down_axis)

    def folded(self, point_src: np.ndarray, side: str) -> tuple[float, float]:
        """A photo point -> side-folded (out, down) in face widths (for reports)."""
        rel = (np.asarray(point_src) - self.origin_src) / self.fw_src
        sign = 1.0 if side == "left" else -1.0
        return float(sign * rel @ self.x_axis), float(rel @ self.down_axis)


@lru_cache(maxsize=None)
def geometry(face: str = "astronaut") -> FaceGeometry:
    """The face frame of the photo `face` (one of photos.SOURCES)."""
    return FaceGeometry.from_landmarks(photos.load(face).landmarks_src)


@dataclass(frozen=True)
class ZoneSpec:
    """A zone as its nominal drainage path (start -> end, from landmarks) and its size.

    Strokes are centred on the middle of the nominal path; their direction comes from the
    profile (or the scripted fault), and their length is the chord of the zone's ellipse
    (`half_extent_fw`, half-axes along out and up) in that direction, so a vertical stroke
    on the narrow forehead band is shorter than a horizontal one.
    """

    start: tuple  # (landmark(s), (out, up) offset in fw): see `_anchor`
    end: tuple
    half_extent_fw: tuple[float, float]
    hand_dir_out_up: tuple[float, float]  # where the fingers point (wrist -> fingertips)
    definition: str  # the landmark definition, in words, for the report


def _lerp(a: int, b: int, t: float) -> tuple:
    return ((a, b, t), (0.0, 0.0))


ZONE_SPECS: dict[str, ZoneSpec] = {
    "forehead": ZoneSpec(
        start=((107, 109, 0.4), (0.03, 0.0)), end=((70, 54, 0.45), (-0.03, 0.0)),
        half_extent_fw=(0.15, 0.055), hand_dir_out_up=(-0.75, 0.5),
        definition="start: 40% from brow head 107 to hairline 109, 0.03 fw out; "
                   "end: 45% from brow tail 70 to forehead corner 54, 0.03 fw in"),
    "temple": ZoneSpec(
        start=((46, 162, 0.45), (0.0, 0.0)), end=((116, 234, 0.45), (0.0, 0.0)),
        half_extent_fw=(0.06, 0.13), hand_dir_out_up=(-0.25, 1.0),
        definition="start: 45% from brow tail 46 to temple edge 162 (brow level); "
                   "end: 45% from cheekbone 116 to face edge 234 (cheekbone level)"),
    "under_eye": ZoneSpec(
        start=((133, 133, 0.0), (0.03, -0.09)), end=((33, 33, 0.0), (-0.03, -0.1)),
        half_extent_fw=(0.08, 0.035), hand_dir_out_up=(-0.3, 1.0),
        definition="start: inner eye corner 133 + (0.03 out, 0.09 down) fw; "
                   "end: outer eye corner 33 + (0.03 in, 0.10 down) fw"),
    "nose": ZoneSpec(
        start=((209, 209, 0.0), (-0.07, 0.0)), end=((209, 209, 0.0), (0.08, 0.0)),
        half_extent_fw=(0.075, 0.06), hand_dir_out_up=(-0.4, 1.0),
        definition="start: 209 (side of the nose, above the wing) 0.07 fw in, on the nose "
                   "side wall; end: 209 0.08 fw out, on the cheek"),
    "cheek": ZoneSpec(
        start=((206, 206, 0.0), (0.0, 0.0)), end=((123, 147, 0.5), (-0.05, 0.0)),
        half_extent_fw=(0.14, 0.08), hand_dir_out_up=(-0.25, 1.0),
        definition="start: 206 (beside the nose wing, above the mouth corner); "
                   "end: midpoint of 123 and 147, 0.05 fw in (toward the ear, below the "
                   "cheekbone)"),
    "jawline": ZoneSpec(
        start=((176, 176, 0.0), (0.0, 0.03)), end=((172, 172, 0.0), (-0.03, 0.0)),
        half_extent_fw=(0.16, 0.16), hand_dir_out_up=(-0.95, 0.35),
        definition="start: 176 (jaw near the chin) 0.03 fw up onto the jaw; "
                   "end: 172 (angle of the jaw) 0.03 fw in"),
    "chin": ZoneSpec(
        start=((200, 199, 0.5), (0.02, 0.0)), end=((176, 176, 0.0), (0.0, 0.06)),
        half_extent_fw=(0.1, 0.05), hand_dir_out_up=(-0.95, 0.3),
        definition="start: midpoint of 200 and 199 (midline below the lower lip) 0.02 fw "
                   "out; end: 176 (under the jaw) 0.06 fw up"),
    "neck": ZoneSpec(
        start=((172, 172, 0.0), (-0.15, -0.22)), end=((172, 172, 0.0), (-0.15, -0.52)),
        half_extent_fw=(0.07, 0.15), hand_dir_out_up=(-0.85, -0.5),
        definition="start: jaw angle 172 + (0.15 in, 0.22 down) fw (below the ear, under "
                   "the jaw); end: 172 + (0.15 in, 0.52 down) fw (toward the collarbone)"),
}


def _anchor(geo: FaceGeometry, spec: tuple, side: str) -> np.ndarray:
    """((index_a, index_b, t), (out, up)) -> photo pixels on `side`."""
    (a, b, t), offset = spec
    base = (1 - t) * geo.point(a, side) + t * geo.point(b, side)
    return base + geo.vector(offset, side)


def zone_path(zone: str, side: str, geo: FaceGeometry) -> tuple[np.ndarray, np.ndarray]:
    """The nominal drainage path (start_src, end_src) of a zone on one side."""
    spec = ZONE_SPECS[zone]
    return _anchor(geo, spec.start, side), _anchor(geo, spec.end, side)


def zone_centre(zone: str, side: str, geo: FaceGeometry) -> np.ndarray:
    start, end = zone_path(zone, side, geo)
    return (start + end) / 2


def chord_length_fw(zone: str, direction_out_up: tuple[float, float]) -> float:
    """Length of the zone ellipse's chord through its centre along a direction."""
    ex, ey = ZONE_SPECS[zone].half_extent_fw
    out, up = direction_out_up
    norm = np.hypot(out, up)
    return float(2.0 / np.hypot(out / norm / ex, up / norm / ey))
