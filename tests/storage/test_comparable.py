"""A session is compared only with an earlier one of the same kind (and practised zone)."""

from storage.comparable import practised_zone, previous_like
from storage.history import SessionRecord


def record(id: int, kind: str, zone: str | None = None) -> SessionRecord:
    review = {"strokes": [], "zones": []}
    if zone:
        review["practice"] = {"zone": zone, "side": "both", "target": 7}
    return SessionRecord(id, "2026-05-09T07:35:25+00:00", kind, "webcam", "drainage", 10.0, review)


def test_previous_of_the_same_kind_and_zone():
    records = [record(6, "practice", "cheek"), record(5, "routine"), record(4, "practice", "neck"),
               record(3, "live"), record(2, "practice", "cheek"), record(1, "routine")]
    assert previous_like(records, records[0]).id == 2
    assert previous_like(records, records[1]).id == 1
    assert previous_like(records, records[3]) is None
    assert previous_like(records, records[4]) is None  # nothing older of its kind


def test_practised_zone():
    assert practised_zone(record(1, "practice", "chin")) == "chin"
    assert practised_zone(record(1, "practice")) is None  # saved before zones were kept
