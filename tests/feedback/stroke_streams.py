"""Touching stretches made by code for the stroke-cutting tests: moves at 30 fps along
straight lines in the face frame (face widths), with a real hand's speed profiles; and a
stroke with its palm sizes, lifting off at its end; the strokes of one whole stretch; and
straight legs with their palm sizes for the leg-model tests."""

import numpy as np

from feedback.config import CoachConfig
from feedback.stroke import Stroke
from feedback.strokes import cut_pieces, long_enough

CONFIG = CoachConfig()
FPS = 30.0
TOUCH_PALM_FW = 0.25  # a palm's size when it touches, in face widths
A, B, C = (-0.20, 0.30), (-0.45, 0.30), (-0.70, 0.30)


def profile(kind: str, f: float) -> float:
    """Share of the way done at fraction f of a move."""
    return {"ease": 0.5 - 0.5 * np.cos(np.pi * f),  # a real hand: slow, fast, slow
            "linear": f,
            "settle": 1 - (1 - f) ** 2,  # fast at first, then slowing to rest
            "leave": f ** 2}[kind]  # from rest, faster and faster


def stretch(*moves) -> tuple[np.ndarray, np.ndarray]:
    """Samples at 30 fps along (start, end, duration_s, kind) moves, joined end to end."""
    t_s, points, t0 = [], [], 0.0
    for start, end, duration_s, kind in moves:
        n = round(duration_s * FPS)
        for i in range(n):
            t_s.append(t0 + i / FPS)
            points.append(np.add(start, profile(kind, i / n) * np.subtract(end, start)))
        t0 += n / FPS
    t_s.append(t0)
    points.append(np.array(moves[-1][1], dtype=float))
    return np.array(t_s), np.array(points)


def rest(p, duration_s):
    return (p, p, duration_s, "linear")


def spans(strokes):
    return [(s.t_start_s, s.t_end_s) for s in strokes]


def stroke_lifting_off(on_skin_s=0.5, lift_s=0.2, lift_peak=1.15, start=(-0.20, 0.32),
                       end=(-0.44, 0.25), carry_on=(-0.08, -0.02), landing=0.0):
    """A stroke on the skin from `start` to `end` over `on_skin_s` (the palm at its touching
    size, `landing` bigger at the first sample and shrinking over the first fifth), then a
    lift-off over `lift_s` during which the palm grows linearly to `lift_peak` times its
    touching size while the fingertips carry on by `carry_on` in the air."""
    n_skin, n_lift = round(on_skin_s * FPS) + 1, round(lift_s * FPS)
    tau = np.linspace(0.0, 1.0, n_skin)
    skin = np.array(start) + np.outer(tau, np.subtract(end, start))
    palm_skin = TOUCH_PALM_FW * (1.0 + landing * np.clip(1.0 - 5.0 * tau, 0.0, None))
    up = np.arange(1, n_lift + 1) / max(n_lift, 1)
    air = np.array(end) + np.outer(up, carry_on)
    palm_air = TOUCH_PALM_FW * (1.0 + (lift_peak - 1.0) * up)
    t_s = np.arange(n_skin + n_lift) / FPS
    return Stroke("right", t_s, np.vstack([skin, air]), np.concatenate([palm_skin, palm_air]))


def split_strokes(hand, t_s, points_fw, config, ended_by="lift", entered=False, palm_fw=None) -> list[Stroke]:
    """The strokes of one whole touching stretch: its pieces long enough to be strokes (what
    the segmenter hands out for a stretch with nothing held before it)."""
    pieces, _ = cut_pieces(hand, t_s, points_fw, config, ended_by, entered, palm_fw)
    return [piece for piece in pieces if long_enough(piece, config)]


def straight_leg(t0_s: float, travel_fw, duration_s: float, start_fw=(0.3, 0.3), palm_from: float = 1.0,
                 lift: float = 0.0, n_per_s: int = 30) -> Stroke:
    """A straight leg; its palm shrinks from `palm_from` times the touching size (a hand
    still coming down) to the touching size, and grows by `lift` in its middle."""
    n = max(4, round(duration_s * n_per_s))
    tau = np.linspace(0.0, 1.0, n)
    path = np.asarray(start_fw) + tau[:, None] * np.asarray(travel_fw)
    palm = TOUCH_PALM_FW * (palm_from + (1.0 - palm_from) * tau) * (1.0 + lift * np.sin(np.pi * tau))
    return Stroke("right", t0_s + tau * duration_s, path, palm)
