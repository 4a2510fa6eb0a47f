"""The second hand model ("bending"): not a rigid template. Fingers flex (and press) while
they stroke, the hand rolls about its long axis (its 2-D outline changes), and its
proportions differ from the template's.

A pose is computed in 3-D from the template's joints (hand.CANONICAL, a flat right hand,
back to the camera, fingers up): each finger's joints bend toward the face (into the
image, +z), then the hand turns about the wrist -> middle-knuckle axis, and the result is
projected orthographically. The camera sees bent fingers foreshortened.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import hand

# Bend at (MCP, PIP, DIP) in degrees for flex = 1: a hand pressing with curved fingers.
FULL_FLEX_DEG = (20.0, 55.0, 35.0)
THUMB_DEPTH = 0.12  # the thumb lies below the back of the hand (toward the face)
# Stroking with the ring finger alone, a person folds the index and middle fingers in
# toward the palm, out of the way: this much more flex for them when fully folded.
FOLD_FLEX = 1.3


@dataclass(frozen=True)
class Proportions:
    """Finger length and palm width relative to the template."""

    finger_scale: float = 1.0
    palm_width: float = 1.0


def posed(flex: float, roll_deg: float, shape: Proportions = Proportions(),
          folded: float = 0.0) -> np.ndarray:
    """(21, 2) right-hand keypoints in the template's units for this pose; `folded` (0 to 1):
    how far the index and middle fingers are folded in for a ring-finger stroke."""
    flat = hand.CANONICAL.copy()
    flat[:, 0] *= shape.palm_width
    xyz = np.column_stack([flat, np.zeros(21)])
    xyz[1:5, 2] = THUMB_DEPTH * np.linspace(0.4, 1.0, 4)
    for k in range(4):  # index .. pinky
        bends = np.radians(np.array(FULL_FLEX_DEG) * (flex + FOLD_FLEX * folded * (k < 2)))
        chain = [5 + 4 * k + j for j in range(4)]
        base = xyz[chain[0]].copy()
        total, joint = 0.0, base
        for j in range(3):
            seg = (flat[chain[j + 1]] - flat[chain[j]]) * shape.finger_scale
            length = np.linalg.norm(seg)
            direction = seg / length
            total += bends[j]
            step = np.array([direction[0] * np.cos(total), direction[1] * np.cos(total),
                             np.sin(total)]) * length
            joint = joint + step
            xyz[chain[j + 1]] = joint
    axis = flat[9] - flat[0]
    axis /= np.linalg.norm(axis)
    across = np.array([-axis[1], axis[0]])
    rel = xyz[:, :2] - flat[0]
    u, v, z = rel @ axis, rel @ across, xyz[:, 2]
    r = np.radians(roll_deg)
    v_seen = v * np.cos(r) + z * np.sin(r)
    return flat[0] + np.outer(u, axis) + np.outer(v_seen, across)


def flex_for(kind: str, tau: float, press: float) -> float:
    """How bent the fingers are: they press and curl during a stroke (most in its middle),
    straighten a little in the air."""
    if kind == "stroke":
        return 0.25 + press * np.sin(np.pi * tau)
    if kind in ("pause", "near_face"):
        return 0.3
    return 0.1
