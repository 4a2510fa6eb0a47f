"""The stroke segmenter over a stream of contact samples: lifts, pauses, lost tracks, gaps,
rests on the skin, landings; and garbage streams never break it."""

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.contact import ContactSample
from feedback.stroke import Stroke
from feedback.stroke_segmenter import WAY_BACK_S, StrokeSegmenter
from tests.feedback.stroke_streams import A, B, C, CONFIG, FPS, TOUCH_PALM_FW, rest, spans, split_strokes, stretch


def samples(t_s, points, touching=True, on_face=True):
    return [ContactSample(float(t), np.asarray(p), on_face, touching, 1.0) for t, p in zip(t_s, points)]


def feed(segmenter, sample_list):
    """(time of the sample that returned them, strokes) for each update that returned strokes."""
    out = []
    for sample in sample_list:
        strokes = segmenter.update(sample)
        if strokes:
            out.append((sample.t_s, strokes))
    return out


@pytest.mark.parametrize("on_face", [True, False], ids=["lifted", "departed"])
def test_segmenter_gives_the_stroke_when_the_hand_lifts(on_face):
    t_s, points = stretch(rest(A, 0.3), (A, B, 1.0, "ease"))  # lifted as soon as it arrives
    segmenter = StrokeSegmenter("left", CONFIG)
    assert feed(segmenter, samples(t_s, points)) == []  # still touching: not over yet
    assert np.array_equal(segmenter.current_path_fw[-1], points[-1])  # the stroke in progress
    lift_t = t_s[-1] + 1 / FPS
    [stroke] = segmenter.update(ContactSample(lift_t, np.array(B), on_face, False, 1.3))
    assert stroke.hand == "left" and (stroke.t_start_s, stroke.t_end_s) == pytest.approx((0.3, 1.3), abs=0.1)
    assert segmenter.current_path_fw.shape == (0, 2) and segmenter.last_t_s == float("-inf")


def test_segmenter_gives_the_stroke_after_a_pause_while_touching():
    t_s, points = stretch(rest(A, 0.3), (A, B, 1.0, "ease"), rest(B, CONFIG.legs.rest_s + 0.4))
    segmenter = StrokeSegmenter("right", CONFIG)
    [(returned_at_s, [stroke])] = feed(segmenter, samples(t_s, points))
    # Held while it may go on after the rest (`LegModel.rest_s`), then given.
    assert 1.3 <= returned_at_s <= 1.3 + CONFIG.legs.rest_s + CONFIG.pause_s
    # Cut where the pause window starts: the slow end of the ease-out (~0.01 fw) may be left out.
    assert (stroke.t_start_s, stroke.t_end_s) == pytest.approx((0.3, 1.3), abs=0.15)
    assert stroke.travel_fw[0] == pytest.approx(B[0] - A[0], abs=0.02)
    assert segmenter.flush() == []  # given once only
    assert len(segmenter.current_path_fw) == 0


def test_segmenter_ends_the_contact_after_the_track_timed_out():
    t_s, points = stretch(rest(A, 0.3), (A, B, 1.0, "ease"))
    segmenter = StrokeSegmenter("right", CONFIG)
    assert feed(segmenter, samples(t_s, points)) == []
    later = t_s[-1] + CONFIG.track_timeout_s + 0.1
    [stroke] = segmenter.update(ContactSample(later, np.array(C), True, True, 1.0))
    assert stroke.t_end_s <= t_s[-1]
    assert segmenter.current_path_fw.tolist() == [list(C)]  # the new contact starts here


def missed(sample_list, t_from, t_to):
    """The samples without those in [t_from, t_to): frames where the hand was not found."""
    return [s for s in sample_list if not t_from <= s.t_s < t_to]


@pytest.mark.parametrize("gap_s", [0.2, 0.3, 0.4])
def test_a_hand_missed_for_a_moment_goes_on_with_its_stroke(gap_s):
    # One stroke A -> C, 1.2 s; the hand is not found for gap_s in its middle (the track
    # holds it for up to track_timeout_s, so the contact and the stroke go on).
    t_s, points = stretch(rest(A, 0.3), (A, C, 1.2, "linear"), rest(C, 0.5))
    segmenter = StrokeSegmenter("right", CONFIG)
    got = feed(segmenter, missed(samples(t_s, points), 0.8, 0.8 + gap_s))
    [stroke] = [s for _, strokes in got for s in strokes] + segmenter.flush()
    assert (stroke.t_start_s, stroke.t_end_s) == pytest.approx((0.3, 1.5), abs=0.1)
    assert stroke.travel_fw[0] == pytest.approx(C[0] - A[0], abs=0.03)


def test_a_hand_found_back_where_it_came_from_after_a_gap_starts_a_new_contact():
    # A stroke A -> B, then the hand is missed for 0.4 s while it goes back (the return,
    # in the air) and is found again at A: that is no stroke going on.
    t_s, points = stretch(rest(A, 0.3), (A, B, 1.0, "linear"))
    segmenter = StrokeSegmenter("right", CONFIG)
    assert feed(segmenter, samples(t_s, points)) == []
    back = t_s[-1] + 0.4
    [stroke] = segmenter.update(ContactSample(back, np.array(A), True, True, 1.0))
    assert stroke.travel_fw[0] == pytest.approx(B[0] - A[0], abs=0.03)
    assert segmenter.current_path_fw.tolist() == [list(A)]


def sized(sample_list, size_ratio, palm_fw):
    return [replace(s, size_ratio=size_ratio, palm_fw=palm_fw) for s in sample_list]


def test_the_motion_after_a_rest_on_the_skin_is_kept_whatever_the_size_of_what_follows():
    # A stroke A -> B, a rest on the skin at the same size, on to the stroke's end at
    # (-0.55, 0.3), then a return at touching depth that looks smaller (the hand turned):
    # the rest did not come down onto the skin, so the motion after it is not cut as a landing.
    end = (-0.55, 0.30)
    t1, p1 = stretch(rest(A, 0.3), (A, B, 0.6, "ease"), rest(B, 0.5), (B, end, 0.4, "ease"))
    t2, p2 = stretch((end, A, 0.8, "ease"), rest(A, 0.5))
    stream = sized(samples(t1, p1), 1.0, 0.27) + sized(samples(t2[1:] + t1[-1], p2[1:]), 0.93, 0.25)
    segmenter = StrokeSegmenter("right", CONFIG)
    strokes = [s for _, got in feed(segmenter, stream) for s in got] + segmenter.flush()
    assert len(strokes) == 3, spans(strokes)  # first part, second part, the return
    second = strokes[1]
    assert second.t_start_s == pytest.approx(1.4, abs=0.15) and second.t_end_s == pytest.approx(1.8, abs=0.15)
    assert second.travel_fw[0] == pytest.approx(end[0] - B[0], abs=0.03)


def test_a_hand_coming_down_after_holding_still_above_the_skin_is_still_cut_as_a_landing():
    # A small lift (the hand 8 % bigger, still taken as touching) held still, then coming
    # down while moving on, then a stroke: the hand held still above the skin is no rest on
    # it, so the start of the descent is still cut as a landing (as with no pause).
    top = (-0.30, 0.30)
    t1, p1 = stretch(rest(A, 0.5), (A, top, 0.4, "ease"), rest(top, 0.4))
    t2, p2 = stretch((top, B, 0.3, "linear"), rest(B, 0.3), (B, C, 1.0, "ease"), rest(C, 0.5))
    sizes = np.concatenate([np.full(15, 1.0), np.linspace(1.0, 1.08, 12), np.full(len(t1) - 27, 1.08)])
    palms = 0.27 * sizes
    stream = [replace(s, size_ratio=r, palm_fw=q) for s, r, q in zip(samples(t1, p1), sizes, palms)]
    down = np.concatenate([np.linspace(1.08, 1.0, 9), np.full(len(t2) - 10, 1.0)])
    stream += [replace(s, size_ratio=r, palm_fw=0.27 * r) for s, r in zip(samples(t2[1:] + t1[-1], p2[1:]), down)]
    segmenter = StrokeSegmenter("right", CONFIG)
    strokes = [s for _, got in feed(segmenter, stream) for s in got] + segmenter.flush()
    # Cut while the hand is still well above its touching size (the descent starts at t1[-1]).
    assert len(strokes) == 3 and strokes[1].t_start_s > t1[-1] + 0.05, spans(strokes)


@pytest.mark.parametrize("away_s, n_after", [(0.5, 2), (WAY_BACK_S + 1.0, 1)])
def test_a_landing_that_goes_back_the_way_the_last_stroke_came_ends_the_way_back(away_s, n_after):
    # A stroke A to B, a lift, then the hand lands still going back toward A at a stroke's
    # pace, rests and goes on the same way. Soon after the stroke, the landing is the end of
    # the way back: not joined to what follows the rest. Long after, it is a stroke begun as
    # the hand landed (nothing before it to go back from).
    mid = (-0.33, 0.30)
    t1, p1 = stretch(rest(A, 0.3), (A, B, 1.0, "ease"))
    t2, p2 = stretch((B, mid, 0.45, "linear"), rest(mid, 0.8), (mid, A, 0.5, "ease"), rest(A, 0.3))
    lift = ContactSample(float(t1[-1]) + 1 / FPS, np.array(B), True, False, 1.3)
    stream = samples(t1, p1) + [lift] + samples(t2 + t1[-1] + away_s, p2)
    segmenter = StrokeSegmenter("right", CONFIG)
    strokes = [s for _, got in feed(segmenter, stream) for s in got] + segmenter.flush()
    assert len(strokes) == 1 + n_after, spans(strokes)
    assert strokes[-1].travel_fw[0] > 0  # the last goes back toward A


def test_segmenter_flush_gives_what_split_strokes_gives():
    t_s, points = stretch(rest(A, 0.3), (A, B, 1.0, "ease"))
    expected = split_strokes("right", t_s, points, CONFIG)
    segmenter = StrokeSegmenter("right", CONFIG)
    assert feed(segmenter, samples(t_s, points)) == []
    [stroke] = segmenter.flush()
    assert np.array_equal(stroke.t_s, expected[0].t_s) and np.array_equal(stroke.path_fw, expected[0].path_fw)


def check_strokes(strokes, t_s=None):
    previous_end = -np.inf
    for stroke in strokes:
        assert stroke.duration_s >= CONFIG.min_duration_s
        assert stroke.duration_s <= CONFIG.max_duration_s
        assert np.linalg.norm(stroke.travel_fw) >= CONFIG.min_travel_fw
        assert np.all(np.diff(stroke.t_s) > 0) and stroke.path_fw.shape == (len(stroke.t_s), 2)
        assert np.all(np.isfinite(stroke.path_fw))
        assert stroke.t_start_s >= previous_end  # in time order, never overlapping
        previous_end = stroke.t_end_s
        if t_s is not None:
            assert t_s[0] <= stroke.t_start_s and stroke.t_end_s <= t_s[-1]


steps = st.lists(
    st.tuples(
        st.one_of(st.just(0.0), st.floats(0.001, 0.05), st.floats(0.05, 1.0)),  # dt: repeats, frames, gaps
        st.one_of(st.floats(-0.02, 0.02), st.floats(-1.0, 1.0)),  # dx: jitter or a jump
        st.one_of(st.floats(-0.02, 0.02), st.floats(-1.0, 1.0)),
        st.booleans(), st.booleans(),  # touching, on_face (for the segmenter)
    ),
    min_size=0, max_size=120,
)


def garbage(steps_list):
    data = np.array([s[:3] for s in steps_list], dtype=float).reshape(-1, 3)
    t_s = np.cumsum(data[:, 0])
    points = np.cumsum(data[:, 1:], axis=0) + A
    t_s, first = np.unique(t_s, return_index=True)  # repeated timestamps removed
    return t_s, points[first]


@given(steps)
@settings(max_examples=300, deadline=None)
def test_garbage_touching_stretches_never_raise_nor_give_impossible_strokes(steps_list):
    t_s, points = garbage(steps_list)
    for ended_by in ("lift", "departed", "pause"):
        check_strokes(split_strokes("right", t_s, points, CONFIG, ended_by=ended_by), t_s)


@given(steps)
@settings(max_examples=200, deadline=None)
def test_garbage_contact_samples_through_the_segmenter(steps_list):
    t_s, points = garbage(steps_list)
    flags = [s[3:] for s in steps_list]
    segmenter = StrokeSegmenter("left", CONFIG)
    strokes = []
    for t, p, (touching, on_face) in zip(t_s, points, flags):
        strokes += segmenter.update(ContactSample(float(t), p, on_face, touching, 1.0))
    strokes += segmenter.flush()
    check_strokes(strokes)


def test_fingers_spreading_on_the_skin_do_not_cut_the_stroke():
    """The whole hand looks bigger when the fingers spread or bend otherwise (another zone,
    another pose); only a hand whose palm grows too is rising off the skin."""
    t_s, points = stretch(rest(A, 0.3), (A, B, 1.0, "ease"))
    ratios = np.linspace(1.0, 1.15, len(t_s))  # the hand looks bigger as the stroke goes

    def stroke_of(palm_grows: bool) -> Stroke:
        segmenter = StrokeSegmenter("left", CONFIG)
        for t, p, r in zip(t_s, points, ratios):
            palm_fw = 0.25 * (r if palm_grows else 1.0)
            assert segmenter.update(ContactSample(float(t), np.asarray(p), True, True, float(r),
                                                  palm_fw=palm_fw)) == []
        [stroke] = segmenter.flush("lift")
        return stroke

    assert stroke_of(palm_grows=False).t_end_s == pytest.approx(1.3, abs=0.1)
    assert stroke_of(palm_grows=True).t_end_s < 1.1  # the palm grew too: that end was the lift-off


def rested_stroke(then, kind="ease", rest_s=0.5, then_s=0.3):
    """Touching samples: a stroke A -> B, a rest on the skin at B, then a move to `then`."""
    t_s, points = stretch(rest(A, 0.3), (A, B, 0.6, "ease"), rest(B, rest_s), (B, then, then_s, kind))
    return samples(t_s, points)


@pytest.mark.parametrize("then, joined", [((-0.49, 0.30), True),  # on the same way: the same stroke
                                          ((-0.45, 0.34), False),  # a twitch across, too short alone
                                          ((-0.41, 0.30), False)])  # a twitch back
def test_a_short_motion_after_a_rest_on_the_skin_is_joined_when_it_goes_on_with_the_stroke(then, joined):
    # 0.04 fw after the rest: too short for a stroke alone (min_travel_fw), not together:
    # one stroke, from the first piece's start to the last piece's end.
    segmenter = StrokeSegmenter("right", CONFIG)
    strokes = [s for _, got in feed(segmenter, rested_stroke(then)) for s in got] + segmenter.flush()
    [stroke] = strokes
    assert spans(strokes)[0] == pytest.approx((0.3, 1.7 if joined else 0.9), abs=0.15)
    assert stroke.travel_fw[0] == pytest.approx(then[0] - A[0] if joined else B[0] - A[0], abs=0.02)


@pytest.mark.parametrize("then, joined", [(C, True), ((-0.45, 0.55), False)])
def test_a_stroke_that_slides_off_the_face_after_a_rest_keeps_its_end_when_it_goes_on_the_same_way(then, joined):
    # Going on the way it went (a forehead stroke out past the hairline) it is still the
    # stroke; turning away down off the face after the rest, the hand is leaving.
    segmenter = StrokeSegmenter("right", CONFIG)
    strokes = [s for _, got in feed(segmenter, rested_stroke(then, "leave")) for s in got]
    strokes += segmenter.flush("departed")
    assert spans(strokes) == [pytest.approx((0.3, 1.7 if joined else 0.9), abs=0.15)]


def test_the_motion_after_a_rest_is_joined_however_late_the_legs_would_decide():
    # The piece before the rest is held by the segmenter, not handed to the legs: going on
    # within `rest_s`, the rest of the stroke is joined even when it ends after `wait_s`.
    segmenter = StrokeSegmenter("right", CONFIG)
    stream = rested_stroke((-0.49, 0.30), rest_s=CONFIG.legs.wait_s - 0.25)  # within rest_s, ends after wait_s
    strokes = [s for _, got in feed(segmenter, stream) for s in got] + segmenter.flush()
    [stroke] = strokes
    assert stroke.travel_fw[0] == pytest.approx(-0.29, abs=0.02)


def test_a_stroke_held_at_a_rest_is_given_once_the_hand_moves_on_another_way():
    # After the rest the hand slides back along the skin (a return without a lift seen):
    # the stroke is given as soon as that is clear (more than a twitch back), not at its end.
    segmenter = StrokeSegmenter("right", CONFIG)
    got = feed(segmenter, rested_stroke(A, "ease", rest_s=0.4, then_s=1.0))
    [(given_at_s, [stroke])] = got[:1]
    assert stroke.travel_fw[0] == pytest.approx(B[0] - A[0], abs=0.02)
    assert given_at_s < 0.9 + 0.4 + 0.5


def test_a_hand_sliding_off_the_face_after_a_rest_faster_than_any_stroke_is_leaving():
    segmenter = StrokeSegmenter("right", CONFIG)
    stream = rested_stroke(C, "leave", then_s=0.15)  # 0.25 fw in 0.15 s, faster and faster
    strokes = [s for _, got in feed(segmenter, stream) for s in got] + segmenter.flush("departed")
    assert len(strokes) == 1, spans(strokes)


@pytest.mark.parametrize("lift", [1.0, 1.06, 1.10], ids=["no lift", "6 %", "10 %"])
def test_a_slow_stroke_ends_where_the_hand_rises_and_turns_into_its_return(lift):
    """A slow stroke A -> 0.12 fw on, then without a pause the return: the hand rises a
    little (bigger by `lift`, the palm too: too little for the contact to see a lift) and
    sets off at right angles, then comes back down. A stroke and its return go different
    ways: a turn while the hand rises ends the stroke, though less sharp than
    `turn_split_deg`. Without the rise, the same path is one motion bending on the skin."""
    end, low, back = (-0.32, 0.30), (-0.32, 0.40), (-0.26, 0.30)
    t1, p1 = stretch(rest(A, 0.3), (A, end, 1.2, "linear"))
    t2, p2 = stretch((end, low, 0.4, "ease"), (low, back, 0.4, "ease"), rest(back, 0.5))
    t2, p2 = t2[1:] + t1[-1], p2[1:]
    up = np.interp(t2, [t2[0], t2[0] + 0.3, t2[0] + 0.5, t2[0] + 0.8], [1.0, lift, lift, 1.0])
    stream = sized(samples(t1, p1), 1.0, TOUCH_PALM_FW) + [
        replace(s, size_ratio=float(r), palm_fw=TOUCH_PALM_FW * float(r)) for s, r in zip(samples(t2, p2), up)]
    segmenter = StrokeSegmenter("left", CONFIG)
    strokes = [s for _, got in feed(segmenter, stream) for s in got] + segmenter.flush()
    stroke = strokes[0]
    assert stroke.t_start_s == pytest.approx(0.3, abs=0.1)
    if lift > 1.0:
        assert stroke.t_end_s <= 1.55, spans(strokes)
        assert stroke.travel_fw == pytest.approx(np.subtract(end, A), abs=0.02)
    else:
        assert stroke.t_end_s > 1.7, spans(strokes)


def test_a_slow_stroke_rested_a_second_on_the_skin_is_given_whole():
    # A slow stroker's rest of about 1.1 s half-way (fingers on the skin, then on the same way).
    segmenter = StrokeSegmenter("right", CONFIG)
    stream = rested_stroke((-0.60, 0.30), rest_s=1.0, then_s=0.6)
    strokes = [s for _, got in feed(segmenter, stream) for s in got] + segmenter.flush()
    [stroke] = strokes
    assert stroke.travel_fw[0] == pytest.approx(-0.40, abs=0.03)


@pytest.mark.parametrize("rest_s, one_stroke", [(CONFIG.legs.rest_s - 0.5, True), (CONFIG.legs.rest_s + 0.3, False)])
def test_a_rest_ends_when_the_finger_sets_off_again_however_slowly(rest_s, one_stroke):
    # After the rest the finger creeps off the same way, from standing still (it has not yet
    # gone a twitch's length by `rest_s` after the piece's end): the rest ended when it set
    # off, so it is one stroke; a rest longer than `rest_s` before setting off is not.
    t_s, points = stretch(rest(A, 0.3), (A, B, 0.6, "ease"), rest(B, rest_s), (B, (-0.65, 0.30), 1.5, "leave"))
    segmenter = StrokeSegmenter("right", CONFIG)
    strokes = [s for _, got in feed(segmenter, samples(t_s, points)) for s in got] + segmenter.flush()
    if one_stroke:
        [stroke] = strokes
        assert stroke.travel_fw[0] == pytest.approx(-0.45, abs=0.03)
    else:
        assert [round(float(s.travel_fw[0]), 1) for s in strokes] == [-0.2, -0.2], spans(strokes)


def test_a_piece_too_short_alone_is_kept_at_a_rest_until_the_touch_is_cut():
    # A slow stroke rested half-way, 0.045 fw before the rest and 0.055 after it (neither
    # long enough alone, `min_travel_fw`), then the fingers veer down as they lift off (the
    # hand 10 % bigger, still taken as touching): that veer is no move on another way that
    # ends the stroke before the rest. One stroke.
    first_end, end, veer = (-0.245, 0.30), (-0.30, 0.30), (-0.30, 0.40)
    t_s, points = stretch(rest(A, 0.3), (A, first_end, 0.4, "ease"), rest(first_end, 0.6),
                          (first_end, end, 0.4, "ease"), (end, veer, 0.1, "linear"))
    lifting = np.where(t_s > t_s[-1] - 0.1, 1.10, 1.0)
    stream = [replace(s, size_ratio=float(r), palm_fw=TOUCH_PALM_FW * float(r))
              for s, r in zip(samples(t_s, points), lifting)]
    segmenter = StrokeSegmenter("right", CONFIG)
    strokes = [s for _, got in feed(segmenter, stream) for s in got] + segmenter.flush()
    [stroke] = strokes
    assert stroke.travel_fw[0] == pytest.approx(end[0] - A[0], abs=0.02)


def test_a_fingertip_that_drifts_a_twitch_aside_while_the_finger_rests_does_not_end_the_stroke():
    # A stroke A -> mid rests on the skin; meanwhile the tracker's fingertip creeps a little
    # more than a twitch's length across the stroke, too slowly to be moving; then the
    # stroke goes on the same way from where the fingertip now lies: one stroke, A -> B.
    mid, drift_fw = (-0.33, 0.30), 0.031
    aside = (mid[0], mid[1] + drift_fw)
    t_s, points = stretch(rest(A, 0.3), (A, mid, 0.6, "ease"), (mid, aside, 1.05, "linear"),
                          (aside, (B[0], aside[1]), 0.5, "ease"), rest((B[0], aside[1]), 0.3))
    assert drift_fw > CONFIG.min_travel_fw / 2 and drift_fw / 1.05 < CONFIG.drift_speed_fw_per_s
    segmenter = StrokeSegmenter("right", CONFIG)
    strokes = [s for _, got in feed(segmenter, samples(t_s, points)) for s in got] + segmenter.flush()
    [stroke] = strokes
    assert stroke.travel_fw[0] == pytest.approx(B[0] - A[0], abs=0.03)


@pytest.mark.parametrize("turn_deg, n_after", [(105.0, 1), (150.0, 2)])
def test_a_landing_across_the_last_stroke_sets_off_on_a_stroke(turn_deg, n_after):
    # A stroke A to B, a lift, then the hand lands soon after, still moving at a stroke's
    # pace, rests and goes on the same way. Turned more than 120 degrees from the stroke it
    # goes back the way the stroke came (the end of a way back: not joined to what follows
    # the rest); less (as after an off-path stroke), it sets off on the next stroke.
    stroke = np.subtract(B, A) / np.linalg.norm(np.subtract(B, A))
    turn = np.radians(turn_deg)
    way = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]]) @ stroke
    land, mid = np.array((-0.33, 0.25)), np.array((-0.33, 0.25)) + 0.12 * way
    t1, p1 = stretch(rest(A, 0.3), (A, B, 1.0, "ease"))
    t2, p2 = stretch((land, mid, 0.45, "linear"), rest(mid, 0.8), (mid, mid + 0.15 * way, 0.6, "ease"),
                     rest(mid + 0.15 * way, 0.3))
    lift = ContactSample(float(t1[-1]) + 1 / FPS, np.array(B), True, False, 1.3)
    stream = samples(t1, p1) + [lift] + samples(t2 + t1[-1] + 0.5, p2)
    segmenter = StrokeSegmenter("right", CONFIG)
    strokes = [s for _, got in feed(segmenter, stream) for s in got] + segmenter.flush()
    assert len(strokes) == 1 + n_after, spans(strokes)
