"""The twenty-sixth held-out set (two men from placeholder portraits of two UI packages on npm, MIT
as shipped: the man of a real dark (deep brown) skin in a black wide-brimmed hat, clubmaster
glasses and a bow tie of Creative Tim's Paper Kit 2 (`faces/bowtie.jpg`, its
`faces/clem-onojeghuo-2.jpg`, captioned "Chet Faker"), maybe in his late twenties or thirties, a
thin moustache and a tuft of beard on his chin, nearly frontal (about 11 degrees to his right by
FaceMesh's depth), tilted about 6, before a pale concrete wall in hard sunlight, his face only
about 79 px wide in the photo (the crop scaled up 1.4 times), and the man with thin rectangular
glasses and a short full beard of Start Bootstrap's Agency theme (`faces/linen.jpg`, its
`team/1.jpg`, "Parveen Anand"), maybe in his late twenties or thirties, of a South Asian or
Middle Eastern look with a light olive skin, his head turned about 31 degrees to his right
(FaceMesh's depth) and tilted about 4, in a linen shirt before a white backdrop; seeds 31xx; 9
clips, 81 strokes (73 in the script; the two-hands clip's 8 are done by both hands: 16), 2.5
MB): rendered and checked once, evaluated once after the method was settled, then looked at;
tuning material now (`--check`: the hand found in 100 % of stroke frames in all eight stroke
clips, the 15 fps one too, and in all 19 frames of its nose scratch; 94.5 % of the negatives'
near-face frames (100 % of the nose scratch's, the chin rest's, the wave's and the mouth
cover's), the passing hand in 40 %; the face in 89.4-100 % of frames: 100 % in six clips (the
Agency man's five: turned-head (34-39 degrees), dim 15 fps, 24 fps far, lifting and one-side;
the Paper Kit man's mirrored one), 99.6 % in the Paper Kit man's small-lifts one, 90.8 % in his
negatives, 89.4 % in his two-hands one; median fingertip errors 0.018-0.055 face widths:
0.018-0.020 in the Agency man's 30 fps clips, 0.027 in his 15 fps one and 0.028 in his 24 fps
one, 0.036-0.055 in the Paper Kit man's (his small face scaled up 1.4 times and shaded by the
brim), inside the earlier sets' 0.065). The 30 fps clips are compressed at crf 30 and came out
at 0.26-0.36 MB (0.26-0.29 for the Agency man before his white backdrop, 0.33-0.36 for the Paper
Kit man: the wall and the window grille behind him cost bits; the 15 fps clip 0.12 MB, the 24
fps one 0.13 MB): nothing was rendered again. The same kinds of conditions as the twenty-fifth
set (looked_at/twentyfifth.py), other zones, faults, gesture order (a nose scratch, a chin rest,
a wave, a hand over the mouth, a pass, done with the left hand; a nose scratch inside the 15 fps
clip), sides and head turns; this time the turned man does the turned head (to his right,
further than in the photo, with the left hand on his near side), the 15 fps, 24 fps, lifting and
one-side clips, the man in the hat the small lifts, negatives, two-hands and mirrored ones. The
hat's brim comes down to just above the Paper Kit man's glasses and hides his forehead and, at
the sides, his temples; his lenses lie over the under-eye zone, a tuft of beard covers his chin,
and his collar and bow tie come up right under his jaw: his strokes are on his nose (below the
glasses' bridge), cheeks and jaw line (bare), never on his forehead, temples, under his eyes,
chin or neck; both hands in the two-hands clip, the right hand on his right side in the
small-lifts clip, the left on his left side in the mirrored one; his clips lean his head back by
2.5-3.5 degrees and turn it from 7 degrees further to his right to 12 back toward the camera
(about 18 to his right to 1 to his left in all). The Agency man's forehead is bare below his
hairline and his near temple above and below the glasses' arm; his lower rims lie over the
under-eye zone and his beard covers his chin, jaw line and lower cheeks and comes down under his
jaw, below which his neck is bare on his near side down to his open collar: his strokes are on
his forehead, temple, nose, cheek (above the beard; with the ring finger in the turned-head
clip) and neck, never under his eye, on his chin or jaw line; all on his near (left) side with
the left hand (his far side is turned away); his clips lean his head back by 1.5-2.5 degrees;
his turned-head clip turns him 3 to 8 degrees further to his right (34-39 in all; tag yaw:39,
the turn in all: the one HeadMotion gives is relative to the photo), his other clips from 0 to
12 back toward the camera (19-31 in all). A black notebook he holds at his side lies about 1-2.6
face widths right of and 2.2 or more below his nose bridge: out of the frame at a normal
distance, a dark shape at the frame's lower right in his far-camera clip."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

_TWENTY_SIXTH_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.02, 0.97),
                          hand_scale_fw=1.34, held_out=True)
# The hand: bending, big (1.34 face widths), fingers a little longer than the template's
# and a palm a little narrower; a dark brown skin for the Paper Kit man in a hat and bow
# tie, a light olive-beige one for the Agency man with glasses, sleeves like their clothes
# (his dark grey jumper, the other's pale grey-beige linen shirt).
_BOWTIE = dict(face="bowtie", hand_skin_rgb=(108.0, 72.0, 54.0),
               sleeve_rgb=(62.0, 68.0, 74.0), **_TWENTY_SIXTH_HAND)
_LINEN = dict(face="linen", hand_skin_rgb=(206.0, 160.0, 128.0),
              sleeve_rgb=(200.0, 196.0, 186.0), **_TWENTY_SIXTH_HAND)

# A twenty-sixth person's pace: strokes of 0.86-1.46 s over 0.73-0.95 of the chord, returns
# of 0.38-0.56 s (lifts of 2.2-3.7 cm: the hand 4.5-8 % bigger), moves between zones of
# 0.56-0.84 s, pauses 30 % of the time (0.3-0.72 s), rests on the skin in 33 % of the good
# strokes (0.36-0.8 s); arrivals of 0.86-1.2 s, leaves of 0.58-0.88 s, absences of
# 0.72-1.22 s; too-fast strokes just under the limit (0.405-0.44 s against 0.45).
TWENTY_SIXTH_PACE = Timing(good_s=(0.86, 1.46), slow_fault_s=(0.97, 1.48),
                           too_fast_s=(0.405, 0.44), return_s=(0.38, 0.56),
                           move_s=(0.56, 0.84), pause_s=(0.3, 0.72), pause_chance=0.3,
                           approach_s=(0.86, 1.2), leave_s=(0.58, 0.88),
                           lift_peak=(1.045, 1.08), good_off_deg=25.0,
                           length_scale=(0.73, 0.95), rest_chance=0.33, rest_s=(0.36, 0.8),
                           land_straight=True, away_s=(0.72, 1.22))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_bowtie_small_lifts_routine",
        description="Paper Kit's man in a hat and bow tie (a dark skin, glasses; about 10 "
                    "degrees to his right in the photo); right hand on his right side: jaw "
                    "line, nose and cheek, small lifts, rests on the skin, a fresh arrival "
                    "on the cheek.",
        blocks=(Block("jawline", (G, G, F)), Block("nose", (G, R)),
                Block("cheek", (G, G, O, G), arrive=True)),
        hands=("right",), seed=3101, crf=30, timing=TWENTY_SIXTH_PACE, hand_roll_deg=5.0,
        **_BOWTIE,
        look=Look(light_angle_deg=200.0, noise_sigma=2.5, tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=3.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=4.0,
                          yaw_amp_deg=5.0, period_s=9.9, phase=0.4)),
    ClipSpec(
        name="held_out_linen_turned_head_ring_finger",
        description="Start Bootstrap Agency's man with glasses and a short beard (a light "
                    "olive skin; turned about 31 degrees to his right in the photo), his "
                    "head turned 3 to 8 degrees further to his right, nodding; left hand on "
                    "his near (left) side: ring finger on the cheek, temple, neck, forehead.",
        blocks=(Block("cheek", (G, R, G), finger="ring"), Block("temple", (G, G)),
                Block("neck", (G, F)), Block("forehead", (G, O))),
        hands=("left",), seed=3111, crf=30, timing=TWENTY_SIXTH_PACE, hand_roll_deg=-7.0,
        **_LINEN,
        look=Look(light_angle_deg=300.0, noise_sigma=2.5, tint_rgb=(1.0, 1.0, 1.01)),
        motion=HeadMotion(roll_deg=2.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-5.5,
                          yaw_amp_deg=2.5, pitch_deg=1.0, pitch_amp_deg=5.0, period_s=10.7,
                          phase=1.3),
        tags=("yaw:39",)),
    ClipSpec(
        name="held_out_bowtie_negatives",
        description="Paper Kit's man in a hat and bow tie, no massage: a nose scratch, the "
                    "chin resting on the hand, a wave, a hand over the mouth, a hand "
                    "passing.",
        blocks=(Gesture("nose_scratch"), Gesture("chin_rest"), Gesture("wave"),
                Gesture("mouth_cover"), Gesture("pass")),
        hands=("left",), seed=3121, crf=30, **_BOWTIE,
        look=Look(noise_sigma=3.0, light_angle_deg=40.0, tint_rgb=(0.99, 1.0, 1.01)),
        motion=HeadMotion(scale=0.97, roll_deg=3.5, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=2.0, yaw_amp_deg=4.0, period_s=9.1, phase=2.2)),
    ClipSpec(
        name="held_out_bowtie_two_hands",
        description="Paper Kit's man in a hat and bow tie, both hands at once on the jaw "
                    "line, beside the nose and on the cheeks while his head turns about 10 "
                    "degrees either way and nods.",
        blocks=(Block("jawline", (G, R, G)), Block("nose", (G, G)),
                Block("cheek", (G, F, G))),
        hands=("right", "left"), seed=3131, crf=30, timing=TWENTY_SIXTH_PACE, **_BOWTIE,
        look=Look(light_angle_deg=160.0, noise_sigma=2.0, light_tilt=0.2, gain=1.02),
        motion=HeadMotion(roll_deg=2.5, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=3.0,
                          yaw_amp_deg=9.0, pitch_deg=-1.0, pitch_amp_deg=5.0,
                          period_s=10.4, phase=0.9)),
    ClipSpec(
        name="held_out_linen_15fps_blur_crf37_dim",
        description="Start Bootstrap Agency's man with glasses at 15 fps with motion blur, "
                    "strong compression, a dim noisy warm room; left hand on his near "
                    "(left) side: forehead and temple, a nose scratch, then neck and cheek.",
        blocks=(Block("forehead", (G, R, G)), Block("temple", (G, G)),
                Gesture("nose_scratch"), Block("neck", (G, O)), Block("cheek", (G, F))),
        hands=("left",), seed=3141, fps=15, crf=37, shutter_subframes=4,
        timing=TWENTY_SIXTH_PACE, hand_roll_deg=-5.0, **_LINEN,
        look=Look(gain=0.57, gamma=1.13, noise_sigma=5.5, light_tilt=0.3,
                  light_angle_deg=100.0, tint_rgb=(1.05, 0.99, 0.9)),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=3.0, sway_px=(10.0, 6.0),
                          squash_amp=0.0, yaw_deg=8.0, yaw_amp_deg=4.0, period_s=8.7,
                          phase=1.7)),
    ClipSpec(
        name="held_out_linen_24fps_far_camera",
        description="Start Bootstrap Agency's man with glasses far from a 24 fps camera (a "
                    "smaller face), blur and compression; left hand on his near (left) "
                    "side: temple, forehead, nose and cheek.",
        blocks=(Block("temple", (G, G, F)), Block("forehead", (G, R)), Block("nose", (G, G)),
                Block("cheek", (G, O))),
        hands=("left",), seed=3151, fps=24, crf=36, shutter_subframes=3,
        timing=TWENTY_SIXTH_PACE, hand_roll_deg=-4.0, **_LINEN,
        look=Look(noise_sigma=4.5, light_angle_deg=20.0, tint_rgb=(1.01, 1.0, 0.98)),
        motion=HeadMotion(scale=0.68, scale_amp=0.04, roll_deg=2.0, roll_amp_deg=3.0,
                          squash_amp=0.0, yaw_deg=6.0, yaw_amp_deg=4.0, period_s=9.3,
                          phase=2.4)),
    ClipSpec(
        name="held_out_linen_lifting",
        description="Profile 'lifting'; Start Bootstrap Agency's man with glasses; left hand "
                    "on his near (left) side: neck, cheek, forehead and temple with faults "
                    "near the limits, a fresh arrival on the forehead.",
        blocks=(Block("neck", (G, G)), Block("cheek", (G, R)),
                Block("forehead", (G, F, G), arrive=True), Block("temple", (G, O))),
        hands=("left",), profile="lifting", seed=3161, crf=30, timing=TWENTY_SIXTH_PACE,
        hand_roll_deg=-3.0, **_LINEN,
        look=Look(noise_sigma=2.5, gain=0.98, light_angle_deg=250.0,
                  tint_rgb=(1.0, 0.99, 1.0)),
        motion=HeadMotion(scale=0.98, roll_deg=2.5, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=5.0, yaw_amp_deg=5.0, pitch_deg=-1.0, period_s=10.0,
                          phase=0.6)),
    ClipSpec(
        name="held_out_linen_one_side_routine",
        description="Start Bootstrap Agency's man with glasses; left hand on his near (left) "
                    "side from the forehead downward: forehead, temple, nose, cheek, neck.",
        blocks=(Block("forehead", (G, G, O)), Block("temple", (G, F)), Block("nose", (G, R)),
                Block("cheek", (G, G)), Block("neck", (G, G))),
        hands=("left",), seed=3171, crf=30, timing=TWENTY_SIXTH_PACE, hand_roll_deg=-6.0,
        **_LINEN,
        look=Look(light_angle_deg=170.0, noise_sigma=2.0, gain=1.01,
                  tint_rgb=(0.99, 1.0, 1.0)),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=3.0,
                          yaw_amp_deg=3.0, period_s=10.6, phase=2.9)),
    ClipSpec(
        name="held_out_bowtie_mirrored_selfie",
        description="Paper Kit's man in a hat and bow tie, a mirrored (selfie) recording; "
                    "left hand on his left side: nose, jaw line and cheek, a fresh arrival "
                    "on the jaw line.",
        blocks=(Block("nose", (G, G, O)), Block("jawline", (G, R, G), arrive=True),
                Block("cheek", (G, F, G))),
        hands=("left",), seed=3181, crf=30, mirrored=True, timing=TWENTY_SIXTH_PACE,
        hand_roll_deg=-5.0, **_BOWTIE,
        look=Look(light_angle_deg=80.0, noise_sigma=3.0, tint_rgb=(1.0, 0.99, 1.0)),
        motion=HeadMotion(roll_deg=3.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-2.0,
                          yaw_amp_deg=5.0, period_s=9.5, phase=1.1)),
)
