"""Reading labels files, and evaluating a folder of labelled clips."""

import json

import pytest

from evaluation.labels import load_labels
from evaluation.scoring import evaluate_directory
from tests.evaluation.clips import make_labels, review_from_labels, routine

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
