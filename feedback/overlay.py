"""Drawing the coach's view over a video frame: the only module of `feedback` that draws.

`Overlay.annotate(image, state) -> image`: the face frame's axes, the zone map, the expected direction of each
zone, the hands' working points, each recent stroke's trail coloured by its verdict, and a
panel with the counters and the latest cue. Style (colours, sizes) is set once in
`__init__`; everything drawn comes from the state given.
"""

from __future__ import annotations

import cv2
import numpy as np

from feedback.cues import ZONE_NAMES
from feedback.protocol import Profile
from feedback.view import OverlayState
from feedback.zones import ZONE_ANCHORS_FW, zone_at
from vision.face_frame import FaceFrame

VERDICT_COLORS_RGB = {
    "good": (40, 200, 90),
    "reversed": (230, 60, 50),
    "off_path": (245, 160, 30),
    "too_fast": (170, 90, 230),
    "unsure": (160, 170, 185),
}
_IN_PROGRESS_RGB = (255, 255, 255)
_ZONE_MAP_RGB = (120, 220, 255)
_ARROW_LENGTH_FW = 0.12
_AXIS_LENGTH_FW = 0.1


def _zone_boundary_fw(step_fw: float = 0.02) -> np.ndarray:
    """(n, 2) face-frame points on the borders between zones (a dotted zone map)."""
    xs = np.arange(-0.7, 0.7 + 1e-9, step_fw)
    ys = np.arange(-0.48, 1.5 + 1e-9, step_fw)
    labels = np.array([[zone_at(np.array([x, y])) or "" for x in xs] for y in ys])
    border = np.zeros(labels.shape, dtype=bool)
    border[:, 1:] |= labels[:, 1:] != labels[:, :-1]
    border[1:, :] |= labels[1:, :] != labels[:-1, :]
    rows, cols = np.nonzero(border)
    return np.column_stack([xs[cols], ys[rows]])


def _expected_arrows_fw(profile: Profile) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(zone, tail, head) in the face frame for every zone on both sides."""
    arrows = []
    for zone, anchors in ZONE_ANCHORS_FW.items():
        out, up = profile.rule(zone).direction_out_up
        centre = np.mean(anchors, axis=0)
        for outward_sign in (1.0, -1.0):  # person's left, then right
            middle = np.array([centre[0] * outward_sign, centre[1]])
            direction = np.array([out * outward_sign, -up]) * _ARROW_LENGTH_FW
            arrows.append((zone, middle - direction / 2, middle + direction / 2))
    return arrows


class Overlay:
    def __init__(self, profile: Profile, trail_thickness_px: int = 3, font_scale: float = 0.5):
        self.profile = profile
        self.trail_thickness_px = trail_thickness_px
        self.font_scale = font_scale
        self._boundary_fw = _zone_boundary_fw()
        self._arrows_fw = _expected_arrows_fw(profile)

    def annotate(self, image_rgb: np.ndarray, state: OverlayState, mirror_display: bool = False) -> np.ndarray:
        """A copy of the frame (as the tracker saw it, unmirrored) with the overlay.

        mirror_display: show it mirrored (a selfie view); the text is drawn after the flip.
        """
        out = image_rgb.copy()
        face = state.frame.face
        if face is not None:
            self._draw_axes(out, face)
            self._draw_zone_map(out, face)
            self._draw_arrows(out, face, state)
            self._draw_trails(out, face, state)
        if mirror_display:
            out = np.ascontiguousarray(out[:, ::-1])
        self._draw_panel(out, state)
        return out

    def _draw_axes(self, out: np.ndarray, face: FaceFrame) -> None:
        """The face frame: x toward the person's left (red), y toward the chin (blue)."""
        origin, x_end, y_end = (tuple(int(v) for v in face.to_image(p))
                                for p in ((0.0, 0.0), (_AXIS_LENGTH_FW, 0.0), (0.0, _AXIS_LENGTH_FW)))
        cv2.arrowedLine(out, origin, x_end, (230, 70, 70), 1, cv2.LINE_AA, tipLength=0.2)
        cv2.arrowedLine(out, origin, y_end, (70, 110, 240), 1, cv2.LINE_AA, tipLength=0.2)

    def _draw_zone_map(self, out: np.ndarray, face: FaceFrame) -> None:
        points = np.round(face.to_image(self._boundary_fw)).astype(int)
        h, w = out.shape[:2]
        inside = (points[:, 0] >= 0) & (points[:, 0] < w) & (points[:, 1] >= 0) & (points[:, 1] < h)
        x, y = points[inside, 0], points[inside, 1]
        out[y, x] = (0.25 * out[y, x] + 0.75 * np.array(_ZONE_MAP_RGB)).astype(np.uint8)

    def _draw_arrows(self, out: np.ndarray, face: FaceFrame, state: OverlayState) -> None:
        active = {h.zone for h in state.frame.hands if h.zone} | {state.highlight_zone}
        for zone, tail_fw, head_fw in self._arrows_fw:
            tail, head = (tuple(int(v) for v in face.to_image(p)) for p in (tail_fw, head_fw))
            strong = zone in active
            cv2.arrowedLine(out, tail, head, (255, 235, 80) if strong else (200, 200, 200),
                            2 if strong else 1, cv2.LINE_AA, tipLength=0.35)

    def _draw_trails(self, out: np.ndarray, face: FaceFrame, state: OverlayState) -> None:
        for judged in state.recent:
            path = np.round(face.to_image(judged.stroke.path_fw)).astype(np.int32)
            cv2.polylines(out, [path], False, VERDICT_COLORS_RGB[judged.verdict],
                          self.trail_thickness_px, cv2.LINE_AA)
            cv2.circle(out, tuple(int(v) for v in path[-1]), self.trail_thickness_px + 2,
                       VERDICT_COLORS_RGB[judged.verdict], -1, cv2.LINE_AA)
        for hand in state.frame.hands:
            if len(hand.trail_fw) > 1:
                path = np.round(face.to_image(hand.trail_fw)).astype(np.int32)
                cv2.polylines(out, [path], False, _IN_PROGRESS_RGB, 2, cv2.LINE_AA)
            point = tuple(int(v) for v in face.to_image(hand.point_fw))
            color = (40, 200, 90) if hand.touching else (160, 160, 160)
            cv2.circle(out, point, 7, color, 2 if hand.touching else 1, cv2.LINE_AA)

    def _draw_panel(self, out: np.ndarray, state: OverlayState) -> None:
        lines = [f"{ZONE_NAMES[t.zone]} {t.side[0].upper()}: {t.good}/{self.profile.rule(t.zone).reps} good"
                 + (f", {t.total - t.good} off" if t.total > t.good else "") for t in state.tallies]
        lines = list(state.extra_lines) + lines
        line_h = int(22 * self.font_scale / 0.5)
        if lines:
            width = int(max(len(s) for s in lines) * 9 * self.font_scale / 0.5) + 12
            box = out[4:12 + line_h * len(lines), 4:4 + width]
            box[:] = (box * 0.45).astype(np.uint8)
            for i, text in enumerate(lines):
                self._text(out, text, (10, 20 + i * line_h), (255, 255, 255))
        bottom = state.status or state.cue
        if bottom:
            h = out.shape[0]
            band = out[h - line_h - 14:h]
            band[:] = (band * 0.4).astype(np.uint8)
            color = (255, 200, 80) if state.status else (255, 255, 255)
            self._text(out, bottom, (10, h - 12), color)

    def _text(self, out: np.ndarray, text: str, origin: tuple[int, int], color) -> None:
        cv2.putText(out, text, origin, cv2.FONT_HERSHEY_SIMPLEX, self.font_scale, color, 1, cv2.LINE_AA)
