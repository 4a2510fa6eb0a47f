"""Reading a clip's ground-truth labels (`*.labels.json`, `docs/formats.md`), checked."""

from __future__ import annotations

import json
from pathlib import Path

from feedback.protocol import ZONES
from feedback.verdicts import VERDICTS
from vision.landmarks import SIDES

LABELLED_VERDICTS = tuple(v for v in VERDICTS if v != "unsure")  # what a stroke truly was
INTERVAL_KINDS = ("approach", "stroke", "return", "leave", "pause", "near_face")


def load_labels(path: str | Path) -> dict:
    """Read a `*.labels.json` file; ValueError naming the file and field if malformed."""
    path = Path(path)
    try:
        labels = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: cannot read labels: {error}") from error
    for key, kind in (("video", str), ("profile", str), ("mirrored", bool),
                      ("held_out", bool), ("intervals", list)):
        if not isinstance(labels.get(key), kind):
            raise ValueError(f"{path}: '{key}' must be a {kind.__name__}")
    for index, interval in enumerate(labels["intervals"]):
        problem = _interval_problem(interval)
        if problem:
            raise ValueError(f"{path}: interval {index}: {problem}")
    return labels


def labelled_clips(directory: str | Path) -> list[tuple[Path, dict]]:
    """(labels path, labels) of every `*.labels.json` in a directory and below, sorted."""
    return [(path, load_labels(path)) for path in sorted(Path(directory).rglob("*.labels.json"))]


def _interval_problem(interval) -> str | None:
    """Why a labelled interval is malformed, or None when it is fine."""
    if not isinstance(interval, dict):
        return "must be an object"
    start, end = interval.get("t_start_s"), interval.get("t_end_s")
    if not all(isinstance(t, (int, float)) for t in (start, end)):
        return "t_start_s and t_end_s must be numbers"
    if interval.get("kind") not in INTERVAL_KINDS:
        return f"kind {interval.get('kind')!r} is not one of {INTERVAL_KINDS}"
    if interval["kind"] != "stroke":
        return None if end >= start else "t_end_s is before t_start_s"
    if end <= start:
        return "a stroke must end after it starts"
    for key, valid in (("zone", ZONES), ("side", SIDES), ("verdict", LABELLED_VERDICTS)):
        if interval.get(key) not in valid:
            return f"stroke {key} {interval.get(key)!r} is not one of {valid}"
    return None
