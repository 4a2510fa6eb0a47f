"""Guided routine: every zone in the protocol's order, one step at a time, both sides."""

from __future__ import annotations

import time

import streamlit as st

from feedback.audio_cues import next_step_words
from feedback.practice import Routine
from feedback.protocol import ROUTINE_ORDER
from ui import results
from ui.audio import PageAudio
from ui.camera import good_counts_of
from ui.camera_page import (
    camera_stream,
    open_camera_page,
    run_setup_check,
    show_live_state,
    show_save_state,
)
from ui.common import zone_label
from ui.teaching import camera_columns, demo_on_request, show_demo, show_legend

KEY = "routine"
SLOT = "routine_slot"
ROUTINE = "routine_state"
POLL_S = 0.25


st.title("Guided routine")
page = open_camera_page("routine", SLOT, KEY)
settings, profile, slot, coach, save = page.settings, page.profile, page.slot, page.coach, page.save
st.caption(f"Every zone in turn, stroked the way the *{profile.title}* profile says: "
           f"{', '.join(zone_label(z).lower() for z in ROUTINE_ORDER)}. Each step moves on by "
           "itself when both sides have their good strokes.")
playing_before = page.playing_before
routine: Routine = st.session_state.get(ROUTINE)
if routine is None or (routine.profile != profile and not playing_before):
    routine = st.session_state[ROUTINE] = Routine(profile, good_counts=coach.snapshot().good_counts)

progress_col, skip_col, over_col = st.columns([4, 1.3, 1.3], vertical_alignment="bottom")
if skip_col.button("Skip step", disabled=routine.is_finished, width="stretch",
                   help="Move on to the next zone without finishing this one."):
    routine.skip(coach.snapshot().good_counts)
if over_col.button("Start over", width="stretch", help="Begin the routine again from the first step."):
    slot.finish_now(save)  # what was done so far is kept in the history
    coach = slot.restart()
    routine = st.session_state[ROUTINE] = Routine(profile)
progress_slot = progress_col.empty()


def show_progress(counts) -> None:
    progress_slot.progress(routine.progress_fraction(counts), text=routine.describe(counts))


if coach.goal != routine.current_goal:
    coach.set_goal(routine.current_goal)
show_progress(coach.snapshot().good_counts)

video_col, panel_col = camera_columns(KEY, playing_before)
with video_col:
    ctx = camera_stream(KEY, coach, page.setup)
    show_legend()
if slot.update(ctx.state.playing, save):
    routine.new_stream(good_counts_of(slot.review))  # the next stream's counts start at zero

step = routine.current_step
with panel_col:
    if step is not None:
        rule = profile.rule(step.zone)
        st.markdown(f"#### Now: {zone_label(step.zone).lower()}, both sides\n"
                    f"**Where:** {rule.place}.  \n"
                    f"**Stroke:** {rule.direction_label} (the bright arrow), {profile.rhythm}, "
                    f"{step.target} good strokes on each side.")
    else:
        st.success(f"**Routine complete:** {routine.summary().n_completed} of {len(routine.steps)} "
                   "steps done. Well done!")
    panel = st.empty()  # live status while the camera plays, the map otherwise
summary_slot = st.empty()

if ctx.state.playing and step is not None and not page.setup.snapshot().passed:
    summary_slot.empty()
    run_setup_check(ctx, page.setup, panel, KEY)
elif ctx.state.playing and step is not None:
    summary_slot.empty()
    with panel.container():
        status_slot, cue_slot, strokes_slot, fps_slot = (st.empty() for _ in range(4))
        demo_on_request(profile, settings.mirror_view, KEY, zone=step.zone)
    audio = PageAudio(KEY, profile, settings)
    while ctx.state.playing:
        snap = coach.snapshot()
        audio.update(snap)
        if routine.advance_if_done(snap.good_counts):
            coach.set_goal(routine.current_goal)
            if routine.is_finished:
                audio.say("Routine complete")
                slot.finish_now(save)  # the routine is complete: save it now
            else:
                audio.say(next_step_words(routine.current_step.zone))
            st.rerun()  # show the next step's instructions
        show_progress(snap.good_counts)
        show_live_state(snap, status_slot, cue_slot, strokes_slot)
        fps_slot.caption(f"Frames processed: {snap.frames} · {snap.fps:.1f} fps")
        time.sleep(POLL_S)
elif step is not None:
    with panel.container():
        st.markdown("Press **Start the camera** and follow the bright arrows. The routine moves on "
                    "by itself; **Skip step** moves on earlier. If you stop the camera, the routine "
                    "waits at this step.")
        show_demo(profile, step.zone, settings.mirror_view)

if routine.is_finished or (slot.review is not None and not ctx.state.playing):
    with summary_slot.container():
        st.divider()
        st.subheader("Your routine")
        if routine.is_finished and ctx.state.playing:
            st.info("You can press **Stop** to turn the camera off.")
        show_save_state(slot)
        summary = routine.summary()
        if summary.steps:
            st.markdown("\n".join(f"- {line}" for line in summary.lines))
        if slot.review is not None:
            results.show_numbers(slot.review, profile)
            results.show_cues(results.cues_for(slot.review, profile))
