"""The second held-out set (Marie Curie, Einstein; a short-fingered broad hand, another
person's pace OTHER_PACE, seeds 6xx): evaluated once in the session that made it, then
looked at; tuning material now."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The held-out hand: bending, shorter fingers and a broader palm than any tuning hand,
# bigger on the face; other skins and sleeves. The photos are greyscale: skin_lab_shift
# gives their face and neck skin a colour.
_HELD_OUT_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.9, 1.1),
                      hand_scale_fw=1.38, held_out=True)
_CURIE = dict(face="curie", hand_skin_rgb=(236.0, 196.0, 176.0), sleeve_rgb=(110.0, 35.0, 45.0),
              **_HELD_OUT_HAND)
_EINSTEIN = dict(face="einstein", hand_skin_rgb=(196.0, 150.0, 120.0),
                 sleeve_rgb=(92.0, 88.0, 80.0), **_HELD_OUT_HAND)
_CURIE_SKIN = (2.0, 9.0, 14.0)
_EINSTEIN_SKIN = (-3.0, 10.0, 15.0)

# Another person's pace for the held-out set: the motion statistics differ too (returns
# nearly as slow as strokes, shorter and longer strokes, more rests and pauses).
OTHER_PACE = Timing(good_s=(0.55, 1.6), slow_fault_s=(0.7, 1.5), too_fast_s=(0.36, 0.44),
                    return_s=(0.4, 0.9), move_s=(0.5, 1.1), pause_s=(0.2, 1.0),
                    pause_chance=0.35, lift_peak=(1.03, 1.09), good_off_deg=25.0,
                    length_scale=(0.7, 1.1), rest_chance=0.3, land_straight=True)

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_curie_small_lifts_routine",
        description="Marie Curie; right hand on four zones, small lifts, off-angle good "
                    "strokes, rests on the skin, fresh arrivals on the jaw and under the eye.",
        blocks=(Block("cheek", (G, G, F, G)), Block("jawline", (G, R, G), arrive=True),
                Block("forehead", (G, O, G)), Block("under_eye", (G, G), arrive=True)),
        hands=("right",), seed=601, timing=OTHER_PACE, hand_roll_deg=6.0, **_CURIE,
        look=Look(skin_lab_shift=_CURIE_SKIN, light_angle_deg=60.0, noise_sigma=3.0),
        motion=HeadMotion(roll_deg=-2.0, roll_amp_deg=4.0, period_s=8.5, phase=2.0)),
    ClipSpec(
        name="held_out_curie_turned_head_ring_finger",
        description="Marie Curie, head turned 24-40 degrees to her left and tilting; left "
                    "hand, ring finger under the eye, then nose, temple and chin.",
        blocks=(Block("under_eye", (G, G, R), finger="ring"), Block("nose", (G, G)),
                Block("temple", (G, F)), Block("chin", (G, O))),
        hands=("left",), seed=611, timing=OTHER_PACE, hand_roll_deg=-12.0, **_CURIE,
        look=Look(skin_lab_shift=_CURIE_SKIN, light_angle_deg=200.0, tint_rgb=(1.0, 0.97, 0.92)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=32.0, yaw_amp_deg=8.0,
                          pitch_deg=4.0, pitch_amp_deg=5.0, period_s=10.5)),
    ClipSpec(
        name="held_out_einstein_negatives",
        description="Einstein, no massage: a hand passing, a wave, scratching the nose, the "
                    "chin resting on the hand, a hand over the mouth.",
        blocks=(Gesture("pass"), Gesture("wave"), Gesture("nose_scratch"),
                Gesture("chin_rest"), Gesture("mouth_cover")),
        hands=("right",), seed=621, **_EINSTEIN,
        look=Look(skin_lab_shift=_EINSTEIN_SKIN, noise_sigma=3.0),
        motion=HeadMotion(scale=0.9, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=-14.0,
                          yaw_amp_deg=5.0, pitch_deg=-6.0, period_s=7.5, phase=0.5)),
    ClipSpec(
        name="held_out_curie_two_hands_turned_head",
        description="Marie Curie, both hands at once on cheeks, forehead and neck while "
                    "the head turns up to 30 degrees to her right and nods.",
        blocks=(Block("cheek", (G, G, R)), Block("forehead", (G, F)), Block("neck", (G, G))),
        hands=("right", "left"), seed=631, timing=OTHER_PACE, **_CURIE,
        look=Look(skin_lab_shift=_CURIE_SKIN, light_angle_deg=120.0),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-16.0, yaw_amp_deg=14.0,
                          pitch_amp_deg=7.0, period_s=9.5)),
    ClipSpec(
        name="held_out_einstein_15fps_blur_crf37_dim",
        description="Einstein at 15 fps with motion blur, strong compression, a dim noisy "
                    "room; left hand on cheek, jaw, chin and nose.",
        blocks=(Block("cheek", (G, G, F)), Block("jawline", (G, R)), Block("chin", (G, G)),
                Block("nose", (G,))),
        hands=("left",), seed=641, fps=15, crf=37, shutter_subframes=4, timing=OTHER_PACE,
        hand_roll_deg=8.0, **_EINSTEIN,
        look=Look(skin_lab_shift=_EINSTEIN_SKIN, gain=0.55, gamma=1.15, noise_sigma=5.0,
                  light_tilt=0.3, light_angle_deg=320.0, tint_rgb=(1.06, 0.98, 0.86)),
        motion=HeadMotion(scale=0.9, roll_amp_deg=5.0, sway_px=(14.0, 7.0), squash_amp=0.0,
                          yaw_deg=-14.0, pitch_deg=-6.0, period_s=6.5)),
    ClipSpec(
        name="held_out_curie_24fps_far_camera",
        description="Marie Curie far from a 24 fps camera (a smaller face), blur and "
                    "compression; right hand on forehead, temple, cheek and neck.",
        blocks=(Block("forehead", (G, G, R)), Block("temple", (G, G)), Block("cheek", (G, F)),
                Block("neck", (G,))),
        hands=("right",), seed=651, fps=24, crf=35, shutter_subframes=3, timing=OTHER_PACE,
        hand_roll_deg=-6.0, **_CURIE,
        look=Look(skin_lab_shift=_CURIE_SKIN, noise_sigma=4.0, light_angle_deg=20.0),
        motion=HeadMotion(scale=0.66, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.0)),
    ClipSpec(
        name="held_out_einstein_lifting",
        description="Profile 'lifting'; Einstein, right hand on jaw, cheek, forehead and "
                    "temple with faults near the limits, a fresh arrival on the forehead.",
        blocks=(Block("jawline", (G, O, G)), Block("cheek", (G, F)),
                Block("forehead", (G, R), arrive=True), Block("temple", (G, G))),
        hands=("right",), profile="lifting", seed=661, timing=OTHER_PACE, **_EINSTEIN,
        look=Look(skin_lab_shift=_EINSTEIN_SKIN, noise_sigma=2.5, tint_rgb=(0.97, 1.0, 1.04)),
        motion=HeadMotion(scale=0.9, roll_deg=3.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=-14.0, yaw_amp_deg=4.0, pitch_deg=-6.0, period_s=8.0)),
)
