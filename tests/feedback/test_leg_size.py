"""How the hand's size changes along a leg (feedback/leg_size.py)."""

import numpy as np
import pytest

from feedback.leg_size import hopped, rise_in_middle, size_bump, steady_palm
from feedback.stroke import Stroke


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


def _leg(start_fw, travel_fw, palm_fw: float, t0_s: float = 0.0) -> Stroke:
    tau = np.linspace(0.0, 1.0, 12)
    return Stroke("left", t0_s + 0.6 * tau, np.asarray(start_fw) + tau[:, None] * np.asarray(travel_fw),
                  np.full(12, palm_fw))


@pytest.mark.parametrize("gap_palm, lands_at, palm_after, hop", [
    (0.25 * (1 + 0.06 * np.sin(np.linspace(0, np.pi, 20))), (0.45, 0.3), 0.25, True),  # up and down in place
    (np.full(20, 0.25), (0.45, 0.3), 0.25, False),      # a rest on the skin
    (np.full(3, 0.27), (0.45, 0.3), 0.25, False),       # too few samples to tell
    (np.full(20, np.nan), (0.45, 0.3), 0.25, False),    # the palm unseen
    (0.25 * (1 + 0.06 * np.sin(np.linspace(0, np.pi, 20))), (0.2, 0.3), 0.25, False),  # came down elsewhere
    (np.full(20, 0.262), (0.45, 0.3), 0.262, False),    # still rising into the next leg: no rise above both ends
])
def test_a_hop_rises_between_two_legs_and_comes_down_where_it_rose(gap_palm, lands_at, palm_after, hop):
    before = _leg((0.2, 0.3), (0.25, 0.0), 0.25)
    after = _leg(lands_at, (-0.25, 0.0), palm_after, t0_s=1.4)
    assert hopped(before, after, gap_palm, rise=0.024, near_fw=0.1) == hop
