"""Drawing the coach's view over a video frame: the only module of `feedback` that draws.

`Overlay.annotate(image, state) -> image`: the zone map, the expected direction of each
zone, the hands' working points, each recent stroke's trail coloured by its verdict, and a
panel with the counters and the latest cue. Everything drawn comes from the state given.

Made to be read from arm's length (about 60 cm) on any skin: lines, dots and text are
sized from the picture and the face (not fixed pixels) and drawn with a dark outline.
Only one zone is highlighted, the current target: the goal's zone when there is one, else
the zone a hand is on. Its arrows are long, thick and yellow, and it is named on the
picture; every other zone's arrows are short and white. The face frame's axes (a
debugging mark) are drawn only when asked for (`show_axes`).
"""

from __future__ import annotations

from functools import cache, lru_cache

import cv2
import numpy as np

from feedback.cues import ZONE_NAMES
from feedback.protocol import Profile
from feedback.summary import ZoneTally
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
TARGET_RGB = (255, 225, 40)
_OTHER_ARROW_RGB = (240, 240, 240)
_OUTLINE_RGB = (15, 15, 15)
_IN_PROGRESS_RGB = (255, 255, 255)
_ZONE_MAP_RGB = (150, 230, 255)
_STATUS_RGB = (255, 200, 80)
_ARROW_LENGTH_FW = 0.12
_TARGET_ARROW_LENGTH_FW = 0.2
_MIDLINE_GAP_FW = 0.05  # between the two sides' arrows of a zone on the midline (the chin)
_AXIS_LENGTH_FW = 0.1
_PANEL_LINES = 4  # counters shown on the picture; the page lists them all
_FONT = cv2.FONT_HERSHEY_DUPLEX


@cache
def _zone_boundary_fw(step_fw: float = 0.02) -> np.ndarray:
    """(n, 2) face-frame points on the borders between zones (a dotted zone map; the same
    for every overlay, computed once: read only)."""
    xs = np.arange(-0.7, 0.7 + 1e-9, step_fw)
    ys = np.arange(-0.48, 1.5 + 1e-9, step_fw)
    labels = np.array([[zone_at(np.array([x, y])) or "" for x in xs] for y in ys])
    border = np.zeros(labels.shape, dtype=bool)
    border[:, 1:] |= labels[:, 1:] != labels[:, :-1]
    border[1:, :] |= labels[1:, :] != labels[:-1, :]
    rows, cols = np.nonzero(border)
    return np.column_stack([xs[cols], ys[rows]])


def expected_arrows_fw(profile: Profile, zone: str, length_fw: float = _ARROW_LENGTH_FW
                       ) -> list[tuple[np.ndarray, np.ndarray]]:
    """(tail, head) in the face frame of `zone`'s expected stroke: the person's left side,
    then the right. A zone on the midline (the chin) gets one arrow on each side of it,
    apart, so that "outward" reads as two arrows going apart, never as one double-headed."""
    out, up = profile.rule(zone).direction_out_up
    centre = np.mean(ZONE_ANCHORS_FW[zone], axis=0)
    half_width_fw = abs(out) * length_fw / 2
    middle_x = max(abs(centre[0]), half_width_fw + _MIDLINE_GAP_FW)
    arrows = []
    for outward_sign in (1.0, -1.0):
        middle = np.array([middle_x * outward_sign, centre[1]])
        direction = np.array([out * outward_sign, -up]) * length_fw
        arrows.append((middle - direction / 2, middle + direction / 2))
    return arrows


def target_zone(state: OverlayState) -> str | None:
    """The one zone to highlight: the goal's, else the zone a touching hand is on."""
    if state.highlight_zone:
        return state.highlight_zone
    zones = [h.zone for h in state.frame.hands if h.zone and h.touching]
    return zones[0] if zones else None


def _px(point) -> tuple[int, int]:
    return int(round(float(point[0]))), int(round(float(point[1])))


class Overlay:
    """profile: the expected directions. show_axes: draw the face frame's axes (debugging).
    label_zones: "target" names the highlighted zone on the picture, "all" names every
    zone (the zone map on a plain background)."""

    def __init__(self, profile: Profile, *, show_axes: bool = False, label_zones: str = "target"):
        if label_zones not in ("target", "all"):
            raise ValueError(f"label_zones must be 'target' or 'all', got {label_zones!r}")
        self.profile = profile
        self.show_axes = show_axes
        self.label_zones = label_zones
        self._boundary_fw = _zone_boundary_fw()
        self._arrows_fw = {zone: expected_arrows_fw(profile, zone) for zone in profile.zones}
        self._target_arrows_fw = {zone: expected_arrows_fw(profile, zone, _TARGET_ARROW_LENGTH_FW)
                                  for zone in profile.zones}

    def annotate(self, image_rgb: np.ndarray, state: OverlayState, mirror_display: bool = False) -> np.ndarray:
        """A copy of the frame (as the tracker saw it, unmirrored) with the overlay.

        mirror_display: show it mirrored (a selfie view); the text is drawn after the flip.
        """
        out = image_rgb.copy()
        face = state.frame.face
        target = target_zone(state)
        if face is not None:
            if self.show_axes:
                self._draw_axes(out, face)
            self._draw_zone_map(out, face)
            self._draw_arrows(out, face, target)
            self._draw_trails(out, face, state)
        if mirror_display:
            out = np.ascontiguousarray(out[:, ::-1])
        if face is not None:
            self._draw_labels(out, face, target, mirror_display)
        self._draw_panel(out, state, target)
        return out

    # -- sizes ----------------------------------------------------------------------------
    @staticmethod
    def _text_scale(out: np.ndarray) -> float:
        """Hershey font scale: about 3.5% of the picture's height per line of text."""
        return max(0.45, out.shape[0] / 480 * 0.62)

    @staticmethod
    def _line_px(face: FaceFrame, share: float, least: int) -> int:
        return max(least, int(round(face.scale_px * share)))

    # -- the face -------------------------------------------------------------------------
    def _draw_axes(self, out: np.ndarray, face: FaceFrame) -> None:
        """The face frame: x toward the person's left (red), y toward the chin (blue)."""
        origin, x_end, y_end = (_px(face.to_image(p))
                                for p in ((0.0, 0.0), (_AXIS_LENGTH_FW, 0.0), (0.0, _AXIS_LENGTH_FW)))
        cv2.arrowedLine(out, origin, x_end, (230, 70, 70), 1, cv2.LINE_AA, tipLength=0.2)
        cv2.arrowedLine(out, origin, y_end, (70, 110, 240), 1, cv2.LINE_AA, tipLength=0.2)

    def _draw_zone_map(self, out: np.ndarray, face: FaceFrame) -> None:
        """Dotted borders: a dark 3x3 dot under a light 1-pixel one, seen on any skin."""
        points = np.round(face.to_image(self._boundary_fw)).astype(int)
        h, w = out.shape[:2]
        inside = (points[:, 0] >= 1) & (points[:, 0] < w - 1) & (points[:, 1] >= 1) & (points[:, 1] < h - 1)
        x, y = points[inside, 0], points[inside, 1]
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                out[y + dy, x + dx] = (0.45 * out[y + dy, x + dx]).astype(np.uint8)
        out[y, x] = _ZONE_MAP_RGB

    def _draw_arrows(self, out: np.ndarray, face: FaceFrame, target: str | None) -> None:
        thin, thick = self._line_px(face, 0.012, 2), self._line_px(face, 0.028, 4)
        for zone, arrows in self._arrows_fw.items():
            if zone != target:
                for tail_fw, head_fw in arrows:
                    _outlined_arrow(out, face, tail_fw, head_fw, _OTHER_ARROW_RGB, thin)
        if target in self._target_arrows_fw:
            for tail_fw, head_fw in self._target_arrows_fw[target]:
                _outlined_arrow(out, face, tail_fw, head_fw, TARGET_RGB, thick, start_dot=True)

    def _draw_trails(self, out: np.ndarray, face: FaceFrame, state: OverlayState) -> None:
        width = self._line_px(face, 0.022, 3)
        outline = max(2, width // 2)
        for judged in state.recent:
            path = np.round(face.to_image(judged.reported.path_fw)).astype(np.int32)
            colour = VERDICT_COLORS_RGB[judged.verdict]
            cv2.polylines(out, [path], False, _OUTLINE_RGB, width + 2 * outline, cv2.LINE_AA)
            cv2.polylines(out, [path], False, colour, width, cv2.LINE_AA)
            cv2.circle(out, _px(path[-1]), width + outline + 2, _OUTLINE_RGB, -1, cv2.LINE_AA)
            cv2.circle(out, _px(path[-1]), width + 2, colour, -1, cv2.LINE_AA)
        radius = self._line_px(face, 0.04, 7)
        for hand in state.frame.hands:
            if len(hand.trail_fw) > 1:
                path = np.round(face.to_image(hand.trail_fw)).astype(np.int32)
                cv2.polylines(out, [path], False, _OUTLINE_RGB, width + 2, cv2.LINE_AA)
                cv2.polylines(out, [path], False, _IN_PROGRESS_RGB, max(2, width - 1), cv2.LINE_AA)
            point = _px(face.to_image(hand.point_fw))
            colour = VERDICT_COLORS_RGB["good"] if hand.touching else (200, 200, 200)
            ring = max(2, width - 1) if hand.touching else 2
            cv2.circle(out, point, radius, _OUTLINE_RGB, ring + 2, cv2.LINE_AA)
            cv2.circle(out, point, radius, colour, ring, cv2.LINE_AA)

    def _draw_labels(self, out: np.ndarray, face: FaceFrame, target: str | None, mirrored: bool) -> None:
        """Zone names under their arrows: the target's on the person's right side; all of
        them (`label_zones="all"`) on alternate sides, so that neighbours do not overlap."""
        if self.label_zones == "all":
            zones, scale = list(self.profile.zones), max(0.42, self._text_scale(out) * 0.75)
        else:
            zones, scale = [target] if target else [], self._text_scale(out)
        for i, zone in enumerate(zones):
            arrows = (self._target_arrows_fw if zone == target else self._arrows_fw)[zone]
            ends = face.to_image(np.array(arrows[1 - i % 2]))  # the person's right, left, ...
            if mirrored:
                ends[:, 0] = out.shape[1] - 1 - ends[:, 0]
            text = ZONE_NAMES[zone]
            (text_w, text_h), _ = cv2.getTextSize(text, _FONT, scale, 1)
            middle = ends.mean(axis=0)
            below = middle[1] + max(abs(ends[0, 1] - ends[1, 1]) / 2, text_h * 0.6) + text_h * 1.8
            x = int(np.clip(middle[0] - text_w / 2, 2, out.shape[1] - text_w - 2))
            colour = TARGET_RGB if zone == target else (255, 255, 255)
            outlined_text(out, text, (x, int(below)), colour, scale)

    # -- the panel ------------------------------------------------------------------------
    def _draw_panel(self, out: np.ndarray, state: OverlayState, target: str | None) -> None:
        """Top left: the goal and the counters (the target zone's first); bottom: the cue,
        or what is wrong, on a dark band."""
        scale = self._text_scale(out)
        tallies = sorted(state.tallies, key=lambda t: t.zone != target)
        lines = list(state.extra_lines) + [counter_line(t, self.profile.rule(t.zone).reps) for t in tallies]
        lines = lines[:_PANEL_LINES]
        (_, text_h), _ = cv2.getTextSize("Ag", _FONT, scale, 2)
        line_h = int(text_h * 1.9)
        if lines:
            width = max(cv2.getTextSize(s, _FONT, scale, 2)[0][0] for s in lines) + 20
            box = out[4:14 + line_h * len(lines), 4:4 + width]
            box[:] = (box * 0.35).astype(np.uint8)
            for i, text in enumerate(lines):
                outlined_text(out, text, (12, 6 + line_h * (i + 1) - line_h // 4), (255, 255, 255), scale)
        bottom = state.status or state.cue
        if bottom:
            rows = wrap_text(bottom, out.shape[1] - 24, scale)[:2]
            h = out.shape[0]
            band = out[h - line_h * len(rows) - 12:h]
            band[:] = (band * 0.35).astype(np.uint8)
            colour = _STATUS_RGB if state.status else (255, 255, 255)
            for i, row in enumerate(rows):
                outlined_text(out, row, (12, h - 12 - line_h * (len(rows) - 1 - i) - line_h // 5), colour, scale)


def counter_line(tally: ZoneTally, reps: int) -> str:
    """One zone's counter on the picture: good strokes against the target, then the faults
    ("off"), and apart from them the strokes the coach could not tell from a return
    ("unsure"): those are not the person's fault to count against them."""
    faults = tally.total - tally.good - tally.unsure
    return (f"{ZONE_NAMES[tally.zone]} {tally.side[0].upper()}: {tally.good}/{reps} good"
            + (f", {faults} off" if faults else "") + (f", {tally.unsure} unsure" if tally.unsure else ""))


def _outlined_arrow(out: np.ndarray, face: FaceFrame, tail_fw, head_fw, colour, thickness: int,
                    start_dot: bool = False) -> None:
    """An arrow with a dark outline; `start_dot`: a dot where the stroke starts."""
    tail, head = (_px(p) for p in face.to_image(np.array([tail_fw, head_fw])))
    outline = max(2, thickness // 2)
    for colour_now, width in ((_OUTLINE_RGB, thickness + 2 * outline), (colour, thickness)):
        cv2.arrowedLine(out, tail, head, colour_now, width, cv2.LINE_AA, tipLength=0.38)
        if start_dot:
            cv2.circle(out, tail, thickness + (outline if colour_now is _OUTLINE_RGB else 0),
                       colour_now, -1, cv2.LINE_AA)


def outlined_text(out: np.ndarray, text: str, origin: tuple[int, int], colour, scale: float) -> None:
    """Text with a dark outline: readable on skin, hair and a bright background. origin: the
    text's bottom-left corner, as for cv2.putText."""
    patch, alpha, (dx, dy) = _text_sprite(text, tuple(int(c) for c in colour), float(scale))
    x0, y0 = origin[0] + dx, origin[1] + dy
    h, w = out.shape[:2]
    left, top = max(0, -x0), max(0, -y0)
    right, bottom = min(patch.shape[1], w - x0), min(patch.shape[0], h - y0)
    if right <= left or bottom <= top:
        return
    region = out[y0 + top:y0 + bottom, x0 + left:x0 + right]
    a = alpha[top:bottom, left:right, None]
    region[:] = (region * (1.0 - a) + patch[top:bottom, left:right] * a).astype(np.uint8)


@lru_cache(maxsize=256)
def _text_sprite(text: str, colour: tuple[int, int, int], scale: float
                 ) -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
    """(colour patch (h, w, 3), alpha (h, w) in 0..1, offset of its top-left corner from the
    text origin) of an outlined text: drawn once, blended where needed (the same counters
    and cue are drawn frame after frame; drawing thick anti-aliased text costs ~1 ms a line)."""
    thickness = max(1, int(round(scale * 2.6)))
    (text_w, text_h), baseline = cv2.getTextSize(text, _FONT, scale, thickness + 3)
    pad = thickness + 4
    size = (text_h + baseline + 2 * pad, text_w + 2 * pad)
    origin = (pad, pad + text_h)
    outline, fill = np.zeros(size, np.uint8), np.zeros(size, np.uint8)
    cv2.putText(outline, text, origin, _FONT, scale, 255, thickness + 3, cv2.LINE_AA)
    cv2.putText(fill, text, origin, _FONT, scale, 255, thickness, cv2.LINE_AA)
    share = (fill.astype(np.float32) / 255.0)[..., None]
    patch = np.array(_OUTLINE_RGB, np.float32) * (1.0 - share) + np.array(colour, np.float32) * share
    alpha = np.maximum(outline, fill).astype(np.float32) / 255.0
    return patch, alpha, (-pad, -pad - text_h)


def wrap_text(text: str, width_px: int, scale: float) -> list[str]:
    """`text` cut at spaces into rows no wider than `width_px` (a longer word stays whole)."""
    rows: list[str] = []
    for word in text.split():
        candidate = f"{rows[-1]} {word}" if rows else word
        if rows and cv2.getTextSize(candidate, _FONT, scale, 2)[0][0] <= width_px:
            rows[-1] = candidate
        else:
            rows.append(word)
    return rows
