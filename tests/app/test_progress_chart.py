"""The History page's progress chart: its data, and when it is shown."""

from __future__ import annotations

from storage.history import SessionRecord
from tests.app.pages import run_page
from tests.app.test_history_page import db, review_json, save  # noqa: F401 (db is a fixture)
from ui.progress_chart import MAX_SESSIONS, progress_chart, progress_data


def record(created_at: str, places: dict, kind: str = "review") -> SessionRecord:
    review = review_json(places, "x.mp4")
    return SessionRecord(None, created_at, kind, "x.mp4", "drainage", review["duration_s"], review)


def test_each_zone_s_share_of_good_strokes_oldest_session_first():
    newest_first = [record("2026-05-10T08:00:00+00:00", {("cheek", "left"): ["good", "good"],
                                                         ("cheek", "right"): ["good", "reversed"]}, "live"),
                    record("2026-05-09T08:00:00+00:00", {("cheek", "left"): ["good", "reversed", "reversed"],
                                                         ("neck", "left"): ["good"]})]
    data = progress_data(newest_first)
    assert data[["session", "zone", "percent_good", "strokes"]].values.tolist() == [
        [1, "Cheek", 33, "1 of 3 good"], [1, "Neck", 100, "1 of 1 good"], [2, "Cheek", 75, "3 of 4 good"]]
    assert list(data["kind"]) == ["Recording", "Recording", "Live coach"]
    assert data["when"].iloc[0].startswith("1. 05-")
    spec = progress_chart(newest_first).to_dict()
    assert spec["encoding"]["y"]["scale"]["domain"] == [0, 100]
    assert spec["encoding"]["color"]["sort"] == ["Cheek", "Neck"]


def test_no_chart_before_two_sessions_with_strokes_and_only_the_latest_sessions():
    assert progress_chart([record("2026-05-09T08:00:00+00:00", {("chin", "left"): ["good"]})]) is None
    assert progress_chart([record("2026-05-09T08:00:00+00:00", {}),
                           record("2026-05-08T08:00:00+00:00", {("chin", "left"): ["good"]})]) is None
    many = [record(f"2026-05-{d:02d}T08:00:00+00:00", {("chin", "left"): ["good"]}) for d in range(31, 0, -1)]
    assert progress_data(many)["session"].max() == MAX_SESSIONS


def test_the_history_page_shows_progress_once_there_are_two_sessions(db):  # noqa: F811
    save(db, "monday.mp4", {("cheek", "left"): ["good", "reversed"]})
    assert "Progress" not in " ".join(m.value for m in run_page("history.py").markdown)
    save(db, "tuesday.mp4", {("cheek", "left"): ["good", "good"]})
    at = run_page("history.py")
    assert any(m.value.startswith("**Progress**") for m in at.markdown)
