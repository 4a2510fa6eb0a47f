"""The accuracy regression guard: `massage-coach evaluate` on the committed sample videos
(real pixels through real MediaPipe) must meet the targets of the sample-video issue."""

import json
from pathlib import Path

import pytest

import cli

SAMPLES = Path(__file__).resolve().parents[1] / "sample_videos"


@pytest.mark.slow
def test_the_coach_meets_its_targets_on_the_sample_videos(tmp_path, capsys):
    if not list(SAMPLES.glob("*.labels.json")):
        pytest.fail("no labelled sample videos in sample_videos/")
    out = tmp_path / "evaluation.json"
    assert cli.main(["evaluate", str(SAMPLES), "--json", str(out), "--strict"]) == 0, capsys.readouterr().out
    figures = json.loads(out.read_text())
    overall = figures["overall"]
    assert overall["f1"] >= 0.95
    assert overall["zone_side_accuracy"] >= 0.95
    assert overall["verdict_accuracy"] >= 0.95
    assert overall["returns_counted_as_strokes"] == 0
    assert figures["failed_targets"] == []
    assert figures["held_out"]["n_labelled"] > 0, "some clips must be held out of tuning"
