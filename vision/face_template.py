"""The frontal face the face frame is fitted to: a few FaceMesh landmarks in 3-D, and the
depth of the skin between them.

Units are face widths (`_fw`): x toward the person's LEFT, y toward the chin, depth away
from the camera, origin at the nose bridge (FaceMesh 168). x and y are FaceMesh on
scikit-image's astronaut portrait, made symmetric (the mean with matplotlib's Grace Hopper
portrait differs from them by 0.007 face widths on average); the depths, and the skin's
depth below, are the symmetric mean of FaceMesh on both portraits, each turned level and
scaled to one face width. FaceMesh's depth is on the same scale as its x.
"""

from __future__ import annotations

import numpy as np

# FaceMesh index: (y, depth) on the midline.
_MIDLINE_FW = {10: (-0.321, 0.011), 151: (-0.217, -0.007), 9: (-0.112, -0.019),
               8: (-0.053, -0.005), 168: (0.0, 0.0), 6: (0.058, -0.029), 197: (0.113, -0.062),
               195: (0.163, -0.099), 5: (0.217, -0.137), 4: (0.283, -0.151), 1: (0.329, -0.133)}
# (person's right index, person's left index): (|x|, y, depth)
_PAIRS_FW = {
    (33, 263): (0.338, 0.018, 0.163),    # outer eye corners
    (133, 362): (0.129, 0.036, 0.127),   # inner eye corners
    (159, 386): (0.251, -0.020, 0.102),  # upper eyelids
    (145, 374): (0.231, 0.048, 0.114),   # lower eyelids
    (70, 300): (0.422, -0.082, 0.159),   # brow tails
    (105, 334): (0.311, -0.141, 0.048),  # brow arches
    (107, 336): (0.112, -0.122, -0.014),  # brow heads
    (127, 356): (0.506, 0.045, 0.522),   # temples at the face edge
    (162, 389): (0.500, -0.054, 0.440),
    (234, 454): (0.500, 0.139, 0.562),   # face edges at cheekbone level
    # The lower face moves with the mouth, but stands in when hands cover the upper face.
    (129, 358): (0.176, 0.263, 0.068),   # nose wings
    (132, 361): (0.481, 0.342, 0.563),   # face edges below the cheekbones
    (61, 291): (0.240, 0.435, 0.166),    # mouth corners
    (58, 288): (0.450, 0.452, 0.530),
    (172, 397): (0.405, 0.544, 0.464),   # jaw
}

# Skin depth as a polynomial of (x^2, y), fitted to all 468 points of the same portraits
# (about 0.05 fw rms: the nose stands out of it); used only where a turned head makes depth
# matter. Beyond the face the depth at the nearest face point stands in (for the neck, see
# `surface_depth_fw`).
_SURFACE_COEF = np.array([0.0199, 0.8264, 2.4415, -0.12, -0.0638, 0.6156, 1.7882, 0.0248])
_SURFACE_X_FW = 0.55
_SURFACE_Y_FW = (-0.35, 0.85)
# Below the face, the neck: an upright cylinder about the axis the head turns on (the top of
# the spine, on the midline at about the depth of the ear canals), narrower than the face
# (a neck is about 0.8 face widths wide). Its shape does not change when the head turns
# about that axis, so the neck is seen where it is whichever way the head looks (the skin
# under the chin's edge, by contrast, curves steeply back to the jaw angles). The chin's
# underside passes into it over `_NECK_BLEND_FW` below the face's lower edge. Used only for
# points that the face's own surface puts below that edge (`vision.face_frame`).
NECK_AXIS_DEPTH_FW = 0.6
NECK_RADIUS_FW = 0.4
_NECK_BLEND_FW = 0.15
# The face's skin ends here (face widths below the nose bridge: under the chin).
SKIN_LOWER_EDGE_FW = _SURFACE_Y_FW[1]


def _template() -> tuple[np.ndarray, np.ndarray]:
    indices, points = [], []
    for index, (y, depth) in _MIDLINE_FW.items():
        indices.append(index)
        points.append((0.0, y, depth))
    for (right, left), (x, y, depth) in _PAIRS_FW.items():
        indices += [right, left]
        points += [(-x, y, depth), (x, y, depth)]
    return np.array(indices), np.array(points, dtype=np.float64)


# TEMPLATE_INDICES: (n,) FaceMesh indices; TEMPLATE_3D_FW: (n, 3) x, y, depth.
TEMPLATE_INDICES, TEMPLATE_3D_FW = _template()
TEMPLATE_FW = TEMPLATE_3D_FW[:, :2]


def skin_depth_fw(points_fw: np.ndarray) -> np.ndarray:
    """(...,) depth of the skin at face-frame points (..., 2), in face widths."""
    points_fw = np.asarray(points_fw, dtype=np.float64)
    x2 = np.clip(points_fw[..., 0], -_SURFACE_X_FW, _SURFACE_X_FW) ** 2
    y = np.clip(points_fw[..., 1], *_SURFACE_Y_FW)
    terms = np.stack([np.ones_like(x2), x2, x2 * x2, y, y * y, y ** 3, x2 * y, x2 * y * y], axis=-1)
    return terms @ _SURFACE_COEF


def surface_depth_fw(points_fw: np.ndarray) -> np.ndarray:
    """(...,) `skin_depth_fw` down to the face's lower edge (`SKIN_LOWER_EDGE_FW`), and
    below it the chin's underside passing into the neck's cylinder."""
    points_fw = np.asarray(points_fw, dtype=np.float64)
    neck_x2 = np.minimum(points_fw[..., 0] ** 2, NECK_RADIUS_FW ** 2)
    neck_depth = NECK_AXIS_DEPTH_FW - np.sqrt(NECK_RADIUS_FW ** 2 - neck_x2)
    neck_share = np.clip((points_fw[..., 1] - SKIN_LOWER_EDGE_FW) / _NECK_BLEND_FW, 0.0, 1.0)
    face_depth = skin_depth_fw(points_fw)
    return face_depth + neck_share * (neck_depth - face_depth)


def _depth_range() -> tuple[float, float]:
    x, y = np.meshgrid(np.linspace(0.0, _SURFACE_X_FW, 56), np.linspace(*_SURFACE_Y_FW, 121))
    depth = skin_depth_fw(np.stack([x, y], axis=-1))
    neck = surface_depth_fw(np.stack([x, y + _NECK_BLEND_FW + 0.3], axis=-1))  # past the blend
    depth = np.concatenate([depth, neck])
    return float(depth.min()) - 0.02, float(depth.max()) + 0.02


# Every depth of the skin lies in this range (face widths), with a margin.
SKIN_DEPTH_RANGE_FW = _depth_range()

# A few heights down the face (FaceMesh index pairs, a midline point paired with itself):
# the brow arches, the outer eye corners, the nose tip, the jaw angles and the chin, and
# their height (y, face widths) on this template. Faces differ most in these heights (a
# long chin, a low jaw): a person's own heights map their face onto this one
# (`vision.face_shape`), so that the zones follow their jaw and chin. The chin (152) is no
# template point (it moves with the mouth); its height is measured like the others, on the
# astronaut and Grace Hopper clips' face frames (0.83 and 0.82).
LEVEL_PAIRS = ((105, 334), (33, 263), (1, 1), (172, 397), (152, 152))
LEVELS_FW = (-0.141, 0.018, 0.329, 0.544, 0.825)
