"""Small helpers the Streamlit pages share: names shown to people, settings, history, samples.

Only wiring and wording; the coaching logic lives in `feedback/`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import streamlit as st

from feedback.cues import ZONE_NAMES
from feedback.overlay import VERDICT_COLORS_RGB
from feedback.protocol import Profile, load_profile
from storage.history import History
from storage.paths import StorageError, default_db_path
from storage.settings import (
    BASE_PROFILES,
    CUSTOM,
    CUSTOM_TITLE,
    Settings,
    load_custom_profile,
    read_settings,
    resolve_profile,
)

REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class PageInfo:
    """One page of the app: its script, menu entry, URL and one line for the start page."""

    path: str
    title: str
    icon: str
    url_path: str
    blurb: str


# Menu order. Material icons (not emoji): they show on every machine, fonts or not.
PAGES = (
    PageInfo("app_pages/home.py", "Start here", ":material/home:", "home",
             "What the coach does and where to begin."),
    PageInfo("app_pages/live.py", "Live coach", ":material/videocam:", "live",
             "Massage in front of your webcam and get advice after every stroke."),
    PageInfo("app_pages/review.py", "Review a recording", ":material/movie:", "review",
             "Check a video you recorded, or one of the sample videos."),
    PageInfo("app_pages/practice.py", "Practise a zone", ":material/touch_app:", "practice",
             "Repeat the strokes of one zone until they are right."),
    PageInfo("app_pages/routine.py", "Guided routine", ":material/format_list_numbered:", "routine",
             "Follow the full routine zone by zone, from the neck to the temples and back."),
    PageInfo("app_pages/history.py", "History", ":material/history:", "history",
             "See your past sessions and how you progress."),
    PageInfo("app_pages/settings.py", "Settings", ":material/settings:", "settings",
             "Choose the profile (which way each zone is stroked), mirror view and hands."),
)
SAMPLES_ENV = "MASSAGE_COACH_SAMPLES"
VIDEO_SUFFIXES = ("mp4", "mov", "webm", "mkv", "avi", "m4v")

VERDICT_LABELS = {"good": "good", "reversed": "reversed", "off_path": "off path",
                  "too_fast": "too fast", "unsure": "unsure (lift clearly)"}
# The annotated video's colours, so the chart and the video agree.
VERDICT_COLOURS = {verdict: "#{:02x}{:02x}{:02x}".format(*rgb)
                   for verdict, rgb in VERDICT_COLORS_RGB.items()}
KIND_LABELS = {"live": "Live coach", "review": "Recording", "practice": "Practice",
               "routine": "Guided routine"}


def zone_label(zone: str) -> str:
    """E.g. "Under-eye"."""
    return ZONE_NAMES.get(zone, zone.replace("_", " ")).capitalize()


def place_label(zone: str, side: str) -> str:
    """E.g. "Cheek (left)"; the side is the person's own."""
    return f"{zone_label(zone)} ({side})"


def duration_text(seconds: float) -> str:
    """E.g. "6.9 s", "2 min 05 s"."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"


def local_time_text(created_at: str) -> str:
    """An ISO-8601 UTC stamp as local date and time, e.g. "2026-05-09 09:35"."""
    return datetime.fromisoformat(created_at).astimezone().strftime("%Y-%m-%d %H:%M")


def profile_title(name: str) -> str:
    """A profile's title, as its TOML file gives it; the name itself if it is unknown."""
    if name == CUSTOM:
        return CUSTOM_TITLE
    return load_profile(name).title if name in BASE_PROFILES else name


def current_settings() -> Settings:
    """The saved settings; shows a warning once per session if the file had to be fixed."""
    settings, notice = read_settings()
    if notice and not st.session_state.get("_settings_notice_shown"):
        st.session_state["_settings_notice_shown"] = True
        st.warning(notice)
    return settings


def profile_for(name: str, settings: Settings) -> Profile:
    """A profile by name for display; an unknown name (e.g. from an old history entry) falls
    back to the settings' profile."""
    try:
        return resolve_profile(name, settings)
    except ValueError:
        return resolve_profile(settings.profile, settings)


def custom_profile_notice() -> str | None:
    return load_custom_profile()[1]


@st.cache_resource(show_spinner=False)
def _history(path: str) -> History:
    return History(path)


def open_history() -> History | None:
    """The session history, or None after showing why it cannot be opened."""
    try:
        history = _history(str(default_db_path()))
    except StorageError as error:
        st.error(str(error))
        return None
    if history.recovery_message:
        st.warning(history.recovery_message)
    return history


@dataclass(frozen=True)
class Sample:
    """A sample video and its labels (docs/formats.md), if it has any."""

    path: Path
    labels: dict

    @property
    def title(self) -> str:
        """A readable name, with the length when the labels give it: "Cheek left (6 s)"."""
        name = self.path.stem.replace("_", " ").replace("-", " ").strip().capitalize()
        duration_s = self.labels.get("duration_s")
        if isinstance(duration_s, (int, float)) and duration_s > 0:
            return f"{name} ({duration_text(duration_s)})"
        return name

    @property
    def description(self) -> str:
        return str(self.labels.get("description") or "")

    @property
    def mirrored(self) -> bool:
        return bool(self.labels.get("mirrored", False))

    @property
    def profile(self) -> str | None:
        name = self.labels.get("profile")
        return name if name in BASE_PROFILES else None


def samples_dir() -> Path:
    return Path(os.environ.get(SAMPLES_ENV) or REPO_ROOT / "sample_videos")


def list_samples(folder: Path | None = None) -> list[Sample]:
    """The videos in the samples folder, by name, each with its labels."""
    folder = folder or samples_dir()
    if not folder.is_dir():
        return []
    samples = []
    for path in folder.iterdir():
        if path.suffix.lower().lstrip(".") not in VIDEO_SUFFIXES or not path.is_file():
            continue
        labels_path = path.with_name(f"{path.stem}.labels.json")
        try:
            labels = json.loads(labels_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            labels = {}
        samples.append(Sample(path, labels if isinstance(labels, dict) else {}))
    return sorted(samples, key=lambda s: s.path.name)
