"""Keeping a webcam session while it goes on, and ending it when its stream ends.

A session must not depend on the page script to be kept: the person may close the tab,
the browser may crash, the camera may stop sending frames. A `SessionKeeper` therefore has
a thread of its own (no Streamlit in it), started when the stream starts, that every
`TICK_S`:

- writes the strokes judged so far through `store` every `SAVE_EVERY_S` (one row per
  session, updated; nothing is written before the first stroke);
- ends the session when no frame has come for `STALL_S` (the tab was closed, the stream
  broke) or when the coach failed (`LiveSnapshot.error`).

The page ends it too: `end(STOPPED)` on Stop, `end(LEFT_PAGE)` when another page is
opened. Ending finishes the coach, writes the final review (if it has strokes) and closes
the coach, which releases its MediaPipe tracker. The review JSON written has one more key,
"ended" (docs/formats.md): RUNNING while the session goes on (a row left RUNNING means the
app itself was stopped during it), else how it ended.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from runs.live import LiveCoach

log = logging.getLogger(__name__)

RUNNING, STOPPED, LEFT_PAGE, NO_FRAMES, COACH_ERROR = "running", "stop", "left_page", "no_frames", "coach_error"
ENDINGS = (RUNNING, STOPPED, LEFT_PAGE, NO_FRAMES, COACH_ERROR)
TICK_S = 1.0
SAVE_EVERY_S = 5.0
STALL_S = 10.0
# A stream that never brings a frame (the camera could not start) is given up after this.
FIRST_FRAME_S = 60.0

# (review JSON, its row id or None for a new row) -> the row id.
Store = Callable[[dict, int | None], int]


class SessionKeeper:
    """One coach's session, kept through `store` while it goes on, ended exactly once.

    clock: seconds, for the stall and the saving interval (tests pass a fake one and call
    `tick` themselves instead of `start`).
    """

    def __init__(self, coach: LiveCoach, store: Store, *, save_every_s: float = SAVE_EVERY_S,
                 stall_s: float = STALL_S, first_frame_s: float = FIRST_FRAME_S, tick_s: float = TICK_S,
                 clock: Callable[[], float] = time.monotonic):
        self.coach = coach
        self.store = store
        self.save_every_s, self.stall_s, self.first_frame_s, self.tick_s = save_every_s, stall_s, first_frame_s, tick_s
        self._clock = clock
        self._lock = threading.RLock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._frames, self._frame_at = 0, clock()  # frames seen at the last tick, and since when
        self._written_frames, self._written_at = 0, float("-inf")
        self.ended: str | None = None  # how the session ended; None while it goes on
        self.review: dict | None = None  # the final review, once ended
        self.row_id: int | None = None
        self.save_error: str | None = None

    def start(self) -> None:
        """Watch the session on a thread of its own (once; nothing after the end)."""
        with self._lock:
            if self._thread is not None or self.ended is not None:
                return
            self._frame_at = self._clock()
            self._thread = threading.Thread(target=self._run, name="session-keeper", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._wake.wait(self.tick_s) and self.tick():
            pass

    def tick(self) -> bool:
        """One look at the session: write it, or end it; False once it has ended."""
        with self._lock:
            if self.ended is not None:
                return False
            now, snapshot = self._clock(), self.coach.snapshot()
            if snapshot.error:
                self.end(COACH_ERROR)
                return False
            if snapshot.frames != self._frames:
                self._frames, self._frame_at = snapshot.frames, now
            elif now - self._frame_at >= (self.stall_s if snapshot.frames else self.first_frame_s):
                self.end(NO_FRAMES)
                return False
            if (snapshot.n_strokes and snapshot.frames != self._written_frames
                    and now - self._written_at >= self.save_every_s):
                self._write(self.coach.review_so_far(), RUNNING)
                self._written_frames, self._written_at = snapshot.frames, now
            return True

    def end(self, how: str) -> dict:
        """End the session (`how`: one of ENDINGS but RUNNING); the final review, with its
        "ended" key. Ending again returns the same review."""
        with self._lock:
            if self.ended is None:
                self.ended = how
                self._wake.set()
                try:
                    try:
                        review = self.coach.finish()
                    except Exception:  # a coach that failed may not finish: keep what it judged
                        log.exception("The session could not be finished; keeping the strokes judged before")
                        review = self.coach.review_so_far()
                    self.review = {**review, "ended": how}
                    if review["strokes"]:
                        self._write(review, how)
                finally:
                    self.coach.close()
            return self.review

    def _write(self, review: dict, how: str) -> None:
        try:
            self.row_id = self.store({**review, "ended": how}, self.row_id)
            self.save_error = None
        except Exception as error:  # on this thread nobody else would hear of it
            log.exception("The session could not be written to the history")
            self.save_error = str(error)
