"""Verdicts: a stroke's direction against its zone's expected direction, and its speed."""

import math

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from feedback.config import LegModel
from feedback.protocol import ZoneRule, load_profile
from feedback.stroke import Stroke
from feedback.verdicts import angle_error_deg, classify, goes_against_path, jitter_deg, judge, out_up
from feedback.zones import ZONE_ANCHORS_FW, zone_shares
from tests.feedback.stroke_streams import stroke_lifting_off

DRAINAGE, LIFTING = load_profile("drainage"), load_profile("lifting")
RULE = ZoneRule(direction_out_up=(1.0, 0.0), tolerance_deg=40.0, reps=7, max_speed_fw_per_s=0.8,
                min_duration_s=0.45)


@pytest.mark.parametrize("vector, side, expected", [
    ((0.2, 0.0), "left", (0.2, 0.0)),  # toward the person's left is outward on the left...
    ((0.2, 0.0), "right", (-0.2, 0.0)),  # ...and inward on the right
    ((-0.2, 0.0), "right", (0.2, 0.0)),
    ((0.0, 0.3), "left", (0.0, -0.3)),  # toward the chin is downward on both sides
    ((0.0, 0.3), "right", (0.0, -0.3)),
    ((-0.1, -0.1), "right", (0.1, 0.1)),
])
def test_out_up_per_side(vector, side, expected):
    assert np.allclose(out_up(np.array(vector), side), expected)


def unit(deg):
    return np.array([math.cos(math.radians(deg)), math.sin(math.radians(deg))])


@pytest.mark.parametrize("direction_deg, expected_deg, error", [
    (30, 0, 30),  # turned upward of the path: positive
    (-30, 0, -30),
    (90, 45, 45),
    (-170, 170, 20),  # wraps across +-180
    (170, -170, -20),
    (10, -170, 180),
    (100, -80, 180),  # exactly opposite: +180 (the -pi case: below)
    (45, 45, 0),
])
def test_angle_error_sign_and_wrap(direction_deg, expected_deg, error):
    assert angle_error_deg(unit(direction_deg), tuple(unit(expected_deg))) == pytest.approx(error, abs=1e-9)


@pytest.mark.parametrize("direction, expected", [
    (out_up(np.array([-0.2, 0.0]), "left"), (1.0, 0.0)),  # inward on the left cheek: (-0.2, -0.0)
    (np.array([0.0, -1.0]), (0.0, 1.0)),  # straight down on the neck under the lifting profile
])
def test_an_exactly_opposite_stroke_is_plus_180(direction, expected):
    assert angle_error_deg(direction, expected) == 180.0


SLOW = dict(duration_s=1.0, speed_fw_per_s=0.3)


@pytest.mark.parametrize("error_deg, verdict", [
    (0, "good"), (40, "good"), (-40, "good"), (40.01, "off_path"), (-40.01, "off_path"),
    (90, "off_path"), (139.99, "off_path"), (140, "reversed"), (-140, "reversed"), (180, "reversed"),
    (-179.9, "reversed"),
])
def test_classify_at_the_tolerance_boundaries(error_deg, verdict):
    assert classify(error_deg, rule=RULE, **SLOW) == verdict


@pytest.mark.parametrize("duration_s, speed, verdict", [
    (1.0, 0.8, "good"), (1.0, 0.81, "too_fast"),  # by speed
    (0.45, 0.3, "good"), (0.44, 0.3, "too_fast"),  # by duration
    (0.2, 2.0, "too_fast"),
])
def test_classify_too_fast_by_speed_and_by_duration(duration_s, speed, verdict):
    assert classify(10.0, duration_s, speed, RULE) == verdict


@pytest.mark.parametrize("duration_s, speed, verdict", [
    (0.3, 0.25, "good"), (0.3, 0.26, "too_fast"),  # brief but no faster than a good stroke's pace
])
def test_a_brief_leg_that_moves_the_skin_slowly_is_not_too_fast(duration_s, speed, verdict):
    assert classify(10.0, duration_s, speed, RULE) == verdict


def eased_stroke(start, end, moving_s, rest_before_s=0.0, rest_after_s=0.0, fps=30.0, hand="right"):
    """A stroke whose speed rises and falls (cosine-eased, as the renders and hands move), with
    rests on the skin at its ends."""
    t = np.arange(0.0, rest_before_s + moving_s + rest_after_s + 1e-9, 1.0 / fps)
    tau = np.clip((t - rest_before_s) / moving_s, 0.0, 1.0)
    share = 0.5 - 0.5 * np.cos(np.pi * tau)
    return Stroke(hand, t, np.array(start) + share[:, None] * (np.array(end) - np.array(start)))


CHEEK = ((-0.20, 0.32), (-0.44, 0.25))  # a right-cheek stroke, 0.25 fw: good under drainage


@pytest.mark.parametrize("moving_s, rest_s, fps, verdict", [
    (0.35, 0.0, 30, "too_fast"), (0.4, 0.0, 15, "too_fast"),  # hurried
    (0.4, 0.1, 15, "too_fast"),  # ...with a sample of rest at each end (a low frame rate)
    (0.4, 0.15, 30, "too_fast"),  # ...and with rests on the skin at its ends (the cut keeps
    # up to `pause_s` of them): still hurried
    (0.6, 0.0, 30, "good"), (0.6, 0.0, 15, "good"), (1.0, 0.0, 30, "good"),
])
def test_too_fast_by_the_time_the_skin_moved(moving_s, rest_s, fps, verdict):
    stroke = eased_stroke(*CHEEK, moving_s, rest_s, rest_s, fps)
    assert judge(stroke, DRAINAGE).verdict == verdict


def test_a_quick_good_stroke_is_judged_by_its_usual_speed_not_one_jumpy_frame():
    stroke = eased_stroke((-0.14, 0.30), (-0.50, 0.24), 0.7)  # 0.37 fw in 0.7 s
    jumpy = stroke.path_fw.copy()
    jumpy[10:] += (-0.08, 0.0)  # the landmarks jump once (blur): 0.08 fw in one frame
    assert judge(stroke, DRAINAGE).verdict == "good"
    assert judge(Stroke("right", stroke.t_s, jumpy), DRAINAGE).verdict == "good"


def test_a_slow_piece_of_a_stroke_is_not_too_fast():
    """The cut split a slow stroke where the hand rested half-way: the brief piece moves the
    skin at the stroke's slow pace (0.06 fw in 0.35 s)."""
    piece = eased_stroke((-0.30, 0.30), (-0.36, 0.29), 0.35)
    assert judge(piece, DRAINAGE).verdict == "good"


@pytest.mark.parametrize("error_deg, verdict", [(90, "off_path"), (180, "reversed"), (-150, "reversed")])
def test_too_fast_only_when_the_direction_is_right(error_deg, verdict):
    assert classify(error_deg, 0.1, 5.0, RULE) == verdict


def make_stroke(start, end, duration_s=1.0, n=31, hand="right"):
    return Stroke(hand, np.linspace(0.0, duration_s, n), np.linspace(start, end, n))


# (zone, start, end) on the person's RIGHT side, and the verdicts under drainage / lifting.
# Hand check under lifting: temple and neck go down where lifting wants up (reversed); the
# forehead, nose and chin strokes are 95, 74 and 50 deg off lifting's directions (off path).
CASES = [
    ("forehead", (-0.03, -0.25), (-0.36, -0.22), "good", "off_path"),
    ("temple", (-0.47, -0.12), (-0.48, 0.12), "good", "reversed"),
    ("under_eye", (-0.14, 0.12), (-0.32, 0.12), "good", "good"),
    ("nose", (-0.05, 0.16), (-0.16, 0.22), "good", "off_path"),
    ("cheek", (-0.20, 0.32), (-0.44, 0.25), "good", "good"),
    ("jawline", (-0.22, 0.70), (-0.45, 0.48), "good", "good"),
    ("chin", (-0.01, 0.78), (-0.22, 0.80), "good", "off_path"),
    ("neck", (-0.28, 0.95), (-0.30, 1.25), "good", "reversed"),
]


@pytest.mark.parametrize("zone, start, end, drainage, lifting", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("backwards", [False, True], ids=["forward", "backward"])
def test_judge_every_zone_on_both_sides_under_both_profiles(zone, start, end, drainage, lifting,
                                                            side, backwards):
    sign = np.array([1.0 if side == "right" else -1.0, 1.0])
    start, end = np.array(start) * sign, np.array(end) * sign
    if backwards:
        start, end = end, start
        flip = {"good": "reversed", "reversed": "good", "off_path": "off_path"}
        drainage, lifting = flip[drainage], flip[lifting]
    stroke = make_stroke(start, end, hand=side)
    for profile, verdict in ((DRAINAGE, drainage), (LIFTING, lifting)):
        judged = judge(stroke, profile)
        assert (judged.zone, judged.side, judged.verdict) == (zone, side, verdict), profile.name
        assert judged.stroke is stroke


def test_judge_a_fast_good_stroke_is_too_fast():
    judged = judge(make_stroke((-0.20, 0.32), (-0.44, 0.25), duration_s=0.3), DRAINAGE)
    assert judged.verdict == "too_fast" and abs(judged.angle_error_deg) < 5


def test_judge_off_the_face_is_none():
    assert judge(make_stroke((0.9, 0.0), (1.2, 0.2)), DRAINAGE) is None


def test_judged_stroke_to_dict_rounds_and_names_the_hand():
    judged = judge(make_stroke((-0.20, 0.32), (-0.44, 0.32), duration_s=1.0, hand="left"), DRAINAGE)
    # Straight outward on the right cheek, done with the left hand: cheek expects 16.7 deg up.
    assert judged.to_dict() == {
        "t_start_s": 0.0, "t_end_s": 1.0, "zone": "cheek", "side": "right", "hand": "left",
        "verdict": "good", "angle_error_deg": -16.7, "length_fw": 0.24, "speed_fw_per_s": 0.24}


good_strokes = st.tuples(
    st.sampled_from([(z, a) for z, anchors in ZONE_ANCHORS_FW.items() for a in anchors if a[0] >= 0.1]),
    st.sampled_from(["left", "right"]),
    st.floats(-39.0, 39.0),  # within the tolerance of 40 deg
    st.floats(0.07, 0.16),  # length in face widths: short enough to stay on its side
)


@given(good_strokes, st.sampled_from([DRAINAGE, LIFTING]))
@settings(max_examples=150, deadline=None)
def test_rotating_a_good_stroke_by_180_deg_makes_it_reversed(case, profile):
    (zone, anchor), side, off_deg, length_fw = case
    outward = 1.0 if side == "left" else -1.0
    centre = np.array([anchor[0] * outward, anchor[1]])
    expected = np.array(profile.rule(zone).direction_out_up)
    a = math.radians(off_deg)
    out, up = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]]) @ expected
    travel = np.array([out * outward, -up]) * length_fw  # back to the face frame
    stroke = make_stroke(centre - travel / 2, centre + travel / 2)
    rotated = Stroke(stroke.hand, stroke.t_s, 2 * centre - stroke.path_fw)  # 180 deg about its middle
    judged, judged_rotated = judge(stroke, profile), judge(rotated, profile)
    assert (judged.zone, judged.side, judged.verdict) == (zone, side, "good")
    assert judged.angle_error_deg == pytest.approx(off_deg, abs=1e-6)
    assert (judged_rotated.zone, judged_rotated.side, judged_rotated.verdict) == (zone, side, "reversed")


def test_a_quick_stroke_is_timed_on_the_skin_without_its_lift_off():
    """0.4 s on the skin, then 0.2 s lifting off while the fingertips carry on: the leg lasts
    0.6 s, the stroke 0.43 s (the first frame of the lift is not yet 1.04 times bigger)."""
    leg = stroke_lifting_off(on_skin_s=0.4)
    judged = judge(leg, DRAINAGE)
    assert judged.verdict == "too_fast" and judged.stroke is leg
    assert judged.to_dict()["t_end_s"] == pytest.approx(0.433) and judged.reported.duration_s < 0.45
    blind = judge(Stroke(leg.hand, leg.t_s, leg.path_fw), DRAINAGE)  # no palm: no lift seen
    assert blind.verdict == "good" and blind.on_skin is None and blind.to_dict()["t_end_s"] == pytest.approx(0.6)


def test_the_direction_is_that_on_the_skin_not_where_the_lifted_fingers_go():
    """Straight out across the forehead, then lifting off with the fingertips dropping toward
    the brow: the whole leg's chord is 47 deg off, the stroke on the skin on its path. Without
    the palm (no lift seen) the lift-off pulls the leg's way toward the brow."""
    leg = stroke_lifting_off(on_skin_s=0.8, lift_s=0.3, start=(-0.03, -0.25), end=(-0.36, -0.22),
                             carry_on=(0.02, 0.3))
    judged = judge(leg, DRAINAGE)
    assert (judged.zone, judged.verdict) == ("forehead", "good") and abs(judged.angle_error_deg) < 20
    blind = judge(Stroke(leg.hand, leg.t_s, leg.path_fw), DRAINAGE)
    assert abs(blind.angle_error_deg) > abs(judged.angle_error_deg) + 20


def along_the_cheek_jaw_border(turned_deg: float, start_down_fw: float, backwards: bool = False) -> Stroke:
    """A 0.22 face-width stroke on the person's right side from (0.22 out, start_down_fw)
    going out, turned_deg upward of straight out (the cheek's path is 17 degrees up, the
    jawline's 45): near 0.44 down about a third of it lies on the cheek, the rest on the
    jawline."""
    turn = math.radians(turned_deg)
    start = np.array([-0.22, start_down_fw])
    end = start + 0.22 * np.array([-math.cos(turn), -math.sin(turn)])
    return make_stroke(end, start) if backwards else make_stroke(start, end)


def test_a_stroke_along_a_zone_border_that_follows_the_neighbours_path_is_the_neighbours():
    stroke = along_the_cheek_jaw_border(-3.0, 0.44)  # 20 deg below the cheek's path, 48 below the jaw's
    assert zone_shares(stroke.path_fw) == pytest.approx({"cheek": 7 / 21, "jawline": 14 / 21})
    judged = judge(stroke, DRAINAGE)
    assert (judged.zone, judged.verdict) == ("cheek", "good")
    assert judged.angle_error_deg == pytest.approx(-20.0, abs=1.0)


def test_the_same_stroke_done_backwards_is_off_the_path_of_the_zone_it_mostly_lies_in():
    """"Reversed" is said only of the zone most of a stroke lies in: the jaw's reverse is
    132 degrees from this stroke, short of reversed (140)."""
    judged = judge(along_the_cheek_jaw_border(-3.0, 0.44, backwards=True), DRAINAGE)
    assert (judged.zone, judged.verdict) == ("jawline", "off_path")


@pytest.mark.parametrize("turned_deg, start_down_fw", [
    (-60.0, 0.44),  # off both paths
    (-3.0, 0.46),  # on the cheek's path, but under a third of it on the cheek
], ids=["off_both_paths", "little_on_the_neighbour"])
def test_a_stroke_off_its_zones_path_otherwise_stays_off_it_in_its_own_zone(turned_deg, start_down_fw):
    judged = judge(along_the_cheek_jaw_border(turned_deg, start_down_fw), DRAINAGE)
    assert (judged.zone, judged.verdict) == ("jawline", "off_path")


def shaky(stroke: Stroke, jitter_fw: float) -> Stroke:
    """The stroke with its landmarks jittering across its way, +-jitter_fw sample by sample
    (its ends unmoved, so its start-to-end direction is the same)."""
    way = stroke.travel_fw / np.linalg.norm(stroke.travel_fw)
    across = np.array([-way[1], way[0]])
    sign = np.where(np.arange(len(stroke.t_s)) % 2 == 0, 1.0, -1.0)
    sign[[0, -1]] = 0.0
    return Stroke(stroke.hand, stroke.t_s, stroke.path_fw + np.outer(sign * jitter_fw, across))


def test_a_steady_straight_stroke_has_no_jitter():
    assert jitter_deg(make_stroke((0.0, 0.0), (0.2, 0.1))) == pytest.approx(0.0, abs=1e-9)


def test_the_same_jitter_turns_a_short_stroke_more_than_a_long_one():
    short, long = (shaky(make_stroke((0.0, 0.0), (length, 0.0)), 0.01) for length in (0.1, 0.4))
    assert jitter_deg(short) > 2 * jitter_deg(long) > 0.0


def test_a_short_shaky_stroke_just_past_the_tolerance_is_not_called_off_the_path():
    """45 degrees off the cheek's path, 0.12 face widths long: steady, it is off the path;
    tracked with +-0.01 face widths of jitter, a few degrees past the tolerance cannot be
    told from the jitter, and it is good."""
    out, up = DRAINAGE.rule("cheek").direction_out_up
    turned = math.atan2(up, out) + math.radians(45.0)
    way_fw = -np.array([math.cos(turned), math.sin(turned)])  # (out, up) on the right side
    start = np.array([-0.26, 0.31])
    steady = make_stroke(start, start + 0.12 * way_fw)
    judged = judge(steady, DRAINAGE)
    assert (judged.zone, judged.verdict) == ("cheek", "off_path")
    assert judge(shaky(steady, 0.01), DRAINAGE).verdict == "good"


def test_a_short_shaky_stroke_just_inside_the_reversed_bar_is_not_called_reversed():
    """145 degrees off the cheek's path (35 from its reverse), 0.12 face widths long: steady,
    it is reversed; tracked with +-0.01 face widths of jitter, it could be an off-path stroke
    the jitter turned, and "reversed" is not said of it."""
    out, up = DRAINAGE.rule("cheek").direction_out_up
    turned = math.atan2(up, out) + math.radians(145.0)
    way_fw = np.array([-math.cos(turned), -math.sin(turned)])  # (out, up) on the right side
    start = np.array([-0.32, 0.29])
    steady = make_stroke(start, start + 0.12 * way_fw)
    judged = judge(steady, DRAINAGE)
    assert (judged.zone, judged.verdict) == ("cheek", "reversed")
    assert judge(shaky(steady, 0.01), DRAINAGE).verdict == "off_path"


@given(st.floats(-180.0, 180.0), st.floats(0.0, 180.0))
@example(90.0, 60.0)  # square across the path, however shaky: never good (hypothesis found it)
@example(-90.0, 180.0)
def test_jitter_only_ever_makes_the_verdict_milder(error_deg, jitter):
    """Jitter spares a stroke advice the coach cannot back: "off the path" may become "good"
    and "reversed" "off the path", nothing else changes; a stroke that crosses its path (90
    degrees or more off) is never called good."""
    steady = classify(error_deg, rule=RULE, **SLOW)
    spared = classify(error_deg, rule=RULE, jitter_deg=jitter, **SLOW)
    assert spared == steady or (steady, spared) in {("off_path", "good"), ("reversed", "off_path")}
    if abs(error_deg) >= 90.0:
        assert spared != "good"


# How sure the leg model is that a leg is a stroke, against what is said of it.
SURE = LegModel()
CHEEK_GOOD = ((-0.20, 0.32), (-0.44, 0.25))
CHEEK_ACROSS = ((-0.32, 0.20), (-0.30, 0.42))  # 85 deg off the cheek's path: off path


@pytest.mark.parametrize("points, duration_s, p_stroke, verdict", [
    (CHEEK_GOOD, 1.0, 1.0, "good"),
    (CHEEK_GOOD, 1.0, (SURE.sure_p + 1.0) / 2, "good"),
    (CHEEK_GOOD, 1.0, SURE.sure_p - 0.05, "unsure"),
    (CHEEK_GOOD[::-1], 1.0, (SURE.sure_p + SURE.sure_direction_fault_p) / 2, "unsure"),
    (CHEEK_GOOD[::-1], 1.0, SURE.sure_direction_fault_p, "reversed"),
    (CHEEK_GOOD, 0.3, (SURE.sure_p + 1.0) / 2, "too_fast"),
    (CHEEK_ACROSS, 1.0, SURE.sure_direction_fault_p, "off_path"),
    # Most legs that run across the path and may be returns are the way back to the next
    # stroke's start: not reported, neither as a fault nor as "unsure".
    (CHEEK_ACROSS, 1.0, SURE.sure_direction_fault_p - 0.02, None),
    (CHEEK_ACROSS, 1.0, SURE.sure_p - 0.05, None),
], ids=["sure good", "good", "unsure good", "unsure reversed", "reversed", "too fast",
        "off path", "off path, not sure enough", "off path, unsure"])
def test_what_is_said_of_a_leg_depends_on_how_sure_it_is_a_stroke(points, duration_s, p_stroke,
                                                                  verdict):
    judged = judge(make_stroke(*points, duration_s=duration_s), DRAINAGE, p_stroke, SURE)
    assert (judged.verdict if judged else None) == verdict


@pytest.mark.parametrize("zone, start, end, drainage, lifting", CASES, ids=[c[0] for c in CASES])
def test_a_leg_goes_against_the_path_when_it_would_be_reversed(zone, start, end, drainage, lifting):
    forward = make_stroke(start, end)
    backward = make_stroke(end, start)
    for profile, verdict in ((DRAINAGE, drainage), (LIFTING, lifting)):
        assert goes_against_path(forward, profile) == (verdict == "reversed"), profile.name
        assert goes_against_path(backward, profile) == (verdict == "good"), profile.name


def test_which_way_is_against_the_path_follows_the_profile_data():
    """The cheek's direction is data: turned around, the same leg goes with the path."""
    outward = make_stroke((-0.20, 0.32), (-0.44, 0.25))
    inward = make_stroke((-0.44, 0.25), (-0.20, 0.32))
    assert goes_against_path(inward, DRAINAGE) and not goes_against_path(outward, DRAINAGE)
    turned = DRAINAGE.with_zone("cheek", direction="in")
    assert goes_against_path(outward, turned) and not goes_against_path(inward, turned)


def test_the_way_a_stroke_goes_is_that_of_its_body_not_of_its_last_samples():
    """The fingertip's landmark jumps sideways in the last two samples (the fingers lifting
    off, half hidden): the stroke went the cheek's way all along, so it is good, though
    its first and last samples lie more than the tolerance off the path."""
    start, end = np.array([-0.20, 0.32]), np.array([-0.44, 0.25])
    stroke = make_stroke(start, end)
    path_fw = stroke.path_fw.copy()
    path_fw[-2:] += (0.0, 0.25)  # toward the chin
    hooked = Stroke(stroke.hand, stroke.t_s, path_fw)
    rule = DRAINAGE.rule("cheek")
    assert abs(angle_error_deg(out_up(hooked.travel_fw, "right"), rule.direction_out_up)) > rule.tolerance_deg
    judged = judge(hooked, DRAINAGE)
    assert (judged.zone, judged.verdict) == ("cheek", "good")
    assert abs(judged.angle_error_deg) < 25.0
