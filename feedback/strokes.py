"""Cutting one hand's contact track into strokes.

A stroke is a stretch of motion while touching: it starts when the working point starts
moving on the skin and ends when the hand lifts, the motion pauses, or it turns sharply
back. Moving toward the face, hovering, and the lifted return between strokes are not
touching (see `feedback.contact`), so they never become strokes. A slow stroke is motion
too: a steady drift one way, though slower than the jitter of a still hand over a short
window. `feedback.stroke_segmenter` cuts a live track with these functions as it comes.
"""

from __future__ import annotations

import math

import numpy as np

from feedback.config import CoachConfig
from feedback.leg_joins import continues, cos_between, joinable, joined
from feedback.leg_pace import travel_speed_fw_per_s
from feedback.stroke import Stroke
from feedback.zones import stroke_place
from vision.landmarks import Side


def windowed_speed_fw_per_s(t_s: np.ndarray, points_fw: np.ndarray, window_s: float) -> np.ndarray:
    """(n,) speed at each sample from the displacement across a centred time window."""
    before = np.column_stack([np.interp(t_s - window_s / 2, t_s, points_fw[:, i]) for i in range(2)])
    after = np.column_stack([np.interp(t_s + window_s / 2, t_s, points_fw[:, i]) for i in range(2)])
    span_s = np.minimum(t_s + window_s / 2, t_s[-1]) - np.maximum(t_s - window_s / 2, t_s[0])
    return np.linalg.norm(after - before, axis=1) / np.maximum(span_s, 1e-6)


def steady_drift_fw_per_s(t_s: np.ndarray, points_fw: np.ndarray, window_s: float,
                          same_way_deg: float, at_s: np.ndarray | None = None) -> np.ndarray:
    """Speed of a steady drift through each sample (or each time of `at_s`): the slowest of
    the displacements over the three thirds of a window centred there, when each goes the
    way of the whole (within `same_way_deg`) at a like pace (the slowest at least a third
    of the fastest), else 0. A slow stroke creeps on the same way for its whole length;
    jitter about one place goes back and forth, a hand settling shifts once, a stroke comes
    to a stop or sets off (the pace changes), and a rest between two motions is still in
    its middle third: none of them drifts. Where the window passes the samples' ends: 0."""
    def at(times: np.ndarray) -> np.ndarray:
        return np.column_stack([np.interp(times, t_s, points_fw[:, i]) for i in range(2)])

    mid_s = t_s if at_s is None else at_s
    marks = [at(mid_s + k * window_s / 6) for k in (-3, -1, 1, 3)]
    thirds = [b - a for a, b in zip(marks[:-1], marks[1:])]
    whole = marks[-1] - marks[0]
    lengths = np.array([np.linalg.norm(d, axis=1) for d in thirds])
    whole_fw = np.linalg.norm(whole, axis=1)
    cos_limit = np.cos(np.radians(same_way_deg))
    same_way = np.all([(d * whole).sum(axis=1) >= cos_limit * n * whole_fw for d, n in zip(thirds, lengths)], axis=0)
    slowest, fastest = lengths.min(axis=0), lengths.max(axis=0)
    inside = (mid_s - window_s / 2 >= t_s[0]) & (mid_s + window_s / 2 <= t_s[-1])
    return np.where(same_way & (slowest >= fastest / 3) & inside, slowest / (window_s / 3), 0.0)


def moving_samples(t_s: np.ndarray, points_fw: np.ndarray, speed: np.ndarray, config: CoachConfig) -> np.ndarray:
    """(n,) True where the working point moves on the skin: faster than `move_speed_fw_per_s`
    (the speed over `speed_window_s`), or drifting steadily one way (`steady_drift_fw_per_s`
    over `drift_window_s`) faster than `drift_speed_fw_per_s`: a long slow stroke (a nose or
    under-eye stroke of 1.5 cm over 2 s) is slower than the jitter of a still hand over a
    short window, but not over a long one."""
    drift = steady_drift_fw_per_s(t_s, points_fw, config.drift_window_s, config.legs.same_way_deg)
    return (speed > config.move_speed_fw_per_s) | (drift > config.drift_speed_fw_per_s)


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Index ranges [start, end] (inclusive) of consecutive True values."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(int), [0]])))
    return [(int(a), int(b) - 1) for a, b in zip(edges[::2], edges[1::2])]


def _split_at_turns(t_s: np.ndarray, points_fw: np.ndarray, speed: np.ndarray, start: int, end: int,
                    config: CoachConfig, raised: np.ndarray) -> list[tuple[int, int]]:
    """Split [start, end] at its slowest moments where the motion turns back sharply
    (a back-and-forth without a pause): the motion since the last split and the motion up
    to the next slow moment, each long enough, at more than `turn_split_deg`; or at more
    than `landing_turn_deg` when the hand is `raised` (seen risen above the skin) in the
    motion after: a stroke and the return lifted after it go different ways, and the rise
    of a small lift (too small for the contact to see) begins at the turn; or where the
    hand lands (`_lands_and_turns`) or moves on to another zone (`_stops_between_zones`)."""
    cos_sharp, cos_lifted = np.cos(np.radians(config.turn_split_deg)), np.cos(np.radians(config.landing_turn_deg))
    slow = [int(m) + start for m in _local_minima(speed[start:end + 1])] + [end]
    pieces, piece_start = [], start
    for here, following in zip(slow[:-1], slow[1:]):
        before = points_fw[here] - points_fw[piece_start]
        after = points_fw[following] - points_fw[here]
        lengths = np.linalg.norm(before), np.linalg.norm(after)
        cos_limit = cos_lifted if raised[here:following + 1].any() else cos_sharp
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


def _on_skin_span(hand: Side, t_s: np.ndarray, speed: np.ndarray, points_fw: np.ndarray,
                  config: CoachConfig, entered: bool, ended_by: str) -> tuple[int, int]:
    """The part of a touching stretch that starts and ends at rest on the skin.

    A hand that slid onto the face or came into view while moving (`entered`) first
    settles: that arrival is cut up to its first slow moment. (A hand coming down onto
    the skin from above is cut by its size instead: see `StrokeSegmenter`.) At the other end, a hand
    still moving when the touch ends is cut back to its last slowest moment if it slid off
    the face (`ended_by` "departed") or, when it lifted, if it was heading back briefly:
    that is the lift into a return, not the end of the stroke (a quick stroke lifted on its
    way keeps its end). A stretch cut at a pause ends at rest anyway. What it heads back on
    is kept when it is long enough to be a stroke alone (`long_enough`), for the leg model
    to judge: after a way back slid on the skin (small lifts), the next stroke heads back
    the way that came, and is over before it (on the tuning clips, 10 of the 39 ends cut
    back were whole strokes, 5 of them too fast).
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
                        and t_s[-1] - t_s[last] < t_s[last] - t_s[previous])  # a short lift-off...
        if ended_by == "departed" or (heading_back and not long_enough(  # ...not a stroke alone
                Stroke(hand, t_s[last:], points_fw[last:]), config)):
            end = last
    return start, max(start, end)


def long_enough(stroke: Stroke, config: CoachConfig) -> bool:
    """The stroke moves the skin and lasts long enough (a twitch is not a stroke)."""
    return bool(np.linalg.norm(stroke.travel_fw) >= config.min_travel_fw
                and config.min_duration_s <= stroke.duration_s <= config.max_duration_s)


def cut_pieces(hand: Side, t_s: np.ndarray, points_fw: np.ndarray, config: CoachConfig,
               ended_by: str = "lift", entered: bool = False, palm_fw: np.ndarray | None = None,
               held: Stroke | None = None, landed: bool = True,
               hold: bool = False, raised: np.ndarray | None = None,
               before: Stroke | None = None) -> tuple[list[Stroke], Stroke | None]:
    """The pieces of motion in one unbroken stretch of touching (times (n,), points (n, 2),
    palm sizes (n,) or None), before the length test, and the piece to hold. A piece that
    goes on after a rest on the skin the way the piece before went, with no rise (`joinable`), is joined
    to it: one stroke rested half-way, timed from its first piece's start to its last
    piece's end (the pieces may be too short alone). A twitch (`min_travel_fw` / 2 or less)
    is no motion. The hand still moving as it lands (`landed`: the stretch begins where it
    came onto the skin) is not joined to what follows its rest when it is arriving
    (`_arriving`); otherwise it is setting off on the stroke it landed for: people land and
    go without stopping, and a rest half-way does not make the part before it a slide.

    entered: the stretch began with the hand sliding onto the face or coming into view.
    ended_by: how the stretch ended: "lift" (off the skin), "departed" (slid off the
    face), or "pause" (still touching, at rest).
    held: the piece cut at the rest on the skin this stretch starts with, not handed out
    yet (see `StrokeSegmenter`): the first of the pieces, with what goes on with it joined,
    and still stroking where that slides off the face.
    hold: the stretch ends at a rest on the skin: its last piece (unless arriving) is not
    among the pieces but returned as the one to hold (the stroke may go on after the rest).
    raised: (n,) True where the hand looks risen above the skin (see `StrokeSegmenter`);
    a turn into such a rise ends a piece (`_split_at_turns`). None: nowhere.
    before: the hand's last piece on the skin before it landed, if it ended just before
    (see `StrokeSegmenter`); None: none.
    """
    t_s, points_fw = np.asarray(t_s, dtype=float), np.asarray(points_fw, dtype=float)
    pieces = [] if held is None else [held]
    open_last = held is not None  # the last piece may go on after a rest
    if len(t_s) < 3:
        return _held_back(pieces, hold and open_last)
    speed = windowed_speed_fw_per_s(t_s, points_fw, config.speed_window_s)
    if (ended_by == "departed" and held is not None
            and speed.max() <= config.legs.air_speed_fw_per_s
            and continues(held, Stroke(hand, t_s, points_fw), config.legs)):
        ended_by = "lift"  # a stroke carried on to the face's edge at a stroke's speed, not a hand leaving
    first, last = _on_skin_span(hand, t_s, speed, points_fw, config, entered, ended_by)
    raised = np.zeros(len(t_s), dtype=bool) if raised is None else np.asarray(raised, dtype=bool)
    moving = np.zeros(len(t_s), dtype=bool)
    moving[first:last + 1] = moving_samples(t_s, points_fw, speed, config)[first:last + 1]
    merged: list[tuple[int, int]] = []
    for start, end in _runs(moving):  # short pauses inside a stroke do not split it
        if merged and t_s[start] - t_s[merged[-1][1]] < config.pause_s:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    for start, end in merged:
        after_rest = True
        for a, b in _split_at_turns(t_s, points_fw, speed, start, end, config, raised):
            piece = Stroke(hand, t_s[a:b + 1].copy(), points_fw[a:b + 1].copy(),
                           None if palm_fw is None else np.asarray(palm_fw[a:b + 1], dtype=float))
            if np.linalg.norm(piece.travel_fw) <= config.min_travel_fw / 2:
                continue
            if after_rest and open_last and joinable(pieces[-1], piece, config.legs):
                pieces[-1] = joined(pieces[-1], piece)
            else:
                pieces.append(piece)
            open_last = not (landed and a == first and speed[first] > config.move_speed_fw_per_s
                             and _arriving(piece, before, config))
            after_rest = False
    return _held_back(pieces, hold and open_last)


# A piece turned by more than this from the one before goes back the way that one came.
BACK_DEG = 120.0


def _arriving(piece: Stroke, before: Stroke | None, config: CoachConfig) -> bool:
    """A piece the hand made as it landed is the end of its arrival, not the start of a
    stroke: too short to be a stroke alone (`long_enough`: the hand settling), faster than a
    stroke, as a way back is (a typical stroke's speed over `return_pace`, both measured as
    the leg model is fitted, `travel_speed_fw_per_s`: a slide onto the place where the
    stroke starts), or going back the way the hand's last piece on the skin came
    (`before`, turned by more than `BACK_DEG`: a return brought down onto the skin; a stroke
    that sets off across the last one, as after an off-path stroke, is no way back)."""
    legs = config.legs
    return (not long_enough(piece, config)
            or travel_speed_fw_per_s(piece) > legs.stroke_fw_per_s / legs.return_pace
            or before is not None and cos_between(before, piece) < math.cos(math.radians(BACK_DEG)))


def _held_back(pieces: list[Stroke], hold: bool) -> tuple[list[Stroke], Stroke | None]:
    """The pieces, and the last of them apart when it is held."""
    return (pieces[:-1], pieces[-1]) if hold and pieces else (pieces, None)
