"""Session history: every session, kept in one local SQLite file (a webcam session while it
goes on too: `runs.session_keeper` saves it every few seconds with `update`).

Where the file lives: `storage.paths.default_db_path`.

The database runs in WAL mode with `synchronous=FULL`: a session whose id `save` returned
is on disk, even if the app is killed or the machine loses power right after (on a disk
that honours fsync). `NORMAL` survives a killed app but may lose the last commits on power
loss; one fsync per saved session costs nothing here.

A damaged file (not a database, failing `PRAGMA quick_check`, or a schema that is not
ours) is moved aside unchanged to `history.sqlite3.corrupt-YYYYmmdd-HHMMSS` (with its
`-wal`/`-shm`), a new history is started and `History.recovery_message` says so. A file
that is only busy or read-only is never moved: that, and a location that cannot be
written, raise `StorageError`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from feedback.protocol import ZONES
from feedback.summary import percent_good
from feedback.verdicts import VERDICTS
from storage.paths import StorageError, aside_path, default_db_path, make_parent

KINDS = ("live", "review", "practice", "routine")
SCHEMA_VERSION = 1
BUSY_TIMEOUT_S = 10.0

_COLUMNS = ("id", "created_at", "kind", "source", "profile", "duration_s", "review_json")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    profile TEXT NOT NULL,
    duration_s REAL NOT NULL,
    review_json TEXT NOT NULL
)"""
_INSERT = f"INSERT INTO sessions ({', '.join(_COLUMNS[1:])}) VALUES (?, ?, ?, ?, ?, ?)"
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM sessions"
# SQLite result codes that mean "this file is damaged", not "cannot get at it".
_DAMAGED_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


class _DamagedError(Exception):
    """The file opened but is not a usable history."""


@dataclass(frozen=True)
class SessionRecord:
    """One session; `review` is the review JSON of docs/formats.md.

    damage: why a row read from the file could not be used (its review is then empty), or
    None. A damaged row is listed like the others, so that it can be seen and deleted.
    """

    id: int | None
    created_at: str
    kind: str
    source: str
    profile: str
    duration_s: float
    review: dict[str, Any]
    damage: str | None = None

    def __post_init__(self) -> None:
        if self.damage is not None:
            return  # as found in the file
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {self.kind!r}")
        try:
            offset = datetime.fromisoformat(self.created_at).utcoffset()
        except (TypeError, ValueError):
            offset = None
        if offset is None or offset.total_seconds() != 0:
            raise ValueError(f"created_at must be ISO-8601 UTC, got {self.created_at!r}")

    @classmethod
    def new(cls, kind: str, source: str, profile: str, duration_s: float,
            review: dict[str, Any]) -> SessionRecord:
        """An unsaved record stamped with the current time, e.g. '2026-05-09T07:35:25+00:00'."""
        created_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        return cls(None, created_at, kind, source, profile, duration_s, review)

    @property
    def n_strokes(self) -> int:
        return len(self.review.get("strokes", []))

    @property
    def n_good(self) -> int:
        return sum(1 for s in self.review.get("strokes", []) if s.get("verdict") == "good")

    @property
    def percent_good(self) -> float:
        """Share of good strokes, 0-100; 0 when there are no strokes."""
        return percent_good(self.n_good, self.n_strokes)

    @property
    def zones_summary(self) -> dict[tuple[str, str], dict[str, int]]:
        """Verdict counts per (zone, side), every verdict present, from review["zones"]."""
        summary: dict[tuple[str, str], dict[str, int]] = {}
        for row in self.review.get("zones", []):
            counts = summary.setdefault((row["zone"], row["side"]), dict.fromkeys(VERDICTS, 0))
            for verdict in VERDICTS:
                counts[verdict] += int(row.get(verdict, 0))
        return summary


def compare(current: SessionRecord, previous: SessionRecord) -> dict[str, Any]:
    """Changes from `previous` to `current` (deltas are now minus before).

    Zones are (zone, side) pairs seen in either session, in protocol order. A zone's
    percent good is None when it has no strokes, and so is its delta.
    """
    now, before = current.zones_summary, previous.zones_summary
    zones = []
    for zone, side in sorted(now.keys() | before.keys(), key=_zone_order):
        n_now, pct_now = _strokes_and_percent(now.get((zone, side)))
        n_before, pct_before = _strokes_and_percent(before.get((zone, side)))
        zones.append({
            "zone": zone, "side": side,
            "strokes_now": n_now, "strokes_before": n_before,
            "strokes_delta": n_now - n_before,
            "percent_good_now": pct_now, "percent_good_before": pct_before,
            "percent_good_delta": None if None in (pct_now, pct_before) else pct_now - pct_before,
        })
    return {
        "n_strokes_delta": current.n_strokes - previous.n_strokes,
        "percent_good_delta": current.percent_good - previous.percent_good,
        "zones": zones,
    }


def _zone_order(key: tuple[str, str]) -> tuple[int, str, str]:
    zone, side = key
    return (ZONES.index(zone) if zone in ZONES else len(ZONES), zone, side)


def _strokes_and_percent(counts: dict[str, int] | None) -> tuple[int, float | None]:
    total = sum(counts.values()) if counts else 0
    return total, (percent_good(counts["good"], total) if total else None)


class History:
    """The session history in one SQLite file; safe to share between threads.

    One connection serves all threads, one call at a time (a lock guards it: Streamlit
    runs scripts and callbacks on different threads). It runs in autocommit mode, so
    each write is a single statement that is committed when `execute` returns. Any
    SQLite failure after opening (disk full, file made read-only) raises StorageError.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.recovery_message: str | None = None
        self._lock = threading.Lock()
        make_parent(self.path)
        try:
            self._conn = _open(self.path)
        except _DamagedError as exc:
            aside = _move_aside(self.path)
            self.recovery_message = (
                f"The history file was damaged ({exc}) and has been moved to {aside}; "
                "a new history was started."
            )
            self._conn = _open(self.path)  # the path is free now: a brand-new file

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _locked(self) -> Iterator[sqlite3.Connection]:
        """The connection, for one call at a time; SQLite errors become StorageError."""
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise StorageError(f"The history file {self.path} failed: {exc}") from exc

    def save(self, record: SessionRecord) -> int:
        """Store an unsaved record; returns its new id once it is committed."""
        if record.id is not None:
            raise ValueError(f"record is already saved with id {record.id}")
        values = (record.created_at, record.kind, record.source, record.profile,
                  float(record.duration_s), json.dumps(record.review))
        with self._locked() as conn:
            cursor = conn.execute(_INSERT, values)
        return cursor.lastrowid

    def update(self, id: int, record: SessionRecord) -> bool:
        """Replace session `id`'s length and review (a session saved while it goes on);
        False if there is no such session (deleted meanwhile)."""
        values = (float(record.duration_s), json.dumps(record.review), id)
        with self._locked() as conn:
            cursor = conn.execute("UPDATE sessions SET duration_s = ?, review_json = ? WHERE id = ?", values)
        return cursor.rowcount > 0

    def list(self, limit: int | None = None) -> list[SessionRecord]:
        """Saved sessions, newest (last saved) first; at most `limit` of them."""
        with self._locked() as conn:
            rows = conn.execute(
                f"{_SELECT} ORDER BY id DESC LIMIT ?", (-1 if limit is None else limit,)
            ).fetchall()
        return [_record(row) for row in rows]

    def get(self, id: int) -> SessionRecord | None:
        with self._locked() as conn:
            row = conn.execute(f"{_SELECT} WHERE id = ?", (id,)).fetchone()
        return _record(row) if row else None

    def previous(self, id: int) -> SessionRecord | None:
        """The session saved just before session `id`, or None for the first one."""
        with self._locked() as conn:
            row = conn.execute(
                f"{_SELECT} WHERE id < ? ORDER BY id DESC LIMIT 1", (id,)
            ).fetchone()
        return _record(row) if row else None

    def delete(self, id: int) -> bool:
        """Remove session `id`; False if there was none."""
        with self._locked() as conn:
            cursor = conn.execute("DELETE FROM sessions WHERE id = ?", (id,))
        return cursor.rowcount > 0


def _record(row: tuple[Any, ...]) -> SessionRecord:
    """The row as a record; a row that cannot be used becomes a damaged record."""
    *fields, review_json = row
    try:
        review = json.loads(review_json)
        problem = _shape_problem(review)
        if problem is None:
            return SessionRecord(*fields, review=review)
    except (TypeError, ValueError) as exc:  # bad JSON, kind or date
        problem = str(exc)
    return SessionRecord(*fields, review={}, damage=problem)


def _shape_problem(review: Any) -> str | None:
    """What makes a decoded review unusable for the list (docs/formats.md), or None."""
    if not isinstance(review, dict):
        return "the review is not a JSON object"
    for key in ("strokes", "zones", "warnings"):
        items = review.get(key, [])
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            return f"its {key!r} is not a list of objects"
    return None


def _open(path: Path) -> sqlite3.Connection:
    """A checked connection in WAL mode; raises _DamagedError or StorageError."""
    version = _checked_version(path) if path.exists() else 0
    conn = _connect(path, read_only=False)
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode != "wal":
            raise StorageError(f"The history file {path} cannot use WAL mode (got {mode!r})")
        conn.execute("PRAGMA synchronous=FULL")
        if version == 0:
            # Idempotent, in case another process is creating the schema too.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(_SCHEMA)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.close()  # also rolls back an unfinished schema
        raise _translated(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _checked_version(path: Path) -> int:
    """The schema version of an existing file, 0 if empty; read-only, to leave a damaged
    file and its -wal as they were found."""
    conn = _connect(path, read_only=True)
    try:
        check = conn.execute("PRAGMA quick_check").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        n_tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
        columns = tuple(row[1] for row in conn.execute("PRAGMA table_info(sessions)"))
    except sqlite3.Error as exc:
        raise _translated(exc, path) from exc
    finally:
        conn.close()
    if check != [("ok",)]:
        raise _DamagedError(f"quick_check: {check[0][0]}")
    if version == 0 and n_tables == 0:
        return 0
    if version != SCHEMA_VERSION or columns != _COLUMNS:
        raise _DamagedError(
            f"schema version {version}, sessions columns {columns}; "
            f"expected version {SCHEMA_VERSION}, columns {_COLUMNS}"
        )
    return version


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rwc'}"
    try:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise StorageError(f"Cannot open the history file {path}: {exc}") from exc


def _translated(exc: sqlite3.Error, path: Path) -> Exception:
    """A damaged file becomes _DamagedError; anything else (busy, read-only) StorageError."""
    if getattr(exc, "sqlite_errorname", None) in _DAMAGED_CODES:
        return _DamagedError(str(exc))
    return StorageError(f"Cannot use the history file {path}: {exc}")


def _move_aside(path: Path) -> Path:
    """Rename the file and its -wal/-shm to a free `.corrupt-YYYYmmdd-HHMMSS` name."""
    aside = aside_path(path, ("", "-wal", "-shm"))
    try:
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{path}{suffix}").exists():
                os.rename(f"{path}{suffix}", f"{aside}{suffix}")
    except OSError as exc:
        raise StorageError(f"The history file {path} is damaged and cannot be moved: {exc}") from exc
    return aside
