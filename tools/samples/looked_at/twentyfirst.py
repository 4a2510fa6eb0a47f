"""The twenty-first held-out set (two young people from placeholder portraits of two theme
packages on npm, MIT as shipped: the young Black man with a full beard of Themesberg's Volt
dashboard (`faces/volt.jpg`, the "Neil Sims" of its settings page), a dark brown skin, frontal,
and the young woman with long auburn hair of Creative Tim's Soft UI Dashboard
(`faces/auburn.jpg`, its `marie.jpg`), a fair skin, her head turned about 21 degrees to her
left (FaceMesh's depth) and her eyes past the camera; seeds 26xx; 9 clips, 83 strokes (75 in
the script; the two-hands clip's 8 are done by both hands: 16), 3.2 MB): rendered and checked
once, evaluated once after the method was settled, then looked at; tuning material now
(`--check`: the hand found in 100 % of stroke frames in all eight stroke clips, the 15 fps one
too, and in 100 % of its nose scratch's frames; 93.8 % of the negatives' near-face frames, the
passing hand in 34 %; the face in 100 % of frames in all nine clips; median fingertip errors
0.015-0.056 face widths: 0.015-0.023 in the Soft UI woman's clips (0.020 in her 15 fps one,
0.023 in the negatives), 0.037-0.056 in the Volt man's (maybe a dark hand on a dark skin before
busy graffiti; 0.056 in his 24 fps one), larger than the twentieth set's 0.034 but inside the
earlier sets' 0.065. The 30 fps clips are compressed at crf 30 and came out at 0.32-0.47 MB
(0.32-0.40 for her, 0.41-0.47 for him: the graffiti and his striped T-shirt cost bits; the 15
fps clip 0.15 MB, the 24 fps one 0.18 MB): nothing was rendered again. The same kinds of
conditions as the twentieth set (looked_at/twentieth.py), other zones, faults, gesture order (a
pass, a nose scratch, a mouth cover, a chin rest, a wave; a nose scratch inside the 15 fps
clip), sides and head turns; this time the frontal face does the two-hands, 24 fps, lifting,
one-side and mirrored clips, the turned one the small lifts, the turned head, the negatives and
the 15 fps clip. The Volt man's short hair leaves his forehead and temples bare, and his full
beard and moustache cover his chin, jaw line and upper lip and go on under his chin, so that
only a short strip of neck shows above his T-shirt's collar: his strokes are on his forehead,
temples, under his eyes, on his nose and cheeks (above the beard), never on his chin, jaw or
neck; both sides (he is frontal); his clips turn his head at most 12 degrees either way. The
Soft UI woman's hair sweeps over the top of her forehead and down over both temples (tucked
behind her near ear), and on her far side over her cheek's edge and jaw: her strokes are on her
forehead (below the hair), under her eyes, on her nose, cheeks, chin, jaw line and neck (long
and bare above a white T-shirt), never on her temples; all on her near (right) side with the
right hand; her clips lean her head back by 3-4.5 degrees (it is tilted about 6 in the photo);
her turned-head clip turns her 9-18 degrees further to her left (about 30-39 in all; tag
yaw:40), her other clips up to 12 back toward the camera or 1 further (about 9-22 in all)."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

_TWENTY_FIRST_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.04, 0.96),
                          hand_scale_fw=1.31, held_out=True)
# The hand: bending, biggish (1.31 face widths), fingers a little longer than the
# template's and a palm a little narrower; a dark brown skin for the Volt man, a fair warm
# one for the Soft UI woman, sleeves like their clothes (his pink-and-blue striped T-shirt,
# a pink one; her white T-shirt).
_VOLT = dict(face="volt", hand_skin_rgb=(96.0, 62.0, 46.0),
             sleeve_rgb=(212.0, 92.0, 118.0), **_TWENTY_FIRST_HAND)
_AUBURN = dict(face="auburn", hand_skin_rgb=(238.0, 197.0, 176.0),
               sleeve_rgb=(234.0, 233.0, 228.0), **_TWENTY_FIRST_HAND)

# A twenty-first person's pace: strokes of 0.95-1.55 s over 0.74-0.97 of the chord, returns
# of 0.38-0.62 s (lifts of 2-4 cm: the hand 5-9 % bigger), moves between zones of 0.6-0.85
# s, pauses 28 % of the time (0.3-0.8 s), rests on the skin in 32 % of the good strokes
# (0.45-0.9 s); arrivals of 0.9-1.3 s, leaves of 0.5-0.9 s, absences of 0.65-1.25 s;
# too-fast strokes just under the limit (0.42-0.44 s against 0.45).
TWENTY_FIRST_PACE = Timing(good_s=(0.95, 1.55), slow_fault_s=(1.1, 1.6),
                           too_fast_s=(0.42, 0.44), return_s=(0.38, 0.62),
                           move_s=(0.6, 0.85), pause_s=(0.3, 0.8), pause_chance=0.28,
                           approach_s=(0.9, 1.3), leave_s=(0.5, 0.9),
                           lift_peak=(1.05, 1.09), good_off_deg=25.0,
                           length_scale=(0.74, 0.97), rest_chance=0.32, rest_s=(0.45, 0.9),
                           land_straight=True, away_s=(0.65, 1.25))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_auburn_small_lifts_routine",
        description="Soft UI Dashboard's young woman with long auburn hair (a fair skin; "
                    "turned about 21 degrees to her left in the photo); right hand on her "
                    "near (right) side: neck, jaw, cheek and forehead, small lifts, rests on "
                    "the skin, a fresh arrival on the forehead.",
        blocks=(Block("neck", (G, G, F)), Block("jawline", (G, G)),
                Block("cheek", (G, R, G)), Block("forehead", (G, O), arrive=True)),
        hands=("right",), seed=2601, crf=30, timing=TWENTY_FIRST_PACE, hand_roll_deg=5.0,
        **_AUBURN,
        look=Look(light_angle_deg=130.0, noise_sigma=2.0, tint_rgb=(1.0, 0.99, 0.99)),
        motion=HeadMotion(roll_deg=-4.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-5.0,
                          yaw_amp_deg=5.0, period_s=9.8, phase=0.5)),
    ClipSpec(
        name="held_out_auburn_turned_head_ring_finger",
        description="Soft UI Dashboard's young woman with auburn hair (turned about 21 "
                    "degrees to her left in the photo), her head turned 9-18 degrees "
                    "further, nodding; right hand on her near (right) side: neck, ring "
                    "finger under the eye, jaw and chin.",
        blocks=(Block("neck", (G, G)), Block("under_eye", (G, F, G), finger="ring"),
                Block("jawline", (G, R)), Block("chin", (G, O))),
        hands=("right",), seed=2611, crf=30, timing=TWENTY_FIRST_PACE, hand_roll_deg=7.0,
        **_AUBURN,
        look=Look(light_angle_deg=60.0, noise_sigma=2.5, tint_rgb=(1.0, 1.0, 1.01)),
        motion=HeadMotion(roll_deg=-3.5, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=13.5,
                          yaw_amp_deg=4.5, pitch_deg=-1.0, pitch_amp_deg=5.0, period_s=10.2,
                          phase=0.9),
        tags=("yaw:40",)),
    ClipSpec(
        name="held_out_auburn_negatives",
        description="Soft UI Dashboard's young woman with auburn hair, no massage: a hand "
                    "passing, a nose scratch, a hand over the mouth, the chin resting on "
                    "the hand, a wave.",
        blocks=(Gesture("pass"), Gesture("nose_scratch"), Gesture("mouth_cover"),
                Gesture("chin_rest"), Gesture("wave")),
        hands=("right",), seed=2621, crf=30, **_AUBURN,
        look=Look(noise_sigma=3.0, light_angle_deg=230.0, tint_rgb=(1.0, 1.0, 0.98)),
        motion=HeadMotion(scale=0.98, roll_deg=-3.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=-7.0, yaw_amp_deg=5.0, period_s=8.6, phase=1.8)),
    ClipSpec(
        name="held_out_volt_two_hands",
        description="Volt's young man with a full beard (a dark brown skin; frontal), both "
                    "hands at once on the temples, the cheeks and the forehead while his "
                    "head turns about 12 degrees either way and tilts.",
        blocks=(Block("temple", (G, G, F)), Block("cheek", (G, O, G)),
                Block("forehead", (G, R))),
        hands=("left", "right"), seed=2631, crf=30, timing=TWENTY_FIRST_PACE, **_VOLT,
        look=Look(light_angle_deg=300.0, noise_sigma=2.5, light_tilt=0.2),
        motion=HeadMotion(roll_deg=1.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=1.0,
                          yaw_amp_deg=11.0, pitch_deg=-1.0, pitch_amp_deg=5.0,
                          period_s=10.8, phase=0.2)),
    ClipSpec(
        name="held_out_auburn_15fps_blur_crf37_dim",
        description="Soft UI Dashboard's young woman with auburn hair at 15 fps with motion "
                    "blur, strong compression, a dim noisy warm room lit from her right; "
                    "right hand on her near (right) side: chin and nose, a nose scratch, "
                    "then under-eye and neck.",
        blocks=(Block("chin", (G, G, R)), Block("nose", (G, G)), Gesture("nose_scratch"),
                Block("under_eye", (G, F)), Block("neck", (G, O))),
        hands=("right",), seed=2641, fps=15, crf=37, shutter_subframes=4,
        timing=TWENTY_FIRST_PACE, hand_roll_deg=4.0, **_AUBURN,
        look=Look(gain=0.58, gamma=1.15, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=170.0, tint_rgb=(1.05, 0.98, 0.9)),
        motion=HeadMotion(roll_deg=-4.5, roll_amp_deg=3.0, sway_px=(8.0, 9.0),
                          squash_amp=0.0, yaw_deg=-3.0, yaw_amp_deg=4.0, period_s=9.0,
                          phase=2.2)),
    ClipSpec(
        name="held_out_volt_24fps_far_camera",
        description="Volt's young man with a full beard far from a 24 fps camera (a smaller "
                    "face), blur and compression; left hand on his left side: under-eye, "
                    "temple, cheek and nose.",
        blocks=(Block("under_eye", (G, G, R)), Block("temple", (G, F)),
                Block("cheek", (G, G)), Block("nose", (G, O))),
        hands=("left",), seed=2651, fps=24, crf=36, shutter_subframes=3,
        timing=TWENTY_FIRST_PACE, hand_roll_deg=-5.0, **_VOLT,
        look=Look(noise_sigma=4.0, light_angle_deg=20.0, tint_rgb=(1.0, 1.0, 1.02)),
        motion=HeadMotion(scale=0.7, scale_amp=0.04, roll_deg=1.0, roll_amp_deg=3.0,
                          squash_amp=0.0, yaw_deg=4.0, yaw_amp_deg=5.0, period_s=9.5,
                          phase=1.4)),
    ClipSpec(
        name="held_out_volt_lifting",
        description="Profile 'lifting'; Volt's young man with a full beard; right hand on "
                    "his right side: cheek, forehead, temple and under-eye with faults near "
                    "the limits, a fresh arrival on the forehead.",
        blocks=(Block("cheek", (G, G, F)), Block("forehead", (G, O), arrive=True),
                Block("temple", (G, R)), Block("under_eye", (G, G))),
        hands=("right",), profile="lifting", seed=2661, crf=30, timing=TWENTY_FIRST_PACE,
        hand_roll_deg=4.0, **_VOLT,
        look=Look(noise_sigma=2.0, gain=1.02, light_angle_deg=100.0,
                  tint_rgb=(1.0, 0.99, 0.99)),
        motion=HeadMotion(scale=0.98, roll_deg=2.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=-6.0, yaw_amp_deg=5.0, pitch_deg=1.0, period_s=10.3,
                          phase=2.4)),
    ClipSpec(
        name="held_out_volt_one_side_routine",
        description="Volt's young man with a full beard; left hand on his left side in "
                    "drainage order: nose, under-eye, cheek, forehead, temple.",
        blocks=(Block("nose", (G, G)), Block("under_eye", (G, R)), Block("cheek", (G, G, F)),
                Block("forehead", (G, G)), Block("temple", (G, O))),
        hands=("left",), seed=2671, crf=30, timing=TWENTY_FIRST_PACE, hand_roll_deg=-4.0,
        **_VOLT,
        look=Look(light_angle_deg=200.0, noise_sigma=2.5, gain=0.97,
                  tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=0.5, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-4.0,
                          yaw_amp_deg=5.0, period_s=11.0, phase=1.1)),
    ClipSpec(
        name="held_out_volt_mirrored_selfie",
        description="Volt's young man with a full beard, a mirrored (selfie) recording; "
                    "right hand on his right side: temple, nose, forehead and cheek, a fresh "
                    "arrival on the cheek.",
        blocks=(Block("temple", (G, R, G)), Block("nose", (G, F)),
                Block("forehead", (G, G, O)), Block("cheek", (G, G), arrive=True)),
        hands=("right",), seed=2681, crf=30, mirrored=True, timing=TWENTY_FIRST_PACE,
        hand_roll_deg=3.0, **_VOLT,
        look=Look(light_angle_deg=340.0, noise_sigma=3.0, tint_rgb=(1.01, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=5.0,
                          yaw_amp_deg=6.0, period_s=9.1, phase=2.9)),
)
