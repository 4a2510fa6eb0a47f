"""A head turned in 3-D: the photo's FaceMesh drawn as a textured mesh and rotated.

The 468 face landmarks (x, y and FaceMesh's relative depth z, all in photo pixels) are
rotated about a pivot inside the head (yaw about the vertical, pitch about the ear-to-ear
axis), projected orthographically and the photo is warped triangle by triangle
(piecewise affine over a Delaunay triangulation of the frontal landmarks). Triangles that
turn their back to the camera are drawn first (under everything: they only fill slivers
at the face's edge), the others far to near. Two rings
of points around the face carry the hair, ears and neck: the inner ring turns flat (as if
on the pivot's plane), the outer ring and the photo's corners stay put, so the background
bends smoothly into the turned face.

Any photo point (a scripted stroke on the skin) is carried by the same triangles
(barycentric coordinates), so labels stay exact on a turned head.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from scipy.spatial import Delaunay

from . import camera

PIVOT_DEPTH_FW = 0.45  # the head's pivot behind the face frame's plane (FaceMesh z = 0)
PIVOT_DROP_FW = 0.35  # ... and below the nose bridge
RINGS = (1.35, 2.3)  # ring radii / the face outline's, around the face centre
RING_POINTS = 24
SMOOTHING_STEPS = 4  # neighbour averages of the depth: FaceMesh's z is rough at the edges


def _ring(centre: np.ndarray, outline: np.ndarray, factor: float) -> np.ndarray:
    """RING_POINTS points on the face outline scaled `factor` times about `centre`."""
    rel = outline - centre
    angles = np.arctan2(rel[:, 1], rel[:, 0])
    radii = np.linalg.norm(rel, axis=1)
    wanted = np.linspace(-np.pi, np.pi, RING_POINTS, endpoint=False)
    nearest = np.abs((angles[None, :] - wanted[:, None] + np.pi) % (2 * np.pi) - np.pi)
    r = radii[np.argmin(nearest, axis=1)] * factor
    return centre + np.stack([np.cos(wanted), np.sin(wanted)], 1) * r[:, None]


class TurnedFace:
    """The mesh of one face photo, ready to be turned (see module docstring)."""

    def __init__(self, landmarks_src: np.ndarray, photo_wh: tuple[int, int]):
        face = np.asarray(landmarks_src, np.float64)[:468]
        fw = float(np.linalg.norm(face[454, :2] - face[234, :2]))
        centre = face[:, :2].mean(0)
        hull = face[cv2.convexHull(face[:, :2].astype(np.float32), returnPoints=False)[:, 0]]
        inner = _ring(centre, hull[:, :2], RINGS[0])
        outer = _ring(centre, hull[:, :2], RINGS[1])
        w, h = photo_wh
        pad = 4.0 * max(w, h)
        corners = np.array([[-pad, -pad], [w + pad, -pad], [w + pad, h + pad], [-pad, h + pad]])
        self.points_2d = np.vstack([face[:, :2], inner, outer, corners])
        self.depth = np.concatenate([face[:, 2], np.zeros(len(inner))])
        self.n_face, self.n_turning = len(face), len(face) + len(inner)
        self.pivot = np.array([face[168, 0], face[168, 1] + PIVOT_DROP_FW * fw,
                               PIVOT_DEPTH_FW * fw])
        self.inner_pivot_depth = self.pivot[2]
        self.mesh = Delaunay(self.points_2d)
        self.triangles = self.mesh.simplices
        self.depth[:self.n_face] = _smoothed(self.depth[:self.n_face],
                                             self.triangles, self.n_face)
        self.is_face = np.all(self.triangles < self.n_face, axis=1)
        self.area0 = _signed_areas(self.points_2d, self.triangles)

    def vertices(self, yaw_deg: float, pitch_deg: float) -> tuple[np.ndarray, np.ndarray]:
        """Turned vertex positions (photo px) and their depths (for the drawing order)."""
        n = self.n_turning
        xyz = np.column_stack([self.points_2d[:n], self.depth])
        xyz[self.n_face:, 2] = self.inner_pivot_depth  # the inner ring turns flat
        rel = xyz - self.pivot
        a, b = np.radians(yaw_deg), np.radians(pitch_deg)
        yaw = np.array([[np.cos(a), 0, -np.sin(a)], [0, 1, 0], [np.sin(a), 0, np.cos(a)]])
        pitch = np.array([[1, 0, 0], [0, np.cos(b), np.sin(b)], [0, -np.sin(b), np.cos(b)]])
        turned = rel @ (pitch @ yaw).T + self.pivot
        points = self.points_2d.copy()
        points[:n] = turned[:, :2]
        depth = np.concatenate([turned[:, 2], np.full(len(points) - n, turned[:, 2].max())])
        return points, depth

    def at(self, yaw_deg: float, pitch_deg: float, matrix: np.ndarray) -> Warp:
        """The warp photo -> frame for this turn followed by the camera's affine `matrix`."""
        points, depth = self.vertices(yaw_deg, pitch_deg)
        return Warp(self, camera.apply(matrix, points), depth, matrix)


def _smoothed(values: np.ndarray, triangles: np.ndarray, n: int) -> np.ndarray:
    """Values on the first n vertices, each averaged with its mesh neighbours a few times."""
    face = triangles[np.all(triangles < n, axis=1)]
    edges = np.vstack([face[:, [0, 1]], face[:, [1, 2]], face[:, [2, 0]]])
    edges = np.vstack([edges, edges[:, ::-1]])
    count = np.bincount(edges[:, 0], minlength=n) + 1.0
    out = values.copy()
    for _ in range(SMOOTHING_STEPS):
        out = (out + np.bincount(edges[:, 0], out[edges[:, 1]], minlength=n)) / count
    return out


def _signed_areas(points: np.ndarray, triangles: np.ndarray) -> np.ndarray:
    p, q, r = (points[triangles[:, k]] for k in range(3))
    return 0.5 * ((q[:, 0] - p[:, 0]) * (r[:, 1] - p[:, 1])
                  - (q[:, 1] - p[:, 1]) * (r[:, 0] - p[:, 0]))


@dataclass
class Warp:
    """One turned pose of a TurnedFace, with the camera applied (frame pixels)."""

    face: TurnedFace
    vertices_px: np.ndarray
    depth: np.ndarray
    matrix: np.ndarray  # the camera's affine part (photo -> frame) for what no triangle covers

    def points(self, points_src: np.ndarray) -> np.ndarray:
        """Photo points -> frame pixels through the same triangles as the picture."""
        pts = np.atleast_2d(np.asarray(points_src, np.float64))
        simplex = self.face.mesh.find_simplex(pts)
        transform = self.face.mesh.transform[simplex]
        bary2 = np.einsum("nij,nj->ni", transform[:, :2], pts - transform[:, 2])
        bary = np.column_stack([bary2, 1 - bary2.sum(1)])
        corners = self.vertices_px[self.face.triangles[simplex]]
        out = np.einsum("ni,nij->nj", bary, corners)
        return out.reshape(np.shape(points_src))

    def image(self, photo: np.ndarray, wh: tuple[int, int]) -> np.ndarray:
        """The photo warped piecewise-affinely into a frame of size wh."""
        tris = self.face.triangles
        front = _signed_areas(self.vertices_px, tris) * np.sign(self.face.area0) > 0.05
        far_first = np.argsort(-self.depth[tris].mean(1))
        ring = ~self.face.is_face
        # background rings first, then face triangles seen from behind (thin slivers at
        # the face's edge would leave holes; real back faces end up covered), then the
        # front faces far to near
        order = [k for k in far_first if front[k] and ring[k]] + \
                [k for k in far_first if not front[k] and not ring[k]] + \
                [k for k in far_first if front[k] and not ring[k]]
        w, h = wh
        ids = np.full((h, w), -1, np.int32)
        for k in order:
            poly = np.round(self.vertices_px[tris[k]] * 16).astype(np.int32)
            cv2.fillConvexPoly(ids, poly, int(k), cv2.LINE_8, 4)
        inverse = _inverse_affines(self.vertices_px, self.face.points_2d, tris)
        flat = cv2.invertAffineTransform(self.matrix)[None]
        inverse = np.concatenate([inverse, flat])  # id -1 picks the flat camera warp
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        chosen = inverse[ids]  # (h, w, 2, 3)
        map_x = chosen[..., 0, 0] * xx + chosen[..., 0, 1] * yy + chosen[..., 0, 2]
        map_y = chosen[..., 1, 0] * xx + chosen[..., 1, 1] * yy + chosen[..., 1, 2]
        return cv2.remap(photo, map_x.astype(np.float32), map_y.astype(np.float32),
                         cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT101)


def _inverse_affines(dst: np.ndarray, src: np.ndarray, tris: np.ndarray) -> np.ndarray:
    """(n, 2, 3) affine maps frame px -> photo px, one per triangle (degenerate: zeros)."""
    d = np.concatenate([dst[tris], np.ones((len(tris), 3, 1))], axis=2)  # (n, 3, 3)
    s = src[tris]  # (n, 3, 2)
    out = np.zeros((len(tris), 2, 3))
    ok = np.abs(np.linalg.det(d)) > 1e-6
    out[ok] = np.transpose(np.linalg.solve(d[ok], s[ok]), (0, 2, 1))
    return out
