"""The practice page in headless Chromium: a clip of good cheek strokes as the webcam
reaches the target ("Done!"), and the session goes to the history as a practice."""

from __future__ import annotations

import re
import time

import pytest

from storage.history import History
from tests.browser.conftest import wait_for_idle
from tests.browser.test_live_browser import button, cheek_webcam, frames_processed, record, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TARGET = 3  # good strokes; the clip loops, so any target is reached in the end


def test_practice_reaches_done_with_the_fake_webcam(app_server, launch_browser, screenshot):
    y4m, side = cheek_webcam()
    page = launch_browser(y4m)
    page.goto(f"{app_server}/practice")
    button(page, "start").wait_for()
    wait_for_idle(page)
    body = page.inner_text("body")
    assert "Target: good strokes per side" in body and "toward the ear" in body
    page.get_by_text("My right" if side == "right" else "My left", exact=True).click()
    wait_for_idle(page)
    target = page.get_by_test_id("stNumberInputField").and_(
        page.get_by_label("Target: good strokes per side", exact=True))
    target.fill(str(TARGET))
    target.press("Enter")
    wait_for_idle(page)
    page.get_by_text(f"Your goal: {TARGET} good strokes on your {side} cheek").wait_for()
    screenshot(page, "practice_1_ready")

    button(page, "start").click()
    clicked = time.monotonic()
    assert wait_until(lambda: re.search(rf"Good strokes: 1 of {TARGET}", page.inner_text("body")), 60), \
        f"no good stroke counted:\n{page.inner_text('body')[:2000]}"
    first_count_s = time.monotonic() - clicked
    screenshot(page, "practice_2_counting")
    done = wait_until(lambda: "Done!" in page.inner_text("body"), 90)
    assert done, f"the target was not reached:\n{page.inner_text('body')[:2000]}"
    done_s = time.monotonic() - clicked
    count = re.search(r"Good strokes: (\d+)", page.inner_text("body"))
    assert count and int(count.group(1)) >= TARGET
    frames, fps = frames_processed(page)
    time.sleep(3)  # let the balloons fly off before the picture
    screenshot(page, "practice_3_done")

    button(page, "stop").click()
    page.get_by_text("Your practice").wait_for(timeout=20_000)
    wait_for_idle(page)
    body = page.inner_text("body")
    assert "Saved to your history" in body and "Goal reached:" in body and f"(target {TARGET})" in body
    page.get_by_text("Your practice").scroll_into_view_if_needed()
    screenshot(page, "practice_4_summary")
    with History(app_server.db_path) as history:
        practice = [r for r in history.list() if r.kind == "practice"]
    assert len(practice) == 1 and practice[0].source == "webcam"
    assert practice[0].zones_summary[("cheek", side)]["good"] >= TARGET
    record("practice", {"first_good_count_after_start_s": round(first_count_s, 2),
                        "done_after_start_s": round(done_s, 2), "target": TARGET,
                        "frames_processed": frames, "fps_processed": fps})
