"""The third held-out set (Luis Pedro Coelho, Takeo Kanade; a slender hand, a third person's
pace THIRD_PACE, seeds 8xx): evaluated once in the session that made it, then looked at;
tuning material now."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The third held-out set's hand: bending, slender (longer fingers, a narrow palm) and
# smaller on the face than any earlier hand; other skins and sleeves. Takeo Kanade's photo
# is greyscale: skin_lab_shift gives his face and neck skin a colour.
_SLENDER_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.06, 0.84),
                     hand_scale_fw=1.1, held_out=True)
_LUISPEDRO = dict(face="luispedro", hand_skin_rgb=(188.0, 136.0, 104.0),
                  sleeve_rgb=(48.0, 96.0, 82.0), **_SLENDER_HAND)
_TAKEO = dict(face="takeo", hand_skin_rgb=(224.0, 186.0, 152.0),
              sleeve_rgb=(34.0, 36.0, 46.0), **_SLENDER_HAND)
_TAKEO_SKIN = (3.0, 6.0, 13.0)

# A third person's pace: smaller lifts (1-3 cm), quick returns, strokes from brisk to
# slow, long rests on the skin, fewer but longer pauses.
THIRD_PACE = Timing(good_s=(0.55, 1.9), slow_fault_s=(0.8, 1.8), too_fast_s=(0.37, 0.44),
                    return_s=(0.3, 0.6), move_s=(0.7, 1.3), pause_s=(0.5, 1.6),
                    pause_chance=0.2, approach_s=(0.7, 1.1), leave_s=(0.6, 1.0),
                    lift_peak=(1.03, 1.08), good_off_deg=25.0, length_scale=(0.6, 1.0),
                    rest_chance=0.35, rest_s=(0.4, 1.0), land_straight=True,
                    away_s=(0.8, 1.6))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_luispedro_small_lifts_routine",
        description="Luis Pedro Coelho (his head turned about 20 degrees in the photo); "
                    "right hand on cheek, jaw, under-eye and temple, small lifts, rests on "
                    "the skin, a fresh arrival on the jaw.",
        blocks=(Block("cheek", (G, G, F, G)), Block("jawline", (G, R, G), arrive=True),
                Block("under_eye", (G, G)), Block("temple", (G, O))),
        hands=("right",), seed=801, timing=THIRD_PACE, hand_roll_deg=4.0, **_LUISPEDRO,
        look=Look(light_angle_deg=40.0, noise_sigma=2.5, tint_rgb=(1.04, 1.0, 0.94)),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=4.0, period_s=10.0, phase=0.7)),
    ClipSpec(
        name="held_out_takeo_turned_head_ring_finger",
        description="Takeo Kanade, head turned 22-38 degrees to his right and nodding; "
                    "right hand on his far side: ring finger under the eye, nose, chin, temple.",
        blocks=(Block("under_eye", (G, G, R), finger="ring"), Block("nose", (G, G)),
                Block("chin", (G, F)), Block("temple", (G, G))),
        hands=("right",), seed=811, timing=THIRD_PACE, hand_roll_deg=-10.0, **_TAKEO,
        look=Look(skin_lab_shift=_TAKEO_SKIN, light_angle_deg=140.0, noise_sigma=3.0),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-30.0, yaw_amp_deg=8.0,
                          pitch_deg=-3.0, pitch_amp_deg=6.0, period_s=11.5)),
    ClipSpec(
        name="held_out_takeo_negatives",
        description="Takeo Kanade, no massage: a hand over the mouth, a wave, the chin "
                    "resting on the hand, a hand passing, scratching the nose.",
        blocks=(Gesture("mouth_cover"), Gesture("wave"), Gesture("chin_rest"),
                Gesture("pass"), Gesture("nose_scratch")),
        hands=("right",), seed=821, **_TAKEO,
        look=Look(skin_lab_shift=_TAKEO_SKIN, noise_sigma=3.5, light_angle_deg=280.0),
        motion=HeadMotion(scale=0.95, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=8.0,
                          yaw_amp_deg=7.0, period_s=8.0, phase=1.5)),
    ClipSpec(
        name="held_out_luispedro_two_hands",
        description="Luis Pedro Coelho, both hands at once on forehead, cheeks and neck, "
                    "the head turning a little further either way.",
        blocks=(Block("forehead", (G, G, F)), Block("cheek", (G, R)), Block("neck", (G, G))),
        hands=("right", "left"), seed=831, timing=THIRD_PACE, **_LUISPEDRO,
        look=Look(light_angle_deg=100.0, noise_sigma=3.0, light_tilt=0.25),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=5.0, yaw_amp_deg=10.0,
                          period_s=9.0, phase=2.2)),
    ClipSpec(
        name="held_out_takeo_15fps_blur_crf36",
        description="Takeo Kanade at 15 fps with motion blur, strong compression, a noisy "
                    "bluish room; left hand on cheek, nose, jaw and chin, a nose scratch "
                    "between.",
        blocks=(Block("cheek", (G, G, F)), Block("nose", (G, R)), Gesture("nose_scratch"),
                Block("jawline", (G, G)), Block("chin", (O, G))),
        hands=("left",), seed=841, fps=15, crf=36, shutter_subframes=4, timing=THIRD_PACE,
        hand_roll_deg=7.0, **_TAKEO,
        look=Look(skin_lab_shift=_TAKEO_SKIN, gain=0.7, gamma=1.15, noise_sigma=5.5,
                  light_tilt=0.3, light_angle_deg=230.0, tint_rgb=(0.9, 0.98, 1.08)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(12.0, 9.0), period_s=7.0, phase=0.3)),
    ClipSpec(
        name="held_out_luispedro_24fps_far_camera",
        description="Luis Pedro Coelho far from a 24 fps camera (a smaller face), blur and "
                    "compression; right hand on forehead, under-eye, neck and temple.",
        blocks=(Block("forehead", (G, G, R)), Block("under_eye", (G, G)), Block("neck", (G, F)),
                Block("temple", (G, G))),
        hands=("right",), seed=851, fps=24, crf=35, shutter_subframes=2, timing=THIRD_PACE,
        hand_roll_deg=-5.0, **_LUISPEDRO,
        look=Look(noise_sigma=4.0, light_angle_deg=330.0, tint_rgb=(1.0, 1.02, 0.97)),
        motion=HeadMotion(scale=0.64, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.5,
                          phase=4.0)),
    ClipSpec(
        name="held_out_takeo_lifting",
        description="Profile 'lifting'; Takeo Kanade, left hand on jaw, cheek, forehead and "
                    "temple with faults near the limits, a fresh arrival on the forehead.",
        blocks=(Block("jawline", (G, O, G)), Block("cheek", (G, F)),
                Block("forehead", (G, R), arrive=True), Block("temple", (G, G))),
        hands=("left",), profile="lifting", seed=861, timing=THIRD_PACE, **_TAKEO,
        look=Look(skin_lab_shift=_TAKEO_SKIN, noise_sigma=2.5, gain=1.1,
                  light_angle_deg=190.0, tint_rgb=(1.03, 1.0, 0.96)),
        motion=HeadMotion(scale=0.95, roll_deg=-2.0, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=10.0, yaw_amp_deg=6.0, pitch_deg=4.0, period_s=8.5)),
)
