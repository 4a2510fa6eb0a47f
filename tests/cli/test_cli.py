"""`massage-coach review` from the command line: bad inputs give one `error:` line and exit 2."""

import csv
import json
import os
import re
import shutil
from pathlib import Path

import av
import cv2
import numpy as np
import pytest

import cli
from feedback.protocol import load_profile
from feedback.report import STROKE_FIELDS, Review, strokes_csv
from tests.feedback.test_report import FULL
from tests.video_factories import make_audio_only
from vision.video_io import VideoReader
from vision.video_writer import VideoWriter

FORMATS_MD = Path(__file__).resolve().parents[2] / "docs" / "formats.md"
CONTRACT = json.loads(re.search(r"```json\n(.*?)```", FORMATS_MD.read_text(encoding="utf-8"), re.S).group(1))


# --- inputs made by code -------------------------------------------------------------------

def make_gradient_video(path: Path, seconds: float = 2.0, fps: int = 30, wh=(160, 120),
                        faststart: bool = False) -> Path:
    """A moving colour gradient: no face, no hands."""
    width, height = wh
    container = av.open(str(path), "w", options={"movflags": "+faststart"} if faststart else {})
    stream = container.add_stream("libx264", rate=fps, options={"preset": "ultrafast"})
    stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
    for i in range(int(seconds * fps)):
        rgb = np.zeros((height, width, 3), np.uint8)
        rgb[..., 0] = ((np.arange(width) * 255 // width + 4 * i) % 256).astype(np.uint8)[None, :]
        rgb[..., 1] = np.linspace(0, 255, height).astype(np.uint8)[:, None]
        rgb[..., 2] = 128
        container.mux(stream.encode(av.VideoFrame.from_ndarray(rgb, format="rgb24")))
    container.mux(stream.encode())
    container.close()
    return path


def bad_input(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / "in.mp4"
    if kind == "missing":
        return tmp_path / "nowhere.mp4"
    if kind == "directory":
        (tmp_path / "folder.mp4").mkdir()
        return tmp_path / "folder.mp4"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "random bytes":
        path.write_bytes(np.random.default_rng(7).integers(0, 256, 20_000, dtype=np.uint8).tobytes())
    elif kind == "text":
        path.write_text("Séance du matin : 10 passages sur chaque joue.\n" * 40, encoding="utf-8")
    elif kind == "png":
        path.write_bytes(cv2.imencode(".png", np.zeros((48, 64, 3), np.uint8))[1].tobytes())
    elif kind.startswith("truncated"):
        source = make_gradient_video(tmp_path / "whole.mp4", seconds=1.0, faststart=kind.endswith("faststart"))
        path.write_bytes(source.read_bytes()[:1024])
    elif kind == "aac .m4a":
        return make_audio_only(tmp_path / "in.m4a")
    elif kind == "aac .mp4":
        make_audio_only(path)
    elif kind == "opus .mp4":
        make_audio_only(path, codec="libopus")
    elif kind == "cover art only":
        make_audio_only(path, cover_art=True)
    else:
        raise AssertionError(kind)
    return path


BAD_INPUTS = ["missing", "directory", "empty", "random bytes", "text", "png", "truncated",
              "truncated faststart", "aac .m4a", "aac .mp4", "opus .mp4", "cover art only"]


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_a_bad_input_gives_one_error_line_and_exit_2(kind, tmp_path, capsys):
    path = bad_input(kind, tmp_path)
    out_json = tmp_path / "out.json"
    assert cli.main(["review", str(path), "--json", str(out_json)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert str(path) in lines[0]  # says which file
    assert "Traceback" not in captured.err + captured.out
    assert not out_json.exists()


@pytest.mark.parametrize("kind, words", [
    ("missing", "not found"), ("directory", "directory"), ("empty", "empty"), ("text", "text"),
    ("png", "PNG"), ("truncated", "truncated"), ("aac .m4a", "audio only"), ("cover art only", "no video"),
])
def test_the_error_says_what_is_wrong(kind, words, tmp_path, capsys):
    cli.main(["review", str(bad_input(kind, tmp_path))])
    assert words in capsys.readouterr().err


# --- profiles -----------------------------------------------------------------------------

def test_an_unknown_profile_is_an_argparse_error(tmp_path, capsys):
    video = tmp_path / "v.mp4"
    video.write_bytes(b"unused")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["review", str(video), "--profile", "nonexistent"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "--profile" in err and "drainage, lifting" in err and "Traceback" not in err


class FakeReview:
    """Stands in for `review_video`: records the call, returns an empty review."""

    def __init__(self):
        self.calls = []

    def __call__(self, path, profile, **kwargs):
        self.calls.append((path, profile, kwargs))
        return Review(video=str(path), duration_s=2.0, fps=30.0, frames=60, profile=profile,
                      strokes=(), warnings=())


@pytest.mark.parametrize("args, name", [([], "drainage"), (["--profile", "lifting"], "lifting")])
def test_the_chosen_profile_reaches_the_review(args, name, tmp_path, monkeypatch, capsys):
    fake = FakeReview()
    monkeypatch.setattr(cli, "review_video", fake)
    out_json = tmp_path / "r.json"
    assert cli.main(["review", str(tmp_path / "v.mp4"), "--json", str(out_json), *args]) == 0
    [(_, profile, kwargs)] = fake.calls
    assert profile.name == name and profile == load_profile(name)
    assert kwargs["mirror"] is False
    assert json.loads(out_json.read_text())["profile"] == name
    assert f"profile {name}" in capsys.readouterr().out


def test_a_profile_file_and_mirror(tmp_path, monkeypatch):
    fake = FakeReview()
    monkeypatch.setattr(cli, "review_video", fake)
    custom = tmp_path / "mine.toml"
    custom.write_text(load_profile("lifting").with_zone("neck", direction="down").to_toml(), encoding="utf-8")
    assert cli.main(["review", str(tmp_path / "v.mp4"), "--profile", str(custom), "--mirror"]) == 0
    [(_, profile, kwargs)] = fake.calls
    assert profile.rule("neck").direction_out_up == (0.0, -1.0) and kwargs["mirror"] is True


# --- a real review (MediaPipe) --------------------------------------------------------------

@pytest.fixture(scope="module")
def gradient_video(tmp_path_factory):
    return make_gradient_video(tmp_path_factory.mktemp("cli") / "gradient.mp4")


@pytest.mark.slow
def test_review_of_a_video_without_a_face(gradient_video, tmp_path, capsys):
    out_json, out_csv, out_video = tmp_path / "r.json", tmp_path / "r.csv", tmp_path / "annotated.mp4"
    code = cli.main(["review", str(gradient_video), "--json", str(out_json), "--csv", str(out_csv),
                     "--annotated", str(out_video)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Traceback" not in captured.err
    assert "0 strokes" in captured.out and "No face in view" in captured.out

    result = json.loads(out_json.read_text(encoding="utf-8"))
    assert list(result) == list(CONTRACT)
    assert result["strokes"] == [] and result["zones"] == []
    assert result["frames"] == 60 and result["fps"] == pytest.approx(30.0)
    assert result["duration_s"] == pytest.approx(2.0, abs=0.05)
    assert result["profile"] == "drainage"
    no_face = [w for w in result["warnings"] if w["code"] == "no_face"]
    assert len(no_face) == 1 and list(no_face[0]) == list(CONTRACT["warnings"][0])
    assert no_face[0]["t_s"] == 0.0

    with out_csv.open(newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert rows == [list(STROKE_FIELDS)]

    with av.open(str(out_video)) as container:
        [stream] = container.streams.video
        assert stream.codec_context.name == "h264"
        frames = list(container.decode(stream))
    assert len(frames) == 60 and (frames[0].width, frames[0].height) == (160, 120)


def test_written_files_read_back(tmp_path):
    result = FULL.to_json_dict()
    cli.write_json(result, tmp_path / "r.json")
    cli.write_csv(result, tmp_path / "r.csv")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == result
    assert (tmp_path / "r.csv").read_text(encoding="utf-8") == strokes_csv(result)


@pytest.mark.slow
def test_review_writes_a_pdf_report_with_pictures_of_the_strokes(tmp_path, capsys):
    from tests.feedback.test_report_pdf import first_page_png, pdf_text

    if not shutil.which("pdftotext") or not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils is missing")
    source = Path(__file__).resolve().parents[2] / "sample_videos" / "drainage_faults_left_hand.mp4"
    if not source.is_file():
        pytest.skip("no sample video")
    clip = tmp_path / "faults.mp4"
    with VideoWriter(clip, fps=30) as writer:  # the first 9 s: left cheek good, reversed, good, too fast
        for frame in VideoReader(source):
            if frame.t_s > 9.0:
                break
            writer.write(frame.rgb, frame.t_s)
    report = tmp_path / "report.pdf"
    assert cli.main(["review", str(clip), "--report", str(report)]) == 0
    assert f"report: {report}" in capsys.readouterr().out
    pdf = report.read_bytes()
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert "Recording: faults.mp4" in text and "Profile: Lymphatic drainage" in text
    assert "Cheek left" in text and "The strokes, as the coach saw them" in text
    assert re.search(r"\d+\.\d s: left cheek, reversed", text)
    assert first_page_png(pdf, tmp_path).std() > 10  # a page with something on it


# --- output paths, checked before any frame is read ---------------------------------------

@pytest.mark.parametrize("option, name, words", [
    ("--json", "no/such/folder/out.json", "the folder no/such/folder does not exist"),
    ("--csv", "no/such/out.csv", "does not exist"),
    ("--annotated", "missing/out.mp4", "does not exist"),
    ("--json", "out.txt", "must end in .json"),
    ("--csv", "out.json", "must end in .csv"),
    ("--annotated", "out.avi", "must end in .mp4 or .webm"),
    ("--annotated", "out", "must end in .mp4 or .webm"),
    ("--json", "a-folder.json", "is a folder"),
    ("--annotated", "v.mp4", "is the file being read"),
], ids=lambda value: value if isinstance(value, str) and value.startswith("--") else None)
def test_a_bad_output_path_fails_at_once_with_one_error_line(option, name, words, tmp_path, monkeypatch,
                                                            capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a-folder.json").mkdir()
    (tmp_path / "v.mp4").write_bytes(b"not read")
    monkeypatch.setattr(cli, "review_video", lambda *a, **k: pytest.fail("a frame was read"))
    assert cli.main(["review", "v.mp4", "--json", "ok.json", option, name]) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {option} ") and words in lines[0], captured.err
    assert captured.out == "" and not (tmp_path / "ok.json").exists()


def test_an_output_folder_that_cannot_be_written_fails_at_once(tmp_path, monkeypatch, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access  # root may write anywhere: the permission is faked
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != locked and real_access(path, mode))
    monkeypatch.setattr(cli, "review_video", lambda *a, **k: pytest.fail("a frame was read"))
    assert cli.main(["review", str(tmp_path / "v.mp4"), "--csv", str(locked / "s.csv")]) == 2
    assert "cannot be written" in capsys.readouterr().err


def test_evaluate_checks_its_output_first(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("evaluation.scoring.evaluate_directory", lambda *a, **k: pytest.fail("evaluated"))
    assert cli.main(["evaluate", str(tmp_path), "--json", str(tmp_path / "nope" / "e.json")]) == 2
    assert capsys.readouterr().err.startswith("error: --json ")


@pytest.mark.parametrize("argv, face_axes", [([], False), (["--face-axes"], True)])
def test_the_face_axes_are_drawn_on_the_annotated_video_only_when_asked_for(argv, face_axes, tmp_path,
                                                                          monkeypatch, capsys):
    from feedback.protocol import load_profile
    from feedback.report import Review

    asked = {}

    def fake_review(path, profile, **options):
        asked.update(options)
        return Review(video=str(path), duration_s=1.0, fps=30.0, frames=30, profile=load_profile("drainage"),
                      strokes=(), warnings=())

    monkeypatch.setattr(cli, "review_video", fake_review)
    assert cli.main(["review", str(tmp_path / "v.mp4"), "--annotated", str(tmp_path / "a.mp4"), *argv]) == 0
    assert asked["face_axes"] is face_axes
