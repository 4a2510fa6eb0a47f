"""The One Euro filter (Casiez, Roussel & Vogel, CHI 2012) for noisy landmark streams.

It smooths hard when a point is still (jitter disappears) and little when it moves fast
(no lag on a stroke): the cutoff frequency rises with the filtered speed.
"""

from __future__ import annotations

import math

import numpy as np


def _alpha(cutoff_hz: float, dt_s: float) -> float:
    tau_s = 1.0 / (2.0 * math.pi * cutoff_hz)
    return 1.0 / (1.0 + tau_s / dt_s)


class OneEuroFilter:
    """Filters a vector signal sampled at irregular times.

    min_cutoff_hz: cutoff when still (lower = smoother, more lag).
    beta: how fast the cutoff rises with speed (per unit of the signal per second).
    """

    def __init__(self, min_cutoff_hz: float = 1.0, beta: float = 0.5, d_cutoff_hz: float = 1.0):
        self.min_cutoff_hz = min_cutoff_hz
        self.beta = beta
        self.d_cutoff_hz = d_cutoff_hz
        self._t_s: float | None = None
        self._x: np.ndarray | None = None
        self._dx: np.ndarray | None = None

    def reset(self) -> None:
        self._t_s = self._x = self._dx = None

    def __call__(self, x, t_s: float) -> np.ndarray:
        x = np.asarray(x, dtype=np.float64)
        if self._x is None or self._t_s is None or t_s <= self._t_s:
            self._t_s, self._x, self._dx = t_s, x.copy(), np.zeros_like(x)
            return x.copy()
        dt_s = t_s - self._t_s
        dx = (x - self._x) / dt_s
        self._dx = self._dx + _alpha(self.d_cutoff_hz, dt_s) * (dx - self._dx)
        cutoff_hz = self.min_cutoff_hz + self.beta * float(np.linalg.norm(self._dx))
        self._x = self._x + _alpha(cutoff_hz, dt_s) * (x - self._x)
        self._t_s = t_s
        return self._x.copy()
