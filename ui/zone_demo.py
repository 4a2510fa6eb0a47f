"""A zone's stroke shown on the zone map, as a short looping animation (an animated GIF).

Drawn from the profile by the live overlay itself (`feedback.overlay.Overlay`): two
fingertips, one on each side, go from the start dot along the zone's arrows while touching,
then lift (a hollow ring) and go back to the start. A custom profile with a changed
direction gets its own demonstration. No Streamlit here (ui/teaching.py shows it).
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from feedback.overlay import Overlay, expected_arrows_fw
from feedback.pipeline import HandState, PipelineFrame
from feedback.protocol import Profile
from feedback.view import OverlayState
from ui.camera import zone_map_canvas
from vision.landmarks import SIDES, FrameLandmarks

FPS = 10
DEMO_WH = (400, 420)
STROKE_LENGTH_FW = 0.2  # the highlighted arrow's length (feedback/overlay.py)
# (phase, frames): rest on the start dot, stroke, rest at the end, lift and go back.
PHASES = (("start", 5), ("stroke", 12), ("end", 3), ("return", 8))
LIFT_OFFSET_FW = 0.03  # the way back is drawn beside the stroke, not on it


def _captions(profile: Profile, zone: str) -> dict[str, str]:
    rule = profile.rule(zone)
    return {"start": "Fingers on the dots, light pressure",
            "stroke": f"Stroke {rule.direction_label}, {profile.rhythm}",
            "end": f"Stroke {rule.direction_label}, {profile.rhythm}",
            "return": "Lift your fingers and go back"}


def demo_frames(profile: Profile, zone: str, mirror_display: bool = False,
                size_wh: tuple[int, int] = DEMO_WH) -> list[np.ndarray]:
    """(H, W, 3) uint8 RGB frames of one stroke and its return, both sides at once."""
    canvas, face = zone_map_canvas(size_wh)
    overlay = Overlay(profile)  # only the zone shown is named
    arrows = expected_arrows_fw(profile, zone, STROKE_LENGTH_FW)  # the person's left, right
    captions = _captions(profile, zone)
    frames = []
    for phase, n in PHASES:
        for i in range(n):
            share = (i + 1) / n
            hands = tuple(_hand(side, tail, head, phase, share) for side, (tail, head) in zip(SIDES, arrows))
            frame = PipelineFrame(FrameLandmarks.empty(0.0, size_wh), face, hands, (), ())
            state = OverlayState(frame, highlight_zone=zone, cue=captions[phase])
            frames.append(overlay.annotate(canvas, state, mirror_display=mirror_display))
    return frames


def _hand(side: str, tail: np.ndarray, head: np.ndarray, phase: str, share: float) -> HandState:
    stroke = head - tail
    if phase == "start":
        return HandState(side, tail, True, None, np.zeros((0, 2)))
    if phase in ("stroke", "end"):
        done = share if phase == "stroke" else 1.0
        trail = tail + np.linspace(0.0, done, max(2, int(done * 12)))[:, None] * stroke
        return HandState(side, trail[-1], True, None, trail)
    beside = np.array([-stroke[1], stroke[0]]) / np.linalg.norm(stroke) * LIFT_OFFSET_FW
    arc = np.sin(np.pi * share)  # off the path and back onto the start dot
    return HandState(side, head - share * stroke + arc * beside, False, None, np.zeros((0, 2)))


def demo_gif(profile: Profile, zone: str, mirror_display: bool = False) -> bytes:
    """The demonstration as a looping animated GIF."""
    images = [Image.fromarray(frame) for frame in demo_frames(profile, zone, mirror_display)]
    buffer = io.BytesIO()
    images[0].save(buffer, format="GIF", save_all=True, append_images=images[1:],
                   duration=round(1000 / FPS), loop=0)
    return buffer.getvalue()
