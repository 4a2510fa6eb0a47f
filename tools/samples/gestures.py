"""Negatives: a hand near (or resting on) the face that does not massage it.

Each gesture is one `near_face` interval in the labels (with the gesture's name); the
hand comes into view before it (approach) and goes out of view after it (leave), except
`pass`, which crosses the frame from out of view to out of view. The coach should find
no stroke in any of them.

wave          the hand waves in front of the face, nearer the camera (bigger)
chin_rest     the chin rests on the hand (fingers under the jaw), nearly still
mouth_cover   the hand lies over the mouth, nearly still
nose_scratch  a few quick tiny moves on the side of the nose
pass          the hand passes in front of the face without stopping
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

from .face import FaceGeometry
from .segments import Cursor, offscreen

KINDS = ("wave", "chin_rest", "mouth_cover", "nose_scratch", "pass")


@dataclass(frozen=True)
class Gesture:
    """A hand near the face, labelled near_face. side None = the hand's own side."""

    kind: str
    side: str | None = None

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown gesture {self.kind!r}; known: {', '.join(KINDS)}")


@dataclass(frozen=True)
class _Shape:
    """Where a gesture happens: the working point moves start -> end (photo px) with the
    fingers along dir_deg, the hand `lift` times its touching size, for duration_s."""

    start: np.ndarray
    end: np.ndarray
    dir_deg: float
    lift: float
    duration_s: float
    wiggle: tuple[float, float, float] = (0.0, 0.0, 0.0)
    rock_deg: float = 0.0


def _deg(v: np.ndarray) -> float:
    return float(np.degrees(np.arctan2(v[1], v[0])))


def _shape(kind: str, geo: FaceGeometry, side: str, rng: random.Random) -> _Shape:
    U = rng.uniform
    other = "left" if side == "right" else "right"
    nose_tip = geo.landmarks_src[1]
    across_deg = _deg(geo.down_axis)  # for wiggles along the face's vertical
    sideways_deg = _deg(geo.x_axis)
    up = _deg(geo.vector((-0.1, 1.0), side))
    if kind == "wave":
        point = nose_tip + geo.vector((U(0.0, 0.15), U(0.0, 0.2)), side)
        return _Shape(point, point, up, U(1.4, 1.6), U(2.0, 3.0),
                      (U(0.18, 0.25), U(1.5, 2.5), sideways_deg), rock_deg=15.0)
    if kind == "pass":
        height = U(-0.1, 0.3)
        start = geo.origin_src + geo.vector((2.6, -height), side)
        end = geo.origin_src + geo.vector((2.6, -height - U(-0.2, 0.2)), other)
        return _Shape(start, end, up, U(1.5, 1.8), U(0.9, 1.4))
    if kind == "chin_rest":
        point = geo.point(176, other) + geo.vector((0.0, -U(0.04, 0.08)), other)
        return _Shape(point, point, _deg(geo.vector((1.0, U(0.15, 0.35)), other)), 1.0,
                      U(3.0, 4.5), (0.01, U(0.2, 0.4), across_deg))
    if kind == "mouth_cover":
        corner = geo.landmarks_src[291 if other == "left" else 61]
        point = corner + geo.vector((U(0.02, 0.06), 0.0), other)
        return _Shape(point, point, _deg(geo.vector((1.0, U(0.0, 0.2)), other)), 1.0,
                      U(2.5, 3.5), (0.008, U(0.3, 0.5), across_deg))
    point = nose_tip + geo.vector((U(0.03, 0.05), U(0.03, 0.08)), side)  # nose_scratch
    return _Shape(point, point, _deg(geo.vector((-0.4, 1.0), side)), 1.0, U(1.0, 1.6),
                  (U(0.02, 0.03), U(3.5, 5.0), across_deg), rock_deg=4.0)


def perform(cur: Cursor, gesture: Gesture, geo: FaceGeometry, rng: random.Random,
            wait_s: float) -> None:
    """Append one gesture to a hand that is out of view (it waits there wait_s first)."""
    shape = _shape(gesture.kind, geo, gesture.side or cur.hand, rng)
    extra = dict(wiggle=shape.wiggle, rock_deg=shape.rock_deg, gesture=gesture.kind)
    lift = (shape.lift, shape.lift, 0.0)
    if gesture.kind == "pass":
        cur.point, cur.dir_deg, cur.lift = shape.start, shape.dir_deg, shape.lift
        if wait_s > 0:
            cur.push("approach", wait_s, cur.point, cur.dir_deg, lift=lift)
        cur.push("near_face", shape.duration_s, shape.end, shape.dir_deg, lift=lift, **extra)
        cur.away = True
        return
    cur.point = offscreen(shape.start, shape.dir_deg, geo.fw_src)
    cur.dir_deg = shape.dir_deg
    cur.arrive(shape.start, shape.dir_deg, rng.uniform(0.7, 1.1), rng.uniform(-0.1, 0.1),
               lift=shape.lift, wait_s=wait_s)
    cur.push("near_face", shape.duration_s, shape.end, shape.dir_deg, lift=lift, **extra)
    cur.leave(geo.fw_src, rng.uniform(0.6, 1.0), rng.uniform(-0.1, 0.1))
