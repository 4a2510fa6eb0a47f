"""Short, spoken-style cues: one for each judged stroke, and a few for a whole session."""

from __future__ import annotations

from feedback.protocol import Profile
from feedback.verdicts import JudgedStroke

ZONE_NAMES = {
    "forehead": "forehead", "temple": "temple", "under_eye": "under-eye", "nose": "nose",
    "cheek": "cheek", "jawline": "jawline", "chin": "chin", "neck": "neck",
}


def place_name(zone: str, side: str) -> str:
    """E.g. "left cheek"."""
    return f"{side} {ZONE_NAMES[zone]}"


def stroke_cue(judged: JudgedStroke, profile: Profile, good_so_far: int) -> str:
    """What to say right after a stroke. good_so_far counts this zone and side, this one included."""
    rule = profile.rule(judged.zone)
    where = place_name(judged.zone, judged.side)
    if judged.verdict == "good":
        return f"Good, {good_so_far} of {rule.reps} on the {where}."
    if judged.verdict == "too_fast":
        return f"Slower on the {where}: {profile.rhythm}."
    if judged.verdict == "reversed":
        return f"Other way on the {where}: stroke {rule.direction_label}."
    if judged.verdict == "unsure":
        return f"Lift your fingers clearly between strokes on the {where}."
    return f"Stay on the path on the {where}: {rule.direction_label}."


def count_phrase(count: int, total: int, what: str) -> str:
    """E.g. "the one stroke was reversed", "all 3 strokes were too fast", "2 of 5 strokes were off path"."""
    if total == 1:
        return f"the one stroke was {what}"
    if count == total:
        return f"all {total} strokes were {what}"
    return f"{count} of {total} strokes {'was' if count == 1 else 'were'} {what}"


def session_cues(tallies, profile: Profile, max_cues: int = 4, focus: str | None = None) -> list[str]:
    """The few things most worth saying after a session, worst first; with `focus` (a
    zone: the one practised), that zone's advice comes before any other.

    tallies: `feedback.summary.ZoneTally` records.
    """
    tallies = sorted(tallies, key=lambda t: t.zone != focus)  # stable: protocol order kept
    cues = []
    for tally in sorted(tallies, key=lambda t: (t.zone != focus, t.good - t.total)):
        rule = profile.rule(tally.zone)
        where = place_name(tally.zone, tally.side)
        faults = {"reversed": tally.reversed, "off_path": tally.off_path, "too_fast": tally.too_fast,
                  "unsure": tally.unsure}
        worst, count = max(faults.items(), key=lambda kv: kv[1])
        if count == 0:
            continue
        advice = {"reversed": f"stroke {rule.direction_label}",
                  "off_path": f"keep to the path, {rule.direction_label}",
                  "too_fast": f"slow down to {profile.rhythm}",
                  "unsure": "lift your fingers clearly between strokes, so the coach can tell "
                            "a stroke from the way back"}[worst]
        cues.append(f"{where.capitalize()}: {count_phrase(count, tally.total, worst.replace('_', ' '))}; "
                    f"{advice}.")
    more = [f"{place_name(t.zone, t.side).capitalize()}: {t.good} of {profile.rule(t.zone).reps} good "
            "strokes; do a few more." for t in tallies if 0 < t.good < profile.rule(t.zone).reps]
    cues = sorted(cues + more, key=lambda cue: not _about(cue, focus))
    if not cues and tallies:
        cues.append("Well done: every zone you worked was stroked the right way.")
    return cues[:max_cues]


def _about(cue: str, zone: str | None) -> bool:
    return zone is not None and cue.split(":")[0].endswith(ZONE_NAMES[zone])
