"""The face's light against the picture around it, on drawn frames."""

import numpy as np

from vision.frame_stats import face_light


def picture(face_level: int, background_level: int, body_level: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """A 640x480 frame: a face box (x 220-420, y 100-340) at one grey level on a background
    of another, and optionally a body below the chin; and the face's landmark points."""
    rgb = np.full((480, 640, 3), background_level, np.uint8)
    rgb[100:340, 220:420] = face_level
    if body_level is not None:
        rgb[340:, 150:490] = body_level
    xs, ys = np.meshgrid(np.linspace(220, 419, 20), np.linspace(100, 339, 24))
    return rgb, np.column_stack([xs.ravel(), ys.ravel()])


def test_a_face_lit_from_the_front_and_a_face_against_a_window():
    rgb, face = picture(160, 90)
    face_luma, background_luma = face_light(rgb, face)
    assert abs(face_luma - 160) < 1 and abs(background_luma - 90) < 1
    rgb, face = picture(60, 230)
    face_luma, background_luma = face_light(rgb, face)
    assert abs(face_luma - 60) < 1 and abs(background_luma - 230) < 1


def test_the_body_below_the_chin_is_not_background():
    rgb, face = picture(150, 200, body_level=20)
    assert abs(face_light(rgb, face)[1] - 200) < 1


def test_no_face_and_a_face_filling_the_picture():
    rgb, _ = picture(150, 150)
    assert face_light(rgb, None) == (None, None)
    corners = np.array([[0.0, 0.0], [639.0, 479.0]])
    face_luma, background_luma = face_light(rgb, corners)
    assert face_luma == 150 and background_luma is None
