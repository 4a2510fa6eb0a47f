"""Which earlier session a session is compared with: only one of the same kind (a routine
with a routine, a recording with a recording) and, for a practice, of the same zone."""

from __future__ import annotations

from collections.abc import Iterable

from storage.history import SessionRecord


def practised_zone(record: SessionRecord) -> str | None:
    """The zone a practice session aimed at (kept since practice entries record it)."""
    practice = record.review.get("practice")
    return practice.get("zone") if isinstance(practice, dict) else None


def same_kind(a: SessionRecord, b: SessionRecord) -> bool:
    return a.kind == b.kind and practised_zone(a) == practised_zone(b)


def previous_like(records: Iterable[SessionRecord], record: SessionRecord) -> SessionRecord | None:
    """The latest session saved before `record` that is of the same kind (and zone)."""
    earlier = [r for r in records if r.id is not None and r.id < record.id and same_kind(r, record)]
    return max(earlier, key=lambda r: r.id, default=None)
