"""The accuracy regression guard: `massage-coach evaluate` on the committed held-out clips (real
pixels through real MediaPipe), judged on their own. Only the held-out clips are run: the
floors are theirs, and the tuning clips' figures (docs/accuracy.md, `make evaluate`) would
cost most of CI's time and guard nothing here.

The held-out set does not meet the targets (docs/accuracy.md says which, and the README says so
plainly), so this guard holds the line where the coach is: no figure may get worse than measured
when the held-out set (the twenty-seventh: the ONS's Alison Pritchard, frontal, and UIkit's
freckled woman in a felt hat, her head turned about 40 degrees) was evaluated once. When the
method improves, raise the floors to the new figures; never lower them to let a change through.
(They are set again, from its own first evaluation, only when a new held-out set replaces one
that has been looked at.) The figures are written out here so that changing a target in the code
does not quietly move the guard.
"""

import json
from pathlib import Path

import pytest

import cli
from evaluation.labels import labelled_clips

SAMPLES = Path(__file__).resolve().parents[1] / "sample_videos"
HELD_OUT_DIR = SAMPLES / "held_out"

# The held-out group as measured (docs/accuracy.md), less a hair for rounding.
HELD_OUT_FLOORS = {"f1": 0.845, "zone_side_accuracy": 0.968, "verdict_accuracy": 0.873}
HELD_OUT_CEILINGS = {"returns": 4, "unsure_share": 0.086, "negative_false_per_min": 2.7,
                     "reversed_wrong": 1}


def _held_out_kinds() -> list[set[str]]:
    """The interval kinds of each held-out clip's labels; every held-out clip must be in HELD_OUT_DIR."""
    held_out = [(path, labels) for path, labels in labelled_clips(SAMPLES) if labels["held_out"]]
    elsewhere = [path.name for path, _ in held_out if path.parent != HELD_OUT_DIR]
    assert not elsewhere, f"held-out clips outside {HELD_OUT_DIR}, which the guard would not run: {elsewhere}"
    return [{i["kind"] for i in labels["intervals"]} for _, labels in held_out]


@pytest.mark.slow
def test_the_held_out_clips_do_no_worse_than_measured(tmp_path, capsys):
    kinds = _held_out_kinds()
    with_strokes = sum("stroke" in k for k in kinds)
    without_massage = sum("stroke" not in k and "near_face" in k for k in kinds)
    if not (with_strokes and without_massage):
        pytest.fail(f"{SAMPLES} holds {with_strokes} held-out clip(s) with strokes and {without_massage} "
                    "without massage; it needs both: `tools/render_samples.py --set held_out`")

    out = tmp_path / "evaluation.json"
    assert cli.main(["evaluate", str(HELD_OUT_DIR), "--json", str(out)]) == 0
    printed = capsys.readouterr().out  # the tables, to read when an assertion fails
    group = json.loads(out.read_text())["held_out"]

    assert group["n_labelled"] > 0 and group["negative_s"] > 0, printed
    for name, floor in HELD_OUT_FLOORS.items():
        assert group[name] >= floor, f"held-out {name} fell to {group[name]:.3f} (was {floor})\n{printed}"
    assert group["returns_counted_as_strokes"] + group["returns_swallowed"] <= HELD_OUT_CEILINGS["returns"], printed
    assert group["unsure_share"] <= HELD_OUT_CEILINGS["unsure_share"], printed
    assert group["negative_false_per_min"] <= HELD_OUT_CEILINGS["negative_false_per_min"], printed
    assert group["n_reversed_wrong"] <= HELD_OUT_CEILINGS["reversed_wrong"], printed
