"""The camera set-up check: can the coach see what it needs, before a session starts?

`setup_checks(landmarks, stats)` judges one frame: one face, the whole face in the
picture, big enough, roughly centred, the head level and facing the camera, light on the
face and not from behind, a usable frame rate. Each `CheckResult` is passed (True), failed
(False, with what to change) or not known in this frame (None: no face yet, the frame rate
not measured yet). `PassHold` says when everything has passed long enough to start, and
`setup_log` turns the failures over a whole recording into the review's warnings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from feedback.conditions import ConditionLog
from vision.face_frame import MIN_VISIBLE_POINTS, fit_face_frame, uncovered
from vision.face_template import TEMPLATE_INDICES
from vision.landmarks import FrameLandmarks

EDGE_MARGIN_SHARE = 0.02  # landmarks closer than this share of the picture to its edge: cut off
FACE_WIDTH_SHARE = (0.2, 0.6)  # face width / picture width: smaller is too far, larger too close
CENTRE_TOLERANCE_SHARE = (0.2, 0.22)  # how far the face's middle may be from the picture's (x, y)
MAX_ROLL_DEG = 15.0
MAX_TURN_DEG = 18.0  # yaw (turned to a side) and pitch (chin up or down)
DARK_FACE_LUMA = 50.0
BRIGHT_FACE_LUMA = 230.0
# Light from behind: the face darker than this share of the background's brightness (and by
# a clear margin). A bright room behind a well-lit face (0.7) is fine.
BACKLIT_FACE_SHARE = 0.6
BACKLIT_MIN_GAP_LUMA = 40.0
MIN_FPS = 10.0
PASS_HOLD_S = 1.0
SETUP_WARNING_SPAN_S = 2.0

# code -> (what is checked, as the person sees it in the list; a warning's words in a review)
CHECKS = {
    "one_face": ("One face in view", "The face was not found alone in the picture"),
    "in_view": ("Whole face in the picture", "The face was cut off at the edge of the picture"),
    "size": ("Face big enough", "The face's size was not right for the coach"),
    "centred": ("Face in the middle", "The face was far from the middle of the picture"),
    "level": ("Head level", "The head was tilted"),
    "facing": ("Facing the camera", "The head was turned away from the camera"),
    "light": ("Light on the face", "The face was poorly lit"),
    "backlight": ("No bright light behind you", "The light came from behind the head"),
    "frame_rate": ("Smooth video", "The video's frame rate was low"),
}


@dataclass(frozen=True)
class FrameStats:
    """What the check needs besides landmarks. face_luma, background_luma: mean brightness
    (0-255) of the face and of the picture around it (`vision.frame_stats.face_light`),
    None when unknown; fps: frames per second the coach gets (0: not measured yet)."""

    face_luma: float | None = None
    background_luma: float | None = None
    fps: float = 0.0


@dataclass(frozen=True)
class CheckResult:
    """passed: True, False (advice says what to change) or None (cannot tell yet)."""

    code: str
    passed: bool | None
    advice: str = ""

    @property
    def label(self) -> str:
        return CHECKS[self.code][0]


def setup_checks(landmarks: FrameLandmarks, stats: FrameStats) -> list[CheckResult]:
    """Every check of `CHECKS`, in that order, for one frame."""
    face = landmarks.face_px
    results = {"one_face": _one_face(landmarks.n_faces)}
    if face is None:
        results.update({code: CheckResult(code, None, "Waiting for a face.")
                        for code in ("in_view", "size", "centred", "level", "facing")})
    else:
        width, height = landmarks.image_wh
        results["in_view"] = _in_view(face, width, height)
        results.update(_size_and_place(face, width, height))
        results.update(_pose(landmarks))
    results.update(_light(stats.face_luma if face is not None else landmarks.mean_luma,
                          stats.background_luma if face is not None else None))
    results["frame_rate"] = _frame_rate(stats.fps)
    return [results[code] for code in CHECKS]


def _one_face(n_faces: int) -> CheckResult:
    if n_faces == 0:
        return CheckResult("one_face", False, "No face found: sit facing the camera, in good light.")
    if n_faces > 1:
        return CheckResult("one_face", False, "More than one face: only you should be in the picture.")
    return CheckResult("one_face", True)


def _in_view(face: np.ndarray, width: int, height: int) -> CheckResult:
    margin_x, margin_y = EDGE_MARGIN_SHARE * width, EDGE_MARGIN_SHARE * height
    (left, top), (right, bottom) = face.min(axis=0), face.max(axis=0)
    if top < margin_y:
        return CheckResult("in_view", False, "Your face is cut off at the top: tilt the camera up or sit lower.")
    if bottom > height - margin_y:
        return CheckResult("in_view", False, "Your chin is cut off: tilt the camera down or sit higher.")
    if left < margin_x or right > width - margin_x:
        return CheckResult("in_view", False, "Your face is cut off at the side: move to the middle of the picture.")
    return CheckResult("in_view", True)


def _size_and_place(face: np.ndarray, width: int, height: int) -> dict[str, CheckResult]:
    (left, top), (right, bottom) = face.min(axis=0), face.max(axis=0)
    size = _within("size", (right - left) / width, FACE_WIDTH_SHARE,
                   "Your face is too small: come closer to the camera.",
                   "Your face is too close: move back so your neck and hands fit in.")
    # The person's middle: not mirrored, the image's right is the person's left.
    off_x = ((left + right) / 2 - width / 2) / width
    off_y = ((top + bottom) / 2 - height / 2) / height
    tolerance_x, tolerance_y = CENTRE_TOLERANCE_SHARE
    if abs(off_x) > tolerance_x:
        way = "right" if off_x > 0 else "left"
        centred = CheckResult("centred", False, f"Move a little to your {way}, to the middle of the picture.")
    elif abs(off_y) > tolerance_y:
        way = "down" if off_y > 0 else "up"  # a face high in the picture: the camera looks too low
        centred = CheckResult("centred", False, f"Move the camera {way} a little, so your face is in the middle.")
    else:
        centred = CheckResult("centred", True)
    return {"size": size, "centred": centred}


def _pose(landmarks: FrameLandmarks) -> dict[str, CheckResult]:
    """Roll from a 2-D fit; turn and nod from FaceMesh's depth (unknown without it). Hands
    over the face: only the landmarks they leave uncovered count."""
    visible = None
    if landmarks.hands:
        visible = uncovered(landmarks.face_px[TEMPLATE_INDICES], [h.points_px for h in landmarks.hands])
        if visible.sum() < MIN_VISIBLE_POINTS:
            return {code: CheckResult(code, None, "Your hands hide the face.") for code in ("level", "facing")}
    frame = fit_face_frame(landmarks.face_px, visible, depth_px=landmarks.face_depth_px)
    roll_deg = abs(np.degrees(frame.roll_rad))
    level = (CheckResult("level", True) if roll_deg <= MAX_ROLL_DEG else
             CheckResult("level", False, f"Hold your head level: it leans {roll_deg:.0f} degrees."))
    if landmarks.face_depth_px is None:
        return {"level": level, "facing": CheckResult("facing", None, "The turn of the head is not known.")}
    yaw_deg, pitch_deg = abs(np.degrees(frame.yaw_rad)), abs(np.degrees(frame.pitch_rad))
    if yaw_deg > MAX_TURN_DEG:
        facing = CheckResult("facing", False, f"Turn your face to the camera: it is turned {yaw_deg:.0f} degrees away.")
    elif pitch_deg > MAX_TURN_DEG:
        facing = CheckResult("facing", False, "Look straight at the camera: chin neither up nor down.")
    else:
        facing = CheckResult("facing", True)
    return {"level": level, "facing": facing}


def _light(face_luma: float | None, background_luma: float | None) -> dict[str, CheckResult]:
    light = (CheckResult("light", None, "The light is not measured yet.") if face_luma is None else
             _within("light", face_luma, (DARK_FACE_LUMA, BRIGHT_FACE_LUMA), "Too dark: add light in front of you.",
                     "Too bright: soften the light on your face."))
    if face_luma is None or background_luma is None:
        backlight = CheckResult("backlight", None, "Waiting for a face.")
    elif (face_luma < BACKLIT_FACE_SHARE * background_luma
          and background_luma - face_luma > BACKLIT_MIN_GAP_LUMA):
        backlight = CheckResult("backlight", False, "The light is behind you: face the window or lamp, "
                                                    "or close the curtain behind you.")
    else:
        backlight = CheckResult("backlight", True)
    return {"light": light, "backlight": backlight}


def _within(code: str, value: float, low_high: tuple[float, float], too_low: str, too_high: str) -> CheckResult:
    low, high = low_high
    if value < low:
        return CheckResult(code, False, too_low)
    if value > high:
        return CheckResult(code, False, too_high)
    return CheckResult(code, True)


def _frame_rate(fps: float) -> CheckResult:
    if fps <= 0:
        return CheckResult("frame_rate", None, "Measuring the frame rate...")
    if fps < MIN_FPS:
        return CheckResult("frame_rate", False, f"Only {fps:.0f} frames a second: close other programs "
                                                "or add light (a camera slows down in the dark).")
    return CheckResult("frame_rate", True)


def all_passed(results: list[CheckResult]) -> bool:
    return all(result.passed for result in results)


class PassHold:
    """True once every check has passed for `hold_s` without a break (one good frame is not
    a good set-up)."""

    def __init__(self, hold_s: float = PASS_HOLD_S):
        self.hold_s = hold_s
        self._since: float | None = None

    def update(self, t_s: float, results: list[CheckResult]) -> bool:
        if not all_passed(results):
            self._since = None
            return False
        if self._since is None:
            self._since = t_s
        return t_s - self._since >= self.hold_s


# In a review, "no face" and "two faces" are already warnings of their own (feedback.conditions).
REVIEW_CHECKS = tuple(code for code in CHECKS if code != "one_face")
WARNING_PREFIX = "setup_"  # a review warning's code: "setup_" + the check's code


def setup_log() -> ConditionLog:
    """A log of the review's set-up problems: `update(t_s, failed_codes(results))` once a
    frame; `finish()` gives a warning per problem that lasted `SETUP_WARNING_SPAN_S` or more."""
    return ConditionLog(SETUP_WARNING_SPAN_S,
                        messages={WARNING_PREFIX + code: CHECKS[code][1] for code in REVIEW_CHECKS})


def failed_codes(results: list[CheckResult]) -> tuple[str, ...]:
    """The warning codes of the checks failed in this frame that a review reports."""
    return tuple(WARNING_PREFIX + r.code for r in results if r.passed is False and r.code in REVIEW_CHECKS)
