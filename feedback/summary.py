"""A session in numbers: per zone and side, counts by verdict, rhythm and balance."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from feedback.cues import session_cues
from feedback.protocol import ZONES, Profile
from feedback.verdicts import VERDICTS, JudgedStroke


@dataclass(frozen=True)
class ZoneTally:
    zone: str
    side: str
    good: int = 0
    reversed: int = 0
    off_path: int = 0
    too_fast: int = 0
    unsure: int = 0

    @property
    def total(self) -> int:
        return self.good + self.reversed + self.off_path + self.too_fast + self.unsure

    def to_dict(self) -> dict:
        return {"zone": self.zone, "side": self.side, "good": self.good, "reversed": self.reversed,
                "off_path": self.off_path, "too_fast": self.too_fast, "unsure": self.unsure}


@dataclass(frozen=True)
class SessionSummary:
    """tallies: zones and sides that were worked, in protocol zone order.
    strokes_per_min: strokes per minute of massaging (first to last stroke).
    balance_left_share: share of strokes on the person's left side (0.5 = balanced)."""

    tallies: tuple[ZoneTally, ...]
    n_strokes: int
    percent_good: float
    median_duration_s: float
    strokes_per_min: float
    balance_left_share: float
    cues: tuple[str, ...]


def percent_good(n_good: int, n_strokes: int) -> float:
    """Share of good strokes, 0-100; 0 when there are no strokes."""
    return 100.0 * n_good / n_strokes if n_strokes else 0.0


def tally_zones(strokes: list[JudgedStroke]) -> list[ZoneTally]:
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for judged in strokes:
        counts.setdefault((judged.zone, judged.side), dict.fromkeys(VERDICTS, 0))[judged.verdict] += 1
    order = {zone: i for i, zone in enumerate(ZONES)}
    keys = sorted(counts, key=lambda k: (order[k[0]], k[1]))
    return [ZoneTally(zone, side, **counts[(zone, side)]) for zone, side in keys]


def summarize(strokes: list[JudgedStroke], profile: Profile) -> SessionSummary:
    tallies = tally_zones(strokes)
    n = len(strokes)
    good = sum(1 for s in strokes if s.verdict == "good")
    durations = [s.reported.duration_s for s in strokes]
    span_s = (max(s.reported.t_end_s for s in strokes) - min(s.reported.t_start_s for s in strokes)) if n else 0.0
    left = sum(1 for s in strokes if s.side == "left")
    return SessionSummary(
        tallies=tuple(tallies),
        n_strokes=n,
        percent_good=percent_good(good, n),
        median_duration_s=float(np.median(durations)) if n else 0.0,
        strokes_per_min=60.0 * n / span_s if span_s > 0 else 0.0,
        balance_left_share=left / n if n else 0.5,
        cues=tuple(session_cues(tallies, profile)),
    )
