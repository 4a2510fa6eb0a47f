"""The app's icon, served by the app itself.

A `:material/...:` page icon makes the browser fetch an SVG from fonts.gstatic.com on every
page, and nothing may leave the computer: the favicon is a local PNG (Streamlit serves it).
"""

from __future__ import annotations

from pathlib import Path

APP_ICON = Path(__file__).with_name("assets") / "favicon.png"
