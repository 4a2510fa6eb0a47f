"""Per-clip head motion (photo -> frame transform) and picture look (skin, light, noise).

Head motion is a similarity transform of the photo (roll, scale, shift) plus a slight
horizontal squash that imitates a small head turn. Every point scripted on the photo
(the stroke paths) goes through the same transform, so it stays on the same spot of skin.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

FRAME_WH = (640, 480)
# The face width in the frame at scale 1 (the astronaut's 91 px at a zoom of 2.35).
BASE_FACE_WIDTH_PX = 2.35 * 91.01693578669853
# Where the nose bridge sits in the frame at rest (slightly above the centre, so the
# neck stays in view below the chin).
BASE_ORIGIN_FRAME = (320.0, 190.0)


@dataclass(frozen=True)
class HeadMotion:
    """Slow head movement. Angles in degrees, times in seconds, shifts in frame pixels."""

    roll_deg: float = 0.0  # constant tilt
    roll_amp_deg: float = 3.0  # sway of the tilt
    scale: float = 1.0
    scale_amp: float = 0.03
    shift_px: tuple[float, float] = (0.0, 0.0)
    sway_px: tuple[float, float] = (8.0, 4.0)
    period_s: float = 7.0
    squash_amp: float = 0.03  # up to this much narrower (a small turn)
    phase: float = 0.0
    yaw_deg: float = 0.0  # a 3-D head turn (turn.py): + = toward the person's left
    yaw_amp_deg: float = 0.0
    pitch_deg: float = 0.0  # + = chin up
    pitch_amp_deg: float = 0.0

    def transform(self, t_s: float, origin_src: np.ndarray, fw_src: float) -> np.ndarray:
        """2x3 affine matrix, photo pixels -> frame pixels, at time t_s (for a photo whose
        face is fw_src pixels wide)."""
        w = 2 * np.pi * t_s / self.period_s + self.phase
        roll = np.radians(self.roll_deg + self.roll_amp_deg * np.sin(w))
        zoom = BASE_FACE_WIDTH_PX / fw_src
        scale = zoom * (self.scale + self.scale_amp * np.sin(0.63 * w + 1.0))
        squash = 1.0 - self.squash_amp * (0.5 + 0.5 * np.sin(0.41 * w + 2.0))
        c, s = np.cos(roll), np.sin(roll)
        linear = scale * np.array([[c, -s], [s, c]]) @ np.diag([squash, 1.0])
        centre = np.array(BASE_ORIGIN_FRAME) + self.shift_px + \
            np.array(self.sway_px) * [np.sin(w), np.sin(0.77 * w + 0.5)]
        return np.hstack([linear, (centre - linear @ origin_src)[:, None]])


    def turn(self, t_s: float) -> tuple[float, float]:
        """(yaw, pitch) of the head in degrees at time t_s."""
        w = 2 * np.pi * t_s / self.period_s + self.phase
        return (self.yaw_deg + self.yaw_amp_deg * np.sin(0.53 * w + 0.7),
                self.pitch_deg + self.pitch_amp_deg * np.sin(0.71 * w + 1.3))

    @property
    def turns(self) -> bool:
        return bool(self.yaw_deg or self.yaw_amp_deg or self.pitch_deg or self.pitch_amp_deg)


@dataclass(frozen=True)
class FlatWarp:
    """Photo -> frame by the affine head motion alone (no 3-D turn); see turn.Warp."""

    matrix: np.ndarray

    def points(self, points_src: np.ndarray) -> np.ndarray:
        return apply(self.matrix, points_src)

    def image(self, photo: np.ndarray, wh: tuple[int, int]) -> np.ndarray:
        return cv2.warpAffine(photo, self.matrix, wh, flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_REFLECT101)


def apply(matrix: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Apply a 2x3 affine matrix to (..., 2) points."""
    return np.asarray(points) @ matrix[:, :2].T + matrix[:, 2]


def linear_scale(matrix: np.ndarray) -> float:
    """The mean scale factor of an affine matrix (sqrt of its determinant)."""
    return float(np.sqrt(abs(np.linalg.det(matrix[:, :2]))))


@dataclass(frozen=True)
class Look:
    """Skin tone, room light and sensor of one clip.

    skin_lab_shift: added to the face/neck skin in CIELAB (L 0-100, a, b): a darker or
        more olive skin than the photo's. bald: the skin goes on over the crown and the ears;
        beard: below the upper lip is beard, not skin (left as it is, and so is the neck).
        neck: the neck below the jaw is skin too (False: a collar or scarf hides it).
    gain, gamma: overall exposure (dim room: gain < 1, gamma > 1).
    light_tilt: uneven light, a ramp from one side of the frame to the other (0 = even).
    light_angle_deg: the direction the light comes from (0 = from the image right).
    tint_rgb: colour of the room light (multiplied).
    noise_sigma: sensor noise (grey levels, per frame); blur_px: lens softness.
    """

    skin_lab_shift: tuple[float, float, float] = (0.0, 0.0, 0.0)
    bald: bool = False
    beard: bool = False
    neck: bool = True
    gain: float = 1.0
    gamma: float = 1.0
    light_tilt: float = 0.15
    light_angle_deg: float = 160.0
    tint_rgb: tuple[float, float, float] = (1.0, 1.0, 1.0)
    noise_sigma: float = 2.0
    blur_px: float = 0.6


# FaceMesh's forehead contour (temple to temple) and how far up (face widths) a bald
# crown goes above each point: highest in the middle, little at the temples
_FOREHEAD_CONTOUR = [21, 54, 103, 67, 109, 10, 338, 297, 332, 284, 251]
_CROWN_FW = np.array([0.1, 0.25, 0.35, 0.4, 0.42, 0.42, 0.42, 0.4, 0.35, 0.25, 0.1])


def skin_mask(shape: tuple[int, int], landmarks_src: np.ndarray, bald: bool = False,
              beard: bool = False, neck: bool = True) -> np.ndarray:
    """Soft float mask of the face skin (FaceMesh hull) and the visible neck, on the photo.
    bald: with the crown (above the forehead, _CROWN_FW) and the ears;
    beard: without what lies below the upper lip (the beard and the neck under it);
    neck: False leaves out the neck below the jaw (hidden by a collar or a scarf)."""
    mask = np.zeros(shape, np.float32)
    face_pts = landmarks_src[:468]
    across = landmarks_src[454] - landmarks_src[234]
    fw = float(np.linalg.norm(across))
    down = np.array([-across[1], across[0]]) / fw  # the face's own down, with its tilt
    if bald:
        crown = landmarks_src[_FOREHEAD_CONTOUR] - fw * _CROWN_FW[:, None] * down
        side = 0.1 * across  # the ears, a tenth of a face width beyond its edges
        ears = np.vstack([landmarks_src[[234, 93, 132]] - side,
                          landmarks_src[[454, 323, 361]] + side])
        face_pts = np.vstack([face_pts, crown, ears])
    hull = cv2.convexHull(np.round(face_pts).astype(np.int32))
    cv2.fillConvexPoly(mask, hull, 1.0)
    # the neck skin between the jaw and the collar: the jaw line moved down
    if neck:
        jaw = landmarks_src[[172, 136, 150, 149, 176, 148, 152, 377, 400, 378, 379, 365, 397]]
        below_jaw = np.vstack([jaw, jaw + [0.0, 0.3 * fw]])
        cv2.fillConvexPoly(mask, cv2.convexHull(np.round(below_jaw).astype(np.int32)), 1.0)
    if beard:  # below the line through the upper lip (164), across the face's tilt
        yy, xx = np.mgrid[0:shape[0], 0:shape[1]].astype(np.float32)
        below = (xx - landmarks_src[164, 0]) * down[0] + (yy - landmarks_src[164, 1]) * down[1]
        mask *= (below < 0).astype(np.float32)
    return cv2.GaussianBlur(mask, (0, 0), 3.0)


def tone_photo(photo_rgb: np.ndarray, landmarks_src: np.ndarray, look: Look) -> np.ndarray:
    """The photo with the face's skin tone changed (float32 RGB 0-255)."""
    if not any(look.skin_lab_shift):
        return photo_rgb.astype(np.float32)
    lab = cv2.cvtColor(photo_rgb.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)
    shifted = lab + np.array(look.skin_lab_shift, np.float32)
    toned = cv2.cvtColor(shifted, cv2.COLOR_LAB2RGB) * 255.0
    mask = skin_mask(photo_rgb.shape[:2], landmarks_src, look.bald, look.beard,
                     look.neck)[..., None]
    return photo_rgb * (1 - mask) + toned * mask


def light_field(look: Look) -> np.ndarray:
    """Per-pixel light multiplier (H, W, 3) of the room: exposure, ramp and tint."""
    w, h = FRAME_WH
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = np.radians(look.light_angle_deg)
    ramp = ((xx - w / 2) * np.cos(a) - (yy - h / 2) * np.sin(a)) / (w / 2)
    field = look.gain * (1.0 + look.light_tilt * ramp)
    return np.clip(field, 0.05, None)[..., None] * np.array(look.tint_rgb, np.float32)


def finish(frame: np.ndarray, light: np.ndarray, look: Look,
           rng: np.random.Generator) -> np.ndarray:
    """Room light, lens blur and sensor noise on a float RGB frame -> uint8 RGB."""
    out = frame * light
    if look.gamma != 1.0:
        out = 255.0 * np.power(np.clip(out, 0, 255) / 255.0, look.gamma)
    if look.blur_px > 0:
        out = cv2.GaussianBlur(out, (0, 0), look.blur_px)
    if look.noise_sigma > 0:
        grey = rng.normal(0, look.noise_sigma, out.shape[:2]).astype(np.float32)
        colour = rng.normal(0, look.noise_sigma * 0.5, out.shape).astype(np.float32)
        out = out + grey[..., None] + colour
    return np.clip(out, 0, 255).astype(np.uint8)
