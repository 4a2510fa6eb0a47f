"""The twenty-third held-out set (two people from placeholder portraits of two theme packages on
npm, MIT as shipped, other photos of packages earlier sets used: the woman with a ponytail of
Creative Tim's Material Kit (`faces/ponytail.jpg`, its `card-profile5-square.jpg`), of an East
or Southeast Asian look, maybe in her thirties, a light warm skin, her head turned about 32
degrees to her left (FaceMesh's depth) and tilted about 6, in an office, and the young man with
round wire glasses of Themesberg's Volt dashboard (`faces/roundglasses.jpg`, its `profile-
picture-2.jpg`, "Jose Leos"), a fair skin, frontal, tilted about 4, before autumn trees; seeds
28xx; 9 clips, 83 strokes (75 in the script; the two-hands clip's 8 are done by both hands: 16),
2.8 MB): rendered and checked once, evaluated once after the method was settled, then looked at;
tuning material now (`--check`: the hand found in 100 % of stroke frames in all eight stroke
clips, the 15 fps one too, and in 73 % of its wave's frames; 93.7 % of the negatives' near-face
frames, the passing hand in 32 %; the face in 94.9-100 % of frames: 100 % in six clips, 99.4 %
in the two-hands one, 98.7 % in the turned-head one (30-39 degrees), 98.0 % in the one-side one,
94.9 % in the dim 15 fps one; median fingertip errors 0.012-0.027 face widths: 0.012-0.016 in
the Volt man's 30 fps clips and 0.027 in his 24 fps one, 0.019-0.024 in the Material Kit woman's
30 fps clips and 0.027 in her 15 fps one, inside the earlier sets' 0.065). The 30 fps clips are
compressed at crf 30 and came out at 0.29-0.42 MB (0.29-0.33 for her, 0.38-0.42 for him: the
trees behind him cost bits; the 15 fps clip 0.14 MB, the 24 fps one 0.16 MB): nothing was
rendered again. The same kinds of conditions as the twenty-second set
(looked_at/twentysecond.py), other zones, faults, gesture order (a chin rest, a pass, a mouth
cover, a wave, a nose scratch, done with the right hand; a wave inside the 15 fps clip), sides
and head turns; this time the woman does the turned head (to her left, further than in the
photo, with the right hand on her near side), the negatives, the 15 fps and the one-side clips,
the man the small lifts, two-hands, 24 fps, lifting and mirrored ones. The Material Kit woman's
hair, parted high on her left and swept back into a ponytail, comes down in a lock over the
upper part of her forehead on her near side and over her near temple, leaving only a narrow band
of forehead above her brows; her jaw line is bare on her near side and her neck long and bare
above an open collar: her strokes are under her eye (with the ring finger in the turned-head
clip), on her nose, cheek, chin, jaw line and neck, never on her forehead or temples; all on her
near (right) side with the right hand (her far side is turned away); her clips lean her head
back by 3-4.5 degrees; her turned-head clip turns her 2 degrees back to 7 further to her left
(30-39 in all; tag yaw:39, the turn in all: the one HeadMotion gives is relative to the photo),
her other clips 0-11 back toward the camera (21-32 in all). The Volt man's round glasses lie
with their lower rims over his under-eyes and their bridge on the top of his nose, their thin
arms across his temples at eye level; he leans forward, his chin nearly on his sweater's collar
(only a short shadowed strip of neck): his strokes are on his forehead, temples (bare above the
glasses' arms: his hair is short at the sides), nose (below the bridge), cheeks, chin and jaw
line (clean-shaven), never under his eyes or on his neck; both hands in the two-hands clip, the
right hand on his right side in the small-lifts and lifting clips, the left on his left side in
the 24 fps and mirrored ones; his clips turn his head at most 11 degrees either way and lean it
back by 1.5-2.5."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

_TWENTY_THIRD_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.03, 1.05),
                          hand_scale_fw=1.33, held_out=True)
# The hand: bending, biggish (1.33 face widths), fingers a little longer than the
# template's and a palm a little broader; a light warm (olive-beige) skin for the Material
# Kit woman, a fair pinkish one for the Volt man, sleeves like their clothes (her grey-blue
# striped shirt, his grey-mauve sweater).
_PONYTAIL = dict(face="ponytail", hand_skin_rgb=(208.0, 152.0, 122.0),
                 sleeve_rgb=(150.0, 154.0, 168.0), **_TWENTY_THIRD_HAND)
_ROUNDGLASSES = dict(face="roundglasses", hand_skin_rgb=(224.0, 170.0, 164.0),
                     sleeve_rgb=(134.0, 114.0, 118.0), **_TWENTY_THIRD_HAND)

# A twenty-third person's pace: strokes of 0.85-1.45 s over 0.7-0.98 of the chord, returns
# of 0.38-0.62 s (lifts of 2.5-4 cm: the hand 5-9 % bigger), moves between zones of
# 0.5-0.78 s, pauses 35 % of the time (0.3-0.65 s), rests on the skin in 35 % of the good
# strokes (0.35-0.8 s); arrivals of 0.8-1.15 s, leaves of 0.6-0.9 s, absences of
# 0.75-1.25 s; too-fast strokes just under the limit (0.40-0.44 s against 0.45).
TWENTY_THIRD_PACE = Timing(good_s=(0.85, 1.45), slow_fault_s=(0.95, 1.5),
                           too_fast_s=(0.40, 0.44), return_s=(0.38, 0.62),
                           move_s=(0.5, 0.78), pause_s=(0.3, 0.65), pause_chance=0.35,
                           approach_s=(0.8, 1.15), leave_s=(0.6, 0.9),
                           lift_peak=(1.05, 1.09), good_off_deg=25.0,
                           length_scale=(0.7, 0.98), rest_chance=0.35, rest_s=(0.35, 0.8),
                           land_straight=True, away_s=(0.75, 1.25))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_roundglasses_small_lifts_routine",
        description="Volt's young man with round wire glasses (a fair skin; frontal); right "
                    "hand on his right side: chin, jaw line, cheek and temple, small lifts, "
                    "rests on the skin, a fresh arrival on the temple.",
        blocks=(Block("chin", (G, G, F)), Block("jawline", (G, R)),
                Block("cheek", (G, G, O)), Block("temple", (G, G), arrive=True)),
        hands=("right",), seed=2801, crf=30, timing=TWENTY_THIRD_PACE, hand_roll_deg=6.0,
        **_ROUNDGLASSES,
        look=Look(light_angle_deg=60.0, noise_sigma=2.5, tint_rgb=(0.99, 1.0, 1.0)),
        motion=HeadMotion(roll_deg=2.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=3.0,
                          yaw_amp_deg=5.0, period_s=9.8, phase=0.7)),
    ClipSpec(
        name="held_out_ponytail_turned_head_ring_finger",
        description="Material Kit's woman with a ponytail (a light warm skin; turned about "
                    "32 degrees to her left in the photo), her head turned 2 degrees back "
                    "to 7 further, nodding; right hand on her near (right) side: jaw line, "
                    "ring finger under the eye, nose, neck.",
        blocks=(Block("jawline", (G, R)), Block("under_eye", (G, F, G), finger="ring"),
                Block("nose", (G, G)), Block("neck", (G, O))),
        hands=("right",), seed=2811, crf=30, timing=TWENTY_THIRD_PACE, hand_roll_deg=7.0,
        **_PONYTAIL,
        look=Look(light_angle_deg=120.0, noise_sigma=2.5, tint_rgb=(1.0, 0.99, 0.99)),
        motion=HeadMotion(roll_deg=4.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=2.5,
                          yaw_amp_deg=4.5, pitch_deg=-1.0, pitch_amp_deg=5.0, period_s=10.6,
                          phase=1.4),
        tags=("yaw:39",)),
    ClipSpec(
        name="held_out_ponytail_negatives",
        description="Material Kit's woman with a ponytail, no massage: the chin resting on "
                    "the hand, a hand passing, a hand over the mouth, a wave, a nose "
                    "scratch.",
        blocks=(Gesture("chin_rest"), Gesture("pass"), Gesture("mouth_cover"),
                Gesture("wave"), Gesture("nose_scratch")),
        hands=("right",), seed=2821, crf=30, **_PONYTAIL,
        look=Look(noise_sigma=3.0, light_angle_deg=340.0, tint_rgb=(0.99, 1.0, 1.01)),
        motion=HeadMotion(scale=0.97, roll_deg=3.5, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=-6.0, yaw_amp_deg=4.0, period_s=8.7, phase=2.3)),
    ClipSpec(
        name="held_out_roundglasses_two_hands",
        description="Volt's young man with round wire glasses (frontal), both hands at once "
                    "on the forehead, the temples and the jaw line while his head turns "
                    "about 11 degrees either way and nods.",
        blocks=(Block("forehead", (G, O, G)), Block("temple", (G, G, R)),
                Block("jawline", (G, F))),
        hands=("left", "right"), seed=2831, crf=30, timing=TWENTY_THIRD_PACE,
        **_ROUNDGLASSES,
        look=Look(light_angle_deg=300.0, noise_sigma=2.0, light_tilt=0.25, gain=1.02),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=1.0,
                          yaw_amp_deg=10.0, pitch_deg=-1.0, pitch_amp_deg=5.0,
                          period_s=10.8, phase=2.2)),
    ClipSpec(
        name="held_out_ponytail_15fps_blur_crf37_dim",
        description="Material Kit's woman with a ponytail at 15 fps with motion blur, strong "
                    "compression, a dim noisy warm room lit from her far side; right hand "
                    "on her near (right) side: cheek and chin, a wave, then under-eye and "
                    "neck.",
        blocks=(Block("cheek", (G, G, R)), Block("chin", (G, G)), Gesture("wave"),
                Block("under_eye", (G, F)), Block("neck", (G, O))),
        hands=("right",), seed=2841, fps=15, crf=37, shutter_subframes=4,
        timing=TWENTY_THIRD_PACE, hand_roll_deg=5.0, **_PONYTAIL,
        look=Look(gain=0.56, gamma=1.12, noise_sigma=5.5, light_tilt=0.3,
                  light_angle_deg=200.0, tint_rgb=(1.06, 1.0, 0.92)),
        motion=HeadMotion(roll_deg=4.5, roll_amp_deg=3.0, sway_px=(8.0, 7.0),
                          squash_amp=0.0, yaw_deg=-4.0, yaw_amp_deg=4.0, period_s=9.0,
                          phase=0.9)),
    ClipSpec(
        name="held_out_roundglasses_24fps_far_camera",
        description="Volt's young man with round wire glasses far from a 24 fps camera (a "
                    "smaller face), blur and compression; left hand on his left side: "
                    "forehead, nose, cheek and chin.",
        blocks=(Block("forehead", (G, G, R)), Block("nose", (G, F)), Block("cheek", (G, G)),
                Block("chin", (G, O))),
        hands=("left",), seed=2851, fps=24, crf=36, shutter_subframes=3,
        timing=TWENTY_THIRD_PACE, hand_roll_deg=-5.0, **_ROUNDGLASSES,
        look=Look(noise_sigma=4.5, light_angle_deg=170.0, tint_rgb=(0.98, 1.0, 1.03)),
        motion=HeadMotion(scale=0.68, scale_amp=0.04, roll_deg=2.5, roll_amp_deg=3.0,
                          squash_amp=0.0, yaw_deg=-3.0, yaw_amp_deg=5.0, period_s=9.4,
                          phase=1.1)),
    ClipSpec(
        name="held_out_roundglasses_lifting",
        description="Profile 'lifting'; Volt's young man with round wire glasses; right "
                    "hand on his right side: cheek, temple, chin and forehead with faults "
                    "near the limits, a fresh arrival on the temple.",
        blocks=(Block("cheek", (G, G, R)), Block("temple", (G, F), arrive=True),
                Block("chin", (G, G)), Block("forehead", (G, O))),
        hands=("right",), profile="lifting", seed=2861, crf=30, timing=TWENTY_THIRD_PACE,
        hand_roll_deg=3.0, **_ROUNDGLASSES,
        look=Look(noise_sigma=2.5, gain=0.97, light_angle_deg=230.0,
                  tint_rgb=(1.01, 1.0, 0.98)),
        motion=HeadMotion(scale=0.98, roll_deg=2.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=-5.0, yaw_amp_deg=5.0, pitch_deg=1.0, period_s=10.0,
                          phase=2.8)),
    ClipSpec(
        name="held_out_ponytail_one_side_routine",
        description="Material Kit's woman with a ponytail; right hand on her near (right) "
                    "side from the neck upward: neck, jaw line, chin, cheek, under-eye.",
        blocks=(Block("neck", (G, G)), Block("jawline", (G, R, G)), Block("chin", (G, F)),
                Block("cheek", (G, G)), Block("under_eye", (G, O))),
        hands=("right",), seed=2871, crf=30, timing=TWENTY_THIRD_PACE, hand_roll_deg=4.0,
        **_PONYTAIL,
        look=Look(light_angle_deg=90.0, noise_sigma=2.0, gain=1.03,
                  tint_rgb=(1.01, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=3.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-7.0,
                          yaw_amp_deg=4.0, period_s=11.0, phase=0.5)),
    ClipSpec(
        name="held_out_roundglasses_mirrored_selfie",
        description="Volt's young man with round wire glasses, a mirrored (selfie) "
                    "recording; left hand on his left side: temple, nose, jaw line and "
                    "cheek, a fresh arrival on the cheek.",
        blocks=(Block("temple", (G, R)), Block("nose", (G, G)), Block("jawline", (G, F, G)),
                Block("cheek", (G, O, G), arrive=True)),
        hands=("left",), seed=2881, crf=30, mirrored=True, timing=TWENTY_THIRD_PACE,
        hand_roll_deg=-4.0, **_ROUNDGLASSES,
        look=Look(light_angle_deg=30.0, noise_sigma=3.0, tint_rgb=(1.0, 1.0, 1.01)),
        motion=HeadMotion(roll_deg=2.5, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=4.0,
                          yaw_amp_deg=6.0, period_s=9.1, phase=0.2)),
)
