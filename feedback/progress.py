"""Progress over sessions: each zone's share of good strokes, session by session (both
sides together), from the sessions' review JSONs (docs/formats.md)."""

from __future__ import annotations

from dataclasses import dataclass

from feedback.protocol import ZONES
from feedback.summary import percent_good
from feedback.verdicts import VERDICTS


@dataclass(frozen=True)
class ZoneProgress:
    """One zone in one session: session is its place in time order (1 = the oldest shown)."""

    session: int
    zone: str
    good: int
    total: int

    @property
    def percent_good(self) -> float:
        return percent_good(self.good, self.total)


def zone_progress(reviews: list[dict]) -> list[ZoneProgress]:
    """reviews: oldest first. A point for every zone worked in a session, in protocol order;
    a session without strokes keeps its number (a gap on the time axis, not a zero)."""
    points = []
    for number, review in enumerate(reviews, start=1):
        good: dict[str, int] = {}
        total: dict[str, int] = {}
        for row in review.get("zones", []):
            zone = row.get("zone")
            if zone not in ZONES:
                continue
            good[zone] = good.get(zone, 0) + int(row.get("good", 0))
            total[zone] = total.get(zone, 0) + sum(int(row.get(v, 0)) for v in VERDICTS)
        points += [ZoneProgress(number, zone, good[zone], total[zone]) for zone in ZONES
                   if total.get(zone)]
    return points
