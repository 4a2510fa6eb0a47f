"""The tuning and held-out sample sets (tools/samples/sets.py) and what makes them differ
from the original clips: faces, turned heads, the bending hand, realistic motion,
negatives and condition tags. Fast: no MediaPipe (landmarks are cached)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from samples import camera, clips, hand, photos, posed_hand, render, sets, turn  # noqa: E402
from samples.gestures import Gesture  # noqa: E402
from samples.segments import progress  # noqa: E402
from samples.script import Block, Timing  # noqa: E402

QUICK = Timing(approach_s=(0.3, 0.3), good_s=(0.8, 0.8), return_s=(0.3, 0.3),
               leave_s=(0.4, 0.4), pause_chance=0.0)
TUNING_LABELS = sorted((ROOT / "sample_videos" / "tuning").glob("*.labels.json"))


def spec(**changes) -> render.ClipSpec:
    base = dict(name="tiny", description="a few seconds", seed=5, timing=QUICK,
                lead_in_s=0.0, blocks=(Block("cheek", ("good", "good")),), hands=("right",))
    return render.ClipSpec(**{**base, **changes})


def test_the_sets_differ_in_faces_seeds_and_hands():
    tuning, held_out = sets.TUNING, sets.HELD_OUT
    assert held_out and not {c.name for c in tuning} & {c.name for c in held_out}
    assert not {c.face for c in tuning} & {c.face for c in held_out}
    assert not {c.seed for c in tuning} & {c.seed for c in held_out}
    assert not {c.hand_skin_rgb for c in tuning} & {c.hand_skin_rgb for c in held_out}
    assert all(c.held_out for c in held_out) and not any(c.held_out for c in tuning)
    names = [c.name for catalogue in clips.sets().values() for c in catalogue]
    assert len(names) == len(set(names))


def _tags(catalogue) -> set[str]:
    return {t for c in catalogue for t in render.labels(render.make_plan(c), None)["conditions"]}


@pytest.mark.parametrize("catalogue", [sets.TUNING, sets.HELD_OUT], ids=["tuning", "held_out"])
def test_each_set_covers_the_conditions(catalogue):
    tags = _tags(catalogue)
    for needed in ("lift:small", "off_angle", "too_fast_near_limit", "rest_on_skin",
                   "first_stroke", "negative", "two_hands", "fps:15", "fps:24", "blur",
                   "far", "ring_finger", "hand:bending"):
        assert needed in tags, needed
    assert any(t.startswith("yaw:") and int(t[4:]) >= 35 for t in tags)
    assert any(t.startswith("crf:") and int(t[4:]) >= 35 for t in tags)
    for plan in map(render.make_plan, catalogue):
        assert 15 <= plan.duration_s <= 36, plan.spec.name


def test_small_lifts_make_the_hand_only_4_to_10_percent_bigger():
    plan = render.make_plan(sets.TUNING[0])
    returns = [s for s in plan.timelines["right"] if s.kind == "return"]
    assert returns and all(1.04 <= 1 + s.lift[2] <= 1.10 for s in returns)


def test_a_rest_on_the_skin_stops_the_hand_inside_one_stroke():
    assert progress(0.0, (0.5, 0.4)) == 0.0 and progress(1.0, (0.5, 0.4)) == pytest.approx(1)
    values = [progress(t, (0.5, 0.4)) for t in np.linspace(0, 1, 101)]
    assert all(b >= a - 1e-12 for a, b in zip(values, values[1:]))
    assert progress(0.35, (0.5, 0.4)) == progress(0.6, (0.5, 0.4)) == 0.5
    plan = render.make_plan(spec(timing=Timing(rest_chance=1.0, rest_s=(0.5, 0.5))))
    rows = [r for r in render.labels(plan, None)["intervals"] if r["kind"] == "stroke"]
    for row in rows:
        start, end = row["rest_s"]
        assert row["t_start_s"] < start < end < row["t_end_s"]
        assert end - start == pytest.approx(0.5, abs=1e-3)


def test_gestures_are_near_face_intervals_without_strokes():
    blocks = tuple(Gesture(k) for k in ("wave", "chin_rest", "mouth_cover", "nose_scratch",
                                        "pass"))
    plan = render.make_plan(spec(blocks=blocks))
    rows = render.labels(plan, None)["intervals"]
    near = [r for r in rows if r["kind"] == "near_face"]
    assert [r["gesture"] for r in near] == [g.kind for g in blocks]
    assert not any(r["kind"] in ("stroke", "return") for r in rows)
    renderer = render.Renderer(plan)
    fw = renderer.geo.fw_src
    for seg in (s for s in plan.timelines["right"] if s.kind == "near_face"):
        times = np.linspace(seg.t_start_s, seg.t_end_s, 40)
        states = [seg.at(t, fw) for t in times]
        points = np.array([p for p, _, _ in states])
        reach_fw = np.linalg.norm(points - points[0], axis=1).max() / fw
        lifts = [lift for _, _, lift in states]
        if seg.gesture in ("chin_rest", "mouth_cover"):
            assert reach_fw < 0.03 and max(lifts) == 1.0
        elif seg.gesture == "nose_scratch":
            assert reach_fw < 0.07
        else:  # wave, pass: in front of the face, nearer the camera
            assert min(lifts) >= 1.4


def test_a_fresh_arrival_lands_on_the_first_stroke_at_once():
    timing = Timing(pause_chance=1.0, land_straight=True)
    plan = render.make_plan(spec(timing=timing, blocks=(
        Block("cheek", ("good",)), Block("jawline", ("good",), arrive=True))))
    kinds = [r["kind"] for r in render.labels(plan, None)["intervals"]]
    assert kinds == ["approach", "stroke", "pause", "leave", "approach", "stroke", "pause",
                     "leave"]


def test_a_turned_head_carries_skin_points_with_its_triangles():
    source = photos.load("grace_hopper")
    mesh = turn.TurnedFace(source.landmarks_src, source.photo_rgb.shape[1::-1])
    matrix = np.array([[2.0, 0.1, 5.0], [-0.1, 2.0, 7.0]])
    flat = mesh.at(0.0, 0.0, matrix)
    some = source.landmarks_src[[1, 33, 152, 234, 454], :2]
    assert np.allclose(flat.points(some), camera.apply(matrix, some), atol=1e-6)
    turned = mesh.at(35.0, 10.0, matrix)
    assert np.allclose(turned.points(some), turned.vertices_px[[1, 33, 152, 234, 454]])
    nose, left_edge, right_edge = turned.points(source.landmarks_src[[1, 454, 234], :2])
    # turned toward the person's left (image right): the nose moves toward that edge
    assert (nose[0] - right_edge[0]) / (left_edge[0] - right_edge[0]) > 0.6
    image = turned.image(source.photo_rgb, (320, 240))
    assert image.shape == (240, 320, 3)


@pytest.mark.parametrize("changes", [
    dict(motion=camera.HeadMotion(yaw_deg=35.0, pitch_deg=8.0, squash_amp=0.0)),
    dict(hand_model="bending", hand_roll_deg=15.0, face="obama"),
    dict(blocks=(Block("under_eye", ("good",), finger="ring"),), hand_model="bending"),
], ids=["turned_head", "bending_hand", "ring_finger"])
def test_the_working_point_follows_the_skin(changes):
    plan = render.make_plan(spec(**changes))
    renderer = render.Renderer(plan)
    stroke = next(s for s in plan.timelines["right"] if s.kind == "stroke")
    for t in np.linspace(stroke.t_start_s, stroke.t_end_s - 1e-3, 5):
        index = math.floor(t * plan.spec.fps)
        pose = renderer.pose("right", index)
        tip = hand.contact_point(pose.points_px, 1.0 if stroke.finger == "ring" else 0.0)
        assert np.allclose(tip, renderer.working_point("right", index), atol=1e-6)
    frame = renderer.frame(math.floor(stroke.t_start_s * plan.spec.fps) + 3)
    assert frame.shape == (480, 640, 3)


def test_a_bald_bearded_face_is_toned_on_the_crown_and_not_in_the_beard():
    source = photos.load("andersson")
    points = source.landmarks_src[:, :2]
    shape = source.photo_rgb.shape[:2]
    plain = camera.skin_mask(shape, points)
    toned = camera.skin_mask(shape, points, bald=True, beard=True)
    up = np.array([0.0, 0.3]) * np.linalg.norm(points[454] - points[234])
    crown, cheek, chin = (np.round(p).astype(int) for p in (points[10] - up, points[50],
                                                              points[152]))
    assert plain[crown[1], crown[0]] < 0.1 < 0.9 < toned[crown[1], crown[0]]
    assert toned[cheek[1], cheek[0]] > 0.9 and plain[chin[1], chin[0]] > 0.9
    assert toned[chin[1], chin[0]] < 0.1
    look = camera.Look(skin_lab_shift=(-36.0, 9.0, 13.0), bald=True, beard=True)
    photo = camera.tone_photo(source.photo_rgb, points, look)
    assert photo[cheek[1], cheek[0]].mean() < source.photo_rgb[cheek[1], cheek[0]].mean() - 40
    assert np.allclose(photo[chin[1], chin[0]], source.photo_rgb[chin[1], chin[0]], atol=3)


def test_a_face_whose_neck_is_hidden_is_toned_on_the_face_and_not_below_the_jaw():
    source = photos.load("edwin")
    points = source.landmarks_src[:, :2]
    shape = source.photo_rgb.shape[:2]
    below_jaw = np.round(points[152] + [0.0, 0.15 * np.linalg.norm(points[454] - points[234])]).astype(int)
    cheek = np.round(points[50]).astype(int)
    with_neck, without = camera.skin_mask(shape, points), camera.skin_mask(shape, points, neck=False)
    assert with_neck[below_jaw[1], below_jaw[0]] > 0.9 > 0.1 > without[below_jaw[1], below_jaw[0]]
    assert without[cheek[1], cheek[0]] > 0.9


def test_the_bending_hand_changes_its_outline():
    assert np.allclose(posed_hand.posed(0.0, 0.0), hand.CANONICAL)
    flat, bent = posed_hand.posed(0.0, 0.0), posed_hand.posed(1.0, 0.0)
    reach = lambda p: np.linalg.norm(p[12] - p[0])  # noqa: E731
    assert reach(bent) < 0.9 * reach(flat)
    rolled = posed_hand.posed(0.0, 40.0)
    width = lambda p: np.linalg.norm(p[5] - p[17])  # noqa: E731
    assert width(rolled) < 0.85 * width(flat)


@pytest.mark.parametrize("hand_model", ["rigid", "bending"])
def test_a_ring_finger_stroke_folds_the_index_and_middle_fingers_in(hand_model):
    plan = render.make_plan(spec(blocks=(Block("cheek", ("good",)),
                                         Block("under_eye", ("good",), finger="ring")),
                                 hand_model=hand_model))
    renderer = render.Renderer(plan)
    strokes = [s for s in plan.timelines["right"] if s.kind == "stroke"]
    reach = lambda p, tip, knuckle: np.linalg.norm(p[tip] - p[knuckle])  # noqa: E731

    def folded_share(stroke):
        points = renderer.pose_at("right", (stroke.t_start_s + stroke.t_end_s) / 2).points_px
        return (reach(points, 8, 5) + reach(points, 12, 9)) / 2 / reach(points, 16, 13)

    assert folded_share(strokes[0]) > 0.9  # index and middle reach as far as the ring finger
    assert folded_share(strokes[1]) < 0.7  # folded in: the ring finger alone reaches out


def test_motion_blur_averages_sub_frames():
    sharp = render.Renderer(render.make_plan(spec(lead_in_s=0.0)))
    blurred = render.Renderer(render.make_plan(spec(shutter_subframes=4)))
    index = 20
    assert blurred.frame(index).shape == sharp.frame(index).shape
    assert np.abs(blurred.frame(index).astype(float) - sharp.frame(index)).mean() > 0.1


@pytest.mark.parametrize("path", TUNING_LABELS, ids=lambda p: p.name)
def test_committed_tuning_labels_match_the_catalogue(path):
    data = json.loads(path.read_text())
    spec_ = clips.by_name([path.name.removesuffix(".labels.json")], "tuning")[0]
    plan = render.make_plan(spec_)
    fresh = render.labels(plan, None)
    assert data["intervals"] == fresh["intervals"], "render again"
    assert data["conditions"] == fresh["conditions"] and data["set"] == "tuning"
    assert (path.parent / data["video"]).is_file()
    assert data["hand_detection_rate"] is not None and data["hand_detection_rate"] >= 0.85
