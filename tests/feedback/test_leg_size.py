"""How the hand's size changes along a leg (feedback/leg_size.py)."""

import numpy as np
import pytest

from feedback.leg_size import rise_in_middle, size_bump, steady_palm


def test_a_one_frame_misread_is_taken_out_at_the_ends_and_inside():
    palm = np.full(10, 0.28)
    palm[[0, 5, 9]] = 0.24  # the detection slipped for one frame, three times
    assert np.allclose(steady_palm(palm), 0.28)
    assert len(steady_palm(np.array([0.3, 0.31]))) == 2


def test_a_return_rises_above_both_ends():
    n = 24
    palm = 0.28 * (1 + 0.06 * np.sin(np.linspace(0, np.pi, n)))  # lifted 6 % in its middle
    assert 0.035 < rise_in_middle(palm) <= 0.06  # the ends are on its flanks


def test_a_return_that_rises_late_in_it_rises_above_both_ends():
    n = 27
    palm = np.full(n, 0.19)
    palm[15:23] = 0.208  # slid on at the skin's height, then lifted near its end
    assert rise_in_middle(palm) > 0.05


@pytest.mark.parametrize("palm", [
    np.linspace(0.25, 0.28, 20),                                   # coming nearer the camera all along
    0.25 + 0.03 * np.sqrt(np.linspace(0, 1, 20)),                  # grows fast, then stays (a sweep, the hand turning)
    0.28 - 0.02 * np.sin(np.linspace(0, np.pi, 20)),               # smaller in its middle
])
def test_a_sweep_that_grows_or_shrinks_end_to_end_is_no_rise(palm):
    assert rise_in_middle(palm) < 0.01


def test_one_misread_frame_at_a_legs_start_is_no_rise():
    palm = np.array([0.237, 0.286, 0.285, 0.282, 0.283, 0.279, 0.277, 0.276])
    assert size_bump(palm) > 0.05  # the mean of the ends is pulled down by the misread
    assert rise_in_middle(palm) < 0.01


def test_no_sizes_no_rise():
    assert rise_in_middle(None) == 0.0
    assert rise_in_middle(np.full(12, np.nan)) == 0.0
    assert rise_in_middle(np.array([0.3, 0.32, 0.3])) == 0.0
