"""Scoring reviews against labels, on hand-made strokes with hand-checkable numbers."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation.figures import format_table, to_json_dict
from evaluation.scoring import aggregate, meets_targets, score_clip
from tests.evaluation.clips import (
    interval,
    label_stroke,
    labelled_clips,
    make_labels,
    make_review,
    noisy_reviews,
    review_from_labels,
    routine,
    stroke,
)

# ---- score_clip ----------------------------------------------------------------------------

def test_perfect_predictions_score_one_everywhere():
    labels = make_labels(routine(4))
    score = score_clip(labels, review_from_labels(labels))
    assert (score.n_labelled, score.n_predicted, score.n_matched) == (4, 4, 4)
    assert score.precision == score.recall == score.f1 == 1.0
    assert score.zone_side_accuracy == score.verdict_accuracy == 1.0
    assert score.rep_count_error_by_zone == {"cheek": 0}
    assert score.rep_count_error_total == 0 and score.rep_count_error_mean == 0.0
    assert score.returns_counted_as_strokes == 0
    assert score.verdict_confusion == {("good", "good"): 4}
    assert score.unmatched_predicted == score.missed_labelled == ()
    assert score.name == "clip" and score.held_out is False


def test_one_missed_stroke_lowers_recall_by_one_over_n():
    labels = make_labels(routine(4))
    review = review_from_labels(labels)
    del review["strokes"][2]
    score = score_clip(labels, review)
    assert score.precision == 1.0
    assert score.recall == 1 - 1 / 4
    assert score.f1 == pytest.approx(2 * 0.75 / 1.75)
    assert score.missed_labelled == ((4.0, 5.0),)
    assert score.rep_count_error_by_zone == {"cheek": 1}


def test_one_extra_stroke_lowers_precision():
    labels = make_labels(routine(3) + [interval("pause", 10.0, 12.0)])
    review = review_from_labels(labels)
    review["strokes"].append(stroke(10.5, 11.5))
    score = score_clip(labels, review)
    assert score.recall == 1.0
    assert score.precision == 3 / 4
    assert score.unmatched_predicted == ((10.5, 11.5),)
    assert score.returns_counted_as_strokes == 0


@pytest.mark.parametrize("extra, counted", [
    ((2.0, 2.5), 1),    # exactly the return after the first stroke
    ((2.1, 2.4), 1),    # inside it
    ((2.0, 3.0), 1),    # half on the return: still the worst error
    ((2.3, 3.3), 0),    # 0.2 s of 1.0 s on the return: not a return
])
def test_extra_stroke_on_a_return_interval_is_counted(extra, counted):
    labels = make_labels([label_stroke(1.0, 2.0), interval("return", 2.0, 2.5),
                          interval("pause", 2.5, 4.0)])
    review = review_from_labels(labels)
    review["strokes"].append(stroke(*extra, verdict="reversed"))
    score = score_clip(labels, review)
    assert score.n_matched == 1
    assert score.returns_counted_as_strokes == counted


def test_wrong_zone_on_one_stroke():
    labels = make_labels(routine(4))
    review = review_from_labels(labels)
    review["strokes"][1]["zone"] = "jawline"
    score = score_clip(labels, review)
    assert score.n_matched == 4
    assert score.zone_side_accuracy == 3 / 4
    assert score.verdict_accuracy == 1.0
    assert score.rep_count_error_by_zone == {"cheek": 1, "jawline": 1}
    assert score.rep_count_error_total == 2 and score.rep_count_error_mean == 1.0


def test_wrong_side_counts_as_a_zone_side_error():
    labels = make_labels(routine(5))
    review = review_from_labels(labels)
    review["strokes"][0]["side"] = "right"
    assert score_clip(labels, review).zone_side_accuracy == 4 / 5


def test_wrong_verdict_on_one_stroke():
    labels = make_labels(routine(4))
    review = review_from_labels(labels)
    review["strokes"][3]["verdict"] = "reversed"
    score = score_clip(labels, review)
    assert score.verdict_accuracy == 3 / 4
    assert score.zone_side_accuracy == 1.0
    assert score.verdict_confusion == {("good", "good"): 3, ("good", "reversed"): 1}


def test_empty_labels_and_empty_predictions_are_perfect():
    score = score_clip(make_labels([interval("pause", 0.0, 5.0)]), make_review([]))
    assert (score.n_labelled, score.n_predicted, score.n_matched) == (0, 0, 0)
    assert score.precision == score.recall == score.f1 == 1.0
    assert score.zone_side_accuracy == score.verdict_accuracy == 1.0
    assert score.rep_count_error_by_zone == {} and score.rep_count_error_mean == 0.0


def test_nothing_found_on_a_labelled_clip():
    score = score_clip(make_labels(routine(2)), make_review([]))
    assert (score.precision, score.recall, score.f1) == (1.0, 0.0, 0.0)
    assert score.missed_labelled == ((1.0, 2.0), (2.5, 3.5))


def test_strokes_found_on_a_clip_without_strokes():
    score = score_clip(make_labels([]), make_review([stroke(0.0, 1.0)]))
    assert (score.precision, score.recall, score.f1) == (0.0, 1.0, 0.0)


# ---- aggregate, targets, table -------------------------------------------------------------

def _two_clips():
    """Clip a: 4 labelled, 4 found, one wrong zone. Clip b (held out): 2 labelled,
    3 found, 1 matched with a wrong verdict, 1 extra on a return, 1 extra elsewhere."""
    a_labels = make_labels(routine(4), name="a")
    a_review = review_from_labels(a_labels)
    a_review["strokes"][0]["zone"] = "jawline"
    b_labels = make_labels(routine(2) + [interval("pause", 10.0, 12.0)], name="b",
                           held_out=True)
    b_review = make_review([stroke(1.0, 2.0, verdict="reversed"), stroke(3.5, 4.0),
                            stroke(10.0, 11.0)])
    return [score_clip(a_labels, a_review), score_clip(b_labels, b_review)]


def test_aggregate_micro_averages_over_strokes():
    overall = aggregate(_two_clips())
    assert (overall.n_labelled, overall.n_predicted, overall.n_matched) == (6, 7, 5)
    assert overall.precision == 5 / 7 and overall.recall == 5 / 6
    assert overall.f1 == pytest.approx(2 * (5 / 7) * (5 / 6) / (5 / 7 + 5 / 6))
    assert overall.zone_side_accuracy == 4 / 5   # macro would give (3/4 + 1) / 2
    assert overall.verdict_accuracy == 4 / 5
    assert overall.returns_counted_as_strokes == 1
    assert overall.rep_count_error_by_zone == {"cheek": 1 + 1, "jawline": 1}
    assert overall.verdict_confusion == {("good", "good"): 4, ("good", "reversed"): 1}
    assert overall.n_clips == 2


def test_aggregate_splits_held_out_from_tuning_clips():
    overall = aggregate(_two_clips())
    tuning, held_out = overall.tuning_clips, overall.held_out_clips
    assert (tuning.n_labelled, tuning.n_predicted, tuning.n_matched) == (4, 4, 4)
    assert tuning.zone_side_accuracy == 3 / 4 and tuning.returns_counted_as_strokes == 0
    assert (held_out.n_labelled, held_out.n_predicted, held_out.n_matched) == (2, 3, 1)
    assert held_out.precision == 1 / 3 and held_out.recall == 1 / 2
    assert held_out.verdict_accuracy == 0.0 and held_out.returns_counted_as_strokes == 1


def test_aggregate_of_no_clips_is_empty():
    overall = aggregate([])
    assert overall.n_clips == 0 and overall.f1 == 1.0
    assert overall.held_out_clips.n_labelled == 0


def test_meets_targets_is_empty_when_perfect():
    labels = make_labels(routine(3))
    assert meets_targets(aggregate([score_clip(labels, review_from_labels(labels))])) == []


def test_meets_targets_names_every_failed_target():
    failed = meets_targets(aggregate(_two_clips()))
    assert len(failed) == 4
    f1, zone, verdict, returns = failed
    assert "F1 is 0.769" in f1 and "0.95" in f1
    assert "zone and side are right for 80.0%" in zone and "95%" in zone
    assert "verdict is right for 80.0%" in verdict
    assert returns.startswith("1 return movement(s) were counted as strokes")


def test_format_table_has_a_row_per_clip_and_the_totals():
    scores = _two_clips()
    table = format_table(scores, aggregate(scores))
    lines = table.splitlines()
    assert len({len(line) for line in lines}) == 1  # fixed width
    assert [line.split()[0] for line in lines[2:4]] == ["a", "b"]
    assert [line.split()[0] for line in lines[-3:]] == ["tuning", "held-out", "overall"]
    assert "*" in lines[3] and "*" not in lines[2]
    assert lines[-1].split()[1:] == ["6", "7", "0.714", "0.833", "0.769", "80.0%", "80.0%",
                                     "3", "1"]


def test_format_table_shows_a_dash_when_nothing_matched():
    scores = [score_clip(make_labels(routine(1), name="none"), make_review([]))]
    row = format_table(scores, aggregate(scores)).splitlines()[2]
    assert row.split()[-4:] == ["-", "-", "1", "0"]


def test_to_json_dict_holds_the_same_figures():
    scores = _two_clips()
    overall = aggregate(scores)
    data = json.loads(json.dumps(to_json_dict(scores, overall)))
    assert [c["name"] for c in data["clips"]] == ["a", "b"]
    assert data["clips"][1]["held_out"] is True
    assert data["clips"][1]["unmatched_predicted"] == [[3.5, 4.0], [10.0, 11.0]]
    assert data["overall"]["f1"] == overall.f1 and data["overall"]["n_clips"] == 2
    assert data["held_out"]["returns_counted_as_strokes"] == 1
    assert data["tuning"]["zone_side_accuracy"] == 0.75
    assert data["overall"]["verdict_confusion"] == {"good": {"good": 4, "reversed": 1}}
    assert len(data["failed_targets"]) == 4


# ---- properties -----------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(labelled_clips())
def test_a_review_made_from_the_labels_scores_perfectly(labels):
    score = score_clip(labels, review_from_labels(labels))
    assert score.n_matched == score.n_labelled
    assert score.f1 == score.zone_side_accuracy == score.verdict_accuracy == 1.0
    assert score.rep_count_error_total == score.returns_counted_as_strokes == 0


@settings(max_examples=150, deadline=None)
@given(noisy_reviews(), st.randoms(use_true_random=False))
def test_shuffling_the_predicted_strokes_changes_nothing(case, rng):
    labels, strokes = case
    shuffled = strokes[:]
    rng.shuffle(shuffled)
    assert score_clip(labels, make_review(shuffled)) == score_clip(labels, make_review(strokes))
