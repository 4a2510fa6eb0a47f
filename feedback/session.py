"""One coaching session, frame by frame: the coach plus what a person is shown.

Shared by the live camera, the practice and routine pages and a recorded review: each
frame's landmarks go in, an `OverlayState` (trails, counters, cue, status) comes out, and
`finish` gives the judged strokes and the warnings of the whole session.
"""

from __future__ import annotations

from collections import Counter, deque

from feedback.coach import Coach
from feedback.coaching import stroke_cue
from feedback.conditions import MESSAGES, ConditionLog, Warning
from feedback.config import CoachConfig
from feedback.overlay import OverlayState
from feedback.protocol import Profile
from feedback.summary import ZoneTally, tally_zones
from feedback.verdicts import JudgedStroke
from vision.landmarks import FrameLandmarks

TRAIL_SHOWN_S = 3.0  # how long a judged stroke's trail stays on screen
CUE_SHOWN_S = 4.0


class Session:
    def __init__(self, profile: Profile, config: CoachConfig | None = None):
        self.profile = profile
        self.coach = Coach(profile, config)
        self._conditions = ConditionLog()
        self._recent: deque[JudgedStroke] = deque()
        self._good = Counter()
        self.cue = ""
        self._cue_t_s = float("-inf")
        self.tallies: tuple[ZoneTally, ...] = ()

    def step(self, landmarks: FrameLandmarks, highlight_zone: str | None = None) -> OverlayState:
        frame = self.coach.update(landmarks)
        self._conditions.update(landmarks.t_s, frame.conditions)
        for judged in frame.new_strokes:
            self._recent.append(judged)
            if judged.verdict == "good":
                self._good[(judged.zone, judged.side)] += 1
            self.cue = stroke_cue(judged, self.profile, self._good[(judged.zone, judged.side)])
            self._cue_t_s = landmarks.t_s
        if frame.new_strokes:
            self.tallies = tuple(tally_zones(self.coach.strokes))
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
        strokes = self.coach.finish()
        self.tallies = tuple(tally_zones(strokes))
        return strokes, self._conditions.finish()
