"""The live frame callback under a 30 fps camera, fed the way streamlit-webrtc feeds it.

    .venv/bin/python -m bench.live [VIDEO] [--seconds 20] [--tracker default stock]

With `async_processing=True` streamlit-webrtc keeps incoming frames in a one-slot holder:
the worker takes the newest frame, and a frame that arrives before the worker took the
previous one replaces it (a dropped frame). Here a camera thread decodes the sample video
(YUV 4:2:0 frames, as aiortc's decoder delivers them) at 30 fps into such a holder; the
worker runs `make_video_frame_callback(LiveCoach(...))` on the newest frame and, as the
server does, a sender thread encodes each returned frame to VP8 (--no-codecs: not).
Added latency: from a frame's arrival in the holder to the callback's return.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from fractions import Fraction
from pathlib import Path

from bench.common import default_video, machine, table

FPS = 30


class LatestFrame:
    """The one-slot holder: `put` replaces a frame not yet taken (and counts it dropped)."""

    def __init__(self) -> None:
        self._ready = threading.Condition()
        self._item = None
        self.closed = False
        self.offered = 0
        self.dropped = 0

    def put(self, item) -> None:
        with self._ready:
            self.offered += 1
            self.dropped += self._item is not None
            self._item = item
            self._ready.notify()

    def take(self):
        """The newest item, waiting for one; None once closed."""
        with self._ready:
            self._ready.wait_for(lambda: self._item is not None or self.closed)
            item, self._item = self._item, None
            return item

    def close(self) -> None:
        with self._ready:
            self.closed = True
            self._ready.notify_all()


def camera(video: Path, holder: LatestFrame, seconds: float) -> None:
    """Put the video's frames (looped) into `holder` at 30 fps, stamped like a camera."""
    import av

    start, i = time.perf_counter(), 0
    while i < seconds * FPS:
        with av.open(str(video)) as container:
            for frame in container.decode(video=0):
                if i >= seconds * FPS:
                    break
                delay = start + i / FPS - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                frame.pts, frame.time_base = i, Fraction(1, FPS)
                holder.put((frame, time.perf_counter()))
                i += 1
    holder.close()


def sender(outgoing: LatestFrame, encode: bool) -> None:
    """Encode each returned frame to VP8 at real-time speed, as aiortc does for the browser."""
    import av

    codec = av.CodecContext.create("libvpx", "w")
    codec.width, codec.height, codec.pix_fmt = 640, 480, "yuv420p"
    codec.time_base, codec.bit_rate = Fraction(1, FPS), 1_500_000
    codec.options = {"deadline": "realtime", "cpu-used": "8"}
    while (item := outgoing.take()) is not None:
        if encode:
            codec.encode(item.reformat(format="yuv420p", width=640, height=480))


def run(video: Path, tracker_kind: str, seconds: float, codecs: bool) -> list:
    from feedback.protocol import load_profile
    from runs.live import LiveCoach, make_video_frame_callback
    from vision.tracker import MediaPipeTracker

    tracker = {"default": None,
               "stock": lambda: MediaPipeTracker(hand_search_every=1, face_search_every=1)}[tracker_kind]
    coach = LiveCoach(load_profile("drainage"), tracker=tracker() if tracker else None,
                      owns_tracker=True)
    callback = make_video_frame_callback(coach)
    incoming, outgoing = LatestFrame(), LatestFrame()
    threads = [threading.Thread(target=camera, args=(video, incoming, seconds)),
               threading.Thread(target=sender, args=(outgoing, codecs))]
    latencies_ms, callback_ms = [], []
    cpu, started = time.process_time(), time.perf_counter()
    for thread in threads:
        thread.start()
    while (item := incoming.take()) is not None:
        frame, arrived = item
        begun = time.perf_counter()
        outgoing.put(callback(frame))
        done = time.perf_counter()
        latencies_ms.append(1000 * (done - arrived))
        callback_ms.append(1000 * (done - begun))
    outgoing.close()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    cpu_share = (time.process_time() - cpu) / wall / len(os.sched_getaffinity(0))
    coach.close()
    processed = len(latencies_ms)
    latencies_ms.sort()
    return [tracker_kind, incoming.offered, processed, processed / wall,
            100 * incoming.dropped / incoming.offered, statistics.median(latencies_ms),
            latencies_ms[int(0.95 * (processed - 1))], statistics.median(callback_ms), 100 * cpu_share]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("video", type=Path, nargs="?")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--tracker", nargs="+", default=["default", "stock"], choices=["default", "stock"],
                        help="default: the tracker LiveCoach makes itself; stock: also palm and face "
                             "search on every frame, as MediaPipe's own graphs (the tracker before bench/)")
    parser.add_argument("--no-codecs", action="store_true", help="do not encode the returned frames")
    args = parser.parse_args(argv)
    video = args.video or default_video()
    print(machine())
    print(f"{video}, {args.seconds:g} s at {FPS} fps per tracker"
          + ("" if args.no_codecs else "; returned frames encoded to VP8 as for the browser"))
    rows = [run(video, kind, args.seconds, not args.no_codecs) for kind in args.tracker]
    headers = ["tracker", "offered", "processed", "fps", "dropped %", "latency median ms",
               "latency p95 ms", "callback median ms", "CPU % of cores"]
    title = "\nLive callback (targets: >= 28 fps, <= 5% dropped, <= 50 ms median latency)"
    print(table(headers, rows, title))
    return 0


if __name__ == "__main__":
    sys.exit(main())
