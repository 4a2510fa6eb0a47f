"""Cutting touching stretches into strokes: pauses, lifts, sharp turns; twitches and arrivals dropped."""

import numpy as np
import pytest

from feedback.config import CoachConfig
from feedback.stroke import Stroke
from feedback.strokes import cut_pieces, windowed_speed_fw_per_s
from tests.feedback.stroke_streams import A, B, C, CONFIG, FPS, rest, spans, split_strokes, stretch



def test_one_eased_stroke_is_found_from_start_to_end():
    t_s, points = stretch(rest(A, 0.5), (A, B, 1.0, "ease"), rest(B, 0.5))  # the stroke: 0.5-1.5 s
    [stroke] = split_strokes("right", t_s, points, CONFIG)
    assert stroke.hand == "right"
    assert stroke.t_start_s == pytest.approx(0.5, abs=0.1)
    assert stroke.t_end_s == pytest.approx(1.5, abs=0.1)
    assert np.allclose(stroke.path_fw[0], A, atol=0.02) and np.allclose(stroke.path_fw[-1], B, atol=0.02)


def test_a_stroke_a_pause_and_a_stroke_give_two():
    # The pause is longer than a rest inside one stroke (`LegModel.rest_s`).
    pause_s = CONFIG.legs.rest_s + 0.3
    t_s, points = stretch(rest(A, 0.3), (A, B, 1.0, "ease"), rest(B, pause_s), (B, C, 1.0, "ease"), rest(C, 0.3))
    first, second = split_strokes("right", t_s, points, CONFIG)
    assert (first.t_start_s, first.t_end_s) == pytest.approx((0.3, 1.3), abs=0.1)
    assert (second.t_start_s, second.t_end_s) == pytest.approx((1.3 + pause_s, 2.3 + pause_s), abs=0.1)
    assert first.travel_fw[0] < -0.2 and second.travel_fw[0] < -0.2  # both outward (to -x)


@pytest.mark.parametrize("piece_fw", [0.05, 0.15])
def test_pieces_of_one_stroke_rested_half_way_are_one_stroke_timed_from_first_to_last(piece_fw):
    # Two pieces on the same way with a rest on the skin between them, each too short for
    # a stroke alone (0.05 fw) or not: one stroke, from the first's start to the last's end.
    mid, end = (A[0] - piece_fw, A[1]), (A[0] - 2 * piece_fw, A[1])
    t_s, points = stretch(rest(A, 0.3), (A, mid, 0.6, "ease"), rest(mid, 0.5), (mid, end, 0.6, "ease"), rest(end, 0.3))
    [stroke] = split_strokes("right", t_s, points, CONFIG)
    assert (stroke.t_start_s, stroke.t_end_s) == pytest.approx((0.3, 2.0), abs=0.2)  # eased ends
    assert stroke.travel_fw[0] == pytest.approx(-2 * piece_fw, abs=0.015)


def test_pieces_going_different_ways_after_a_rest_are_not_joined():
    # Out along the cheek, a rest, then back: a stroke and a return, even if short.
    t_s, points = stretch(rest(A, 0.3), (A, B, 0.6, "ease"), rest(B, 0.5), (B, A, 0.6, "ease"), rest(A, 0.3))
    first, second = split_strokes("right", t_s, points, CONFIG)
    assert first.travel_fw[0] < -0.2 < 0.2 < second.travel_fw[0]


@pytest.mark.parametrize("length_fw, duration_s", [(0.1, 2.0), (0.1, 1.5), (0.15, 2.2)])
def test_a_long_slow_steady_stroke_is_one_stroke(length_fw, duration_s):
    # A nose or under-eye stroke: 1.5-2 cm over about 2 s, slower than `move_speed_fw_per_s`
    # most of the way, with the landmarks' jitter on top: a steady drift one way.
    rng = np.random.default_rng(1)
    end = (A[0] - length_fw, A[1])
    t_s, points = stretch(rest(A, 0.5), (A, end, duration_s, "linear"), rest(end, 0.5))
    points = points + rng.normal(0.0, 0.002, points.shape)
    assert length_fw / duration_s < CONFIG.move_speed_fw_per_s
    [stroke] = split_strokes("right", t_s, points, CONFIG)
    assert (stroke.t_start_s, stroke.t_end_s) == pytest.approx((0.5, 0.5 + duration_s), abs=0.25)
    assert stroke.travel_fw[0] == pytest.approx(-length_fw, abs=0.02)


@pytest.mark.parametrize("seed", range(5))
def test_a_hand_resting_on_the_face_and_jittering_gives_no_stroke(seed):
    # Still on the skin for 4 s, the landmarks jittering (0.005 fw) and the hand settling
    # by small shifts back and forth: no drift one way, no stroke.
    rng = np.random.default_rng(seed)
    t_s = np.arange(121) / FPS
    shifts = np.repeat(rng.normal(0.0, 0.01, (6, 2)), 21, axis=0)[:121]
    points = np.add(A, shifts + rng.normal(0.0, 0.005, (121, 2)))
    assert split_strokes("right", t_s, points, CONFIG) == []


def test_a_short_slow_moment_inside_a_stroke_does_not_split_it():
    t_s, points = stretch(rest(A, 0.3), (A, (-0.3, 0.3), 0.4, "ease"), rest((-0.3, 0.3), 0.1),
                          ((-0.3, 0.3), B, 0.5, "ease"), rest(B, 0.3))
    [stroke] = split_strokes("right", t_s, points, CONFIG)
    assert stroke.travel_fw[0] == pytest.approx(-0.25, abs=0.02)


@pytest.mark.parametrize("length_fw, stroke_s, kind", [
    (0.25, 1.0, "linear"),
    (0.25, 0.5, "ease"),
    (0.15, 1.0, "ease"),
    (0.25, 1.0, "ease"),
    (0.35, 1.0, "ease"),
])
def test_a_back_and_forth_without_pause_splits_at_the_turn(length_fw, stroke_s, kind):
    far = (A[0] - length_fw, A[1])
    t_s, points = stretch(rest(A, 0.3), (A, far, stroke_s, kind), (far, A, stroke_s, kind), rest(A, 0.3))
    strokes = split_strokes("right", t_s, points, CONFIG)
    turn_s = 0.3 + stroke_s
    assert len(strokes) == 2, spans(strokes)
    out, back = strokes
    # Split at the turn itself, or around the slow moment at it.
    assert out.t_end_s == pytest.approx(turn_s, abs=0.15) and back.t_start_s == pytest.approx(turn_s, abs=0.15)
    assert out.travel_fw[0] < -0.8 * length_fw and back.travel_fw[0] > 0.8 * length_fw


def test_a_curved_return_that_lands_and_sets_off_on_a_stroke_splits_at_the_landing():
    # A lifted return (too low a lift to be seen) goes left, curves down and slows to land
    # at `landing`; the stroke sets off from rest about 100 degrees from the last heading
    # (at a usual stroke speed, 0.3 fw/s).
    # The chords (since the start, and of the stroke) are only about 55 degrees apart.
    corner, landing, end = (-0.30, 0.30), (-0.30, 0.40), (-0.45, 0.38)
    t_s, points = stretch(rest(A, 0.3), (A, corner, 0.25, "leave"), (corner, landing, 0.3, "settle"),
                          (landing, end, 0.5, "ease"), rest(end, 0.3))
    strokes = split_strokes("right", t_s, points, CONFIG)
    assert len(strokes) == 2, spans(strokes)
    back, stroke = strokes
    landed_s = 0.3 + 0.25 + 0.3
    assert back.t_end_s == pytest.approx(landed_s, abs=0.1) and stroke.t_start_s == pytest.approx(landed_s, abs=0.1)
    assert np.allclose(stroke.travel_fw, np.subtract(end, landing), atol=0.02)


@pytest.mark.parametrize("backward", [False, True], ids=["slide then stroke", "stroke then slide"])
def test_a_slide_to_the_next_zone_that_stops_where_the_stroke_starts_is_cut_there(backward):
    # Fingers slide on the skin from the cheek down to just under the jaw (no lift seen),
    # come to rest there and stroke down the neck: about 25 degrees of turn, so only the
    # stop and the change of zone tell the two apart. The same done backwards too.
    cheek, under_jaw, neck = (-0.45, 0.40), (-0.26, 0.76), (-0.25, 1.00)
    moves = [(cheek, under_jaw, 0.6, "ease"), (under_jaw, neck, 1.0, "ease")]
    if backward:
        moves = [(b, a, duration_s, kind) for a, b, duration_s, kind in moves[::-1]]
    t_s, points = stretch(rest(moves[0][0], 0.3), *moves, rest(moves[-1][1], 0.3))
    strokes = split_strokes("right", t_s, points, CONFIG)
    assert len(strokes) == 2, spans(strokes)
    stop_s = 0.3 + moves[0][2]
    assert strokes[0].t_end_s == pytest.approx(stop_s, abs=0.1)
    assert strokes[1].t_start_s == pytest.approx(stop_s, abs=0.1)
    for stroke, (start, end, _, _) in zip(strokes, moves):
        assert np.allclose(stroke.travel_fw, np.subtract(end, start), atol=0.03)


def along(corners, speed_at, fps: float = FPS) -> tuple[np.ndarray, np.ndarray]:
    """Samples along a polyline through `corners` at speed `speed_at(share of the length
    done)` (fw/s)."""
    corners = np.asarray(corners, dtype=float)
    cumulative = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(corners, axis=0), axis=1))])
    t_s, done = [0.0], 0.0
    while done < cumulative[-1]:
        done += speed_at(done / cumulative[-1]) / fps
        t_s.append(t_s[-1] + 1 / fps)
    distances = [0.0]
    for _ in t_s[1:]:
        distances.append(min(distances[-1] + speed_at(distances[-1] / cumulative[-1]) / fps, cumulative[-1]))
    points = np.column_stack([np.interp(distances, cumulative, corners[:, i]) for i in range(2)])
    return np.array(t_s), points


@pytest.mark.parametrize("dip", [1.0, 0.4])
def test_a_stroke_bending_without_slowing_to_a_stop_is_not_split(dip):
    # A stroke that bends 90 degrees at its middle, at steady speed or slowing there only
    # to `dip` of its speed (a hand rounding a corner of the face), eased from and to rest.
    def speed_at(f):
        ease = min(1.0, 0.2 + 4 * f, 0.2 + 4 * (1 - f))
        return 0.3 * ease * (1 - (1 - dip) * max(0.0, 1 - abs(f - 0.5) / 0.15))
    t_s, points = along([A, (-0.40, 0.30), (-0.40, 0.50)], speed_at)
    [stroke] = split_strokes("right", t_s, points, CONFIG)
    assert np.allclose(stroke.travel_fw, (-0.20, 0.20), atol=0.03)


def test_a_twitch_below_min_travel_is_no_stroke():
    end = (A[0] - 0.03, A[1])  # half the minimum travel
    t_s, points = stretch(rest(A, 0.3), (A, end, 0.3, "ease"), rest(end, 0.3))
    assert split_strokes("right", t_s, points, CONFIG) == []


def test_a_still_hand_is_no_stroke():
    t_s, points = stretch(rest(A, 2.0))
    assert split_strokes("right", t_s, points, CONFIG) == []


@pytest.mark.parametrize("n", [0, 1, 2])
def test_too_few_samples_give_no_stroke(n):
    t_s, points = stretch((A, B, 1.0, "linear"))
    assert split_strokes("right", t_s[:n], points[:n], CONFIG) == []


def test_an_arrival_while_moving_is_cut_when_the_hand_slid_onto_the_face():
    # The hand slides on still moving 1 fw/s (0.12 fw in 0.25 s), settles, then strokes at 0.65-1.65 s.
    t_s, points = stretch(((-0.08, 0.30), A, 0.25, "settle"), rest(A, 0.4), (A, B, 1.0, "ease"), rest(B, 0.3))
    strokes = split_strokes("right", t_s, points, CONFIG, entered=True)
    assert len(strokes) == 1, spans(strokes)
    # Coming down onto the skin instead, the size cut (in the segmenter) handles the landing;
    # not cut, it is still arriving: not joined to the stroke after its rest, though on the same way.
    assert len(split_strokes("right", t_s, points, CONFIG, entered=False)) == 2
    assert strokes[0].t_start_s == pytest.approx(0.65, abs=0.1)
    # Without the cut, the arrival alone would pass as a stroke.
    arrival = Stroke("right", t_s[:8], points[:8])
    assert np.linalg.norm(arrival.travel_fw) >= CONFIG.min_travel_fw
    assert arrival.duration_s >= CONFIG.min_duration_s


# The hand lands and sets off at once at a stroke's pace (0.12 fw in 0.45 s), rests 0.8 s
# on the skin, then goes on the same way to B.
_LANDING_MID = (-0.32, 0.30)
_LAND_AND_GO = stretch((A, _LANDING_MID, 0.45, "linear"), rest(_LANDING_MID, 0.8),
                       (_LANDING_MID, B, 0.5, "ease"), rest(B, 0.3))


def test_a_stroke_begun_as_the_hand_lands_and_rested_half_way_is_one_stroke():
    t_s, points = _LAND_AND_GO
    [stroke] = split_strokes("right", t_s, points, CONFIG)
    assert stroke.t_start_s == pytest.approx(0.0, abs=0.1)
    assert stroke.travel_fw[0] == pytest.approx(B[0] - A[0], abs=0.02)


def test_a_return_brought_down_onto_the_skin_is_not_joined_to_the_stroke_after_its_rest():
    # The same landing, but the hand's last piece on the skin went the other way (B to A):
    # landing as it goes back, the hand is ending its way back, not setting off.
    t_s, points = _LAND_AND_GO
    went_out = Stroke("right", *stretch((B, A, 0.8, "ease")))
    pieces, _ = cut_pieces("right", t_s, points, CONFIG, before=went_out)
    assert len(pieces) == 2 and pieces[1].t_start_s >= 1.25 - 0.1  # after the rest
    went_back = Stroke("right", *stretch((A, B, 0.8, "ease")))
    assert len(cut_pieces("right", t_s, points, CONFIG, before=went_back)[0]) == 1


def test_a_landing_wavering_with_landmark_jitter_is_judged_by_its_way_not_its_path():
    # The same land-and-go, the fingertip wavering 0.02 fw across the way as landmarks do:
    # its path is twice its way, but it goes the way at a stroke's pace, so it still sets off.
    t_s, points = _LAND_AND_GO
    points = points.copy()
    landing = t_s <= 0.45
    points[landing, 1] += 0.02 * np.sin(2 * np.pi * t_s[landing] / 0.15)
    [stroke] = split_strokes("right", t_s, points, CONFIG)
    assert stroke.t_start_s == pytest.approx(0.0, abs=0.1)


def test_a_landing_faster_than_a_stroke_is_an_arrival_however_long():
    # Sliding onto the skin at 0.6 fw/s (faster than a stroke, as a way back is), then
    # resting and stroking on the same way: the slide is not part of the stroke.
    t_s, points = stretch((A, _LANDING_MID, 0.2, "linear"), rest(_LANDING_MID, 0.8),
                          (_LANDING_MID, B, 0.5, "ease"), rest(B, 0.3))
    pieces, _ = cut_pieces("right", t_s, points, CONFIG)
    assert len(pieces) == 2 and pieces[1].t_start_s > 0.9


def test_a_hand_sliding_off_the_face_is_cut_when_departed():
    far = (-0.75, 0.3)
    t_s, points = stretch(rest(A, 0.3), (A, B, 1.0, "ease"), rest(B, 0.3), (B, far, 0.4, "leave"))
    [stroke] = split_strokes("right", t_s, points, CONFIG, ended_by="departed")
    assert (stroke.t_start_s, stroke.t_end_s) == pytest.approx((0.3, 1.3), abs=0.1)
    assert stroke.travel_fw[0] == pytest.approx(B[0] - A[0], abs=0.02)
    # Lifted while still moving on (not heading back): the slide goes on with the stroke
    # after a short rest, the same way: one stroke, up to the lift.
    [whole] = split_strokes("right", t_s, points, CONFIG, ended_by="lift")
    assert whole.t_end_s == pytest.approx(t_s[-1]) and whole.travel_fw[0] == pytest.approx(far[0] - A[0], abs=0.02)


def test_a_brief_move_back_as_the_hand_lifts_is_the_lift_into_the_return():
    """Lifted while still moving, a little way back the way the stroke came: cut off."""
    back = (B[0] + 0.03, B[1])
    t_s, points = stretch(rest(A, 0.3), (A, B, 1.0, "linear"), (B, back, 0.15, "linear"))
    [stroke] = split_strokes("right", t_s, points, CONFIG)
    assert stroke.t_end_s == pytest.approx(1.3, abs=0.1)
    assert stroke.travel_fw[0] == pytest.approx(B[0] - A[0], abs=0.02)


def test_a_stroke_after_a_way_back_slid_on_the_skin_is_kept_though_lifted_moving():
    """A way back slid down the skin (small lifts look like touching) and the next stroke up
    and out the other way, shorter than the way back and lifted before it stops: it heads
    back the way the hand came, briefly, but is long enough to be a stroke, so it is one
    (the leg model tells which of the two is the stroke)."""
    low = (A[0], A[1] + 0.35)
    end = (low[0] - 0.15, low[1] - 0.12)
    t_s, points = stretch(rest(A, 0.3), (A, low, 1.0, "ease"), (low, end, 0.5, "linear"))
    way_back, stroke = split_strokes("right", t_s, points, CONFIG)
    assert way_back.travel_fw[1] == pytest.approx(0.35, abs=0.03)
    assert stroke.t_end_s == pytest.approx(t_s[-1])
    assert stroke.travel_fw == pytest.approx(np.subtract(end, low), abs=0.03)


def test_a_stroke_longer_than_max_duration_is_dropped():
    config = CoachConfig(max_duration_s=1.5)
    t_s, points = stretch(rest(A, 0.3), (A, B, 2.0, "linear"), rest(B, 0.3))
    assert split_strokes("right", t_s, points, config) == []
    assert len(split_strokes("right", t_s, points, CONFIG)) == 1


@pytest.mark.parametrize("times", ["regular", "irregular"])
def test_windowed_speed_on_a_constant_speed_line_is_that_speed(times):
    rng = np.random.default_rng(0)
    t_s = np.arange(61) / 30 if times == "regular" else np.cumsum(rng.uniform(0.01, 0.06, 60))
    points = np.column_stack([0.3 * t_s, -0.4 * t_s]) + (0.1, 0.2)  # 0.5 fw/s
    assert np.allclose(windowed_speed_fw_per_s(t_s, points, 0.15), 0.5)


def test_windowed_speed_of_a_still_point_is_zero():
    t_s = np.arange(10) / 30
    assert np.array_equal(windowed_speed_fw_per_s(t_s, np.tile(A, (10, 1)), 0.15), np.zeros(10))


def _glide(*moves) -> tuple[np.ndarray, np.ndarray]:
    """30 fps samples of a hand that never stops between moves: each (heading_deg, duration_s,
    base, peak) move goes `heading_deg` (0 = +x, 90 = +y) at base + (peak - base) sin(pi f)
    face widths a second; a rest of 0.3 s before and after."""
    speeds, headings = [0.0] * 9, [0.0] * 9
    for heading_deg, duration_s, base, peak in moves:
        f = np.arange(round(duration_s * FPS)) / round(duration_s * FPS)
        speeds += list(base + (peak - base) * np.sin(np.pi * f))
        headings += [np.radians(heading_deg)] * len(f)
    speeds, headings = np.array(speeds + [0.0] * 9), np.array(headings + [0.0] * 9)
    steps = (speeds / FPS)[:, None] * np.column_stack([np.cos(headings), np.sin(headings)])
    return np.arange(len(speeds) + 1) / FPS, np.vstack([[-0.3, -0.2], (-0.3, -0.2) + np.cumsum(steps, axis=0)])


def test_a_slide_to_the_next_zone_run_into_its_stroke_is_cut_where_the_hand_slows():
    """A return that slides down across the face (0.5 fw) and runs, slowing down to 40 % but
    not stopping or turning sharply, into a slower stroke 30 degrees off (0.28 fw): together
    longer than any stroke, so two pieces, cut at the slow moment between them."""
    t_s, points = _glide((90, 0.8, 0.15, 0.9), (60, 1.0, 0.15, 0.35))
    assert np.linalg.norm(points[-1] - points[0]) > CONFIG.legs.stroke_max_fw
    slide, stroke = split_strokes("right", t_s, points, CONFIG)
    assert slide.t_end_s == stroke.t_start_s == pytest.approx(0.3 + 0.8, abs=0.1)
    assert slide.travel_fw[1] == pytest.approx(0.5, abs=0.05)
    assert np.degrees(np.arctan2(stroke.travel_fw[1], stroke.travel_fw[0])) == pytest.approx(60, abs=10)


def test_the_same_slowing_down_inside_a_stroke_long_enough_does_not_cut_it():
    """The same glide at half the speed stays within a stroke's length: one stroke (a
    stroke may slow down and bend on its way)."""
    t_s, points = _glide((90, 0.8, 0.075, 0.45), (60, 1.0, 0.075, 0.175))
    assert np.linalg.norm(points[-1] - points[0]) < CONFIG.legs.stroke_max_fw
    assert len(split_strokes("right", t_s, points, CONFIG)) == 1


def test_a_long_slide_without_a_slow_moment_stays_whole():
    """Nothing to cut at: a slide longer than any stroke at an even speed is one piece
    (the leg model calls it the hand moving on, see `feedback.legs`)."""
    t_s, points = _glide((90, 1.0, 0.7, 0.8))
    [slide] = split_strokes("right", t_s, points, CONFIG)
    assert np.linalg.norm(slide.travel_fw) > CONFIG.legs.stroke_max_fw


def test_pieces_the_same_way_after_a_rest_are_not_joined_when_one_rose_in_its_middle():
    # A return that lands where the next stroke starts and the stroke going on the same way:
    # the return's palm grows in its middle (a small lift the contact did not see).
    mid, end = (A[0] - 0.15, A[1]), (A[0] - 0.3, A[1])
    t_s, points = stretch(rest(A, 0.3), (A, mid, 0.6, "ease"), rest(mid, 0.5), (mid, end, 0.6, "ease"), rest(end, 0.3))
    lifted = (t_s > 0.3) & (t_s < 0.9)
    palm = 0.25 * (1.0 + 0.06 * np.where(lifted, np.sin(np.pi * (t_s - 0.3) / 0.6), 0.0))
    on_skin, _ = cut_pieces("right", t_s, points, CONFIG, palm_fw=np.full(len(t_s), 0.25))
    assert len(on_skin) == 1
    first, second = cut_pieces("right", t_s, points, CONFIG, palm_fw=palm)[0]
    assert first.t_end_s < second.t_start_s and first.travel_fw[0] < 0 and second.travel_fw[0] < 0
