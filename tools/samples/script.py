"""The plan of a clip: scripted blocks of strokes -> timed segments per hand -> labels.

A clip script is a list of `Block`s (one zone, a list of verdicts, one stroke each) and
`Gesture`s (a hand near the face that does not massage it, gestures.py). The builder
turns it into `Segment`s for each hand: approach, then per stroke an optional pause, the
stroke (perhaps with a rest on the skin half-way), an optional pause, a return (lift off,
come back to the next start), and finally leave. A block may start with a new arrival
(the hand leaves, stays out of view and comes back). Segments carry where the working
point (index + middle fingertip midpoint, or the ring fingertip) is, in photo pixels, so
the head's motion moves it with the skin.

Both hands at once: the same script and the same random draws for each hand, each on its
own side, so the strokes are mirror images done at the same time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

from feedback.protocol import Profile
from feedback.verdicts import VERDICTS

from . import face, gestures
from .segments import Cursor, Segment, offscreen

MIN_STROKE_FW, MAX_STROKE_FW = 0.12, 0.35
G, R, O, F = (v for v in VERDICTS if v != "unsure")  # the verdicts a script can plan


@dataclass(frozen=True)
class Block:
    """Strokes in one zone: one per verdict. side None = the side of the hand doing them.
    arrive: the hand first leaves the face and comes back (a fresh arrival).
    finger: None = index + middle fingertips; "ring" = with the ring finger."""

    zone: str
    verdicts: tuple[str, ...]
    side: str | None = None
    arrive: bool = False
    finger: str | None = None


@dataclass(frozen=True)
class Timing:
    """Durations in seconds (ranges are drawn uniformly), sizes and angles of the motion.

    lift_peak: the hand's size at the top of a return / its size touching (a pinhole
        camera at 50 cm sees a 2-4 cm lift as 1.04-1.09). good_off_deg: good strokes
        deviate up to this much from the expected direction. length_scale: a stroke's
        length / the zone's chord. rest_chance: a good stroke rests on the skin half-way
        for rest_s. land_straight: the first stroke after an arrival starts at once.
    """

    good_s: tuple[float, float] = (0.8, 1.4)
    slow_fault_s: tuple[float, float] = (0.9, 1.4)  # reversed / off_path
    too_fast_s: tuple[float, float] = (0.25, 0.35)
    return_s: tuple[float, float] = (0.3, 0.5)  # lift and back, same zone
    move_s: tuple[float, float] = (0.6, 0.9)  # lift and move to the next zone
    pause_s: tuple[float, float] = (0.3, 1.0)
    pause_chance: float = 0.3
    approach_s: tuple[float, float] = (0.9, 1.3)
    leave_s: tuple[float, float] = (0.8, 1.1)
    lift_peak: tuple[float, float] = (1.25, 1.5)  # hand size when lifted / touching
    good_off_deg: float = 10.0
    length_scale: tuple[float, float] = (0.9, 1.0)
    rest_chance: float = 0.0
    rest_s: tuple[float, float] = (0.3, 0.7)
    land_straight: bool = False
    away_s: tuple[float, float] = (0.5, 1.2)  # out of view between a leave and an arrival


# What webcams see: a 2-4 cm lift at arm's length, strokes as people make them (the
# tuning clips' pace; the held-out sets have paces of their own).
REAL = Timing(good_s=(0.6, 1.8), slow_fault_s=(0.8, 1.6), too_fast_s=(0.36, 0.43),
              return_s=(0.35, 0.65), move_s=(0.6, 1.0), pause_s=(0.3, 1.2),
              pause_chance=0.25, lift_peak=(1.04, 1.10), good_off_deg=25.0,
              length_scale=(0.6, 1.1), rest_chance=0.25, land_straight=True)


def _angle(v: np.ndarray) -> float:
    return float(np.degrees(np.arctan2(v[1], v[0])))


def _rotate_out_up(v: tuple[float, float], deg: float) -> tuple[float, float]:
    a = np.radians(deg)
    return (v[0] * np.cos(a) - v[1] * np.sin(a), v[0] * np.sin(a) + v[1] * np.cos(a))


def stroke_direction(profile: Profile, zone: str, verdict: str, rng: random.Random,
                     good_off_deg: float = 10.0) -> tuple[float, float]:
    """The (out, up) direction of one stroke with the given verdict."""
    expected = profile.rule(zone).direction_out_up
    if verdict == "reversed":
        off = 180.0 + rng.uniform(-10, 10)
    elif verdict == "off_path":
        off = rng.choice((-1, 1)) * rng.uniform(75, 105)
    else:
        off = rng.uniform(-good_off_deg, good_off_deg)
    return _rotate_out_up(expected, off)


def stroke_path(zone: str, side: str, direction: tuple[float, float], rng: random.Random,
                geo: face.FaceGeometry, length_scale: tuple[float, float] = (0.9, 1.0)
                ) -> tuple[np.ndarray, np.ndarray]:
    """(start, end) in photo px: centred on the zone, as long as the zone allows."""
    length = np.clip(face.chord_length_fw(zone, direction), MIN_STROKE_FW, MAX_STROKE_FW)
    length = max(length * rng.uniform(*length_scale), MIN_STROKE_FW * 0.8)
    jitter = geo.vector((rng.uniform(-0.015, 0.015), rng.uniform(-0.015, 0.015)), side)
    centre = face.zone_centre(zone, side, geo) + jitter
    half = geo.vector(direction, side) * length / 2
    return centre - half, centre + half


def hand_direction_deg(zone: str, side: str, tilt_deg: float,
                       geo: face.FaceGeometry) -> float:
    """Where the fingers point in the photo while working a zone (plus a per-clip tilt)."""
    out_up = _rotate_out_up(face.ZONE_SPECS[zone].hand_dir_out_up, tilt_deg)
    return _angle(geo.vector(out_up, side))


def _rest(timing: Timing, verdict: str, rng: random.Random) -> tuple[float, float]:
    """(path share where, seconds) of a rest on the skin during this stroke, or (0, 0)."""
    if not timing.rest_chance or verdict != "good" or rng.random() >= timing.rest_chance:
        return (0.0, 0.0)
    return (rng.uniform(0.35, 0.65), rng.uniform(*timing.rest_s))


def build_hand(blocks: list, hand: str, profile: Profile, seed: int,
               timing: Timing = Timing(), start_s: float = 0.0,
               geo: face.FaceGeometry | None = None) -> list[Segment]:
    """Timed segments of one hand doing the blocks on its own side (or the block's side)."""
    geo = geo or face.geometry()
    rng = random.Random(seed)
    tilt = rng.uniform(-8, 8)
    U = rng.uniform
    cur = Cursor(hand=hand)
    first = True
    for block in blocks:
        if isinstance(block, gestures.Gesture):
            if not cur.away:
                cur.leave(geo.fw_src, U(*timing.leave_s), U(-0.1, 0.1))
            gestures.perform(cur, block, geo, rng, start_s if first else U(*timing.away_s))
            first = False
            continue
        side = block.side or hand
        dir_deg = hand_direction_deg(block.zone, side, tilt, geo)
        for vi, verdict in enumerate(block.verdicts):
            direction = stroke_direction(profile, block.zone, verdict, rng, timing.good_off_deg)
            start, end = stroke_path(block.zone, side, direction, rng, geo, timing.length_scale)
            wobble = U(-4, 4)
            landing = cur.away or (vi == 0 and block.arrive)
            if first:
                cur.point, cur.dir_deg = offscreen(start, dir_deg, geo.fw_src), dir_deg
                cur.arrive(start, dir_deg, U(*timing.approach_s), U(-0.15, 0.15),
                           wait_s=start_s)
            elif landing:
                if not cur.away:
                    cur.leave(geo.fw_src, U(*timing.leave_s), U(-0.1, 0.1))
                cur.point, cur.dir_deg = offscreen(start, dir_deg, geo.fw_src), dir_deg
                cur.arrive(start, dir_deg, U(*timing.approach_s), U(-0.15, 0.15),
                           wait_s=U(*timing.away_s))
            else:
                peak = U(*timing.lift_peak) - 1.0
                cur.push("return", U(*(timing.move_s if vi == 0 else timing.return_s)),
                         start, dir_deg, lift=(1.0, 1.0, peak), bow_fw=U(0.05, 0.12)
                         * (1 if hand == "right" else -1))
            first = False
            if rng.random() < timing.pause_chance and not (landing and timing.land_straight):
                cur.push("pause", U(*timing.pause_s), start, dir_deg)
            span = {"too_fast": timing.too_fast_s, "good": timing.good_s}.get(
                verdict, timing.slow_fault_s)
            moving_s = U(*span)
            rest_at, rest_s = _rest(timing, verdict, rng)
            cur.push("stroke", moving_s + rest_s, end, dir_deg + wobble, zone=block.zone,
                     side=side, verdict=verdict, hold=(rest_at, rest_s / (moving_s + rest_s)),
                     finger=block.finger)
            if rng.random() < timing.pause_chance:
                cur.push("pause", U(*timing.pause_s), end, dir_deg + wobble)
    if not cur.away:
        cur.leave(geo.fw_src, U(*timing.leave_s), U(-0.1, 0.1))
    return cur.segments
