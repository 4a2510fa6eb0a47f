"""The template's surface: the face's skin, and below it the neck's cylinder."""

import numpy as np

from vision.face_template import (NECK_AXIS_DEPTH_FW, NECK_RADIUS_FW, SKIN_DEPTH_RANGE_FW, SKIN_LOWER_EDGE_FW,
                                  skin_depth_fw, surface_depth_fw)


def test_on_the_face_the_surface_is_the_face_skin():
    x, y = np.meshgrid(np.linspace(-0.6, 0.6, 25), np.linspace(-0.4, SKIN_LOWER_EDGE_FW, 25))
    points = np.stack([x, y], axis=-1)
    assert np.array_equal(surface_depth_fw(points), skin_depth_fw(points))


def test_below_the_chin_the_neck_is_a_cylinder_about_the_turning_axis():
    """x = 0: the neck's front, one radius in front of the axis; x = 0.24: 0.32 in front
    (0.24^2 + 0.32^2 = 0.4^2); past the radius: the axis's depth (the neck's outline)."""
    for y in (1.05, 1.3, 1.6):
        depth = surface_depth_fw(np.array([[0.0, y], [0.24, y], [-0.24, y], [0.7, y]]))
        assert np.allclose(depth, [NECK_AXIS_DEPTH_FW - NECK_RADIUS_FW, NECK_AXIS_DEPTH_FW - 0.32,
                                   NECK_AXIS_DEPTH_FW - 0.32, NECK_AXIS_DEPTH_FW])


def test_the_chin_passes_into_the_neck_without_a_step():
    x = np.linspace(-0.5, 0.5, 41)
    ys = np.linspace(SKIN_LOWER_EDGE_FW - 0.05, SKIN_LOWER_EDGE_FW + 0.3, 141)
    depth = surface_depth_fw(np.stack(np.meshgrid(x, ys), axis=-1))  # (y, x)
    assert np.abs(np.diff(depth, axis=0)).max() < 0.02  # steps of 0.0025 fw in y
    low, high = SKIN_DEPTH_RANGE_FW
    assert low <= depth.min() and depth.max() <= high
