"""The figures as people and tools read them: text tables, the Markdown report, the JSON."""

import json

from evaluation.figures import format_markdown, format_table, to_json_dict
from evaluation.scoring import aggregate, meets_targets, score_clip
from feedback.verdicts import VERDICTS
from tests.evaluation.clips import (
    make_labels,
    make_review,
    no_massage,
    review_from_labels,
    routine,
    stroke,
    two_clips,
)

N_COLUMNS = 11
A_CELLS = ["4", "4", "1.000", "1.000", "1.000", "75.0%", "100.0%", "0.0%", "0", "0", "-"]
B_CELLS = ["2", "3", "0.333", "0.500", "0.400", "100.0%", "0.0%", "0.0%", "1", "1", "-"]
COMMAND = "massage-coach evaluate sample_videos --markdown docs/accuracy.md"


def _scored():
    scores = [score_clip(*clip) for clip in two_clips()]
    return scores, aggregate(scores)


def _rows(table: str) -> list[tuple[str, list[str]]]:
    """(name, cells) of each row of a fixed-width table under its header and rule."""
    return [(" ".join(line.split()[:-N_COLUMNS]), line.split()[-N_COLUMNS:])
            for line in table.splitlines()[2:]]


# ---- format_table ----------------------------------------------------------------------------

def test_format_table_shows_each_clip_and_each_groups_total():
    clips, tuning, held_out = format_table(*_scored()).split("\n\n")
    lines = clips.splitlines()
    assert len({len(line) for line in lines}) == 1  # fixed width
    assert lines[0].split()[:2] == ["clip", "labelled"] and set(lines[1]) == {"-"}
    assert _rows(clips) == [("a", A_CELLS), ("= TUNING (1 clip)", A_CELLS),
                            ("b", B_CELLS), ("= HELD OUT (1 clip)", B_CELLS)]
    assert tuning.startswith("condition (tuning)") and held_out.startswith("condition (held out)")
    assert _rows(tuning) == [("fps:30", A_CELLS)]
    assert _rows(held_out) == [("dim", B_CELLS), ("fps:15", B_CELLS)]


def test_format_table_pools_the_clips_of_a_group():
    more = make_labels(routine(2), name="c", held_out=True)
    scores = [score_clip(*clip) for clip in two_clips()] + [score_clip(more, make_review([]))]
    rows = _rows(format_table(scores, aggregate(scores)).split("\n\n")[0])
    # b and c: 4 labelled, 3 said, 1 found
    assert rows[-1] == ("= HELD OUT (2 clips)",
                        ["4", "3", "0.333", "0.250", "0.286", "100.0%", "0.0%", "0.0%", "1", "1", "-"])


def test_format_table_shows_a_dash_where_there_is_nothing_to_count():
    scores = [score_clip(make_labels(routine(1), name="none"), make_review([])),
              score_clip(no_massage("calm", duration_s=30.0), make_review([stroke(1.5, 2.5)]))]
    table = format_table(scores, aggregate(scores)).split("\n\n")[0]
    none, calm = dict(_rows(table))["none"], dict(_rows(table))["calm"]
    # nothing found: no zone or verdict to judge; no time without massage
    assert none == ["1", "0", "1.000", "0.000", "0.000", "-", "-", "0.0%", "0", "0", "-"]
    # nothing labelled: no unsure share; one false stroke in half a minute
    assert calm == ["0", "1", "0.000", "1.000", "0.000", "-", "-", "-", "0", "0", "2.0"]


def test_format_table_has_no_condition_tables_without_conditions():
    scores = [score_clip(make_labels(routine(1)), make_review([]))]
    assert "\n\n" not in format_table(scores, aggregate(scores))


# ---- format_markdown -------------------------------------------------------------------------

def test_format_markdown_has_every_section_in_order():
    lines = format_markdown(*_scored(), COMMAND).splitlines()
    assert lines[0] == "# Accuracy of the coach on the sample videos"
    assert f"Made by `{COMMAND}`; do not edit by hand." in lines
    assert [line for line in lines if line.startswith("## ")] == [
        "## Held-out clips (never used to decide anything)", "## Tuning clips", "## Per clip",
        "## Per condition (held out)", "## Per condition (tuning)",
        "## Verdicts of found strokes (held out)", "## Verdicts of found strokes (tuning)"]


def test_format_markdown_judges_each_group_on_its_own():
    scores, overall = _scored()
    lines = format_markdown(scores, overall, COMMAND).splitlines()
    held_out = lines[lines.index("## Held-out clips (never used to decide anything)") + 2]
    tuning = lines[lines.index("## Tuning clips") + 2]
    assert held_out == "**targets missed: " + "; ".join(meets_targets(overall.held_out_clips)) + ".**"
    assert len(meets_targets(overall.held_out_clips)) == 4
    assert tuning == ("**targets missed: zone and side are right for 75.0% of found strokes, "
                      "the target is at least 95%.**")
    labels = make_labels(routine(2), held_out=True)
    perfect = [score_clip(labels, review_from_labels(labels))]
    lines = format_markdown(perfect, aggregate(perfect), COMMAND).splitlines()
    assert lines[lines.index("## Held-out clips (never used to decide anything)") + 2] == \
        "**all targets met.**"


def test_format_markdown_tables_hold_the_same_rows_as_the_text_tables():
    text = format_markdown(*_scored(), COMMAND)
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert "| clip | labelled | found | P | R | F1 | zone+side | verdict | unsure | rev wrong | " \
           "returns | neg/min |" in rows
    for name, cells in [("a", A_CELLS), ("= TUNING (1 clip)", A_CELLS), ("b", B_CELLS),
                        ("= HELD OUT (1 clip)", B_CELLS), ("fps:30", A_CELLS),
                        ("dim", B_CELLS), ("fps:15", B_CELLS)]:
        assert f"| {name} | " + " | ".join(cells) + " |" in rows


def test_format_markdown_shows_the_verdict_confusion_of_each_group():
    lines = format_markdown(*_scored(), COMMAND).splitlines()
    header = "| labelled \\ said | " + " | ".join(VERDICTS) + " |"

    def section(title):
        start = lines.index(title)
        return lines[start + 2:start + 7]

    def row(labelled, said_counts):
        return f"| {labelled} | " + " | ".join(str(said_counts.get(v, 0)) for v in VERDICTS) + " |"

    # held out: one good stroke said "reversed"; tuning: four good strokes said "good"
    assert section("## Verdicts of found strokes (held out)") == [
        header, "|---" * (len(VERDICTS) + 1) + "|", row("good", {"reversed": 1}), "",
        "\"reversed\" said 1 times, right 0.0% of them."]
    assert section("## Verdicts of found strokes (tuning)")[:3] == [
        header, "|---" * (len(VERDICTS) + 1) + "|", row("good", {"good": 4})]


# ---- to_json_dict ----------------------------------------------------------------------------

def test_to_json_dict_holds_each_group_on_its_own():
    scores, overall = _scored()
    data = json.loads(json.dumps(to_json_dict(scores, overall)))
    assert set(data) == {"clips", "tuning", "held_out", "tuning_by_condition",
                         "held_out_by_condition", "failed_targets", "tuning_failed_targets"}
    assert [c["name"] for c in data["clips"]] == ["a", "b"]
    b = data["clips"][1]
    assert b["held_out"] is True and b["conditions"] == ["fps:15", "dim"]
    assert b["unmatched_predicted"] == [[3.5, 4.0], [10.0, 11.0]]
    assert b["missed_labelled"] == [[2.5, 3.5]]
    held_out, tuning = data["held_out"], data["tuning"]
    assert (held_out["n_labelled"], held_out["n_predicted"], held_out["n_matched"]) == (2, 3, 1)
    assert held_out["f1"] == overall.held_out_clips.f1
    assert (held_out["n_reversed_said"], held_out["n_reversed_wrong"]) == (1, 1)
    assert held_out["reversed_precision"] == 0.0
    assert (held_out["returns_counted_as_strokes"], held_out["returns_swallowed"]) == (1, 0)
    assert (held_out["n_unsure"], held_out["unsure_share"]) == (0, 0.0)
    assert (held_out["negative_s"], held_out["negative_false"], held_out["negative_false_per_min"]) \
        == (0.0, 0, 0.0)
    assert held_out["verdict_confusion"] == {"good": {"reversed": 1}}
    assert tuning["zone_side_accuracy"] == 0.75
    assert tuning["verdict_confusion"] == {"good": {"good": 4}}
    assert list(data["tuning_by_condition"]) == ["fps:30"]
    assert list(data["held_out_by_condition"]) == ["dim", "fps:15"]
    assert data["held_out_by_condition"]["dim"] == held_out
    assert data["failed_targets"] == meets_targets(overall.held_out_clips)
    assert len(data["failed_targets"]) == 4
    assert data["tuning_failed_targets"] == meets_targets(overall.tuning_clips)
    assert len(data["tuning_failed_targets"]) == 1


def test_to_json_dict_shows_the_time_without_massage():
    scores = [score_clip(no_massage("calm", held_out=True, duration_s=30.0),
                         make_review([stroke(1.5, 2.5), stroke(5.5, 6.0, verdict="unsure")]))]
    data = to_json_dict(scores, aggregate(scores))
    held_out = data["held_out"]
    assert (held_out["negative_s"], held_out["negative_false"]) == (30.0, 2)
    assert held_out["negative_false_per_min"] == 4.0
    assert data["clips"][0]["negative_false_per_min"] == 4.0
    assert "4.0 false strokes per minute without massage, the target is under 1" in data["failed_targets"]
