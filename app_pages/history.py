"""History: every session, newest first; open one, compare it, delete it."""

from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from storage.comparable import practised_zone, previous_like
from runs.session_keeper import COACH_ERROR, LEFT_PAGE, NO_FRAMES, RUNNING
from storage.history import History, SessionRecord, compare
from storage.paths import StorageError
from ui import results
from ui.common import (
    KIND_LABELS,
    current_settings,
    duration_text,
    local_time_text,
    open_history,
    place_label,
    profile_for,
    zone_label,
)
from ui.progress_chart import progress_chart
from ui.report import history_report

SELECTED_KEY = "history_selected"
CONFIRM_KEY = "history_confirm_delete"
COMPARE_KEY = "history_compare"
NOTICE_KEY = "history_notice"
# How a webcam session ended, when not by Stop: the table's note, and what the session page says.
ENDED = {
    RUNNING: ("not finished", "This session was not finished: the app stopped while it went on "
              "(or it is still going on in another tab). It holds the strokes judged up to its "
              "last save, a few seconds before."),
    LEFT_PAGE: ("ended without Stop", "This session ended without Stop: the page was left while "
                "the camera played. It holds everything judged until then."),
    NO_FRAMES: ("ended without Stop", "This session ended without Stop: the camera stopped sending "
                "pictures (the tab was closed, or the browser or the camera stopped). It holds "
                "everything judged up to its last seconds."),
    COACH_ERROR: ("ended by an error", "This session ended because the coach stopped working. It "
                  "holds everything judged until then."),
}
log = logging.getLogger(__name__)

st.title("History")
st.caption("Your sessions, newest first (a camera session is kept while it goes on). Open one to "
           "see its zones and advice, compare it with the session before, or delete it.")


def when_text(record: SessionRecord) -> str:
    try:
        return local_time_text(record.created_at)
    except (TypeError, ValueError):  # a damaged row's date, as found
        return str(record.created_at)


def kind_text(record: SessionRecord) -> str:
    """E.g. "Practice (cheek)": a practice names its zone."""
    zone = practised_zone(record)
    kind = KIND_LABELS.get(record.kind, record.kind)
    return f"{kind} ({zone_label(zone).lower()})" if zone else kind


def session_label(record: SessionRecord) -> str:
    return f"{when_text(record)} · {kind_text(record)} · {record.source}"


def note_text(record: SessionRecord) -> str:
    if record.damage is not None:
        return "damaged"
    return ENDED.get(record.review.get("ended"), ("",))[0]


def sessions_table(records: list[SessionRecord]) -> pd.DataFrame:
    return pd.DataFrame([{
        "Date": when_text(r), "Kind": kind_text(r),
        "Source": r.source, "Length": duration_text(r.duration_s), "Strokes": r.n_strokes,
        "Good": f"{r.percent_good:.0f}%" if r.n_strokes else "–", "Note": note_text(r),
    } for r in records])


def percent_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def change_text(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    return "no change" if round(value) == 0 else f"{value:+.0f}{unit}"


def delta_options(value: float, unit: str = "") -> dict:
    """st.metric's delta: none at all for no change (a "+0" is not an improvement)."""
    if round(value) == 0:
        return {"delta": "no change", "delta_color": "off", "delta_arrow": "off"}
    return {"delta": f"{value:+.0f}{unit}"}


def show_comparison(records: list[SessionRecord], record: SessionRecord) -> None:
    previous = previous_like(records, record)
    if previous is None:
        st.info(f"There is no earlier {kind_text(record).lower()} session to compare this one with: "
                "sessions are compared only with one of the same kind and zone.")
        return
    if previous.damage is not None:
        st.info("The session before this one is damaged: there is nothing to compare with.")
        return
    change = compare(record, previous)
    st.markdown(f"**Compared with the previous {kind_text(record).lower()} session** "
                f"({session_label(previous)})")
    columns = st.columns(2)
    columns[0].metric("Strokes", record.n_strokes, **delta_options(change["n_strokes_delta"]))
    columns[1].metric("Good strokes", f"{record.percent_good:.0f}%",
                      **delta_options(change["percent_good_delta"], " points"))
    rows = [{"Zone": place_label(z["zone"], z["side"]),
             "Strokes before": z["strokes_before"], "Strokes now": z["strokes_now"],
             "Good before": percent_text(z["percent_good_before"]),
             "Good now": percent_text(z["percent_good_now"]),
             "Change": change_text(z["percent_good_delta"], " points")}
            for z in change["zones"]]
    if rows:
        st.table(pd.DataFrame(rows), hide_index=True)


def show_delete(history: History, record: SessionRecord) -> None:
    if st.session_state.get(CONFIRM_KEY) != record.id:
        if st.button("Delete this session", key="delete"):
            st.session_state[CONFIRM_KEY] = record.id
            st.rerun()
        return
    st.warning(f"Delete the session of {session_label(record)}? This cannot be undone.")
    row = st.container(horizontal=True)
    if row.button("Yes, delete", type="primary", key="delete-yes"):
        st.session_state.pop(CONFIRM_KEY, None)
        try:
            history.delete(record.id)
        except StorageError as error:
            st.error(str(error))
            return
        st.session_state.pop(SELECTED_KEY, None)
        st.session_state[NOTICE_KEY] = f"Deleted the session of {session_label(record)}."
        st.rerun()
    if row.button("Cancel", key="delete-no"):
        st.session_state.pop(CONFIRM_KEY, None)
        st.rerun()


def show_damaged(history: History, record: SessionRecord, problem: str) -> None:
    st.error(f"This session is damaged and cannot be shown ({problem}). The other sessions are "
             "not affected; you can delete this one.")
    show_delete(history, record)


def show_session(history: History, records: list[SessionRecord], record: SessionRecord) -> None:
    st.subheader(session_label(record))
    if record.damage is not None:
        show_damaged(history, record, record.damage)
        return
    settings = current_settings()
    profile = profile_for(record.profile, settings)
    review = record.review
    if review.get("ended") in ENDED:
        st.info(ENDED[review["ended"]][1])
    cues = results.cues_for(review, profile, focus=practised_zone(record))
    try:
        results.show_report(review, profile, cues)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        log.exception("Session %s cannot be shown", record.id)
        show_damaged(history, record, f"{type(error).__name__}: {error}")
        return
    actions = st.container(horizontal=True)
    if actions.button("Compare with previous", key="compare"):
        st.session_state[COMPARE_KEY] = record.id
    with actions.container():
        show_delete(history, record)
    if st.session_state.get(COMPARE_KEY) == record.id:
        show_comparison(records, record)
    with st.expander("Downloads"):
        results.show_downloads(review, f"session-{record.id}", key="history-",
                               report_pdf=lambda: history_report(record, profile, cues))


def main() -> None:
    history = open_history()
    if history is None:
        return
    if NOTICE_KEY in st.session_state:
        st.success(st.session_state.pop(NOTICE_KEY))
    try:
        records = history.list()
    except StorageError as error:
        st.error(str(error))
        return
    if not records:
        st.info("No sessions yet. Review a recording or use the live coach: every finished "
                "session appears here.")
        return
    st.dataframe(sessions_table(records), hide_index=True, width="stretch",
                 height=min(38 + 35 * len(records), 300))
    chart = progress_chart(records)
    if chart is not None:
        st.markdown("**Progress**: each zone's share of good strokes, session by session "
                    "(both sides together; hover a point for its numbers)")
        st.altair_chart(chart, width="stretch")
    by_id = {r.id: r for r in records}
    if st.session_state.get(SELECTED_KEY) not in by_id:
        st.session_state[SELECTED_KEY] = records[0].id
    selected = st.selectbox("Open a session", list(by_id), key=SELECTED_KEY,
                            format_func=lambda i: session_label(by_id[i]))
    st.divider()
    show_session(history, records, by_id[selected])


main()
