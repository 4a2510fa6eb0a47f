"""The review JSON and CSV keep exactly the contract of docs/formats.md."""

import csv
import io
import json
import re
from pathlib import Path

import numpy as np
import pytest

from feedback.conditions import Warning
from feedback.protocol import load_profile
from feedback.report import STROKE_FIELDS, Review, strokes_csv
from feedback.stroke import Stroke
from feedback.verdicts import VERDICTS, JudgedStroke

FORMATS_MD = Path(__file__).resolve().parents[2] / "docs" / "formats.md"


def contract() -> dict:
    """The review JSON example of docs/formats.md (the first json block)."""
    block = re.search(r"```json\n(.*?)```", FORMATS_MD.read_text(encoding="utf-8"), re.S).group(1)
    return json.loads(block)


CONTRACT = contract()


def judged(zone, side, verdict, t_start_s, hand=None, error_deg=0.0):
    t_s = np.linspace(t_start_s, t_start_s + 0.9, 10)
    path = np.column_stack([np.linspace(0.0, 0.3, 10), np.zeros(10)])
    return JudgedStroke(Stroke(hand or side, t_s, path), zone, side, verdict, error_deg)


def review(strokes=(), warnings=()):
    return Review(video="sample_videos/x.mp4", duration_s=21.4004, fps=29.97003, frames=642,
                  profile=load_profile("drainage"), strokes=tuple(strokes), warnings=tuple(warnings))


FULL = review([judged("cheek", "left", "good", 1.2, error_deg=8.5432),
               judged("cheek", "left", "reversed", 3.0, hand="right", error_deg=-171.04),
               judged("neck", "right", "too_fast", 5.0)],
              [Warning(0.0, "no_face", "no face found from 0.0 s to 3.2 s")])


@pytest.mark.parametrize("result", [FULL.to_json_dict(), review().to_json_dict()], ids=["full", "empty"])
def test_top_level_keys_are_the_contract(result):
    assert list(result) == list(CONTRACT)


def test_stroke_zone_and_warning_keys_are_the_contract():
    result = FULL.to_json_dict()
    assert all(list(s) == list(CONTRACT["strokes"][0]) for s in result["strokes"])
    assert all(list(z) == list(CONTRACT["zones"][0]) for z in result["zones"])
    assert all(list(w) == list(CONTRACT["warnings"][0]) for w in result["warnings"])


def test_json_values_by_hand():
    result = json.loads(json.dumps(FULL.to_json_dict()))  # plain JSON types only
    assert {k: result[k] for k in ("video", "duration_s", "fps", "frames", "profile")} == {
        "video": "sample_videos/x.mp4", "duration_s": 21.4, "fps": 29.97, "frames": 642, "profile": "drainage"}
    assert result["strokes"][0] == {
        "t_start_s": 1.2, "t_end_s": 2.1, "zone": "cheek", "side": "left", "hand": "left", "verdict": "good",
        "angle_error_deg": 8.5, "length_fw": 0.3, "speed_fw_per_s": 0.333}
    assert result["strokes"][1]["hand"] == "right" and result["strokes"][1]["angle_error_deg"] == -171.0
    assert result["zones"] == [
        {"zone": "cheek", "side": "left", "good": 1, "reversed": 1, "off_path": 0, "too_fast": 0, "unsure": 0},
        {"zone": "neck", "side": "right", "good": 0, "reversed": 0, "off_path": 0, "too_fast": 1, "unsure": 0}]
    assert result["warnings"] == [{"t_s": 0.0, "code": "no_face", "message": "no face found from 0.0 s to 3.2 s"}]


def test_values_use_the_documented_vocabulary():
    result = FULL.to_json_dict()
    for stroke in result["strokes"]:
        assert stroke["zone"] in {"forehead", "temple", "under_eye", "nose", "cheek", "jawline", "chin", "neck"}
        assert stroke["side"] in {"left", "right"} and stroke["hand"] in {"left", "right"}
        assert stroke["verdict"] in VERDICTS


def test_an_empty_review_has_empty_lists():
    result = review().to_json_dict()
    assert (result["strokes"], result["zones"], result["warnings"]) == ([], [], [])


def test_csv_header_is_the_stroke_fields():
    assert list(STROKE_FIELDS) == list(CONTRACT["strokes"][0])
    assert strokes_csv(review().to_json_dict()) == ",".join(CONTRACT["strokes"][0]) + "\n"


def test_csv_has_one_row_per_stroke_with_the_json_values():
    result = FULL.to_json_dict()
    rows = list(csv.DictReader(io.StringIO(strokes_csv(result))))
    assert len(rows) == 3
    assert rows == [{k: str(v) for k, v in s.items()} for s in result["strokes"]]
