"""Driving the real app in headless Chromium: shared fixtures for every browser test.

- `app_server` (session): `streamlit run app.py` on a free port, with its own history and
  settings files in a temporary folder. It is a `str` (the base URL, e.g.
  "http://127.0.0.1:41234") with extras: `log_path` (the server's stdout+stderr),
  `log_text()`, `data_dir`, `db_path`, `settings_path`, `samples_dir` (the review page's
  sample videos: an empty folder, so that sample_videos/ being re-rendered cannot change
  the page under a test; copy a clip there to offer it).
- `launch_browser(fake_video_y4m=None)`: a factory returning a new Playwright `Page` in a
  fresh Chromium (Debian's /usr/bin/chromium; never `playwright install`); a Y4M file
  becomes the fake webcam. Everything it opened is closed after the test; when the test
  failed, each page is first kept as `test-artifacts/screenshots/FAILED-<test>-<n>.png`
  and `.txt`.
- `screenshot(page, name)`: saves `test-artifacts/screenshots/NAME.png` (full page).
- `start_app_server(folder, extra_args=(), env=None)`: the context manager behind
  `app_server`, for a test that needs a server of its own (other flags or environment).
- `wait_for_idle(page)`: waits until Streamlit has finished running the page's script.

Every test in this folder is skipped, with a message, when Chromium is missing; `make
test` installs it (`make browser-deps`), so CI runs them.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT_DIR = ROOT / "test-artifacts" / "screenshots"
SERVER_START_TIMEOUT_S = 60.0
CHROMIUM_ARGS = (
    "--no-sandbox", "--headless=new", "--disable-gpu",
    "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run",
)
VIEWPORT = {"width": 1400, "height": 1000}
_CONTENT_HEIGHT_JS = """() => Math.max(document.documentElement.scrollHeight,
    ...[...document.querySelectorAll('[data-testid="stMain"], [data-testid="stAppViewContainer"]')]
        .map(e => e.scrollHeight))"""


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("browser") is None:
        return
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: `make browser-deps` (or apt-get install chromium) "
                    "installs it")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("the playwright Python package is missing (pip install -e '.[test]')")


class AppServer(str):
    """The base URL of a running app server, with where its files and log are."""

    log_path: Path
    data_dir: Path
    process: subprocess.Popen

    def __new__(cls, url: str, *, log_path: Path, data_dir: Path,
                process: subprocess.Popen) -> AppServer:
        server = super().__new__(cls, url)
        server.log_path, server.data_dir, server.process = log_path, data_dir, process
        return server

    @property
    def url(self) -> str:
        return str(self)

    @property
    def db_path(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def settings_path(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def samples_dir(self) -> Path:
        return self.data_dir / "samples"

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


@contextlib.contextmanager
def start_app_server(folder: Path, extra_args: tuple[str, ...] = (),
                     env: dict[str, str] | None = None) -> Iterator[AppServer]:
    """Run `streamlit run app.py` with history and settings in `folder`; stop it after."""
    (folder / "samples").mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = folder / "streamlit.log"
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless=true",
               "--server.address=127.0.0.1", f"--server.port={port}",
               "--browser.gatherUsageStats=false", "--server.fileWatcherType=none", *extra_args]
    environment = {**os.environ, "MASSAGE_COACH_DB": str(folder / "history.sqlite3"),
                   "MASSAGE_COACH_SETTINGS": str(folder / "settings.json"),
                   "MASSAGE_COACH_SAMPLES": str(folder / "samples"),
                   "PYTHONUNBUFFERED": "1", **(env or {})}
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log,
                                   stderr=subprocess.STDOUT)
    server = AppServer(url, log_path=log_path, data_dir=folder, process=process)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while not _healthy(url):
            if process.poll() is not None:
                pytest.fail(f"the app server exited with {process.returncode}:\n"
                            f"{server.log_text()[-3000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"the app server did not answer in {SERVER_START_TIMEOUT_S:.0f} s:\n"
                            f"{server.log_text()[-3000:]}")
            time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def app_server(tmp_path_factory) -> Iterator[AppServer]:
    with start_app_server(tmp_path_factory.mktemp("app-server")) as server:
        yield server


@pytest.fixture(scope="session")
def _playwright() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Marks a test whose body failed (`item.body_failed`), for `launch_browser`."""
    report = (yield).get_result()
    if report.when == "call":
        item.body_failed = report.failed


@pytest.fixture
def launch_browser(_playwright, request) -> Iterator[Callable[..., object]]:
    """A factory: `launch_browser(fake_video_y4m: Path | None = None) -> Page`. When the
    test fails, each page it opened is kept as `test-artifacts/screenshots/FAILED-<test>-<n>.png`
    with its text beside it (`.txt`): what the page showed when the test gave up."""
    browsers = []

    def launch(fake_video_y4m: Path | None = None):
        args = list(CHROMIUM_ARGS)
        if fake_video_y4m is not None:
            args.append(f"--use-file-for-fake-video-capture={Path(fake_video_y4m).resolve()}")
        browser = _playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=args)
        browsers.append(browser)
        context = browser.new_context(viewport=VIEWPORT)
        context.set_default_timeout(30_000)
        return context.new_page()

    yield launch
    if getattr(request.node, "body_failed", False):
        _keep_failed_pages(browsers, request.node.name)
    for browser in browsers:
        with contextlib.suppress(Exception):
            browser.close()


def _keep_failed_pages(browsers, test_name: str) -> None:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    pages = [page for browser in browsers for context in browser.contexts for page in context.pages]
    for n, page in enumerate(pages):
        stem = SCREENSHOT_DIR / f"FAILED-{test_name}-{n}"
        with contextlib.suppress(Exception):
            page.screenshot(path=f"{stem}.png", full_page=True)
            Path(f"{stem}.txt").write_text(page.inner_text("body"))


@pytest.fixture
def screenshot() -> Callable[..., Path]:
    """`screenshot(page, name) -> Path`: a full-page PNG in test-artifacts/screenshots/."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:
        # Streamlit scrolls an inner element, not the document: grow the viewport to the
        # content's height for the picture, then put it back.
        path = SCREENSHOT_DIR / f"{name}.png"
        viewport = page.viewport_size
        for _ in range(3):  # a taller window can re-flow (charts): measure again
            height = min(page.evaluate(_CONTENT_HEIGHT_JS), 8000)
            if not viewport or height <= page.viewport_size["height"]:
                break
            page.set_viewport_size({"width": viewport["width"], "height": height})
            page.wait_for_timeout(400)
        page.screenshot(path=str(path), full_page=True)
        if viewport:
            page.set_viewport_size(viewport)
        return path

    return take


def wait_for_idle(page, timeout_ms: float = 30_000) -> None:
    """Wait until the app is on screen and Streamlit has finished running the script (its
    state is "notRunning"; "initial" means the first run has not even started).

    Wait for something the page shows first: between two runs the state is briefly
    "notRunning" too."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    page.wait_for_function(
        """() => {
            const app = document.querySelector('[data-testid="stApp"]');
            const running = '[data-testid="stStatusWidgetRunningIcon"]';
            return app && app.getAttribute('data-test-script-state') === 'notRunning'
                && !document.querySelector(running);
        }""",
        timeout=timeout_ms,
    )
