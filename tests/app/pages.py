"""What the page tests share: the app's files kept out of the user's folders, and a page run."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


def use_storage(folder: Path, monkeypatch, db_path: Path | None = None) -> None:
    """The history (`db_path`, default `folder/history.sqlite3`) and the settings in `folder`."""
    monkeypatch.setenv("MASSAGE_COACH_DB", str(db_path or folder / "history.sqlite3"))
    monkeypatch.setenv("MASSAGE_COACH_SETTINGS", str(folder / "settings.json"))


def run_page(name: str, timeout_s: float = 30) -> AppTest:
    """The page `app_pages/NAME` after its first run, which must not have raised."""
    at = AppTest.from_file(str(ROOT / "app_pages" / name), default_timeout=timeout_s).run()
    assert not at.exception, at.exception
    return at
