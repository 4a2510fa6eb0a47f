"""The accuracy regression guard: `massage-coach evaluate --strict` on the committed sample videos
(real pixels through real MediaPipe). Only the held-out clips decide, judged on their own: they
must meet every target of `evaluation.scoring.meets_targets`. The thresholds are written out
here again so that lowering a target in the code does not quietly lower the guard."""

import json
from pathlib import Path

import pytest

import cli
from evaluation.labels import load_labels

SAMPLES = Path(__file__).resolve().parents[1] / "sample_videos"


def _held_out_kinds() -> list[set[str]]:
    """The interval kinds of each held-out clip's labels."""
    return [{i["kind"] for i in labels["intervals"]}
            for labels in map(load_labels, sorted(SAMPLES.rglob("*.labels.json"))) if labels["held_out"]]


@pytest.mark.slow
def test_the_held_out_clips_meet_every_target(tmp_path, capsys):
    kinds = _held_out_kinds()
    with_strokes = sum("stroke" in k for k in kinds)
    without_massage = sum("stroke" not in k and "near_face" in k for k in kinds)
    if not (with_strokes and without_massage):
        pytest.fail(f"{SAMPLES} holds {with_strokes} held-out clip(s) with strokes and {without_massage} "
                    "without massage; it needs both: `tools/render_samples.py --set held_out`")

    out = tmp_path / "evaluation.json"
    code = cli.main(["evaluate", str(SAMPLES), "--json", str(out), "--strict"])
    printed = capsys.readouterr().out  # the tables, to read when an assertion fails
    figures = json.loads(out.read_text())
    clips = [c for c in figures["clips"] if c["held_out"]]
    assert any(c["n_labelled"] for c in clips) and any(c["negative_s"] for c in clips), printed

    group = figures["held_out"]
    assert group["n_labelled"] > 0, printed
    assert group["f1"] >= 0.95, printed
    assert group["zone_side_accuracy"] >= 0.95, printed
    assert group["verdict_accuracy"] >= 0.95, printed
    assert group["returns_counted_as_strokes"] + group["returns_swallowed"] == 0, printed
    assert group["n_reversed_wrong"] / group["n_labelled"] < 0.01, printed
    assert group["unsure_share"] < 0.05, printed
    assert group["negative_s"] > 0 and group["negative_false_per_min"] < 1, printed
    assert figures["failed_targets"] == [], printed
    assert code == 0, printed
