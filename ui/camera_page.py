"""The start of the three webcam pages (live, practice, routine), which they share."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st
from streamlit_webrtc import webrtc_streamer

from feedback.protocol import Profile
from runs.live import LiveCoach, make_video_frame_callback
from runs.setup_check import CameraSetup
from storage.settings import Settings, active_profile
from ui.camera import (
    CoachSlot,
    enable_webrtc_debug_log,
    keep_stream_through_quick_reruns,
    remember_offer,
    save_to_history,
    show_cue,
    status_view,
    verdict_line,
    webrtc_options,
)
from ui.common import current_settings, open_history


@dataclass
class CameraPage:
    settings: Settings
    profile: Profile
    slot: CoachSlot
    coach: LiveCoach
    playing_before: bool  # the camera was playing at the previous run of the page
    save: Callable[[dict, int | None], int]  # saves a session to the history (over its row)
    setup: CameraSetup  # the set-up check in front of the coach (the frames go through it)


def open_camera_page(kind: str, slot_key: str, stream_key: str) -> CameraPage:
    """This page's coach (kept across reruns in `st.session_state[slot_key]`). What another
    camera page left running was ended by app.py (`leave_other_camera_pages`)."""
    history = open_history()  # here: the session is also saved from a thread without Streamlit

    def save(review: dict, row_id: int | None = None) -> int:
        return save_to_history(review, kind, history, row_id)

    enable_webrtc_debug_log()
    settings = current_settings()
    profile = active_profile(settings)
    slot: CoachSlot = st.session_state.setdefault(slot_key, CoachSlot(kind))
    previous = st.session_state.get(stream_key)
    playing_before = bool(previous and previous.state.playing)
    coach = slot.coach_for(profile, settings.mirror_view, settings.hands, playing=playing_before)
    setup = st.session_state.setdefault(f"{slot_key}_setup", CameraSetup(lambda: slot.coach))
    return CameraPage(settings, profile, slot, coach, playing_before, save, setup)


def camera_stream(stream_key: str, coach: LiveCoach, setup: CameraSetup, hint: str = ""):
    """The webcam component, its frames going through the set-up check and then the coach,
    and how to start it (with `hint`, a sentence or more, added); returns its context."""
    keep_stream_through_quick_reruns(st.session_state, stream_key)  # the start race: see ui/camera.py
    ctx = webrtc_streamer(key=stream_key, video_frame_callback=make_video_frame_callback(coach, setup),
                          **webrtc_options())
    remember_offer(st.session_state, stream_key, ctx)
    if not ctx.state.playing:
        setup.reset()  # the next stream is checked again
    st.caption("Press **Start the camera** and allow camera access when the browser asks. "
               f"{hint}The video is analysed on this computer; nothing leaves it.")
    return ctx


def show_live_state(snap, status_slot, cue_slot, strokes_slot) -> None:
    """While the camera plays: the status (coaching or what is wrong), the cue, the last verdicts."""
    kind, text = status_view(snap, time.monotonic())
    getattr(status_slot, kind)(text)
    show_cue(cue_slot, snap.cue)
    strokes_slot.markdown(f"**Last strokes:** {verdict_line(snap.last_verdicts)}"
                          if snap.last_verdicts else "**Last strokes:** none yet")


def show_save_state(slot: CoachSlot) -> None:
    """After the camera stopped: whether the session went to the history, and if not, why."""
    if slot.saved_id is not None:
        st.success("Saved to your history.")
    elif slot.save_error:
        st.error(f"The session could not be saved: {slot.save_error}")
    elif slot.review is not None and not slot.review["strokes"]:
        st.info("No strokes were counted, so nothing was saved.")


CHECK_MARKS = {True: ":green[:material/check_circle:]", False: ":red[:material/cancel:]",
               None: ":gray[:material/pending:]"}


def checklist_markdown(results) -> str:
    """The set-up check as Markdown lines: a mark, the check, and what to change if it failed."""
    return "  \n".join(f"{CHECK_MARKS[r.passed]} **{r.label}**" + (f": {r.advice}" if r.passed is False else "")
                       for r in results) or "Waiting for the first picture..."


def run_setup_check(ctx, setup: CameraSetup, panel, stream_key: str, poll_s: float = 0.25) -> None:
    """While the camera plays and the set-up has not passed: the checklist in `panel` and a
    button to go on anyway; reruns the page when the session may start."""
    with panel.container():
        st.markdown("#### Camera check")
        st.caption("Before the session the coach checks that it sees you well; the checklist is "
                   "also on the picture. The session starts by itself when every item has passed.")
        list_slot = st.empty()
        if st.button("Start anyway", key=f"{stream_key}_setup_skip",
                     help="Start the session now, even if some items have not passed."):
            setup.skip()
            st.rerun()
    while ctx.state.playing:
        snap = setup.snapshot()
        if snap.passed:
            st.rerun()
        list_slot.markdown(checklist_markdown(snap.results))
        time.sleep(poll_s)
