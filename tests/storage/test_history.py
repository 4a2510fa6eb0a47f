import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from feedback.verdicts import VERDICTS
from storage.history import History, SessionRecord, compare
from storage.paths import StorageError, default_db_path

REPO_ROOT = Path(__file__).resolve().parents[2]


def make_review(verdicts_by_zone: dict[tuple[str, str], list[str]]) -> dict:
    """A review JSON (docs/formats.md) with one stroke per listed verdict."""
    strokes, zones = [], []
    t_s = 0.0
    for (zone, side), verdicts in verdicts_by_zone.items():
        for verdict in verdicts:
            strokes.append({
                "t_start_s": t_s, "t_end_s": t_s + 0.9, "zone": zone, "side": side,
                "hand": side, "verdict": verdict, "angle_error_deg": 5.0,
                "length_fw": 0.3, "speed_fw_per_s": 0.33,
            })
            t_s += 1.0
        zones.append({"zone": zone, "side": side,
                      **{v: verdicts.count(v) for v in VERDICTS}})
    return {"video": "x.mp4", "duration_s": t_s, "fps": 30.0, "frames": int(t_s * 30),
            "profile": "drainage", "strokes": strokes, "zones": zones, "warnings": []}


def make_record(n_good: int = 3, n_reversed: int = 1, source: str = "webcam",
                kind: str = "live") -> SessionRecord:
    review = make_review({("cheek", "left"): ["good"] * n_good + ["reversed"] * n_reversed})
    return SessionRecord.new(kind, source, "drainage", review["duration_s"], review)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


def test_empty_history(db_path: Path) -> None:
    with History(db_path) as history:
        assert history.list() == []
        assert history.get(1) is None
        assert history.previous(1) is None
        assert history.delete(1) is False
        assert history.recovery_message is None


def test_round_trip_and_order(db_path: Path) -> None:
    with History(db_path) as history:
        ids = [history.save(make_record(n_good=i, source=f"clip{i}.mp4")) for i in range(3)]
        assert ids == sorted(ids)

        listed = history.list()
        assert [r.id for r in listed] == ids[::-1]
        assert [r.id for r in history.list(limit=2)] == ids[:0:-1]

        got = history.get(ids[1])
        original = make_record(n_good=1, source="clip1.mp4")
        assert got.source == "clip1.mp4" and got.review == original.review
        assert got.kind == "live" and got.profile == "drainage"

        assert history.previous(ids[2]).id == ids[1]
        assert history.previous(ids[0]) is None

        assert history.delete(ids[1]) is True
        assert history.get(ids[1]) is None
        assert history.previous(ids[2]).id == ids[0]
        assert [r.id for r in history.list()] == [ids[2], ids[0]]


def test_empty_file_becomes_a_history(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with History(db_path) as history:
        assert history.recovery_message is None
        assert history.get(history.save(make_record())) is not None


def test_closed_history_raises_history_error(db_path: Path) -> None:
    history = History(db_path)
    history.close()
    with pytest.raises(StorageError, match="closed"):
        history.save(make_record())


def test_saved_ids_are_not_reused_after_delete(db_path: Path) -> None:
    with History(db_path) as history:
        first = history.save(make_record())
        history.delete(first)
        assert history.save(make_record()) > first


def test_records_survive_reopening(db_path: Path) -> None:
    with History(db_path) as history:
        saved_id = history.save(make_record(source="a.mp4", kind="review"))
    with History(db_path) as history:
        record = history.get(saved_id)
    assert (record.id, record.kind, record.source) == (saved_id, "review", "a.mp4")


def test_save_rejects_a_saved_record(db_path: Path) -> None:
    with History(db_path) as history:
        record = history.get(history.save(make_record()))
        with pytest.raises(ValueError, match="already saved"):
            history.save(record)


@pytest.mark.parametrize("n_good, n_reversed, expected", [(3, 1, 75.0), (0, 2, 0.0), (0, 0, 0.0)])
def test_percent_good(n_good: int, n_reversed: int, expected: float) -> None:
    record = make_record(n_good=n_good, n_reversed=n_reversed)
    assert record.n_strokes == n_good + n_reversed
    assert record.n_good == n_good
    assert record.percent_good == expected


def test_zones_summary() -> None:
    review = make_review({("cheek", "left"): ["good", "good", "too_fast"],
                          ("neck", "right"): ["off_path"]})
    record = SessionRecord.new("practice", "webcam", "drainage", 4.0, review)
    assert record.zones_summary == {
        ("cheek", "left"): {"good": 2, "reversed": 0, "off_path": 0, "too_fast": 1, "unsure": 0},
        ("neck", "right"): {"good": 0, "reversed": 0, "off_path": 1, "too_fast": 0, "unsure": 0},
    }


@pytest.mark.parametrize("kind, created_at", [
    ("nap", "2026-05-09T07:35:25+00:00"),
    ("live", "2026-05-09T07:35:25"),
    ("live", "2026-05-09T07:35:25+02:00"),
    ("live", "yesterday"),
])
def test_record_rejects_bad_fields(kind: str, created_at: str) -> None:
    with pytest.raises(ValueError):
        SessionRecord(None, created_at, kind, "webcam", "drainage", 1.0, {})


def test_compare() -> None:
    before = SessionRecord.new("live", "webcam", "drainage", 5.0, make_review({
        ("cheek", "left"): ["good", "reversed"], ("neck", "left"): ["good"]}))
    now = SessionRecord.new("live", "webcam", "drainage", 5.0, make_review({
        ("cheek", "left"): ["good", "good", "good", "reversed"], ("forehead", "right"): ["good"]}))
    result = compare(now, before)
    assert result["n_strokes_delta"] == 5 - 3
    assert result["percent_good_delta"] == pytest.approx(80.0 - 200 / 3)
    by_zone = {(z["zone"], z["side"]): z for z in result["zones"]}
    # In the order of protocol.ZONES.
    assert list(by_zone) == [("forehead", "right"), ("cheek", "left"), ("neck", "left")]
    cheek = by_zone["cheek", "left"]
    assert (cheek["strokes_now"], cheek["strokes_before"], cheek["strokes_delta"]) == (4, 2, 2)
    assert cheek["percent_good_delta"] == pytest.approx(75.0 - 50.0)
    assert by_zone["neck", "left"]["percent_good_now"] is None
    assert by_zone["neck", "left"]["percent_good_delta"] is None
    assert by_zone["forehead", "right"]["strokes_delta"] == 1


def test_wal_mode_and_schema_version(db_path: Path) -> None:
    History(db_path).close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def assert_recovered(db_path: Path, history: History, original: bytes) -> None:
    assert "damaged" in history.recovery_message
    asides = list(db_path.parent.glob("history.sqlite3.corrupt-*"))
    main_asides = [p for p in asides if not p.name.endswith(("-wal", "-shm"))]
    assert len(main_asides) == 1
    assert str(main_asides[0]) in history.recovery_message
    assert main_asides[0].read_bytes() == original
    saved_id = history.save(make_record())
    assert [r.id for r in history.list()] == [saved_id]


def test_random_bytes_file_is_moved_aside(db_path: Path) -> None:
    original = os.urandom(8192)
    db_path.write_bytes(original)
    Path(f"{db_path}-wal").write_bytes(os.urandom(100))
    with History(db_path) as history:
        assert_recovered(db_path, history, original)
    assert len(list(db_path.parent.glob("history.sqlite3.corrupt-*-wal"))) == 1


def test_truncated_database_is_moved_aside(db_path: Path) -> None:
    with History(db_path) as history:
        for _ in range(200):
            history.save(make_record(n_good=20))
    assert not Path(f"{db_path}-wal").exists()  # checkpointed on close
    original = db_path.read_bytes()[: db_path.stat().st_size // 2]
    db_path.write_bytes(original)
    with History(db_path) as history:
        assert_recovered(db_path, history, original)


@pytest.mark.parametrize("sql", [
    "CREATE TABLE other (x)",
    "PRAGMA user_version = 99",
    "CREATE TABLE sessions (id INTEGER PRIMARY KEY); PRAGMA user_version = 1",
])
def test_foreign_schema_is_moved_aside(db_path: Path, sql: str) -> None:
    conn = sqlite3.connect(db_path)
    conn.executescript(sql)
    conn.close()
    original = db_path.read_bytes()
    with History(db_path) as history:
        assert_recovered(db_path, history, original)


def test_unwritable_location_raises_history_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("")
    with pytest.raises(StorageError, match="not_a_folder"):
        History(blocker / "history.sqlite3")


def test_directory_in_the_way_raises_history_error(db_path: Path) -> None:
    db_path.mkdir()
    with pytest.raises(StorageError, match="history.sqlite3"):
        History(db_path)


def test_location_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "deep" / "folder" / "mine.sqlite3"
    monkeypatch.setenv("MASSAGE_COACH_DB", str(target))
    assert default_db_path() == target
    assert target.parent.is_dir()
    with History() as history:
        history.save(make_record())
    assert target.exists()


def test_location_from_xdg_and_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MASSAGE_COACH_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "xdg" / "massage-coach" / "history.sqlite3"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    expected = tmp_path / "home" / ".local" / "share" / "massage-coach" / "history.sqlite3"
    assert default_db_path() == expected
    assert expected.parent.is_dir()


@pytest.mark.parametrize("shared", [True, False], ids=["one-instance", "two-instances"])
def test_two_threads_saving(db_path: Path, shared: bool) -> None:
    histories = [History(db_path)] * 2 if shared else [History(db_path), History(db_path)]
    saved: list[int] = []

    def save_many(history: History) -> None:
        for i in range(50):
            saved.append(history.save(make_record(n_good=i % 5)))

    threads = [threading.Thread(target=save_many, args=(h,)) for h in histories]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(saved)) == 100
    assert sorted(r.id for r in histories[0].list()) == sorted(saved)
    for history in histories:
        history.close()


SAVER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from storage.history import History, SessionRecord
    review = {"strokes": [{"zone": "cheek", "side": "left", "verdict": "good",
                           "note": "x" * 200}] * 20, "zones": [], "warnings": []}
    history = History(sys.argv[2])
    while True:
        saved_id = history.save(SessionRecord.new("live", "webcam", "drainage", 1.0, review))
        print(saved_id, flush=True)
""")


def test_saves_survive_sigkill(db_path: Path) -> None:
    """Each round kills a saver mid-loop; the next round reopens the same file."""
    reported: list[int] = []
    for round_kill_s in (0.5, 0.73, 0.91):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(REPO_ROOT), str(db_path)],
            stdout=subprocess.PIPE, text=True,
        )
        first_line = child.stdout.readline()  # saving has started
        time.sleep(round_kill_s)
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=5)
        assert child.returncode == -signal.SIGKILL
        lines = (first_line + rest).split("\n")[:-1]  # a cut-off last line has no "\n"
        assert len(lines) >= 24, f"only {len(lines)} saves in {round_kill_s} s"
        reported += [int(line) for line in lines]

        with History(db_path) as history:
            assert history.recovery_message is None
            for saved_id in reported:
                record = history.get(saved_id)
                assert record is not None, f"id {saved_id} was reported but is missing"
                assert record.n_strokes == 20
        conn = sqlite3.connect(db_path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()


@pytest.mark.parametrize("stored, problem", [
    ('{"strokes": [', "Expecting value"),
    ("[1, 2]", "not a JSON object"),
    ('{"strokes": [1]}', "'strokes' is not a list of objects"),
    ('{"zones": "cheek"}', "'zones' is not a list of objects"),
], ids=["bad-json", "not-an-object", "strokes-not-objects", "zones-not-a-list"])
def test_a_damaged_row_is_listed_as_damaged_and_the_others_as_usual(db_path: Path, stored: str,
                                                                   problem: str) -> None:
    with History(db_path) as history:
        ids = [history.save(make_record(n_good=i)) for i in (1, 2, 3)]
        with sqlite3.connect(db_path) as conn:
            conn.execute("UPDATE sessions SET review_json = ? WHERE id = ?", (stored, ids[1]))
        conn.close()
        records = history.list()
        assert [r.id for r in records] == ids[::-1]
        assert [r.damage is None for r in records] == [True, False, True]
        damaged = history.get(ids[1])
        assert problem in damaged.damage and damaged.review == {} and damaged.n_strokes == 0
        assert [r.n_good for r in records] == [3, 0, 1]
        assert history.previous(ids[2]).id == ids[1] and history.delete(ids[1])


def test_a_row_with_a_bad_kind_or_date_is_damaged_not_fatal(db_path: Path) -> None:
    with History(db_path) as history:
        saved = history.save(make_record())
        with sqlite3.connect(db_path) as conn:
            conn.execute("UPDATE sessions SET kind = 'dance', created_at = 'yesterday' WHERE id = ?", (saved,))
        conn.close()
        (record,) = history.list()
        assert record.damage and "kind" in record.damage and record.kind == "dance"


def test_update_replaces_a_session_as_it_goes_on(db_path: Path) -> None:
    with History(db_path) as history:
        first = make_record(n_good=1, n_reversed=0)
        saved = history.save(first)
        later = make_record(n_good=4, n_reversed=1)
        assert history.update(saved, later)
        record = history.get(saved)
        assert (record.n_good, record.n_strokes, record.duration_s) == (4, 5, later.duration_s)
        assert record.created_at == first.created_at and len(history.list()) == 1
        assert history.delete(saved) and not history.update(saved, later)
