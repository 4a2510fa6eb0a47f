"""The coach behind the webcam pages: frames from streamlit-webrtc in, annotated frames out.

`LiveCoach.process` runs on streamlit-webrtc's callback thread (tracker -> `SessionView.step`
-> `Overlay.annotate`); the page runs on the script thread and only reads `snapshot()`, a
frozen `LiveSnapshot` published under a lock after every frame. Nothing here touches
Streamlit. With `async_processing` the library hands the callback only the newest frame,
so a slow frame makes it skip frames instead of queueing them.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

import numpy as np

from feedback.conditions import MESSAGES
from feedback.config import CoachConfig
from feedback.hand_tracks import HAND_CHOICES, keep_hands
from feedback.overlay import Overlay
from feedback.practice import PracticeGoal, goal_cue
from feedback.protocol import Profile
from feedback.report import Review
from feedback.summary import ZoneTally
from feedback.view import SessionView
from vision.tracker import Tracker

log = logging.getLogger(__name__)
# A problem must last this long before the page shows it (one missed frame is not news).
STATUS_HOLD_S = 0.5
FPS_WINDOW_S = 2.0
N_LAST_VERDICTS = 5
# For the browser tests: with this set to N, the frame callback fails at each coach's Nth
# frame, as a bug would (unset in normal use: nothing happens).
FAIL_AT_FRAME_ENV = "MASSAGE_COACH_TEST_FAIL_AT_FRAME"


@dataclass(frozen=True)
class LastVerdict:
    t_s: float
    zone: str
    side: str
    verdict: str


@dataclass(frozen=True)
class LiveSnapshot:
    """What the page shows, as of the last processed frame.

    frames: frames processed in this session; fps: frames processed per second (wall clock,
    over the last two seconds); seconds: time since the first frame (frame timestamps).
    status_code: a `feedback.conditions` code held for `STATUS_HOLD_S` ("" = coaching), and
    status its message. good_counts: good strokes per (zone, side) in this session.
    goal_label: e.g. "cheek L: 3 of 7" when a goal is set.
    processed_at: the coach's clock (`time.monotonic` by default) at the last processed frame.
    error: what broke the coach ("" = nothing); finished: no more frames are coached.
    """

    frames: int = 0
    fps: float = 0.0
    seconds: float = 0.0
    status_code: str = ""
    status: str = ""
    cue: str = ""
    tallies: tuple[ZoneTally, ...] = ()
    good_counts: Mapping[tuple[str, str], int] = field(default_factory=lambda: MappingProxyType({}))
    last_verdicts: tuple[LastVerdict, ...] = ()
    n_strokes: int = 0
    goal: PracticeGoal | None = None
    goal_label: str = ""
    goal_done: bool = False
    ms_per_frame: float = 0.0
    frame_wh: tuple[int, int] = (0, 0)
    processed_at: float = 0.0
    error: str = ""
    finished: bool = False


class _StatusHold:
    """The most serious condition that has lasted `hold_s` (conditions arrive most serious first)."""

    def __init__(self, hold_s: float = STATUS_HOLD_S):
        self.hold_s = hold_s
        self._since: dict[str, float] = {}

    def update(self, t_s: float, conditions: tuple[str, ...]) -> str:
        self._since = {code: self._since.get(code, t_s) for code in conditions}
        # "no hand" is normal between strokes: only when nothing else is wrong (as in SessionView).
        problems = [c for c in conditions if c != "no_hand"] or list(conditions)
        for code in problems:
            if t_s - self._since[code] >= self.hold_s:
                return code
        return ""


class FrameRate:
    """Frames per second over the last `window_s` seconds of wall-clock times; 0 until the
    frames span `settled_share` of the window (an estimate from too few frames is noise)."""

    def __init__(self, window_s: float = FPS_WINDOW_S, settled_share: float = 0.0):
        self.window_s = window_s
        self.settled_share = settled_share
        self._times: deque[float] = deque()

    def tick(self, now: float) -> float:
        """Count a frame at `now`; the rate."""
        self._times.append(now)
        while now - self._times[0] > self.window_s:
            self._times.popleft()
        span = self._times[-1] - self._times[0]
        settled = span > 0 and span >= self.settled_share * self.window_s
        return (len(self._times) - 1) / span if settled else 0.0


class _Clock:
    """Session seconds from frame timestamps: 0 at the first frame, never going back."""

    def __init__(self) -> None:
        self._origin: float | None = None
        self.last_s = -1.0

    def __call__(self, t_s: float) -> float:
        if self._origin is None:
            self._origin = t_s
        t = t_s - self._origin
        if t <= self.last_s:  # a timestamp that repeats or goes back: keep time moving
            t = self.last_s + 1e-3
        self.last_s = t
        return t


def _goal_fields(goal: PracticeGoal | None, counts: Mapping[tuple[str, str], int]) -> dict:
    """The `LiveSnapshot` fields about the goal, for these good counts."""
    if goal is None:
        return {"goal": None, "goal_label": "", "goal_done": False}
    return {"goal": goal, "goal_label": goal.label(counts), "goal_done": goal.progress(counts)[2]}


class LiveCoach:
    """One webcam session: thread-safe `process` (callback thread) and `snapshot` (page).

    tracker: anything with `process(rgb, t_s) -> FrameLandmarks`; by default a
        `MediaPipeTracker` created once here (the browser's frames are not mirrored), which
        `close` closes (a tracker passed in is the caller's to close).
    mirror_display: show the annotated picture mirrored, like a mirror.
    hands: "both", or "left"/"right" to coach one hand and ignore the other.
    """

    def __init__(self, profile: Profile, *, mirror_display: bool = False, hands: str = "both",
                 tracker: Tracker | None = None, goal: PracticeGoal | None = None,
                 config: CoachConfig | None = None, clock: Callable[[], float] = time.monotonic,
                 owns_tracker: bool | None = None):
        if hands not in HAND_CHOICES:
            raise ValueError(f"hands must be one of {HAND_CHOICES}, got {hands!r}")
        self._owns_tracker = tracker is None if owns_tracker is None else owns_tracker
        if tracker is None:
            from vision.tracker import MediaPipeTracker  # looked up now: tests swap it
            tracker = MediaPipeTracker(mirrored=False, max_hands=2)
        self.profile = profile
        self.mirror_display = mirror_display
        self.hands = hands
        self.tracker = tracker
        self._overlay = Overlay(profile)
        self.config = config
        self._view = SessionView(profile, config)
        self._time = _Clock()
        self._wall = clock
        self._status = _StatusHold()
        self._process_lock = threading.Lock()  # one frame at a time; finish waits for it
        self._snapshot_lock = threading.Lock()
        self._goal = goal
        self._frames = 0
        self._rate = FrameRate()
        self._ms_per_frame = 0.0
        self._last: deque[LastVerdict] = deque(maxlen=N_LAST_VERDICTS)
        self._finished = False
        self._tracker_closed = False
        self.review: Review | None = None
        self._snapshot = LiveSnapshot(goal=goal)

    # -- callback thread ------------------------------------------------------------------
    def process(self, rgb: np.ndarray, t_s: float) -> np.ndarray:
        """Coach one (H, W, 3) uint8 RGB frame shown at `t_s` seconds; the annotated frame.

        After `finish` frames pass through unchanged (a late frame of a stopped stream).
        """
        with self._process_lock:
            if self._finished:
                return rgb
            started = self._wall()
            t_s = self._time(t_s)
            landmarks = keep_hands(self.tracker.process(rgb, t_s), self.hands)
            goal = self._goal
            state = self._view.step(landmarks, highlight_zone=goal.zone if goal else None)
            for judged in state.frame.new_strokes:
                self._last.append(LastVerdict(judged.stroke.t_end_s, judged.zone, judged.side, judged.verdict))
            counts = {(t.zone, t.side): t.good for t in state.tallies}
            if goal is not None:  # the cue and the panel count toward the goal
                last = self._last[-1] if self._last else None
                cue = (goal_cue(state.cue, last.zone, last.side, last.verdict, goal, counts)
                       if last and state.cue else "")
                state = replace(state, cue=cue, extra_lines=(f"Goal: {goal.label(counts)}",))
            out = self._overlay.annotate(rgb, state, mirror_display=self.mirror_display)
            self._frames += 1
            done = self._wall()
            self._ms_per_frame = 1000.0 * (done - started)
            self._publish(t_s, done, state, counts)
            return out

    def _publish(self, t_s: float, now: float, state, counts: dict) -> None:
        fps = self._rate.tick(now)
        code = self._status.update(t_s, state.frame.conditions)
        snapshot = LiveSnapshot(
            frames=self._frames, fps=fps, seconds=t_s, status_code=code,
            status=MESSAGES.get(code, ""), cue=state.cue, tallies=state.tallies,
            good_counts=MappingProxyType(counts), last_verdicts=tuple(self._last),
            n_strokes=len(self._view.pipeline.strokes),
            ms_per_frame=self._ms_per_frame, frame_wh=state.frame.landmarks.image_wh, processed_at=now,
            **_goal_fields(self._goal, counts),
        )
        with self._snapshot_lock:
            self._snapshot = snapshot

    # -- script thread --------------------------------------------------------------------
    def snapshot(self) -> LiveSnapshot:
        with self._snapshot_lock:
            return self._snapshot

    def set_goal(self, goal: PracticeGoal | None) -> None:
        """Count toward `goal` (shown on the video, its zone's arrow highlighted); None: no goal."""
        with self._process_lock:
            self._goal = goal
            with self._snapshot_lock:
                self._snapshot = replace(self._snapshot, **_goal_fields(goal, self._snapshot.good_counts))

    @property
    def goal(self) -> PracticeGoal | None:
        return self._goal

    @property
    def finished(self) -> bool:
        return self._finished

    def fail(self, error: BaseException) -> None:
        """The callback failed on a frame: no more frames are coached, and the page says so
        (the session is ended by whoever keeps it, `runs.session_keeper`)."""
        with self._process_lock:
            self._finished = True
        self._set_snapshot(error=f"{type(error).__name__}: {error}", finished=True)

    def review_so_far(self) -> dict:
        """The review JSON of the strokes judged up to now (the session goes on; warnings
        come with `finish`)."""
        with self._process_lock:
            if self.review is not None:
                return self.review.to_json_dict()
            strokes = sorted(self._view.pipeline.strokes, key=lambda j: j.stroke.t_start_s)
            return self._review(strokes, []).to_json_dict()

    def _review(self, strokes, warnings) -> Review:
        seconds = max(self._time.last_s, 0.0)
        fps = (self._frames - 1) / seconds if self._frames > 1 and seconds > 0 else 0.0
        return Review(video="webcam", duration_s=seconds, fps=fps, frames=self._frames,
                      profile=self.profile, strokes=tuple(strokes), warnings=tuple(warnings))

    def _set_snapshot(self, **changes) -> None:
        with self._snapshot_lock:
            self._snapshot = replace(self._snapshot, **changes)

    def finish(self) -> dict:
        """End the session: the review JSON of docs/formats.md (video "webcam").

        Strokes still in progress are judged. Later frames pass through uncoached; start a
        new session with `next_session`.
        """
        with self._process_lock:
            if self.review is None:
                self._finished = True
                self._set_snapshot(finished=True)
                self.review = self._review(*self._view.finish())
            return self.review.to_json_dict()

    def next_session(self, profile: Profile | None = None, **changes) -> LiveCoach:
        """A fresh coach for the next stream that reuses this one's tracker.

        changes: `mirror_display`, `hands` to change (the rest is kept) and a `goal` (none by
        default: a goal counts from its baseline, which belonged to this session). After
        `close` had to close the tracker, the new coach makes a tracker of its own."""
        options = {"mirror_display": self.mirror_display, "hands": self.hands, "goal": None, **changes}
        with self._process_lock:
            self._finished = True  # no more frames here: the tracker goes to the new coach
            owns, self._owns_tracker = self._owns_tracker, False
            tracker = None if self._tracker_closed else self.tracker
        return LiveCoach(profile or self.profile, tracker=tracker, config=self.config,
                         clock=self._wall, owns_tracker=owns if tracker is not None else None, **options)

    def close(self) -> None:
        """Stop coaching; closes the tracker if this coach created it (or inherited it)."""
        with self._process_lock:
            self._finished = True
            if self._owns_tracker:
                self._owns_tracker = False
                self._tracker_closed = True
                self.tracker.close()
        self._set_snapshot(finished=True)


def frame_time_s(frame, clock: Callable[[], float] = time.monotonic) -> float:
    """A video frame's presentation time in seconds; the clock when it has none."""
    t = getattr(frame, "time", None)
    return float(t) if t is not None else clock()


def make_video_frame_callback(live_coach: LiveCoach, through=None):
    """The `video_frame_callback` for `webrtc_streamer`: av.VideoFrame -> annotated av.VideoFrame.

    through: what the frames go through on their way to the coach (anything with the
    coach's `process`, e.g. the camera set-up check `runs.setup_check.CameraSetup`);
    by default they go straight to the coach.

    Runs on the library's thread: it calls only `live_coach.process` (no Streamlit). An
    error is logged with its traceback and handed to `live_coach.fail`; from then on the
    frames pass through unchanged (streamlit-webrtc would otherwise drop the error silently
    and the page would go on showing the last snapshot)."""
    import av  # imported here so that the pure logic above does not need PyAV

    fail_at = int(os.environ.get(FAIL_AT_FRAME_ENV) or 0)
    process = (through or live_coach).process

    def callback(frame: av.VideoFrame) -> av.VideoFrame:
        if live_coach.snapshot().error:
            return frame
        try:
            if fail_at and live_coach.snapshot().frames + 1 >= fail_at:
                raise RuntimeError(f"failure injected by ${FAIL_AT_FRAME_ENV} at frame {fail_at}")
            out = process(frame.to_ndarray(format="rgb24"), frame_time_s(frame))
        except Exception as error:
            log.exception("The live coach failed on a frame; its frames now pass through uncoached")
            live_coach.fail(error)
            return frame
        new_frame = av.VideoFrame.from_ndarray(out, format="rgb24")
        new_frame.pts = frame.pts
        if frame.time_base is not None:
            new_frame.time_base = frame.time_base
        return new_frame

    return callback
