"""Is a hand touching the face, and where, in face-frame coordinates.

The only module that converts hand points into the face frame. A webcam sees no depth,
so touching is judged from what lifting changes: a hand lifted off the face toward the
camera (the return between strokes) looks bigger next to the face than when it touches.
Each hand learns its touching size as a low quantile of its size while it is over the
face and slow: a hand moving fast is usually in the air (approaching, returning).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace

import numpy as np

from feedback.config import CoachConfig
from feedback.hand_tracks import working_point_px
from feedback.zones import is_on_face
from vision.face_frame import FaceFrame
from vision.filters import OneEuroFilter
from vision.landmarks import Hand, HandPoint

_MIN_SIZE_SAMPLES = 6


@dataclass(frozen=True)
class ContactSample:
    """One hand in one frame.

    point_fw: (2,) smoothed working point in the face frame (face widths).
    size_ratio: hand size over its learnt touching size (1 = touching depth, >1 = nearer
        the camera), or nan before enough has been seen.
    entered: on the first sample of a touch: it began with the hand sliding onto the face
        or coming into view, not with the hand coming down onto the skin.
    palm_fw: size of the palm (see `palm_size_px`) in face widths: the depth cue of the
        stroke-or-return decision (`feedback.legs`).
    """

    t_s: float
    point_fw: np.ndarray
    on_face: bool
    touching: bool
    size_ratio: float
    entered: bool = False
    palm_fw: float = float("nan")


def _spread_px(hand: Hand, points: list[int] | slice) -> float:
    """Root-mean-square distance of some of the hand's points from their centre, using
    MediaPipe's relative depth when given, so a hand tilted away from the camera does not
    look smaller."""
    xy = hand.points_px[points]
    if hand.depth_px is not None:
        xy = np.column_stack([xy, hand.depth_px[points]])
    return float(np.sqrt(((xy - xy.mean(axis=0)) ** 2).sum(axis=1).mean()))


def hand_size_px(hand: Hand) -> float:
    """The spread of all 21 points: they average out the jitter of any one of them."""
    return _spread_px(hand, slice(None))


_PALM = [HandPoint.WRIST, HandPoint.INDEX_MCP, HandPoint.MIDDLE_MCP, HandPoint.RING_MCP,
         HandPoint.PINKY_MCP]


def palm_size_px(hand: Hand) -> float:
    """The spread of the wrist and the four knuckles: the part of the hand that keeps its
    shape when the fingers bend, spread or press, so its size changes only with its
    distance to the camera."""
    return _spread_px(hand, _PALM)


class ContactDetector:
    """Follows one hand: `update` gives its `ContactSample` for each frame it is seen in."""

    def __init__(self, config: CoachConfig):
        self.config = config
        self._point_filter = OneEuroFilter(min_cutoff_hz=2.0, beta=4.0)  # fw, fw/s
        self._sizes: deque[tuple[float, float]] = deque()
        self._recent: deque[tuple[float, np.ndarray]] = deque()
        self._untouched: deque[tuple[ContactSample, float]] = deque()
        self._touching = False
        self._last_t_s = float("-inf")

    def update(self, hand: Hand, face: FaceFrame, t_s: float) -> list[ContactSample]:
        """This frame's sample; when the hand has just been found touching, preceded by the
        samples just before it that the touching size now known shows were touching too
        (the touching size is learnt as the session goes, so an onset can be seen late)."""
        appeared = t_s - self._last_t_s > self.config.track_timeout_s  # back after its track ended
        sample, size_fw = self._sample(hand, face, t_s, appeared)
        if not sample.touching:
            self._untouched.append((sample, size_fw))
            while t_s - self._untouched[0][0].t_s > self.config.backfill_s:
                self._untouched.popleft()
            return [sample]
        if not self._untouched:  # still touching, or back in view already touching
            return [replace(sample, entered=True) if appeared else sample]
        touch, landed = [sample], False
        while self._untouched:
            earlier, earlier_size_fw = self._untouched.pop()
            if not earlier.on_face or self._size_ratio(earlier_size_fw) >= self.config.lift_exit_ratio:
                landed = earlier.on_face
                break
            touch.insert(0, replace(earlier, touching=True))
        self._untouched.clear()
        touch[0] = replace(touch[0], entered=not landed)
        return touch

    def _sample(self, hand: Hand, face: FaceFrame, t_s: float,
                appeared: bool) -> tuple[ContactSample, float]:
        if appeared:  # the hand was out of sight: nothing from before carries over
            self._point_filter.reset()
            self._recent.clear()
            self._untouched.clear()
            self._touching = False
        self._last_t_s = t_s
        raw_fw = face.to_face(working_point_px(hand))
        point_fw = self._point_filter(raw_fw, t_s)
        on_face = is_on_face(point_fw)
        size_fw = hand_size_px(hand) / face.width_px
        if on_face and self._speed_fw_per_s(point_fw, t_s) < self.config.settled_speed_fw_per_s:
            self._remember_size(size_fw, t_s)
        size_ratio = self._size_ratio(size_fw)
        if not on_face or np.isnan(size_ratio):
            self._touching = False
        elif self._touching:
            self._touching = size_ratio < self.config.lift_enter_ratio
        else:
            self._touching = size_ratio < self.config.lift_exit_ratio
        sample = ContactSample(t_s, point_fw, on_face, self._touching, size_ratio,
                               palm_fw=palm_size_px(hand) / face.width_px)
        return sample, size_fw

    def _speed_fw_per_s(self, point_fw: np.ndarray, t_s: float) -> float:
        self._recent.append((t_s, point_fw))
        while t_s - self._recent[0][0] > self.config.speed_window_s:
            self._recent.popleft()
        span_s = t_s - self._recent[0][0]
        return float(np.linalg.norm(point_fw - self._recent[0][1]) / span_s) if span_s > 0 else np.inf

    def _remember_size(self, size_fw: float, t_s: float) -> None:
        self._sizes.append((t_s, size_fw))
        while self._sizes and t_s - self._sizes[0][0] > self.config.touch_size_window_s:
            self._sizes.popleft()

    def _size_ratio(self, size_fw: float) -> float:
        if len(self._sizes) < _MIN_SIZE_SAMPLES:
            return float("nan")
        touch_size_fw = np.quantile([s for _, s in self._sizes], self.config.touch_size_quantile)
        return size_fw / touch_size_fw
