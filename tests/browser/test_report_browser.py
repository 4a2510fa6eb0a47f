"""The PDF report downloaded from the history and review pages, and the History page's
progress chart, in a real browser. The downloaded report's first page is rendered with
pdftoppm into test-artifacts/screenshots/ to be looked at."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from feedback.report_pdf import NO_VIDEO_NOTE
from storage.history import History, SessionRecord
from tests.app.test_history_page import review_json
from tests.browser.conftest import SCREENSHOT_DIR, start_app_server, wait_for_idle
from tests.browser.test_review_browser import click_review, open_upload, upload
from tests.browser.test_review_browser import clip as clip  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdftoppm"),
                                 reason="poppler-utils is missing (make browser-deps installs it)")]

WEEK = [  # the cheek improves, the neck does not
    {("cheek", "left"): ["good", "reversed", "reversed", "reversed"], ("neck", "right"): ["good", "too_fast"]},
    {("cheek", "left"): ["good", "good", "reversed"], ("neck", "right"): ["too_fast", "too_fast"]},
    {("cheek", "left"): ["good", "good", "good", "off_path"], ("forehead", "left"): ["good", "unsure"]},
    {("cheek", "left"): ["good", "good", "good"], ("neck", "right"): ["good", "too_fast"],
     ("forehead", "left"): ["good", "good"]},
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with start_app_server(tmp_path_factory.mktemp("report-server")) as app:
        yield app


def download_report(page, tmp_path: Path, name: str) -> tuple[str, Path]:
    """Press the PDF button; (the PDF's text, the PNG of its first page, kept as a screenshot)."""
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Download the report (PDF)").click()
    pdf = tmp_path / download.value.suggested_filename
    download.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-f", "1", "-l", "2", "-r", "70", "-png", str(pdf), str(SCREENSHOT_DIR / name)],
                   check=True)
    return " ".join(text.split()), SCREENSHOT_DIR / f"{name}-1.png"


def test_history_shows_progress_and_gives_a_report_without_pictures(server, launch_browser, screenshot, tmp_path):
    with History(server.db_path) as history:
        for day, places in enumerate(WEEK):
            review = review_json(places, f"day-{day + 1}.mp4")
            history.save(SessionRecord.new("review", f"day-{day + 1}.mp4", "drainage", review["duration_s"], review))
    page = launch_browser()
    page.goto(f"{server}/history")
    page.get_by_text("Open a session").wait_for()
    wait_for_idle(page)
    page.get_by_text(re.compile("each zone's share of good strokes")).wait_for()
    charts = page.locator('[data-testid="stVegaLiteChart"]')
    charts.first.wait_for()
    assert charts.count() == 2  # the progress, then the open session's timeline
    progress = charts.first.inner_html()
    assert "Cheek" in progress and "Neck" in progress and "Forehead" in progress
    screenshot(page, "history_progress")

    page.get_by_text("Downloads").click()
    text, png = download_report(page, tmp_path, "report_history")
    assert "Massage coach: session report" in text and "Recording: day-4.mp4" in text
    assert "Profile: Lymphatic drainage" in text and re.search(r"Cheek left 3 ?/ ?7", text)
    assert " ".join(NO_VIDEO_NOTE.split()) in text
    assert png.is_file()
    assert "Traceback" not in page.content()


def test_a_reviewed_recording_gives_a_report_with_pictures_of_its_strokes(server, launch_browser, screenshot,
                                                                          tmp_path, clip):  # noqa: F811
    page = launch_browser()
    open_upload(page, server)
    upload(page, str(clip))
    click_review(page)
    page.get_by_text("Strokes per zone").wait_for(timeout=150_000)
    wait_for_idle(page, timeout_ms=60_000)
    button = page.get_by_role("button", name="Download the report (PDF)")
    button.scroll_into_view_if_needed()
    screenshot(page, "review_report_button")
    text, png = download_report(page, tmp_path, "report_review")
    assert f"Recording: {clip.name}" in text and "Timeline of the strokes" in text
    assert "The strokes, as the coach saw them" in text
    assert re.search(r"\d+\.\d s: (left|right) [\w-]+, (good|reversed|off path|too fast|unsure)", text), text
    assert "No video is kept" not in text
    assert png.is_file()
