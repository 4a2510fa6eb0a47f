"""The start of the three webcam pages (live, practice, routine), which they share."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st
from streamlit_webrtc import webrtc_streamer

from feedback.protocol import Profile
from runs.live import LiveCoach, make_video_frame_callback
from storage.settings import Settings, active_profile
from ui.camera import (
    CoachSlot,
    enable_webrtc_debug_log,
    keep_stream_through_quick_reruns,
    path_diagram,
    remember_offer,
    save_to_history,
    show_cue,
    status_view,
    verdict_line,
    webrtc_options,
)
from ui.common import current_settings, open_history, zone_label


@dataclass
class CameraPage:
    settings: Settings
    profile: Profile
    slot: CoachSlot
    coach: LiveCoach
    playing_before: bool  # the camera was playing at the previous run of the page
    save: Callable[[dict, int | None], int]  # saves a session to the history (over its row)


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
    return CameraPage(settings, profile, slot, coach, playing_before, save)


def camera_stream(stream_key: str, coach: LiveCoach, hint: str = ""):
    """The webcam component, its frames going through `coach`, and how to start it (with
    `hint`, a sentence or more, added); returns its context."""
    keep_stream_through_quick_reruns(st.session_state, stream_key)  # the start race: see ui/camera.py
    ctx = webrtc_streamer(key=stream_key, video_frame_callback=make_video_frame_callback(coach),
                          **webrtc_options())
    remember_offer(st.session_state, stream_key, ctx)
    st.caption("Press **Start the camera** and allow camera access when the browser asks. "
               f"{hint}The video is analysed on this computer; nothing leaves it.")
    return ctx


def show_zone_diagram(profile: Profile, zone: str, mirror_display: bool, width: int) -> None:
    """The zone map with every zone's direction, `zone`'s arrows bright."""
    st.image(path_diagram(profile, zone, mirror_display=mirror_display), width=width,
             caption=f"The zones and the way each is stroked; the {zone_label(zone).lower()} "
                     "arrows are bright" + (" (seen as in a mirror)." if mirror_display else "."))


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
