"""Scoring one clip's review against its labels, on hand-made strokes with hand-checkable numbers."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation.scoring import score_clip
from tests.evaluation.clips import (
    interval,
    label_stroke,
    labelled_clips,
    make_labels,
    make_review,
    no_massage,
    noisy_reviews,
    review_from_labels,
    routine,
    stroke,
    strokes_of,
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
    assert score.returns_counted_as_strokes == score.returns_swallowed == 0
    assert score.verdict_confusion == {("good", "good"): 4}
    assert score.n_unsure == score.n_reversed_said == score.n_reversed_wrong == 0
    assert score.unsure_share == score.wrong_reversed_share == 0.0
    assert score.reversed_precision == 1.0  # nothing said "reversed": nothing said wrongly
    assert score.negative_s == 0.0 and score.negative_false == 0
    assert score.unmatched_predicted == score.missed_labelled == ()
    assert score.name == "clip" and score.held_out is False and score.conditions == ()


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
    assert score.returns_swallowed == 0  # a false stroke is not a found one


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


# ---- "unsure" ------------------------------------------------------------------------------

def test_a_found_stroke_said_unsure_is_found_with_a_wrong_verdict():
    labels = make_labels(routine(4))
    review = review_from_labels(labels)
    review["strokes"][1]["verdict"] = "unsure"
    score = score_clip(labels, review)
    assert (score.n_predicted, score.n_matched) == (4, 4)
    assert score.precision == score.recall == 1.0
    assert score.verdict_accuracy == 3 / 4
    assert score.n_unsure == 1 and score.unsure_share == 1 / 4
    assert score.verdict_confusion == {("good", "good"): 3, ("good", "unsure"): 1}


@pytest.mark.parametrize("verdict, n_predicted, n_unsure, on_returns", [
    ("unsure", 4, 1, 0),  # could not tell it from a return, and said so: no false stroke
    ("good", 5, 0, 1),    # a false stroke, lying on a return
])
def test_an_unmatched_stroke_said_unsure_is_never_a_false_stroke(verdict, n_predicted, n_unsure,
                                                                  on_returns):
    labels = make_labels(routine(4))  # the return after the second stroke is 3.5-4.0 s
    review = review_from_labels(labels)
    review["strokes"].append(stroke(3.5, 4.0, verdict=verdict))
    score = score_clip(labels, review)
    assert (score.n_predicted, score.n_matched) == (n_predicted, 4)
    assert score.precision == 4 / n_predicted and score.recall == 1.0
    assert score.n_unsure == n_unsure and score.unsure_share == n_unsure / 4
    assert score.returns_counted_as_strokes == on_returns
    assert score.unmatched_predicted == ((3.5, 4.0),) * (n_predicted - 4)


# ---- "reversed" said wrongly -----------------------------------------------------------------

def test_reversed_said_of_strokes_that_were_not_reversed():
    labels = make_labels(routine(5) + [interval("pause", 10.0, 12.0)])
    for truth, verdict in zip(strokes_of(labels), ("reversed", "reversed", "good", "off_path", "good")):
        truth["verdict"] = verdict
    review = review_from_labels(labels)
    for said, verdict in zip(review["strokes"], ("reversed", "good", "reversed", "reversed", "good")):
        said["verdict"] = verdict
    review["strokes"].append(stroke(10.5, 11.5, verdict="reversed"))  # a false stroke in the pause
    score = score_clip(labels, review)
    # Said "reversed" 4 times: right once; wrongly of a good and an off-path stroke and of the
    # false stroke. The reversal said "good" is a wrong verdict, not a wrong "reversed".
    assert (score.n_predicted, score.n_matched) == (6, 5)
    assert (score.n_reversed_said, score.n_reversed_wrong) == (4, 3)
    assert score.reversed_precision == 1 / 4
    assert score.wrong_reversed_share == 3 / 5
    assert score.verdict_accuracy == 2 / 5
    assert score.verdict_confusion == {("reversed", "reversed"): 1, ("reversed", "good"): 1,
                                       ("good", "reversed"): 1, ("off_path", "reversed"): 1,
                                       ("good", "good"): 1}


def test_reversed_said_only_of_reversed_strokes_is_all_right():
    labels = make_labels(routine(3))
    strokes_of(labels)[1]["verdict"] = "reversed"
    score = score_clip(labels, review_from_labels(labels))
    assert (score.n_reversed_said, score.n_reversed_wrong) == (1, 0)
    assert score.reversed_precision == 1.0 and score.wrong_reversed_share == 0.0


# ---- returns swallowed by a found stroke -----------------------------------------------------

def _stroke_return_stroke():
    """Left hand: stroke 1-2 s, return 2-2.5 s, stroke 2.5-3.5 s."""
    return make_labels([interval("approach", 0.0, 1.0), label_stroke(1.0, 2.0),
                        interval("return", 2.0, 2.5), label_stroke(2.5, 3.5),
                        interval("leave", 3.5, 4.5)])


@pytest.mark.parametrize("t_end_s, swallowed", [
    (2.5, 1),   # the found stroke ran on over the whole return
    (2.25, 1),  # over half of it
    (2.2, 0),   # over 0.2 s of the 0.5 s return: less than half
])
def test_a_found_stroke_running_on_into_a_return_swallows_it(t_end_s, swallowed):
    score = score_clip(_stroke_return_stroke(), make_review([stroke(1.0, t_end_s), stroke(2.5, 3.5)]))
    assert (score.n_matched, score.precision, score.recall) == (2, 1.0, 1.0)
    assert score.returns_swallowed == swallowed
    assert score.returns_counted_as_strokes == 0
    assert score.returns_as_strokes == swallowed


def test_a_stroke_of_the_other_hand_over_a_return_swallows_nothing():
    # Both hands: the right hand strokes the right cheek while the left hand returns.
    labels = make_labels([label_stroke(1.0, 2.0), interval("return", 2.0, 2.5),
                          label_stroke(2.0, 3.0, side="right", hand="right")])
    review = review_from_labels(labels)
    assert score_clip(labels, review).returns_swallowed == 0
    review["strokes"][1]["hand"] = "left"  # the same stroke, said to be the left hand's
    assert score_clip(labels, review).returns_swallowed == 1


def test_returns_as_strokes_adds_the_false_and_the_swallowed_ones():
    labels = make_labels(routine(3))  # returns at 2-2.5, 3.5-4, 5-5.5 s
    review = review_from_labels(labels)
    review["strokes"][0]["t_end_s"] = 2.5  # swallows the first return
    review["strokes"].append(stroke(3.5, 4.0))  # the second return, as a stroke of its own
    score = score_clip(labels, review)
    assert (score.returns_swallowed, score.returns_counted_as_strokes) == (1, 1)
    assert score.returns_as_strokes == 2


# ---- clips without massage -------------------------------------------------------------------

def test_every_stroke_on_a_clip_without_massage_is_false():
    review = make_review([stroke(1.5, 2.5), stroke(5.5, 6.0, verdict="reversed")])
    score = score_clip(no_massage(duration_s=30.0), review)
    assert (score.n_labelled, score.n_predicted, score.n_matched) == (0, 2, 0)
    assert score.precision == 0.0
    assert score.negative_s == 30.0 and score.negative_false == 2
    assert score.negative_false_per_min == 60 * 2 / 30.0


def test_an_unsure_stroke_on_a_clip_without_massage_is_false_there_too():
    review = make_review([stroke(1.5, 2.5), stroke(5.5, 6.0, verdict="unsure")])
    score = score_clip(no_massage(duration_s=30.0), review)
    assert score.n_predicted == 1 and score.n_unsure == 1
    assert score.negative_false == 2 and score.negative_false_per_min == 4.0


def test_a_clip_without_massage_and_without_a_duration_lasts_until_its_last_interval():
    score = score_clip(no_massage(), make_review([stroke(1.5, 2.5)]))
    assert score.negative_s == 9.0
    assert score.negative_false_per_min == 60 * 1 / 9.0


def test_nothing_found_on_a_clip_without_massage():
    score = score_clip(no_massage(duration_s=30.0), make_review([]))
    assert (score.negative_s, score.negative_false, score.negative_false_per_min) == (30.0, 0, 0.0)
    assert score.f1 == 1.0


@pytest.mark.parametrize("intervals", [
    routine(2) + [interval("near_face", 5.0, 8.0)],  # strokes and a gesture: not negative
    [interval("pause", 0.0, 9.0)],                    # no hand near the face at all
], ids=["strokes-and-near-face", "pause-only"])
def test_only_clips_with_near_face_gestures_and_no_strokes_are_negative(intervals):
    score = score_clip(make_labels(intervals, duration_s=30.0), make_review([stroke(5.5, 6.5)]))
    assert (score.negative_s, score.negative_false, score.negative_false_per_min) == (0.0, 0, 0.0)
    assert score.unmatched_predicted == ((5.5, 6.5),)  # still a false stroke

# ---- properties -----------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(labelled_clips())
def test_a_review_made_from_the_labels_scores_perfectly(labels):
    score = score_clip(labels, review_from_labels(labels))
    assert score.n_matched == score.n_labelled
    assert score.f1 == score.zone_side_accuracy == score.verdict_accuracy == 1.0
    assert score.rep_count_error_total == score.returns_as_strokes == 0
    assert score.n_reversed_said == sum(s["verdict"] == "reversed" for s in strokes_of(labels))
    assert score.n_reversed_wrong == score.n_unsure == 0


@settings(max_examples=150, deadline=None)
@given(noisy_reviews())
def test_the_counts_agree_with_the_strokes_said(case):
    labels, strokes = case
    score = score_clip(labels, make_review(strokes))
    said = [s["verdict"] for s in strokes]
    n_returns = sum(i["kind"] == "return" for i in labels["intervals"])
    assert score.n_unsure == said.count("unsure")
    assert score.n_reversed_said == said.count("reversed")
    assert 0 <= score.n_reversed_wrong <= score.n_reversed_said
    assert len(score.unmatched_predicted) == score.n_predicted - score.n_matched
    assert len(strokes) - score.n_predicted <= score.n_unsure  # left out: unmatched "unsure" only
    assert score.returns_counted_as_strokes <= len(score.unmatched_predicted)
    assert score.returns_swallowed <= (n_returns if score.n_matched else 0)


@settings(max_examples=150, deadline=None)
@given(noisy_reviews(), st.randoms(use_true_random=False))
def test_shuffling_the_predicted_strokes_changes_nothing(case, rng):
    labels, strokes = case
    shuffled = strokes[:]
    rng.shuffle(shuffled)
    assert score_clip(labels, make_review(shuffled)) == score_clip(labels, make_review(strokes))
