"""The app's chrome: its icon (served by the app itself) and what Streamlit's own frame may offer.

The favicon is a local PNG: a `:material/...:` page icon makes the browser fetch an SVG from
fonts.gstatic.com on every page, and nothing may leave the computer.

While a camera page polls its coach, Streamlit shows "Running..." with a Stop button beside
the camera's own STOP; that Stop halts the page's script, so the side panel freezes while
the video goes on. It is hidden (the toolbar itself is "minimal" in .streamlit/config.toml).
"""

from __future__ import annotations

from pathlib import Path

APP_ICON = Path(__file__).with_name("assets") / "favicon.png"

CHROME_CSS = """<style>
[data-testid="stStatusWidget"]:has([data-testid="stStatusWidgetRunningIcon"]) button {
    display: none;
}
</style>"""
