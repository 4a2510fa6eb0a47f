"""Settings: the profile to check against (and your own edited one), camera, hands, review limit."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from feedback.hand_tracks import HAND_CHOICES
from feedback.protocol import ZONES, Profile, load_profile
from storage.settings import (
    BASE_PROFILES,
    CUSTOM,
    DIRECTION_NAMES,
    MAX_MINUTES_RANGE,
    PROFILE_CHOICES,
    Settings,
    custom_from,
    direction_angle_deg,
    direction_from_angle,
    direction_name,
    load_custom_profile,
    read_settings,
    same_rules,
    save_custom_profile,
    save_settings,
)
from ui.common import profile_title, zone_label

DRAFT = "settings_custom_draft"
SAVED_NOTE = "settings_saved_note"
NAMED, ANGLE = "A named direction", "An angle"
DIRECTION_TEXT = {
    "out": "outward (toward the ear)", "out-up": "outward and upward",
    "up": "upward (toward the crown)",
    "in-up": "inward and upward", "in": "inward (toward the middle of the face)",
    "in-down": "inward and downward", "down": "downward (toward the collarbone)",
    "out-down": "outward and downward",
}
HAND_TEXT = {"both": "Both hands", "left": "Only my left hand", "right": "Only my right hand"}
FIELDS = {"profile": "set_profile", "custom_base": "set_base", "mirror_view": "set_mirror",
          "hands": "set_hands", "max_minutes": "set_max_minutes", "sound_on": "set_sound",
          "speech_on": "set_speech", "volume": "set_volume"}

st.title("Settings")
st.caption("Choose which way each zone should be stroked and how the coach works. "
           "Nothing changes until you press Save.")

saved, notice = read_settings()
saved_custom, custom_notice = load_custom_profile()
for message in (notice, custom_notice):
    if message:
        st.warning(message)
for field, key in FIELDS.items():
    st.session_state.setdefault(key, getattr(saved, field))
if DRAFT not in st.session_state:
    st.session_state[DRAFT] = saved_custom or custom_from(saved.custom_base)


def zone_key(kind: str, zone: str) -> str:
    return f"set_{kind}_{zone}"


def forget_zone_widgets() -> None:
    """Make the zone editor show the draft's values again (after a reset)."""
    for zone in ZONES:
        for kind in ("mode", "name", "angle", "reps"):
            st.session_state.pop(zone_key(kind, zone), None)


def set_direction(zone: str) -> None:
    if st.session_state[zone_key("mode", zone)] == NAMED:
        direction = st.session_state[zone_key("name", zone)]
    else:
        direction = direction_from_angle(st.session_state[zone_key("angle", zone)])
    st.session_state[DRAFT] = st.session_state[DRAFT].with_zone(zone, direction=direction)


def set_reps(zone: str) -> None:
    st.session_state[DRAFT] = st.session_state[DRAFT].with_zone(
        zone, reps=int(st.session_state[zone_key("reps", zone)]))


def reset_custom() -> None:
    st.session_state[DRAFT] = custom_from(st.session_state["set_base"])
    forget_zone_widgets()


def profile_rows(profile: Profile) -> pd.DataFrame:
    return pd.DataFrame([{
        "Zone": zone_label(zone), "Stroke direction": rule.direction_label,
        "Angle": f"{direction_angle_deg(rule.direction_out_up):.0f}°",
        "Tolerance": f"± {rule.tolerance_deg:g}°", "Target reps (each side)": rule.reps,
    } for zone, rule in profile.zones.items()])


def zone_editor(draft: Profile) -> None:
    st.markdown("**Edit a zone of your own profile**")
    zone = st.selectbox("Zone", ZONES, format_func=zone_label, key="set_zone")
    rule = draft.rule(zone)
    name = direction_name(rule.direction_out_up)
    st.session_state.setdefault(zone_key("mode", zone), NAMED if name else ANGLE)
    st.session_state.setdefault(zone_key("name", zone), name or "out")
    st.session_state.setdefault(zone_key("angle", zone),
                                round(direction_angle_deg(rule.direction_out_up)))
    st.session_state.setdefault(zone_key("reps", zone), rule.reps)
    mode_column, value_column, reps_column = st.columns([2, 3, 2])
    mode = mode_column.radio("Direction given as", [NAMED, ANGLE], key=zone_key("mode", zone),
                             on_change=set_direction, args=(zone,))
    if mode == NAMED:
        value_column.selectbox("Stroke direction", DIRECTION_NAMES, key=zone_key("name", zone),
                               format_func=DIRECTION_TEXT.get, on_change=set_direction,
                               args=(zone,))
    else:
        value_column.slider("Stroke angle (degrees)", -180, 180, step=1,
                            key=zone_key("angle", zone), on_change=set_direction, args=(zone,),
                            help="0 = outward toward the ear, 90 = upward, -90 = downward, "
                                 "180 = inward. The same angle is mirrored on the other side.")
    reps_column.number_input("Target reps (each side)", min_value=1, max_value=30, step=1,
                             key=zone_key("reps", zone), on_change=set_reps, args=(zone,))
    base_column, reset_column = st.columns([3, 2], vertical_alignment="bottom")
    base_column.selectbox("Start again from", BASE_PROFILES, key="set_base",
                          format_func=profile_title)
    reset_column.button("Reset custom profile", on_click=reset_custom,
                        help="Replace your edits with a copy of the profile on the left.")


def current_choice() -> Settings:
    return Settings(**{field: st.session_state[key] for field, key in FIELDS.items()})


st.subheader("Massage profile")
profile_choice = st.radio(
    "Which way should each zone be stroked?", PROFILE_CHOICES, key="set_profile",
    format_func=profile_title,
    captions=[load_profile(name).description for name in BASE_PROFILES]
    + ["Start from one of the two and change a zone's direction or repetitions."])
draft: Profile = st.session_state[DRAFT]
if profile_choice == CUSTOM:
    with st.container(border=True):
        zone_editor(draft)
    shown = st.session_state[DRAFT]
else:
    shown = load_profile(profile_choice)
st.markdown(f"**{profile_title(profile_choice)}**: the expected stroke in each zone "
            "(directions are your own: outward = toward your ear)")
st.table(profile_rows(shown), hide_index=True)

st.subheader("Camera and hands")
st.checkbox("Show the live camera as a mirror", key="set_mirror",
            help="Most people find a mirror image easier to follow. The coach's left and right "
                 "are always your own.")
st.radio("Hands to track", HAND_CHOICES, key="set_hands", format_func=HAND_TEXT.get, horizontal=True)

st.subheader("Sound")
sound_column, speech_column, volume_column = st.columns(3)
sound_column.checkbox("Sounds after each stroke", key="set_sound",
                      help="A short sound for each verdict on the camera pages: good, reversed, "
                           "off the path, too fast, unsure.")
speech_column.checkbox("Spoken advice", key="set_speech",
                       help="Says what to change (\"Slow down\"), the next step of the routine and "
                            "\"Done\", with your computer's own voices; the same words at most every "
                            "few seconds.")
volume_column.slider("Volume", 0.0, 1.0, step=0.1, key="set_volume",
                     disabled=not (st.session_state["set_sound"] or st.session_state["set_speech"]))

st.subheader("Reviewing recordings")
st.columns(3)[0].number_input(
    "Longest recording to review (minutes)", min_value=MAX_MINUTES_RANGE[0],
    max_value=MAX_MINUTES_RANGE[1], step=5.0, format="%.0f", key="set_max_minutes",
    help="Reviewing takes about as long as the video itself.")

choice = current_choice()
draft = st.session_state[DRAFT]
unsaved = choice != saved or not same_rules(draft, saved_custom or custom_from(saved.custom_base))
if st.button("Save", type="primary"):
    try:
        save_settings(choice)
        if saved_custom is not None or not same_rules(draft, custom_from(choice.custom_base)):
            save_custom_profile(draft)
    except OSError as error:
        st.error(f"The settings could not be saved: {error}")
    else:
        st.session_state[SAVED_NOTE] = True
        st.session_state.pop(DRAFT)  # read back from the file on the next run
        st.rerun()
if st.session_state.pop(SAVED_NOTE, False):
    st.success("Saved. Every page now uses these settings.")
elif unsaved:
    st.info("You have unsaved changes.")
