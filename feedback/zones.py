"""Which massage zone a face-frame point is in.

The zone map is data: each zone is a few anchor points in the side-folded face frame
`(out_fw, down_fw)` (distance from the midline, and distance below the nose bridge, both
in face widths; see `vision.face_frame`). A point belongs to the zone of its nearest
anchor, and to no zone when every anchor is farther than `ON_FACE_RADIUS_FW`.
"""

from __future__ import annotations

import numpy as np

from vision.landmarks import Side

ZONE_ANCHORS_FW: dict[str, tuple[tuple[float, float], ...]] = {
    "forehead": ((0.0, -0.24), (0.14, -0.25), (0.28, -0.23), (0.40, -0.19)),
    "temple": ((0.46, -0.04), (0.43, 0.05), (0.48, 0.12)),  # lateral of the outer eye corner
    "under_eye": ((0.16, 0.12), (0.26, 0.13)),  # inner to outer eye corner (|x| 0.13-0.34)
    "nose": ((0.06, 0.14), (0.10, 0.25)),
    "cheek": ((0.24, 0.30), (0.34, 0.29), (0.44, 0.25)),
    "jawline": ((0.28, 0.66), (0.37, 0.58), (0.45, 0.47)),
    # On the chin, inside the face outline (the jaw's lower edge runs through about (0, 0.85),
    # (0.09, 0.83), (0.17, 0.80)): below it, under the chin and the jaw, is the neck.
    "chin": ((0.0, 0.66), (0.08, 0.78), (0.0, 0.80)),
    "neck": ((0.26, 0.91), (0.30, 1.15), (0.12, 1.10), (0.34, 1.30)),  # from under the jaw
}
ON_FACE_RADIUS_FW = 0.2
# Points closer to the midline than this are "on the midline" when choosing a side.
MIDLINE_BAND_FW = 0.03

_ZONE_OF_ANCHOR = np.array([z for z, anchors in ZONE_ANCHORS_FW.items() for _ in anchors])
_ANCHORS_FW = np.array([a for anchors in ZONE_ANCHORS_FW.values() for a in anchors])


def side_of(x_fw: float) -> Side:
    """The person's side of a face-frame x (x points toward the person's left)."""
    return "left" if x_fw >= 0 else "right"


def fold(points_fw: np.ndarray) -> np.ndarray:
    """(..., 2) face-frame points -> (..., 2) side-folded (out_fw, down_fw)."""
    points_fw = np.asarray(points_fw, dtype=np.float64)
    return np.stack([np.abs(points_fw[..., 0]), points_fw[..., 1]], axis=-1)


def zone_at(point_fw: np.ndarray) -> str | None:
    """The zone under one face-frame point (2,), or None when it is off the face."""
    distances = np.linalg.norm(_ANCHORS_FW - fold(point_fw), axis=1)
    nearest = int(np.argmin(distances))
    return str(_ZONE_OF_ANCHOR[nearest]) if distances[nearest] <= ON_FACE_RADIUS_FW else None


def is_on_face(point_fw: np.ndarray) -> bool:
    return zone_at(point_fw) is not None


def points_along(path_fw: np.ndarray, n_points: int) -> np.ndarray:
    """(n_points, 2) points evenly spaced by arc length along a path (n, 2), from its start
    to its end (all at the start for a path that does not move)."""
    path_fw = np.asarray(path_fw, dtype=np.float64)
    step_fw = np.linalg.norm(np.diff(path_fw, axis=0), axis=1)
    arc_fw = np.concatenate([[0.0], np.cumsum(step_fw)])
    if arc_fw[-1] == 0:
        return np.repeat(path_fw[:1], n_points, axis=0)
    at_fw = np.linspace(0.0, arc_fw[-1], n_points)
    return np.stack([np.interp(at_fw, arc_fw, path_fw[:, i]) for i in range(2)], axis=-1)


# The points along a stroke whose zones are counted (odd: the midpoint is one of them).
PATH_VOTES = 21
# Zones whose strokes run, by the protocol (docs/protocol.md), out of the zone onto a
# neighbour: the nose stroke runs from the side of the nose "outward onto the cheek", the
# forehead stroke "from the midline to the temple". Such a stroke set off in its own zone and
# may end well inside the neighbour (a slow stroke whose fingers rest on the way is whole).
RUNS_ONTO: dict[str, str] = {"nose": "cheek", "forehead": "temple"}


def path_zone(path_fw: np.ndarray) -> str | None:
    """The zone in which most of a path (n, 2) lies, by length: the zone of the most of
    `PATH_VOTES` points evenly spaced along it (None counts too: off the face); when zones
    tie for the most, the zone at its midpoint. By length, not by time, so that where the
    fingers rest at one end does not outweigh where they travel; a stroke and its reverse
    get the same zone.

    A path that most lies in a zone another zone's strokes run onto (`RUNS_ONTO`: the cheek
    for the nose, the temple for the forehead) is that other zone's when its inner half, the
    half nearer the midline where such a stroke sets off, lies mostly there: the fingers land
    and push from the nose and carry the skin past its edge. Inner by distance from the
    midline, so a stroke done in reverse gets the same zone."""
    points, zones = _path_votes(path_fw)
    most = _most_frequent(zones)
    zone = most[0] if len(most) == 1 else zones[PATH_VOTES // 2]
    if zone in RUNS_ONTO.values():  # did it set off in a zone whose strokes run onto this one?
        out_fw = np.abs(points[:, 0])
        set_off = _most_frequent([z for z, out in zip(zones, out_fw) if out <= np.median(out_fw)])
        if len(set_off) == 1 and RUNS_ONTO.get(set_off[0]) == zone:  # a tie: no override
            return set_off[0]
    return zone


def zone_shares(path_fw: np.ndarray) -> dict[str, float]:
    """The share of a path's length (n, 2) that lies in each zone it passes through (off
    the face not counted), by the same votes as `path_zone`."""
    _, zones = _path_votes(path_fw)
    return {zone: zones.count(zone) / PATH_VOTES for zone in dict.fromkeys(zones) if zone is not None}


def _path_votes(path_fw: np.ndarray) -> tuple[np.ndarray, list[str | None]]:
    """`PATH_VOTES` points evenly spaced along a path (n, 2), and the zone of each."""
    points = points_along(path_fw, PATH_VOTES)
    return points, [zone_at(point) for point in points]


def _most_frequent(zones: list[str | None]) -> list[str | None]:
    """The zones that occur most often among these (more than one on a tie), in order."""
    counts = {zone: zones.count(zone) for zone in zones}
    return [zone for zone, count in counts.items() if count == max(counts.values())]


def stroke_place(path_fw: np.ndarray) -> tuple[str | None, Side]:
    """Zone and side of a stroke path (n, 2).

    Zone: the zone most of the path lies in (`path_zone`): a stroke that starts or ends
    across a zone boundary, or whose midpoint falls just over one, keeps the zone it runs in.
    Side: the side of the point farthest from the midline, so a stroke that starts on the
    midline takes the side it moves toward (also when it is done in reverse).
    """
    path_fw = np.asarray(path_fw, dtype=np.float64)
    farthest = path_fw[int(np.argmax(np.abs(path_fw[:, 0])))]
    if abs(farthest[0]) < MIDLINE_BAND_FW:  # along the midline: the side it drifts to
        farthest = path_fw[-1] - path_fw[0]
    return path_zone(path_fw), side_of(float(farthest[0]))
