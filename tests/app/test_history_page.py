"""The history page through Streamlit's AppTest: list, open, compare, delete, damaged file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from feedback.verdicts import VERDICTS
from storage.history import History, SessionRecord
from tests.app.pages import run_page, use_storage

PAGE = "history.py"


def review_json(verdicts_by_place: dict[tuple[str, str], list[str]], video: str) -> dict:
    strokes, zones, t_s = [], [], 0.0
    for (zone, side), verdicts in verdicts_by_place.items():
        for verdict in verdicts:
            strokes.append({"t_start_s": t_s, "t_end_s": t_s + 0.9, "zone": zone, "side": side,
                            "hand": side, "verdict": verdict, "angle_error_deg": 5.0,
                            "length_fw": 0.3, "speed_fw_per_s": 0.33})
            t_s += 1.2
        zones.append({"zone": zone, "side": side, **{v: verdicts.count(v) for v in VERDICTS}})
    return {"video": video, "duration_s": t_s + 1, "fps": 30.0, "frames": int(t_s * 30),
            "profile": "drainage", "strokes": strokes, "zones": zones,
            "warnings": [{"t_s": 0.0, "code": "no_hand",
                          "message": "No hand in view from 0.0 s to 1.0 s"}]}


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    use_storage(tmp_path, monkeypatch)
    return tmp_path / "history.sqlite3"


def save(db: Path, source: str, places: dict, kind: str = "review") -> int:
    review = review_json(places, source)
    with History(db) as history:
        record = SessionRecord.new(kind, source, "drainage", review["duration_s"], review)
        return history.save(record)


@pytest.fixture
def two_sessions(db) -> tuple[int, int]:
    first = save(db, "monday.mp4", {("cheek", "left"): ["good", "reversed", "reversed"]})
    second = save(db, "tuesday.mp4", {("cheek", "left"): ["good", "good", "good"],
                                      ("neck", "right"): ["too_fast"]})
    return first, second


def test_empty_history_says_what_to_do(db):
    at = run_page(PAGE)
    assert "No sessions yet" in at.info[0].value
    assert at.caption[0].value


def test_lists_sessions_newest_first_and_opens_the_newest(two_sessions):
    at = run_page(PAGE)
    table = at.dataframe[0].value
    assert list(table.columns) == ["Date", "Kind", "Source", "Length", "Strokes", "Good", "Note"]
    assert list(table["Source"]) == ["tuesday.mp4", "monday.mp4"]
    assert list(table["Strokes"]) == [4, 3]
    assert list(table["Good"]) == ["75%", "33%"]
    assert "tuesday.mp4" in at.subheader[0].value
    zones = at.table[0].value
    assert list(zones["Zone"]) == ["Cheek", "Neck"]
    assert list(zones["Good"]) == [3, 0]
    assert list(zones["Target reps"]) == [7, 10]
    cues = " ".join(m.value for m in at.markdown)
    assert "Right neck: the one stroke was too fast" in cues
    assert "No hand in view" in cues
    assert len(at.get("vega_lite_chart")) == 2  # the progress over sessions, the timeline


def test_open_an_older_session(two_sessions):
    first, _ = two_sessions
    at = run_page(PAGE)
    at.selectbox(key="history_selected").set_value(first).run()
    assert "monday.mp4" in at.subheader[0].value
    assert list(at.table[0].value["Reversed"]) == [2]


def test_compare_with_previous(two_sessions):
    at = run_page(PAGE)
    at.button(key="compare").click().run()
    text = " ".join(m.value for m in at.markdown)
    assert "Compared with the previous recording session" in text and "monday.mp4" in text
    comparison = at.table[1].value
    assert list(comparison["Zone"]) == ["Cheek (left)", "Neck (right)"]
    assert list(comparison["Good before"]) == ["33%", "–"]
    assert list(comparison["Good now"]) == ["100%", "0%"]
    assert list(comparison["Change"]) == ["+67 points", "–"]


def test_compare_the_first_session(two_sessions):
    first, _ = two_sessions
    at = run_page(PAGE)
    at.selectbox(key="history_selected").set_value(first).run()
    at.button(key="compare").click().run()
    assert "no earlier recording session" in at.info[0].value


def test_only_sessions_of_the_same_kind_and_zone_are_compared(db):
    def practice(day, zone, verdicts):  # on different days: the session list's labels differ
        review = review_json({(zone, "left"): verdicts}, "webcam")
        review["practice"] = {"zone": zone, "side": "left", "target": 3}
        record = SessionRecord(None, f"2026-05-0{day}T08:00:00+00:00", "practice", "webcam",
                               "drainage", 5.0, review)
        with History(db) as history:
            return history.save(record)

    practice(1, "cheek", ["good", "reversed"])
    practice(2, "neck", ["good"])
    save(db, "monday.mp4", {("cheek", "left"): ["good"]})  # a recording in between
    newest = practice(3, "cheek", ["good", "good"])
    at = run_page(PAGE)
    assert at.dataframe[0].value["Kind"][0] == "Practice (cheek)"
    at.selectbox(key="history_selected").set_value(newest).run()
    at.button(key="compare").click().run()
    text = " ".join(m.value for m in at.markdown)
    assert "previous practice (cheek) session" in text and "monday.mp4" not in text
    assert list(at.table[1].value["Zone"]) == ["Cheek (left)"]  # not the neck practice's zone
    assert at.metric[-1].value == "100%" and at.metric[-1].proto.delta == "+50 points"


def test_no_change_is_not_shown_as_an_improvement(db):
    save(db, "monday.mp4", {("cheek", "left"): ["good", "reversed"]})
    save(db, "tuesday.mp4", {("cheek", "left"): ["good", "reversed"]})
    at = run_page(PAGE)
    at.button(key="compare").click().run()
    deltas = [m.proto.delta for m in at.metric][-2:]
    assert deltas == ["no change", "no change"]
    assert list(at.table[1].value["Change"]) == ["no change"]


def test_delete_asks_first_then_deletes(db, two_sessions):
    first, second = two_sessions
    at = run_page(PAGE)
    at.button(key="delete").click().run()
    assert "cannot be undone" in at.warning[0].value
    at.button(key="delete-no").click().run()
    assert not at.warning
    with History(db) as history:
        assert len(history.list()) == 2
    at.button(key="delete").click().run()
    at.button(key="delete-yes").click().run()
    assert not at.exception
    with History(db) as history:
        assert [r.id for r in history.list()] == [first]
    assert "Deleted" in at.success[0].value
    assert "monday.mp4" in at.subheader[0].value
    assert list(at.dataframe[0].value["Source"]) == ["monday.mp4"]


def test_session_without_strokes(db):
    save(db, "webcam", {}, kind="live")
    at = run_page(PAGE)
    assert "No strokes were found" in at.info[0].value
    assert not at.get("vega_lite_chart")
    assert list(at.dataframe[0].value["Kind"]) == ["Live coach"]


def test_damaged_history_is_set_aside_with_a_warning(db):
    db.write_bytes(b"this is not a database" * 100)
    at = run_page(PAGE)
    assert "damaged" in at.warning[0].value
    assert "No sessions yet" in at.info[0].value


def test_unusable_history_location_shows_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    use_storage(tmp_path, monkeypatch, db_path=blocker / "history.sqlite3")
    at = run_page(PAGE)
    assert "history folder" in at.error[0].value


def damage_row(db: Path, id: int, review_json: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE sessions SET review_json = ? WHERE id = ?", (review_json, id))
    conn.close()


def test_a_damaged_session_shows_as_damaged_and_the_others_as_usual(db, two_sessions):
    first, second = two_sessions
    damage_row(db, first, '{"strokes": [{"verdict": "go')  # cut off mid-way
    at = run_page(PAGE)
    table = at.dataframe[0].value
    assert list(table["Source"]) == ["tuesday.mp4", "monday.mp4"]
    assert list(table["Note"]) == ["", "damaged"] and list(table["Good"]) == ["75%", "–"]
    assert "tuesday.mp4" in at.subheader[0].value and list(at.table[0].value["Good"]) == [3, 0]
    at.button(key="compare").click().run()
    assert "damaged" in at.info[0].value and not at.exception  # the one before is damaged
    at.selectbox(key="history_selected").set_value(first).run()
    assert not at.exception and "monday.mp4" in at.subheader[0].value
    assert "damaged and cannot be shown" in at.error[0].value and not at.get("vega_lite_chart")
    at.button(key="delete").click().run()
    at.button(key="delete-yes").click().run()
    assert list(at.dataframe[0].value["Source"]) == ["tuesday.mp4"]


def test_a_session_of_the_wrong_shape_shows_as_damaged(db, two_sessions):
    first, _ = two_sessions
    damage_row(db, first, '{"strokes": 7}')
    at = run_page(PAGE)
    assert list(at.dataframe[0].value["Note"]) == ["", "damaged"]


def test_a_session_that_ended_without_stop_says_so(db):
    review = review_json({("cheek", "right"): ["good", "good"]}, "webcam")
    with History(db) as history:
        history.save(SessionRecord.new("live", "webcam", "drainage", review["duration_s"],
                                       {**review, "ended": "no_frames"}))
    at = run_page(PAGE)
    assert list(at.dataframe[0].value["Note"]) == ["ended without Stop"]
    assert "ended without Stop" in at.info[0].value and "tab was closed" in at.info[0].value
    assert list(at.dataframe[0].value["Strokes"]) == [2]
