"""Showing one reviewed session (review JSON of docs/formats.md): numbers, per-zone table,
timeline chart, cues, warnings and downloads. Used by the review and history pages."""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable

import altair as alt
import pandas as pd
import streamlit as st

from feedback.cues import session_cues
from feedback.protocol import ZONES, Profile
from feedback.report import strokes_csv
from feedback.summary import ZoneTally, percent_good
from feedback.verdicts import VERDICTS
from ui.common import VERDICT_COLOURS, VERDICT_LABELS, duration_text, place_label, zone_label
from vision.landmarks import SIDES


def zone_rows(review_json: dict, profile: Profile) -> pd.DataFrame:
    """One row per zone and side worked, in protocol order, against the profile's targets."""
    rows = []
    for tally in _tallies(review_json):
        rule = profile.rule(tally["zone"])
        good, target = tally["good"], rule.reps
        rows.append({
            "Zone": zone_label(tally["zone"]), "Side": tally["side"],
            "Expected stroke": rule.direction_label,
            "Good": good, "Target reps": target, "Reversed": tally["reversed"],
            "Off path": tally["off_path"], "Too fast": tally["too_fast"], "Unsure": tally["unsure"],
            "To go": "none ✓" if good >= target else f"{target - good} more",
        })
    return pd.DataFrame(rows, columns=["Zone", "Side", "Expected stroke", "Good", "Target reps",
                                       "Reversed", "Off path", "Too fast", "Unsure", "To go"])


def _tallies(review_json: dict) -> list[dict]:
    """The JSON's per-zone counts, every verdict present, in protocol zone order."""
    rows = [{"zone": row["zone"], "side": row["side"],
             **{verdict: int(row.get(verdict, 0)) for verdict in VERDICTS}}
            for row in review_json.get("zones", []) if row.get("zone") in ZONES]
    return sorted(rows, key=lambda r: (ZONES.index(r["zone"]), r["side"]))


def cues_for(review_json: dict, profile: Profile, focus: str | None = None) -> list[str]:
    """The session cues, from the counts alone (as the review computed them); `focus`: the
    zone practised, spoken about first."""
    tallies = [ZoneTally(**row) for row in _tallies(review_json)]
    return session_cues(tallies, profile, focus=focus)


def timeline_chart(review_json: dict) -> alt.Chart | None:
    """Each stroke as a bar from its start to its end, one row per zone and side, coloured
    by verdict; None when there are no strokes."""
    strokes = review_json.get("strokes", [])
    if not strokes:
        return None
    data = pd.DataFrame(strokes)
    data["place"] = [place_label(z, s) for z, s in zip(data["zone"], data["side"], strict=True)]
    data["verdict_label"] = data["verdict"].map(VERDICT_LABELS).fillna(data["verdict"])
    data["duration_s"] = (data["t_end_s"] - data["t_start_s"]).round(2)
    order = [place_label(zone, side) for zone in ZONES for side in SIDES]
    places = [p for p in order if p in set(data["place"])]
    end_s = max(float(review_json.get("duration_s") or 0), float(data["t_end_s"].max()))
    colour = alt.Color(
        "verdict_label:N", title="Verdict",
        scale=alt.Scale(domain=[VERDICT_LABELS[v] for v in VERDICTS],
                        range=[VERDICT_COLOURS[v] for v in VERDICTS]),
        legend=alt.Legend(orient="top"),
    )
    return (
        alt.Chart(data)
        .mark_bar(cornerRadius=2)
        .encode(
            x=alt.X("t_start_s:Q", title="time in the video (s)",
                    scale=alt.Scale(domain=[0, end_s], nice=False)),
            x2="t_end_s:Q",
            y=alt.Y("place:N", title=None, sort=places),
            color=colour,
            tooltip=[alt.Tooltip("place:N", title="zone"),
                     alt.Tooltip("verdict_label:N", title="verdict"),
                     alt.Tooltip("t_start_s:Q", title="start (s)"),
                     alt.Tooltip("duration_s:Q", title="length (s)"),
                     alt.Tooltip("angle_error_deg:Q", title="off the path by (deg)")],
        )
        # A fixed band per row: a pixel height is squeezed by streamlit's theme.
        .properties(height=alt.Step(32))
    )


def show_numbers(review_json: dict, profile: Profile) -> None:
    strokes = review_json.get("strokes", [])
    good = sum(1 for s in strokes if s.get("verdict") == "good")
    durations = [s["t_end_s"] - s["t_start_s"] for s in strokes]
    columns = st.columns(4)
    columns[0].metric("Strokes found", len(strokes))
    columns[1].metric("Good strokes", f"{percent_good(good, len(strokes)):.0f}%" if strokes else "–",
                      help="Share of strokes in the right direction at a calm pace.")
    columns[2].metric("Length", duration_text(float(review_json.get("duration_s", 0))))
    columns[3].metric("Typical stroke", f"{statistics.median(durations):.1f} s" if strokes else "–",
                      help=f"Median stroke length; the profile asks for {profile.rhythm}.")


def show_zone_table(review_json: dict, profile: Profile) -> None:
    rows = zone_rows(review_json, profile)
    if rows.empty:
        st.info("No strokes were found. Check the notes below: the face and a hand must be "
                "clearly visible, and a stroke is a fingertip gliding on the skin.")
        return
    st.markdown(f"**Strokes per zone**, checked against *{profile.title}*")
    st.table(rows, hide_index=True)


def show_cues(cues: list[str]) -> None:
    if cues:
        st.markdown("**What to work on**")
        st.markdown("\n".join(f"- {cue}" for cue in cues))


def show_timeline(review_json: dict) -> None:
    chart = timeline_chart(review_json)
    if chart is not None:
        st.markdown("**Timeline**: each bar is one stroke (hover for details)")
        st.altair_chart(chart, width="stretch")


def show_warnings(review_json: dict) -> None:
    warnings = review_json.get("warnings", [])
    if warnings:
        st.markdown("**Notes on the video**")
        st.markdown("\n".join(f"- {w['message']}" for w in warnings))


def show_report(review_json: dict, profile: Profile, cues: list[str],
                video_bytes: bytes | None = None) -> None:
    """Everything about one session: numbers, the annotated video (if any) beside the advice,
    the per-zone table, the timeline."""
    show_numbers(review_json, profile)
    if video_bytes:
        video_column, advice_column = st.columns(2, gap="large")
        with video_column:
            st.video(video_bytes, format="video/mp4")
            st.caption("The annotated video: face zones, the expected direction in each (small "
                       "arrows), your fingertips, and each stroke coloured by its verdict.")
    else:
        advice_column = st.container()
    with advice_column:
        show_cues(cues)
        show_warnings(review_json)
    show_zone_table(review_json, profile)
    show_timeline(review_json)


def show_downloads(review_json: dict, stem: str, video_bytes: bytes | None = None,
                   key: str = "", report_pdf: Callable[[], bytes] | None = None) -> None:
    """report_pdf: makes the PDF report when its button is pressed (None: no such button)."""
    columns = st.columns(4)
    columns[0].download_button(
        "Download the review (JSON)", json.dumps(review_json, indent=2) + "\n",
        file_name=f"{stem}.review.json", mime="application/json", on_click="ignore",
        key=f"{key}json")
    columns[1].download_button(
        "Download the strokes (CSV)", strokes_csv(review_json), file_name=f"{stem}.strokes.csv",
        mime="text/csv", on_click="ignore", key=f"{key}csv")
    if video_bytes:
        columns[2].download_button(
            "Download the annotated video (MP4)", video_bytes, file_name=f"{stem}.annotated.mp4",
            mime="video/mp4", on_click="ignore", key=f"{key}mp4")
    if report_pdf is not None:
        columns[3].download_button(
            "Download the report (PDF)", report_pdf, file_name=f"{stem}.report.pdf",
            mime="application/pdf", on_click="ignore", key=f"{key}pdf",
            help="One or two pages to keep or share: the zones, a timeline, the advice"
                 + (" and pictures of the strokes." if video_bytes else "."))
