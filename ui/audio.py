"""Sounds and spoken cues on the camera pages: a `CueAnnouncer` per page (kept across
reruns) decides what to play; a zero-height component (ui/audio_player.js) plays it in the
browser with Web Audio and the system's offline voices. Nothing is fetched from anywhere.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

from feedback.audio_cues import AudioCue, CueAnnouncer
from feedback.protocol import Profile
from storage.settings import Settings

PLAYER_JS = (Path(__file__).with_name("audio_player.js")).read_text(encoding="utf-8")


def player_html(cues: tuple[AudioCue, ...], key: str, settings: Settings) -> str:
    """The component's page: the cues and the sound settings, and the script that plays them."""
    options = {"key": key, "volume": settings.volume, "sound": settings.sound_on,
               "speech": settings.speech_on}
    script = (PLAYER_JS.replace("__CUES__", json.dumps([cue.to_dict() for cue in cues]))
              .replace("__OPTIONS__", json.dumps(options)))
    return f"<script>\n{script}</script>"


class PageAudio:
    """One camera page's audio: `update(snapshot)` once a poll, `say(words)` for page events."""

    def __init__(self, page_key: str, profile: Profile, settings: Settings):
        announcer: CueAnnouncer | None = st.session_state.get(f"{page_key}_announcer")
        if announcer is None or announcer.profile != profile:
            announcer = st.session_state[f"{page_key}_announcer"] = CueAnnouncer(profile)
        self.announcer = announcer
        self.key = f"{page_key}-{id(announcer)}"  # a new announcer starts its numbers again
        self.settings = settings
        self.enabled = settings.sound_on or settings.speech_on
        self._slot = st.empty()
        self._shown: tuple[int, ...] = ()

    def update(self, snapshot) -> None:
        """Announce what is new in a `runs.live.LiveSnapshot`."""
        self.announcer.update(time.monotonic(), snapshot.n_strokes, snapshot.last_verdicts,
                              snapshot.goal_done)
        self._render()

    def say(self, words: str) -> None:
        self.announcer.say(time.monotonic(), words)
        self._render()

    def _render(self) -> None:
        cues = self.announcer.recent(time.monotonic())
        seqs = tuple(cue.seq for cue in cues)
        if not self.enabled or not cues or seqs == self._shown:
            return
        self._shown = seqs
        with self._slot:
            components.html(player_html(cues, self.key, self.settings), height=0)
