"""A reviewed session as the JSON and CSV other tools read (docs/formats.md); writing
them to files is the command line's job (cli.py)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

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
