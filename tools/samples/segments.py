"""One hand's timeline: timed `Segment`s, where the hand is within one, and their labels.

Points are photo pixels (`_src`): the head's motion (camera.py) moves them with the skin.
The script (strokes, script.py) and the negatives (hands near the face, gestures.py)
both append segments through a `Cursor`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


def ease(tau: float) -> float:
    """Smooth start and stop: 0 -> 1 with zero speed at both ends."""
    return 0.5 - 0.5 * np.cos(np.pi * tau)


def progress(tau: float, hold: tuple[float, float]) -> float:
    """Share of the path done at time share `tau`; hold = (path share where the hand
    rests on the skin, time share of the rest). (0, 0): one smooth movement."""
    at, rest = hold
    if rest <= 0:
        return ease(tau)
    before = at * (1 - rest)  # time share before the rest, in proportion to the path
    if tau < before:
        return at * ease(tau / before)
    if tau < before + rest:
        return at
    return at + (1 - at) * ease((tau - before - rest) / (1 - before - rest))


@dataclass(frozen=True)
class Segment:
    """One stretch of one hand's timeline (times in seconds, points in photo pixels).

    The working point moves from start_src to end_src with an easing (and an optional
    rest on the way, `hold`), bowed sideways by `bow_fw` face widths in the middle (an
    arched return). The finger direction turns from dir0 to dir1 (angles in the photo,
    degrees). `lift` is the hand's size relative to touching: (at start, at end, extra
    bump in the middle). `wiggle` = (amplitude fw, frequency Hz, axis deg in the photo)
    adds a back-and-forth (a wave, a scratch); `rock_deg` rocks the fingers with it.
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
    hold: tuple[float, float] = (0.0, 0.0)
    wiggle: tuple[float, float, float] = (0.0, 0.0, 0.0)
    rock_deg: float = 0.0
    gesture: str | None = None
    finger: str | None = None  # None: index + middle fingertips; "ring": the ring fingertip

    def at(self, t_s: float, fw_src: float) -> tuple[np.ndarray, float, float]:
        """(working point in photo px, finger direction deg, lift) at time t_s."""
        span = self.t_end_s - self.t_start_s
        tau = float(np.clip((t_s - self.t_start_s) / span, 0, 1)) if span > 0 else 1.0
        eased = progress(tau, self.hold)
        d = self.end_src - self.start_src
        normal = np.array([-d[1], d[0]]) / (np.linalg.norm(d) + 1e-9)
        point = self.start_src + eased * d + normal * self.bow_fw * fw_src * np.sin(np.pi * tau)
        turn = (self.dir1_deg - self.dir0_deg + 180) % 360 - 180
        direction = self.dir0_deg + turn * eased
        amp_fw, freq_hz, axis_deg = self.wiggle
        if amp_fw:
            swing = np.sin(2 * np.pi * freq_hz * (t_s - self.t_start_s)) * np.sin(np.pi * tau)
            a = np.radians(axis_deg)
            point = point + amp_fw * fw_src * swing * np.array([np.cos(a), np.sin(a)])
            direction += self.rock_deg * swing
        l0, l1, bump = self.lift
        lift = l0 + (l1 - l0) * eased + bump * np.sin(np.pi * tau)
        return point, direction, float(lift)


@dataclass
class Cursor:
    """Where a hand is while a builder walks through the script. `away`: out of view."""

    hand: str
    t_s: float = 0.0
    point: np.ndarray = field(default_factory=lambda: np.zeros(2))
    dir_deg: float = 0.0
    lift: float = 1.4
    away: bool = True
    segments: list = field(default_factory=list)

    def push(self, kind: str, duration: float, end: np.ndarray, dir_deg: float,
             **extra) -> Segment:
        seg = Segment(kind=kind, hand=self.hand, t_start_s=self.t_s,
                      t_end_s=self.t_s + duration, start_src=self.point, end_src=end,
                      dir0_deg=self.dir_deg, dir1_deg=dir_deg, **extra)
        self.segments.append(seg)
        self.t_s, self.point, self.dir_deg = seg.t_end_s, end, dir_deg
        self.lift = seg.lift[1]
        return seg

    def arrive(self, point: np.ndarray, dir_deg: float, duration: float, bow_fw: float,
               lift: float = 1.0, wait_s: float = 0.0) -> None:
        """From out of view (after waiting there wait_s) to `point`, labelled approach."""
        if wait_s > 0:
            self.push("approach", wait_s, self.point, self.dir_deg,
                      lift=(self.lift, self.lift, 0.0))
        self.push("approach", duration, point, dir_deg, lift=(self.lift, lift, 0.0),
                  bow_fw=bow_fw)
        self.away = False

    def leave(self, fw_src: float, duration: float, bow_fw: float) -> None:
        """From the face to out of view, labelled leave."""
        self.push("leave", duration, offscreen(self.point, self.dir_deg, fw_src),
                  self.dir_deg, lift=(self.lift, 1.4, 0.0), bow_fw=bow_fw)
        self.away = True


def offscreen(point: np.ndarray, dir_deg: float, fw_src: float) -> np.ndarray:
    """A point well outside the frame, back along the arm from `point`."""
    a = np.radians(dir_deg)
    return point - 1.8 * fw_src * np.array([np.cos(a), np.sin(a)])


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
    """Label intervals of one hand: consecutive segments of the same non-stroke kind merge
    (a near_face gesture keeps its name; a stroke says where it rested and with which
    finger, when it did)."""
    out: list[dict] = []
    for seg in segments:
        row = {"t_start_s": round(seg.t_start_s, 4), "t_end_s": round(seg.t_end_s, 4),
               "kind": seg.kind, "hand": seg.hand}
        if seg.kind == "stroke":
            row.update(zone=seg.zone, side=seg.side, verdict=seg.verdict)
            if seg.hold[1] > 0:
                span = seg.t_end_s - seg.t_start_s
                rest_start = seg.t_start_s + span * seg.hold[0] * (1 - seg.hold[1])
                row["rest_s"] = [round(rest_start, 4), round(rest_start + span * seg.hold[1], 4)]
            if seg.finger:
                row["finger"] = seg.finger
        elif out and out[-1]["kind"] == seg.kind and out[-1].get("gesture") == seg.gesture:
            out[-1]["t_end_s"] = row["t_end_s"]
            continue
        elif seg.gesture:
            row["gesture"] = seg.gesture
        out.append(row)
    return out
