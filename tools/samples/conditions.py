"""The conditions of a clip as short tags (`"conditions"` in its labels), read off its spec.

They let `evaluate` report per condition: which faces, hands, lifts, head turns, cameras
and negatives a clip holds. A spec's own `tags` add what the spec alone does not tell.
"""

from __future__ import annotations

from . import gestures

SMALL_LIFT = 1.15  # a return whose hand is at most this much bigger is a realistic lift


def of(spec) -> list[str]:
    """Tags of a `render.ClipSpec`, in a stable order."""
    timing, look, motion = spec.timing, spec.look, spec.motion
    blocks = spec.blocks
    tags = [f"face:{spec.face}", f"hand:{spec.hand_model}", f"fps:{spec.fps}"]
    if any(not isinstance(b, gestures.Gesture) for b in blocks):
        tags.append("lift:small" if timing.lift_peak[1] <= SMALL_LIFT else "lift:large")
    if timing.good_off_deg > 10:
        tags.append("off_angle")
    if timing.too_fast_s[0] > 0.35:
        tags.append("too_fast_near_limit")
    if timing.rest_chance > 0:
        tags.append("rest_on_skin")
    if timing.land_straight or any(getattr(b, "arrive", False) for b in blocks):
        tags.append("first_stroke")
    yaw = max(abs(motion.yaw_deg - motion.yaw_amp_deg), abs(motion.yaw_deg + motion.yaw_amp_deg))
    if yaw >= 10:
        tags.append(f"yaw:{yaw:.0f}")
    pitch = abs(motion.pitch_deg) + motion.pitch_amp_deg
    if pitch >= 8:
        tags.append(f"pitch:{pitch:.0f}")
    if motion.scale + motion.scale_amp < 0.8:
        tags.append("far")
    if spec.shutter_subframes > 1:
        tags.append("blur")
    if spec.container == "mp4" and spec.crf != 28:
        tags.append(f"crf:{spec.crf}")
    if look.noise_sigma >= 5:
        tags.append("noisy")
    if look.gain <= 0.6:
        tags.append("dim")
    if len(spec.hands) == 2:
        tags.append("two_hands")
    if spec.mirrored:
        tags.append("mirrored")
    if any(getattr(b, "finger", None) == "ring" for b in blocks):
        tags.append("ring_finger")
    kinds = [b.kind for b in blocks if isinstance(b, gestures.Gesture)]
    if kinds:
        tags.append("negative")
        tags.extend(f"near_face:{k}" for k in dict.fromkeys(kinds))
    return tags + [t for t in spec.tags if t not in tags]
