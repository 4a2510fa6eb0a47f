"""The settings page through Streamlit's AppTest: choices saved, custom profile edited."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from feedback.protocol import load_profile
from storage.paths import custom_profile_path
from storage.settings import Settings, active_profile, load_settings, save_custom_profile, save_settings
from tests.app.pages import run_page, use_storage

PAGE = "settings.py"


@pytest.fixture
def settings_path(tmp_path, monkeypatch) -> Path:
    use_storage(tmp_path, monkeypatch)
    return tmp_path / "settings.json"


def click_save(at: AppTest) -> AppTest:
    save = next(b for b in at.button if b.label == "Save")
    save.click().run()
    assert not at.exception, at.exception
    return at


def test_defaults_and_profile_table(settings_path):
    at = run_page(PAGE)
    assert at.radio(key="set_profile").value == "drainage"
    assert at.checkbox(key="set_mirror").value is True
    assert at.radio(key="set_hands").value == "both"
    assert at.number_input(key="set_max_minutes").value == 30
    table = at.table[0].value
    assert len(table) == 8
    neck = table[table["Zone"] == "Neck"].iloc[0]
    assert neck["Stroke direction"] == "downward" and neck["Target reps (each side)"] == 10
    assert not settings_path.exists()  # nothing written until Save


def test_save_and_reload(settings_path):
    at = run_page(PAGE)
    at.radio(key="set_profile").set_value("lifting")
    at.checkbox(key="set_mirror").uncheck()
    at.radio(key="set_hands").set_value("right")
    at.number_input(key="set_max_minutes").set_value(10.0).run()
    assert "unsaved" in at.info[0].value
    assert at.table[0].value.iloc[-1]["Stroke direction"] == "upward"  # lifting's neck
    click_save(at)
    assert "Saved" in at.success[0].value
    assert load_settings() == Settings(profile="lifting", mirror_view=False, hands="right",
                                       max_minutes=10)
    again = run_page(PAGE)
    assert again.radio(key="set_profile").value == "lifting"
    assert again.checkbox(key="set_mirror").value is False
    assert not again.info  # no unsaved changes


def test_sound_off_is_saved_and_the_volume_waits_for_a_sound(settings_path):
    at = run_page(PAGE)
    assert at.checkbox(key="set_sound").value and at.checkbox(key="set_speech").value
    assert at.slider(key="set_volume").value == 0.8
    at.checkbox(key="set_sound").uncheck()
    at.slider(key="set_volume").set_value(0.5).run()
    click_save(at)
    saved = load_settings()
    assert (saved.sound_on, saved.speech_on, saved.volume) == (False, True, 0.5)
    at.checkbox(key="set_speech").uncheck().run()
    assert at.slider(key="set_volume").disabled


def test_custom_neck_upward_by_name(settings_path):
    at = run_page(PAGE)
    at.radio(key="set_profile").set_value("custom").run()
    at.selectbox(key="set_zone").set_value("neck").run()
    assert at.selectbox(key="set_name_neck").value == "down"
    at.selectbox(key="set_name_neck").set_value("up").run()
    neck = at.table[0].value.set_index("Zone").loc["Neck"]
    assert neck["Stroke direction"] == "upward"
    click_save(at)
    assert active_profile(load_settings()).rule("neck").direction_out_up == (0, 1)
    assert custom_profile_path().is_file()


def test_custom_angle_and_reps(settings_path):
    at = run_page(PAGE)
    at.radio(key="set_profile").set_value("custom").run()
    at.selectbox(key="set_zone").set_value("forehead").run()
    at.radio(key="set_mode_forehead").set_value("An angle").run()
    at.slider(key="set_angle_forehead").set_value(45).run()
    at.number_input(key="set_reps_forehead").set_value(3).run()
    click_save(at)
    rule = active_profile(load_settings()).rule("forehead")
    assert math.dist(rule.direction_out_up, (math.sqrt(0.5), math.sqrt(0.5))) < 1e-9
    assert rule.reps == 3
    assert rule.tolerance_deg == load_profile("drainage").rule("forehead").tolerance_deg


def test_edits_survive_switching_zones(settings_path):
    at = run_page(PAGE)
    at.radio(key="set_profile").set_value("custom").run()
    at.selectbox(key="set_zone").set_value("temple").run()
    at.selectbox(key="set_name_temple").set_value("up").run()
    at.selectbox(key="set_zone").set_value("chin").run()
    at.selectbox(key="set_zone").set_value("temple").run()
    assert at.selectbox(key="set_name_temple").value == "up"


def test_reset_custom_profile(settings_path):
    save_settings(Settings(profile="custom"))
    save_custom_profile(load_profile("drainage").with_zone("neck", direction="up"))
    at = run_page(PAGE)
    assert at.table[0].value.set_index("Zone").loc["Neck"]["Stroke direction"] == "upward"
    at.selectbox(key="set_base").set_value("lifting").run()
    next(b for b in at.button if b.label == "Reset custom profile").click().run()
    table = at.table[0].value.set_index("Zone")
    assert table.loc["Temple"]["Stroke direction"] == "upward"  # lifting's temple
    click_save(at)
    profile = active_profile(load_settings())
    lifting = load_profile("lifting")
    assert profile.rule("temple").direction_out_up == lifting.rule("temple").direction_out_up
    assert load_settings().custom_base == "lifting"


def test_corrupt_settings_file_gives_defaults_and_a_warning(settings_path):
    settings_path.write_text("{{{ not json")
    at = run_page(PAGE)
    assert "moved" in at.warning[0].value
    assert at.radio(key="set_profile").value == "drainage"
    assert list(settings_path.parent.glob("settings.json.corrupt-*"))
