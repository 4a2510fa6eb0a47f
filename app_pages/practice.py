"""Practise one zone: repeat its stroke in front of the webcam until the target is reached."""

from __future__ import annotations

import time

import streamlit as st

from feedback.practice import PracticeGoal, count_text
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

KEY = "practice"
SLOT = "practice_slot"
CELEBRATED = "practice_celebrated"
POLL_S = 0.25
ZONE_CHOICES = tuple(dict.fromkeys(ROUTINE_ORDER))  # protocol order, the neck once
SIDE_TEXT = {"both": "Both sides", "left": "My left", "right": "My right"}
PLACE_TEXT = {"both": "each side of the", "left": "your left", "right": "your right"}


st.title("Practise a zone")
st.caption("Pick one zone and repeat its stroke until you reach the target. The coach counts "
           "only the good strokes and tells you what to change after a faulty one.")

page = open_camera_page("practice", SLOT, KEY)
settings, profile, slot, coach, save = page.settings, page.profile, page.slot, page.coach, page.save
zone_col, side_col, target_col = st.columns([2, 3, 2])
zone = zone_col.selectbox("Zone", ZONE_CHOICES, index=ZONE_CHOICES.index("cheek"), format_func=zone_label,
                          key="practice_zone")
side = side_col.radio("Side", list(SIDE_TEXT), format_func=SIDE_TEXT.get, horizontal=True,
                      key="practice_side", help="Your own left and right, whatever the screen shows.")
rule = profile.rule(zone)
target = int(target_col.number_input(
    "Target: good strokes per side", min_value=1, max_value=30, value=rule.reps, step=1,
    key=f"practice_target_{zone}",
    help=f"{rule.reps} is the target of the {profile.title} profile for this zone."))
goal_text = f"{target} good strokes on {PLACE_TEXT[side]} {zone_label(zone).lower()}"

goal = coach.goal
if goal is None or (goal.zone, goal.side, goal.target) != (zone, side, target):
    goal = PracticeGoal.starting_now(zone, side, target, coach.snapshot().good_counts)
    coach.set_goal(goal)

video_col, panel_col = camera_columns(KEY, page.playing_before)
with video_col:
    ctx = camera_stream(KEY, coach, page.setup)
    show_legend()
slot.update(ctx.state.playing, save)

with panel_col:
    st.markdown(f"**Where:** {rule.place}.  \n"
                f"**Stroke:** {rule.direction_label} (the bright arrow), {profile.rhythm} "
                "with light pressure; then lift your fingers and go back to the start.")
    panel = st.empty()  # live progress while the camera plays, the goal and the map otherwise
summary_slot = st.empty()

if ctx.state.playing and not page.setup.snapshot().passed:
    summary_slot.empty()
    run_setup_check(ctx, page.setup, panel, KEY)
elif ctx.state.playing:
    summary_slot.empty()
    with panel.container():
        count_slot, bar_slot, done_slot, status_slot, cue_slot, strokes_slot, fps_slot = (
            st.empty() for _ in range(7))
        demo_on_request(profile, settings.mirror_view, KEY, zone=zone)
    audio = PageAudio(KEY, profile, settings)
    while ctx.state.playing:
        snap = coach.snapshot()
        audio.update(snap)
        counts = goal.side_counts(snap.good_counts)
        done, total, is_done = goal.progress(snap.good_counts)
        count_slot.markdown("### Good strokes: " + " · ".join(
            (f"{s} " if len(counts) > 1 else "") + count_text(n, target) for s, n in counts.items()))
        bar_slot.progress(done / total)
        if is_done:
            done_slot.success(f"**Done!** {goal_text}. Pick another zone, or press Stop to save.")
            if st.session_state.get(CELEBRATED) != (id(coach), goal):
                st.session_state[CELEBRATED] = (id(coach), goal)
                st.balloons()
        show_live_state(snap, status_slot, cue_slot, strokes_slot)
        fps_slot.caption(f"Frames processed: {snap.frames} · {snap.fps:.1f} fps")
        time.sleep(POLL_S)
else:
    with panel.container():
        st.markdown(f"**Your goal:** {goal_text}. Press **Start the camera**; the count goes up "
                    "after each good stroke, and after a faulty one the coach says what to change.")
        show_demo(profile, zone, settings.mirror_view)
    if slot.review is not None:
        with summary_slot.container():
            st.divider()
            st.subheader("Your practice")
            show_save_state(slot)
            done_goal = slot.review_goal
            if done_goal is not None:  # judged against the practice target, not the profile's
                counts = done_goal.side_counts(good_counts_of(slot.review))
                reached = done_goal.progress(good_counts_of(slot.review))[2]
                made = ", ".join((f"{s} " if len(counts) > 1 else "") + str(n) for s, n in counts.items())
                per_side = " per side" if len(counts) > 1 else ""
                strokes = "good stroke" if sum(counts.values()) == 1 else "good strokes"
                (st.success if reached else st.info)(
                    ("**Goal reached:** " if reached else "**Goal not reached yet:** ")
                    + f"{made} {strokes} on {PLACE_TEXT[done_goal.side]} "
                    f"{zone_label(done_goal.zone).lower()} (target {done_goal.target}{per_side}).")
                shown = profile.with_zone(done_goal.zone, reps=done_goal.target)
            else:
                shown = profile
            results.show_numbers(slot.review, profile)
            results.show_zone_table(slot.review, shown)
            results.show_cues(results.cues_for(slot.review, shown,
                                               focus=done_goal.zone if done_goal else None))
