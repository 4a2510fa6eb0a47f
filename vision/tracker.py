"""Hands and face landmarks from RGB frames, behind one small interface.

`Tracker` is what the rest of the product depends on; `MediaPipeTracker` implements it with
the legacy `mediapipe.solutions` Hands and FaceMesh graphs (MediaPipe 0.10.21 ships their
models in the wheel). A Tasks-API backend would be another class with the same
`process`/`close`. `from_mediapipe` is the only code that reads MediaPipe result types.

Speed (bench/throughput.py): the stock graphs run their detector (palm detection, face
detection) on every frame on which fewer than the maximum number of hands (faces) are
tracked, i.e. on every frame of a one-handed massage: palm detection costs as much as the
hand landmarks. Here the detectors' gate is fed from Python, so that while at least one
hand (face) is tracked the search for another runs every `*_search_every` frames only; a
lost hand or face is searched for on the very next frame, as before. FaceMesh and Hands
release the GIL while they run, so `track_frames` runs decoding, FaceMesh and Hands on three
threads for a whole video; the landmarks are the same as one after the other (each model
sees the same frames in order). `process` (the live coach) runs both on the caller's thread:
with FaceMesh on a thread of its own beside Hands, the live stream in the browser tests now
and then stopped getting frames (3 runs of 8; 0 of 9 without it), for 2 ms less latency.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol, Self

import cv2
import numpy as np

from vision.landmarks import FrameLandmarks, Hand

# Frames darker than this (mean luma, 0-255) are brightened before tracking: a dim room.
DARK_LUMA = 70.0
_BRIGHTEN_LUT = np.clip(255.0 * (np.arange(256) / 255.0) ** 0.5, 0, 255).astype(np.uint8)

# Hands' model: 0 (lite) or 1 (full). Measured in bench/throughput.py --detection.
HAND_MODEL_COMPLEXITY = 1
# While one hand (face) is tracked, look for a second one every this many frames (1 = on
# every frame, as the stock MediaPipe graphs do). Measured in bench/throughput.py.
HAND_SEARCH_EVERY = 10
FACE_SEARCH_EVERY = 10

_HANDS_GRAPH = "mediapipe/modules/hand_landmark/hand_landmark_tracking_cpu.binarypb"
_FACE_GRAPH = "mediapipe/modules/face_landmark/face_landmark_front_cpu.binarypb"
_SKIP_STREAM = "skip_detection"


class Tracker(Protocol):
    def process(self, rgb: np.ndarray, t_s: float) -> FrameLandmarks:
        """Landmarks of one (H, W, 3) uint8 RGB frame shown at `t_s` seconds."""

    def close(self) -> None: ...


def mean_luma(rgb: np.ndarray) -> float:
    """Approximate mean brightness (0-255) from every 8th pixel."""
    sample = rgb[::8, ::8].astype(np.float32)
    return float((sample @ np.array([0.299, 0.587, 0.114], dtype=np.float32)).mean())


def _largest_face(faces_px: list[np.ndarray]) -> np.ndarray:
    return max(faces_px, key=lambda f: float(np.ptp(f[:, 0]) * np.ptp(f[:, 1])))


def from_mediapipe(face_result, hands_result, image_wh: tuple[int, int], t_s: float,
                   mirrored: bool = False, luma: float | None = None) -> FrameLandmarks:
    """Convert MediaPipe results (normalised coordinates) to pixel `FrameLandmarks`.

    MediaPipe labels handedness as if the image were a mirrored selfie. `mirrored` says
    whether the image given to MediaPipe was mirrored; if not, its labels are swapped so
    that `Hand.side` is the person's own hand.
    """
    width, height = image_wh
    scale = np.array([width, height], dtype=np.float64)
    faces = [np.array([(p.x, p.y, p.z) for p in face.landmark]) * [width, height, width]
             for face in (face_result.multi_face_landmarks or [])]
    hands = []
    for landmarks, handedness in zip(hands_result.multi_hand_landmarks or [],
                                     hands_result.multi_handedness or []):
        points = np.array([(p.x, p.y, p.z) for p in landmarks.landmark])
        label = handedness.classification[0].label.lower()
        if not mirrored:
            label = "left" if label == "right" else "right"
        hands.append(Hand(points_px=points[:, :2] * scale, side=label,
                          score=float(handedness.classification[0].score),
                          depth_px=points[:, 2] * width))
    face = _largest_face(faces) if faces else None
    return FrameLandmarks(t_s=t_s, image_wh=image_wh,
                          face_px=None if face is None else face[:, :2],
                          face_depth_px=None if face is None else face[:, 2],
                          hands=tuple(hands[:2]), n_faces=len(faces), mean_luma=luma)


def _gated_graph(binary_graph_path: str, enough_stream: str):
    """A stock solution graph whose detector gate reads the graph input `skip_detection`.

    The stock graph skips its detector when the previous frame tracked `num_*` objects
    (`enough_stream`, from NormalizedRectVectorHasMinSizeCalculator); here Python decides.
    """
    import mediapipe as mp
    from mediapipe.framework import calculator_pb2

    config = calculator_pb2.CalculatorGraphConfig()
    config.ParseFromString((Path(mp.__file__).parent.parent / binary_graph_path).read_bytes())
    counters = [n for n in config.node if list(n.output_stream) == [enough_stream]]
    gates = [(n, i) for n in config.node for i, s in enumerate(n.input_stream)
             if s == f"DISALLOW:{enough_stream}"]
    if len(counters) != 1 or len(gates) != 1:
        raise RuntimeError(f"unexpected MediaPipe graph {binary_graph_path}: no single "
                           f"detector gate on {enough_stream!r} (a different MediaPipe version?)")
    config.node.remove(counters[0])
    gate, index = gates[0]
    gate.input_stream[index] = f"DISALLOW:{_SKIP_STREAM}"
    config.input_stream.append(f"SKIP_DETECTION:{_SKIP_STREAM}")
    return config


class _DetectorSchedule:
    """When a solution's detector runs: the stock rule, plus a slower search for one more.

    Stock: run unless the previous frame tracked `max_count`. Here also skip while
    0 < tracked < max_count, except every `every` frames. Lost objects are searched for at once.
    """

    def __init__(self, max_count: int, every: int, static_image_mode: bool):
        if every < 1:
            raise ValueError(f"search interval must be at least 1 frame, got {every}")
        self.max_count, self.every, self.static = max_count, every, static_image_mode
        self._tracked = 0
        self._skipped = 0

    def skip(self) -> bool:
        if self.static:  # no tracking: the detector finds everything, every frame
            return False
        skip = self._tracked >= self.max_count or (
            self._tracked > 0 and self._skipped + 1 < self.every)
        self._skipped = self._skipped + 1 if skip else 0
        return skip

    def found(self, count: int) -> None:
        self._tracked = count


class _GatedSolution:
    """A legacy MediaPipe solution (Hands or FaceMesh) with a `_DetectorSchedule`."""

    def __init__(self, graph: str, enough_stream: str, outputs: list[str], max_count: int,
                 every: int, static_image_mode: bool, side_inputs: dict, calculator_params: dict):
        from mediapipe.python.solution_base import PacketDataType, SolutionBase

        self._solution = SolutionBase(
            graph_config=_gated_graph(graph, enough_stream),
            side_inputs={**side_inputs, "use_prev_landmarks": not static_image_mode},
            calculator_params=calculator_params, outputs=outputs,
            stream_type_hints={_SKIP_STREAM: PacketDataType.BOOL})
        self._counted = outputs[0]  # one entry per hand (face) found
        self.schedule = _DetectorSchedule(max_count, every, static_image_mode)

    def process(self, rgb: np.ndarray):
        result = self._solution.process({"image": rgb, _SKIP_STREAM: self.schedule.skip()})
        self.schedule.found(len(getattr(result, self._counted) or ()))
        return result

    def close(self) -> None:
        self._solution.close()


def _hands(max_hands: int, complexity: int, every: int, static: bool) -> _GatedSolution:
    """mediapipe.solutions.hands.Hands, with the palm search for a further hand scheduled."""
    return _GatedSolution(
        _HANDS_GRAPH, "prev_has_enough_hands", ["multi_hand_landmarks", "multi_handedness"],
        max_hands, every, static,
        {"model_complexity": complexity, "num_hands": max_hands},
        {"palmdetectioncpu__TensorsToDetectionsCalculator.min_score_thresh": 0.5,
         "handlandmarkcpu__ThresholdingCalculator.threshold": 0.5})


def _face_mesh(max_faces: int, every: int, static: bool) -> _GatedSolution:
    """mediapipe.solutions.face_mesh.FaceMesh, with the search for a further face scheduled."""
    return _GatedSolution(
        _FACE_GRAPH, "prev_has_enough_faces", ["multi_face_landmarks"], max_faces, every, static,
        {"num_faces": max_faces, "with_attention": False},
        {"facedetectionshortrangecpu__facedetectionshortrange__facedetection__"
         "TensorsToDetectionsCalculator.min_score_thresh": 0.5,
         "facelandmarkcpu__ThresholdingCalculator.threshold": 0.5})


class MediaPipeTracker:
    """MediaPipe Hands (up to two hands) and FaceMesh (up to two faces, the largest coached).

    mirrored: the frames are mirrored (a selfie view); the tracker flips them back so that
        everything downstream sees the person as a camera that does not mirror would.
    hand_model_complexity: 0 (faster) or 1 (more accurate) for Hands.
    hand_search_every, face_search_every: while fewer than the maximum are tracked but at
        least one, look for another hand (face) every this many frames (1 = every frame).
    """

    def __init__(self, mirrored: bool = False, max_hands: int = 2,
                 hand_model_complexity: int = HAND_MODEL_COMPLEXITY,
                 static_image_mode: bool = False, *, max_faces: int = 2,
                 hand_search_every: int = HAND_SEARCH_EVERY,
                 face_search_every: int = FACE_SEARCH_EVERY):
        self.mirrored = mirrored
        self._hands = _hands(max_hands, hand_model_complexity, hand_search_every, static_image_mode)
        self._face_mesh = _face_mesh(max_faces, face_search_every, static_image_mode)

    def prepare(self, rgb: np.ndarray) -> tuple[np.ndarray, float]:
        """The read-only, unmirrored (and, if dark, brightened) frame MediaPipe sees; its luma."""
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
            raise ValueError(f"expected an (H, W, 3) uint8 RGB frame, got {rgb.shape} {rgb.dtype}")
        if self.mirrored:
            rgb = rgb[:, ::-1]
        luma = mean_luma(rgb)
        if luma < DARK_LUMA:
            rgb = cv2.LUT(np.ascontiguousarray(rgb), _BRIGHTEN_LUT)
        rgb = np.ascontiguousarray(rgb)
        rgb.flags.writeable = False  # lets MediaPipe use the buffer without a copy
        return rgb, luma

    def find_face(self, prepared: np.ndarray):
        """FaceMesh's raw result for a `prepare`d frame (frames must come in order)."""
        return self._face_mesh.process(prepared)

    def find_hands(self, prepared: np.ndarray):
        """Hands' raw result for a `prepare`d frame (frames must come in order)."""
        return self._hands.process(prepared)

    def process(self, rgb: np.ndarray, t_s: float) -> FrameLandmarks:
        prepared, luma = self.prepare(rgb)
        face_result = self.find_face(prepared)
        hands_result = self.find_hands(prepared)
        height, width = prepared.shape[:2]
        return from_mediapipe(face_result, hands_result, (width, height), t_s, luma=luma)

    def close(self) -> None:
        self._hands.close()
        self._face_mesh.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# -- whole videos ---------------------------------------------------------------------------

_IN_FLIGHT = 4  # frames tracked ahead of the caller (about 1 MB each at 640x480)


def track_frames(tracker: Tracker, frames: Iterable, *, workers: int = 1) -> Iterator:
    """(frame, FrameLandmarks) for each frame (anything with `.rgb` and `.t_s`), in order.

    workers=1: one frame after the other on this thread. workers>1: decoding (iterating
    `frames`), FaceMesh and Hands run on a thread each (another tracker: decoding and
    tracking), up to `_IN_FLIGHT` frames ahead of the caller. Each model still sees every
    frame in order, so the landmarks are the same.
    """
    if workers <= 1:
        for frame in frames:
            yield frame, tracker.process(frame.rgb, frame.t_s)
        return
    source = iter(frames)
    pools = [ThreadPoolExecutor(1, thread_name_prefix=f"track-{i}") for i in range(3)]
    decoder, first, second = pools
    pending: deque = deque()
    try:
        upcoming = decoder.submit(next, source, None)
        while (frame := upcoming.result()) is not None:
            upcoming = decoder.submit(next, source, None)
            pending.append((frame, *_submit(tracker, frame, first, second)))
            if len(pending) > _IN_FLIGHT:
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())
    finally:
        for pool in pools:
            pool.shutdown(cancel_futures=True)
        if hasattr(source, "close"):
            source.close()  # e.g. a VideoReader stopped early: closes its file


def _submit(tracker: Tracker, frame, first: ThreadPoolExecutor, second: ThreadPoolExecutor) -> tuple:
    """Start tracking `frame`: FaceMesh on `first`, Hands on `second` (another tracker: on `first`)."""
    if not isinstance(tracker, MediaPipeTracker):
        return None, None, first.submit(tracker.process, frame.rgb, frame.t_s), None
    prepared, luma = tracker.prepare(frame.rgb)
    face_job = first.submit(tracker.find_face, prepared)
    return prepared, luma, face_job, second.submit(tracker.find_hands, prepared)


def _collect(frame, prepared, luma, first, second) -> tuple:
    """(frame, FrameLandmarks) once the jobs `_submit` started are done."""
    if prepared is None:
        return frame, first.result()
    height, width = prepared.shape[:2]
    return frame, from_mediapipe(first.result(), second.result(), (width, height), frame.t_s, luma=luma)
