"""Landmarks of labelled clips, tracked once and kept on disk, so that the coach's method can
be measured and fitted in seconds instead of re-running MediaPipe on every try (`replay`
runs the coach over them).

    .venv/bin/python tools/landmark_cache.py sample_videos [more dirs]    # fill the cache

The cache lives in `.cache/landmarks/` (git-ignored), one pickle per clip, keyed by the
video's path, size and modification time: a re-rendered clip is tracked again.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import evaluation.labels  # noqa: E402
from evaluation.matching import overlap_s  # noqa: E402
from feedback.config import CoachConfig  # noqa: E402
from feedback.pipeline import Pipeline  # noqa: E402
from feedback.protocol import load_profile  # noqa: E402
from feedback.stroke import Stroke  # noqa: E402
from vision.landmarks import FrameLandmarks  # noqa: E402
from vision.tracker import MediaPipeTracker, track_frames  # noqa: E402
from vision.video_io import VideoReader  # noqa: E402

CACHE_DIR = ROOT / ".cache" / "landmarks"


def _key(video: Path) -> str:
    stat = video.stat()
    text = f"{video.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|v2"
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def clip_landmarks(video: Path, mirrored: bool) -> tuple[list[FrameLandmarks], float]:
    """(landmarks of every frame, fps) of one video, from the cache or tracked now."""
    path = CACHE_DIR / f"{video.stem}-{_key(video)}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    reader = VideoReader(video)
    with MediaPipeTracker(mirrored=mirrored) as tracker:
        frames = [landmarks for _, landmarks in track_frames(tracker, reader, workers=2)]
    result = (frames, reader.info.fps)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(result))
    return result


def labelled_clips(directories: list[Path]) -> list[tuple[Path, dict]]:
    """(labels path, labels) of every labelled clip in the directories and below."""
    return [clip for directory in directories for clip in evaluation.labels.labelled_clips(directory)]


def replay(path: Path, labels: dict, config: CoachConfig | None = None) -> Pipeline:
    """The coach run over the cached landmarks of the labelled clip (`path`: its labels
    file), finished: its `legs` and `strokes` are all there."""
    frames, _ = clip_landmarks(path.parent / labels["video"], labels["mirrored"])
    pipeline = Pipeline(load_profile(labels["profile"]), config)
    for landmarks in frames:
        pipeline.update(landmarks)
    pipeline.finish()
    return pipeline


def label_of(stroke: Stroke, intervals: list[dict]) -> tuple[float, dict | None]:
    """(seconds shared, the labelled interval of the same hand the leg overlaps most), or
    (0, None) when no interval of that hand is given."""
    span = {"t_start_s": stroke.t_start_s, "t_end_s": stroke.t_end_s}
    overlaps = [(overlap_s(span, i), i) for i in intervals if i["hand"] == stroke.hand]
    return max(overlaps, key=lambda o: o[0], default=(0.0, None))


def main(argv: list[str]) -> int:
    for path, labels in labelled_clips([Path(a) for a in argv or ["sample_videos"]]):
        frames, fps = clip_landmarks(path.parent / labels["video"], labels["mirrored"])
        print(f"{path.name}: {len(frames)} frames at {fps:.1f} fps", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
