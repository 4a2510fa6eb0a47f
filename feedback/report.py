"""A reviewed session as the JSON and CSV other tools read (docs/formats.md)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from feedback.conditions import Warning
from feedback.protocol import Profile
from feedback.summary import SessionSummary, summarize
from feedback.verdicts import JudgedStroke

STROKE_FIELDS = ("t_start_s", "t_end_s", "zone", "side", "hand", "verdict", "angle_error_deg",
                 "length_fw", "speed_fw_per_s")


@dataclass(frozen=True)
class Review:
    video: str
    duration_s: float
    fps: float
    frames: int
    profile: Profile
    strokes: tuple[JudgedStroke, ...]
    warnings: tuple[Warning, ...]

    @property
    def summary(self) -> SessionSummary:
        return summarize(list(self.strokes), self.profile)

    def to_json_dict(self) -> dict:
        return {
            "video": self.video,
            "duration_s": round(self.duration_s, 3),
            "fps": round(self.fps, 3),
            "frames": self.frames,
            "profile": self.profile.name,
            "strokes": [s.to_dict() for s in self.strokes],
            "zones": [t.to_dict() for t in self.summary.tallies],
            "warnings": [w.to_dict() for w in self.warnings],
        }


def strokes_csv(review_json: dict) -> str:
    """One row per stroke, the stroke fields of the JSON as columns."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=STROKE_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(review_json["strokes"])
    return out.getvalue()


def write_json(review_json: dict, path: Path) -> None:
    Path(path).write_text(json.dumps(review_json, indent=2) + "\n", encoding="utf-8")


def write_csv(review_json: dict, path: Path) -> None:
    Path(path).write_text(strokes_csv(review_json), encoding="utf-8")
