"""The fingertips' rise toward the camera: measured on a hand, carried along a stroke, learnt
per hand from its strokes, and evidence for a return only (feedback/legs.py)."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback.config import CoachConfig, LegModel
from feedback.contact import ContactSample
from feedback.hand_tracks import tip_rise
from feedback.leg_joins import joined
from feedback.legs import LegSequencer, stroke_probabilities, tip_rise_evidence
from feedback.stroke import Stroke
from feedback.stroke_segmenter import StrokeSegmenter
from tests.feedback.stroke_streams import A, B, CONFIG, rest, stretch
from tests.feedback.test_hand_tracks import hand_at
from tests.feedback.test_legs import OUT, back_and_forth, leg
from vision.landmarks import Hand, HandPoint

MODEL = LegModel()
TIMEOUT_S = CoachConfig().track_timeout_s
WORKING_TIPS = [HandPoint.INDEX_TIP, HandPoint.MIDDLE_TIP, HandPoint.RING_TIP]


def with_tips_raised(hand: Hand, palms: float) -> Hand:
    """The hand with its working fingertips this many palm lengths nearer the camera than
    their knuckles (MediaPipe's depth: smaller is nearer)."""
    palm_px = np.linalg.norm(hand.points_px[HandPoint.MIDDLE_MCP] - hand.points_px[HandPoint.WRIST])
    depth = np.zeros(21)
    depth[WORKING_TIPS] = -palms * palm_px
    return Hand(hand.points_px, hand.side, depth_px=depth)


def test_the_rise_is_how_much_nearer_the_camera_the_tips_are_in_palm_lengths():
    hand = hand_at(150, 250, "right")
    assert tip_rise(with_tips_raised(hand, 0.2)) == pytest.approx(0.2)
    assert tip_rise(with_tips_raised(hand, -0.1)) == pytest.approx(-0.1)  # pressed in
    assert math.isnan(tip_rise(hand))  # no depth given


def rising(stroke: Stroke, rise: float, level: float = 0.0) -> Stroke:
    """The leg with its fingertips at `level`, rising by `rise` in its middle."""
    tau = np.linspace(0.0, 1.0, len(stroke.t_s))
    return Stroke(stroke.hand, stroke.t_s, stroke.path_fw, stroke.palm_fw, level + rise * np.sin(np.pi * tau))


def test_no_evidence_before_the_hands_own_rise_is_known_or_without_a_rise():
    assert tip_rise_evidence(rising(leg(0.0), 0.2), MODEL, None) == 0.0
    assert tip_rise_evidence(leg(0.0), MODEL, 0.0) == 0.0  # no rise measured on the leg


def test_fingers_rising_above_the_hands_strokes_count_against_a_stroke_the_more_the_higher():
    level = 0.3  # this hand's fingers while it strokes
    at_level = tip_rise_evidence(rising(leg(0.0), 0.0, level), MODEL, level)
    a_little = tip_rise_evidence(rising(leg(0.0), 0.08, level), MODEL, level)
    clearly = tip_rise_evidence(rising(leg(0.0), 0.2, level), MODEL, level)
    assert at_level == 0.0 and clearly < a_little < 0.0


@given(st.floats(-1.0, 1.0), st.floats(-1.0, 1.0), st.floats(-1.0, 1.0))
def test_the_rise_is_never_evidence_for_a_stroke(rise, level, touch):
    assert tip_rise_evidence(rising(leg(0.0), rise, level), MODEL, touch) <= 0.0


def test_a_return_the_palm_does_not_show_is_found_by_the_fingers_rise():
    """No palm growth at all: the returns' fingers straightening toward the camera make
    them surer returns than the alternation alone does, and the strokes no less sure."""
    legs = back_and_forth(5, lift=0.0)
    with_rise = [rising(x, 0.15 if i % 2 else 0.0) for i, x in enumerate(legs)]
    flat = [rising(x, 0.0) for x in legs]
    p_rise = stroke_probabilities(with_rise, [False] * 4, True, MODEL, touch_tip_rise=0.0)
    p_flat = stroke_probabilities(flat, [False] * 4, True, MODEL, touch_tip_rise=0.0)
    assert list(p_rise > 0.5) == [True, False, True, False, True]
    assert p_rise[1::2].max() < p_flat[1::2].min()
    assert (p_rise[::2] >= p_flat[::2]).all()


def test_the_sequencer_learns_the_hands_rise_from_three_sure_strokes():
    sequencer = LegSequencer(MODEL, TIMEOUT_S)
    legs = [rising(x, 0.3 if i % 2 else 0.0, level=0.1) for i, x in enumerate(back_and_forth(7, lift=0.08))]
    sequencer.add(legs[:4])
    assert sequencer.touch_tip_rise is None  # two strokes decided so far
    sequencer.add(legs[4:])
    sequencer.close()
    assert sequencer.touch_tip_rise == pytest.approx(0.1)


def test_cutting_and_joining_keep_the_rise_beside_its_samples():
    stroke = rising(leg(0.0, OUT, n=20), 0.2)
    first, second = stroke.part(0, 8), stroke.part(8, 20)
    assert np.array_equal(first.tip_rise, stroke.tip_rise[:8])
    assert np.array_equal(joined(first, second).tip_rise, stroke.tip_rise)
    assert joined(first, leg(1.0)).tip_rise is None  # one part without it: not known


def test_the_segmenter_carries_each_samples_rise_into_the_stroke():
    t_s, points = stretch(rest(A, 0.3), (A, B, 1.0, "ease"))
    rises = np.linspace(0.0, 0.1, len(t_s))
    segmenter = StrokeSegmenter("left", CONFIG)
    for t, p, r in zip(t_s, points, rises):
        assert segmenter.update(ContactSample(float(t), np.asarray(p), True, True, 1.0, tip_rise=float(r))) == []
    [stroke] = segmenter.update(ContactSample(t_s[-1] + 0.03, np.array(B), True, False, 1.3))
    kept = np.isin(t_s, stroke.t_s)
    assert np.array_equal(stroke.tip_rise, rises[kept])
