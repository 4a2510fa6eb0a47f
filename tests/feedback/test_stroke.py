"""A stroke's part on the skin: without the lift-off at its end (`Stroke.before_lift_off`)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.stroke import Stroke
from tests.feedback.stroke_streams import FPS, stroke_lifting_off

RATIO = 1.04


def test_the_lift_off_at_the_end_is_left_out():
    stroke = stroke_lifting_off()
    on_skin = stroke.before_lift_off(RATIO)
    # The palm is 1.025 times its touching size one frame into the lift, 1.05 the next.
    assert on_skin.t_end_s == pytest.approx(0.5 + 1 / FPS)
    assert on_skin.t_start_s == stroke.t_start_s
    assert np.allclose(on_skin.travel_fw, [-0.24 - 0.08 / 6, -0.07 - 0.02 / 6])
    assert stroke.duration_s == pytest.approx(0.7)


def test_a_stroke_that_stays_on_the_skin_is_kept_whole():
    stroke = stroke_lifting_off(lift_s=0.0)
    assert stroke.before_lift_off(RATIO) is stroke


def test_a_lift_smaller_than_the_ratio_is_kept():
    stroke = stroke_lifting_off(lift_peak=1.03)
    assert stroke.before_lift_off(RATIO) is stroke


def test_a_palm_still_shrinking_at_the_start_is_kept():
    """The landing is the cut's business; a hand settling as it sets off stays in the stroke."""
    stroke = stroke_lifting_off(landing=0.15)
    on_skin = stroke.before_lift_off(RATIO)
    assert on_skin.t_start_s == stroke.t_start_s
    assert on_skin.t_end_s == pytest.approx(0.5 + 1 / FPS)


def test_without_the_palm_the_stroke_is_kept_whole():
    stroke = stroke_lifting_off()
    assert Stroke(stroke.hand, stroke.t_s, stroke.path_fw).before_lift_off(RATIO).t_end_s == stroke.t_end_s
    unknown = Stroke(stroke.hand, stroke.t_s, stroke.path_fw, np.full(len(stroke.t_s), np.nan))
    assert unknown.before_lift_off(RATIO) is unknown


def test_palm_sizes_not_seen_at_the_end_are_not_a_lift():
    stroke = stroke_lifting_off(lift_s=0.0)
    palm = stroke.palm_fw.copy()
    palm[-3:] = np.nan
    blind = Stroke(stroke.hand, stroke.t_s, stroke.path_fw, palm)
    assert blind.before_lift_off(RATIO) is blind


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0.15, 0.4), min_size=3, max_size=40))
def test_the_part_on_the_skin_is_a_prefix_ending_on_a_settled_palm(palm):
    palm = np.array(palm)
    t_s = np.arange(len(palm)) / FPS
    stroke = Stroke("left", t_s, np.column_stack([t_s, 0.1 * t_s]), palm)
    on_skin = stroke.before_lift_off(RATIO)
    n = len(on_skin.t_s)
    assert n >= 3 and np.array_equal(on_skin.t_s, t_s[:n]) and np.array_equal(on_skin.path_fw, stroke.path_fw[:n])
    if on_skin is not stroke:
        limit = np.quantile(palm, 0.25) * RATIO
        assert palm[n - 1] <= limit and (palm[n:] > limit).all()
