"""The review page through Streamlit's AppTest: picking, uploading, errors, results, history."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from storage.history import History
from storage.settings import Settings, save_settings
from tests.app.pages import ROOT, run_page, use_storage
from ui.reviewing import safe_file_name, user_message
from vision.video_io import VideoError

PAGE = "review.py"
MAX_SAMPLE_S = 12.0  # longer committed samples make the tests slow: render a tiny clip instead
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)


def short_clip(config: pytest.Config) -> Path:
    """The shortest committed drainage sample (by its labels' duration) if it lasts at most
    MAX_SAMPLE_S, else a tiny clip made with the sample renderer, kept in pytest's cache
    (under a key of the renderer's source, so a changed renderer renders again). Its labels
    file sits beside it."""
    committed = []
    for labels_path in (ROOT / "sample_videos").glob("*.labels.json"):
        try:
            labels = json.loads(labels_path.read_text())
            video = labels_path.with_name(labels["video"])
            duration_s = float(labels["duration_s"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if (video.is_file() and labels.get("profile", "drainage") == "drainage"
                and duration_s <= MAX_SAMPLE_S):
            committed.append((duration_s, video))
    if committed:
        return min(committed)[1]
    sources = [Path(__file__), *sorted((ROOT / "tools" / "samples").glob("*.py"))]
    key = hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()[:12]
    cache = getattr(config, "cache", None)  # None with -p no:cacheprovider
    folder = (cache.mkdir(f"ui-test-clip-{key}") if cache is not None
              else Path(tempfile.mkdtemp(prefix="ui-test-clip-")))
    done = folder / "ui_test_cheek.mp4"
    return done if done.is_file() else render_tiny_clip(folder)


def render_tiny_clip(folder: Path) -> Path:
    """About 4 s: two good strokes on the right cheek, no mirroring (real face, drawn hand)."""
    sys.path[:0] = [str(ROOT / "tools")]
    from samples import render
    from samples.script import Block, Timing

    timing = Timing(approach_s=(0.5, 0.5), good_s=(1.0, 1.0), return_s=(0.4, 0.4),
                    leave_s=(0.5, 0.5), pause_chance=0.0)
    spec = render.ClipSpec(name="ui_test_cheek", seed=5, timing=timing, lead_in_s=0.2,
                           description="Two good strokes on the right cheek (test clip)",
                           blocks=(Block("cheek", ("good", "good")),))
    plan = render.make_plan(spec)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / spec.filename
    render.write_labels(folder / f"{spec.name}.labels.json", render.labels(plan, None))
    partial = folder / f"partial-{spec.filename}"
    render.encode(plan, partial)
    partial.replace(path)  # complete or absent, even if a run is interrupted
    return path


def pattern_video(path: Path, n_frames: int, fps: float = 30, size_wh=(32, 24)) -> Path:
    """A small H.264 video of moving noise (no face): enough for limits and errors."""
    rng = np.random.default_rng(0)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=Fraction(fps).limit_denominator(1001))
        stream.width, stream.height, stream.pix_fmt = *size_wh, "yuv420p"
        for _ in range(n_frames):
            rgb = rng.integers(0, 255, (size_wh[1], size_wh[0], 3), dtype=np.uint8)
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
            container.mux(stream.encode(frame))
        container.mux(stream.encode())
    return path


@pytest.fixture
def app_env(tmp_path, monkeypatch) -> Path:
    """History, settings and samples in a temporary folder (no samples yet)."""
    use_storage(tmp_path, monkeypatch)
    samples = tmp_path / "samples"
    samples.mkdir()
    monkeypatch.setenv("MASSAGE_COACH_SAMPLES", str(samples))
    return tmp_path


@pytest.fixture(scope="module")
def clip(request) -> Path:
    return short_clip(request.config)


def add_sample(samples: Path, video: Path) -> Path:
    """Put a video and its labels (if any) in the samples folder."""
    target = samples / video.name
    shutil.copy(video, target)
    labels = video.with_name(f"{video.stem}.labels.json")
    if labels.exists():
        shutil.copy(labels, samples / labels.name)
    return target


def saved_sessions(app_env: Path) -> list:
    with History(app_env / "history.sqlite3") as history:
        return history.list()


def test_without_samples_only_the_uploader_shows(app_env):
    at = run_page(PAGE)
    assert not at.radio  # no samples: nothing to choose between
    assert len(at.file_uploader) == 1
    assert at.button[0].disabled  # nothing to review yet
    assert "Review a recording" in at.title[0].value
    assert at.caption[0].value  # a one-line explanation for newcomers


def test_sample_picker_shows_readable_names_and_labels(app_env):
    samples = app_env / "samples"
    (samples / "cheek_left_mirrored.mp4").write_bytes(b"not read by the picker")
    (samples / "cheek_left_mirrored.labels.json").write_text(json.dumps(
        {"description": "Left cheek in a selfie view", "mirrored": True, "profile": "lifting",
         "duration_s": 6.4}))
    (samples / "plain_clip.webm").write_bytes(b"x")
    (samples / "notes.txt").write_text("not a video")
    at = run_page(PAGE)
    assert at.radio[0].value == "A sample video"
    assert at.selectbox[0].options == ["Cheek left mirrored (6.4 s)", "Plain clip"]
    assert "Left cheek in a selfie view" in [c.value for c in at.caption]
    assert at.checkbox[0].value is True  # from the labels' "mirrored"
    assert at.selectbox[1].value == "lifting"  # from the labels' profile
    at.selectbox[0].select_index(1).run()
    assert at.checkbox[0].value is False
    assert at.selectbox[1].value == "drainage"


@pytest.mark.parametrize("name, data, expected", [
    ("holiday.mp4", PNG_BYTES,
     "Cannot review holiday.mp4: not a video file (looks like a PNG image)."),
    ("notes.mp4", b"just some text\n" * 20,
     "Cannot review notes.mp4: not a video file (looks like a text file)."),
    ("broken.mp4", b"\x00\x00\x00\x18ftypmp42" + bytes(200), "truncated or corrupt"),
])
def test_bad_upload_shows_an_error_not_a_traceback(app_env, name, data, expected):
    at = run_page(PAGE)
    at.file_uploader[0].upload(name, data, "video/mp4").run()
    at.button[0].click().run()
    assert not at.exception
    assert len(at.error) == 1
    assert expected in at.error[0].value
    assert "/tmp" not in at.error[0].value and "Traceback" not in at.error[0].value
    assert saved_sessions(app_env) == []
    at.run()  # the page keeps working after the error
    assert not at.exception


def test_too_long_video_is_refused_with_the_settings_hint(app_env, tmp_path):
    save_settings(Settings(max_minutes=1))
    long_video = pattern_video(tmp_path / "long.mp4", n_frames=65, fps=1)
    at = run_page(PAGE)
    at.file_uploader[0].upload("long.mp4", long_video.read_bytes(), "video/mp4").run()
    at.button[0].click().run()
    assert "too long" in at.error[0].value
    assert "Settings page" in at.error[0].value and "--max-minutes" not in at.error[0].value


def test_upload_temp_folder_is_removed_after_an_error(app_env, tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    at = run_page(PAGE)
    at.file_uploader[0].upload("x.mp4", PNG_BYTES, "video/mp4").run()
    at.button[0].click().run()
    assert at.error
    assert list(scratch.iterdir()) == []


def test_helpers():
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("C:\\Users\\me\\my clip (1).mp4") == "my clip _1_.mp4"
    assert safe_file_name("..") == "upload"
    path = Path("/tmp/abc/clip.mp4")
    error = VideoError(f"the video is too long (2.0 minutes, the limit is 1.0 minutes; "
                       f"raise the limit with --max-minutes): {path}")
    assert user_message(error, path, "clip.mp4") == (
        "Cannot review clip.mp4: the video is too long (2.0 minutes, the limit is 1.0 minutes; "
        "raise the limit on the Settings page).")
    odd = VideoError(f"odd {path} here")
    assert user_message(odd, path, "c.mp4") == "Cannot review c.mp4: odd c.mp4 here."


@pytest.mark.slow
def test_review_a_sample_shows_results_and_saves_once(app_env, clip):
    add_sample(app_env / "samples", clip)
    at = run_page(PAGE, timeout_s=180)
    at.button[0].click().run()
    assert not at.exception and not at.error
    result = at.session_state["review_result"]
    assert result.video_bytes[4:8] == b"ftyp"
    assert result.review_json["video"] == clip.name
    assert at.subheader[0].value == f"Result: {clip.name}"
    tables = [t.value for t in at.table]
    assert tables, "the per-zone table is missing"
    zone_table = tables[0]
    assert list(zone_table.columns) == ["Zone", "Side", "Expected stroke", "Good", "Target reps",
                                        "Reversed", "Off path", "Too fast", "Unsure", "To go"]
    assert len(zone_table) >= 1
    assert len(at.get("video")) == 1
    assert len(at.get("download_button")) == 4  # JSON, CSV, annotated video, PDF report
    sessions = saved_sessions(app_env)
    assert [(s.kind, s.source) for s in sessions] == [("review", clip.name)]
    assert sessions[0].n_strokes == len(result.review_json["strokes"]) > 0
    at.run()  # a rerun (e.g. after a download) shows the same result, saves nothing new
    assert at.subheader[0].value == f"Result: {clip.name}"
    assert len(saved_sessions(app_env)) == 1


@pytest.mark.slow
def test_review_an_upload_cleans_up_its_temp_folder(app_env, clip, tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    at = run_page(PAGE, timeout_s=180)
    at.file_uploader[0].upload("my session.mp4", clip.read_bytes(), "video/mp4").run()
    at.button[0].click().run()
    assert not at.exception and not at.error
    assert at.session_state["review_result"].name == "my session.mp4"
    assert list(scratch.iterdir()) == []
    assert [s.source for s in saved_sessions(app_env)] == ["my session.mp4"]


def test_an_unforeseen_failure_becomes_a_message_and_the_page_stays_usable(app_env, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the model file is missing")

    monkeypatch.setattr("runs.review.review_video", broken)
    monkeypatch.setattr("ui.reviewing.review_video", broken)
    at = run_page(PAGE)
    at.file_uploader[0].upload("clip.mp4", b"anything", "video/mp4").run()
    at.button[0].click().run()
    assert not at.exception
    assert "The review of clip.mp4 failed (RuntimeError: the model file is missing)" in at.error[0].value
    assert "Traceback" not in at.error[0].value and saved_sessions(app_env) == []
    at.button[0].click().run()  # still usable: the same button, the same message
    assert not at.exception and len(at.error) == 1


def test_an_upload_is_copied_in_chunks_from_its_start(tmp_path, monkeypatch):
    import io

    from feedback.protocol import load_profile
    from ui import reviewing

    data = bytes(range(256)) * 20_000  # 5 MB
    reads = []

    class Upload(io.BytesIO):
        def read(self, size=-1):
            reads.append(size)
            return super().read(size)

    seen = {}

    def fake_review(path, name, profile, **kwargs):
        seen["bytes"] = Path(path).read_bytes()
        raise VideoError("stop here")

    monkeypatch.setattr(reviewing, "review_file", fake_review)
    upload = Upload(data)
    upload.seek(100)  # wherever Streamlit left it
    with pytest.raises(VideoError):
        reviewing.review_upload("c.mp4", upload, load_profile("drainage"), mirror=False, max_minutes=1)
    assert seen["bytes"] == data
    assert reads and max(reads) == reviewing.CHUNK_BYTES  # never read whole
