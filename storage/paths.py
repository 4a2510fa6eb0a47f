"""Where the app keeps its files, the name a damaged one is moved aside to, and whether an
output file can be written (`output_problem`, checked before any work is done).

The history (`default_db_path`):
1. `$MASSAGE_COACH_DB`, if set;
2. else `$XDG_DATA_HOME/massage-coach/history.sqlite3`;
3. else `~/.local/share/massage-coach/history.sqlite3`.
The settings (`default_settings_path`): `$MASSAGE_COACH_SETTINGS`, else `settings.json`
beside the history. The custom profile: `custom_profile.toml` beside the settings.
Missing parent folders of the history are created.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

DB_ENV = "MASSAGE_COACH_DB"
SETTINGS_ENV = "MASSAGE_COACH_SETTINGS"
SETTINGS_NAME = "settings.json"
CUSTOM_PROFILE_NAME = "custom_profile.toml"


class StorageError(Exception):
    """A file of the app cannot be opened or written; the message is meant for the user."""


def default_db_path() -> Path:
    """The history file's location (see the module docstring); creates its folder."""
    override = os.environ.get(DB_ENV)
    if override:
        path = Path(override).expanduser()
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        data_home = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
        path = data_home / "massage-coach" / "history.sqlite3"
    make_parent(path)
    return path


def default_settings_path() -> Path:
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return Path(override).expanduser()
    return default_db_path().parent / SETTINGS_NAME


def custom_profile_path(settings_path: str | Path | None = None) -> Path:
    return Path(settings_path or default_settings_path()).parent / CUSTOM_PROFILE_NAME


def make_parent(path: Path) -> None:
    """Create the folder of the history file `path` (StorageError if it cannot be)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Cannot create the history folder {path.parent}: {exc}") from exc


def aside_path(path: Path, companions: tuple[str, ...] = ("",)) -> Path:
    """A free name beside `path` for a damaged file: `NAME.corrupt-YYYYmmdd-HHMMSS`, with
    `-2`, `-3`... if taken (taken: any of its `companions` suffixes exists)."""
    stem = f"{path.name}.corrupt-{datetime.now():%Y%m%d-%H%M%S}"
    aside, n = path.with_name(stem), 1
    while any(Path(f"{aside}{s}").exists() for s in companions):
        n += 1
        aside = path.with_name(f"{stem}-{n}")
    return aside


def output_problem(path: Path, suffixes: tuple[str, ...], reading: Path | None = None) -> str | None:
    """Why `path` cannot be written as an output file, or None: its suffix must be one of
    `suffixes` (".json"...), its folder must exist and be writable, and it must be neither
    a folder nor `reading` (the file the output is made from)."""
    if path.suffix.lower() not in suffixes:
        return f"{path}: the name must end in {' or '.join(suffixes)}"
    folder = path.parent
    if not folder.is_dir():
        return f"{path}: the folder {folder} does not exist"
    if path.is_dir():
        return f"{path} is a folder"
    if reading is not None and path.exists() and path.resolve() == reading.resolve():
        return f"{path} is the file being read"
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return f"{path} cannot be written (no permission)"
    return None
