"""Does real MediaPipe see what was drawn? Runs Hands (and FaceMesh) on an encoded clip.

A drawn hand counts as detected in a frame when a MediaPipe hand lies on it: the mean
distance between the 21 detected and the 21 drawn keypoints is under `MATCH_RADIUS` hand
lengths (each detection is matched to one drawn hand at most). The rate is taken over the
frames of the strokes only (that is what `hand_detection_rate` in the labels means); a
clip without strokes (negatives only) is measured over its near_face frames.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import av
import numpy as np

from . import hand
from .render import Plan, Renderer
from .segments import segment_at

MATCH_RADIUS = 0.35  # hand lengths
FACE_EVERY = 3  # FaceMesh on every third frame (it is only reported)


@dataclass
class StrokeCheck:
    hand: str
    zone: str
    side: str
    verdict: str
    t_start_s: float
    finger: str | None = None
    frames: int = 0
    detected: int = 0
    tip_error_fw: list = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.detected / self.frames if self.frames else float("nan")


@dataclass
class ClipCheck:
    name: str
    strokes: list[StrokeCheck]
    face_frames: int = 0
    face_found: int = 0

    @property
    def hand_detection_rate(self) -> float:
        """Over the stroke frames (over the near_face frames in a clip without strokes)."""
        rows = [s for s in self.strokes if s.verdict != "near_face"] or self.strokes
        frames = sum(s.frames for s in rows)
        return sum(s.detected for s in rows) / frames if frames else float("nan")

    @property
    def face_rate(self) -> float:
        return self.face_found / self.face_frames if self.face_frames else float("nan")

    @property
    def median_tip_error_fw(self) -> float:
        errors = [e for s in self.strokes for e in s.tip_error_fw]
        return float(np.median(errors)) if errors else float("nan")


def decode_rgb(path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]


def _detections(result, wh: tuple[int, int]) -> list[np.ndarray]:
    found = result.multi_hand_landmarks or []
    return [np.array([[p.x * wh[0], p.y * wh[1]] for p in h.landmark]) for h in found]


def _match(drawn: dict[str, tuple[np.ndarray, float]], found: list[np.ndarray]
           ) -> dict[str, np.ndarray]:
    """Greedy one-to-one matching of detections to drawn hands by mean keypoint distance."""
    pairs = []
    for name, (points, length) in drawn.items():
        for k, det in enumerate(found):
            cost = float(np.linalg.norm(det - points, axis=1).mean()) / length
            if cost < MATCH_RADIUS:
                pairs.append((cost, name, k))
    matched, used = {}, set()
    for cost, name, k in sorted(pairs):
        if name not in matched and k not in used:
            matched[name] = found[k]
            used.add(k)
    return matched


def check_clip(path, plan: Plan) -> ClipCheck:
    """Run MediaPipe Hands (video mode, 2 hands, complexity 1) over the encoded clip."""
    import mediapipe as mp

    renderer = Renderer(plan)
    frames = decode_rgb(path)
    if len(frames) != plan.n_frames:
        raise RuntimeError(f"{path}: {len(frames)} frames decoded, plan has {plan.n_frames}")
    strokes: dict[tuple[str, int], StrokeCheck] = {}
    check = ClipCheck(plan.spec.name, [])
    hands = mp.solutions.hands.Hands(static_image_mode=False, max_num_hands=2,
                                     model_complexity=1)
    mesh = mp.solutions.face_mesh.FaceMesh(static_image_mode=False, max_num_faces=1)
    with hands, mesh:
        for index, rgb in enumerate(frames):
            wh = (rgb.shape[1], rgb.shape[0])
            found = _detections(hands.process(rgb), wh)
            if index % FACE_EVERY == 0:
                check.face_frames += 1
                check.face_found += bool(mesh.process(rgb).multi_face_landmarks)
            drawn, current = {}, {}
            for name in plan.spec.hands:
                seg = segment_at(plan.timelines[name], plan.frame_time(index))
                if seg.kind not in ("stroke", "near_face"):
                    continue
                key = (name, id(seg))
                if key not in strokes:
                    strokes[key] = StrokeCheck(name, seg.zone or seg.gesture, seg.side or "-",
                                               seg.verdict or "near_face", seg.t_start_s,
                                               seg.finger)
                pose = renderer.pose(name, index)
                drawn[name] = (renderer.mirror_points(pose.points_px), pose.length_px)
                current[name] = strokes[key]
                current[name].frames += 1
            for name, det in _match(drawn, found).items():
                stroke = current[name]
                stroke.detected += 1
                tip = hand.contact_point(det, 1.0 if stroke.finger == "ring" else 0.0)
                error = np.linalg.norm(tip - renderer.working_point(name, index))
                stroke.tip_error_fw.append(error / renderer.face_width_px(index))
    check.strokes = sorted(strokes.values(), key=lambda s: (s.t_start_s, s.hand))
    return check


def report(check: ClipCheck) -> str:
    """A per-stroke table and the clip's rates."""
    lines = [f"== {check.name}: hand detection {check.hand_detection_rate:.1%} of stroke "
             f"frames, face found {check.face_rate:.1%}, median fingertip error "
             f"{check.median_tip_error_fw:.3f} fw",
             f"{'t_s':>6} {'hand':5} {'zone':9} {'side':5} {'verdict':8} {'frames':>6} "
             f"{'detected':>8}"]
    for s in check.strokes:
        lines.append(f"{s.t_start_s:6.2f} {s.hand:5} {s.zone:9} {s.side:5} {s.verdict:8} "
                     f"{s.frames:6d} {s.rate:8.0%}")
    return "\n".join(lines)


def summary_table(checks: list[ClipCheck]) -> str:
    """One line per clip: hand detection (stroke frames), face found, fingertip error."""
    width = max(len(c.name) for c in checks)
    lines = [f"{'clip':{width}} {'hand':>6} {'face':>6} {'tip err fw':>10}"]
    for c in checks:
        lines.append(f"{c.name:{width}} {c.hand_detection_rate:6.1%} {c.face_rate:6.1%} "
                     f"{c.median_tip_error_fw:10.3f}")
    return "\n".join(lines)
