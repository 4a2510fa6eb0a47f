"""The eighteenth held-out set (two young white people from the placeholder portraits of
Creative Tim's templates on npm, MIT as shipped: the young woman with freckles, wavy red
hair and a fringe of the Soft UI Dashboard (`ivana-square.jpg`, "Ivanna" in its profile
page, a placeholder name; another photo than the seventeenth set's `ivana`), a fair skin,
her head turned about 20 degrees to her right (FaceMesh's depth) and tilted about 17, her
raised left shoulder (a red sweater) hiding her neck, and the young man with stubble and
a short quiff of the Material Kit (`faces/marc.jpg`), a light skin, frontal, before a black
backdrop; seeds 23xx; 9 clips, 79 strokes, 2.5 MB): rendered and checked once, evaluated
once after the method was settled, then looked at; tuning material now (`--check`: the
hand found in 100 % of stroke frames in all eight stroke clips, the 15 fps one too; 95.1 % of the negatives' near-face frames, the passing hand in 45 %;
the face in 100 % of frames in eight clips and 98.1 % in the two-hands clip; median
fingertip errors 0.011-0.018 face widths: 0.011-0.014 in the 30 fps clips, 0.018 in the
15 fps and 24 fps ones). The 30 fps clips are compressed at crf 30 and all came out small
enough (0.29-0.36 MB; the 15 fps clip 0.13 MB, the 24 fps one 0.13 MB): nothing was
rendered again.
The same kinds of conditions as the seventeenth set (looked_at/seventeenth.py), other
zones, faults, gesture order (wave, nose scratch, pass, chin rest, mouth cover; a mouth
cover inside the 15 fps clip), sides and head turns. The Soft UI woman's fringe covers
her forehead, her hair her temples, and her shoulder her neck and the jaw on her near
side: her strokes are under her eyes, on her nose, cheeks and chin, never on her
forehead, temples, jaw or neck; all on her near (left) side with the left hand, but her
negatives (right hand); her clips lean her tilted head back by 6-8 degrees; her
turned-head clip turns her 7-19 degrees further to her right (about 26-38 in all; tag
yaw:38, the turn in all: the one HeadMotion gives is relative to the photo), her other
clips at most 8 back toward the camera or 2 further. The Material man's stubble covers
his chin, jaw and upper lip: his strokes are on his forehead, temples, under his eyes,
on his nose, cheeks (above the stubble) and neck (open between his collar's folds),
never on his chin or jaw; his clips turn his head at most 12 degrees either way."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

_EIGHTEENTH_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.93, 1.06),
                        hand_scale_fw=1.28, held_out=True)
# The hand: bending, middling in size (1.28 face widths), fingers a little shorter and the
# palm a little broader than the template's; a fair warm skin for the Soft UI woman, a
# light one for the Material Kit man, sleeves like their own clothes (her red sweater, his
# dark grey knit).
_REDHAIR = dict(face="redhair", hand_skin_rgb=(228.0, 180.0, 158.0),
                sleeve_rgb=(194.0, 42.0, 32.0), **_EIGHTEENTH_HAND)
_MARC = dict(face="marc", hand_skin_rgb=(212.0, 162.0, 136.0),
             sleeve_rgb=(64.0, 64.0, 62.0), **_EIGHTEENTH_HAND)

# An eighteenth person's pace: strokes of 0.9-1.5 s over 0.8-1.0 of the chord, returns of
# 0.35-0.65 s (lifts of 2-3.5 cm: the hand 4-8 % bigger), moves between zones of 0.6-0.9 s,
# pauses a quarter of the time (0.3-0.7 s), rests on the skin in a third of the good
# strokes (0.3-0.8 s); arrivals of 0.8-1.1 s, leaves of 0.5-0.8 s, absences of 0.6-1.1 s;
# too-fast strokes just under the limit (0.41-0.44 s against 0.45).
EIGHTEENTH_PACE = Timing(good_s=(0.9, 1.5), slow_fault_s=(1.0, 1.5),
                         too_fast_s=(0.41, 0.44), return_s=(0.35, 0.65),
                         move_s=(0.6, 0.9), pause_s=(0.3, 0.7), pause_chance=0.25,
                         approach_s=(0.8, 1.1), leave_s=(0.5, 0.8),
                         lift_peak=(1.04, 1.08), good_off_deg=25.0,
                         length_scale=(0.8, 1.0), rest_chance=0.33, rest_s=(0.3, 0.8),
                         land_straight=True, away_s=(0.6, 1.1))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_marc_small_lifts_routine",
        description="Material Kit's young man with stubble (a light skin; frontal, a black "
                    "backdrop); right hand on his right side: forehead, temple, cheek above "
                    "the stubble and neck, small lifts, rests on the skin, a fresh arrival "
                    "on the neck.",
        blocks=(Block("forehead", (G, G, F)), Block("temple", (G, O)),
                Block("cheek", (G, R)), Block("neck", (G, G), arrive=True)),
        hands=("right",), seed=2301, crf=30, timing=EIGHTEENTH_PACE, hand_roll_deg=5.0,
        **_MARC,
        look=Look(light_angle_deg=30.0, noise_sigma=2.0, tint_rgb=(1.0, 1.0, 1.01)),
        motion=HeadMotion(roll_deg=1.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-3.0,
                          yaw_amp_deg=6.0, period_s=9.4, phase=0.4)),
    ClipSpec(
        name="held_out_redhair_turned_head_ring_finger",
        description="Soft UI Dashboard's young woman with red hair and a fringe (a fair "
                    "skin; turned about 20 degrees to her right in the photo), her head "
                    "turned 7-19 degrees further, nodding; left hand on her near (left) "
                    "side: ring finger under the eye, cheek, nose, chin.",
        blocks=(Block("under_eye", (G, G, R), finger="ring"), Block("cheek", (G, F)),
                Block("nose", (G, G)), Block("chin", (G, O))),
        hands=("left",), seed=2311, crf=30, timing=EIGHTEENTH_PACE, hand_roll_deg=-5.0,
        **_REDHAIR,
        look=Look(light_angle_deg=140.0, noise_sigma=2.5, tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=7.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-13.0,
                          yaw_amp_deg=6.0, pitch_deg=1.0, pitch_amp_deg=6.0, period_s=10.4,
                          phase=0.6),
        tags=("yaw:38",)),
    ClipSpec(
        name="held_out_redhair_negatives",
        description="Soft UI Dashboard's young woman with red hair, no massage: a wave, a "
                    "nose scratch, a hand passing, the chin resting on the hand, a hand "
                    "over the mouth.",
        blocks=(Gesture("wave"), Gesture("nose_scratch"), Gesture("pass"),
                Gesture("chin_rest"), Gesture("mouth_cover")),
        hands=("right",), seed=2321, crf=30, **_REDHAIR,
        look=Look(noise_sigma=3.0, light_angle_deg=280.0, tint_rgb=(1.0, 0.99, 0.98)),
        motion=HeadMotion(scale=0.97, roll_deg=7.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=4.0, yaw_amp_deg=4.0, period_s=8.4, phase=1.2)),
    ClipSpec(
        name="held_out_marc_two_hands",
        description="Material Kit's young man, both hands at once on the temples, the "
                    "cheeks (above the stubble) and the forehead while his head turns "
                    "about 12 degrees either way and tilts.",
        blocks=(Block("temple", (G, G, R)), Block("cheek", (G, G)),
                Block("forehead", (G, F, G))),
        hands=("right", "left"), seed=2331, crf=30, timing=EIGHTEENTH_PACE, **_MARC,
        look=Look(light_angle_deg=200.0, noise_sigma=2.5, light_tilt=0.2),
        motion=HeadMotion(roll_deg=2.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-1.0,
                          yaw_amp_deg=11.0, pitch_deg=2.0, pitch_amp_deg=5.0, period_s=11.2,
                          phase=1.9)),
    ClipSpec(
        name="held_out_marc_15fps_blur_crf37_dim",
        description="Material Kit's young man at 15 fps with motion blur, strong "
                    "compression, a dim noisy warm room lit from his left; left hand on "
                    "his left side: under-eye and nose, a hand over the mouth, then neck "
                    "and temple.",
        blocks=(Block("under_eye", (G, G, O)), Block("nose", (G, R)),
                Gesture("mouth_cover"), Block("neck", (G, G)), Block("temple", (G, F))),
        hands=("left",), seed=2341, fps=15, crf=37, shutter_subframes=4,
        timing=EIGHTEENTH_PACE, hand_roll_deg=-4.0, **_MARC,
        look=Look(gain=0.58, gamma=1.15, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=20.0, tint_rgb=(1.05, 0.98, 0.9)),
        motion=HeadMotion(roll_deg=-2.0, roll_amp_deg=4.0, sway_px=(12.0, 7.0),
                          squash_amp=0.0, yaw_deg=3.0, yaw_amp_deg=5.0, period_s=8.6,
                          phase=0.3)),
    ClipSpec(
        name="held_out_redhair_24fps_far_camera",
        description="Soft UI Dashboard's young woman with red hair far from a 24 fps camera "
                    "(a smaller face), blur and compression; left hand on her near (left) "
                    "side: cheek, chin, under-eye and nose.",
        blocks=(Block("cheek", (G, G, F)), Block("chin", (G, R)),
                Block("under_eye", (G, G)), Block("nose", (G, O))),
        hands=("left",), seed=2351, fps=24, crf=36, shutter_subframes=3,
        timing=EIGHTEENTH_PACE, hand_roll_deg=-4.0, **_REDHAIR,
        look=Look(noise_sigma=4.0, light_angle_deg=80.0, tint_rgb=(1.01, 1.0, 0.98)),
        motion=HeadMotion(scale=0.66, scale_amp=0.04, roll_deg=6.0, roll_amp_deg=3.0,
                          squash_amp=0.0, yaw_deg=5.0, yaw_amp_deg=3.0, period_s=9.2,
                          phase=1.4)),
    ClipSpec(
        name="held_out_marc_lifting",
        description="Profile 'lifting'; Material Kit's young man; left hand on his left "
                    "side: cheek, forehead, temple and under-eye with faults near the "
                    "limits, a fresh arrival on the forehead.",
        blocks=(Block("cheek", (G, F)), Block("forehead", (G, G, O), arrive=True),
                Block("temple", (G, R)), Block("under_eye", (G, G))),
        hands=("left",), profile="lifting", seed=2361, crf=30, timing=EIGHTEENTH_PACE,
        hand_roll_deg=-6.0, **_MARC,
        look=Look(noise_sigma=2.0, gain=1.02, light_angle_deg=240.0,
                  tint_rgb=(1.0, 0.99, 0.98)),
        motion=HeadMotion(scale=0.98, roll_deg=-1.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=4.0, yaw_amp_deg=6.0, pitch_deg=-1.0, period_s=9.9,
                          phase=2.1)),
    ClipSpec(
        name="held_out_redhair_one_side_routine",
        description="Soft UI Dashboard's young woman with red hair; left hand on her near "
                    "(left) side in drainage order: chin, cheek, nose, under-eye.",
        blocks=(Block("chin", (G, G)), Block("cheek", (G, R, G)), Block("nose", (G, F)),
                Block("under_eye", (G, G))),
        hands=("left",), seed=2371, crf=30, timing=EIGHTEENTH_PACE, hand_roll_deg=-3.0,
        **_REDHAIR,
        look=Look(light_angle_deg=110.0, noise_sigma=2.5, gain=0.98,
                  tint_rgb=(1.0, 1.0, 0.98)),
        motion=HeadMotion(roll_deg=8.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=3.0,
                          yaw_amp_deg=5.0, period_s=10.6, phase=1.0)),
    ClipSpec(
        name="held_out_marc_mirrored_selfie",
        description="Material Kit's young man, a mirrored (selfie) recording; right hand "
                    "on his right side: neck, under-eye, nose and forehead, a fresh arrival "
                    "on the nose.",
        blocks=(Block("neck", (G, G)), Block("under_eye", (G, F, G)),
                Block("nose", (G, G), arrive=True), Block("forehead", (G, R))),
        hands=("right",), seed=2381, crf=30, mirrored=True, timing=EIGHTEENTH_PACE,
        hand_roll_deg=4.0, **_MARC,
        look=Look(light_angle_deg=330.0, noise_sigma=3.0, tint_rgb=(1.0, 0.99, 1.01)),
        motion=HeadMotion(roll_deg=2.0, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=-2.0,
                          yaw_amp_deg=6.0, period_s=8.8, phase=2.6)),
)
