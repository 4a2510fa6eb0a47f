"""Review throughput against bare MediaPipe, ms per stage, peak memory.

    .venv/bin/python -m bench.throughput [VIDEO] [--repeat 3] [--hand-complexity 0|1] [--detection]

Every mode runs in a fresh process (so each has its own peak resident memory), timed from
opening the file (models created inside the timing) to the last frame:
  bare MediaPipe       stock `mp.solutions` Hands (2 hands, the same model complexity) +
                       FaceMesh (2 faces) on every decoded frame, nothing else: the reference
  tracker only         `MediaPipeTracker` (the graphs the review uses), one thread
  review               `review_video` (tracking, coach, verdicts), workers 1 and 2
  review + video       ... also drawing and writing the annotated H.264 MP4
Then one instrumented single-thread pass gives the ms per frame of each stage.
--detection: per sample clip (or VIDEO), the share of frames with a face / a hand / two hands
for the stock schedule and for the tracker's (palm search every N frames, Hands complexity 0 or 1).
On a shared machine the figures vary: --repeat keeps each mode's best run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import (
    Stopwatch,
    default_video,
    machine,
    peak_rss_mb,
    sample_videos,
    table,
)
from vision.tracker import HAND_MODEL_COMPLEXITY

MODES = {  # name: (label, workers)
    "bare": ("bare MediaPipe", 1),
    "tracker": ("tracker only", 1),
    "review1": ("review", 1),
    "review2": ("review", 2),
    "video1": ("review + video", 1),
    "video2": ("review + video", 2),
}


def run_mode(mode: str, video: Path, complexity: int) -> dict:
    """Run one mode in this process: frames, seconds, CPU seconds, peak RSS."""
    from feedback.protocol import load_profile
    from runs.review import review_video
    from vision.tracker import MediaPipeTracker

    started, cpu = time.perf_counter(), time.process_time()
    if mode == "bare":
        frames = _bare_mediapipe(video, complexity)
    elif mode == "tracker":
        frames = _tracker_only(video, complexity)
    else:
        with tempfile.TemporaryDirectory() as folder, \
                MediaPipeTracker(hand_model_complexity=complexity) as tracker:
            annotated = Path(folder) / "annotated.mp4" if mode.startswith("video") else None
            frames = review_video(video, load_profile("drainage"), annotated_path=annotated,
                                  tracker=tracker, workers=MODES[mode][1]).frames
    return {"frames": frames, "seconds": time.perf_counter() - started,
            "cpu_s": time.process_time() - cpu, "peak_rss_mb": peak_rss_mb()}


def _bare_mediapipe(video: Path, complexity: int) -> int:
    import mediapipe as mp

    from vision.video_io import VideoReader

    hands = mp.solutions.hands.Hands(static_image_mode=False, max_num_hands=2,
                                     model_complexity=complexity)
    face_mesh = mp.solutions.face_mesh.FaceMesh(static_image_mode=False, max_num_faces=2)
    frames = 0
    for frame in VideoReader(video):
        frame.rgb.flags.writeable = False
        face_mesh.process(frame.rgb)
        hands.process(frame.rgb)
        frames += 1
    hands.close()
    face_mesh.close()
    return frames


def _tracker_only(video: Path, complexity: int) -> int:
    from vision.tracker import MediaPipeTracker
    from vision.video_io import VideoReader

    with MediaPipeTracker(hand_model_complexity=complexity) as tracker:
        return sum(1 for frame in VideoReader(video) if tracker.process(frame.rgb, frame.t_s))


def stage_times(video: Path, complexity: int) -> tuple[int, Stopwatch]:
    """One single-thread pass of the review with video, each stage timed (process CPU time:
    MediaPipe and the codecs work on threads of their own)."""
    from feedback.overlay import Overlay
    from feedback.protocol import load_profile
    from feedback.view import SessionView
    from vision.tracker import MediaPipeTracker, from_mediapipe
    from vision.video_io import VideoReader
    from vision.video_writer import VideoWriter

    profile = load_profile("drainage")
    session, overlay, watch = SessionView(profile), Overlay(profile), Stopwatch()
    frames, n = iter(VideoReader(video)), 0
    with MediaPipeTracker(hand_model_complexity=complexity) as tracker, \
            tempfile.TemporaryDirectory() as folder:
        writer = VideoWriter(Path(folder) / "annotated.mp4")
        while (frame := watch.time("decode", next, frames, None)) is not None:
            prepared, luma = watch.time("decode", tracker.prepare, frame.rgb)
            face = watch.time("face mesh", tracker.find_face, prepared)
            hands = watch.time("hands", tracker.find_hands, prepared)
            image_wh = (prepared.shape[1], prepared.shape[0])
            landmarks = watch.time("coach", from_mediapipe, face, hands, image_wh, frame.t_s, False, luma)
            state = watch.time("coach", session.step, landmarks)
            annotated = watch.time("overlay", overlay.annotate, frame.rgb, state)
            watch.time("encode", writer.write, annotated, frame.t_s)
            n += 1
        watch.time("encode", writer.close)
    return n, watch


def detection_shares(videos: list[Path]) -> list[list]:
    """Rows: clip, configuration, frames, shares of frames with a face, a hand, two hands."""
    from vision.tracker import MediaPipeTracker
    from vision.video_io import VideoReader

    stock = {"hand_search_every": 1, "face_search_every": 1}
    configs = {"stock (every frame), c1": {**stock, "hand_model_complexity": 1},
               "default, c1": {"hand_model_complexity": 1},
               "stock (every frame), c0": {**stock, "hand_model_complexity": 0},
               "default, c0": {"hand_model_complexity": 0}}
    rows = []
    for video in videos:
        for name, options in configs.items():
            counts = [0, 0, 0, 0]
            cpu = time.process_time()
            with MediaPipeTracker(mirrored="mirrored" in video.name, **options) as tracker:
                for frame in VideoReader(video):
                    found = tracker.process(frame.rgb, frame.t_s)
                    counts = [counts[0] + 1, counts[1] + (found.face_px is not None),
                              counts[2] + bool(found.hands), counts[3] + (len(found.hands) == 2)]
            n = counts[0]
            rows.append([video.stem, name, n, *(f"{100 * c / n:.1f}" for c in counts[1:]),
                         1000 * (time.process_time() - cpu) / n])
    return rows


def _child(mode: str, video: Path, complexity: int) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.throughput", str(video), "--child", mode,
                           "--hand-complexity", str(complexity)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"{mode} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("video", type=Path, nargs="?")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each mode; the best is shown")
    parser.add_argument("--detection", action="store_true", help="detection shares on all sample clips")
    parser.add_argument("--hand-complexity", type=int, choices=(0, 1), default=HAND_MODEL_COMPLEXITY,
                        help=f"Hands model_complexity, bare MediaPipe too (default {HAND_MODEL_COMPLEXITY})")
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    video = args.video or default_video()
    if args.child:
        print(json.dumps(run_mode(args.child, video, args.hand_complexity)))
        return 0
    print(machine())
    if args.detection:
        headers = ["clip", "search schedule, Hands complexity", "frames", "face %", "hand %",
                   "2 hands %", "CPU ms/frame"]
        videos = [args.video] if args.video else sample_videos()
        print(table(headers, detection_shares(videos), "Frames with a face, a hand, two hands"))
        return 0
    from vision.video_io import probe_video

    info = probe_video(video)
    print(f"{video} ({info.width}x{info.height}, {info.fps:g} fps, {info.duration_s:.1f} s)")
    best: dict[str, dict] = {}
    for _ in range(args.repeat):  # interleaved: a busy moment hurts every mode alike
        for mode in args.modes:
            result = _child(mode, video, args.hand_complexity)
            if mode not in best or result["seconds"] < best[mode]["seconds"]:
                best[mode] = result
    bare_fps = best["bare"]["frames"] / best["bare"]["seconds"] if "bare" in best else float("nan")
    rows = []
    for mode in args.modes:
        (label, workers), r = MODES[mode], best[mode]
        fps = r["frames"] / r["seconds"]
        rows.append([label, workers, r["frames"], r["seconds"], fps, fps / bare_fps,
                     info.duration_s / r["seconds"], 1000 * r["cpu_s"] / r["frames"], r["peak_rss_mb"]])
    headers = ["mode", "workers", "frames", "wall s", "fps", "x bare", "x real time", "CPU ms/frame",
               "peak RSS MB"]
    print(table(headers, rows, f"\nThroughput (best of {args.repeat}; models created inside the timing)"))
    n, watch = stage_times(video, args.hand_complexity)
    stage_rows = [[stage, 1000 * wall_s / n, 1000 * watch.cpu_s[stage] / n]
                  for stage, wall_s in watch.wall_s.items()]
    stage_rows.append(["total", sum(r[1] for r in stage_rows), sum(r[2] for r in stage_rows)])
    print(table(["stage", "wall ms/frame", "CPU ms/frame"], stage_rows,
                f"\nStages, one thread, {n} frames (coach = adapter + session; encoder threads run on "
                "during later stages)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
