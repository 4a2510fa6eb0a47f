"""A simulated long live session: does the memory of the live coach grow?

    .venv/bin/python -m bench.soak [VIDEO] [--minutes 30] [--quick] [--replay] [--tracemalloc]

The sample's frames are looped through `LiveCoach.process` as fast as they go, their
timestamps advancing at 30 fps: 30 simulated minutes are 54,000 frames. Resident memory
is shown at the start (after a one-second warm-up), every `--every` simulated minutes and
at the end, after `finish()`. --quick: 3 minutes, every minute. --replay: track the clip
once, then replay its landmarks (the coach, drawing and tracker wrapper only: fast).
--tracemalloc: also the Python allocations that grew most.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from bench.common import default_video, machine, rss_mb, table

FPS = 30
WARM_UP_FRAMES = FPS


class Replay:
    """A tracker that plays back recorded landmarks, re-stamped with the time it is given."""

    def __init__(self, landmarks: list) -> None:
        self.landmarks, self.i = landmarks, 0

    def process(self, rgb, t_s):
        found = self.landmarks[self.i % len(self.landmarks)]
        self.i += 1
        return replace(found, t_s=t_s)

    def close(self) -> None:
        pass


def looped_frames(video: Path):
    """The video's RGB frames, over and over (decoded each time: no clip held in memory)."""
    from vision.video_io import VideoReader

    while True:
        for frame in VideoReader(video):
            yield frame.rgb


def recorded_landmarks(video: Path) -> list:
    from vision.tracker import MediaPipeTracker
    from vision.video_io import VideoReader

    with MediaPipeTracker() as tracker:
        return [tracker.process(f.rgb, f.t_s) for f in VideoReader(video)]


def soak(video: Path, minutes: float, every_min: float, replay: bool, trace: bool) -> tuple[list, dict]:
    from feedback.protocol import load_profile
    from runs.live import LiveCoach

    tracker = Replay(recorded_landmarks(video)) if replay else None
    coach = LiveCoach(load_profile("drainage"), tracker=tracker, owns_tracker=True)
    frames, total = looped_frames(video), round(minutes * 60 * FPS)
    checkpoints = {round(k * every_min * 60 * FPS) for k in range(1, int(minutes / every_min) + 1)}
    rows, started = [], time.perf_counter()
    for i in range(total):
        coach.process(next(frames), i / FPS)
        if i + 1 == WARM_UP_FRAMES:
            gc.collect()
            start_mb, started = rss_mb(), time.perf_counter()
            rows.append(["start (after 1 s)", i + 1, start_mb, 0.0, 0.0])
            if trace:
                tracemalloc.start(8)
                baseline = tracemalloc.take_snapshot()
        if i + 1 in checkpoints and i + 1 > WARM_UP_FRAMES:
            gc.collect()
            rows.append([f"{(i + 1) / FPS / 60:g} min", i + 1, rss_mb(), rss_mb() - start_mb,
                         time.perf_counter() - started])
    review = coach.finish()
    coach.close()
    gc.collect()
    rows.append(["end, after finish()", total, rss_mb(), rss_mb() - start_mb, time.perf_counter() - started])
    facts = {"strokes": len(review["strokes"]), "warnings": len(review["warnings"])}
    if trace:
        top = tracemalloc.take_snapshot().compare_to(baseline, "lineno")[:8]
        facts["python allocations grown most"] = "\n" + "\n".join(f"  {stat}" for stat in top)
        tracemalloc.stop()
    return rows, facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("video", type=Path, nargs="?")
    parser.add_argument("--minutes", type=float, default=30.0, help="simulated minutes (default 30)")
    parser.add_argument("--every", type=float, default=5.0, help="simulated minutes between readings")
    parser.add_argument("--quick", action="store_true", help="3 simulated minutes, a reading every minute")
    parser.add_argument("--replay", action="store_true", help="replay tracked landmarks (no MediaPipe)")
    parser.add_argument("--tracemalloc", action="store_true", help="show the Python allocations that grew")
    args = parser.parse_args(argv)
    if args.quick:
        args.minutes, args.every = 3.0, 1.0
    video = args.video or default_video()
    print(machine())
    what = "recorded landmarks replayed" if args.replay else "MediaPipe tracking every frame"
    print(f"{video}: {args.minutes:g} simulated minutes ({round(args.minutes * 60 * FPS)} frames), {what}")
    rows, facts = soak(video, args.minutes, args.every, args.replay, args.tracemalloc)
    print(table(["reading", "frames", "RSS MB", "growth MB", "wall s"], rows,
                "\nResident memory of LiveCoach.process (target: growth under 50 MB in 30 minutes)"))
    print()
    for key, value in facts.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
