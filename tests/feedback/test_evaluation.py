"""Scoring reviews against labels, on hand-made strokes with hand-checkable numbers."""

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.evaluation import (
    ClipScore, aggregate, evaluate_directory, format_table, load_labels, match_strokes,
    meets_targets, overlap_s, score_clip, to_json_dict,
)


# ---- factories ---------------------------------------------------------------------------

def stroke(t0, t1, zone="cheek", side="left", verdict="good", hand="left"):
    """A predicted stroke as the review JSON writes it."""
    return {"t_start_s": t0, "t_end_s": t1, "zone": zone, "side": side, "hand": hand,
            "verdict": verdict, "angle_error_deg": 0.0, "length_fw": 0.3,
            "speed_fw_per_s": 0.3}


def label_stroke(t0, t1, zone="cheek", side="left", verdict="good", hand="left"):
    return {"t_start_s": t0, "t_end_s": t1, "kind": "stroke", "hand": hand,
            "zone": zone, "side": side, "verdict": verdict}


def interval(kind, t0, t1, hand="left"):
    return {"t_start_s": t0, "t_end_s": t1, "kind": kind, "hand": hand}


def make_labels(intervals, name="clip", held_out=False):
    return {"video": f"{name}.mp4", "profile": "drainage", "mirrored": False,
            "held_out": held_out, "description": "test clip", "seed": 1,
            "intervals": intervals, "hand_detection_rate": 1.0}


def make_review(strokes):
    return {"video": "clip.mp4", "duration_s": 30.0, "fps": 30.0, "frames": 900,
            "profile": "drainage", "strokes": strokes, "zones": [], "warnings": []}


def review_from_labels(labels):
    """The review a perfect coach would write for these labels."""
    return make_review([stroke(i["t_start_s"], i["t_end_s"], i["zone"], i["side"],
                               i["verdict"], i["hand"])
                        for i in labels["intervals"] if i["kind"] == "stroke"])


def routine(n_strokes, zone="cheek", side="left"):
    """One hand: approach, then stroke / return pairs of 1 s and 0.5 s, then leave."""
    intervals = [interval("approach", 0.0, 1.0)]
    for k in range(n_strokes):
        t0 = 1.0 + 1.5 * k
        intervals += [label_stroke(t0, t0 + 1.0, zone, side),
                      interval("return", t0 + 1.0, t0 + 1.5)]
    intervals.append(interval("leave", 1.0 + 1.5 * n_strokes, 2.0 + 1.5 * n_strokes))
    return intervals


def strokes_of(labels):
    return [i for i in labels["intervals"] if i["kind"] == "stroke"]


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


# ---- load_labels, evaluate_directory -------------------------------------------------------

def _write_clip(directory, name, held_out=False, mirrored=False, video=True):
    labels = make_labels(routine(2), name=name, held_out=held_out)
    labels["mirrored"] = mirrored
    (directory / f"{name}.labels.json").write_text(json.dumps(labels))
    if video:
        (directory / f"{name}.mp4").write_bytes(b"")
    return labels


def test_load_labels_reads_a_valid_file(tmp_path):
    labels = _write_clip(tmp_path, "x")
    assert load_labels(tmp_path / "x.labels.json") == labels


@pytest.mark.parametrize("change, message", [
    (lambda d: d.pop("held_out"), "'held_out'"),
    (lambda d: d.update(mirrored="no"), "'mirrored'"),
    (lambda d: d["intervals"][1].pop("zone"), "interval 1: stroke zone"),
    (lambda d: d["intervals"][1].update(verdict="great"), "interval 1: stroke verdict"),
    (lambda d: d["intervals"][0].update(kind="wave"), "interval 0: kind 'wave'"),
    (lambda d: d["intervals"][1].update(t_end_s=1.0), "interval 1: a stroke must end"),
    (lambda d: d["intervals"][2].pop("t_start_s"), "interval 2: t_start_s"),
])
def test_load_labels_rejects_malformed_files(tmp_path, change, message):
    labels = make_labels(routine(2))
    change(labels)
    path = tmp_path / "bad.labels.json"
    path.write_text(json.dumps(labels))
    with pytest.raises(ValueError, match=message):
        load_labels(path)


def test_load_labels_rejects_invalid_json(tmp_path):
    path = tmp_path / "broken.labels.json"
    path.write_text("{not json")
    with pytest.raises(ValueError, match="broken.labels.json"):
        load_labels(path)


def test_evaluate_directory_reviews_every_labelled_clip(tmp_path):
    _write_clip(tmp_path, "one")
    _write_clip(tmp_path, "two", held_out=True, mirrored=True)
    calls = []

    def review_fn(video_path, profile, mirror):
        calls.append((video_path.name, profile, mirror))
        labels = json.loads(video_path.with_suffix(".labels.json").read_text())
        return review_from_labels(labels)

    scores, overall = evaluate_directory(tmp_path, review_fn)
    assert calls == [("one.mp4", "drainage", False), ("two.mp4", "drainage", True)]
    assert [s.name for s in scores] == ["one", "two"]
    assert overall.f1 == 1.0 and overall.held_out_clips.n_labelled == 2


def test_evaluate_directory_names_a_missing_video(tmp_path):
    _write_clip(tmp_path, "here")
    _write_clip(tmp_path, "gone", video=False)
    with pytest.raises(ValueError, match=r"gone\.labels\.json names .*gone\.mp4"):
        evaluate_directory(tmp_path, lambda *a, **k: pytest.fail("reviewed before checking"))


def test_evaluate_directory_without_labels(tmp_path):
    with pytest.raises(ValueError, match="no \\*.labels.json"):
        evaluate_directory(tmp_path, lambda *a, **k: {})


# ---- properties -----------------------------------------------------------------------------

_ZONES = ("cheek", "jawline")
_SIDES = ("left", "right")


@st.composite
def labelled_clips(draw, max_strokes_per_hand=6):
    """Both hands, each a sequence of strokes, returns and pauses on a 0.1 s grid."""
    intervals = []
    for hand in _SIDES:
        t = draw(st.integers(0, 10))
        for _ in range(draw(st.integers(0, max_strokes_per_hand))):
            duration = draw(st.integers(1, 20))
            intervals.append(label_stroke(t / 10, (t + duration) / 10,
                                          draw(st.sampled_from(_ZONES)),
                                          draw(st.sampled_from(_SIDES)),
                                          draw(st.sampled_from(("good", "reversed"))), hand))
            t += duration
            back = draw(st.integers(0, 8))
            if back:
                intervals.append(interval("return", t / 10, (t + back) / 10, hand))
            t += back
    return make_labels(intervals)


@settings(max_examples=150, deadline=None)
@given(labelled_clips())
def test_a_review_made_from_the_labels_scores_perfectly(labels):
    score = score_clip(labels, review_from_labels(labels))
    assert score.n_matched == score.n_labelled
    assert score.f1 == score.zone_side_accuracy == score.verdict_accuracy == 1.0
    assert score.rep_count_error_total == score.returns_counted_as_strokes == 0


@st.composite
def noisy_reviews(draw):
    """Labels, and a review that drops, shifts, mislabels and adds strokes."""
    labels = draw(labelled_clips())
    strokes = []
    for truth in strokes_of(labels):
        if draw(st.integers(0, 3)):  # keep three strokes in four
            shift = draw(st.integers(-5, 5)) / 10
            strokes.append(stroke(truth["t_start_s"] + shift, truth["t_end_s"] + shift,
                                  draw(st.sampled_from(_ZONES)), draw(st.sampled_from(_SIDES)),
                                  draw(st.sampled_from(("good", "reversed"))), truth["hand"]))
    for _ in range(draw(st.integers(0, 3))):
        t = draw(st.integers(0, 60))
        strokes.append(stroke(t / 10, (t + draw(st.integers(1, 15))) / 10,
                              hand=draw(st.sampled_from(_SIDES))))
    return labels, strokes


@settings(max_examples=150, deadline=None)
@given(noisy_reviews(), st.randoms(use_true_random=False))
def test_shuffling_the_predicted_strokes_changes_nothing(case, rng):
    labels, strokes = case
    shuffled = strokes[:]
    rng.shuffle(shuffled)
    assert score_clip(labels, make_review(shuffled)) == score_clip(labels, make_review(strokes))


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
    st.tuples(st.integers(0, 20), st.integers(1, 10), st.sampled_from(_SIDES),
              st.sampled_from(_ZONES), st.sampled_from(_SIDES)),
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
