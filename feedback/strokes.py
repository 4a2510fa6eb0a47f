"""Cutting one hand's contact track into strokes.

A stroke is a stretch of motion while touching: it starts when the working point starts
moving on the skin and ends when the hand lifts, the motion pauses, or it turns sharply
back. Moving toward the face, hovering, and the lifted return between strokes are not
touching (see `feedback.contact`), so they never become strokes.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from feedback.config import CoachConfig
from feedback.contact import ContactSample
from feedback.leg_joins import continues, joined
from feedback.stroke import Stroke
from feedback.zones import stroke_place
from vision.landmarks import Side


def windowed_speed_fw_per_s(t_s: np.ndarray, points_fw: np.ndarray, window_s: float) -> np.ndarray:
    """(n,) speed at each sample from the displacement across a centred time window."""
    before = np.column_stack([np.interp(t_s - window_s / 2, t_s, points_fw[:, i]) for i in range(2)])
    after = np.column_stack([np.interp(t_s + window_s / 2, t_s, points_fw[:, i]) for i in range(2)])
    span_s = np.minimum(t_s + window_s / 2, t_s[-1]) - np.maximum(t_s - window_s / 2, t_s[0])
    return np.linalg.norm(after - before, axis=1) / np.maximum(span_s, 1e-6)


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Index ranges [start, end] (inclusive) of consecutive True values."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(int), [0]])))
    return [(int(a), int(b) - 1) for a, b in zip(edges[::2], edges[1::2])]


def _split_at_turns(t_s: np.ndarray, points_fw: np.ndarray, speed: np.ndarray, start: int, end: int,
                    config: CoachConfig) -> list[tuple[int, int]]:
    """Split [start, end] at its slowest moments where the motion turns back sharply
    (a back-and-forth without a pause): the motion since the last split and the motion up
    to the next slow moment, each long enough, at more than `turn_split_deg`; or where the
    hand lands (`_lands_and_turns`) or moves on to another zone (`_stops_between_zones`)."""
    cos_limit = np.cos(np.radians(config.turn_split_deg))
    slow = [int(m) + start for m in _local_minima(speed[start:end + 1])] + [end]
    pieces, piece_start = [], start
    for here, following in zip(slow[:-1], slow[1:]):
        before = points_fw[here] - points_fw[piece_start]
        after = points_fw[following] - points_fw[here]
        lengths = np.linalg.norm(before), np.linalg.norm(after)
        if min(lengths) > config.min_travel_fw / 2 and (
                before @ after < cos_limit * lengths[0] * lengths[1]
                or _lands_and_turns(t_s, points_fw, speed, piece_start, here, following, config)
                or _stops_between_zones(t_s, points_fw, speed, piece_start, here, following, config)):
            pieces.append((piece_start, here))
            piece_start = here
    pieces.append((piece_start, end))
    return [cut for a, b in pieces for cut in _cut_too_long(points_fw, speed, a, b, config)]


def _cut_too_long(points_fw: np.ndarray, speed: np.ndarray, start: int, end: int,
                  config: CoachConfig) -> list[tuple[int, int]]:
    """[start, end] cut where it is longer than any stroke: one stroke stays on its zone
    (`LegModel.stroke_max_fw`), so a piece that goes further is more than one motion (a
    return joined with the stroke before or after it, the hand sliding on to the next zone
    and stroking there) that slowed down between them less than a landing or a turn shows.
    It is cut at its slow moment (`_local_minima`) where the hand is slowest beside the
    fastest it went on each side, each side moving the skin at least `min_travel_fw`; the
    parts are cut again while they are still too long."""
    if np.linalg.norm(points_fw[end] - points_fw[start]) <= config.legs.stroke_max_fw:
        return [(start, end)]
    best, best_ratio = None, np.inf
    for here in _local_minima(speed[start:end + 1]) + start:
        if min(np.linalg.norm(points_fw[here] - points_fw[start]),
               np.linalg.norm(points_fw[end] - points_fw[here])) < config.min_travel_fw:
            continue
        ratio = speed[here] / _fastest_beside(speed, start, here, end)
        if ratio < best_ratio:
            best, best_ratio = int(here), ratio
    if best is None:
        return [(start, end)]
    return _cut_too_long(points_fw, speed, start, best, config) + _cut_too_long(points_fw, speed, best, end, config)


def _fastest_beside(speed: np.ndarray, first: int, here: int, last: int) -> float:
    """The slower of the fastest the hand went before `here` (within [first, here)) and
    after it (within (here, last])."""
    return float(min(speed[first:here].max(), speed[here + 1:last + 1].max()))


def _nearly_stops(speed_here: float, speed: np.ndarray, first: int, here: int, last: int,
                  config: CoachConfig) -> bool:
    """The hand nearly stops at `here`: its speed there is under `landing_speed_ratio` of the
    fastest it went on each side (`_fastest_beside`)."""
    return speed_here < config.landing_speed_ratio * _fastest_beside(speed, first, here, last)


def _lands_and_turns(t_s: np.ndarray, points_fw: np.ndarray, speed: np.ndarray, first: int, here: int,
                     last: int, config: CoachConfig) -> bool:
    """The hand comes to a near stop at `here` and sets off another way: a landing between
    a return and a stroke (or a stroke's end and the return) that the size did not show.
    The heading just before and just after (`landing_look_s` each side, within [first,
    last]) turn by more than `landing_turn_deg`, and the hand nearly stops there
    (`_nearly_stops`). A curved stroke turns without slowing down, so it is not cut."""
    before_from = max(first, int(np.searchsorted(t_s, t_s[here] - config.landing_look_s)))
    after_to = min(last, int(np.searchsorted(t_s, t_s[here] + config.landing_look_s, side="right")) - 1)
    if before_from >= here or after_to <= here:
        return False
    if not _nearly_stops(speed[here], speed, before_from, here, after_to, config):
        return False
    before = points_fw[here] - points_fw[before_from]
    after = points_fw[after_to] - points_fw[here]
    lengths = np.linalg.norm(before), np.linalg.norm(after)
    return bool(min(lengths) > config.min_travel_fw / 2
                and before @ after < np.cos(np.radians(config.landing_turn_deg)) * lengths[0] * lengths[1])


def _stops_between_zones(t_s: np.ndarray, points_fw: np.ndarray, speed: np.ndarray, first: int, here: int,
                         last: int, config: CoachConfig) -> bool:
    """The hand nearly stops at `here` between motions in two zones: it slid on to the next
    zone without a lift seen (or came down there) and sets off on a stroke of that zone. The
    speed along the path there (a corner taken at speed is no stop) nearly stops
    (`_nearly_stops`) beside the motion before (since `first`) and the motion after (up to
    `last`), and the two are placed (`stroke_place`) in different zones. One stroke stays
    in one zone, and a stroke that rounds a corner without stopping is not cut."""
    near = (t_s >= t_s[here] - config.speed_window_s / 2) & (t_s <= t_s[here] + config.speed_window_s / 2)
    window = points_fw[near]
    along_fw = float(np.linalg.norm(np.diff(window, axis=0), axis=1).sum())
    path_speed = along_fw / max(float(np.ptp(t_s[near])), 1e-6)
    if not _nearly_stops(path_speed, speed, first, here, last, config):
        return False
    before, after = stroke_place(points_fw[first:here + 1])[0], stroke_place(points_fw[here:last + 1])[0]
    return before is not None and after is not None and before != after


def _local_minima(speed: np.ndarray) -> np.ndarray:
    """Indices of the slow moments: local minima of the speed below half its peak (a
    wiggle at full speed is not a slow moment)."""
    inner = (speed[1:-1] <= speed[:-2]) & (speed[1:-1] <= speed[2:])
    inner &= speed[1:-1] < 0.5 * speed.max()
    return np.flatnonzero(inner) + 1


def _on_skin_span(t_s: np.ndarray, speed: np.ndarray, points_fw: np.ndarray, config: CoachConfig,
                  entered: bool, ended_by: str) -> tuple[int, int]:
    """The part of a touching stretch that starts and ends at rest on the skin.

    A hand that slid onto the face or came into view while moving (`entered`) first
    settles: that arrival is cut up to its first slow moment. (A hand coming down onto
    the skin from above is cut by its size instead: see `StrokeSegmenter`.) At the other end, a hand
    still moving when the touch ends is cut back to its last slowest moment if it slid off
    the face (`ended_by` "departed") or, when it lifted, if it was heading back: that is
    the lift into a return, not the end of the stroke (a quick stroke lifted on its way
    keeps its end). A stretch cut at a pause ends at rest anyway.
    """
    start, end = 0, len(speed) - 1
    slow = np.union1d(_local_minima(speed), np.flatnonzero(speed <= config.move_speed_fw_per_s))
    if entered and speed[0] > config.move_speed_fw_per_s:
        start = int(slow[0]) if slow.size else end
    if ended_by != "pause" and speed[-1] > config.move_speed_fw_per_s and slow.size and slow[-1] > start:
        last = int(slow[-1])
        earlier = slow[(slow < last) & (slow >= start)]
        previous = int(earlier[-1]) if earlier.size else start
        before = points_fw[last] - points_fw[previous]
        after = points_fw[-1] - points_fw[last]
        heading_back = (np.linalg.norm(before) > config.min_travel_fw / 2 and float(before @ after) < 0
                        and t_s[-1] - t_s[last] < t_s[last] - t_s[previous])  # a short lift-off
        if ended_by == "departed" or heading_back:
            end = last
    return start, max(start, end)


def _after_rest(before: Stroke, after: Stroke, config: CoachConfig) -> bool:
    """`after` goes on with `before` after a rest on the skin (a pause, `pause_s` or more;
    the slow end of `before` itself is not a new motion), while `before` is still open:
    `feedback.legs` joins the two only until it decides `before` without a next leg
    (`wait_s`), a piece that comes later would be a stroke alone."""
    return (after.t_start_s - before.t_end_s >= config.pause_s
            and after.t_end_s - before.t_end_s <= config.legs.wait_s
            and continues(before, after, config.legs))


def split_strokes(hand: Side, t_s: np.ndarray, points_fw: np.ndarray, config: CoachConfig,
                  ended_by: str = "lift", entered: bool = False,
                  palm_fw: np.ndarray | None = None, goes_on_from: Stroke | None = None) -> list[Stroke]:
    """The strokes in one unbroken stretch of touching (times (n,), points (n, 2), palm
    sizes (n,) or None).

    entered: the stretch began with the hand sliding onto the face or coming into view.
    ended_by: how the stretch ended: "lift" (off the skin), "departed" (slid off the
    face), or "pause" (still touching, at rest).
    goes_on_from: the stroke cut at the rest on the skin this stretch starts with. Motion
    that goes on with it after the rest (`_after_rest`: the same stroke, rested half-way) is
    judged with it: long enough together, and still stroking where it slides off the face.
    """
    t_s, points_fw = np.asarray(t_s, dtype=float), np.asarray(points_fw, dtype=float)
    if len(t_s) < 3:
        return []
    speed = windowed_speed_fw_per_s(t_s, points_fw, config.speed_window_s)
    if (ended_by == "departed" and goes_on_from is not None
            and speed.max() <= config.legs.air_speed_fw_per_s
            and continues(goes_on_from, Stroke(hand, t_s, points_fw), config.legs)):
        ended_by = "lift"  # a stroke carried on to the face's edge at a stroke's speed, not a hand leaving
    first, last = _on_skin_span(t_s, speed, points_fw, config, entered, ended_by)
    moving = np.zeros(len(t_s), dtype=bool)
    moving[first:last + 1] = speed[first:last + 1] > config.move_speed_fw_per_s
    runs = _runs(moving)
    merged: list[tuple[int, int]] = []
    for start, end in runs:  # short pauses inside a stroke do not split it
        if merged and t_s[start] - t_s[merged[-1][1]] < config.pause_s:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    strokes = []
    for start, end in merged:
        for a, b in _split_at_turns(t_s, points_fw, speed, start, end, config):
            stroke = Stroke(hand, t_s[a:b + 1].copy(), points_fw[a:b + 1].copy(),
                            None if palm_fw is None else np.asarray(palm_fw[a:b + 1], dtype=float))
            whole = stroke
            if goes_on_from is not None and not strokes and _after_rest(goes_on_from, stroke, config):
                whole = joined(goes_on_from, stroke)
            if (np.linalg.norm(whole.travel_fw) >= config.min_travel_fw
                    and config.min_duration_s <= whole.duration_s <= config.max_duration_s):
                strokes.append(stroke)
    return strokes


def _rising(sizes: np.ndarray, onset_ratio: float, among: np.ndarray | None = None) -> np.ndarray:
    """(n,) True where a size is over `onset_ratio` times its low level in the stretch (the
    first quartile of `among`, by default of `sizes`); nan sizes are never rising."""
    among = sizes if among is None else among
    known = among[np.isfinite(among)]
    if not known.size:
        return np.zeros(len(sizes), dtype=bool)
    with np.errstate(invalid="ignore"):
        return sizes > float(np.quantile(known, 0.25)) * onset_ratio


def _median_seen(values: np.ndarray) -> float:
    """The median of the values that are not nan (nan when none is)."""
    seen = values[np.isfinite(values)]
    return float(np.median(seen)) if seen.size else float("nan")


class StrokeSegmenter:
    """Collects one hand's touching samples and hands out strokes as soon as they end.

    The flush after a pause looks only at the last `pause_s`, so the work per frame stays
    small however long the hand rests on the face.
    """

    def __init__(self, hand: Side, config: CoachConfig):
        self.hand = hand
        self.config = config
        self._samples: list[ContactSample] = []
        self._resting = False  # the samples held begin at a rest on the skin, not at a landing
        self._before_rest: Stroke | None = None  # the stroke cut at that rest (None unless resting)
        self._sizes: deque[tuple[float, float, float]] = deque()  # this touch's (t, size ratio, palm)

    @property
    def last_t_s(self) -> float:
        """Time of the last touching sample (-inf when none is held)."""
        return self._samples[-1].t_s if self._samples else float("-inf")

    @property
    def current_path_fw(self) -> np.ndarray:
        """(n, 2) the touching samples not yet cut into strokes (the stroke in progress)."""
        return np.array([s.point_fw for s in self._samples]).reshape(-1, 2)

    @property
    def moved_fw(self) -> float:
        """How far the touching samples not yet cut into strokes spread, in face widths."""
        path = self.current_path_fw
        return float(np.linalg.norm(np.ptp(path, axis=0))) if len(path) > 1 else 0.0

    def update(self, sample: ContactSample) -> list[Stroke]:
        """Feed one sample; returns the strokes that it completed."""
        if self._samples and not self._goes_on(sample):
            finished = self.flush()  # the hand was missed and came back elsewhere: a new contact
        else:
            finished = []
        if not sample.touching:
            return finished + self.flush("lift" if sample.on_face else "departed")
        self._samples.append(sample)
        self._sizes.append((sample.t_s, sample.size_ratio, sample.palm_fw))
        while sample.t_s - self._sizes[0][0] > self.config.touch_size_window_s:
            self._sizes.popleft()
        return finished + self._flush_if_paused()

    def _flush_if_paused(self) -> list[Stroke]:
        """After a pause while still touching, the motion before it is complete."""
        t_s = np.array([s.t_s for s in self._samples])
        if t_s[-1] - t_s[0] < self.config.pause_s * 2:
            return []
        first_recent = int(np.searchsorted(t_s, t_s[-1] - self.config.pause_s))
        points = self.current_path_fw
        still_fw = self.config.move_speed_fw_per_s * self.config.pause_s
        # Frames missed just before: still only if where the hand was before them agrees.
        seen_from = first_recent - int(first_recent > 0 and t_s[first_recent] - t_s[first_recent - 1]
                                       > self.config.contact_gap_s)
        if np.linalg.norm(np.ptp(points[seen_from:], axis=0)) > still_fw:
            return []
        strokes = self._split(self._samples[:first_recent + 1], "pause")
        self._samples = self._samples[first_recent:]
        self._resting = not self._lifted(self._samples)
        if not self._resting:
            self._before_rest = None
        elif strokes:
            self._before_rest = strokes[-1]
        return strokes

    def _lifted(self, still: list[ContactSample]) -> bool:
        """The hand held still above the skin, not resting on it: bigger than while it
        touched in this touch's last `touch_size_window_s`, the palm too (the top of a small
        lift)."""
        sizes = np.array([(r, p) for _, r, p in self._sizes], dtype=float)
        held = np.array([(s.size_ratio, s.palm_fw) for s in still], dtype=float)
        return all(bool(_rising(np.array([_median_seen(held[:, i])]), self.config.lift_onset_ratio,
                                among=sizes[:, i])[0]) for i in range(2))

    def _goes_on(self, sample: ContactSample) -> bool:
        """The contact held goes on with `sample`. Frames where the hand was missed (a
        webcam, motion blur) do not end it: the contact ends only when the hand was gone
        longer than `track_timeout_s` (the rule of `ContactDetector` and of the hand
        tracks), or came back somewhere going on could not have brought it: moved more than
        a twitch, but not the way it was going, or faster than any stroke (a lift and a
        return hidden in the gap)."""
        gap_s = sample.t_s - self.last_t_s
        if gap_s <= self.config.contact_gap_s:  # no frame missed to speak of
            return True
        if gap_s > self.config.track_timeout_s:
            return False
        jump = sample.point_fw - self._samples[-1].point_fw
        jump_fw = float(np.linalg.norm(jump))
        if jump_fw <= self.config.min_travel_fw / 2:  # about where it was: still there
            return True
        since = self.last_t_s - self.config.speed_window_s
        before = next((s for s in self._samples if s.t_s >= since), self._samples[-1])
        heading = self._samples[-1].point_fw - before.point_fw
        heading_fw = float(np.linalg.norm(heading))
        same_way = float(jump @ heading) >= np.cos(np.radians(self.config.legs.same_way_deg)) * jump_fw * heading_fw
        return heading_fw > 0 and same_way and jump_fw / gap_s <= self.config.legs.air_speed_fw_per_s

    def flush(self, ended_by: str = "lift") -> list[Stroke]:
        """End the current contact (the hand lifted or is gone: "lift"; slid off the face:
        "departed"): its strokes are complete."""
        strokes = self._split(self._samples, ended_by)
        self._samples = []
        self._resting = False
        self._before_rest = None
        self._sizes.clear()
        return strokes

    def _split(self, samples: list[ContactSample], ended_by: str) -> list[Stroke]:
        """Strokes of a stretch, without its ends where the hand was already rising off the
        skin or still coming down onto it: bigger than during the rest of the stretch (the
        touching size varies a little with the hand's pose), the palm too (the whole hand
        also looks bigger when the fingers merely spread). A stretch that goes on from a
        rest on the skin (after a pause) did not come down: its start is kept whatever its
        size (the rest of the stretch may be a return, at another size)."""
        if not samples:
            return []
        first, last = 0, len(samples) - 1
        palm_fw = np.array([s.palm_fw for s in samples])
        rising = _rising(np.array([s.size_ratio for s in samples]), self.config.lift_onset_ratio) & \
            _rising(palm_fw, self.config.lift_onset_ratio)
        while not self._resting and first <= last and rising[first]:
            first += 1
        while ended_by == "lift" and last >= first and rising[last]:
            last -= 1
        kept = samples[first:last + 1]
        return split_strokes(self.hand, np.array([s.t_s for s in kept]),
                             np.array([s.point_fw for s in kept]).reshape(-1, 2), self.config,
                             ended_by, entered=samples[0].entered, palm_fw=palm_fw[first:last + 1],
                             goes_on_from=self._before_rest)
