"""The fourth held-out set (John Ousterhout, Justin Shenk; a long-fingered hand, a fourth
person's pace FOURTH_PACE, seeds 9xx; 7 clips, 60 strokes): rendered once (`--check`: the
hand found in 100 % of stroke frames, the face in 100 %), evaluated once after the method
was settled, then looked at; tuning material now."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The fourth held-out set's hand: bending, with the longest fingers of any hand so far on a
# palm about the template's width, mid-sized on the face; other skins and sleeves.
_LONG_FINGERED_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.15, 0.98),
                           hand_scale_fw=1.18, held_out=True)
_OUSTER = dict(face="ouster", hand_skin_rgb=(230.0, 176.0, 158.0),
               sleeve_rgb=(150.0, 178.0, 212.0), **_LONG_FINGERED_HAND)
_JUSTIN = dict(face="justin", hand_skin_rgb=(218.0, 170.0, 142.0),
               sleeve_rgb=(58.0, 62.0, 80.0), **_LONG_FINGERED_HAND)

# A fourth person's pace: deliberate strokes (never brisk), the largest of the realistic
# lifts (2-4 cm), slow returns and moves, short rests on the skin, slow arrivals after
# short absences.
FOURTH_PACE = Timing(good_s=(0.7, 1.5), slow_fault_s=(0.9, 1.7), too_fast_s=(0.38, 0.43),
                     return_s=(0.45, 0.8), move_s=(0.8, 1.2), pause_s=(0.25, 0.8),
                     pause_chance=0.3, approach_s=(1.0, 1.4), leave_s=(0.7, 1.2),
                     lift_peak=(1.05, 1.10), good_off_deg=25.0, length_scale=(0.75, 1.05),
                     rest_chance=0.3, rest_s=(0.25, 0.6), land_straight=True,
                     away_s=(0.6, 1.0))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_justin_small_lifts_routine",
        description="Justin Shenk; right hand on forehead, cheek, nose and chin, small "
                    "lifts, rests on the skin, a fresh arrival on the cheek.",
        blocks=(Block("forehead", (G, G, O, G)), Block("cheek", (G, F, G), arrive=True),
                Block("nose", (G, R)), Block("chin", (G, G))),
        hands=("right",), seed=901, timing=FOURTH_PACE, hand_roll_deg=-4.0, **_JUSTIN,
        look=Look(light_angle_deg=75.0, noise_sigma=2.5, tint_rgb=(1.0, 0.98, 1.03)),
        motion=HeadMotion(roll_deg=-1.5, roll_amp_deg=4.0, period_s=8.8, phase=2.9)),
    ClipSpec(
        name="held_out_ouster_turned_head_ring_finger",
        description="John Ousterhout, head turned 22-38 degrees to his left and nodding; "
                    "left hand on his far side: ring finger under the eye, cheek, jaw, "
                    "temple.",
        blocks=(Block("under_eye", (G, G, O), finger="ring"), Block("cheek", (G, R)),
                Block("jawline", (G, G)), Block("temple", (G, F))),
        hands=("left",), seed=911, timing=FOURTH_PACE, hand_roll_deg=9.0, **_OUSTER,
        look=Look(light_angle_deg=15.0, noise_sigma=3.0, tint_rgb=(1.03, 1.0, 0.95)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=30.0, yaw_amp_deg=8.0,
                          pitch_deg=3.0, pitch_amp_deg=5.0, period_s=12.0, phase=0.4)),
    ClipSpec(
        name="held_out_justin_negatives",
        description="Justin Shenk, no massage: the chin resting on the hand, scratching "
                    "the nose, a wave, a hand over the mouth, a hand passing.",
        blocks=(Gesture("chin_rest"), Gesture("nose_scratch"), Gesture("wave"),
                Gesture("mouth_cover"), Gesture("pass")),
        hands=("left",), seed=921, **_JUSTIN,
        look=Look(noise_sigma=3.5, light_angle_deg=170.0, tint_rgb=(0.98, 1.0, 1.02)),
        motion=HeadMotion(scale=0.93, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=-9.0,
                          yaw_amp_deg=6.0, period_s=7.8, phase=0.9)),
    ClipSpec(
        name="held_out_ouster_two_hands",
        description="John Ousterhout, both hands at once on cheeks, jaw and forehead, the "
                    "head turning a little either way and tilting up.",
        blocks=(Block("cheek", (G, G, O)), Block("jawline", (G, G)), Block("forehead", (G, R))),
        hands=("right", "left"), seed=931, timing=FOURTH_PACE, **_OUSTER,
        look=Look(light_angle_deg=300.0, noise_sigma=3.0, light_tilt=0.2),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-4.0, yaw_amp_deg=11.0,
                          pitch_deg=3.0, pitch_amp_deg=4.0, period_s=10.0, phase=1.7)),
    ClipSpec(
        name="held_out_justin_15fps_blur_crf37_dim",
        description="Justin Shenk at 15 fps with motion blur, strong compression, a dim "
                    "noisy warm room; right hand on cheek, jaw, temple and neck, a wave "
                    "between.",
        blocks=(Block("cheek", (G, G)), Gesture("wave"), Block("jawline", (G, F)),
                Block("temple", (G, R)), Block("neck", (G, G))),
        hands=("right",), seed=941, fps=15, crf=37, shutter_subframes=4, timing=FOURTH_PACE,
        hand_roll_deg=-7.0, **_JUSTIN,
        look=Look(gain=0.58, gamma=1.12, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=215.0, tint_rgb=(1.08, 0.97, 0.85)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(13.0, 8.0), period_s=6.8, phase=2.4)),
    ClipSpec(
        name="held_out_ouster_24fps_far_camera",
        description="John Ousterhout far from a 24 fps camera (a smaller face), blur and "
                    "compression; left hand on cheek, nose, chin and forehead.",
        blocks=(Block("cheek", (G, G, R)), Block("nose", (G, G)), Block("chin", (G, F)),
                Block("forehead", (G, O))),
        hands=("left",), seed=951, fps=24, crf=36, shutter_subframes=3, timing=FOURTH_PACE,
        hand_roll_deg=5.0, **_OUSTER,
        look=Look(noise_sigma=4.0, light_angle_deg=345.0, tint_rgb=(0.97, 1.0, 1.04)),
        motion=HeadMotion(scale=0.66, scale_amp=0.04, roll_amp_deg=3.0, period_s=10.5,
                          phase=3.1)),
    ClipSpec(
        name="held_out_justin_lifting",
        description="Profile 'lifting'; Justin Shenk, right hand on under-eye, jaw, neck "
                    "and cheek with faults near the limits, a fresh arrival on the neck.",
        blocks=(Block("under_eye", (G, G)), Block("jawline", (G, R, G)),
                Block("neck", (G, F), arrive=True), Block("cheek", (G, O))),
        hands=("right",), profile="lifting", seed=961, timing=FOURTH_PACE, **_JUSTIN,
        look=Look(noise_sigma=2.5, gain=1.05, light_angle_deg=120.0,
                  tint_rgb=(1.02, 1.0, 0.97)),
        motion=HeadMotion(scale=0.94, roll_deg=2.0, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=-8.0, yaw_amp_deg=6.0, pitch_deg=-3.0, period_s=9.2)),
)
