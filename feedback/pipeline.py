"""The pipeline: landmarks in, judged strokes out, one frame at a time.

Wires the pure stages together: face frame -> hand tracks -> contact -> strokes -> verdicts.
The same object serves the live camera and a recorded review.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from feedback.conditions import frame_conditions
from feedback.config import CoachConfig
from feedback.contact import ContactDetector
from feedback.hand_tracks import HandTracks
from feedback.legs import DecidedLeg, LegSequencer
from feedback.protocol import Profile
from feedback.stroke_segmenter import StrokeSegmenter
from feedback.verdicts import JudgedStroke, goes_against_path, judge
from feedback.zones import zone_at
from vision.face_frame import FaceFrame, FaceFrameTracker
from vision.landmarks import SIDES, FrameLandmarks, Side


@dataclass(frozen=True)
class HandState:
    """One hand now. trail_fw: (n, 2) the touching path not yet judged (stroke in progress)."""

    side: Side
    point_fw: np.ndarray
    touching: bool
    zone: str | None
    trail_fw: np.ndarray


@dataclass(frozen=True)
class PipelineFrame:
    """What the pipeline knows after one frame."""

    landmarks: FrameLandmarks
    face: FaceFrame | None
    hands: tuple[HandState, ...]
    new_strokes: tuple[JudgedStroke, ...]
    conditions: tuple[str, ...]


class _HandStages:
    """The stages that follow one of the person's hands for the whole session."""

    def __init__(self, side: Side, config: CoachConfig, profile: Profile):
        self.contact = ContactDetector(config)
        self.segmenter = StrokeSegmenter(side, config)
        self.legs = LegSequencer(config.legs, config.track_timeout_s,
                                 lambda leg: goes_against_path(leg, profile))

    def step(self, sample) -> list[DecidedLeg]:
        """One contact sample in; the legs decided by it."""
        self.legs.note_position(sample.t_s, sample.point_fw, sample.palm_fw)
        decided = self.legs.add(self.segmenter.update(sample))
        if not sample.on_face:  # the hand left the face: its visit is over
            return decided + self.legs.close()
        if not sample.touching:
            self.legs.note_lift(sample.t_s)
        return decided

    def leave(self) -> list[DecidedLeg]:
        """The hand has gone (out of sight for a while, or the session ended)."""
        return self.legs.add(self.segmenter.flush("departed")) + self.legs.close()


class Pipeline:
    def __init__(self, profile: Profile, config: CoachConfig | None = None):
        self.profile = profile
        self.config = config or CoachConfig()
        self._faces = FaceFrameTracker()
        self._tracks = HandTracks(self.config.track_gate_fw, self.config.track_timeout_s,
                                  self.config.fingers_only)
        self._hands = {side: _HandStages(side, self.config, profile) for side in SIDES}
        self._feeding: dict[Side, int] = {}  # which track fed each side's stages last
        self.strokes: list[JudgedStroke] = []
        self.legs: list[DecidedLeg] = []  # every leg decided, strokes and returns

    def update(self, landmarks: FrameLandmarks) -> PipelineFrame:
        t_s = landmarks.t_s
        face = self._faces.update(landmarks.face_px, t_s, [h.points_px for h in landmarks.hands],
                                  depth_px=landmarks.face_depth_px)
        states, finished = [], []
        if face is not None:
            for tracked in self._tracks.update(landmarks.hands, t_s, face.scale_px, face.origin_px):
                if tracked.idle_since_s is not None:
                    finished += self._set_aside(tracked.track_id, tracked.idle_since_s)
                    continue
                self._feeding[tracked.side] = tracked.track_id
                stages = self._hands[tracked.side]
                samples = stages.contact.update(tracked.hand, face, t_s)
                for sample in samples:
                    finished += stages.step(sample)
                states.append(HandState(tracked.side, sample.point_fw, sample.touching,
                                        zone_at(sample.point_fw), stages.segmenter.current_path_fw))
        for stages in self._hands.values():  # a hand out of sight for a while has left
            if t_s - stages.segmenter.last_t_s > self.config.track_timeout_s:
                finished += stages.leave()
            finished += stages.legs.waiting(t_s, stages.segmenter.holding
                                            or stages.segmenter.moved_fw > self.config.min_travel_fw)
        judged = self._judge(finished)
        return PipelineFrame(landmarks, face, tuple(states), judged, frame_conditions(landmarks, face))

    def _set_aside(self, track_id: int, idle_since_s: float) -> list[DecidedLeg]:
        """A hand found not to be massaging (`FingersOnly`) fed a side's stages until it was
        told apart: the legs it ended before `idle_since_s` are decided as a visit that is
        over, what it did after is dropped, and the side starts afresh."""
        decided = []
        for side, feeding in list(self._feeding.items()):
            if feeding == track_id:
                decided += self._hands[side].legs.close(before_s=idle_since_s)
                self._hands[side] = _HandStages(side, self.config, self.profile)
                del self._feeding[side]
        return decided

    def _judge(self, legs: list[DecidedLeg]) -> tuple[JudgedStroke, ...]:
        """The legs decided to be strokes, judged (the returns are dropped)."""
        self.legs.extend(legs)
        judged = tuple(j for j in (judge(leg.stroke, self.profile, leg.p_stroke, self.config.legs,
                                         self.config.lift_onset_ratio)
                                   for leg in legs if leg.is_stroke) if j is not None)
        self.strokes.extend(judged)
        return judged

    def finish(self) -> list[JudgedStroke]:
        """End of the session: judge the strokes still in progress; all strokes, in time order."""
        self._judge([leg for stages in self._hands.values() for leg in stages.leave()])
        self.strokes.sort(key=lambda j: j.stroke.t_start_s)
        return list(self.strokes)
