"""The plan of a clip: scripted blocks of strokes -> timed segments per hand -> labels.

A clip script is a list of `Block`s (one zone, a list of verdicts, one stroke each). The
builder turns it into `Segment`s for each hand: approach, then per stroke an optional
pause, the stroke, an optional pause, a return (lift off, come back to the next start),
and finally leave. Segments carry where the working point (index + middle fingertip
midpoint) is, in photo pixels, so the head's motion moves it with the skin.

Both hands at once: the same script and the same random draws for each hand, each on its
own side, so the strokes are mirror images done at the same time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import numpy as np

from feedback.protocol import Profile

from . import face

MIN_STROKE_FW, MAX_STROKE_FW = 0.12, 0.35


@dataclass(frozen=True)
class Block:
    """Strokes in one zone: one per verdict. side None = the side of the hand doing them."""

    zone: str
    verdicts: tuple[str, ...]
    side: str | None = None


@dataclass(frozen=True)
class Timing:
    """Durations in seconds (ranges are drawn uniformly)."""

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


@dataclass(frozen=True)
class Segment:
    """One stretch of one hand's timeline (times in seconds, points in photo pixels).

    The working point moves from start_src to end_src with an easing, bowed sideways by
    `bow_fw` face widths in the middle (an arched return). The finger direction turns
    from dir0 to dir1 (angles in the photo, degrees). `lift` is the hand's size relative
    to touching: (at start, at end, extra bump in the middle).
    """

    kind: str
    hand: str
    t_start_s: float
    t_end_s: float
    start_src: np.ndarray
    end_src: np.ndarray
    dir0_deg: float
    dir1_deg: float
    lift: tuple[float, float, float] = (1.0, 1.0, 0.0)
    bow_fw: float = 0.0
    zone: str | None = None
    side: str | None = None
    verdict: str | None = None

    def at(self, t_s: float, fw_src: float) -> tuple[np.ndarray, float, float]:
        """(working point in photo px, finger direction deg, lift) at time t_s."""
        span = self.t_end_s - self.t_start_s
        tau = float(np.clip((t_s - self.t_start_s) / span, 0, 1)) if span > 0 else 1.0
        eased = 0.5 - 0.5 * np.cos(np.pi * tau)
        d = self.end_src - self.start_src
        normal = np.array([-d[1], d[0]]) / (np.linalg.norm(d) + 1e-9)
        point = self.start_src + eased * d + normal * self.bow_fw * fw_src * np.sin(np.pi * tau)
        turn = (self.dir1_deg - self.dir0_deg + 180) % 360 - 180
        l0, l1, bump = self.lift
        lift = l0 + (l1 - l0) * eased + bump * np.sin(np.pi * tau)
        return point, self.dir0_deg + turn * eased, float(lift)


@dataclass
class _Cursor:
    """Where a hand is while the builder walks through the script."""

    t_s: float
    point: np.ndarray
    dir_deg: float
    segments: list = field(default_factory=list)


def _angle(v: np.ndarray) -> float:
    return float(np.degrees(np.arctan2(v[1], v[0])))


def _rotate_out_up(v: tuple[float, float], deg: float) -> tuple[float, float]:
    a = np.radians(deg)
    return (v[0] * np.cos(a) - v[1] * np.sin(a), v[0] * np.sin(a) + v[1] * np.cos(a))


def stroke_direction(profile: Profile, zone: str, verdict: str,
                     rng: random.Random) -> tuple[float, float]:
    """The (out, up) direction of one stroke with the given verdict."""
    expected = profile.rule(zone).direction_out_up
    if verdict == "reversed":
        off = 180.0 + rng.uniform(-10, 10)
    elif verdict == "off_path":
        off = rng.choice((-1, 1)) * rng.uniform(75, 105)
    else:
        off = rng.uniform(-10, 10)
    return _rotate_out_up(expected, off)


def stroke_path(zone: str, side: str, direction: tuple[float, float], rng: random.Random
                ) -> tuple[np.ndarray, np.ndarray]:
    """(start, end) in photo px: centred on the zone, as long as the zone allows."""
    geo = face.geometry()
    length = np.clip(face.chord_length_fw(zone, direction), MIN_STROKE_FW, MAX_STROKE_FW)
    length *= rng.uniform(0.9, 1.0)
    jitter = geo.vector((rng.uniform(-0.015, 0.015), rng.uniform(-0.015, 0.015)), side)
    centre = face.zone_centre(zone, side) + jitter
    half = geo.vector(direction, side) * length / 2
    return centre - half, centre + half


def hand_direction_deg(zone: str, side: str, tilt_deg: float) -> float:
    """Where the fingers point in the photo while working a zone (plus a per-clip tilt)."""
    out_up = _rotate_out_up(face.ZONE_SPECS[zone].hand_dir_out_up, tilt_deg)
    return _angle(face.geometry().vector(out_up, side))


def _offscreen(point: np.ndarray, dir_deg: float) -> np.ndarray:
    """A point well outside the frame, back along the arm from `point`."""
    a = np.radians(dir_deg)
    return point - 1.8 * face.geometry().fw_src * np.array([np.cos(a), np.sin(a)])


def _push(cur: _Cursor, hand: str, kind: str, duration: float, end: np.ndarray,
          dir_deg: float, **extra) -> None:
    seg = Segment(kind=kind, hand=hand, t_start_s=cur.t_s, t_end_s=cur.t_s + duration,
                  start_src=cur.point, end_src=end, dir0_deg=cur.dir_deg, dir1_deg=dir_deg,
                  **extra)
    cur.segments.append(seg)
    cur.t_s, cur.point, cur.dir_deg = seg.t_end_s, end, dir_deg


def build_hand(blocks: list[Block], hand: str, profile: Profile, seed: int,
               timing: Timing = Timing(), start_s: float = 0.0) -> list[Segment]:
    """Timed segments of one hand doing the blocks on its own side (or the block's side)."""
    rng = random.Random(seed)
    tilt = rng.uniform(-8, 8)
    U = rng.uniform
    cur = _Cursor(t_s=0.0, point=np.zeros(2), dir_deg=0.0)
    for bi, block in enumerate(blocks):
        side = block.side or hand
        dir_deg = hand_direction_deg(block.zone, side, tilt)
        for vi, verdict in enumerate(block.verdicts):
            direction = stroke_direction(profile, block.zone, verdict, rng)
            start, end = stroke_path(block.zone, side, direction, rng)
            wobble = U(-4, 4)
            if bi == 0 and vi == 0:
                cur.point, cur.dir_deg = _offscreen(start, dir_deg), dir_deg
                if start_s > 0:
                    _push(cur, hand, "approach", start_s, cur.point, dir_deg,
                          lift=(1.4, 1.4, 0.0))
                _push(cur, hand, "approach", U(*timing.approach_s), start, dir_deg,
                      lift=(1.4, 1.0, 0.0), bow_fw=U(-0.15, 0.15))
            else:
                moving = vi == 0
                peak = U(*timing.lift_peak) - 1.0
                _push(cur, hand, "return", U(*(timing.move_s if moving else timing.return_s)),
                      start, dir_deg, lift=(1.0, 1.0, peak), bow_fw=U(0.05, 0.12)
                      * (1 if hand == "right" else -1))
            if rng.random() < timing.pause_chance:
                _push(cur, hand, "pause", U(*timing.pause_s), start, dir_deg)
            span = {"too_fast": timing.too_fast_s, "good": timing.good_s}.get(
                verdict, timing.slow_fault_s)
            _push(cur, hand, "stroke", U(*span), end, dir_deg + wobble, zone=block.zone,
                  side=side, verdict=verdict)
            if rng.random() < timing.pause_chance:
                _push(cur, hand, "pause", U(*timing.pause_s), end, dir_deg + wobble)
    _push(cur, hand, "leave", U(*timing.leave_s), _offscreen(cur.point, cur.dir_deg),
          cur.dir_deg, lift=(1.0, 1.4, 0.0), bow_fw=U(-0.1, 0.1))
    return cur.segments


def extend_to(segments: list[Segment], end_s: float) -> list[Segment]:
    """Stretch the final `leave` so the timeline ends at end_s (the hand stays away)."""
    last = segments[-1]
    if end_s <= last.t_end_s:
        return segments
    stay = Segment(kind="leave", hand=last.hand, t_start_s=last.t_end_s, t_end_s=end_s,
                   start_src=last.end_src, end_src=last.end_src, dir0_deg=last.dir1_deg,
                   dir1_deg=last.dir1_deg, lift=(last.lift[1],) * 2 + (0.0,))
    return segments + [stay]


def segment_at(segments: list[Segment], t_s: float) -> Segment:
    """The segment of one hand's timeline that holds time t_s."""
    for seg in segments:
        if seg.t_start_s <= t_s < seg.t_end_s:
            return seg
    return segments[-1]


def intervals(segments: list[Segment]) -> list[dict]:
    """Label intervals of one hand: consecutive segments of the same non-stroke kind merge."""
    out: list[dict] = []
    for seg in segments:
        row = {"t_start_s": round(seg.t_start_s, 4), "t_end_s": round(seg.t_end_s, 4),
               "kind": seg.kind, "hand": seg.hand}
        if seg.kind == "stroke":
            row.update(zone=seg.zone, side=seg.side, verdict=seg.verdict)
        elif out and out[-1]["kind"] == seg.kind:
            out[-1]["t_end_s"] = row["t_end_s"]
            continue
        out.append(row)
    return out
