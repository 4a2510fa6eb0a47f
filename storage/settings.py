"""The user's settings, kept in a small JSON file, and their own (custom) profile as TOML.

Where the files live: `storage.paths` (`settings.json` beside the history unless
`$MASSAGE_COACH_SETTINGS` says otherwise). The custom profile is `custom_profile.toml` in
the same folder, written with `Profile.to_toml()` and read with `load_profile(path)`.

A missing file gives the defaults. A file that is not a JSON object is moved aside to
`settings.json.corrupt-YYYYmmdd-HHMMSS` and the defaults are used; a single bad value
(an unknown profile, a negative limit) falls back to that value's default. Loading never
raises. Writes are atomic: a temporary file in the same folder, fsynced, then `os.replace`.

Who reads what: `profile` and `custom_base` choose the profile every page checks against
(`active_profile`); `mirror_view` (show the live camera as a mirror) and `hands` (which of
the person's own hands to track, `HAND_CHOICES`) are for the live pages;
`max_minutes` is the longest recording the review page accepts; `sound_on`, `speech_on` and
`volume` (0-1) are the camera pages' sounds and spoken cues (`feedback.audio_cues`).
"""

from __future__ import annotations

import json
import logging
import math
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from feedback.hand_tracks import HAND_CHOICES
from feedback.protocol import Profile, load_profile, parse_direction
from storage.paths import StorageError, aside_path, custom_profile_path, default_settings_path

log = logging.getLogger(__name__)

CUSTOM = "custom"
CUSTOM_TITLE = "My own profile"
BASE_PROFILES = ("drainage", "lifting")
PROFILE_CHOICES = (*BASE_PROFILES, CUSTOM)
MAX_MINUTES_RANGE = (1.0, 240.0)
# The named directions `protocol.parse_direction` understands, turning counter-clockwise
# from "out" (angle 0 deg) through "up" (90 deg) to "in" (180 deg) and "down" (-90 deg).
DIRECTION_NAMES = ("out", "out-up", "up", "in-up", "in", "in-down", "down", "out-down")


@dataclass(frozen=True)
class Settings:
    """profile: "drainage", "lifting" or "custom". custom_base: the shipped profile a new
    custom profile starts from. max_minutes: the review page's length limit."""

    profile: str = "drainage"
    custom_base: str = "drainage"
    mirror_view: bool = True
    hands: str = "both"
    max_minutes: float = 30.0
    sound_on: bool = True
    speech_on: bool = True
    volume: float = 0.8

    def __post_init__(self) -> None:
        problems = _problems(self)
        if problems:
            raise ValueError("; ".join(problems))
        object.__setattr__(self, "max_minutes", float(self.max_minutes))
        object.__setattr__(self, "volume", float(self.volume))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _is_minutes(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            and MAX_MINUTES_RANGE[0] <= value <= MAX_MINUTES_RANGE[1])


_VALID = {
    "profile": lambda value: value in PROFILE_CHOICES,
    "custom_base": lambda value: value in BASE_PROFILES,
    "mirror_view": lambda value: isinstance(value, bool),
    "hands": lambda value: value in HAND_CHOICES,
    "max_minutes": _is_minutes,
    "sound_on": lambda value: isinstance(value, bool),
    "speech_on": lambda value: isinstance(value, bool),
    "volume": lambda value: (isinstance(value, (int, float)) and not isinstance(value, bool)
                             and 0.0 <= value <= 1.0),
}


def _problems(settings: Settings) -> list[str]:
    """What is wrong with each field, as sentences (empty when all is well)."""
    return [f"bad {name}: {getattr(settings, name)!r}" for name, valid in _VALID.items()
            if not valid(getattr(settings, name))]


def read_settings(path: str | Path | None = None) -> tuple[Settings, str | None]:
    """The saved settings and, when the file had to be set aside or fixed, a message saying so."""
    try:
        path = Path(path or default_settings_path())
    except StorageError as error:  # the data folder cannot be created
        return Settings(), str(error)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(), None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return Settings(), _set_aside(path, f"cannot be read ({error})")
    if not isinstance(data, dict):
        return Settings(), _set_aside(path, "is not a settings object")
    values = {name: data[name] for name in _VALID if name in data}
    bad = sorted(name for name, value in values.items() if not _VALID[name](value))
    settings = replace(Settings(), **{k: v for k, v in values.items() if k not in bad})
    if bad:
        log.warning("settings %s: using defaults for %s", path, ", ".join(bad))
        return settings, (f"Some saved settings were not valid ({', '.join(bad)}); "
                          "the defaults are used for them.")
    return settings, None


def load_settings(path: str | Path | None = None) -> Settings:
    """The saved settings; the defaults when there are none or the file is damaged."""
    return read_settings(path)[0]


def save_settings(settings: Settings, path: str | Path | None = None) -> Path:
    """Write the settings atomically; returns the file's path. Raises OSError if it cannot."""
    path = Path(path or default_settings_path())
    _write_atomic(path, json.dumps(settings.to_dict(), indent=2) + "\n")
    return path


def load_custom_profile(
    settings_path: str | Path | None = None,
) -> tuple[Profile | None, str | None]:
    """The saved custom profile (None if there is none) and a message if its file was damaged."""
    path = custom_profile_path(settings_path)
    if not path.is_file():
        return None, None
    try:
        profile = load_profile(path)
    except ValueError as error:
        return None, _set_aside(path, f"is not a valid profile ({error})")
    return replace(profile, name=CUSTOM), None


def save_custom_profile(profile: Profile, settings_path: str | Path | None = None) -> Path:
    """Write `profile` (renamed "custom") as the custom profile; returns the file's path."""
    path = custom_profile_path(settings_path)
    _write_atomic(path, replace(profile, name=CUSTOM).to_toml())
    return path


def reset_custom_profile(settings_path: str | Path | None = None) -> None:
    """Forget the custom profile: the next one starts again from the base profile."""
    custom_profile_path(settings_path).unlink(missing_ok=True)


def custom_from(base: str | Profile) -> Profile:
    """A fresh custom profile: a copy of a shipped profile, renamed."""
    base = load_profile(base) if isinstance(base, str) else base
    return replace(base, name=CUSTOM, title=CUSTOM_TITLE,
                   description=f"Started from {base.title}, then edited.".replace('"', "'"))


def resolve_profile(name: str, settings: Settings | None = None,
                    settings_path: str | Path | None = None) -> Profile:
    """The profile called `name`: a shipped one, or "custom" (the saved custom profile, or a
    fresh copy of the settings' base profile when none is saved). Raises ValueError for an
    unknown name."""
    if name != CUSTOM:
        return load_profile(name)
    profile, _ = load_custom_profile(settings_path)
    if profile is not None:
        return profile
    settings = settings or load_settings(settings_path)
    return custom_from(settings.custom_base)


def active_profile(settings: Settings, settings_path: str | Path | None = None) -> Profile:
    """The profile the settings choose (never raises for a saved choice)."""
    return resolve_profile(settings.profile, settings, settings_path)


def same_rules(a: Profile, b: Profile) -> bool:
    """Whether two profiles ask for the same strokes (directions compared to 1e-9, as a
    TOML round trip may change their last digit)."""
    def key(rule):
        return replace(rule, direction_out_up=(0.0, 0.0))

    return a.zones.keys() == b.zones.keys() and all(
        key(a.zones[z]) == key(b.zones[z])
        and math.dist(a.zones[z].direction_out_up, b.zones[z].direction_out_up) < 1e-9
        for z in a.zones)


def direction_name(direction_out_up: tuple[float, float]) -> str | None:
    """The name of a direction vector ("out-up"), or None if it is not one of the names."""
    for name in DIRECTION_NAMES:
        expected = parse_direction(name)
        if math.dist(expected, direction_out_up) < 1e-6:
            return name
    return None


def direction_angle_deg(direction_out_up: tuple[float, float]) -> float:
    """0 = outward, 90 = upward, -90 = downward, 180 = inward."""
    out, up = direction_out_up
    return math.degrees(math.atan2(up, out))


def direction_from_angle(angle_deg: float) -> tuple[float, float]:
    radians = math.radians(angle_deg)
    out, up = math.cos(radians), math.sin(radians)
    return (0.0 if abs(out) < 1e-12 else out, 0.0 if abs(up) < 1e-12 else up)


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _set_aside(path: Path, problem: str) -> str:
    """Move a damaged file out of the way (never raises); returns a message for the user."""
    aside = aside_path(path)
    try:
        os.replace(path, aside)
    except OSError as error:
        log.warning("cannot move the damaged file %s aside: %s", path, error)
        return f"The file {path} {problem}; the defaults are used."
    log.warning("%s %s; moved to %s", path, problem, aside)
    return f"The file {path} {problem} and was moved to {aside}; the defaults are used."
