"""When two legs in a row are one stroke (feedback/leg_joins.py)."""

import numpy as np
import pytest

from feedback.config import LegModel
from feedback.leg_joins import continues, cos_between, joinable, joined, same_way
from feedback.stroke import Stroke

MODEL = LegModel()


def leg(start, end, t_start_s, duration_s=0.5, n=16):
    t_s = t_start_s + np.linspace(0.0, duration_s, n)
    path = np.linspace(start, end, n)
    return Stroke("right", t_s, path, np.full(n, 0.25))


def test_cos_between_legs_and_a_leg_that_did_not_move():
    right, up = leg((0, 0), (0.2, 0), 0.0), leg((0.2, 0), (0.2, -0.2), 1.0)
    assert cos_between(right, right) == pytest.approx(1.0)
    assert cos_between(right, up) == pytest.approx(0.0)
    assert cos_between(right, leg((0.2, 0), (0.2, 0), 1.0)) == 0.0


def test_same_way_within_the_model_angle_and_never_for_no_move():
    limit_rad = np.radians(MODEL.same_way_deg)
    heading = np.array([0.2, 0.0])
    just_in = 0.1 * np.array([np.cos(limit_rad * 0.95), np.sin(limit_rad * 0.95)])
    just_out = 0.1 * np.array([np.cos(limit_rad * 1.05), np.sin(limit_rad * 1.05)])
    assert same_way(just_in, heading, MODEL) and same_way(heading, just_in, MODEL)
    assert not same_way(just_out, heading, MODEL) and not same_way(-heading, heading, MODEL)
    assert not same_way(np.zeros(2), heading, MODEL) and not same_way(heading, np.zeros(2), MODEL)


def test_a_stroke_rested_half_way_goes_on_and_is_joined_whole():
    before = leg((0.0, 0.3), (0.15, 0.3), 0.0)
    after = leg((0.16, 0.3), (0.3, 0.28), before.t_end_s + 0.5)
    assert continues(before, after, MODEL)
    whole = joined(before, after)
    assert (whole.t_start_s, whole.t_end_s) == (before.t_start_s, after.t_end_s)
    assert np.array_equal(whole.path_fw[[0, -1]], [before.path_fw[0], after.path_fw[-1]])
    assert len(whole.palm_fw) == len(before.t_s) + len(after.t_s)


@pytest.mark.parametrize("after_start, after_end, gap_s", [
    ((0.16, 0.3), (0.0, 0.3), 0.5),     # back the way it came: a return
    ((0.16, 0.3), (0.3, 0.28), 3.0),    # much later: a new stroke
    ((0.45, 0.3), (0.6, 0.3), 0.5),     # somewhere else
    ((0.16, 0.3), (0.7, 0.3), 0.5),     # together longer than any stroke: a move on
])
def test_legs_that_do_not_go_on(after_start, after_end, gap_s):
    before = leg((0.0, 0.3), (0.15, 0.3), 0.0)
    assert not continues(before, leg(after_start, after_end, before.t_end_s + gap_s), MODEL)


def with_palm(stroke, palm):
    return Stroke(stroke.hand, stroke.t_s, stroke.path_fw, np.asarray(palm, dtype=float))


def test_a_stroke_rested_half_way_is_joined_though_one_frame_misread_its_size():
    before = leg((0.0, 0.3), (0.15, 0.3), 0.0, n=8)
    after = leg((0.16, 0.3), (0.3, 0.3), before.t_end_s + 0.4, n=8)
    palm = np.full(8, 0.28)
    palm[0] = 0.237  # the first frame's palm misread 15 % small
    assert joinable(with_palm(before, palm), with_palm(after, np.full(8, 0.28)), MODEL)


def test_a_return_that_rose_is_not_joined_to_the_stroke_it_goes_on_with():
    before = leg((0.0, 0.3), (0.15, 0.3), 0.0, n=20)
    after = leg((0.16, 0.3), (0.3, 0.3), before.t_end_s + 0.3, n=20)
    lifted = 0.25 * (1 + 0.07 * np.sin(np.linspace(0, np.pi, 20)))
    assert not joinable(with_palm(before, lifted), after, MODEL)
    assert joinable(before, after, MODEL)


@pytest.mark.parametrize("rest_s, one_stroke", [(1.1, True), (2.0, False)])
def test_a_slow_stroke_rested_about_a_second_on_the_skin_is_still_one_stroke(rest_s, one_stroke):
    # A slow stroker stops up to about 1.1 s with the fingers on the skin and goes on the
    # same way along the same path: one stroke. A hand lying still much longer has stopped.
    before = leg((0.0, 0.3), (0.12, 0.3), 0.0, duration_s=0.6)
    after = leg((0.125, 0.3), (0.25, 0.31), before.t_end_s + rest_s, duration_s=0.6)
    assert joinable(before, after, MODEL) == one_stroke


def test_a_slow_stroke_lifted_during_its_rest_is_two_legs():
    # The same rest, but the hand grows (lifts off the skin) where the pieces meet: not one stroke.
    before = leg((0.0, 0.3), (0.12, 0.3), 0.0, duration_s=0.6)
    after = leg((0.125, 0.3), (0.25, 0.31), before.t_end_s + 1.1, duration_s=0.6)
    before = with_palm(before, np.r_[np.full(12, 0.25), np.linspace(0.25, 0.29, 4)])
    after = with_palm(after, np.r_[np.linspace(0.29, 0.25, 4), np.full(12, 0.25)])
    assert continues(before, after, MODEL) and not joinable(before, after, MODEL)
