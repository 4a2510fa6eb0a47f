"""The camera set-up check in front of a webcam session, on streamlit-webrtc's thread.

A `CameraSetup` stands between the frame callback and a page's coach: until the set-up
has passed (every check of `feedback.setup_check` for `PASS_HOLD_S`) or the person chose to
go on anyway (`skip`), each frame is tracked, checked and returned with the checklist
drawn on it, and the coach sees nothing; after that, frames go to the coach. The page
reads `snapshot()` and calls `reset()` when the camera stops (the next stream is checked
again). Like `runs.live`, nothing here touches Streamlit.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from feedback.setup_check import CheckResult, FrameStats, PassHold, setup_checks
from runs.live import FrameRate, LiveCoach
from vision.frame_stats import face_light

PASSED_RGB, FAILED_RGB, UNKNOWN_RGB = (40, 200, 90), (230, 60, 50), (170, 170, 170)


@dataclass(frozen=True)
class SetupSnapshot:
    """frames: frames checked in this stream; passed: the session may start (every check
    held, or skipped by the person); results: the last frame's checks."""

    frames: int = 0
    passed: bool = False
    skipped: bool = False
    results: tuple[CheckResult, ...] = ()


class CameraSetup:
    """coach_of: the page's current coach (it changes between sessions)."""

    def __init__(self, coach_of: Callable[[], LiveCoach], clock: Callable[[], float] = time.monotonic):
        self._coach_of = coach_of
        self._clock = clock
        self._lock = threading.Lock()
        self._reset_state()

    def _reset_state(self) -> None:
        self._hold = PassHold()
        self._rate = FrameRate(settled_share=0.5)  # the frame rate is judged once it has settled
        self._snapshot = SetupSnapshot()

    # -- callback thread ------------------------------------------------------------------
    def process(self, rgb: np.ndarray, t_s: float) -> np.ndarray:
        """A frame of the stream: coached once the set-up passed, checked before."""
        if self.snapshot().passed:
            return self._coach_of().process(rgb, t_s)
        coach = self._coach_of()
        landmarks = coach.tracker.process(rgb, t_s)
        face_luma, background_luma = face_light(rgb, landmarks.face_px)
        results = setup_checks(landmarks, FrameStats(face_luma, background_luma,
                                                     self._rate.tick(self._clock())))
        with self._lock:
            if self._snapshot.passed:  # skipped meanwhile
                return rgb
            passed = self._hold.update(self._clock(), results)
            self._snapshot = SetupSnapshot(self._snapshot.frames + 1, passed, False, tuple(results))
        return draw_checklist(rgb, landmarks.face_px, results, coach.mirror_display)

    # -- script thread --------------------------------------------------------------------
    def snapshot(self) -> SetupSnapshot:
        with self._lock:
            return self._snapshot

    def skip(self) -> None:
        """Go on without a passed check (the person chose to)."""
        with self._lock:
            self._snapshot = SetupSnapshot(self._snapshot.frames, True, True, self._snapshot.results)

    def reset(self) -> None:
        """Check again on the next stream."""
        with self._lock:
            self._reset_state()


def draw_checklist(rgb: np.ndarray, face_px: np.ndarray | None, results: list[CheckResult],
                   mirror_display: bool) -> np.ndarray:
    """The frame (mirrored for display if asked) with the face's box, the checklist in the
    top-left corner (a green, red or grey dot before each check) and, along the bottom,
    what to change for each failed check."""
    out = np.ascontiguousarray(rgb[:, ::-1] if mirror_display else rgb).copy()
    height, width = out.shape[:2]
    failed = [r for r in results if r.passed is False]
    if face_px is not None:
        xs = face_px[:, 0] if not mirror_display else width - face_px[:, 0]
        cv2.rectangle(out, (int(xs.min()), int(face_px[:, 1].min())), (int(xs.max()), int(face_px[:, 1].max())),
                      FAILED_RGB if failed else PASSED_RGB, 2)
    row_px, list_w = 19, 215
    _darken(out, 0, 6 + row_px * len(results), 0, list_w)
    for i, result in enumerate(results):
        y = 4 + row_px * (i + 1)
        colour = {True: PASSED_RGB, False: FAILED_RGB, None: UNKNOWN_RGB}[result.passed]
        cv2.circle(out, (12, y - 5), 5, colour, -1, cv2.LINE_AA)
        _text(out, result.label, (24, y), 0.42)
    if failed:
        top = height - 6 - row_px * len(failed)
        _darken(out, top, height, 0, width)
        for i, result in enumerate(failed):
            _text(out, result.advice, (8, top + row_px * (i + 1) - 4), 0.42, (255, 235, 150))
    return out


def _darken(out: np.ndarray, top: int, bottom: int, left: int, right: int) -> None:
    out[top:bottom, left:right] = (out[top:bottom, left:right] * 0.4).astype(np.uint8)


def _text(out: np.ndarray, text: str, origin: tuple[int, int], scale: float,
          colour: tuple[int, int, int] = (255, 255, 255)) -> None:
    cv2.putText(out, text, origin, cv2.FONT_HERSHEY_SIMPLEX, scale, colour, 1, cv2.LINE_AA)
