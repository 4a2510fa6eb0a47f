"""The twenty-fourth held-out set (two people from placeholder portraits of two theme packages on
npm by Creative Tim, MIT as shipped: the young woman in a wide hat of its Material Kit
(`faces/widehat.jpg`, its `card-profile6-square.jpg`; the package of `marc`, `camp` and
`ponytail`, another photo), maybe in her twenties, a warm tan skin, long dark hair, her head
turned about 32 degrees to her right (FaceMesh's depth) and tilted about 13, among the leaves of
a field, and the young man with long locs and a goatee of its Now UI Dashboard
(`faces/goatee.jpg`, its `mike.jpg`, "Mike Andrew"), a greyscale photo given a light-medium
brown skin (`Look.skin_lab_shift` (-8, 10, 17)), nearly frontal (about 6 degrees to his right),
tilted about 5, before a white roller shutter; seeds 29xx; 9 clips, 83 strokes (75 in the
script; the two-hands clip's 8 are done by both hands: 16), 2.5 MB): rendered and checked once,
evaluated once after the method was settled, then looked at; tuning material now (`--check`: the
hand found in 100 % of stroke frames in all eight stroke clips, the 15 fps one too, and in none
of the 18 frames of its passing hand; 94.0 % of the negatives' near-face frames (100 % of the
mouth cover's, the nose scratch's, the wave's and the chin rest's), the passing hand in 39 %;
the face in 87.2-100 % of frames: 100 % in all five of the Now UI man's clips, 96.6 % in the
one-side one, 96.1 % in the turned-head one (33-39 degrees), 87.2 % in the 24 fps far one (a
small face, turned, under the hat's brim), 100 % in her small-lifts one; median fingertip errors
0.021-0.036 face widths: 0.022-0.025 in the Now UI man's 30 fps stroke clips, 0.033 in his
negatives and 0.030 in his 15 fps one, 0.021-0.027 in the Material Kit woman's 30 fps clips and
0.036 in her 24 fps one, inside the earlier sets' 0.065). The 30 fps clips are compressed at crf
30 and came out at 0.24-0.40 MB (0.24-0.27 for her, 0.33-0.40 for him; the 15 fps clip 0.14 MB,
the 24 fps one 0.15 MB): nothing was rendered again (the 24 fps clip's 87.2 % face rate is the
lowest of the set and was left as it is). The same kinds of conditions as the twenty-third set
(looked_at/twentythird.py), other zones, faults, gesture order (a hand over the mouth, a nose
scratch, a wave, a chin rest, a pass, done with the left hand; a pass inside the 15 fps clip),
sides and head turns; this time the woman does the small lifts, turned head (to her right,
further than in the photo, with the left hand on her near side), 24 fps and one-side clips, the
man the negatives, two-hands, 15 fps, lifting and mirrored ones. The Material Kit woman's hat
brim comes down over her forehead to just above her brows and her long hair falls over both
temples, her near ear and the back of her near jaw; her jaw line is bare on her near side from
her chin to below her cheek and her neck bare and shaded below her chin: her strokes are under
her eye (with the ring finger in the turned-head clip), on her nose, cheek, chin, jaw line and
neck, never on her forehead or temples; all on her near (left) side with the left hand (her far
side is turned away); her clips lean her head back by 5-8 degrees; her turned-head clip turns
her 1 to 7 degrees further to her right (33-39 in all; tag yaw:39, the turn in all: the one
HeadMotion gives is relative to the photo), her other clips from 1 further to 12 back toward the
camera (20-33 in all). The Now UI man's locs hang over both temples and ears, and his moustache,
goatee and beard cover his upper lip, chin and jaw line and go on under his chin; his forehead
is bare between the locs, his cheeks above the beard, his neck long and bare above his T-shirt's
collar: his strokes are on his forehead, under his eyes, on his nose, cheeks and neck, never on
his temples, chin or jaw line; both hands in the two-hands clip, the right hand on his right
side in the 15 fps and mirrored clips, the left on his left side in the negatives and lifting
ones; his clips turn his head at most 12 degrees either way from the photo and lean it back by
2-3.5."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

_TWENTY_FOURTH_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.96, 0.98),
                           hand_scale_fw=1.25, held_out=True)
# The hand: bending, middling (1.25 face widths), fingers a little shorter than the
# template's and a palm a little narrower; a warm tan (medium brown) skin for the Material
# Kit woman in the wide hat, a light-medium brown one for the Now UI man with locs (his
# greyscale photo's face and neck are given that skin), sleeves like their clothes (her
# pale blue-grey knit jumper, his white T-shirt).
_WIDEHAT = dict(face="widehat", hand_skin_rgb=(184.0, 126.0, 96.0),
                sleeve_rgb=(178.0, 186.0, 198.0), **_TWENTY_FOURTH_HAND)
_GOATEE = dict(face="goatee", hand_skin_rgb=(172.0, 124.0, 98.0),
               sleeve_rgb=(226.0, 224.0, 220.0), **_TWENTY_FOURTH_HAND)
_GOATEE_SKIN = (-8.0, 10.0, 17.0)

# A twenty-fourth person's pace: strokes of 0.88-1.5 s over 0.72-0.97 of the chord, returns
# of 0.37-0.6 s (lifts of 2.5-4 cm: the hand 4.5-9 % bigger), moves between zones of
# 0.52-0.8 s, pauses 30 % of the time (0.32-0.68 s), rests on the skin in 32 % of the good
# strokes (0.38-0.82 s); arrivals of 0.82-1.2 s, leaves of 0.62-0.92 s, absences of
# 0.8-1.3 s; too-fast strokes just under the limit (0.40-0.43 s against 0.45).
TWENTY_FOURTH_PACE = Timing(good_s=(0.88, 1.5), slow_fault_s=(0.98, 1.55),
                            too_fast_s=(0.40, 0.43), return_s=(0.37, 0.6),
                            move_s=(0.52, 0.8), pause_s=(0.32, 0.68), pause_chance=0.3,
                            approach_s=(0.82, 1.2), leave_s=(0.62, 0.92),
                            lift_peak=(1.045, 1.09), good_off_deg=25.0,
                            length_scale=(0.72, 0.97), rest_chance=0.32, rest_s=(0.38, 0.82),
                            land_straight=True, away_s=(0.8, 1.3))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_widehat_small_lifts_routine",
        description="Material Kit's woman in a wide hat (a warm tan skin; turned about 32 "
                    "degrees to her right in the photo); left hand on her near (left) side: "
                    "cheek, nose, chin and jaw line, small lifts, rests on the skin, a fresh "
                    "arrival on the chin.",
        blocks=(Block("cheek", (G, F, G)), Block("nose", (G, G)),
                Block("chin", (G, R), arrive=True), Block("jawline", (G, G, O))),
        hands=("left",), seed=2901, crf=30, timing=TWENTY_FOURTH_PACE, hand_roll_deg=-5.0,
        **_WIDEHAT,
        look=Look(light_angle_deg=150.0, noise_sigma=2.5, tint_rgb=(1.0, 0.99, 0.98)),
        motion=HeadMotion(roll_deg=-7.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=6.0,
                          yaw_amp_deg=4.0, period_s=9.6, phase=0.4)),
    ClipSpec(
        name="held_out_widehat_turned_head_ring_finger",
        description="Material Kit's woman in a wide hat, her head turned 1 to 7 degrees "
                    "further to her right than in the photo, nodding; left hand on her near "
                    "(left) side: ring finger under the eye, cheek, neck, nose.",
        blocks=(Block("under_eye", (G, G, R), finger="ring"), Block("cheek", (G, O)),
                Block("neck", (G, F)), Block("nose", (G, G))),
        hands=("left",), seed=2911, crf=30, timing=TWENTY_FOURTH_PACE, hand_roll_deg=-7.0,
        **_WIDEHAT,
        look=Look(light_angle_deg=20.0, noise_sigma=2.5, tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=-6.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-4.0,
                          yaw_amp_deg=3.0, pitch_deg=1.0, pitch_amp_deg=5.0, period_s=10.2,
                          phase=1.8),
        tags=("yaw:39",)),
    ClipSpec(
        name="held_out_goatee_negatives",
        description="Now UI's man with locs and a goatee (greyscale photo, given a "
                    "light-medium brown skin), no massage: a hand over the mouth, a nose "
                    "scratch, a wave, the chin resting on the hand, a hand passing.",
        blocks=(Gesture("mouth_cover"), Gesture("nose_scratch"), Gesture("wave"),
                Gesture("chin_rest"), Gesture("pass")),
        hands=("left",), seed=2921, crf=30, **_GOATEE,
        look=Look(skin_lab_shift=_GOATEE_SKIN, noise_sigma=3.0, light_angle_deg=200.0,
                  tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(scale=0.97, roll_deg=-2.5, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=5.0, yaw_amp_deg=4.0, period_s=8.9, phase=1.2)),
    ClipSpec(
        name="held_out_goatee_two_hands",
        description="Now UI's man with locs and a goatee (nearly frontal), both hands at "
                    "once on the cheeks, the forehead and under the eyes while his head "
                    "turns about 12 degrees either way and nods.",
        blocks=(Block("cheek", (G, G, F)), Block("forehead", (G, R)),
                Block("under_eye", (G, O, G))),
        hands=("right", "left"), seed=2931, crf=30, timing=TWENTY_FOURTH_PACE, **_GOATEE,
        look=Look(skin_lab_shift=_GOATEE_SKIN, light_angle_deg=80.0, noise_sigma=2.0,
                  light_tilt=0.2, gain=1.03),
        motion=HeadMotion(roll_deg=-2.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=3.0,
                          yaw_amp_deg=9.0, pitch_deg=1.0, pitch_amp_deg=5.0,
                          period_s=10.4, phase=0.6)),
    ClipSpec(
        name="held_out_goatee_15fps_blur_crf37_dim",
        description="Now UI's man with locs and a goatee at 15 fps with motion blur, strong "
                    "compression, a dim noisy cool room; right hand on his right side: "
                    "nose and forehead, a hand passing, then cheek and neck.",
        blocks=(Block("nose", (G, R)), Block("forehead", (G, G, F)), Gesture("pass"),
                Block("cheek", (G, O)), Block("neck", (G, G))),
        hands=("right",), seed=2941, fps=15, crf=37, shutter_subframes=4,
        timing=TWENTY_FOURTH_PACE, hand_roll_deg=6.0, **_GOATEE,
        look=Look(skin_lab_shift=_GOATEE_SKIN, gain=0.57, gamma=1.13, noise_sigma=5.5,
                  light_tilt=0.3, light_angle_deg=320.0, tint_rgb=(0.93, 0.99, 1.05)),
        motion=HeadMotion(roll_deg=-3.0, roll_amp_deg=3.0, sway_px=(9.0, 6.0),
                          squash_amp=0.0, yaw_deg=4.0, yaw_amp_deg=4.0, period_s=8.6,
                          phase=2.0)),
    ClipSpec(
        name="held_out_widehat_24fps_far_camera",
        description="Material Kit's woman in a wide hat far from a 24 fps camera (a smaller "
                    "face), blur and compression; left hand on her near (left) side: jaw "
                    "line, under-eye, chin and cheek.",
        blocks=(Block("jawline", (G, F)), Block("under_eye", (G, G)),
                Block("chin", (G, G, O)), Block("cheek", (G, R))),
        hands=("left",), seed=2951, fps=24, crf=36, shutter_subframes=3,
        timing=TWENTY_FOURTH_PACE, hand_roll_deg=-4.0, **_WIDEHAT,
        look=Look(noise_sigma=4.5, light_angle_deg=260.0, tint_rgb=(1.01, 1.0, 0.98)),
        motion=HeadMotion(scale=0.68, scale_amp=0.04, roll_deg=-5.0, roll_amp_deg=3.0,
                          squash_amp=0.0, yaw_deg=8.0, yaw_amp_deg=4.0, period_s=9.2,
                          phase=2.4)),
    ClipSpec(
        name="held_out_goatee_lifting",
        description="Profile 'lifting'; Now UI's man with locs and a goatee; left hand on "
                    "his left side: under-eye, forehead, cheek and nose with faults near "
                    "the limits, a fresh arrival on the cheek.",
        blocks=(Block("under_eye", (G, F)), Block("forehead", (G, G, O)),
                Block("cheek", (G, R), arrive=True), Block("nose", (G, G))),
        hands=("left",), profile="lifting", seed=2961, crf=30, timing=TWENTY_FOURTH_PACE,
        hand_roll_deg=-3.0, **_GOATEE,
        look=Look(skin_lab_shift=_GOATEE_SKIN, noise_sigma=2.5, gain=0.98,
                  light_angle_deg=130.0, tint_rgb=(1.0, 1.0, 1.01)),
        motion=HeadMotion(scale=0.98, roll_deg=-2.5, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=-4.0, yaw_amp_deg=5.0, pitch_deg=-1.0, period_s=10.1,
                          phase=1.5)),
    ClipSpec(
        name="held_out_widehat_one_side_routine",
        description="Material Kit's woman in a wide hat; left hand on her near (left) side "
                    "from the neck upward: neck, chin, jaw line, nose, cheek, under-eye.",
        blocks=(Block("neck", (G, R)), Block("chin", (G, G)), Block("jawline", (G, O)),
                Block("nose", (G, F)), Block("cheek", (G, G)), Block("under_eye", (G,))),
        hands=("left",), seed=2971, crf=30, timing=TWENTY_FOURTH_PACE, hand_roll_deg=-6.0,
        **_WIDEHAT,
        look=Look(light_angle_deg=100.0, noise_sigma=2.0, gain=1.02,
                  tint_rgb=(1.0, 0.99, 0.99)),
        motion=HeadMotion(roll_deg=-8.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=3.0,
                          yaw_amp_deg=4.0, period_s=10.8, phase=0.9)),
    ClipSpec(
        name="held_out_goatee_mirrored_selfie",
        description="Now UI's man with locs and a goatee, a mirrored (selfie) recording; "
                    "right hand on his right side: neck, under-eye, forehead and cheek, a "
                    "fresh arrival on the forehead.",
        blocks=(Block("neck", (G, F)), Block("under_eye", (G, G)),
                Block("forehead", (G, R, G), arrive=True), Block("cheek", (G, G, O))),
        hands=("right",), seed=2981, crf=30, mirrored=True, timing=TWENTY_FOURTH_PACE,
        hand_roll_deg=5.0, **_GOATEE,
        look=Look(skin_lab_shift=_GOATEE_SKIN, light_angle_deg=40.0, noise_sigma=3.0,
                  tint_rgb=(1.01, 1.0, 1.0)),
        motion=HeadMotion(roll_deg=-3.5, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-2.0,
                          yaw_amp_deg=6.0, period_s=9.3, phase=0.3)),
)
