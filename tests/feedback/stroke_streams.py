"""Touching stretches made by code for the stroke-cutting tests: moves at 30 fps along
straight lines in the face frame (face widths), with a real hand's speed profiles."""

import numpy as np

from feedback.config import CoachConfig

CONFIG = CoachConfig()
FPS = 30.0
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
