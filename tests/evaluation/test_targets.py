"""Pooling clips: each group (tuning, held out) on its own and per condition; the targets."""

import pytest

from evaluation.scoring import TARGET_F1, aggregate, meets_targets, pool, score_clip
from tests.evaluation.clips import (
    make_labels,
    make_review,
    no_massage,
    review_from_labels,
    routine,
    stroke,
    two_clips,
)


def _perfect(n_strokes, name="perfect", held_out=False, conditions=None):
    labels = make_labels(routine(n_strokes), name=name, held_out=held_out, conditions=conditions)
    return score_clip(labels, review_from_labels(labels))


# ---- aggregate -------------------------------------------------------------------------------

def test_aggregate_micro_averages_over_the_strokes_of_a_group():
    (a_labels, a_review), (b_labels, b_review) = two_clips()
    b_labels["held_out"] = False  # both in the tuning group
    overall = aggregate([score_clip(a_labels, a_review), score_clip(b_labels, b_review)])
    group = overall.tuning_clips
    assert (group.n_labelled, group.n_predicted, group.n_matched) == (6, 7, 5)
    assert group.precision == 5 / 7 and group.recall == 5 / 6
    assert group.f1 == pytest.approx(2 * (5 / 7) * (5 / 6) / (5 / 7 + 5 / 6))
    assert group.zone_side_accuracy == 4 / 5   # macro would give (3/4 + 1) / 2
    assert group.verdict_accuracy == 4 / 5
    assert (group.n_reversed_said, group.n_reversed_wrong) == (1, 1)
    assert group.wrong_reversed_share == 1 / 6
    assert group.returns_counted_as_strokes == 1 and group.returns_swallowed == 0
    assert group.rep_count_error_by_zone == {"cheek": 1 + 1, "jawline": 1}
    assert group.verdict_confusion == {("good", "good"): 4, ("good", "reversed"): 1}
    assert overall.n_clips == 2 and overall.held_out_clips.n_labelled == 0


def test_aggregate_judges_each_group_on_its_own():
    overall = aggregate([score_clip(*clip) for clip in two_clips()])
    tuning, held_out = overall.tuning_clips, overall.held_out_clips
    assert (tuning.n_labelled, tuning.n_predicted, tuning.n_matched) == (4, 4, 4)
    assert tuning.zone_side_accuracy == 3 / 4 and tuning.returns_counted_as_strokes == 0
    assert tuning.n_reversed_said == 0
    assert (held_out.n_labelled, held_out.n_predicted, held_out.n_matched) == (2, 3, 1)
    assert held_out.precision == 1 / 3 and held_out.recall == 1 / 2
    assert held_out.verdict_accuracy == 0.0 and held_out.returns_counted_as_strokes == 1
    assert (held_out.n_reversed_said, held_out.n_reversed_wrong) == (1, 1)
    assert held_out.reversed_precision == 0.0 and held_out.wrong_reversed_share == 1 / 2


def test_a_perfect_tuning_group_does_not_carry_a_bad_held_out_group():
    _, (b_labels, b_review) = two_clips()
    scores = [_perfect(40), score_clip(b_labels, b_review)]
    overall = aggregate(scores)
    pooled = pool(scores)  # 41 of 42 strokes found, 43 said: pooled, F1 would pass
    assert pooled.f1 == pytest.approx(82 / 85) and pooled.f1 >= TARGET_F1
    assert overall.held_out_clips.f1 == pytest.approx(0.4)
    assert meets_targets(overall.tuning_clips) == []
    assert meets_targets(overall.held_out_clips)[0] == \
        "stroke F1 is 0.400, the target is at least 0.95"


def test_a_bad_tuning_group_does_not_sink_a_perfect_held_out_group():
    (a_labels, _), (b_labels, b_review) = two_clips()
    b_labels["held_out"] = False
    overall = aggregate([score_clip(a_labels, make_review([])), score_clip(b_labels, b_review),
                         _perfect(3, held_out=True)])
    assert meets_targets(overall.tuning_clips) != []
    assert meets_targets(overall.held_out_clips) == []


def test_conditions_pool_the_clips_that_carry_them_within_each_group():
    x_labels = make_labels(routine(4), name="x", conditions=("fps:15", "blur"))
    x_review = review_from_labels(x_labels)
    del x_review["strokes"][0]  # x: 4 labelled, 3 found
    scores = [score_clip(x_labels, x_review),
              _perfect(2, "y", conditions=("fps:15",)),
              _perfect(3, "z", held_out=True, conditions=("fps:15",)),
              _perfect(1, "w")]  # no conditions: in its group, in no condition
    assert scores[0].conditions == ("fps:15", "blur")
    overall = aggregate(scores)
    assert list(overall.tuning_by_condition) == ["blur", "fps:15"]
    blur, fps = overall.tuning_by_condition["blur"], overall.tuning_by_condition["fps:15"]
    assert (blur.n_labelled, blur.n_matched, blur.recall) == (4, 3, 3 / 4)
    assert (fps.n_labelled, fps.n_matched, fps.recall) == (4 + 2, 3 + 2, 5 / 6)
    assert list(overall.held_out_by_condition) == ["fps:15"]
    assert overall.held_out_by_condition["fps:15"].n_labelled == 3  # z only, not x and y
    assert overall.tuning_clips.n_labelled == 4 + 2 + 1


def test_false_strokes_per_minute_pool_the_time_of_the_clips_without_massage():
    # 1 false stroke in 30 s (2 per minute) and 1 in 90 s: 2 in 2 minutes, not (2 + 2/3) / 2.
    scores = [score_clip(no_massage("short", duration_s=30.0), make_review([stroke(1.5, 2.5)])),
              score_clip(no_massage("long", duration_s=90.0), make_review([stroke(5.5, 6.5)])),
              _perfect(4)]  # its 8 s do not count as time without massage
    group = aggregate(scores).tuning_clips
    assert (group.negative_s, group.negative_false) == (120.0, 2)
    assert group.negative_false_per_min == 1.0


def test_aggregate_of_no_clips_is_empty():
    overall = aggregate([])
    assert overall.n_clips == 0
    assert overall.tuning_clips.n_labelled == overall.held_out_clips.n_labelled == 0
    assert overall.tuning_clips.f1 == overall.held_out_clips.f1 == 1.0
    assert overall.tuning_by_condition == overall.held_out_by_condition == {}


# ---- meets_targets ---------------------------------------------------------------------------

def test_meets_targets_is_empty_when_perfect():
    assert meets_targets(_perfect(3)) == []
    assert meets_targets(aggregate([_perfect(3, held_out=True)]).held_out_clips) == []


def test_meets_targets_names_every_failed_target():
    (a_labels, a_review), (b_labels, b_review) = two_clips()
    b_labels["held_out"] = False
    group = aggregate([score_clip(a_labels, a_review), score_clip(b_labels, b_review)]).tuning_clips
    assert meets_targets(group) == [
        "stroke F1 is 0.769, the target is at least 0.95",
        "zone and side are right for 80.0% of found strokes, the target is at least 95%",
        "the verdict is right for 80.0% of found strokes, the target is at least 95%",
        "1 return movement(s) were counted as strokes (0 of them inside a found stroke), "
        "the target is none",
        "\"reversed\" was said of 1 stroke(s) that were not reversed (16.7% of strokes), "
        "the target is under 1%",
    ]


@pytest.mark.parametrize("n_strokes, failed", [
    (100, ["\"reversed\" was said of 1 stroke(s) that were not reversed (1.0% of strokes), "
           "the target is under 1%"]),
    (101, []),
])
def test_reversed_said_wrongly_must_stay_under_one_percent(n_strokes, failed):
    labels = make_labels(routine(n_strokes))
    review = review_from_labels(labels)
    review["strokes"][0]["verdict"] = "reversed"
    assert meets_targets(score_clip(labels, review)) == failed


@pytest.mark.parametrize("n_strokes, failed", [
    (20, ["\"unsure\" on 5.0% of strokes, the target is under 5%"]),
    (21, []),
])
def test_unsure_must_stay_under_five_percent(n_strokes, failed):
    labels = make_labels(routine(n_strokes))
    review = review_from_labels(labels)
    review["strokes"][0]["verdict"] = "unsure"  # found; its verdict right for 19 of 20 is enough
    assert meets_targets(score_clip(labels, review)) == failed


@pytest.mark.parametrize("duration_s, failed", [
    (60.0, ["1.0 false strokes per minute without massage, the target is under 1"]),
    (61.0, []),
])
def test_false_strokes_without_massage_must_stay_under_one_per_minute(duration_s, failed):
    scores = [_perfect(40), score_clip(no_massage(duration_s=duration_s), make_review([stroke(1.5, 2.5)]))]
    assert meets_targets(aggregate(scores).tuning_clips) == failed


def test_a_single_swallowed_return_misses_the_returns_target():
    labels = make_labels(routine(40))
    review = review_from_labels(labels)
    review["strokes"][0]["t_end_s"] = 2.5  # ran on over the return 2.0-2.5 s
    assert meets_targets(score_clip(labels, review)) == [
        "1 return movement(s) were counted as strokes (1 of them inside a found stroke), "
        "the target is none"]
