"""A session report to keep or share, as a PDF of one or two pages: when and with which
profile, the strokes per zone against the targets, a timeline chart of the strokes, a few
frames with the strokes drawn (when the video is at hand), the coaching cues and the notes
on the video.

From a review JSON (docs/formats.md) to bytes; writing them to a file is the caller's job.
The chart is drawn by matplotlib (into a PNG in memory), the page laid out by fpdf2, in
the DejaVu Sans font matplotlib ships (so any text prints, on any machine).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from feedback.cues import ZONE_NAMES, place_name
from feedback.overlay import VERDICT_COLORS_RGB
from feedback.protocol import ZONES, Profile
from feedback.verdicts import VERDICTS
from vision.landmarks import SIDES

MAX_FRAMES = 4
FRAME_AFTER_END_S = 1.5  # a stroke is judged (and drawn in its colour) soon after it ends
MIN_FRAME_GAP_S = 2.0  # two pictures closer than this would show the same strokes
NO_VIDEO_NOTE = ("No video is kept with the history, so this report has no pictures of the "
                 "strokes; a review of a recording has them.")


@dataclass(frozen=True)
class ReportFrame:
    """A picture for the report: (H, W, 3) uint8 RGB with the strokes drawn, and its caption."""

    rgb: np.ndarray
    caption: str


@dataclass(frozen=True)
class ReportHeader:
    """date_text: when the session took place, as the reader's local time; source: the
    video's name or "webcam"; kind: e.g. "Recording", "Live coach"."""

    date_text: str
    source: str
    kind: str


def verdict_words(verdict: str) -> str:
    return verdict.replace("_", " ")


def report_moments(review_json: dict, max_frames: int = MAX_FRAMES) -> list[tuple[float, str]]:
    """(time in s, caption) of the pictures worth showing: one stroke of each verdict found
    (faults first), then strokes spread over the session; each picture a little after its
    stroke ended, so that the stroke is drawn in its verdict's colour. In time order."""
    strokes = review_json.get("strokes", [])
    end_s = float(review_json.get("duration_s") or 0.0)
    order = [v for v in VERDICTS if v != "good"] + ["good"]
    firsts = [next(s for s in strokes if s["verdict"] == v) for v in order
              if any(s["verdict"] == v for s in strokes)]
    spread = [strokes[i] for i in np.linspace(0, len(strokes) - 1, max_frames).round().astype(int)] if strokes else []
    chosen: list[dict] = []
    for stroke in firsts + spread:
        t_s = min(stroke["t_end_s"] + FRAME_AFTER_END_S, max(end_s - 0.05, stroke["t_end_s"]))
        if len(chosen) < max_frames and all(abs(t_s - c[0]) >= MIN_FRAME_GAP_S for c in chosen):
            chosen.append((t_s, f"{stroke['t_start_s']:.1f} s: {place_name(stroke['zone'], stroke['side'])}, "
                                f"{verdict_words(stroke['verdict'])}"))
    return sorted(chosen)


def timeline_png(review_json: dict, width_in: float = 7.0) -> bytes | None:
    """Each stroke as a bar from its start to its end, one row per zone and side worked,
    coloured by verdict (the annotated video's colours); None without strokes."""
    from matplotlib.figure import Figure  # no pyplot: no global state, safe beside Streamlit
    from matplotlib.patches import Patch

    strokes = review_json.get("strokes", [])
    if not strokes:
        return None
    places = [(zone, side) for zone in ZONES for side in SIDES
              if any((s["zone"], s["side"]) == (zone, side) for s in strokes)]
    figure = Figure(figsize=(width_in, 0.9 + 0.3 * len(places)), dpi=150)
    axes = figure.add_subplot()
    for row, place in enumerate(places):
        for verdict in VERDICTS:
            bars = [(s["t_start_s"], s["t_end_s"] - s["t_start_s"]) for s in strokes
                    if (s["zone"], s["side"]) == place and s["verdict"] == verdict]
            if bars:
                axes.broken_barh(bars, (row - 0.35, 0.7), color=_colour(verdict))
    axes.set_yticks(range(len(places)), [place_name(*p) for p in places], fontsize=8)
    axes.invert_yaxis()
    end_s = max(float(review_json.get("duration_s") or 0.0), max(s["t_end_s"] for s in strokes))
    axes.set_xlim(0, end_s)
    axes.set_xlabel("time in the session (s)", fontsize=8)
    axes.tick_params(axis="x", labelsize=8)
    axes.grid(axis="x", alpha=0.3)
    present = [v for v in VERDICTS if any(s["verdict"] == v for s in strokes)]
    axes.legend(handles=[Patch(color=_colour(v), label=verdict_words(v)) for v in present],
                loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=len(present), fontsize=8, frameon=False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def _colour(verdict: str) -> tuple[float, float, float]:
    return tuple(c / 255 for c in VERDICT_COLORS_RGB[verdict])


def zone_table_rows(review_json: dict, profile: Profile) -> list[list[str]]:
    """Header, then one row per zone and side worked: good / target and each fault."""
    header = ["Zone", "Side", "Good / target", *(verdict_words(v).capitalize() for v in VERDICTS if v != "good")]
    rows = [header]
    worked = sorted(review_json.get("zones", []), key=lambda z: (ZONES.index(z["zone"]), z["side"]))
    for zone in worked:
        rows.append([ZONE_NAMES[zone["zone"]].capitalize(), zone["side"],
                     f"{zone.get('good', 0)} / {profile.rule(zone['zone']).reps}",
                     *(str(zone.get(v, 0)) for v in VERDICTS if v != "good")])
    return rows


def session_pdf(review_json: dict, profile: Profile, cues: list[str], header: ReportHeader,
                frames: list[ReportFrame] | None = None) -> bytes:
    """The report as PDF bytes. frames: pictures with the strokes drawn; None when there is
    no video to take them from (the report says so)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=14)
    pdf.set_margins(16, 14, 16)
    _fonts(pdf)
    pdf.add_page()
    pdf.set_title("Massage coach: session report")
    pdf.set_creator("massage-coach")
    _heading(pdf, "Massage coach: session report", 17)
    strokes = review_json.get("strokes", [])
    good = sum(1 for s in strokes if s["verdict"] == "good")
    _text(pdf, f"Date: {header.date_text}    Profile: {profile.title}    {header.kind}: {header.source}")
    _text(pdf, f"Length: {float(review_json.get('duration_s') or 0):.1f} s    Strokes: {len(strokes)}    "
               f"Good: {100 * good / len(strokes):.0f}%" if strokes else
               f"Length: {float(review_json.get('duration_s') or 0):.1f} s    No strokes were found.")
    _heading(pdf, "Strokes per zone", 12)
    rows = zone_table_rows(review_json, profile)
    if len(rows) > 1:
        pdf.set_font("DejaVu", size=9)
        with pdf.table(col_widths=(26, 16, 24, 18, 18, 18, 18), text_align="CENTER",
                       first_row_as_headings=True) as table:
            for row in rows:
                table.row(row)
    else:
        _text(pdf, "No strokes: nothing to count per zone.")
    chart = timeline_png(review_json)
    if chart is not None:
        _heading(pdf, "Timeline of the strokes", 12)
        pdf.image(io.BytesIO(chart), w=pdf.epw)
    _heading(pdf, "What to work on", 12)
    for cue in cues or ["Nothing to add."]:
        _text(pdf, f"•  {cue}")
    warnings = review_json.get("warnings", [])
    if warnings:
        _heading(pdf, "Notes on the video", 12)
        for warning in warnings:
            _text(pdf, f"•  {warning['message']}")
    _frames(pdf, frames)
    return bytes(pdf.output())


def _frames(pdf, frames: list[ReportFrame] | None) -> None:
    """The pictures two by two, with their captions (the heading kept with the first two)."""
    gap, width = 4.0, (pdf.epw - 4.0) / 2

    def row_height(pair: list[ReportFrame]) -> float:
        return max(width * f.rgb.shape[0] / f.rgb.shape[1] for f in pair)

    if frames and pdf.will_page_break(row_height(frames[:2]) + 22):
        pdf.add_page()
    _heading(pdf, "The strokes, as the coach saw them", 12)
    if frames is None:
        _text(pdf, NO_VIDEO_NOTE)
        return
    if not frames:
        _text(pdf, "No strokes to show.")
        return
    from PIL import Image

    for i in range(0, len(frames), 2):
        pair = frames[i:i + 2]
        height = row_height(pair)
        if pdf.will_page_break(height + 8):
            pdf.add_page()
        top = pdf.get_y()
        for j, frame in enumerate(pair):
            x = pdf.l_margin + j * (width + gap)
            pdf.image(Image.fromarray(frame.rgb), x=x, y=top, w=width)
            pdf.set_xy(x, top + width * frame.rgb.shape[0] / frame.rgb.shape[1] + 1)
            pdf.set_font("DejaVu", size=8)
            pdf.cell(width, 4, frame.caption, align="C")
        pdf.set_xy(pdf.l_margin, top + height + 7)


def _fonts(pdf) -> None:
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdf.add_font("DejaVu", "", str(folder / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(folder / "DejaVuSans-Bold.ttf"))


def _heading(pdf, text: str, size: float) -> None:
    pdf.set_font("DejaVu", "B", size)
    pdf.ln(2)
    pdf.multi_cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _text(pdf, text: str) -> None:
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
