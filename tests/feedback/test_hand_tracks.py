"""Hand identities across frames: nearest track, side by vote, two hands never the same side."""

import numpy as np
import pytest

from feedback.hand_tracks import FingersOnly, HandTracks, ring_share, working_point_px
from tests.factories import fingers_shifted, hand_points_px
from vision.landmarks import Hand, HandPoint

SCALE_PX = 200.0  # face width: the gate is 0.6 x 200 = 120 px


def hand_at(x, y, side, score=0.9):
    return Hand(points_px=hand_points_px(np.array([x, y]), 90.0, 0.0, mirror=side == "left"),
                side=side, score=score)


def test_working_point_is_between_index_and_middle_tips():
    points = np.zeros((21, 2))
    points[HandPoint.INDEX_TIP] = (10, 20)
    points[HandPoint.MIDDLE_TIP] = (30, 40)
    assert np.array_equal(working_point_px(Hand(points, "left")), [20, 30])
    assert np.allclose(working_point_px(hand_at(150, 250, "right")), [150, 250])


def with_index_and_middle_folded(hand: Hand, fold: float) -> Hand:
    """The same hand with its index and middle fingertips drawn back toward their knuckles
    (fold 0: as they were, 0.5: reaching half as far)."""
    points = hand.points_px.copy()
    for tip, knuckle in ((HandPoint.INDEX_TIP, HandPoint.INDEX_MCP),
                         (HandPoint.MIDDLE_TIP, HandPoint.MIDDLE_MCP)):
        points[tip] = points[knuckle] + (1 - fold) * (points[tip] - points[knuckle])
    return Hand(points, hand.side)


def test_the_ring_fingertip_works_when_index_and_middle_are_folded_in():
    open_hand = hand_at(150, 250, "right")
    ring_tip = open_hand.points_px[HandPoint.RING_TIP]
    assert ring_share(open_hand) == 0.0
    folded = with_index_and_middle_folded(open_hand, 0.45)
    assert ring_share(folded) == 1.0
    assert np.allclose(working_point_px(folded), ring_tip)
    half = with_index_and_middle_folded(open_hand, 0.22)  # folding: a blend, no jump
    assert 0.0 < ring_share(half) < 1.0
    assert np.linalg.norm(working_point_px(half) - ring_tip) < np.linalg.norm([150, 250] - ring_tip)


def test_fingers_curved_alike_keep_the_index_and_middle_working():
    """Pressing with curved fingers shortens every finger in the image alike."""
    hand = hand_at(150, 250, "right")
    points = hand.points_px.copy()
    for tip, knuckle in ((8, 5), (12, 9), (16, 13), (20, 17)):
        points[tip] = points[knuckle] + 0.6 * (points[tip] - points[knuckle])
    assert ring_share(Hand(points, "right")) == 0.0


def ids_by_x(tracked):
    return {round(float(working_point_px(t.hand)[0])): (t.track_id, t.side) for t in tracked}


def test_two_hands_keep_their_identities_when_returned_in_swapped_order():
    tracks = HandTracks()
    first = ids_by_x(tracks.update((hand_at(200, 300, "right"), hand_at(440, 300, "left")), 0.0, SCALE_PX))
    second = ids_by_x(tracks.update((hand_at(445, 305, "left"), hand_at(205, 305, "right")), 1 / 30, SCALE_PX))
    assert second[205] == first[200] and second[445] == first[440]
    assert first[200][0] != first[440][0]
    assert [s for _, s in (second[205], second[445])] == ["right", "left"]


def test_output_follows_the_order_of_the_detections():
    tracks = HandTracks()
    tracks.update((hand_at(200, 300, "right"), hand_at(440, 300, "left")), 0.0, SCALE_PX)
    tracked = tracks.update((hand_at(440, 300, "left"), hand_at(200, 300, "right")), 1 / 30, SCALE_PX)
    assert [t.hand.side for t in tracked] == ["left", "right"]


def test_a_label_flickering_for_two_frames_does_not_change_the_side():
    tracks = HandTracks()
    labels = ["right"] * 10 + ["left"] * 2 + ["right"] * 3
    seen = []
    for i, label in enumerate(labels):
        [tracked] = tracks.update((hand_at(200 + i, 300, label),), i / 30, SCALE_PX)
        seen.append((tracked.track_id, tracked.side))
    assert seen == [(seen[0][0], "right")] * len(labels)


def test_a_label_that_stays_changed_wins_in_the_end():
    tracks = HandTracks()
    sides = [tracks.update((hand_at(200, 300, label),), i / 30, SCALE_PX)[0].side
             for i, label in enumerate(["right"] * 3 + ["left"] * 10)]
    assert sides[:5] == ["right"] * 5 and sides[-1] == "left"


def test_two_new_hands_with_the_same_label_get_opposite_sides_the_surer_one_keeping_it():
    tracked = HandTracks().update((hand_at(200, 300, "left", 0.6), hand_at(440, 300, "left", 0.95)),
                                  0.0, SCALE_PX)
    assert [t.side for t in tracked] == ["right", "left"]


def test_two_known_hands_both_labelled_the_same_keep_their_own_sides():
    tracks = HandTracks()
    for i in range(10):
        tracks.update((hand_at(200, 300, "right"), hand_at(440, 300, "left")), i / 30, SCALE_PX)
    tracked = tracks.update((hand_at(200, 300, "left"), hand_at(440, 300, "left")), 10 / 30, SCALE_PX)
    assert [t.side for t in tracked] == ["right", "left"]


@pytest.mark.parametrize("gap_s, same", [(0.4, True), (0.5, True), (0.6, False), (3.0, False)])
def test_a_track_times_out(gap_s, same):
    tracks = HandTracks(timeout_s=0.5)
    [before] = tracks.update((hand_at(200, 300, "right"),), 1.0, SCALE_PX)
    [after] = tracks.update((hand_at(200, 300, "right"),), 1.0 + gap_s, SCALE_PX)
    assert (after.track_id == before.track_id) is same


@pytest.mark.parametrize("jump_px, same", [(100, True), (119, True), (121, False), (300, False)])
def test_a_detection_beyond_the_gate_starts_a_new_track(jump_px, same):
    tracks = HandTracks(gate=0.6)
    [before] = tracks.update((hand_at(200, 300, "right"),), 0.0, SCALE_PX)
    [after] = tracks.update((hand_at(200 + jump_px, 300, "right"),), 1 / 30, SCALE_PX)
    assert (after.track_id == before.track_id) is same


def test_no_hands_give_no_tracked_hands():
    tracks = HandTracks()
    assert tracks.update((), 0.0, SCALE_PX) == []
    [tracked] = tracks.update((hand_at(200, 300, "left"),), 0.1, SCALE_PX)
    assert tracks.update((), 0.2, SCALE_PX) == []
    [again] = tracks.update((hand_at(200, 300, "left"),), 0.3, SCALE_PX)  # within the timeout
    assert again.track_id == tracked.track_id


def test_the_same_hand_detected_twice_is_tracked_once_keeping_the_surer_detection():
    seen = hand_at(200, 300, "left", 0.6)
    again = Hand(points_px=seen.points_px + (3.0, 2.0), side="right", score=0.9)  # its label flipped
    tracked = HandTracks().update((seen, again), 0.0, SCALE_PX)
    assert len(tracked) == 1 and tracked[0].hand.score == 0.9 and tracked[0].side == "right"


# -- a hand whose fingertips wander while its knuckles stay put ---------------------------

def rule_sees(knuckle_span_fw, point_span_fw, seen_s=1.0):
    """FingersOnly's answer for a hand seen for seen_s whose knuckles and working point
    sweep the given spans sideways."""
    t_s = np.linspace(0.0, seen_s, 31)
    sweep = np.sin(np.linspace(0, 2 * np.pi, 31))[:, None] * [0.5, 0.0]
    return FingersOnly()(t_s, knuckle_span_fw * sweep, point_span_fw * sweep)


@pytest.mark.parametrize("knuckle_span_fw, point_span_fw, seen_s, idle", [
    (0.0, 0.3, 1.0, True),     # fingers drifting over a still palm (an imagined hand, a wave)
    (0.05, 0.3, 1.0, True),    # ...with a little jitter of the knuckles
    (0.3, 0.3, 1.0, False),    # a stroke: the whole hand travels
    (0.135, 0.3, 1.0, False),  # a stroke that pivots at the wrist (knuckles about 0.45 as far)
    (0.0, 0.1, 1.0, False),    # fingertips shifting a little: pressing, folding
    (0.0, 0.3, 0.4, False),    # not seen long enough to tell
])
def test_fingers_only_is_fingertips_wandering_while_the_knuckles_stay(knuckle_span_fw, point_span_fw,
                                                                      seen_s, idle):
    assert rule_sees(knuckle_span_fw, point_span_fw, seen_s) is idle


def test_a_hand_whose_fingers_wander_over_still_knuckles_is_set_aside_without_taking_a_side():
    """Like a hand MediaPipe imagines in a face's hair and glasses, labelled as surely as the
    real hand beside it and with the same label: it is set aside once its fingers have
    wandered for a while, and the real hand keeps its side."""
    tracks = HandTracks()
    imagined, real = hand_at(300, 150, "right", 0.99), hand_at(150, 350, "right", 0.9)
    idle_since_s = {}
    for i in range(40):
        offset = (40.0 * np.sin(2 * np.pi * i / 30), 0.0)  # 80 px = 0.4 face widths
        tracked = tracks.update((Hand(fingers_shifted(imagined.points_px, offset), "right", 0.99),
                                 Hand(real.points_px + (0, -2 * i), "right", 0.9)),
                                i / 30, SCALE_PX, origin_px=np.array([320.0, 240.0]))
        if tracked[0].idle_since_s is not None:
            idle_since_s[i / 30] = tracked[0].idle_since_s
    # told apart after 0.6 s seen and 0.3 s more of wandering, and for good from then on;
    # not massaging since the wander was first seen
    assert min(idle_since_s) == pytest.approx(0.9) and len(idle_since_s) == 40 - 27
    assert list(idle_since_s.values()) == [pytest.approx(0.6)] * len(idle_since_s)
    assert [(t.idle_since_s is not None, t.side) for t in tracked] == [(True, "right"), (False, "right")]


def test_a_hand_set_aside_again_has_not_been_massaging_since_it_was_first_set_aside():
    """An imagined hand's fingers can keep still for a moment: what it did in between is not
    massage either."""
    tracks, hand = HandTracks(), hand_at(300, 150, "right", 0.99)
    wander = [True] * 40 + [False] * 40 + [True] * 40
    idle_since_s = []
    for i, wandering in enumerate(wander):
        offset = (40.0 * np.sin(2 * np.pi * i / 30), 0.0) if wandering else (0.0, 0.0)
        [tracked] = tracks.update((Hand(fingers_shifted(hand.points_px, offset), "right", 0.99),),
                                  i / 30, SCALE_PX)
        idle_since_s.append(tracked.idle_since_s)
    assert idle_since_s[39] == pytest.approx(0.6) and idle_since_s[79] is None
    assert idle_since_s[-1] == -np.inf


def test_a_working_point_that_jumps_for_a_frame_is_not_fingers_wandering():
    """The ring finger taken for the working point for one frame (its fold misread) moves the
    working point by a fifth of a face width and back: not a wander."""
    t_s = np.linspace(0.0, 1.0, 31)
    points_fw = np.zeros((31, 2))
    points_fw[15] = (0.2, 0.0)
    assert not FingersOnly()(t_s, np.zeros((31, 2)), points_fw)
