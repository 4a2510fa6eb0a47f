"""The protocol as data: profiles load, check and edit; directions live only in the TOML."""

import ast
import math
import tomllib
from pathlib import Path

import pytest

from feedback.protocol import (
    PROFILE_DIR,
    ZONES,
    Profile,
    ZoneRule,
    available_profiles,
    load_profile,
    parse_direction,
    profile_from_dict,
)

FEEDBACK_DIR = Path(__file__).resolve().parents[2] / "feedback"
S = 1 / math.sqrt(2)


def shipped_data(name="drainage") -> dict:
    return tomllib.loads((PROFILE_DIR / f"{name}.toml").read_text(encoding="utf-8"))


def with_zone_table(data: dict, zone: str, table: dict | None) -> dict:
    zones = dict(data["zones"])
    if table is None:
        del zones[zone]
    else:
        zones[zone] = table
    return {**data, "zones": zones}


def assert_profiles_close(a: Profile, b: Profile) -> None:
    assert (a.name, a.title, a.description, a.rhythm) == (b.name, b.title, b.description, b.rhythm)
    assert list(a.zones) == list(b.zones)
    for zone in ZONES:
        ra, rb = a.rule(zone), b.rule(zone)
        assert ra.direction_out_up == pytest.approx(rb.direction_out_up, abs=1e-12)
        assert (ra.reps, ra.place) == (rb.reps, rb.place)
        for field in ("tolerance_deg", "max_speed_fw_per_s", "min_duration_s"):
            assert getattr(ra, field) == pytest.approx(getattr(rb, field), rel=1e-5)


def test_both_profiles_are_shipped():
    assert available_profiles() == ["drainage", "lifting"]


@pytest.mark.parametrize("name", ["drainage", "lifting"])
def test_shipped_profiles_load_with_all_eight_zones(name):
    profile = load_profile(name)
    assert profile.name == name
    assert tuple(profile.zones) == ZONES and len(ZONES) == 8
    for rule in profile.zones.values():
        assert math.hypot(*rule.direction_out_up) == pytest.approx(1.0)
        assert 0 < rule.tolerance_deg < 90 and rule.reps > 0
        assert rule.max_speed_fw_per_s > 0 and rule.min_duration_s > 0


@pytest.mark.parametrize("zone, drainage, lifting", [
    ("neck", (0.0, -1.0), (0.0, 1.0)),  # the two profiles disagree on the neck and temples
    ("temple", (0.0, -1.0), (0.0, 1.0)),
    ("chin", (1.0, 0.0), (S, S)),
    ("jawline", (S, S), (S, S)),
    ("forehead", (1.0, 0.0), (0.0, 1.0)),
    ("cheek", (1 / math.hypot(1, 0.3), 0.3 / math.hypot(1, 0.3)), (S, S)),
])
def test_shipped_directions_follow_the_protocol(zone, drainage, lifting):
    assert load_profile("drainage").rule(zone).direction_out_up == pytest.approx(drainage)
    assert load_profile("lifting").rule(zone).direction_out_up == pytest.approx(lifting)


def test_zone_defaults_and_overrides():
    drainage = load_profile("drainage")
    assert drainage.rule("neck").reps == 10 and drainage.rule("cheek").reps == 7  # own / default
    assert drainage.rule("cheek").tolerance_deg == 40.0


@pytest.mark.parametrize("value, expected", [
    ("out", (1.0, 0.0)), ("in", (-1.0, 0.0)), ("up", (0.0, 1.0)), ("down", (0.0, -1.0)),
    ("out-up", (S, S)), ("out-down", (S, -S)), ("in-up", (-S, S)), ("in-down", (-S, -S)),
    ([3, 4], (0.6, 0.8)), ((0, -2.5), (0.0, -1.0)), ([1.0, 0.3], (0.957826, 0.287348)),
])
def test_directions_named_or_vectors_become_unit_vectors(value, expected):
    assert parse_direction(value) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize("value", ["outward", "Up", "", "out up", [0, 0], [float("nan"), 1.0],
                                   [float("inf"), 0.0], [1.0, 2.0, 3.0], ["a", 1]])
def test_bad_directions_raise_value_error(value):
    with pytest.raises(ValueError):
        parse_direction(value)


def test_unknown_direction_error_lists_the_names():
    with pytest.raises(ValueError, match="out-up.*vector"):
        parse_direction("sideways")


def test_unknown_profile_lists_the_valid_names():
    with pytest.raises(ValueError, match="unknown profile 'nonexistent'.*drainage, lifting"):
        load_profile("nonexistent")


def test_missing_zone_raises():
    with pytest.raises(ValueError, match=r"missing \['cheek'\]"):
        profile_from_dict(with_zone_table(shipped_data(), "cheek", None))


def test_unknown_zone_raises():
    data = shipped_data()
    data["zones"] = {**data["zones"], "ear": {"direction": "out"}}
    with pytest.raises(ValueError, match=r"unknown \['ear'\]"):
        profile_from_dict(data)


def test_a_zone_without_direction_raises():
    with pytest.raises(ValueError, match="'neck' lacks 'direction'"):
        profile_from_dict(with_zone_table(shipped_data(), "neck", {"reps": 5}))


def test_an_unknown_direction_in_a_profile_raises():
    with pytest.raises(ValueError, match="unknown direction 'downward'"):
        profile_from_dict(with_zone_table(shipped_data(), "neck", {"direction": "downward"}))


@pytest.mark.parametrize("tolerance", [0, -5, 90, 135, float("nan")])
def test_tolerance_outside_0_90_raises(tolerance):
    table = {"direction": "down", "tolerance_deg": tolerance}
    with pytest.raises(ValueError, match="tolerance_deg"):
        profile_from_dict(with_zone_table(shipped_data(), "neck", table))


@pytest.mark.parametrize("field, value", [
    ("reps", "seven"),
    ("tolerance_deg", "wide"),
    ("direction", 45),
    ("tolerance_deg", [10]),
    ("reps", 0),
    ("reps", 7.5),
    ("max_speed_fw_per_s", -1.0),
])
def test_malformed_values_raise_value_error(field, value):
    table = {"direction": "down", field: value}
    with pytest.raises(ValueError):
        profile_from_dict(with_zone_table(shipped_data(), "neck", table))


def test_with_zone_changes_one_zone_only():
    drainage = load_profile("drainage")
    edited = drainage.with_zone("cheek", direction="up", reps=3)
    assert edited.rule("cheek").direction_out_up == (0.0, 1.0)
    assert edited.rule("cheek").reps == 3
    assert edited.rule("cheek").tolerance_deg == drainage.rule("cheek").tolerance_deg
    assert all(edited.rule(z) == drainage.rule(z) for z in ZONES if z != "cheek")
    # The original is untouched.
    assert drainage.rule("cheek").reps == 7 and drainage.rule("cheek").direction_out_up[1] < 0.5


def test_with_zone_takes_a_vector_and_rejects_unknown_zones_and_directions():
    drainage = load_profile("drainage")
    assert drainage.with_zone("neck", direction=[0, -3]).rule("neck").direction_out_up == (0.0, -1.0)
    with pytest.raises(ValueError, match="unknown zone 'ear'.*forehead"):
        drainage.with_zone("ear", reps=3)
    with pytest.raises(ValueError, match="unknown direction"):
        drainage.with_zone("neck", direction="sideways")


def test_with_zone_rejects_a_tolerance_the_loader_rejects():
    with pytest.raises(ValueError, match="tolerance_deg"):
        load_profile("drainage").with_zone("neck", tolerance_deg=120)


@pytest.mark.parametrize("name", ["drainage", "lifting"])
def test_to_toml_round_trip(name):
    profile = load_profile(name)
    assert_profiles_close(profile_from_dict(tomllib.loads(profile.to_toml())), profile)


def test_to_toml_round_trip_of_an_edited_profile(tmp_path):
    edited = load_profile("drainage").with_zone(
        "nose", direction=[0.7, 0.2], tolerance_deg=12.3456789, max_speed_fw_per_s=0.123456789,
        min_duration_s=0.3, reps=4)
    path = tmp_path / "mine.toml"
    path.write_text(edited.to_toml(), encoding="utf-8")
    assert_profiles_close(load_profile(path), edited)


@pytest.mark.parametrize("title", [
    "Plain title",
    "Drainage doux, été",
    'My "soft" routine',
    "C:\\routines",
])
def test_to_toml_round_trips_any_title(title):
    profile = load_profile("drainage")
    profile = Profile(profile.name, title, profile.description, profile.zones)
    assert profile_from_dict(tomllib.loads(profile.to_toml())).title == title


def test_a_profile_file_by_path(tmp_path):
    text = "\n".join(
        ["[defaults]", "tolerance_deg = 30", "reps = 5", "max_speed_fw_per_s = 0.5", "min_duration_s = 0.6"]
        + [f'[zones.{zone}]\ndirection = "out"' for zone in ZONES])
    path = tmp_path / "gentle.toml"
    path.write_text(text, encoding="utf-8")
    profile = load_profile(path)
    assert profile.name == "gentle" and profile.title == "gentle"  # named after the file
    neck_place = load_profile("drainage").rule("neck").place  # words from the default profile
    assert profile.rule("neck") == ZoneRule((1.0, 0.0), 30.0, 5, 0.5, 0.6, neck_place)
    assert load_profile(str(path)).name == "gentle"


@pytest.mark.parametrize("content", [None, "this is = = not toml"])
def test_an_unreadable_profile_file_raises_value_error(tmp_path, content):
    path = tmp_path / "broken.toml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="cannot read profile"):
        load_profile(path)


@pytest.mark.parametrize("direction, label", [
    ("down", "downward"), ("up", "upward"), ("out", "outward"), ("in", "inward"),
    ("out-up", "outward and upward"), ("in-down", "inward and downward"),
    ([1.0, 0.3], "outward"),  # 17 deg above horizontal: still just outward
    ([1.0, 0.5], "outward and upward"),  # 27 deg
    ([0.3, -1.0], "downward"),
])
def test_direction_label(direction, label):
    rule = ZoneRule(parse_direction(direction), 40.0, 7, 0.8, 0.45)
    assert rule.direction_label == label


SOURCE_DIRS = ("vision", "feedback", "runs", "storage", "evaluation", "ui", "app_pages")


def _source_files() -> list[Path]:
    root = FEEDBACK_DIR.parent
    files = [root / "cli.py"] + [p for d in SOURCE_DIRS for p in sorted((root / d).rglob("*.py"))]
    return [p for p in files if p.is_file() and p != FEEDBACK_DIR / "protocol.py"]


def _zone_direction_pairs(path: Path, direction_names: set[str]) -> list[str]:
    """Lines that name a zone and a direction together, and dicts mapping a zone to a direction."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    by_line: dict[int, set[str]] = {}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            by_line.setdefault(node.lineno, set()).add(node.value)
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if (isinstance(key, ast.Constant) and key.value in ZONES
                        and isinstance(value, ast.Constant) and value.value in direction_names):
                    found.append(f"{path.name}:{key.lineno} maps {key.value!r} to {value.value!r}")
    for line, strings in sorted(by_line.items()):
        if strings & set(ZONES) and strings & direction_names:
            found.append(f"{path.name}:{line} names {sorted(strings & set(ZONES))} with "
                         f"{sorted(strings & direction_names)}")
    return found


def test_zone_directions_are_written_only_in_the_profile_data():
    """No source file pairs a zone with a direction: the TOML profiles are the only place."""
    names = set(parse_direction.__globals__["_NAMED_DIRECTIONS"])
    files = _source_files()
    assert FEEDBACK_DIR / "verdicts.py" in files and FEEDBACK_DIR / "cues.py" in files
    assert [found for path in files for found in _zone_direction_pairs(path, names)] == []
    for name in available_profiles():  # ...and each profile names one direction per zone
        assert all("direction" in table for table in shipped_data(name)["zones"].values())


def test_the_zone_direction_check_finds_a_hard_coded_direction(tmp_path):
    names = set(parse_direction.__globals__["_NAMED_DIRECTIONS"])
    path = tmp_path / "sneaky.py"
    path.write_text('EXPECTED = {"neck": "down"}\nif zone == "temple" and d != "down":\n    pass\n')
    assert len(_zone_direction_pairs(path, names)) == 3


def test_places_and_rhythm_are_written_once_in_the_default_profile():
    drainage, lifting = load_profile("drainage"), load_profile("lifting")
    assert "rhythm" in shipped_data("drainage") and "rhythm" not in shipped_data("lifting")
    assert all("place" in table for table in shipped_data("drainage")["zones"].values())
    assert not any("place" in table for table in shipped_data("lifting")["zones"].values())
    assert lifting.rhythm == drainage.rhythm == "about one second per stroke"
    assert all(lifting.rule(z).place == drainage.rule(z).place != "" for z in ZONES)


def test_a_profile_without_words_takes_the_defaults_and_its_own_words_win():
    """A custom profile saved before places and rhythm existed still loads, nothing lost."""
    data = shipped_data("lifting")
    assert profile_from_dict(data).rule("neck").place == load_profile("drainage").rule("neck").place
    data["rhythm"] = "slowly"
    data["zones"]["neck"]["place"] = "the neck"
    profile = profile_from_dict(data)
    assert (profile.rhythm, profile.rule("neck").place) == ("slowly", "the neck")
