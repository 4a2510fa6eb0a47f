import json
import math
from pathlib import Path

import pytest

from feedback.protocol import load_profile, parse_direction
from storage.paths import CUSTOM_PROFILE_NAME, custom_profile_path, default_settings_path
from storage.settings import (
    DIRECTION_NAMES,
    Settings,
    active_profile,
    custom_from,
    direction_angle_deg,
    direction_from_angle,
    direction_name,
    load_custom_profile,
    load_settings,
    read_settings,
    reset_custom_profile,
    resolve_profile,
    same_rules,
    save_custom_profile,
    save_settings,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "settings.json"


def test_missing_file_gives_defaults(path):
    assert load_settings(path) == Settings()
    assert Settings() == Settings(profile="drainage", custom_base="drainage", mirror_view=True,
                                  hands="both", max_minutes=30.0)
    assert not path.exists()


def test_save_and_reload(path):
    settings = Settings(profile="lifting", mirror_view=False, hands="left", max_minutes=12)
    save_settings(settings, path)
    assert load_settings(path) == settings
    assert json.loads(path.read_text())["hands"] == "left"
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "", "\xff\xfe garbage", "null"])
def test_corrupt_file_is_moved_aside_and_defaults_used(path, content):
    path.write_bytes(content.encode("utf-8", "surrogateescape") if content else b"")
    settings, notice = read_settings(path)
    assert settings == Settings()
    assert "moved" in notice
    assert not path.exists()
    aside = [p for p in path.parent.iterdir() if p.name.startswith("settings.json.corrupt-")]
    assert len(aside) == 1
    assert aside[0].read_bytes() == (content.encode("utf-8", "surrogateescape") if content else b"")


def test_corrupt_file_twice_keeps_both_copies(path):
    for _ in range(2):
        path.write_text("{")
        assert load_settings(path) == Settings()
    assert len(list(path.parent.glob("settings.json.corrupt-*"))) == 2


def test_bad_values_fall_back_one_by_one(path):
    path.write_text(json.dumps({"profile": "nonsense", "hands": "left", "max_minutes": -3,
                                "mirror_view": "yes", "unknown": 1}))
    settings, notice = read_settings(path)
    assert settings == Settings(hands="left")
    assert "max_minutes" in notice and "profile" in notice and "mirror_view" in notice
    assert path.exists()  # readable: not moved


def test_settings_reject_bad_values():
    with pytest.raises(ValueError, match="hands"):
        Settings(hands="middle")
    with pytest.raises(ValueError, match="max_minutes"):
        Settings(max_minutes=float("nan"))


def test_paths_from_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("MASSAGE_COACH_SETTINGS", raising=False)
    monkeypatch.setenv("MASSAGE_COACH_DB", str(tmp_path / "data" / "history.sqlite3"))
    assert default_settings_path() == tmp_path / "data" / "settings.json"
    monkeypatch.setenv("MASSAGE_COACH_SETTINGS", str(tmp_path / "elsewhere" / "s.json"))
    assert default_settings_path() == tmp_path / "elsewhere" / "s.json"
    assert custom_profile_path() == tmp_path / "elsewhere" / CUSTOM_PROFILE_NAME
    save_settings(Settings(hands="right"))
    assert load_settings() == Settings(hands="right")


def test_active_profile_shipped(path):
    assert active_profile(Settings(profile="lifting"), path).name == "lifting"
    assert active_profile(Settings(), path) == load_profile("drainage")


def test_custom_profile_starts_from_base_then_keeps_edits(path):
    fresh = active_profile(Settings(profile="custom", custom_base="lifting"), path)
    assert fresh.name == "custom"
    assert fresh.zones == load_profile("lifting").zones
    assert not same_rules(fresh, load_profile("drainage"))
    save_custom_profile(fresh.with_zone("neck", direction="up", reps=4), path)
    settings = Settings(profile="custom")
    save_settings(settings, path)
    profile = active_profile(load_settings(path), path)
    assert profile.rule("neck").direction_out_up == (0, 1)
    assert profile.rule("neck").reps == 4
    assert same_rules(profile.with_zone("neck", direction="up", reps=7), load_profile("lifting"))


def test_custom_neck_up_through_default_paths(monkeypatch, tmp_path):
    monkeypatch.setenv("MASSAGE_COACH_SETTINGS", str(tmp_path / "settings.json"))
    save_settings(Settings(profile="custom"))
    save_custom_profile(custom_from("drainage").with_zone("neck", direction="up"))
    assert active_profile(load_settings()).rule("neck").direction_out_up == (0, 1)


def test_reset_custom_profile(path):
    save_custom_profile(custom_from("drainage").with_zone("temple", direction="up"), path)
    reset_custom_profile(path)
    assert load_custom_profile(path) == (None, None)
    assert resolve_profile("custom", Settings(), path).rule("temple").direction_out_up == (0, -1)
    reset_custom_profile(path)  # nothing to reset: fine


def test_corrupt_custom_profile_is_moved_aside(path):
    custom_profile_path(path).write_text("[zones.neck]\ndirection = 'sideways'\n")
    profile, notice = load_custom_profile(path)
    assert profile is None and "moved" in notice
    assert not custom_profile_path(path).exists()
    assert active_profile(Settings(profile="custom"), path).zones == load_profile("drainage").zones


def test_unknown_profile_name_raises(path):
    with pytest.raises(ValueError, match="valid profiles"):
        resolve_profile("mystery", Settings(), path)


@pytest.mark.parametrize("name", DIRECTION_NAMES)
def test_direction_names_round_trip(name):
    vector = parse_direction(name)
    assert direction_name(vector) == name
    again = direction_from_angle(direction_angle_deg(vector))
    assert math.dist(again, vector) < 1e-9


def test_direction_angles():
    assert direction_from_angle(90) == (0.0, 1.0)
    assert direction_from_angle(-90) == (0.0, -1.0)
    assert direction_angle_deg((1.0, 0.0)) == 0
    assert direction_name(load_profile("drainage").rule("cheek").direction_out_up) is None


def test_sound_settings_are_kept_and_a_bad_volume_falls_back(path):
    quiet = Settings(sound_on=False, speech_on=True, volume=0.3)
    save_settings(quiet, path)
    assert load_settings(path) == quiet
    assert Settings().sound_on and Settings().speech_on and Settings().volume == 0.8
    path.write_text(json.dumps({"sound_on": False, "volume": 3, "speech_on": "yes"}))
    settings, notice = read_settings(path)
    assert (settings.sound_on, settings.speech_on, settings.volume) == (False, True, 0.8)
    assert "speech_on" in notice and "volume" in notice
    with pytest.raises(ValueError):
        Settings(volume=-0.1)
