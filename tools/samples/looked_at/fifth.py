"""The fifth held-out set (the unnamed young man with glasses of opencv's G-API tutorial
picture, Filippo Giunchedi; a stocky hand, a fifth person's pace FIFTH_PACE, seeds 10xx;
7 clips, 61 strokes): rendered once (`--check`: the hand found in 100 % of stroke frames,
the face in 100 %), evaluated once after the method was settled, then looked at; tuning
material now. The same kinds of conditions as the fourth set, other zones, faults, gesture
order, sides and head turns."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The fifth held-out set's hand: bending, stocky (fingers a little shorter than the
# template's on a slightly broad palm), between the earlier hands in size on the face;
# other skins and sleeves.
_STOCKY_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.95, 1.04),
                    hand_scale_fw=1.27, held_out=True)
_GAPI = dict(face="gapi", hand_skin_rgb=(228.0, 184.0, 162.0), sleeve_rgb=(96.0, 112.0, 70.0),
             **_STOCKY_HAND)
_GIUNCHEDI = dict(face="giunchedi", hand_skin_rgb=(204.0, 156.0, 126.0),
                  sleeve_rgb=(30.0, 30.0, 34.0), **_STOCKY_HAND)

# A fifth person's pace: brisk, even strokes a little longer than the zone's chord, quick
# returns, frequent short pauses, few rests on the skin but long ones, longer absences.
FIFTH_PACE = Timing(good_s=(0.6, 1.25), slow_fault_s=(0.75, 1.3), too_fast_s=(0.36, 0.42),
                    return_s=(0.35, 0.55), move_s=(0.55, 0.95), pause_s=(0.15, 0.5),
                    pause_chance=0.4, approach_s=(0.7, 1.0), leave_s=(0.5, 0.8),
                    lift_peak=(1.04, 1.09), good_off_deg=25.0, length_scale=(0.8, 1.15),
                    rest_chance=0.2, rest_s=(0.6, 1.2), land_straight=True,
                    away_s=(0.7, 1.3))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_giunchedi_small_lifts_routine",
        description="Filippo Giunchedi; left hand on jaw, temple, under-eye and neck, small "
                    "lifts, rests on the skin, a fresh arrival on the temple.",
        blocks=(Block("jawline", (G, G, R)), Block("temple", (G, F, G), arrive=True),
                Block("under_eye", (G, G)), Block("neck", (G, O))),
        hands=("left",), seed=1001, timing=FIFTH_PACE, hand_roll_deg=6.0, **_GIUNCHEDI,
        look=Look(light_angle_deg=130.0, noise_sigma=2.5, tint_rgb=(1.02, 1.0, 0.97)),
        motion=HeadMotion(roll_deg=1.0, roll_amp_deg=3.5, period_s=9.4, phase=1.1)),
    ClipSpec(
        name="held_out_gapi_turned_head_ring_finger",
        description="The young man with glasses, head turned 24-40 degrees to his right and "
                    "looking down a little; left hand on his near side: ring finger under "
                    "the eye, nose, chin, forehead.",
        blocks=(Block("under_eye", (G, R, G), finger="ring"), Block("nose", (G, G)),
                Block("chin", (G, F)), Block("forehead", (G, O))),
        hands=("left",), seed=1011, timing=FIFTH_PACE, hand_roll_deg=-6.0, **_GAPI,
        look=Look(light_angle_deg=60.0, noise_sigma=3.0, tint_rgb=(0.98, 1.0, 1.03)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-32.0, yaw_amp_deg=8.0,
                          pitch_deg=-4.0, pitch_amp_deg=6.0, period_s=11.0, phase=2.0)),
    ClipSpec(
        name="held_out_giunchedi_negatives",
        description="Filippo Giunchedi, no massage: scratching the nose, a hand passing, a "
                    "hand over the mouth, a wave, the chin resting on the hand.",
        blocks=(Gesture("nose_scratch"), Gesture("pass"), Gesture("mouth_cover"),
                Gesture("wave"), Gesture("chin_rest")),
        hands=("right",), seed=1021, **_GIUNCHEDI,
        look=Look(noise_sigma=3.5, light_angle_deg=20.0, tint_rgb=(1.0, 1.01, 0.98)),
        motion=HeadMotion(scale=0.92, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=12.0,
                          yaw_amp_deg=6.0, period_s=8.3, phase=0.2)),
    ClipSpec(
        name="held_out_gapi_two_hands",
        description="The young man with glasses, both hands at once on temples, under the "
                    "eyes and on the chin, the head turning a little either way and nodding.",
        blocks=(Block("temple", (G, O, G)), Block("under_eye", (G, G)),
                Block("chin", (G, R, G))),
        hands=("right", "left"), seed=1031, timing=FIFTH_PACE, **_GAPI,
        look=Look(light_angle_deg=200.0, noise_sigma=3.0, light_tilt=0.2),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=6.0, yaw_amp_deg=10.0,
                          pitch_deg=-3.0, pitch_amp_deg=4.0, period_s=9.6, phase=0.6)),
    ClipSpec(
        name="held_out_gapi_15fps_blur_crf37_dim",
        description="The young man with glasses at 15 fps with motion blur, strong "
                    "compression, a dim noisy greenish room; right hand on forehead, nose, "
                    "cheek and chin, the chin resting on the hand between.",
        blocks=(Block("forehead", (G, R)), Gesture("chin_rest"), Block("nose", (G, G)),
                Block("cheek", (G, F)), Block("chin", (G, G))),
        hands=("right",), seed=1041, fps=15, crf=37, shutter_subframes=4, timing=FIFTH_PACE,
        hand_roll_deg=8.0, **_GAPI,
        look=Look(gain=0.56, gamma=1.14, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=100.0, tint_rgb=(0.94, 1.04, 0.9)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(11.0, 10.0), period_s=7.4, phase=1.3)),
    ClipSpec(
        name="held_out_giunchedi_24fps_far_camera",
        description="Filippo Giunchedi far from a 24 fps camera (a smaller face), blur and "
                    "compression; right hand on neck, chin, temple and under-eye.",
        blocks=(Block("neck", (G, G)), Block("chin", (G, O, G)), Block("temple", (G, R)),
                Block("under_eye", (G, F))),
        hands=("right",), seed=1051, fps=24, crf=35, shutter_subframes=3, timing=FIFTH_PACE,
        hand_roll_deg=-9.0, **_GIUNCHEDI,
        look=Look(noise_sigma=4.0, light_angle_deg=280.0, tint_rgb=(1.03, 1.0, 0.96)),
        motion=HeadMotion(scale=0.67, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.8,
                          phase=2.6)),
    ClipSpec(
        name="held_out_giunchedi_lifting",
        description="Profile 'lifting'; Filippo Giunchedi, left hand on forehead, nose, "
                    "temple and chin with faults near the limits, a fresh arrival on the "
                    "temple.",
        blocks=(Block("forehead", (G, F)), Block("nose", (G, G)),
                Block("temple", (G, R, G), arrive=True), Block("chin", (G, O))),
        hands=("left",), profile="lifting", seed=1061, timing=FIFTH_PACE, **_GIUNCHEDI,
        look=Look(noise_sigma=2.5, gain=1.05, light_angle_deg=320.0,
                  tint_rgb=(1.0, 0.99, 1.02)),
        motion=HeadMotion(scale=0.94, roll_deg=-2.5, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=9.0, yaw_amp_deg=6.0, pitch_deg=3.0, period_s=8.7)),
)
