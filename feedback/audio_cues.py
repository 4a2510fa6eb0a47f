"""Cues to hear during a camera session: a short sound for each judged stroke, and a few
spoken words ("Slow down", "Next: chin", "Done") that are not repeated too often.

Pure bookkeeping: the page feeds `CueAnnouncer` what its snapshot says (strokes judged so
far, the last verdicts, whether the goal is reached) with the wall-clock time, and hands
the `AudioCue`s it returns to the browser (`ui/audio.py`), which plays each sequence number
once. The sounds are data (`SOUNDS`, notes the browser synthesises with Web Audio); the
words are said by the browser's own offline voices.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from feedback.cues import ZONE_NAMES, place_name
from feedback.protocol import Profile
from feedback.verdicts import VERDICTS

# One short, distinct pattern per verdict: (frequency in Hz, duration in s) per note.
# Good rises, reversed falls low, off path wobbles, too fast is a quick triple, unsure is
# one soft low note.
SOUNDS: dict[str, tuple[tuple[float, float], ...]] = {
    "good": ((660.0, 0.09), (880.0, 0.14)),
    "reversed": ((330.0, 0.16), (220.0, 0.26)),
    "off_path": ((520.0, 0.10), (440.0, 0.10), (520.0, 0.10)),
    "too_fast": ((990.0, 0.06), (990.0, 0.06), (990.0, 0.06)),
    "unsure": ((300.0, 0.22),),
}
assert set(SOUNDS) == set(VERDICTS), "every verdict has its sound"

REPEAT_S = 6.0  # the same words are said again only after this long...
SPEECH_GAP_S = 2.5  # ...and nothing is said sooner than this after the last words (but see `say`)
RECENT_S = 3.0  # cues kept for the browser (a rerun in between must not lose them)


class JudgedLike(Protocol):
    zone: str
    side: str
    verdict: str


@dataclass(frozen=True)
class AudioCue:
    """seq: increasing number (the browser plays each once); t_s: when it was made (wall
    clock); sound: a key of `SOUNDS` or ""; speech: words to say or ""."""

    seq: int
    t_s: float
    sound: str = ""
    speech: str = ""

    def to_dict(self) -> dict:
        return {"seq": self.seq, "notes": [list(note) for note in SOUNDS.get(self.sound, ())],
                "sound": self.sound, "speech": self.speech}


def spoken_advice(verdict: str, zone: str, profile: Profile) -> str:
    """The words for a faulty stroke ("" for a good one: its sound is enough)."""
    rule = profile.rule(zone)
    return {"good": "",
            "reversed": f"Other way: {rule.direction_label}",
            "off_path": f"Stay on the path: {rule.direction_label}",
            "too_fast": "Slow down",
            "unsure": "Lift your fingers between strokes"}[verdict]


def next_step_words(zone: str, side: str = "both") -> str:
    """E.g. "Next: left cheek", "Next: chin"."""
    return f"Next: {ZONE_NAMES[zone] if side == 'both' else place_name(zone, side)}"


class CueAnnouncer:
    """Turns a session's events into `AudioCue`s: a sound for every newly judged stroke,
    words for a faulty one, "Done" when the goal is reached, and whatever the page `say`s.

    The same words come at most once every `repeat_s`, and ordinary words not sooner than
    `gap_s` after the last ones (the sound still plays). Keep one announcer per page across
    reruns; it notices a new session by its stroke count going down.
    """

    def __init__(self, profile: Profile, repeat_s: float = REPEAT_S, gap_s: float = SPEECH_GAP_S):
        self.profile = profile
        self.repeat_s = repeat_s
        self.gap_s = gap_s
        self._seq = 0
        self._strokes_seen = 0
        self._goal_done = False
        self._said_at: dict[str, float] = {}
        self._last_words_s = float("-inf")
        self._recent: deque[AudioCue] = deque()

    def update(self, now_s: float, n_strokes: int, last_verdicts: Sequence[JudgedLike],
               goal_done: bool = False) -> list[AudioCue]:
        """New cues since the last call. n_strokes: strokes judged in the session so far;
        last_verdicts: the latest judged strokes, oldest first (at least the new ones)."""
        if n_strokes < self._strokes_seen:  # a new session
            self._strokes_seen, self._goal_done = 0, False
        new = max(0, n_strokes - self._strokes_seen)
        self._strokes_seen = n_strokes
        cues = []
        for judged in list(last_verdicts)[-new:] if new else ():
            words = self._words(now_s, spoken_advice(judged.verdict, judged.zone, self.profile))
            cues.append(self._cue(now_s, judged.verdict, words))
        if goal_done and not self._goal_done:
            cues.append(self._cue(now_s, "", self._words(now_s, "Done", important=True)))
        self._goal_done = goal_done
        return [cue for cue in cues if cue is not None]

    def say(self, now_s: float, words: str) -> AudioCue | None:
        """Words the page wants said now (e.g. the next routine step): they may follow other
        words closely, but are not repeated within `repeat_s`."""
        return self._cue(now_s, "", self._words(now_s, words, important=True))

    def recent(self, now_s: float) -> tuple[AudioCue, ...]:
        """The cues of the last `RECENT_S` seconds, oldest first (what the browser is sent)."""
        while self._recent and now_s - self._recent[0].t_s > RECENT_S:
            self._recent.popleft()
        return tuple(self._recent)

    def _words(self, now_s: float, words: str, important: bool = False) -> str:
        if not words or now_s - self._said_at.get(words, float("-inf")) < self.repeat_s:
            return ""
        if not important and now_s - self._last_words_s < self.gap_s:
            return ""
        self._said_at[words] = self._last_words_s = now_s
        return words

    def _cue(self, now_s: float, sound: str, speech: str) -> AudioCue | None:
        if not sound and not speech:
            return None
        self._seq += 1
        cue = AudioCue(self._seq, now_s, sound, speech)
        self._recent.append(cue)
        return cue
