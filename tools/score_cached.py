"""`massage-coach evaluate` on cached landmarks (tools/landmark_cache.py): the same review
and scoring code, with MediaPipe's results replayed, so a change of method is measured in
minutes instead of half an hour. The figures equal `evaluate`'s tuning figures for the same
landmarks. It scores the tuning clips only: held-out clips are judged once, by `make
evaluate`.

    .venv/bin/python tools/score_cached.py sample_videos [--json OUT.json]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from cli import evaluate_and_report  # noqa: E402
from feedback.protocol import load_profile  # noqa: E402
from runs.review import review_video  # noqa: E402
from landmark_cache import clip_landmarks  # noqa: E402


class ReplayTracker:
    """Gives back cached landmarks, frame by frame, with the reader's timestamps."""

    def __init__(self, frames):
        self._frames = iter(frames)

    def process(self, rgb, t_s):
        return replace(next(self._frames), t_s=t_s)

    def close(self) -> None:
        pass


def review_cached(video_path, profile, mirror):
    frames, _ = clip_landmarks(Path(video_path), mirror)
    return review_video(video_path, load_profile(profile), mirror=mirror,
                        tracker=ReplayTracker(frames), workers=1).to_json_dict()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    evaluate_and_report(args.directory, review_cached, args.json, tuning_only=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
