"""The sample-video renderer: labels consistent with the script, the hand where the script
says, committed clips matching their labels. Fast: no MediaPipe (landmarks are cached)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import av
import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from evaluation.labels import INTERVAL_KINDS as KINDS  # noqa: E402
from feedback.protocol import ZONES, load_profile  # noqa: E402
from feedback.verdicts import VERDICTS  # noqa: E402
from samples import camera, clips, face, render  # noqa: E402
from samples.script import Block, Timing  # noqa: E402
from vision.landmarks import SIDES  # noqa: E402

SAMPLES = ROOT / "sample_videos"
QUICK = Timing(approach_s=(0.3, 0.3), good_s=(0.8, 0.8), return_s=(0.3, 0.3),
               leave_s=(0.4, 0.4), pause_chance=0.0)


def tiny_spec(**changes) -> render.ClipSpec:
    base = dict(name="tiny", description="two seconds", seed=5, timing=QUICK, lead_in_s=0.0,
                blocks=(Block("cheek", ("good",)),), hands=("right",))
    return render.ClipSpec(**{**base, **changes})


def check_intervals(rows: list[dict], hands: tuple[str, ...], duration_s: float) -> None:
    for name in hands:
        own = [r for r in rows if r["hand"] == name]
        assert own[0]["t_start_s"] == 0.0
        assert own[-1]["t_end_s"] == pytest.approx(duration_s, abs=1e-3)
        for a, b in zip(own, own[1:]):
            assert a["t_end_s"] == b["t_start_s"], "gap or overlap"
        for row in own:
            assert row["kind"] in KINDS and row["t_end_s"] > row["t_start_s"]
            has_stroke_fields = {"zone", "side", "verdict"} <= row.keys()
            assert has_stroke_fields == (row["kind"] == "stroke")
            if row["kind"] == "stroke":
                assert row["zone"] in ZONES and row["side"] in SIDES
                assert row["verdict"] in VERDICTS


def test_tiny_plan_labels_are_consistent():
    plan = render.make_plan(tiny_spec())
    assert 1.5 < plan.duration_s < 2.5
    data = render.labels(plan, None)
    check_intervals(data["intervals"], ("right",), plan.duration_s)
    assert [r["kind"] for r in data["intervals"]] == ["approach", "stroke", "leave"]
    assert data["intervals"][1]["side"] == "right"


def test_both_hands_work_their_own_side_at_the_same_time():
    plan = render.make_plan(tiny_spec(hands=("right", "left")))
    rows = render.labels(plan, None)["intervals"]
    check_intervals(rows, ("right", "left"), plan.duration_s)
    strokes = {r["hand"]: r for r in rows if r["kind"] == "stroke"}
    assert strokes["right"]["side"] == "right" and strokes["left"]["side"] == "left"
    assert strokes["right"]["t_start_s"] == strokes["left"]["t_start_s"]


@pytest.mark.parametrize("mirrored", [False, True])
def test_fingertip_midpoint_follows_the_scripted_path(mirrored):
    plan = render.make_plan(tiny_spec(mirrored=mirrored))
    renderer = render.Renderer(plan)
    stroke = next(s for s in plan.timelines["right"] if s.kind == "stroke")
    first = math.ceil(stroke.t_start_s * plan.spec.fps)
    last = math.floor(stroke.t_end_s * plan.spec.fps) - 1
    for index in (first, (first + last) // 2, last):
        pose = renderer.pose("right", index)
        tips = renderer.mirror_points((pose.points_px[8] + pose.points_px[12]) / 2)
        assert np.allclose(tips, renderer.working_point("right", index), atol=1e-6)
        # ...and that point is on the straight scripted path (start -> end) on the skin.
        matrix = renderer.transform(index)
        start, end = (renderer.mirror_points(camera.apply(matrix, p))
                      for p in (stroke.start_src, stroke.end_src))
        d = end - start
        across = np.cross(d, tips - start) / np.linalg.norm(d)
        assert abs(across) < 0.5
        assert -1e-6 <= np.dot(tips - start, d) / np.dot(d, d) <= 1 + 1e-6
    frame = renderer.frame((first + last) // 2)
    assert frame.shape == (480, 640, 3) and frame.dtype == np.uint8
    # the hand is drawn: the index fingertip pixel is hand-coloured, not the photo's
    pose = renderer.pose("right", (first + last) // 2)
    x, y = np.round(renderer.mirror_points(pose.points_px[7])).astype(int)
    assert np.abs(frame[y, x].astype(float) - renderer.style.skin_rgb).mean() < 45


ALL_SPECS = [spec for catalogue in clips.sets().values() for spec in catalogue]


@pytest.mark.parametrize("spec", ALL_SPECS, ids=lambda s: s.name)
def test_stroke_directions_match_their_verdicts(spec):
    profile = load_profile(spec.profile)
    geo = face.geometry(spec.face)
    good_deg = spec.timing.good_off_deg + 5
    plan = render.make_plan(spec)
    for timeline in plan.timelines.values():
        for seg in (s for s in timeline if s.kind == "stroke"):
            d = seg.end_src - seg.start_src
            sign = 1.0 if seg.side == "left" else -1.0
            out_up = np.array([sign * d @ geo.x_axis, -(d @ geo.down_axis)]) / geo.fw_src
            expected = profile.rule(seg.zone).direction_out_up
            cos = out_up @ expected / np.linalg.norm(out_up)
            angle = math.degrees(math.acos(np.clip(cos, -1, 1)))
            length_fw = float(np.linalg.norm(out_up))
            duration = seg.t_end_s - seg.t_start_s
            assert {"good": angle < good_deg, "too_fast": angle < good_deg,
                    "reversed": angle > 165, "off_path": 70 <= angle <= 110}[seg.verdict], \
                (seg.zone, angle)
            assert 0.09 <= length_fw <= 0.36
            rule = profile.rule(seg.zone)
            if seg.verdict == "too_fast":
                assert duration < rule.min_duration_s
            else:
                assert duration >= 0.55 and length_fw / duration < 0.6 * rule.max_speed_fw_per_s


def committed_labels() -> list[Path]:
    return sorted(SAMPLES.glob("*.labels.json"))


@pytest.mark.parametrize("path", committed_labels(), ids=lambda p: p.name)
def test_committed_labels_match_video_and_script(path):
    data = json.loads(path.read_text())
    with av.open(str(SAMPLES / data["video"])) as container:
        stream = container.streams.video[0]
        frames = stream.frames or sum(1 for _ in container.decode(video=0))
        fps = float(stream.average_rate)
        size = (stream.codec_context.width, stream.codec_context.height)
    assert size == (640, 480)
    assert frames / fps == pytest.approx(data["duration_s"], abs=1.5 / fps)
    hands = tuple(sorted({r["hand"] for r in data["intervals"]}))
    check_intervals(data["intervals"], hands, data["duration_s"])
    spec = clips.by_name([path.name.removesuffix(".labels.json")])[0]
    plan = render.make_plan(spec)
    assert data["intervals"] == render.labels(plan, None)["intervals"], "render again"
    assert data["hand_detection_rate"] is not None and data["hand_detection_rate"] >= 0.9
