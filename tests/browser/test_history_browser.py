"""The history, start and settings pages in a real browser."""

from __future__ import annotations

import re

import pytest

from storage.history import History, SessionRecord
from tests.app.test_history_page import review_json
from tests.browser.conftest import wait_for_idle

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def seed(app_server, source: str, places: dict) -> int:
    review = review_json(places, source)
    record = SessionRecord.new("review", source, "drainage", review["duration_s"], review)
    with History(app_server.db_path) as history:
        return history.save(record)


def test_history_open_compare_delete(app_server, launch_browser, screenshot):
    seed(app_server, "browser-monday.mp4", {("cheek", "left"): ["good", "reversed", "reversed"]})
    seed(app_server, "browser-tuesday.mp4", {("cheek", "left"): ["good", "good", "good"],
                                             ("neck", "right"): ["too_fast", "good"],
                                             ("forehead", "left"): ["off_path"]})
    page = launch_browser()
    page.goto(f"{app_server}/history")
    page.get_by_text("Open a session").wait_for()
    wait_for_idle(page)
    page.get_by_role("heading", name=re.compile("browser-tuesday.mp4")).wait_for()
    table = page.locator('[data-testid="stTable"]').first.inner_text()
    assert "Cheek" in table and "Neck" in table and "Forehead" in table
    page.locator('[data-testid="stVegaLiteChart"]').first.wait_for()
    screenshot(page, "history-1-session")

    page.get_by_role("button", name="Compare with previous").click()
    page.get_by_text("Compared with the previous recording session").wait_for()
    wait_for_idle(page)
    assert "+67 points" in page.locator('[data-testid="stTable"]').last.inner_text()
    screenshot(page, "history-2-compare")

    page.get_by_role("button", name="Delete this session").click()
    page.get_by_text("This cannot be undone.").wait_for()
    screenshot(page, "history-3-confirm-delete")
    page.get_by_role("button", name="Yes, delete").click()
    page.get_by_text(re.compile("Deleted the session")).wait_for()
    wait_for_idle(page)
    with History(app_server.db_path) as history:
        assert "browser-tuesday.mp4" not in [r.source for r in history.list()]
    assert "Traceback" not in page.content()


def test_start_page_leads_to_every_page(app_server, launch_browser, screenshot):
    page = launch_browser()
    page.goto(app_server)
    page.get_by_text("Where do you want to start?").wait_for()
    wait_for_idle(page)
    main = page.locator('[data-testid="stMain"]')
    for title in ("Live coach", "Guided routine", "Practise a zone", "Review a recording",
                  "History", "Settings"):
        main.get_by_role("link", name=title).wait_for(timeout=10_000)
    screenshot(page, "home")

    main.get_by_role("link", name="Settings").click()
    page.get_by_role("heading", name="Settings").wait_for()
    wait_for_idle(page)
    screenshot(page, "settings-1")
    page.get_by_text("My own profile", exact=True).click()
    page.get_by_text("Edit a zone of your own profile").wait_for()
    wait_for_idle(page)
    screenshot(page, "settings-2-custom")
    assert "Traceback" not in page.content()
