"""Live coach: massage in front of the webcam; every stroke is judged as it ends.

The frames are coached on streamlit-webrtc's thread by a `LiveCoach` kept in the session;
this script only polls its snapshot while the camera plays, and saves the session to the
history when the camera stops.
"""

from __future__ import annotations

import time

import pandas as pd
import streamlit as st

from ui import results
from ui.audio import PageAudio
from ui.camera import (
    counter_rows,
)
from ui.camera_page import (
    camera_stream,
    open_camera_page,
    run_setup_check,
    show_live_state,
    show_save_state,
)
from ui.teaching import camera_columns, demo_on_request, show_legend, show_zone_map

KEY = "live"  # the webrtc_streamer key; the coach lives in st.session_state[SLOT]
SLOT = "live_slot"
POLL_S = 0.25
HOW_TO = """**How to start**

1. Sit facing the camera in good light, your whole face in view.
2. Press **Start the camera**.
3. Follow the arrows drawn on your face with the pads of two fingers, slowly: {rhythm},
   light pressure, then lift and go back to the start of the stroke.
4. Press **Stop** when you are done: you get a summary, saved to your history."""


st.title("Live coach")
st.caption("Massage in front of your webcam. The coach draws the zones of your face and the way "
           "each one is stroked, follows your fingertips and judges every stroke when your next "
           "movement begins.")

page = open_camera_page("live", SLOT, KEY)
profile, slot, coach, save = page.profile, page.slot, page.coach, page.save

video_col, panel_col = camera_columns(KEY, page.playing_before)
with video_col:
    ctx = camera_stream(KEY, coach, page.setup, "If the picture stays black, check that no other program uses "
                                    "the camera. ")
    show_legend()
    demo_on_request(profile, page.settings.mirror_view, KEY)
    if not ctx.state.playing:  # while it plays, the map is drawn on the face
        show_zone_map(profile, None, page.settings.mirror_view)

slot.update(ctx.state.playing, save)

with panel_col:
    panel = st.empty()  # live numbers while the camera plays, how to start otherwise
summary_slot = st.empty()  # one slot, so that an old summary never lingers under a new stream

if ctx.state.playing and not page.setup.snapshot().passed:
    summary_slot.empty()
    run_setup_check(ctx, page.setup, panel, KEY)
elif ctx.state.playing:
    summary_slot.empty()
    with panel.container():
        status_slot, cue_slot, strokes_slot, table_slot, fps_slot = (st.empty() for _ in range(5))
    audio = PageAudio(KEY, profile, page.settings)
    while ctx.state.playing:
        snap = coach.snapshot()
        audio.update(snap)
        show_live_state(snap, status_slot, cue_slot, strokes_slot)
        rows = counter_rows(snap.tallies, profile)
        if rows:
            table_slot.table(pd.DataFrame(rows), hide_index=True)
        else:
            table_slot.caption("Good strokes per zone appear here.")
        fps_slot.caption(f"Frames processed: {snap.frames} · {snap.fps:.1f} fps · "
                         f"{snap.ms_per_frame:.0f} ms a frame · {snap.frame_wh[0]}x{snap.frame_wh[1]}")
        time.sleep(POLL_S)
else:
    panel.markdown(HOW_TO.format(rhythm=profile.rhythm))
    if slot.review is not None:
        with summary_slot.container():
            st.divider()
            st.subheader("Your session")
            show_save_state(slot)
            results.show_numbers(slot.review, profile)
            results.show_zone_table(slot.review, profile)
            results.show_cues(results.cues_for(slot.review, profile))
            results.show_warnings(slot.review)
