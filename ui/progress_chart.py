"""The History page's progress chart: each zone's share of good strokes, session by session."""

from __future__ import annotations

import altair as alt
import pandas as pd

from feedback.progress import zone_progress
from feedback.protocol import ZONES
from storage.history import SessionRecord
from ui.common import KIND_LABELS, local_time_text, zone_label

MAX_SESSIONS = 30  # the latest ones; older sessions would squeeze the chart


def progress_data(records: list[SessionRecord]) -> pd.DataFrame:
    """One row per session and zone worked; records newest first (as `History.list` gives)."""
    shown = list(reversed(records[:MAX_SESSIONS]))
    rows = []
    for point in zone_progress([r.review for r in shown]):
        record = shown[point.session - 1]
        rows.append({"session": point.session,
                     "when": f"{point.session}. {local_time_text(record.created_at)[5:]}",
                     "kind": KIND_LABELS.get(record.kind, record.kind), "zone": zone_label(point.zone),
                     "percent_good": round(point.percent_good), "strokes": f"{point.good} of {point.total} good"})
    return pd.DataFrame(rows, columns=["session", "when", "kind", "zone", "percent_good", "strokes"])


def progress_chart(records: list[SessionRecord]) -> alt.Chart | None:
    """A line per zone over the sessions (oldest on the left); None before two sessions
    with strokes."""
    data = progress_data(records)
    if data["session"].nunique() < 2:
        return None
    order = data.drop_duplicates("session").sort_values("session")["when"].tolist()
    zones = [zone_label(z) for z in ZONES if zone_label(z) in set(data["zone"])]
    return (
        alt.Chart(data)
        .mark_line(point=alt.OverlayMarkDef(size=60))
        .encode(
            x=alt.X("when:N", sort=order, title="session (oldest first)", axis=alt.Axis(labelAngle=-30)),
            y=alt.Y("percent_good:Q", title="good strokes (%)", scale=alt.Scale(domain=[0, 100])),
            color=alt.Color("zone:N", sort=zones, title="Zone", legend=alt.Legend(orient="right")),
            tooltip=[alt.Tooltip("zone:N", title="zone"), alt.Tooltip("when:N", title="session"),
                     alt.Tooltip("kind:N", title="kind"), alt.Tooltip("strokes:N", title="strokes")],
        )
        .properties(height=260)
    )
