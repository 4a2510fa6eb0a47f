"""The twenty-fifth held-out set (two people from placeholder portraits of two UI packages on npm,
MIT as shipped: the young woman with a black bob and a heavy fringe of Creative Tim's Argon
Dashboard (`faces/fringe.jpg`, its `team-3.jpg`, beside the placeholder name "John Snow"), maybe
in her twenties, of an East Asian look with a fair skin, her head turned about 30 degrees to her
right (FaceMesh's depth) and tilted about 11, before a plain pale backdrop, and the older man
with grey hair combed back of DesignRevision's Shards UI kit (`faces/silverhair.jpg`, its
`avatar-1.jpeg`, "Osbourne Tranter"), maybe in his sixties, a light ruddy skin, frontal, tilted
about 2, in a navy suit before painted bookshelves; seeds 30xx; 9 clips, 84 strokes (76 in the
script; the two-hands clip's 8 are done by both hands: 16), 2.9 MB): rendered and checked once,
evaluated once after the method was settled, then looked at; tuning material now (`--check`: the
hand found in 100 % of stroke frames in all eight stroke clips, the 15 fps one too, and in all
49 frames of its chin rest; 89.9 % of the negatives' near-face frames (100 % of the nose
scratch's, the chin rest's and the mouth cover's, 75 % of the wave's), the passing hand in 39 %;
the face in 93.1-100 % of frames: 100 % in five clips (the Shards man's small-lifts, 24 fps far
and lifting ones, the Argon woman's turned-head one (33-39 degrees) and negatives), 99.3 % in
his dim 15 fps one, 94.6 % in her one-side one, 94.0 % in her mirrored one, 93.1 % in his
two-hands one; median fingertip errors 0.009-0.027 face widths: 0.014-0.015 in the Shards man's
30 fps clips, 0.019 in his 24 fps one and 0.027 in his 15 fps one, 0.009-0.014 in the Argon
woman's clips, inside the earlier sets' 0.065). The 30 fps clips are compressed at crf 30 and
came out at 0.28-0.40 MB (0.28-0.40 for her, 0.35-0.40 for him: the bookshelves behind him cost
bits; the 15 fps clip 0.15 MB, the 24 fps one 0.18 MB): nothing was rendered again. The same
kinds of conditions as the twenty-fourth set (looked_at/twentyfourth.py), other zones, faults,
gesture order (a wave, a nose scratch, a pass, a chin rest, a hand over the mouth, done with the
right hand; a chin rest inside the 15 fps clip), sides and head turns; this time the woman does
the turned head (to her right, further than in the photo, with the left hand on her near side),
the negatives, one-side and mirrored clips, the man the small lifts, two-hands, 15 fps, 24 fps
and lifting ones. The Argon woman's fringe comes down over her forehead to just above her brows
and her bob covers both temples, both ears and the upper edge of her near cheek; her near cheek
is bare below the hair, her jaw line bare on her near side from her chin to below her ear, her
neck long and bare on her near side above her blouse's collar: her strokes are under her eye
(with the ring finger in the turned-head clip), on her nose, cheek, chin, jaw line and neck,
never on her forehead or temples; all on her near (left) side with the left hand (her far side
is turned away and her far shoulder comes up to her chin); her clips lean her head back by 5-7
degrees; her turned-head clip turns her 3 to 9 degrees further to her right (33-39 in all; tag
yaw:39, the turn in all: the one HeadMotion gives is relative to the photo), her other clips
from 0 to 12 back toward the camera (18-30 in all). Her own fingers (her arms are crossed in the
photo) lie about 2.3 face widths right of and 2.1 below her nose bridge, out of the frame at a
normal distance: no far-camera clip with her. The Shards man's forehead is bare below his
hairline and his temples in front of his short grey hair; his shirt collar comes up right under
his jaw: his strokes are on his forehead, temples, under his eyes, on his nose, cheeks, chin and
jaw line, never on his neck; both hands in the two-hands clip, the left hand on his left side in
the small-lifts and 15 fps clips, the right on his right side in the 24 fps and lifting ones;
his clips turn his head at most 12 degrees either way and lean it back by 1-2."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

_TWENTY_FIFTH_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.98, 1.09),
                          hand_scale_fw=1.29, held_out=True)
# The hand: bending, middling (1.29 face widths), fingers a little shorter than the
# template's and a palm broader; a fair (ivory-beige) skin for the Argon woman with a
# fringe, a light ruddy one for the Shards man with grey hair, sleeves like their clothes
# (her red and black patterned blouse, his navy suit).
_FRINGE = dict(face="fringe", hand_skin_rgb=(234.0, 194.0, 172.0),
               sleeve_rgb=(164.0, 40.0, 48.0), **_TWENTY_FIFTH_HAND)
_SILVERHAIR = dict(face="silverhair", hand_skin_rgb=(220.0, 158.0, 138.0),
                   sleeve_rgb=(32.0, 38.0, 64.0), **_TWENTY_FIFTH_HAND)

# A twenty-fifth person's pace: strokes of 0.9-1.48 s over 0.74-0.96 of the chord, returns
# of 0.36-0.58 s (lifts of 2.5-4 cm: the hand 4-8.5 % bigger), moves between zones of
# 0.54-0.82 s, pauses 28 % of the time (0.34-0.7 s), rests on the skin in 30 % of the good
# strokes (0.4-0.85 s); arrivals of 0.84-1.18 s, leaves of 0.64-0.94 s, absences of
# 0.78-1.28 s; too-fast strokes just under the limit (0.41-0.44 s against 0.45).
TWENTY_FIFTH_PACE = Timing(good_s=(0.9, 1.48), slow_fault_s=(0.96, 1.52),
                           too_fast_s=(0.41, 0.44), return_s=(0.36, 0.58),
                           move_s=(0.54, 0.82), pause_s=(0.34, 0.7), pause_chance=0.28,
                           approach_s=(0.84, 1.18), leave_s=(0.64, 0.94),
                           lift_peak=(1.04, 1.085), good_off_deg=25.0,
                           length_scale=(0.74, 0.96), rest_chance=0.3, rest_s=(0.4, 0.85),
                           land_straight=True, away_s=(0.78, 1.28))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_silverhair_small_lifts_routine",
        description="Shards' older man with grey hair (a light ruddy skin; frontal); left "
                    "hand on his left side: forehead, under-eye, jaw line and temple, small "
                    "lifts, rests on the skin, a fresh arrival on the jaw line.",
        blocks=(Block("forehead", (G, G, R)), Block("under_eye", (G, F)),
                Block("jawline", (G, O, G), arrive=True), Block("temple", (G, G))),
        hands=("left",), seed=3001, crf=30, timing=TWENTY_FIFTH_PACE, hand_roll_deg=-4.0,
        **_SILVERHAIR,
        look=Look(light_angle_deg=70.0, noise_sigma=2.5, tint_rgb=(1.0, 0.99, 0.98)),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-3.0,
                          yaw_amp_deg=5.0, period_s=9.7, phase=1.0)),
    ClipSpec(
        name="held_out_fringe_turned_head_ring_finger",
        description="Argon's young woman with a fringe (a fair skin; turned about 30 degrees "
                    "to her right in the photo), her head turned 3 to 9 degrees further to "
                    "her right, nodding; left hand on her near (left) side: neck, ring "
                    "finger under the eye, jaw line, cheek.",
        blocks=(Block("neck", (G, G)), Block("under_eye", (G, R, G), finger="ring"),
                Block("jawline", (G, F)), Block("cheek", (G, O))),
        hands=("left",), seed=3011, crf=30, timing=TWENTY_FIFTH_PACE, hand_roll_deg=-6.0,
        **_FRINGE,
        look=Look(light_angle_deg=140.0, noise_sigma=2.5, tint_rgb=(0.99, 1.0, 1.01)),
        motion=HeadMotion(roll_deg=6.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-6.0,
                          yaw_amp_deg=3.0, pitch_deg=-1.0, pitch_amp_deg=5.0, period_s=10.5,
                          phase=0.8),
        tags=("yaw:39",)),
    ClipSpec(
        name="held_out_fringe_negatives",
        description="Argon's young woman with a fringe, no massage: a wave, a nose scratch, "
                    "a hand passing, the chin resting on the hand, a hand over the mouth.",
        blocks=(Gesture("wave"), Gesture("nose_scratch"), Gesture("pass"),
                Gesture("chin_rest"), Gesture("mouth_cover")),
        hands=("right",), seed=3021, crf=30, **_FRINGE,
        look=Look(noise_sigma=3.0, light_angle_deg=230.0, tint_rgb=(1.01, 1.0, 0.99)),
        motion=HeadMotion(scale=0.97, roll_deg=5.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=6.0, yaw_amp_deg=4.0, period_s=8.8, phase=1.9)),
    ClipSpec(
        name="held_out_silverhair_two_hands",
        description="Shards' older man with grey hair (frontal), both hands at once under "
                    "the eyes, on the temples and the jaw line while his head turns about "
                    "12 degrees either way and nods.",
        blocks=(Block("under_eye", (G, G, R)), Block("temple", (G, O)),
                Block("jawline", (G, F, G))),
        hands=("left", "right"), seed=3031, crf=30, timing=TWENTY_FIFTH_PACE,
        **_SILVERHAIR,
        look=Look(light_angle_deg=10.0, noise_sigma=2.0, light_tilt=0.2, gain=1.02),
        motion=HeadMotion(roll_deg=1.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-2.0,
                          yaw_amp_deg=10.0, pitch_deg=1.0, pitch_amp_deg=5.0,
                          period_s=10.2, phase=1.6)),
    ClipSpec(
        name="held_out_silverhair_15fps_blur_crf37_dim",
        description="Shards' older man with grey hair at 15 fps with motion blur, strong "
                    "compression, a dim noisy warm room; left hand on his left side: cheek "
                    "and temple, the chin resting on the hand, then nose and forehead.",
        blocks=(Block("cheek", (G, R, G)), Block("temple", (G, G)), Gesture("chin_rest"),
                Block("nose", (G, O)), Block("forehead", (G, F))),
        hands=("left",), seed=3041, fps=15, crf=37, shutter_subframes=4,
        timing=TWENTY_FIFTH_PACE, hand_roll_deg=-5.0, **_SILVERHAIR,
        look=Look(gain=0.56, gamma=1.14, noise_sigma=5.5, light_tilt=0.3,
                  light_angle_deg=280.0, tint_rgb=(1.05, 0.99, 0.9)),
        motion=HeadMotion(roll_deg=2.0, roll_amp_deg=3.0, sway_px=(10.0, 6.0),
                          squash_amp=0.0, yaw_deg=3.0, yaw_amp_deg=4.0, period_s=8.4,
                          phase=2.6)),
    ClipSpec(
        name="held_out_silverhair_24fps_far_camera",
        description="Shards' older man with grey hair far from a 24 fps camera (a smaller "
                    "face), blur and compression; right hand on his right side: nose, chin, "
                    "under-eye and forehead.",
        blocks=(Block("nose", (G, G, F)), Block("chin", (G, R)), Block("under_eye", (G, G)),
                Block("forehead", (G, O))),
        hands=("right",), seed=3051, fps=24, crf=36, shutter_subframes=3,
        timing=TWENTY_FIFTH_PACE, hand_roll_deg=4.0, **_SILVERHAIR,
        look=Look(noise_sigma=4.5, light_angle_deg=190.0, tint_rgb=(0.98, 1.0, 1.02)),
        motion=HeadMotion(scale=0.68, scale_amp=0.04, roll_deg=1.0, roll_amp_deg=3.0,
                          squash_amp=0.0, yaw_deg=-4.0, yaw_amp_deg=5.0, period_s=9.5,
                          phase=0.3)),
    ClipSpec(
        name="held_out_silverhair_lifting",
        description="Profile 'lifting'; Shards' older man with grey hair; right hand on his "
                    "right side: jaw line, cheek, temple and under-eye with faults near the "
                    "limits, a fresh arrival on the cheek.",
        blocks=(Block("jawline", (G, G)), Block("cheek", (G, F), arrive=True),
                Block("temple", (G, R, G)), Block("under_eye", (G, O))),
        hands=("right",), profile="lifting", seed=3061, crf=30, timing=TWENTY_FIFTH_PACE,
        hand_roll_deg=3.0, **_SILVERHAIR,
        look=Look(noise_sigma=2.5, gain=0.98, light_angle_deg=110.0,
                  tint_rgb=(1.0, 1.0, 1.01)),
        motion=HeadMotion(scale=0.98, roll_deg=2.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=5.0, yaw_amp_deg=5.0, pitch_deg=-1.0, period_s=10.3,
                          phase=2.1)),
    ClipSpec(
        name="held_out_fringe_one_side_routine",
        description="Argon's young woman with a fringe; left hand on her near (left) side "
                    "from the neck upward: neck, chin, jaw line, cheek, nose, under-eye.",
        blocks=(Block("neck", (G, G, O)), Block("chin", (G, F)), Block("jawline", (G, R)),
                Block("cheek", (G, G)), Block("nose", (G,)), Block("under_eye", (G, G))),
        hands=("left",), seed=3071, crf=30, timing=TWENTY_FIFTH_PACE, hand_roll_deg=-5.0,
        **_FRINGE,
        look=Look(light_angle_deg=60.0, noise_sigma=2.0, gain=1.02,
                  tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=7.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=4.0,
                          yaw_amp_deg=4.0, period_s=10.9, phase=2.7)),
    ClipSpec(
        name="held_out_fringe_mirrored_selfie",
        description="Argon's young woman with a fringe, a mirrored (selfie) recording; left "
                    "hand on her near (left) side: cheek, neck, nose and chin, a fresh "
                    "arrival on the nose.",
        blocks=(Block("cheek", (G, G, R)), Block("neck", (G, F)),
                Block("nose", (G, O, G), arrive=True), Block("chin", (G, G))),
        hands=("left",), seed=3081, crf=30, mirrored=True, timing=TWENTY_FIFTH_PACE,
        hand_roll_deg=-4.0, **_FRINGE,
        look=Look(light_angle_deg=330.0, noise_sigma=3.0, tint_rgb=(1.0, 0.99, 1.0)),
        motion=HeadMotion(roll_deg=5.5, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=8.0,
                          yaw_amp_deg=4.0, period_s=9.2, phase=0.5)),
)
