"""What a person is shown during a session, frame by frame: the pipeline's strokes turned
into trails, counters, a cue and a status.

Shared by the live coach, the practice and routine pages and a recorded review (`runs/`):
each frame's landmarks go in, an `OverlayState` comes out (drawn by `feedback.overlay`,
which imports it; nothing here draws), and `finish` gives the judged strokes and the
warnings of the whole session.
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field

from feedback.conditions import MESSAGES, ConditionLog, Warning
from feedback.config import CoachConfig
from feedback.cues import stroke_cue
from feedback.pipeline import Pipeline, PipelineFrame
from feedback.protocol import Profile
from feedback.summary import ZoneTally, tally_zones
from feedback.verdicts import JudgedStroke
from vision.landmarks import FrameLandmarks

TRAIL_SHOWN_S = 3.0  # how long a judged stroke's trail stays on screen
CUE_SHOWN_S = 4.0


@dataclass(frozen=True)
class OverlayState:
    """What to draw besides the coach's frame.

    recent: strokes whose trails are still shown; tallies: counters for the panel;
    cue: the latest spoken-style cue; status: a problem to show instead (no face...).
    """

    frame: PipelineFrame
    recent: tuple[JudgedStroke, ...] = ()
    tallies: tuple[ZoneTally, ...] = ()
    cue: str = ""
    status: str = ""
    highlight_zone: str | None = None
    extra_lines: tuple[str, ...] = field(default_factory=tuple)


class SessionView:
    """One session's pipeline plus what it shows; `step` once a frame, `finish` at the end."""

    def __init__(self, profile: Profile, config: CoachConfig | None = None):
        self.profile = profile
        self.pipeline = Pipeline(profile, config)
        self._conditions = ConditionLog()
        self._recent: deque[JudgedStroke] = deque()
        self._good = Counter()
        self.cue = ""
        self._cue_t_s = float("-inf")
        self.tallies: tuple[ZoneTally, ...] = ()

    def step(self, landmarks: FrameLandmarks, highlight_zone: str | None = None) -> OverlayState:
        frame = self.pipeline.update(landmarks)
        self._conditions.update(landmarks.t_s, frame.conditions)
        for judged in frame.new_strokes:
            self._recent.append(judged)
            if judged.verdict == "good":
                self._good[(judged.zone, judged.side)] += 1
            self.cue = stroke_cue(judged, self.profile, self._good[(judged.zone, judged.side)])
            self._cue_t_s = landmarks.t_s
        if frame.new_strokes:
            self.tallies = tuple(tally_zones(self.pipeline.strokes))
        while self._recent and landmarks.t_s - self._recent[0].stroke.t_end_s > TRAIL_SHOWN_S:
            self._recent.popleft()
        # "no hand" is normal between zones: shown only when nothing else is wrong.
        problems = [c for c in frame.conditions if c != "no_hand"] or list(frame.conditions)
        status = MESSAGES[problems[0]] if problems else ""
        cue = self.cue if landmarks.t_s - self._cue_t_s <= CUE_SHOWN_S else ""
        return OverlayState(frame=frame, recent=tuple(self._recent), tallies=self.tallies,
                            cue=cue, status=status, highlight_zone=highlight_zone)

    def good_count(self, zone: str, side: str) -> int:
        return self._good[(zone, side)]

    def finish(self) -> tuple[list[JudgedStroke], list[Warning]]:
        strokes = self.pipeline.finish()
        self.tallies = tuple(tally_zones(strokes))
        return strokes, self._conditions.finish()
