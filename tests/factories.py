"""Synthetic landmark streams with known answers: a face and hands following a script.

Scripts are lists of `Move`s per hand, in the face frame (face widths, x toward the
person's left, y toward the chin). `lifted` moves happen with the hand nearer the camera,
as in the return between strokes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vision.face_frame import FaceFrame
from vision.face_template import LEVEL_PAIRS, LEVELS_FW, TEMPLATE_FW, TEMPLATE_INDICES
from vision.landmarks import N_FACE_POINTS, FrameLandmarks, Hand, HandPoint

CHIN = LEVEL_PAIRS[-1][0]  # FaceMesh index

IMAGE_WH = (640, 480)

# A hand in its own frame (unit = palm length wrist->middle knuckle), fingers along -y.
_HAND_SHAPE = np.zeros((21, 2))
for _finger, (_x, _length) in enumerate([(-0.55, 0.6), (-0.35, 0.95), (0.0, 1.0), (0.3, 0.95), (0.55, 0.8)]):
    _base = np.array([_x * 0.8, -0.9 if _finger else -0.35])
    for _joint in range(4):
        _HAND_SHAPE[1 + 4 * _finger + _joint] = _base + np.array([_x * 0.15 * _joint, -_length * 0.3 * _joint])
_HAND_SHAPE[HandPoint.WRIST] = (0.0, 0.0)
# Put the working point (between index and middle tips) at the origin.
_HAND_SHAPE -= _HAND_SHAPE[[HandPoint.INDEX_TIP, HandPoint.MIDDLE_TIP]].mean(axis=0)


@dataclass(frozen=True)
class Pose:
    """Where the face is in the image: origin_px (nose bridge), roll in degrees, face width."""

    origin_px: tuple[float, float] = (320.0, 200.0)
    roll_deg: float = 0.0
    face_width_px: float = 220.0

    @property
    def frame(self) -> FaceFrame:
        return FaceFrame(np.array(self.origin_px), np.radians(self.roll_deg), self.face_width_px)


@dataclass(frozen=True)
class Move:
    """The working point goes from start_fw to end_fw in duration_s.

    kind: "stroke", "return", "approach", "pause", "leave" (as in the labels).
    lifted: the hand is nearer the camera (looks `lift_scale` times bigger).
    """

    kind: str
    start_fw: tuple[float, float]
    end_fw: tuple[float, float]
    duration_s: float
    lifted: bool = False


def face_points_px(pose: Pose, rng: np.random.Generator | None = None, noise_px: float = 0.0) -> np.ndarray:
    """(468, 2) landmarks: the template points where they belong, the rest inside the face."""
    frame = pose.frame
    fw = np.zeros((N_FACE_POINTS, 2))
    rng_fill = np.random.default_rng(0)
    fw[:] = rng_fill.uniform([-0.45, -0.3], [0.45, 0.8], size=(N_FACE_POINTS, 2))
    fw[TEMPLATE_INDICES] = TEMPLATE_FW
    fw[CHIN] = (0.0, LEVELS_FW[-1])  # the chin: no template point, but a face-shape level
    points = frame.to_image(fw)
    if rng is not None and noise_px:
        points = points + rng.normal(0, noise_px, points.shape)
    return points


def hand_points_px(point_px: np.ndarray, size_px: float, angle_deg: float, mirror: bool) -> np.ndarray:
    """(21, 2) a hand whose working point is at point_px, fingers pointing at angle_deg
    (0 = up in the image), palm length size_px."""
    shape = _HAND_SHAPE * np.array([-1.0 if mirror else 1.0, 1.0])
    a = np.radians(angle_deg)
    rotation = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return shape @ rotation.T * size_px + point_px


def fingers_shifted(points_px: np.ndarray, offset_px) -> np.ndarray:
    """(21, 2) the hand with its four fingers beyond the knuckles shifted by offset_px (2,);
    the knuckles, palm and thumb stay."""
    points = points_px.copy()
    knuckles = (HandPoint.INDEX_MCP, HandPoint.MIDDLE_MCP, HandPoint.RING_MCP, HandPoint.PINKY_MCP)
    points[[knuckle + joint for knuckle in knuckles for joint in (1, 2, 3)]] += offset_px  # PIP, DIP, tip
    return points


def hand_path(moves: list[Move], t_s: float) -> tuple[np.ndarray, float, str] | None:
    """Working point (face frame), lift (0 touching .. 1 fully lifted) and kind at t_s,
    or None after the end of the script."""
    start = 0.0
    for move in moves:
        if t_s <= start + move.duration_s:
            f = (t_s - start) / move.duration_s if move.duration_s else 1.0
            eased = 0.5 - 0.5 * np.cos(np.pi * f)  # ease in and out, like a real hand
            p = np.array(move.start_fw) + eased * (np.array(move.end_fw) - np.array(move.start_fw))
            # A lifted move leaves the skin and lands again: highest in the middle.
            lift = float(np.sin(np.pi * f)) if move.lifted else 0.0
            if move.lifted and move.kind == "approach":  # lands over the last third
                lift = min(1.0, (1.0 - f) * 3)
            if move.lifted and move.kind == "leave":  # lifts off first
                lift = min(1.0, f * 3)
            return p, lift, move.kind
        start += move.duration_s
    return None


def stream(scripts: dict[str, list[Move]], pose: Pose = Pose(), fps: float = 30.0,
           hand_size_fw: float = 0.45, lift_scale: float = 1.35, noise_fw: float = 0.0,
           seed: int = 0, pose_at=None) -> list[FrameLandmarks]:
    """Frames for per-hand scripts ({"right": [...], "left": [...]}).

    pose_at: optional function t_s -> Pose for a moving head.
    """
    rng = np.random.default_rng(seed)
    duration_s = max(sum(m.duration_s for m in moves) for moves in scripts.values())
    frames = []
    for i in range(int(duration_s * fps) + 1):
        t_s = i / fps
        p = pose_at(t_s) if pose_at else pose
        frame = p.frame
        hands = []
        for side, moves in scripts.items():
            state = hand_path(moves, t_s)
            if state is None:
                continue
            point_fw, lift, _ = state
            point_fw = point_fw + rng.normal(0, noise_fw, 2) if noise_fw else point_fw
            size_px = hand_size_fw * frame.scale_px * (1.0 + (lift_scale - 1.0) * lift)
            outward = 1 if (side == "left") else -1
            angle = p.roll_deg - 25 * outward  # wrist outside, fingers leaning in
            points = hand_points_px(frame.to_image(point_fw), size_px, angle, mirror=side == "left")
            hands.append(Hand(points_px=points, side=side, score=0.9))
        frames.append(FrameLandmarks(t_s=t_s, image_wh=IMAGE_WH, face_px=face_points_px(p, rng, noise_fw * frame.scale_px),
                                     hands=tuple(hands), mean_luma=120.0))
    return frames


def repetitions(start_fw, end_fw, n: int, stroke_s: float = 1.0, return_s: float = 0.4,
                pause_s: float = 0.3, reverse: bool = False, approach_from=(0.9, 1.2)) -> list[Move]:
    """A realistic set: approach, then n x (stroke, lift-and-return, pause), then leave."""
    a, b = (end_fw, start_fw) if reverse else (start_fw, end_fw)
    moves = [Move("approach", approach_from, a, 0.8, lifted=True), Move("pause", a, a, 0.4)]
    for _ in range(n):
        moves += [Move("stroke", a, b, stroke_s), Move("return", b, a, return_s, lifted=True),
                  Move("pause", a, a, pause_s)]
    moves.append(Move("leave", a, approach_from, 0.6, lifted=True))
    return moves
