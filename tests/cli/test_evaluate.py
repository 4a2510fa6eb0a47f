"""`massage-coach evaluate`: the tables, the JSON and Markdown files, and the exit code of
--strict, which the held-out clips alone decide (the coach itself is faked here; the real
one runs in tests/test_accuracy.py)."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

import cli
from tests.evaluation.clips import make_labels, make_review, review_from_labels, routine, write_clip


class FakeCoach:
    """Stands in for `review_video`: finds exactly the labelled strokes, or none in the clips
    named in `blind_to`."""

    def __init__(self, blind_to=()):
        self.blind_to, self.calls = set(blind_to), []

    def __call__(self, video_path, profile, mirror, progress):
        video_path = Path(video_path)
        self.calls.append((video_path.name, profile.name, mirror))
        labels = json.loads(video_path.with_suffix(".labels.json").read_text())
        review = make_review([]) if video_path.stem in self.blind_to else review_from_labels(labels)
        return SimpleNamespace(to_json_dict=lambda: review)


def _sample_videos(root, held_out=True):
    """A tuning clip `tuned` in root/tuning/ and (unless held_out is False) a held-out clip
    `unseen` in root/held_out/, each with 3 strokes."""
    write_clip(root / "tuning", make_labels(routine(3), name="tuned"))
    if held_out:
        write_clip(root / "held_out", make_labels(routine(3), name="unseen", held_out=True))
    return root


@pytest.fixture
def coach(monkeypatch):
    def install(blind_to=()):
        fake = FakeCoach(blind_to)
        monkeypatch.setattr(cli, "review_video", fake)
        return fake
    return install


@pytest.mark.parametrize("blind_to, strict_code", [
    ((), 0),
    (("tuned",), 0),   # a bad tuning group does not fail --strict
    (("unseen",), 1),  # a bad held-out group does, however good the tuning group
])
def test_strict_exit_code_depends_on_the_held_out_clips_only(blind_to, strict_code, tmp_path,
                                                             coach, capsys):
    samples = _sample_videos(tmp_path)
    fake = coach(blind_to)
    assert cli.main(["evaluate", str(samples), "--strict"]) == strict_code
    assert cli.main(["evaluate", str(samples)]) == 0
    # held_out/ sorts before tuning/
    assert fake.calls == [("unseen.mp4", "drainage", False), ("tuned.mp4", "drainage", False)] * 2
    out = capsys.readouterr().out
    tuning_line = "Tuning clips: targets missed:" if "tuned" in blind_to else "Tuning clips: all targets met."
    held_out_line = ("Held-out clips: targets missed:" if "unseen" in blind_to
                     else "Held-out clips: all targets met.")
    assert tuning_line in out and held_out_line in out


def test_strict_fails_without_held_out_clips(tmp_path, coach, capsys):
    samples = _sample_videos(tmp_path, held_out=False)
    coach()
    assert cli.main(["evaluate", str(samples), "--strict"]) == 1
    assert cli.main(["evaluate", str(samples)]) == 0
    out = capsys.readouterr().out
    assert "Tuning clips: all targets met." in out
    assert "No held-out clips: nothing here says how the coach does" in out


def test_evaluate_and_report_returns_the_held_out_groups_missed_targets(tmp_path, capsys):
    samples = _sample_videos(tmp_path)

    def review_fn(video_path, profile, mirror):
        labels = json.loads(video_path.with_suffix(".labels.json").read_text())
        return make_review([]) if labels["held_out"] else review_from_labels(labels)

    assert cli.evaluate_and_report(samples, review_fn) == ["stroke F1 is 0.000, the target is at least 0.95"]
    assert cli.evaluate_and_report(_sample_videos(tmp_path / "tuning_only", held_out=False),
                                   review_fn) == ["there are no held-out clips"]
    table = capsys.readouterr().out
    assert "= HELD OUT (1 clip)" in table and "= TUNING (1 clip)" in table


def test_json_and_markdown_files_are_written(tmp_path, coach, capsys):
    samples = _sample_videos(tmp_path / "samples")
    coach(blind_to=("tuned",))
    out_json, out_md = tmp_path / "figures.json", tmp_path / "accuracy.md"
    assert cli.main(["evaluate", str(samples), "--json", str(out_json), "--markdown", str(out_md),
                     "--strict"]) == 0
    figures = json.loads(out_json.read_text())
    assert [(c["name"], c["held_out"]) for c in figures["clips"]] == [("unseen", True), ("tuned", False)]
    assert (figures["held_out"]["n_labelled"], figures["held_out"]["f1"]) == (3, 1.0)
    assert (figures["tuning"]["n_labelled"], figures["tuning"]["f1"]) == (3, 0.0)
    assert figures["failed_targets"] == []
    assert figures["tuning_failed_targets"] == ["stroke F1 is 0.000, the target is at least 0.95"]
    report = out_md.read_text(encoding="utf-8")
    assert report.startswith("# Accuracy of the coach on the sample videos\n")
    assert f"Made by `massage-coach evaluate {samples} --markdown {out_md}`" in report
    assert "| unseen | 3 | 3 | 1.000 | 1.000 | 1.000 |" in report
    assert "= HELD OUT (1 clip)" in capsys.readouterr().out


def test_a_folder_without_labels_is_one_error_line_and_exit_2(tmp_path, coach, capsys):
    coach()
    assert cli.main(["evaluate", str(tmp_path), "--strict"]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"error: {tmp_path}: no *.labels.json files to evaluate"]
    assert "Traceback" not in captured.err + captured.out
