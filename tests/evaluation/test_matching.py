"""Which predicted stroke matches which labelled one: threshold, sides, optimality."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation.matching import match_strokes, overlap_s
from evaluation.scoring import ClipScore, score_clip
from tests.evaluation.clips import (
    SIDES,
    ZONES,
    interval,
    label_stroke,
    make_labels,
    make_review,
    review_from_labels,
    routine,
    stroke,
)


@pytest.mark.parametrize("label, predicted, matches", [
    ((1.0, 2.0), (1.5, 2.5), True),     # overlap 0.5 = half of 1.0
    ((1.0, 2.0), (1.51, 2.51), False),  # overlap 0.49
    ((0.8, 1.8), (1.3, 2.3), True),     # half again, with inexact floats
    ((0.0, 4.0), (3.0, 4.0), True),     # all of the shorter (predicted) one
    ((0.0, 4.0), (3.0, 5.0), True),     # 1.0 s of the shorter 2.0 s
    ((0.0, 4.0), (3.01, 5.01), False),  # 0.99 s of it
    ((0.0, 0.4), (0.0, 4.0), True),     # a short label inside a long prediction
    ((1.0, 2.0), (2.0, 3.0), False),    # touching is no overlap
])
def test_overlap_threshold_is_half_the_shorter_stroke(label, predicted, matches):
    pairs = match_strokes([stroke(*predicted)], [label_stroke(*label)])
    assert pairs == ([(0, 0)] if matches else [])


def test_simultaneous_strokes_of_both_hands_match_by_side():
    # The person's left and right cheek stroked at once; the prediction on the right side
    # overlaps the left label more, yet each prediction must go to its own side.
    labels = [interval("approach", 0.0, 1.0),
              label_stroke(1.0, 2.0, side="left", hand="left"),
              label_stroke(1.1, 2.1, side="right", hand="right")]
    predicted = [stroke(1.0, 2.0, side="right", hand="right"),
                 stroke(1.1, 2.1, side="left", hand="left")]
    assert match_strokes(predicted, labels) == [(0, 2), (1, 1)]
    clip = make_labels(labels)
    clip["mirrored"] = True
    assert score_clip(clip, make_review(predicted)).zone_side_accuracy == 1.0


def test_matching_finds_more_pairs_than_largest_overlap_first():
    # Greedy would pair the long prediction with the first label (1.5 s) and strand the
    # short one; the optimum pairs both.
    labels = [label_stroke(0.0, 2.0), label_stroke(2.0, 4.0)]
    predicted = [stroke(0.5, 3.0), stroke(0.0, 1.0)]
    assert match_strokes(predicted, labels) == [(0, 1), (1, 0)]


def test_matching_is_one_to_one():
    labels = [label_stroke(0.0, 1.0)]
    predicted = [stroke(0.0, 1.0), stroke(0.1, 0.9), stroke(0.0, 1.0)]
    pairs = match_strokes(predicted, labels)
    assert len(pairs) == 1 and pairs[0][1] == 0


# ---- properties -----------------------------------------------------------------------------

def _value(predicted, labelled, pairs):
    """What the matching optimises, most important first."""
    agree = [sum(predicted[p][k] == labelled[lab][k] for p, lab in pairs)
             for k in ("side", "zone", "hand")]
    overlap_us = sum(round(overlap_s(predicted[p], labelled[lab]) * 1e6) for p, lab in pairs)
    return (len(pairs), *agree, overlap_us)


def _all_matchings(candidates, p=0, used=frozenset(), n_predicted=0):
    """Every one-to-one set of candidate pairs (brute force, small inputs only)."""
    if p == n_predicted:
        yield []
        return
    yield from _all_matchings(candidates, p + 1, used, n_predicted)
    for lab in candidates.get(p, ()):
        if lab not in used:
            for rest in _all_matchings(candidates, p + 1, used | {lab}, n_predicted):
                yield [(p, lab), *rest]


_small_strokes = st.lists(
    st.tuples(st.integers(0, 20), st.integers(1, 10), st.sampled_from(SIDES),
              st.sampled_from(ZONES), st.sampled_from(SIDES)),
    max_size=5)


@settings(max_examples=300, deadline=None)
@given(_small_strokes, _small_strokes)
def test_matching_is_optimal_against_brute_force(raw_predicted, raw_labelled):
    predicted = [stroke(t / 4, (t + d) / 4, zone, side, hand=hand)
                 for t, d, side, zone, hand in raw_predicted]
    labelled = [label_stroke(t / 4, (t + d) / 4, zone, side, hand=hand)
                for t, d, side, zone, hand in raw_labelled]
    pairs = match_strokes(predicted, labelled)
    candidates = {p: [lab for lab in range(len(labelled))
                      if match_strokes([predicted[p]], [labelled[lab]])]
                  for p in range(len(predicted))}
    assert all(lab in candidates[p] for p, lab in pairs)
    assert len({p for p, _ in pairs}) == len({lab for _, lab in pairs}) == len(pairs)
    best = max(_value(predicted, labelled, m)
               for m in _all_matchings(candidates, n_predicted=len(predicted)))
    assert _value(predicted, labelled, pairs) == best


def test_matching_two_hundred_strokes_per_side_is_quick():
    rng = random.Random(3)
    labels = make_labels(routine(200) + [label_stroke(i["t_start_s"], i["t_end_s"], side="right",
                                                      hand="right")
                                         for i in routine(200) if i["kind"] == "stroke"])
    review = review_from_labels(labels)
    for s in review["strokes"]:
        shift = rng.uniform(-0.3, 0.3)
        s["t_start_s"] += shift
        s["t_end_s"] += shift
    rng.shuffle(review["strokes"])
    score = score_clip(labels, review)
    assert isinstance(score, ClipScore)
    assert score.n_matched == 400 and score.zone_side_accuracy == 1.0


def test_all_matchings_helper_enumerates_every_matching():
    candidates = {0: [0, 1], 1: [0, 1]}
    found = sorted(map(tuple, _all_matchings(candidates, n_predicted=2)))
    expected = sorted({tuple(m) for m in ([], [(0, 0)], [(0, 1)], [(1, 0)], [(1, 1)],
                                          [(0, 0), (1, 1)], [(0, 1), (1, 0)])})
    assert found == expected
