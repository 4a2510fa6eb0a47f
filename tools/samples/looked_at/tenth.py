"""The tenth held-out set (the young woman in Fotoxx's user guide and the young man of CImg's
example picture, given a medium brown skin; a small bending hand with the longest fingers so
far, a tenth person's pace TENTH_PACE, seeds 15xx; 9 clips, 86 strokes, 2.7 MB): rendered
once (`--check`: the hand found in 100 % of stroke frames in every stroke clip; 94.7 % of
the negatives' near-face frames, the passing hand in 41 %; the face in 100 % of frames,
99.4 % in the two-hands clip), evaluated once after the method was settled, then looked
at; tuning material now. A first render of all nine had strokes up to 1.2 chords (one
24 fps stroke 0.376 face widths long, over the catalogue tests' 0.36): the pace's lengths
were cut to 0.9-1.1 chords and all nine rendered again before anyone ran the coach. Neck
strokes only on the young woman (the young man's turtleneck covers his neck); her temple
strokes are on her left side (her own fingers hold her headphone at her right temple at
the photo's edge)."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The tenth held-out set's hand: bending, small (1.05 face widths, the smallest so far) with
# the longest fingers so far on a palm of the template's width; a light warm skin for
# Fotoxx's young woman, a medium brown one for the CImg picture's young man, new sleeves.
_SMALL_LONG_FINGERED_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.22, 1.0),
                                 hand_scale_fw=1.05, held_out=True)
_FOTOXX = dict(face="fotoxx", hand_skin_rgb=(226.0, 172.0, 146.0),
               sleeve_rgb=(128.0, 60.0, 100.0), **_SMALL_LONG_FINGERED_HAND)
_CIMG = dict(face="cimg", hand_skin_rgb=(160.0, 112.0, 84.0),
             sleeve_rgb=(84.0, 100.0, 60.0), **_SMALL_LONG_FINGERED_HAND)
# The CImg picture is greyscale: his face and neck skin is given a medium brown colour.
_CIMG_SKIN = (-12.0, 11.0, 19.0)

# A tenth person's pace: slow, long strokes (1.2-2.0 s, most of the chord to a little
# beyond) with quick, low returns (0.25-0.4 s, the hand 4-7 % bigger), quick moves between
# zones, few and short pauses, rests on the skin rare but long; brisk arrivals and leaves
# after short absences; too-fast strokes just under the limit.
TENTH_PACE = Timing(good_s=(1.2, 2.0), slow_fault_s=(1.1, 1.8), too_fast_s=(0.38, 0.43),
                    return_s=(0.25, 0.4), move_s=(0.45, 0.7), pause_s=(0.1, 0.3),
                    pause_chance=0.15, approach_s=(0.6, 0.9), leave_s=(0.45, 0.7),
                    lift_peak=(1.04, 1.07), good_off_deg=25.0, length_scale=(0.9, 1.1),
                    rest_chance=0.15, rest_s=(0.5, 1.0), land_straight=True,
                    away_s=(0.4, 0.8))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_fotoxx_small_lifts_routine",
        description="Fotoxx's young woman; left hand on jaw, under-eye, forehead and neck, "
                    "small lifts, rests on the skin, a fresh arrival on the forehead.",
        blocks=(Block("jawline", (G, G, F)), Block("under_eye", (G, R)),
                Block("forehead", (G, G, O), arrive=True), Block("neck", (G, G))),
        hands=("left",), seed=1501, timing=TENTH_PACE, hand_roll_deg=-5.0, **_FOTOXX,
        look=Look(light_angle_deg=100.0, noise_sigma=2.5, tint_rgb=(1.0, 1.01, 0.98)),
        motion=HeadMotion(roll_deg=-1.0, roll_amp_deg=3.0, period_s=8.9, phase=0.5)),
    ClipSpec(
        name="held_out_cimg_turned_head_ring_finger",
        description="The CImg picture's young man, his head turned 22-38 degrees to his "
                    "left, nodding; left hand on his far side: ring finger under the eye, "
                    "chin, forehead, nose.",
        blocks=(Block("under_eye", (G, G, F), finger="ring"), Block("chin", (G, R, G)),
                Block("forehead", (G, G)), Block("nose", (G, O, G))),
        hands=("left",), seed=1511, timing=TENTH_PACE, hand_roll_deg=-6.0, **_CIMG,
        look=Look(skin_lab_shift=_CIMG_SKIN, light_angle_deg=330.0, noise_sigma=3.0,
                  tint_rgb=(1.01, 1.0, 0.98)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=30.0, yaw_amp_deg=8.0,
                          pitch_deg=2.0, pitch_amp_deg=6.0, period_s=10.5, phase=0.4)),
    ClipSpec(
        name="held_out_fotoxx_negatives",
        description="Fotoxx's young woman, no massage: scratching the nose, a hand passing, "
                    "a wave, a hand over the mouth, the chin resting on the hand.",
        blocks=(Gesture("nose_scratch"), Gesture("pass"), Gesture("wave"),
                Gesture("mouth_cover"), Gesture("chin_rest")),
        hands=("left",), seed=1521, **_FOTOXX,
        look=Look(noise_sigma=3.5, light_angle_deg=210.0, tint_rgb=(0.98, 1.0, 1.03)),
        motion=HeadMotion(scale=0.96, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=-7.0,
                          yaw_amp_deg=6.0, period_s=8.1, phase=1.4)),
    ClipSpec(
        name="held_out_cimg_two_hands",
        description="The CImg picture's young man, both hands at once long on the cheeks "
                    "and the forehead (covering much of the face) while the head turns "
                    "8-36 degrees to his right.",
        blocks=(Block("cheek", (G, G, O, G)), Block("forehead", (G, R, G))),
        hands=("right", "left"), seed=1531, timing=TENTH_PACE, **_CIMG,
        look=Look(skin_lab_shift=_CIMG_SKIN, light_angle_deg=240.0, noise_sigma=3.0,
                  light_tilt=0.25),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-22.0, yaw_amp_deg=14.0,
                          pitch_deg=2.0, pitch_amp_deg=4.0, period_s=10.4, phase=2.1)),
    ClipSpec(
        name="held_out_fotoxx_15fps_blur_crf37_dim",
        description="Fotoxx's young woman at 15 fps with motion blur, strong compression, a "
                    "dim noisy bluish room lit from her left; left hand on cheek, temple, "
                    "chin and jaw, a hand over the mouth between.",
        blocks=(Block("cheek", (G, G, G)), Block("temple", (G, F)), Gesture("mouth_cover"),
                Block("chin", (G, R)), Block("jawline", (G, O))),
        hands=("left",), seed=1541, fps=15, crf=37, shutter_subframes=4, timing=TENTH_PACE,
        hand_roll_deg=-4.0, **_FOTOXX,
        look=Look(gain=0.58, gamma=1.13, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=150.0, tint_rgb=(0.92, 0.98, 1.06)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(12.0, 8.0), period_s=7.3, phase=0.9)),
    ClipSpec(
        name="held_out_cimg_24fps_far_camera",
        description="The CImg picture's young man far from a 24 fps camera (a smaller face), "
                    "blur and compression; right hand on cheek, jaw, temple, nose and "
                    "under-eye.",
        blocks=(Block("cheek", (G, F)), Block("jawline", (G, G)), Block("temple", (G, R)),
                Block("nose", (G, G)), Block("under_eye", (G, G))),
        hands=("right",), seed=1551, fps=24, crf=36, shutter_subframes=3, timing=TENTH_PACE,
        hand_roll_deg=4.0, **_CIMG,
        look=Look(skin_lab_shift=_CIMG_SKIN, noise_sigma=4.0, light_angle_deg=60.0,
                  tint_rgb=(1.03, 1.0, 0.97)),
        motion=HeadMotion(scale=0.65, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.1,
                          phase=1.7)),
    ClipSpec(
        name="held_out_fotoxx_lifting",
        description="Profile 'lifting'; Fotoxx's young woman; right hand on jaw, cheek, chin "
                    "and forehead with faults near the limits, a fresh arrival on the cheek.",
        blocks=(Block("jawline", (G, G, R)), Block("cheek", (G, F, G), arrive=True),
                Block("chin", (G, O)), Block("forehead", (G, G))),
        hands=("right",), profile="lifting", seed=1561, timing=TENTH_PACE, **_FOTOXX,
        look=Look(noise_sigma=2.5, gain=1.03, light_angle_deg=20.0,
                  tint_rgb=(1.02, 1.0, 0.98)),
        motion=HeadMotion(scale=0.97, roll_deg=1.0, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=-6.0, yaw_amp_deg=6.0, pitch_deg=-2.0, period_s=9.4)),
    ClipSpec(
        name="held_out_cimg_one_side_routine",
        description="The CImg picture's young man; right hand on every zone of his right "
                    "side but the neck, in drainage order (chin, jaw, nose, cheek, ring "
                    "finger under the eye, forehead, temple).",
        blocks=(Block("chin", (G, O)), Block("jawline", (G, G)), Block("nose", (G, R)),
                Block("cheek", (G,)), Block("under_eye", (G, F), finger="ring"),
                Block("forehead", (G, G)), Block("temple", (G,))),
        hands=("right",), seed=1571, timing=TENTH_PACE, hand_roll_deg=5.0, **_CIMG,
        look=Look(skin_lab_shift=_CIMG_SKIN, light_angle_deg=170.0, noise_sigma=2.5,
                  gain=0.93, tint_rgb=(1.0, 0.98, 1.02)),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=3.0, period_s=9.7, phase=0.8)),
    ClipSpec(
        name="held_out_fotoxx_mirrored_selfie",
        description="Fotoxx's young woman, a mirrored (selfie) recording; left hand on "
                    "neck, nose, temple and under-eye, a fresh arrival on the temple.",
        blocks=(Block("neck", (G, R)), Block("nose", (G, G, F)),
                Block("temple", (G, G, O), arrive=True), Block("under_eye", (G, G))),
        hands=("left",), seed=1581, mirrored=True, timing=TENTH_PACE, hand_roll_deg=-3.0,
        **_FOTOXX,
        look=Look(light_angle_deg=280.0, noise_sigma=3.0, tint_rgb=(1.0, 0.99, 1.02)),
        motion=HeadMotion(roll_deg=-1.5, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=5.0,
                          yaw_amp_deg=5.0, period_s=8.6, phase=2.4)),
)
