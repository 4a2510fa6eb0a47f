"""Keeps each hand's identity from frame to frame.

MediaPipe returns up to two hands per frame in no fixed order, and its left/right label
can flicker for a frame or two. Detections are joined to the nearest live track (by the
hand's centre), and a track's side is the vote of all its labels so far. A track also
notices when its fingertips wander while its knuckles stay put (`FingersOnly`): such a hand
is not massaging. `keep_hands` drops the hand the person chose not to coach.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field, replace
from itertools import count

import numpy as np

from vision.landmarks import SIDES, FrameLandmarks, Hand, HandPoint, Side

# Which of the person's hands to coach (a setting): both, or one and ignore the other.
HAND_CHOICES = ("both", *SIDES)


# How far the index and middle fingers reach beside the ring finger (tip to knuckle, in the
# image): about as far on an open or evenly curved hand; folded in toward the palm, out of
# the way of a ring-finger stroke, they reach about 0.6 as far. The ring finger takes over
# the work between these two.
_FOLD_STARTS, _FOLD_FULL = 0.85, 0.7


def ring_share(hand: Hand) -> float:
    """0 when the index and middle fingers reach out as usual, up to 1 when they are folded
    in and the ring finger alone reaches out: then the ring fingertip massages (the light
    touch under the eyes). A roll or tilt of the hand foreshortens all fingers alike and
    leaves this ratio alone."""
    tips = hand.points_px[[HandPoint.INDEX_TIP, HandPoint.MIDDLE_TIP, HandPoint.RING_TIP]]
    knuckles = hand.points_px[[HandPoint.INDEX_MCP, HandPoint.MIDDLE_MCP, HandPoint.RING_MCP]]
    index, middle, ring = np.linalg.norm(tips - knuckles, axis=1)
    if ring <= 0:
        return 0.0
    pair = (index + middle) / 2
    return float(np.clip((_FOLD_STARTS - pair / ring) / (_FOLD_STARTS - _FOLD_FULL), 0.0, 1.0))


def working_point_px(hand: Hand) -> np.ndarray:
    """(2,) the part that massages: the pads of the index and middle fingertips, or the ring
    fingertip when those two are folded in (`ring_share`), blended while they fold."""
    pair = hand.points_px[[HandPoint.INDEX_TIP, HandPoint.MIDDLE_TIP]].mean(axis=0)
    share = ring_share(hand)
    return (1.0 - share) * pair + share * hand.points_px[HandPoint.RING_TIP]


def keep_hands(landmarks: FrameLandmarks, hands: str) -> FrameLandmarks:
    """Drop the detections of the hand the person does not massage with ("both" keeps all)."""
    if hands == "both":
        return landmarks
    kept = tuple(h for h in landmarks.hands if h.side == hands)
    return landmarks if len(kept) == len(landmarks.hands) else replace(landmarks, hands=kept)


def distinct_hands(hands: tuple[Hand, ...], max_gap: float = 0.3) -> tuple[Hand, ...]:
    """Drop a detection that is the same hand seen twice (MediaPipe sometimes returns a
    ghost hand over the same fingers): fingertips closer than `max_gap` palm lengths, and
    either the same left/right label or wrists closer than 3 x `max_gap`. Two real hands
    with touching fingertips have different labels and wrists far apart. The surer
    detection stays."""
    if len(hands) < 2:
        return hands
    a, b = hands[0], hands[1]
    palm_px = np.linalg.norm(a.points_px[HandPoint.MIDDLE_MCP] - a.points_px[HandPoint.WRIST])
    tips_px = np.linalg.norm(working_point_px(a) - working_point_px(b))
    wrists_px = np.linalg.norm(a.points_px[HandPoint.WRIST] - b.points_px[HandPoint.WRIST])
    if tips_px < max_gap * palm_px and (a.side == b.side or wrists_px < 3 * max_gap * palm_px):
        return (a,) if a.score >= b.score else (b,)
    return hands


def knuckles_px(hand: Hand) -> np.ndarray:
    """(2,) the middle of the four finger knuckles: where the palm is, whatever the fingers do."""
    return hand.points_px[[HandPoint.INDEX_MCP, HandPoint.MIDDLE_MCP, HandPoint.RING_MCP,
                           HandPoint.PINKY_MCP]].mean(axis=0)


def _span(points: np.ndarray) -> float:
    """How far (n, 2) points spread along x or y, the furthest 10 % at either end left out
    (a landmark that jumps for a frame or two is not a hand moving)."""
    low, high = np.percentile(points, [10, 90], axis=0)
    return float((high - low).max())


@dataclass(frozen=True)
class FingersOnly:
    """A massage stroke is made with the arm and wrist: the knuckles travel with the
    fingertips. A hand whose working point wanders while its knuckles stay put is doing
    something else: a finger wave or a scratch, or it is a hand MediaPipe imagines in the
    face's own texture (hair, glasses, a beard), whose palm stays on one spot of the face
    while its fingers drift. Over the last `window_s` (at least `min_seen` of it seen), the
    working point spans at least `min_span_fw` face widths and the knuckles under
    `knuckle_share` of the working point's span; once that has held for `hold_s`, the hand
    is set aside until it no longer does. A stroke that pivots at the wrist still moves the
    knuckles about 0.45 as far as the fingertips; a real hand's fingers seen wandering like
    this last a frame or a few (on the tuning clips), an imagined hand's for seconds."""

    window_s: float = 1.0
    min_seen: float = 0.6
    min_span_fw: float = 0.12
    knuckle_share: float = 0.3
    hold_s: float = 0.3

    def __call__(self, t_s: np.ndarray, knuckles_fw: np.ndarray, points_fw: np.ndarray) -> bool:
        """t_s: (n,) seconds, oldest first; knuckles_fw, points_fw: (n, 2) face widths."""
        if len(t_s) < 2 or t_s[-1] - t_s[0] < self.min_seen * self.window_s:
            return False
        point_span = _span(points_fw)
        return point_span >= self.min_span_fw and _span(knuckles_fw) < self.knuckle_share * point_span


@dataclass
class _Track:
    track_id: int
    point_px: np.ndarray
    last_seen_s: float
    side_votes: dict = field(default_factory=lambda: dict.fromkeys(SIDES, 0.0))
    # (t_s, knuckles, working point) of the last FingersOnly.window_s, in face widths
    recent: deque = field(default_factory=deque)
    wandering_since_s: float | None = None
    first_wander_s: float | None = None  # when the wander that first set it aside began

    def note(self, hand: Hand, t_s: float, origin_px: np.ndarray, scale_px: float,
             window_s: float) -> None:
        self.recent.append((t_s, (knuckles_px(hand) - origin_px) / scale_px,
                            (working_point_px(hand) - origin_px) / scale_px))
        while t_s - self.recent[0][0] > window_s:
            self.recent.popleft()

    def idle_since_s(self, rule: FingersOnly, t_s: float) -> float | None:
        """None while the hand may be massaging; once its fingers have wandered over still
        knuckles (`rule`) for rule.hold_s, since when its motion was not massage: since
        `rule` first saw the wander (while a stroke is in `rule`'s window the knuckles move,
        so what ended before then was made before the wander); a hand set aside once before
        has not been massaging since (-inf)."""
        if not rule(*(np.array(column) for column in zip(*self.recent))):
            self.wandering_since_s = None
            return None
        if self.wandering_since_s is None:
            self.wandering_since_s = t_s
        if t_s - self.wandering_since_s < rule.hold_s:
            return None
        if self.first_wander_s is None:
            self.first_wander_s = self.wandering_since_s
        return self.wandering_since_s if self.wandering_since_s == self.first_wander_s else -math.inf

    @property
    def side(self) -> Side:
        return "left" if self.side_votes["left"] >= self.side_votes["right"] else "right"


@dataclass(frozen=True)
class TrackedHand:
    """idle_since_s: None while the hand may be massaging; once `FingersOnly` sets it
    aside, the time (seconds) since which its motion was not massage."""

    track_id: int
    side: Side
    hand: Hand
    idle_since_s: float | None = None


class HandTracks:
    """gate: a detection farther than gate x `scale_px` (the face width) from every track
    starts a new track."""

    def __init__(self, gate: float = 0.6, timeout_s: float = 0.5,
                 fingers_only: FingersOnly = FingersOnly()):
        self.gate = gate
        self.timeout_s = timeout_s
        self.fingers_only = fingers_only
        self._tracks: list[_Track] = []
        self._ids = count()

    def update(self, hands: tuple[Hand, ...], t_s: float, scale_px: float,
               origin_px: np.ndarray | None = None) -> list[TrackedHand]:
        """origin_px: (2,) a point that moves with the face (its frame's origin), so that a
        hand's motion is measured on the face; None: the image's corner."""
        self._tracks = [t for t in self._tracks if t_s - t.last_seen_s <= self.timeout_s]
        hands = distinct_hands(hands)
        points = [h.points_px.mean(axis=0) for h in hands]  # whole hands: never mixed up
        pairs = sorted(
            (float(np.linalg.norm(p - track.point_px)), i, j)
            for i, p in enumerate(points) for j, track in enumerate(self._tracks))
        assigned: dict[int, _Track] = {}
        used_tracks: set[int] = set()
        for distance_px, i, j in pairs:
            if i in assigned or j in used_tracks or distance_px > self.gate * scale_px:
                continue
            assigned[i] = self._tracks[j]
            used_tracks.add(j)
        for i in range(len(hands)):
            if i not in assigned:
                assigned[i] = _Track(next(self._ids), points[i], t_s)
                self._tracks.append(assigned[i])
        origin_px = np.zeros(2) if origin_px is None else origin_px
        for i, hand in enumerate(hands):
            track = assigned[i]
            track.point_px, track.last_seen_s = points[i], t_s
            track.side_votes[hand.side] += hand.score
            track.note(hand, t_s, origin_px, scale_px, self.fingers_only.window_s)
        idle = [assigned[i].idle_since_s(self.fingers_only, t_s) for i in range(len(hands))]
        sides = self._resolve_sides([assigned[i] for i in range(len(hands)) if idle[i] is None])
        return [TrackedHand(assigned[i].track_id, sides.pop(0) if idle[i] is None else assigned[i].side,
                            hand, idle[i])
                for i, hand in enumerate(hands)]

    @staticmethod
    def _resolve_sides(tracks: list[_Track]) -> list[Side]:
        """The sides of the working hands seen together: never the same; the surer vote
        keeps its side."""
        sides = [track.side for track in tracks]
        if len(tracks) == 2 and sides[0] == sides[1]:
            margins = [abs(t.side_votes["left"] - t.side_votes["right"]) for t in tracks]
            weaker = int(np.argmin(margins))
            sides[weaker] = "left" if sides[weaker] == "right" else "right"
        return sides
