"""Cutting one hand's contact track into strokes as it comes, frame by frame: the touching
samples are held until a lift, a pause or a lost track ends their motion, then cut
(`feedback.strokes`); the piece before a rest on the skin is held while the stroke may go
on after the rest."""

from __future__ import annotations

from collections import deque

import numpy as np

from feedback.config import CoachConfig
from feedback.contact import ContactSample
from feedback.leg_joins import same_way
from feedback.stroke import Stroke
from feedback.strokes import cut_pieces, long_enough, steady_drift_fw_per_s
from vision.landmarks import Side

# The way back between two strokes, lifted or not, with the pause around it, is over within
# this long (the tuning labels' returns last 0.26-1.38 s): a piece on the skin that ended
# longer ago than this before the hand landed says nothing of what the landing is.
WAY_BACK_S = 2.0


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
    small however long the hand rests on the face. The piece of motion before a rest on the
    skin is held (not handed out) while the same stroke may still go on after the rest:
    until the hand moves on another way, lifts, or lies still longer than `LegModel.rest_s`
    (`_rested`: a finger setting off again slowly is no longer resting) without moving on
    (`continues`). A stroke rested half-way is then handed out whole, and its cue comes
    about `rest_s` after its end if the hand stays still.
    """

    def __init__(self, hand: Side, config: CoachConfig):
        self.hand = hand
        self.config = config
        self._samples: list[ContactSample] = []
        self._resting = False  # the samples held begin at a rest on the skin, not at a landing
        self._held: Stroke | None = None  # the piece cut at that rest, not handed out yet
        self._last_piece: Stroke | None = None  # the latest piece cut, handed out or held
        self._sizes: deque[tuple[float, float, float]] = deque()  # this touch's (t, size ratio, palm)
        self._recent: deque[tuple[float, float, float]] = deque()  # its last drift_window_s or more: (t, x, y)
        # The rest after the piece held: which piece, how long the hand lay still since its
        # end, up to when, and where it last lay still (`_rested`).
        self._rest: tuple[Stroke | None, float, float, np.ndarray | None] = (None, 0.0, 0.0, None)

    @property
    def last_t_s(self) -> float:
        """Time of the last touching sample (-inf when none is held)."""
        return self._samples[-1].t_s if self._samples else float("-inf")

    @property
    def current_path_fw(self) -> np.ndarray:
        """(n, 2) the touching samples not yet cut into strokes (the stroke in progress)."""
        return np.array([s.point_fw for s in self._samples]).reshape(-1, 2)

    @property
    def holding(self) -> bool:
        """A stroke cut at a rest on the skin is held: it may go on. (A held piece too short
        to be a stroke alone is no stroke yet: the last leg need not wait for it.)"""
        return self._held is not None and long_enough(self._held, self.config)

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
        self._recent.append((sample.t_s, *sample.point_fw))
        while len(self._recent) > 1 and sample.t_s - self._recent[1][0] >= self.config.drift_window_s:
            self._recent.popleft()
        return finished + self._release_if_done(sample) + self._flush_if_paused()

    def _release_if_done(self, sample: ContactSample) -> list[Stroke]:
        """The stroke held at a rest handed out once nothing can go on with it: the hand
        moved on more than a twitch another way, or lay still on the skin longer than
        `rest_s` (`_rested`) without moving on. A piece too short to be a stroke alone is
        kept until the touch is cut: handed out it would be dropped, and only going on the
        same way (a slow stroke rested half-way) can make it one; the cut joins them or drops
        it (`cut_pieces`)."""
        held = self._held
        if held is None or not long_enough(held, self.config):
            return []
        rested_s, still_fw = self._rested(held, sample)
        moved = sample.point_fw - still_fw
        moved_fw = float(np.linalg.norm(moved))
        if moved_fw > self.config.min_travel_fw / 2:
            if same_way(moved, held.travel_fw, self.config.legs):
                return []
        elif rested_s <= self.config.legs.rest_s:
            return []
        self._held = None
        return [held]

    def _rested(self, held: Stroke, sample: ContactSample) -> tuple[float, np.ndarray]:
        """(seconds, (2,) face widths): how long the hand has lain still on the skin since
        the held piece ended, and where it last lay still. The time since then, less the
        frames where it moved (faster than `move_speed_fw_per_s` over `speed_window_s`, or
        drifting on steadily, `_drifting`): a finger that sets off again slowly has ended
        its rest, though it has not yet gone a twitch's length. Where it lay still is where
        it moves on from: the fingertip a tracker places on a resting finger drifts by a
        twitch's length within a second."""
        piece, rested_s, counted_to_s, still_fw = self._rest
        if piece is not held:  # a new rest: still since the piece's end (the pause that cut it)
            rested_s, counted_to_s, still_fw = max(0.0, sample.t_s - held.t_end_s), sample.t_s, sample.point_fw
        elif not self._moving():
            rested_s, still_fw = rested_s + sample.t_s - counted_to_s, sample.point_fw
        self._rest = (held, rested_s, sample.t_s, still_fw)
        return rested_s, still_fw

    def _moving(self) -> bool:
        """The touching hand moves now: faster than `move_speed_fw_per_s` over the last
        `speed_window_s`, or drifting on steadily (a slow stroke going on)."""
        last = self._samples[-1]
        since = last.t_s - self.config.speed_window_s
        before = next((s for s in self._samples if s.t_s >= since), last)
        span_s = last.t_s - before.t_s
        fast = span_s > 0 and float(np.linalg.norm(last.point_fw - before.point_fw)) / span_s \
            > self.config.move_speed_fw_per_s
        return fast or (len(self._recent) > 1 and self._drifting())

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
        if np.linalg.norm(np.ptp(points[seen_from:], axis=0)) > still_fw or self._drifting():
            return []
        resting = not self._lifted(self._samples[first_recent:])
        strokes = self._split(self._samples[:first_recent + 1], "pause", hold=resting)
        self._samples = self._samples[first_recent:]
        self._resting = resting
        return strokes

    def _drifting(self) -> bool:
        """The hand is drifting on steadily (`steady_drift_fw_per_s`) over the last
        `drift_window_s`: a slow stroke going on, not a pause."""
        recent = np.array(self._recent, dtype=float)
        window_s = self.config.drift_window_s
        drift = steady_drift_fw_per_s(recent[:, 0], recent[:, 1:], window_s, self.config.legs.same_way_deg,
                                      at_s=np.array([recent[-1, 0] - window_s / 2]))
        return bool(drift[0] > self.config.drift_speed_fw_per_s)

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
        return (same_way(jump, heading, self.config.legs)
                and jump_fw / gap_s <= self.config.legs.air_speed_fw_per_s)

    def flush(self, ended_by: str = "lift") -> list[Stroke]:
        """End the current contact (the hand lifted or is gone: "lift"; slid off the face:
        "departed"): its strokes are complete."""
        strokes = self._split(self._samples, ended_by)
        self._samples = []
        self._resting = False
        self._sizes.clear()
        self._recent.clear()
        return strokes

    def _split(self, samples: list[ContactSample], ended_by: str, hold: bool = False) -> list[Stroke]:
        """Strokes of a stretch (after the piece held before it, `cut_pieces`), without its
        ends where the hand was already rising off the skin or still coming down onto it:
        bigger than during the rest of the stretch (the touching size varies a little with
        the hand's pose), the palm too (the whole hand also looks bigger when the fingers
        merely spread). A stretch that goes on from a rest on the skin (after a pause) did
        not come down: its start is kept whatever its size (the rest of the stretch may be a
        return, at another size). Inside the stretch, where the hand looks risen by that test
        (a small lift) is passed on to the cutting (`cut_pieces`, raised): a turn into it
        ends the stroke. hold: the stretch ends at a rest on the skin; its last piece is held,
        not handed out."""
        if not samples:
            held, self._held = self._held, None
            return [held] if held is not None and long_enough(held, self.config) else []
        first, last = 0, len(samples) - 1
        palm_fw = np.array([s.palm_fw for s in samples])
        rising = _rising(np.array([s.size_ratio for s in samples]), self.config.lift_onset_ratio) & \
            _rising(palm_fw, self.config.lift_onset_ratio)
        while not self._resting and first <= last and rising[first]:
            first += 1
        while ended_by == "lift" and last >= first and rising[last]:
            last -= 1
        kept = samples[first:last + 1]
        before = self._last_piece
        if before is not None and samples[0].t_s - before.t_end_s > WAY_BACK_S:
            before = None
        pieces, self._held = cut_pieces(self.hand, np.array([s.t_s for s in kept]),
                                        np.array([s.point_fw for s in kept]).reshape(-1, 2), self.config,
                                        ended_by, entered=samples[0].entered, palm_fw=palm_fw[first:last + 1],
                                        held=self._held, landed=not self._resting, hold=hold,
                                        raised=rising[first:last + 1], before=before)
        self._last_piece = self._held or (pieces[-1] if pieces else self._last_piece)
        return [piece for piece in pieces if long_enough(piece, self.config)]
