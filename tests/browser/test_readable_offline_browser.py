"""Issue 14 in headless Chromium: nothing is fetched from outside the computer, the live
coach teaches before the camera starts, Streamlit's chrome offers no second Stop, and the
camera pages are pictured running (full size and at 1280x900) with a zone demonstration."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from tests.browser.conftest import SCREENSHOT_DIR, wait_for_idle
from tests.browser.test_live_browser import button, cheek_webcam, frames_processed, wait_until
from ui.common import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
LOCAL_SCHEMES = {"data", "blob", "about"}
CAMERA_PAGES = ("live", "practice", "routine")
SMALL_SCREEN = {"width": 1280, "height": 900}


def outside_requests(urls: list[str]) -> list[str]:
    return [url for url in urls if urlparse(url).scheme not in LOCAL_SCHEMES
            and urlparse(url).hostname not in LOOPBACK]


def test_the_request_filter_sees_outside_hosts():
    assert outside_requests(["http://127.0.0.1:8501/x", "data:image/svg+xml,<svg/>", "blob:abc",
                             "https://fonts.gstatic.com/s/i/x.svg"]) == ["https://fonts.gstatic.com/s/i/x.svg"]


def start_camera(page) -> None:
    button(page, "start").click()
    assert wait_until(lambda: (frames_processed(page) or (0,))[0] > 30, 60), \
        f"no frames processed:\n{page.inner_text('body')[:1500]}"


def test_no_request_leaves_the_loopback_on_any_page(app_server, launch_browser):
    y4m, _ = cheek_webcam()
    page = launch_browser(y4m)
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    for info in PAGES:  # by address, then each through the menu
        page.goto(f"{app_server}/{info.url_path}")
        wait_for_idle(page)
    nav = page.locator("[data-testid='stSidebarNav']")
    for info in PAGES:
        nav.get_by_text(info.title, exact=True).click()
        wait_for_idle(page)
    page.goto(f"{app_server}/live")
    wait_for_idle(page)
    start_camera(page)
    button(page, "stop").click()
    wait_for_idle(page)
    assert len(requests) > 50, "the request recorder saw nothing"
    assert outside_requests(requests) == []


def test_live_coach_teaches_before_start_and_offers_no_second_stop(app_server, launch_browser):
    y4m, _ = cheek_webcam()
    page = launch_browser(y4m)
    page.goto(f"{app_server}/live")
    wait_for_idle(page)
    button(page, "start").wait_for()
    body = page.inner_text("body")
    for words in ("Trail colours", "good", "reversed", "off path", "too fast", "unsure",
                  "judged when your next movement begins", "up to about a second"):
        assert words in body, words
    for zone in ("Forehead", "Temple", "Under-eye", "Nose", "Cheek", "Jawline", "Chin", "Neck"):
        assert re.search(rf"{zone}: (outward|inward|upward|downward)", body), zone
    assert page.get_by_text("The zones and the way each is stroked").is_visible()
    assert page.locator("[data-testid='stMainMenu']").count() == 0  # toolbarMode = "minimal"

    start_camera(page)
    # Only the camera's STOP (inside the component's frame): Streamlit's "Running... Stop"
    # is not offered (toolbarMode = "minimal"), though the page's script runs.
    page.wait_for_timeout(1500)  # the status shows after half a second of running
    assert page.get_by_test_id("stApp").get_attribute("data-test-script-state") == "running"
    assert page.get_by_test_id("stStatusWidget").count() == 0
    assert page.get_by_role("button", name=re.compile(r"^Stop", re.I)).count() == 0
    assert button(page, "stop").is_visible()
    button(page, "stop").click()


def test_camera_pages_running_as_seen_full_size_and_at_1280x900(app_server, launch_browser, screenshot):
    y4m, _ = cheek_webcam()
    page = launch_browser(y4m)
    for name in CAMERA_PAGES:
        page.set_viewport_size(SMALL_SCREEN)
        page.goto(f"{app_server}/{name}")
        wait_for_idle(page)
        start_camera(page)
        page.wait_for_timeout(3000)  # a few strokes on the picture
        page.screenshot(path=str(SCREENSHOT_DIR / f"readable_{name}_running_1280x900.png"))
        screenshot(page, f"readable_{name}_running_full")
        if name == "practice":
            page.get_by_text("Show me how", exact=False).first.click()
            page.get_by_text("How to stroke the cheek").wait_for(timeout=60_000)
            page.wait_for_timeout(1500)
            image = page.locator("img[src$='.gif']").first
            image.scroll_into_view_if_needed()
            assert image.evaluate("img => img.naturalWidth") > 0
            image.screenshot(path=str(SCREENSHOT_DIR / "readable_zone_demo.png"))
        button(page, "stop").click()
        wait_for_idle(page)
