"""Frames of a clip from its plan, the labels file, and encoding with PyAV."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import av
import cv2
import numpy as np

from feedback.protocol import load_profile
from vision.landmarks import SIDES

from . import camera, conditions, face, gestures, hand, photos, posed_hand, turn
from .script import Block, Timing, build_hand
from .segments import Segment, extend_to, intervals, segment_at


@dataclass(frozen=True)
class ClipSpec:
    """Everything that makes one clip. `hands`: ("right",), ("left",) or both (mirrored)."""

    name: str
    description: str
    blocks: tuple[Block | gestures.Gesture, ...]
    hands: tuple[str, ...] = ("right",)
    face: str = "astronaut"  # one of photos.SOURCES
    profile: str = "drainage"
    seed: int = 1
    fps: int = 30
    container: str = "mp4"  # "mp4" (H.264) or "webm" (VP8)
    mirrored: bool = False
    held_out: bool = False
    hand_model: str = "rigid"  # "rigid" (the drawn template) or "bending" (posed_hand.py)
    hand_roll_deg: float = 0.0  # bending hand: mean roll about its long axis (it sways 12)
    hand_proportions: posed_hand.Proportions = field(default_factory=posed_hand.Proportions)
    hand_scale_fw: float = 1.3  # wrist to middle fingertip, in face widths, when touching
    hand_skin_rgb: tuple[float, float, float] | None = None  # None: like the face
    sleeve_rgb: tuple[float, float, float] | None = None  # None: a bare forearm
    look: camera.Look = field(default_factory=camera.Look)
    motion: camera.HeadMotion = field(default_factory=camera.HeadMotion)
    timing: Timing = field(default_factory=Timing)
    lead_in_s: float = 0.4  # the hand is out of view this long at the start
    crf: int = 28  # H.264 quality (higher: stronger compression)
    shutter_subframes: int = 1  # > 1: motion blur, the mean of this many sub-frames
    tags: tuple[str, ...] = ()  # conditions the spec alone does not tell (conditions.py)

    @property
    def filename(self) -> str:
        return f"{self.name}.{self.container}"


@dataclass(frozen=True)
class Plan:
    """A clip's timed script: segments per hand, covering [0, n_frames / fps)."""

    spec: ClipSpec
    timelines: dict[str, list[Segment]]
    n_frames: int

    @property
    def duration_s(self) -> float:
        return self.n_frames / self.spec.fps

    def frame_time(self, index: int) -> float:
        return index / self.spec.fps


def _stroke_finger(timeline: list[Segment], i: int, step: int) -> str | None:
    """The finger of the nearest stroke before (step -1) or after (+1) segment i; None
    when there is none or it is done with the index and middle fingers."""
    j = i + step
    while 0 <= j < len(timeline) and timeline[j].kind != "stroke":
        j += step
    return timeline[j].finger if 0 <= j < len(timeline) else None


def make_plan(spec: ClipSpec) -> Plan:
    profile = load_profile(spec.profile)
    geo = face.geometry(spec.face)
    timelines = {h: build_hand(list(spec.blocks), h, profile, spec.seed, spec.timing,
                               spec.lead_in_s, geo) for h in spec.hands}
    end_s = max(t[-1].t_end_s for t in timelines.values()) + 0.3
    n_frames = math.ceil(end_s * spec.fps)
    timelines = {h: extend_to(t, n_frames / spec.fps) for h, t in timelines.items()}
    return Plan(spec, timelines, n_frames)


@dataclass(frozen=True)
class HandPose:
    points_px: np.ndarray  # (21, 2) frame pixels as drawn (before any mirroring)
    length_px: float  # wrist to middle fingertip
    lift: float
    segment: Segment


class Renderer:
    """Draws the frames of one plan. Deterministic: noise comes from the clip's seed."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self.spec = plan.spec
        self.geo = face.geometry(self.spec.face)
        source = photos.load(self.spec.face)
        self.photo = camera.tone_photo(source.photo_rgb, self.geo.landmarks_src, self.spec.look)
        self.light = camera.light_field(self.spec.look)
        light_from = np.radians(self.spec.look.light_angle_deg)
        self.light_dir = (float(np.cos(light_from)), float(-np.sin(light_from)))
        self.turned = (turn.TurnedFace(source.landmarks_src, source.photo_rgb.shape[1::-1])
                       if self.spec.motion.turns else None)
        skin = self.spec.hand_skin_rgb or self._face_skin_rgb()
        self.style = hand.HandStyle(skin_rgb=skin, light_dir=self.light_dir,
                                    sleeve_rgb=self.spec.sleeve_rgb)

    def _face_skin_rgb(self) -> tuple[float, float, float]:
        """The hand's colour: the (toned) cheek colour, a little redder."""
        samples = []
        for side in SIDES:
            x, y = np.round(face.zone_centre("cheek", side, self.geo)).astype(int)
            samples.append(np.median(self.photo[y - 3:y + 4, x - 3:x + 4].reshape(-1, 3), 0))
        r, g, b = np.mean(samples, 0)
        return (float(r), float(g * 0.95), float(b * 0.93))

    def transform_at(self, t_s: float) -> np.ndarray:
        return self.spec.motion.transform(t_s, self.geo.origin_src, self.geo.fw_src)

    def transform(self, index: int) -> np.ndarray:
        return self.transform_at(self.plan.frame_time(index))

    def warp_at(self, t_s: float) -> camera.FlatWarp | turn.Warp:
        """Photo -> frame at time t_s: the head's motion (and 3-D turn)."""
        matrix = self.transform_at(t_s)
        if self.turned is None:
            return camera.FlatWarp(matrix)
        return self.turned.at(*self.spec.motion.turn(t_s), matrix)

    def pose_at(self, hand_name: str, t_s: float) -> HandPose:
        """Where one hand is drawn at time t_s (frame pixels, not mirrored)."""
        seg = segment_at(self.plan.timelines[hand_name], t_s)
        point_src, dir_deg, lift = seg.at(t_s, self.geo.fw_src)
        a = np.radians(dir_deg)
        length_src = self.spec.hand_scale_fw * self.geo.fw_src * lift
        ring_share = self._ring_share(hand_name, seg, t_s)
        points_src = hand.place(point_src, np.array([np.cos(a), np.sin(a)]), length_src,
                                hand_name, ring_share, self._posed(seg, t_s, ring_share))
        warp = self.warp_at(t_s)
        # the working point goes with the skin (turned head too); the hand keeps its shape
        points_px = warp.points(point_src) + (points_src - point_src) @ warp.matrix[:, :2].T
        return HandPose(points_px, length_src * camera.linear_scale(warp.matrix), lift, seg)

    def _ring_share(self, hand_name: str, seg: Segment, t_s: float) -> float:
        """1 while ring-finger strokes are done, and between them (a person keeps the
        posture through the returns and pauses); the hand shifts onto the ring finger during
        the movement before the first and back during the one after the last (no jump)."""
        timeline = self.plan.timelines[hand_name]
        i = timeline.index(seg)
        before, after = _stroke_finger(timeline, i, -1), _stroke_finger(timeline, i, +1)
        if seg.finger == "ring" or before == after == "ring":
            return 1.0
        tau = (t_s - seg.t_start_s) / max(seg.t_end_s - seg.t_start_s, 1e-9)
        shifting_on = after == "ring" and timeline[i + 1].kind == "stroke"
        shifting_off = before == "ring" and timeline[i - 1].kind == "stroke"
        return float(np.clip(shifting_on * tau + shifting_off * (1.0 - tau), 0.0, 1.0))

    def _posed(self, seg: Segment, t_s: float, ring_share: float) -> np.ndarray | None:
        """The hand's keypoints (template units) at t_s: the bending hand posed, the rigid one
        as drawn (None) but for its index and middle fingers folded in while the ring
        finger strokes (`ring_share`)."""
        if self.spec.hand_model != "bending":
            return posed_hand.posed(0.0, 0.0, folded=ring_share) if ring_share > 0 else None
        span = seg.t_end_s - seg.t_start_s
        tau = float(np.clip((t_s - seg.t_start_s) / span, 0, 1)) if span > 0 else 0.0
        roll = self.spec.hand_roll_deg + 12.0 * np.sin(2 * np.pi * t_s / 4.7 + self.spec.seed)
        return posed_hand.posed(posed_hand.flex_for(seg.kind, tau, 0.35), roll,
                                self.spec.hand_proportions, ring_share)

    def pose(self, hand_name: str, index: int) -> HandPose:
        """Where one hand is drawn in frame `index` (frame pixels, not mirrored)."""
        return self.pose_at(hand_name, self.plan.frame_time(index))

    def working_point(self, hand_name: str, index: int) -> np.ndarray:
        """The scripted working point in frame pixels as it appears in the video."""
        t = self.plan.frame_time(index)
        point_src, _, _ = segment_at(self.plan.timelines[hand_name], t).at(t, self.geo.fw_src)
        return self.mirror_points(self.warp_at(t).points(point_src))

    def mirror_points(self, points: np.ndarray) -> np.ndarray:
        if not self.spec.mirrored:
            return points
        out = np.array(points, dtype=float)
        out[..., 0] = camera.FRAME_WH[0] - 1 - out[..., 0]
        return out

    def face_width_px(self, index: int) -> float:
        return self.geo.fw_src * camera.linear_scale(self.transform(index))

    def frame(self, index: int) -> np.ndarray:
        """Frame `index` as uint8 RGB (480, 640, 3); with motion blur, the mean of
        sub-frames spread over the frame's time (an open shutter)."""
        n = self.spec.shutter_subframes
        t = self.plan.frame_time(index)
        image = self.scene_at(t)
        if n > 1:
            step = 1.0 / (self.spec.fps * n)
            for k in range(1, n):
                image += self.scene_at(t + k * step)
            image /= n
        if self.spec.mirrored:
            image = image[:, ::-1]
        rng = np.random.default_rng([self.spec.seed, index])
        return camera.finish(np.ascontiguousarray(image), self.light, self.spec.look, rng)

    def scene_at(self, t_s: float) -> np.ndarray:
        """The face and the hands at time t_s: float RGB, before light, noise, mirroring."""
        w, h = camera.FRAME_WH
        image = self.warp_at(t_s).image(self.photo, (w, h)).astype(np.float32)
        layers = []
        for name in self.spec.hands:
            pose = self.pose_at(name, t_s)
            colour, alpha = hand.render_layer((h, w), pose.points_px, pose.length_px,
                                              self.style)
            image = self._shadow(image, alpha, pose)
            layers.append((colour, alpha))
        for colour, alpha in layers:
            image = image * (1 - alpha[..., None]) + colour * alpha[..., None]
        return image.astype(np.float32)

    def _shadow(self, image: np.ndarray, alpha: np.ndarray, pose: HandPose) -> np.ndarray:
        """The hand's soft shadow on the face: close and dark when touching, wider, paler
        and farther away when the hand is lifted toward the camera."""
        height = float(np.clip((pose.lift - 1.0) / 0.5, 0, 1))
        unit = pose.length_px
        offset = -np.array(self.light_dir) * unit * (0.025 + 0.10 * height)
        shift = np.float32([[1, 0, offset[0]], [0, 1, offset[1]]])
        moved = cv2.warpAffine(alpha, shift, alpha.shape[::-1])
        soft = cv2.GaussianBlur(moved, (0, 0), unit * (0.02 + 0.05 * height))
        strength = 0.5 * (1 - 0.6 * height)
        return image * (1 - strength * soft[..., None])


def labels(plan: Plan, hand_detection_rate: float | None) -> dict:
    spec = plan.spec
    rows = [row for h in spec.hands for row in intervals(plan.timelines[h])]
    rows.sort(key=lambda r: (r["t_start_s"], r["hand"]))
    return {
        "video": spec.filename, "profile": spec.profile, "mirrored": spec.mirrored,
        "held_out": spec.held_out, "set": "held_out" if spec.held_out else "tuning",
        "conditions": conditions.of(spec),
        "description": spec.description, "seed": spec.seed,
        "fps": spec.fps, "duration_s": round(plan.duration_s, 4), "frames": plan.n_frames,
        "intervals": rows,
        "hand_detection_rate": hand_detection_rate,
    }


def write_labels(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def encode(plan: Plan, path: Path, renderer: Renderer | None = None) -> None:
    """Render every frame and encode: H.264 (the clip's crf, preset medium) or VP8, yuv420p."""
    renderer = renderer or Renderer(plan)
    spec = plan.spec
    w, h = camera.FRAME_WH
    with av.open(str(path), "w") as container:
        if spec.container == "webm":
            stream = container.add_stream("libvpx", rate=spec.fps)
            stream.options = {"crf": "30", "b:v": "900k", "deadline": "good", "cpu-used": "2"}
        else:
            stream = container.add_stream("libx264", rate=spec.fps)
            stream.options = {"crf": str(spec.crf), "preset": "medium"}
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        for index in range(plan.n_frames):
            frame = av.VideoFrame.from_ndarray(renderer.frame(index), format="rgb24")
            frame.pts = index
            container.mux(stream.encode(frame))
        container.mux(stream.encode())
