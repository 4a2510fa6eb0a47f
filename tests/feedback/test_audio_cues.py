"""What is heard during a camera session, and how often: CueAnnouncer on made-up events."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback.audio_cues import (
    REPEAT_S,
    SOUNDS,
    SPEECH_GAP_S,
    CueAnnouncer,
    next_step_words,
    spoken_advice,
)
from feedback.protocol import load_profile
from feedback.verdicts import VERDICTS

DRAINAGE = load_profile("drainage")


@dataclass(frozen=True)
class Judged:
    zone: str
    side: str
    verdict: str


def test_every_verdict_has_its_own_sound():
    assert set(SOUNDS) == set(VERDICTS)
    assert len({notes for notes in SOUNDS.values()}) == len(SOUNDS)
    assert all(0 < duration <= 0.3 and 100 < hz < 2000 for notes in SOUNDS.values() for hz, duration in notes)


def test_a_stroke_gives_its_sound_and_a_fault_its_words():
    announcer = CueAnnouncer(DRAINAGE)
    good = announcer.update(0.0, 1, [Judged("cheek", "left", "good")])
    assert [(c.seq, c.sound, c.speech) for c in good] == [(1, "good", "")]
    fast = announcer.update(5.0, 2, [Judged("cheek", "left", "good"), Judged("cheek", "left", "too_fast")])
    assert [(c.seq, c.sound, c.speech) for c in fast] == [(2, "too_fast", "Slow down")]
    assert announcer.update(5.25, 2, [Judged("cheek", "left", "too_fast")]) == []  # nothing new
    assert fast[0].to_dict() == {"seq": 2, "notes": [list(n) for n in SOUNDS["too_fast"]],
                                 "sound": "too_fast", "speech": "Slow down"}


def test_the_same_words_wait_and_other_words_keep_a_gap():
    announcer = CueAnnouncer(DRAINAGE)
    said = []
    strokes = []
    for i, (t_s, verdict) in enumerate([(0.0, "too_fast"), (1.0, "too_fast"), (2.0, "reversed"),
                                        (3.0, "reversed"), (REPEAT_S + 0.5, "too_fast")]):
        strokes.append(Judged("neck", "right", verdict))
        said += [(t_s, c.sound, c.speech) for c in announcer.update(t_s, i + 1, strokes)]
    direction = DRAINAGE.rule("neck").direction_label
    assert said == [(0.0, "too_fast", "Slow down"), (1.0, "too_fast", ""),  # the sound always
                    (2.0, "reversed", ""),  # within the gap after "Slow down"
                    (3.0, "reversed", f"Other way: {direction}"),
                    (REPEAT_S + 0.5, "too_fast", "Slow down")]


def test_done_once_when_the_goal_is_reached_and_the_page_s_own_words():
    announcer = CueAnnouncer(DRAINAGE)
    done = announcer.update(0.0, 3, [Judged("cheek", "left", "good")], goal_done=True)
    assert [(c.sound, c.speech) for c in done] == [("good", ""), ("", "Done")]
    assert announcer.update(0.5, 3, [], goal_done=True) == []
    nxt = announcer.say(0.6, next_step_words("jawline"))  # follows closely: the page asked
    assert nxt.speech == "Next: jawline" and announcer.say(1.0, "Next: jawline") is None
    assert next_step_words("cheek", "left") == "Next: left cheek"


def test_a_new_session_starts_counting_again():
    announcer = CueAnnouncer(DRAINAGE)
    announcer.update(0.0, 4, [Judged("chin", "left", "good")] * 4, goal_done=True)
    again = announcer.update(10.0, 1, [Judged("chin", "left", "reversed")], goal_done=True)
    assert [c.sound for c in again] == ["reversed", ""] and again[-1].speech == "Done"


def test_recent_cues_are_kept_for_a_rerun_then_dropped():
    announcer = CueAnnouncer(DRAINAGE)
    announcer.update(0.0, 1, [Judged("chin", "left", "good")])
    announcer.update(2.0, 2, [Judged("chin", "left", "good")] * 2)
    assert [c.seq for c in announcer.recent(2.5)] == [1, 2]
    assert [c.seq for c in announcer.recent(4.0)] == [2]
    assert announcer.recent(9.0) == ()


@pytest.mark.parametrize("verdict", VERDICTS)
def test_spoken_advice_is_short(verdict):
    words = spoken_advice(verdict, "forehead", DRAINAGE)
    assert (words == "") == (verdict == "good") and len(words.split()) <= 6


@given(st.lists(st.tuples(st.floats(0, 0.5), st.sampled_from(VERDICTS), st.integers(0, 2)), max_size=60))
def test_words_never_repeat_within_repeat_s_nor_crowd_within_the_gap(events):
    announcer = CueAnnouncer(DRAINAGE)
    t_s, n, strokes, said, seqs = 0.0, 0, [], [], []
    for step_s, verdict, new in events:
        t_s += step_s
        strokes += [Judged("cheek", "right", verdict)] * new
        n += new
        cues = announcer.update(t_s, n, strokes[-5:])
        assert [c.sound for c in cues] == [s.verdict for s in strokes[len(strokes) - new:]][-5:]
        said += [(t_s, c.speech) for c in cues if c.speech]
        seqs += [c.seq for c in cues]
    assert seqs == sorted(set(seqs))
    for (t1, w1), (t2, w2) in zip(said, said[1:]):
        assert t2 - t1 >= SPEECH_GAP_S
    for i, (t1, w1) in enumerate(said):
        assert all(t2 - t1 >= REPEAT_S for t2, w2 in said[i + 1:] if w2 == w1)
