"""The massage protocol as data: a profile maps each zone to its expected stroke.

Profiles live in TOML files (`feedback/profiles/*.toml`); this module only loads, checks
and edits them. Directions are unit vectors in the side-folded face frame `(out, up)`:
`out` points away from the face's midline toward the ear on the stroke's side, `up`
toward the crown. No zone's direction is written anywhere else in the code.

The words the app shows about the protocol come from the files too: each zone's `place`
and the profile's `rhythm`. They are the same for every profile, so they are written once,
in the default profile (`drainage.toml`); a profile without them takes the default's.
"""

from __future__ import annotations

import json
import math
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

ZONES = ("forehead", "temple", "under_eye", "nose", "cheek", "jawline", "chin", "neck")

# Protocol order of a full routine: neck first to clear the way, neck again to finish.
ROUTINE_ORDER = (
    "neck", "chin", "jawline", "nose", "cheek", "under_eye", "forehead", "temple", "neck",
)

PROFILE_DIR = Path(__file__).parent / "profiles"
DEFAULT_PROFILE = "drainage"

_NAMED_DIRECTIONS = {
    "out": (1.0, 0.0),
    "in": (-1.0, 0.0),
    "up": (0.0, 1.0),
    "down": (0.0, -1.0),
    "out-up": (1.0, 1.0),
    "out-down": (1.0, -1.0),
    "in-up": (-1.0, 1.0),
    "in-down": (-1.0, -1.0),
}


@dataclass(frozen=True)
class ZoneRule:
    """What a good stroke in one zone looks like.

    direction_out_up: unit vector (out, up) in the side-folded face frame.
    tolerance_deg: largest angle between stroke and direction that is still good.
    reps: target number of good strokes per side.
    max_speed_fw_per_s: faster than this (face widths per second) is too fast.
    min_duration_s: a stroke over in less time than this is too fast (the profile's
        `rhythm` says the pace in words).
    place: where the zone is, in words a first-time user follows.
    """

    direction_out_up: tuple[float, float]
    tolerance_deg: float
    reps: int
    max_speed_fw_per_s: float
    min_duration_s: float
    place: str = ""

    def __post_init__(self) -> None:
        if not 0 < self.tolerance_deg < 90:
            raise ValueError(f"tolerance_deg must be between 0 and 90, got {self.tolerance_deg}")
        if not isinstance(self.reps, int) or isinstance(self.reps, bool) or self.reps < 1:
            raise ValueError(f"reps must be a whole number of at least 1, got {self.reps!r}")
        if not self.max_speed_fw_per_s > 0 or not self.min_duration_s >= 0:
            raise ValueError("max_speed_fw_per_s must be positive and min_duration_s not negative")

    @property
    def direction_label(self) -> str:
        """A short human name for the direction, e.g. "outward and upward"."""
        out, up = self.direction_out_up
        parts = []
        if abs(up) > 0.38:  # more than ~22 deg from horizontal
            parts.append("upward" if up > 0 else "downward")
        if abs(out) > 0.38:
            parts.insert(0, "outward" if out > 0 else "inward")
        return " and ".join(parts)


@dataclass(frozen=True)
class Profile:
    """rhythm: the pace of a good stroke in words, e.g. "about one second per stroke"."""

    name: str
    title: str
    description: str
    zones: dict[str, ZoneRule]
    rhythm: str = ""

    def rule(self, zone: str) -> ZoneRule:
        return self.zones[zone]

    def with_zone(self, zone: str, **changes) -> Profile:
        """A copy with one zone's rule changed (e.g. `direction=\"up\"`, `reps=5`)."""
        if zone not in self.zones:
            raise ValueError(f"unknown zone {zone!r}; valid zones: {', '.join(ZONES)}")
        if "direction" in changes:
            changes["direction_out_up"] = parse_direction(changes.pop("direction"))
        return replace(self, zones={**self.zones, zone: replace(self.zones[zone], **changes)})

    def to_toml(self) -> str:
        """The profile as TOML that `load_profile` reads back unchanged."""
        lines = [f"name = {json.dumps(self.name)}", f"title = {json.dumps(self.title)}",
                 f"description = {json.dumps(self.description)}", f"rhythm = {json.dumps(self.rhythm)}", ""]
        for zone in ZONES:
            rule = self.zones[zone]
            out, up = rule.direction_out_up
            lines += [f"[zones.{zone}]", f"place = {json.dumps(rule.place)}", f"direction = [{out!r}, {up!r}]",
                      f"tolerance_deg = {rule.tolerance_deg:g}", f"reps = {rule.reps}",
                      f"max_speed_fw_per_s = {rule.max_speed_fw_per_s:g}",
                      f"min_duration_s = {rule.min_duration_s:g}", ""]
        return "\n".join(lines)


def parse_direction(value) -> tuple[float, float]:
    """A direction name ("out-up") or an [out, up] pair, as a unit vector."""
    if not isinstance(value, (str, list, tuple)) or (not isinstance(value, str) and len(value) != 2):
        raise ValueError(f"a direction is a name or an [out, up] pair, got {value!r}")
    if isinstance(value, str):
        if value not in _NAMED_DIRECTIONS:
            raise ValueError(
                f"unknown direction {value!r}; use one of {', '.join(_NAMED_DIRECTIONS)} "
                "or a vector [out, up]"
            )
        out, up = _NAMED_DIRECTIONS[value]
    else:
        out, up = (_number(v) for v in value)
    norm = math.hypot(out, up)
    if norm == 0 or not math.isfinite(norm):
        raise ValueError(f"a direction must be a non-zero vector, got {value!r}")
    return (out / norm, up / norm)


def _number(value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"expected a number, got {value!r}")
    return float(value)


def available_profiles() -> list[str]:
    return sorted(p.stem for p in PROFILE_DIR.glob("*.toml"))


def load_profile(name_or_path: str | Path) -> Profile:
    """Load a shipped profile by name (`drainage`, `lifting`) or any TOML file by path."""
    path = Path(name_or_path)
    if path.suffix != ".toml":
        path = PROFILE_DIR / f"{name_or_path}.toml"
        if not path.is_file():
            raise ValueError(
                f"unknown profile {name_or_path!r}; valid profiles: "
                f"{', '.join(available_profiles())} (or a path to a .toml file)"
            )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"cannot read profile {path}: {error}") from error
    return profile_from_dict(data, default_name=path.stem)


@cache
def _default_words() -> tuple[dict[str, str], str]:
    """The zones' places and the rhythm, as the default profile's file writes them."""
    data = tomllib.loads((PROFILE_DIR / f"{DEFAULT_PROFILE}.toml").read_text(encoding="utf-8"))
    return {zone: str(data["zones"][zone]["place"]) for zone in ZONES}, str(data["rhythm"])


def profile_from_dict(data: dict, default_name: str = "custom") -> Profile:
    defaults = data.get("defaults", {})
    zone_tables = data.get("zones", {})
    missing = [zone for zone in ZONES if zone not in zone_tables]
    unknown = [zone for zone in zone_tables if zone not in ZONES]
    if missing or unknown:
        raise ValueError(f"profile zones do not match: missing {missing}, unknown {unknown}")
    zones = {}
    for zone in ZONES:
        table = {**defaults, **zone_tables[zone]}
        try:
            zones[zone] = ZoneRule(
                direction_out_up=parse_direction(table["direction"]),
                tolerance_deg=_number(table["tolerance_deg"]),
                reps=table["reps"],
                max_speed_fw_per_s=_number(table["max_speed_fw_per_s"]),
                min_duration_s=_number(table["min_duration_s"]),
                place=str(table["place"]) if "place" in table else _default_words()[0][zone],
            )
        except KeyError as error:
            raise ValueError(f"zone {zone!r} lacks {error.args[0]!r}") from error
        except ValueError as error:
            raise ValueError(f"zone {zone!r}: {error}") from error
    name = str(data.get("name", default_name))
    return Profile(name=name, title=str(data.get("title", name)),
                   description=str(data.get("description", "")), zones=zones,
                   rhythm=str(data["rhythm"]) if "rhythm" in data else _default_words()[1])
