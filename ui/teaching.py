"""Teaching on the camera pages: the legend of the trail colours, the zone map with every zone
named, each zone's stroke as a short animation (ui/zone_demo.py), and the video's size."""

from __future__ import annotations

import tomllib

import streamlit as st

from feedback.overlay import TARGET_RGB
from feedback.protocol import Profile, profile_from_dict
from feedback.verdicts import VERDICTS
from ui.camera import path_diagram
from ui.common import VERDICT_COLOURS, VERDICT_LABELS, zone_label
from ui.zone_demo import demo_gif

JUDGED_WHEN = ("Each stroke is judged when your next movement begins (up to about a second "
               "after it ends), so its colour and the advice come a moment later.")
_CHIP = ('<span style="display:inline-block;width:1.05em;height:1.05em;border-radius:50%;'
         'background:{colour};border:2px solid #111;vertical-align:-0.2em;margin:0 .3em 0 .8em">'
         '</span>{label}')


def legend_html() -> str:
    """The trail colours by verdict, the target arrow and the stroke in progress (HTML)."""
    target = "#{:02x}{:02x}{:02x}".format(*TARGET_RGB)
    chips = "".join(_CHIP.format(colour=VERDICT_COLOURS[v], label=VERDICT_LABELS[v]) for v in VERDICTS)
    return (f'<div class="verdict-legend" style="font-size:1.05rem;line-height:2">'
            f"<b>Trail colours:</b>{chips}<br>"
            f"<b>On the video:</b>{_CHIP.format(colour=target, label='the zone to stroke now')}"
            f"{_CHIP.format(colour='#ffffff', label='your stroke as you make it')}</div>")


def show_legend() -> None:
    st.markdown(legend_html(), unsafe_allow_html=True)
    st.caption(JUDGED_WHEN)


def zone_directions_text(profile: Profile) -> str:
    """E.g. "Forehead: outward · Temple: downward · ...", the map's names as text."""
    return " · ".join(f"{zone_label(zone)}: {rule.direction_label}" for zone, rule in profile.zones.items())


def show_zone_map(profile: Profile, zone: str | None, mirror_display: bool) -> None:
    """The zone map, every zone named, with the way each is stroked (`zone`'s arrows bright)."""
    bright = f"; the {zone_label(zone).lower()} arrows are bright" if zone else ""
    mirror = " (seen as in a mirror)" if mirror_display else ""
    st.image(path_diagram(profile, zone, mirror_display=mirror_display), width="stretch",
             caption=f"The zones and the way each is stroked{bright}{mirror}.")
    st.caption(f"**{profile.title}:** {zone_directions_text(profile)}")


@st.cache_data(max_entries=48, show_spinner="Drawing the demonstration…")
def _demo(profile_toml: str, zone: str, mirror_display: bool) -> bytes:
    return demo_gif(profile_from_dict(tomllib.loads(profile_toml)), zone, mirror_display)


def show_demo(profile: Profile, zone: str, mirror_display: bool) -> None:
    """`zone`'s stroke, animated on the zone map, as this profile wants it."""
    rule = profile.rule(zone)
    st.image(_demo(profile.to_toml(), zone, mirror_display), width="stretch",
             caption=f"How to stroke the {zone_label(zone).lower()}: from the dots {rule.direction_label}, "
                     f"{profile.rhythm}; then lift your fingers and go back.")


def demo_on_request(profile: Profile, mirror_display: bool, key: str, zone: str | None = None) -> None:
    """On request (a switch), a zone's demonstration: `zone`'s, or one the person picks.
    Drawn only when asked for: the first drawing of a zone takes a few seconds."""
    if not st.toggle("Show me how: a short animation of the stroke", key=f"{key}_demo"):
        return
    if zone is None:
        zone = st.selectbox("Zone", list(profile.zones), format_func=zone_label, key=f"{key}_demo_zone")
    show_demo(profile, zone, mirror_display)


def camera_columns(page_key: str, playing: bool):
    """(video, panel) containers: side by side (the video twice as wide), or, with the
    full-width option, the video over the whole page and the panel under it, half as wide."""
    full = st.toggle("Full-width video", key=f"{page_key}_full_width", disabled=playing,
                     help="A larger picture, easier to read from further away; the coach's panel "
                          "goes under it. Choose before starting the camera.")
    if full:
        return st.container(), st.columns(2)[0]
    return st.columns([2, 1], gap="large")
