"""Reading labels files, and evaluating a folder (and its subfolders) of labelled clips."""

import json

import pytest

from evaluation.labels import load_labels
from evaluation.scoring import evaluate_directory
from tests.evaluation.clips import (
    interval,
    make_labels,
    no_massage,
    review_from_labels,
    routine,
    write_clip,
)

# ---- load_labels ----------------------------------------------------------------------------

def _clip(name, held_out=False, mirrored=False):
    labels = make_labels(routine(2), name=name, held_out=held_out)
    labels["mirrored"] = mirrored
    return labels


def test_load_labels_reads_a_valid_file(tmp_path):
    labels = write_clip(tmp_path, _clip("x"))
    assert load_labels(tmp_path / "x.labels.json") == labels


def test_load_labels_reads_near_face_intervals_and_conditions(tmp_path):
    labels = write_clip(tmp_path, no_massage("n", duration_s=9.5))
    loaded = load_labels(tmp_path / "n.labels.json")
    assert loaded == labels
    assert [i["kind"] for i in loaded["intervals"]] == ["approach", "near_face", "near_face", "leave"]
    assert loaded["intervals"][1]["gesture"] == "wave"
    assert loaded["conditions"] == ["negative"] and loaded["duration_s"] == 9.5


@pytest.mark.parametrize("change, message", [
    (lambda d: d.pop("held_out"), "'held_out'"),
    (lambda d: d.update(mirrored="no"), "'mirrored'"),
    (lambda d: d["intervals"][1].pop("zone"), "interval 1: stroke zone"),
    (lambda d: d["intervals"][1].update(verdict="great"), "interval 1: stroke verdict"),
    (lambda d: d["intervals"][0].update(kind="wave"), "interval 0: kind 'wave'"),
    (lambda d: d["intervals"][0].update(kind="near-face"), "interval 0: kind 'near-face'"),
    (lambda d: d["intervals"].append(interval("near_face", 9.0, 8.0)),
     "interval 6: t_end_s is before t_start_s"),
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


# ---- evaluate_directory ---------------------------------------------------------------------

def _perfect_coach(calls):
    """A review_fn that records its calls and finds exactly the labelled strokes."""
    def review_fn(video_path, profile, mirror):
        calls.append((str(video_path), profile, mirror))
        return review_from_labels(json.loads(video_path.with_suffix(".labels.json").read_text()))
    return review_fn


def test_evaluate_directory_reviews_every_labelled_clip(tmp_path):
    write_clip(tmp_path, _clip("one"))
    write_clip(tmp_path, _clip("two", held_out=True, mirrored=True))
    calls = []
    scores, overall = evaluate_directory(tmp_path, _perfect_coach(calls))
    assert calls == [(str(tmp_path / "one.mp4"), "drainage", False),
                     (str(tmp_path / "two.mp4"), "drainage", True)]
    assert [(s.name, s.held_out) for s in scores] == [("one", False), ("two", True)]
    assert overall.n_clips == 2
    for group in (overall.tuning_clips, overall.held_out_clips):
        assert (group.n_labelled, group.n_matched, group.f1) == (2, 2, 1.0)


def test_evaluate_directory_for_tuning_never_reviews_a_held_out_clip(tmp_path):
    write_clip(tmp_path / "tuning", _clip("tuned"))
    write_clip(tmp_path / "held_out", _clip("unseen", held_out=True))
    calls = []
    scores, overall = evaluate_directory(tmp_path, _perfect_coach(calls), tuning_only=True)
    assert calls == [(str(tmp_path / "tuning" / "tuned.mp4"), "drainage", False)]
    assert [s.name for s in scores] == ["tuned"] and overall.held_out_clips.n_labelled == 0


def test_evaluate_directory_finds_clips_in_subfolders(tmp_path):
    write_clip(tmp_path, _clip("top"))
    write_clip(tmp_path / "tuning", _clip("tuned"))
    write_clip(tmp_path / "held_out", _clip("unseen", held_out=True))
    write_clip(tmp_path / "held_out" / "negatives", no_massage("calm", held_out=True))
    calls = []
    scores, overall = evaluate_directory(tmp_path, _perfect_coach(calls))
    assert [path for path, _, _ in calls] == [str(tmp_path / "held_out" / "negatives" / "calm.mp4"),
                                              str(tmp_path / "held_out" / "unseen.mp4"),
                                              str(tmp_path / "top.mp4"),
                                              str(tmp_path / "tuning" / "tuned.mp4")]
    assert sorted(s.name for s in scores) == ["calm", "top", "tuned", "unseen"]
    assert (overall.tuning_clips.n_labelled, overall.held_out_clips.n_labelled) == (4, 2)
    assert overall.held_out_clips.negative_s == 9.0  # calm ends at 9 s


def test_evaluate_directory_names_a_missing_video(tmp_path):
    write_clip(tmp_path, _clip("here"))
    write_clip(tmp_path / "held_out", _clip("gone"), video=False)
    with pytest.raises(ValueError, match=r"gone\.labels\.json names .*held_out.gone\.mp4"):
        evaluate_directory(tmp_path, lambda *a, **k: pytest.fail("reviewed before checking"))


def test_evaluate_directory_without_labels(tmp_path):
    (tmp_path / "empty_subfolder").mkdir()
    with pytest.raises(ValueError, match="no \\*.labels.json"):
        evaluate_directory(tmp_path, lambda *a, **k: {})
