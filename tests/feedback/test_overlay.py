"""The overlay: one zone highlighted, arrows that say which way, no debugging marks unless
asked for, text that fits the picture."""

from __future__ import annotations

import numpy as np
import pytest

from feedback.overlay import (
    TARGET_RGB,
    Overlay,
    counter_line,
    expected_arrows_fw,
    target_zone,
    wrap_text,
)
from feedback.pipeline import HandState, PipelineFrame
from feedback.protocol import ZONES, load_profile
from feedback.summary import ZoneTally
from feedback.view import OverlayState
from vision.face_frame import FaceFrame
from vision.landmarks import FrameLandmarks

DRAINAGE = load_profile("drainage")
WH = (640, 480)
FACE = FaceFrame(np.array([320.0, 170.0]), 0.0, 220.0)


def hand_on(zone: str, point_fw, touching: bool = True) -> HandState:
    return HandState("right", np.asarray(point_fw, float), touching, zone, np.zeros((0, 2)))


def state(highlight=None, hands=(), face=FACE, **kwargs) -> OverlayState:
    frame = PipelineFrame(FrameLandmarks.empty(0.0, WH), face, tuple(hands), (), ())
    return OverlayState(frame, highlight_zone=highlight, **kwargs)


def grey() -> np.ndarray:
    return np.full((WH[1], WH[0], 3), 128, np.uint8)


def target_pixels(image: np.ndarray) -> np.ndarray:
    return np.all(np.abs(image.astype(int) - TARGET_RGB) <= 12, axis=-1)


def near(image_mask: np.ndarray, zone: str, profile=DRAINAGE, radius_px: int = 40) -> int:
    """Highlighted pixels around `zone`'s arrows."""
    count = 0
    for tail, head in expected_arrows_fw(profile, zone):
        x, y = FACE.to_image((tail + head) / 2).astype(int)
        count += int(image_mask[max(0, y - radius_px):y + radius_px, max(0, x - radius_px):x + radius_px].sum())
    return count


def test_the_chin_gets_two_arrows_going_apart_never_one_double_headed():
    (left_tail, left_head), (right_tail, right_head) = expected_arrows_fw(DRAINAGE, "chin", 0.2)
    assert left_head[0] > left_tail[0] > 0.03  # the person's left: outward, off the midline
    assert right_head[0] < right_tail[0] < -0.03


@pytest.mark.parametrize("zone", ZONES)
def test_each_zones_arrows_follow_the_profile_on_both_sides(zone):
    out, up = DRAINAGE.rule(zone).direction_out_up
    (lt, lh), (rt, rh) = expected_arrows_fw(DRAINAGE, zone)
    assert np.allclose((lh - lt) / np.linalg.norm(lh - lt), (out, -up))
    assert np.allclose((rh - rt) / np.linalg.norm(rh - rt), (-out, -up))


def test_a_custom_direction_turns_its_arrows():
    custom = DRAINAGE.with_zone("cheek", direction="down")
    tail, head = expected_arrows_fw(custom, "cheek")[0]
    assert head[1] > tail[1] and abs(head[0] - tail[0]) < 1e-9


def test_only_the_target_is_highlighted_not_the_zone_the_hand_is_on():
    hand = hand_on("forehead", (0.2, -0.24))
    image = Overlay(DRAINAGE).annotate(grey(), state("cheek", hands=[hand]))
    mask = target_pixels(image)
    assert near(mask, "cheek") > 50
    assert near(mask, "forehead") == 0


def test_without_a_goal_the_zone_the_hand_touches_is_the_target():
    assert target_zone(state(None, hands=[hand_on("jawline", (0.37, 0.58))])) == "jawline"
    assert target_zone(state(None, hands=[hand_on("jawline", (0.37, 0.58), touching=False)])) is None
    assert target_zone(state("neck", hands=[hand_on("jawline", (0.37, 0.58))])) == "neck"


def test_the_face_axes_are_drawn_only_when_asked_for():
    red = lambda image: np.all(image == (230, 70, 70), axis=-1).sum()  # noqa: E731
    plain = Overlay(DRAINAGE).annotate(grey(), state())
    debug = Overlay(DRAINAGE, show_axes=True).annotate(grey(), state())
    assert red(plain) == 0 and red(debug) > 0


def test_no_face_draws_only_the_panel():
    image = Overlay(DRAINAGE).annotate(grey(), state(face=None, cue="Good, 1 of 7 on the left cheek."))
    assert (image[:300] == 128).all()  # nothing on the picture's top
    assert (image[-40:] != 128).any()  # the cue at the bottom


def test_the_mirrored_picture_is_the_flip_of_the_plain_one_below_the_text():
    overlay = Overlay(DRAINAGE, label_zones="target")
    plain = overlay.annotate(grey(), state())  # no target: no label, no text
    mirrored = overlay.annotate(grey(), state(), mirror_display=True)
    assert np.array_equal(mirrored, plain[:, ::-1])


def test_counters_and_cues_are_large_and_fit_the_picture():
    tallies = tuple(ZoneTally(zone, "left", good=3, reversed=1) for zone in ZONES)
    cue = "Other way on the left cheek: stroke outward and upward, toward the ear, slowly."
    image = Overlay(DRAINAGE).annotate(grey(), state("cheek", tallies=tallies, cue=cue))
    changed_rows = np.nonzero((image != 128).any(axis=(1, 2)))[0]
    assert changed_rows.max() == WH[1] - 1  # the cue's band reaches the bottom
    assert len(wrap_text(cue, WH[0] - 24, 0.62)) == 2  # wrapped, not cut off


def test_wrap_text_keeps_every_word_in_order():
    text = "one two three four five six seven eight nine ten eleven twelve"
    rows = wrap_text(text, 120, 0.6)
    assert len(rows) > 1 and " ".join(rows) == text


def test_label_zones_is_checked():
    with pytest.raises(ValueError, match="label_zones"):
        Overlay(DRAINAGE, label_zones="some")


def test_a_counter_names_unsure_strokes_apart_from_faults():
    assert counter_line(ZoneTally("cheek", "left", good=2), 7) == "cheek L: 2/7 good"
    assert counter_line(ZoneTally("cheek", "left", good=2, reversed=1, too_fast=1), 7) == "cheek L: 2/7 good, 2 off"
    assert counter_line(ZoneTally("nose", "right", good=1, unsure=1), 7) == "nose R: 1/7 good, 1 unsure"
    assert counter_line(ZoneTally("nose", "right", off_path=1, unsure=2), 5) == "nose R: 0/5 good, 1 off, 2 unsure"
