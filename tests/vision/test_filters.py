"""The One Euro filter: still points are smoothed hard, fast motion is followed closely.

Steady state of one filter step, hand-checkable: with alpha = 1 / (1 + tau / dt) and
tau = 1 / (2 pi cutoff), a ramp of speed v is followed at a lag of v * tau (whatever dt).
"""

import math

import numpy as np
import pytest

from vision.filters import OneEuroFilter


def run(filt, times_s, values):
    return np.array([filt(v, t) for t, v in zip(times_s, values)])


@pytest.mark.parametrize("value", [0.0, 3.5, [1.0, -2.0], [[1.0, 2.0], [3.0, 4.0]]])
def test_a_constant_signal_stays_exactly_constant(value):
    times_s = np.arange(60) / 30
    out = run(OneEuroFilter(), times_s, [value] * 60)
    assert np.array_equal(out, np.array([value] * 60, dtype=float))


def test_the_first_sample_passes_through_as_a_copy():
    filt = OneEuroFilter()
    x = np.array([4.0, 5.0])
    y = filt(x, 0.0)
    assert np.array_equal(y, x) and y is not x
    y[0] = 99.0  # the caller cannot change the filter's state
    assert np.array_equal(filt(x, 1 / 30), x)


@pytest.mark.parametrize("beta", [0.0, 0.5])
def test_noise_on_a_still_point_is_reduced(beta):
    rng = np.random.default_rng(1)
    times_s = np.arange(300) / 30
    noisy = 5.0 + rng.normal(0, 0.01, (300, 2))
    out = run(OneEuroFilter(min_cutoff_hz=1.0, beta=beta), times_s, noisy)
    # An exponential average with alpha 0.173 (1 Hz at 30 fps) keeps sqrt(a / (2 - a)) = 0.31 of
    # white noise's spread; beta lets a little more through.
    ratio = out[30:].std(axis=0) / noisy[30:].std(axis=0)
    assert np.all(ratio < 0.45), ratio
    assert np.allclose(out[30:].mean(axis=0), 5.0, atol=0.01)


def test_a_ramp_is_followed_at_the_lag_v_tau_without_beta():
    speed = 100.0
    times_s = np.arange(90) / 30
    out = run(OneEuroFilter(min_cutoff_hz=1.0, beta=0.0), times_s, speed * times_s)
    expected_lag = speed / (2 * math.pi * 1.0)  # 15.9 units
    assert speed * times_s[-1] - out[-1] == pytest.approx(expected_lag, rel=0.01)


def test_a_fast_ramp_is_followed_closely_with_beta():
    speed = 100.0
    times_s = np.arange(90) / 30
    slow = run(OneEuroFilter(min_cutoff_hz=1.0, beta=0.0), times_s, speed * times_s)
    fast = run(OneEuroFilter(min_cutoff_hz=1.0, beta=1.0), times_s, speed * times_s)
    lag_slow, lag_fast = speed * times_s[-1] - slow[-1], speed * times_s[-1] - fast[-1]
    # beta=1: the cutoff rises to 1 + 100 Hz, tau to 1.6 ms: a lag of about 0.16 units.
    assert 0 < lag_fast < 0.3
    assert lag_fast < lag_slow / 20


def test_reset_forgets_the_past():
    filt = OneEuroFilter()
    run(filt, np.arange(30) / 30, np.zeros(30))
    filt.reset()
    assert np.array_equal(filt(np.array([7.0]), 1.1), [7.0])  # as a first sample
    assert filt(np.array([7.0]), 1.2)[0] == 7.0


def test_irregular_intervals_give_the_same_lag_as_regular_ones():
    rng = np.random.default_rng(3)
    times_s = np.cumsum(rng.uniform(0.005, 0.1, 200))
    speed = 2.0
    out = run(OneEuroFilter(min_cutoff_hz=1.0, beta=0.0), times_s, speed * times_s)
    assert speed * times_s[-1] - out[-1] == pytest.approx(speed / (2 * math.pi), rel=1e-3)


@pytest.mark.parametrize("dt_s", [0.1, 0.01])
def test_one_step_moves_by_alpha_of_the_interval(dt_s):
    filt = OneEuroFilter(min_cutoff_hz=1.0, beta=0.0)
    filt(np.array([0.0]), 0.0)
    tau_s = 1 / (2 * math.pi)
    assert filt(np.array([1.0]), dt_s)[0] == pytest.approx(1 / (1 + tau_s / dt_s))  # 0.386, 0.059


def test_a_constant_signal_with_irregular_intervals_stays_constant():
    times_s = np.cumsum(np.random.default_rng(5).uniform(0.001, 0.3, 50))
    out = run(OneEuroFilter(), times_s, [[2.0, -1.0]] * 50)
    assert np.array_equal(out, np.tile([2.0, -1.0], (50, 1)))
