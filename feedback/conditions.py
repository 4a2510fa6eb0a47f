"""Can the coach see what it needs? Per-frame conditions, and their time spans as warnings."""

from __future__ import annotations

from dataclasses import dataclass

from vision.face_frame import FaceFrame
from vision.landmarks import FrameLandmarks

TOO_DARK_LUMA = 40.0  # mean brightness 0-255 below which tracking gets unreliable
TOO_BRIGHT_LUMA = 225.0  # ...and above which the picture is washed out
MIN_FACE_WIDTH_SHARE = 0.12  # a face narrower than this share of the frame is too far

MESSAGES = {
    "no_face": "No face in view: face the camera.",
    "face_blocked": "The face is hidden: keep your hand from covering the whole face.",
    "face_small": "The face is too small: come closer to the camera.",
    "too_dark": "The picture is too dark: add light in front of you.",
    "too_bright": "The picture is overexposed: turn down the light behind the camera or face away from a window.",
    "two_faces": "More than one face in view: coaching the largest one.",
    "no_hand": "No hand in view: bring your fingertips to your face.",
}


def frame_conditions(landmarks: FrameLandmarks, face: FaceFrame | None) -> tuple[str, ...]:
    """The problems in this frame, most serious first (empty when all is well)."""
    found = []
    if face is None:
        found.append("face_blocked" if landmarks.hands else "no_face")
    elif face.scale_px < MIN_FACE_WIDTH_SHARE * landmarks.image_wh[0]:
        found.append("face_small")
    if landmarks.mean_luma is not None and landmarks.mean_luma < TOO_DARK_LUMA:
        found.append("too_dark")
    if landmarks.mean_luma is not None and landmarks.mean_luma > TOO_BRIGHT_LUMA:
        found.append("too_bright")
    if landmarks.n_faces > 1:
        found.append("two_faces")
    if not landmarks.hands and face is not None:
        found.append("no_hand")
    return tuple(found)


@dataclass(frozen=True)
class Warning:
    t_s: float
    code: str
    message: str

    def to_dict(self) -> dict:
        return {"t_s": round(self.t_s, 2), "code": self.code, "message": self.message}


class ConditionLog:
    """Turns per-frame conditions into warnings, one per span that lasts long enough.

    min_span_s: shorter spans (a face missed for a few frames) are not worth a warning.
    messages: each code's words (the part before a colon goes into the warning).
    """

    def __init__(self, min_span_s: float = 1.0, messages: dict[str, str] = MESSAGES):
        self.min_span_s = min_span_s
        self.messages = messages
        self._open: dict[str, float] = {}
        self._last_t_s = 0.0
        self.warnings: list[Warning] = []

    def update(self, t_s: float, conditions: tuple[str, ...]) -> None:
        for code in conditions:
            self._open.setdefault(code, t_s)
        for code in [c for c in self._open if c not in conditions]:
            self._close(code, t_s)
        self._last_t_s = t_s

    def finish(self) -> list[Warning]:
        for code in list(self._open):
            self._close(code, self._last_t_s)
        return sorted(self.warnings, key=lambda w: w.t_s)

    def _close(self, code: str, end_s: float) -> None:
        start_s = self._open.pop(code)
        if end_s - start_s >= self.min_span_s:
            text = self.messages[code].split(":")[0]
            self.warnings.append(Warning(start_s, code, f"{text} from {start_s:.1f} s to {end_s:.1f} s"))
