"""The PDF session report: its first page rendered (pdftoppm) and its text read (pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from feedback.protocol import load_profile
from feedback.report_pdf import (
    NO_VIDEO_NOTE,
    ReportFrame,
    ReportHeader,
    report_moments,
    session_pdf,
    timeline_png,
    zone_table_rows,
)
from tests.app.test_history_page import review_json

DRAINAGE = load_profile("drainage")
REVIEW = review_json({("cheek", "left"): ["good", "reversed", "good"],
                      ("neck", "right"): ["too_fast", "good", "unsure"],
                      ("forehead", "left"): ["off_path"]}, "monday.mp4")
HEADER = ReportHeader("2026-05-09 09:35", "monday.mp4", "Recording")
CUES = ["Left cheek: 1 of 3 strokes reversed; stroke outward.", "Right neck: 1 of 3 good strokes; do a few more."]
needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm") or not shutil.which("pdftotext"),
                                   reason="poppler-utils is missing (make browser-deps installs it)")


def pdf_text(pdf: bytes, tmp_path: Path, page: int | None = None) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def first_page_png(pdf: bytes, tmp_path: Path) -> np.ndarray:
    from PIL import Image

    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "50", "-png", str(path), str(tmp_path / "page")],
                   check=True)
    (png,) = tmp_path.glob("page*.png")
    return np.asarray(Image.open(png).convert("RGB"))


def frames(n: int) -> list[ReportFrame]:
    rng = np.random.default_rng(0)
    return [ReportFrame(rng.integers(0, 255, (240, 320, 3), dtype=np.uint8), f"{i}.0 s: left cheek, good")
            for i in range(n)]


@needs_poppler
def test_the_first_page_shows_the_date_profile_zones_chart_and_cues(tmp_path):
    pdf = session_pdf(REVIEW, DRAINAGE, CUES, HEADER, frames(4))
    assert pdf.startswith(b"%PDF")
    page = pdf_text(pdf, tmp_path, page=1)
    assert "Massage coach: session report" in page and "2026-05-09 09:35" in page
    assert "Lymphatic drainage" in page and "monday.mp4" in page
    assert "Strokes: 7" in page and "Good: 43%" in page
    cheek = next(line for line in page.splitlines() if line.strip().startswith("Cheek"))
    assert "".join(cheek.split()) == "Cheekleft2/71000"  # good / target, then each fault
    assert "Timeline of the strokes" in page and CUES[0] in page
    assert "No hand in view from 0.0 s to 1.0 s" in page
    picture = first_page_png(pdf, tmp_path)
    assert picture.shape[0] > picture.shape[1]  # A4 portrait
    reds = np.all(np.abs(picture.astype(int) - (230, 60, 50)) < 40, axis=-1)
    assert reds.sum() > 20  # the chart's reversed bar, in the video's colour
    everything = pdf_text(pdf, tmp_path)
    assert "The strokes, as the coach saw them" in everything and "3.0 s: left cheek, good" in everything
    assert everything.count("\f") <= 2  # one or two pages


@needs_poppler
def test_a_history_entry_without_video_says_so(tmp_path):
    text = pdf_text(session_pdf(REVIEW, DRAINAGE, CUES, ReportHeader("2026-05-09", "webcam", "Live coach")),
                    tmp_path)
    assert " ".join(NO_VIDEO_NOTE.split()[:8]) in " ".join(text.split())


@needs_poppler
def test_a_session_without_strokes_still_gives_a_report(tmp_path):
    empty = {**REVIEW, "strokes": [], "zones": [], "warnings": []}
    text = pdf_text(session_pdf(empty, DRAINAGE, [], HEADER, []), tmp_path)
    assert "No strokes were found" in text and "Nothing to add" in text and "No strokes to show" in text


def test_the_table_and_chart_come_from_the_counts():
    rows = zone_table_rows(REVIEW, DRAINAGE)
    assert rows[0] == ["Zone", "Side", "Good / target", "Reversed", "Off path", "Too fast", "Unsure"]
    assert [r[0] for r in rows[1:]] == ["Forehead", "Cheek", "Neck"]  # protocol order
    assert rows[3] == ["Neck", "right", "1 / 10", "0", "0", "1", "1"]
    assert timeline_png(REVIEW).startswith(b"\x89PNG") and timeline_png({"strokes": []}) is None


def spaced(review: dict, factor: float) -> dict:
    """The same session, its strokes `factor` times further apart."""
    strokes = [{**st, "t_start_s": st["t_start_s"] * factor, "t_end_s": st["t_start_s"] * factor + 0.9}
               for st in review["strokes"]]
    return {**review, "strokes": strokes, "duration_s": review["duration_s"] * factor}


def test_the_moments_show_each_fault_first_then_spread_and_never_twice_the_same_strokes():
    moments = report_moments(spaced(REVIEW, 3.0))
    assert len(moments) == 4 and [t for t, _ in moments] == sorted(t for t, _ in moments)
    captions = " | ".join(c for _, c in moments)
    for words in ("reversed", "too fast", "unsure", "off path"):
        assert words in captions
    assert (3.6 + 0.9 + 1.5, "3.6 s: left cheek, reversed") in moments  # a little after it ended
    close = report_moments(REVIEW)  # strokes 1.2 s apart: fewer pictures, never the same strokes twice
    assert 2 <= len(close) < 4 and all(b[0] - a[0] >= 2.0 for a, b in zip(close, close[1:]))
    assert all(t <= REVIEW["duration_s"] for t, _ in close)
    assert report_moments({"strokes": [], "duration_s": 3.0}) == []
