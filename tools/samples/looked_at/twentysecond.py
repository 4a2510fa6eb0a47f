"""The twenty-second held-out set (two young people from placeholder portraits of one admin
template on npm, MIT as shipped: ThemeSelection's Sneat (its `assets/img/avatars/`, cut out on
flat coloured backgrounds, small originals scaled up about 1.5 times): the young man with a full
short beard in a leather jacket (`faces/leather.jpg`, its `7.png`), a light olive-brown skin,
frontal, tilted about 6 degrees, and the laughing young woman with long dark hair in a red
turtleneck (`faces/sneat.jpg`, its `6.png`), a fair skin, frontal, tilted about 3; seeds 27xx; 9
clips, 83 strokes (75 in the script; the two-hands clip's 8 are done by both hands: 16), 2.2
MB): rendered and checked once, evaluated once after the method was settled, then looked at;
tuning material now (`--check`: the hand found in 100 % of stroke frames in all eight stroke
clips, the 15 fps one too, and in 100 % of its mouth cover's frames; 95.1 % of the negatives'
near-face frames, the passing hand in 38 %; the face in 100 % of frames in all nine clips, the
turned-head one (23-39 degrees) too; median fingertip errors 0.009-0.028 face widths:
0.009-0.014 in the Sneat woman's clips (0.014 in her 24 fps one), 0.018-0.028 in the Sneat man's
(0.025 in his negatives, 0.028 in his 15 fps one), inside the earlier sets' 0.065). The 30 fps
clips are compressed at crf 30 and came out at 0.26-0.31 MB (the flat backgrounds cost few bits;
the 15 fps clip 0.11 MB, the 24 fps one 0.12 MB): nothing was rendered again. The same kinds of
conditions as the twenty-first set (looked_at/twentyfirst.py), other zones, faults, gesture
order (a wave, a mouth cover, a pass, a nose scratch, a chin rest, done with the left hand; a
mouth cover inside the 15 fps clip), sides and head turns; this time the man does the small
lifts, the turned head (to his right, with the left hand on his near side), the negatives and
the 15 fps clip, the woman the two-hands, 24 fps, lifting, one-side and mirrored clips. The
Sneat man's short hair leaves his forehead and temples bare, and his full beard and moustache
cover his chin, jaw line, upper lip and the lower part of his cheeks and go on down to his
jacket's collar (no neck shows): his strokes are on his forehead, temples, under his eyes (with
the ring finger in the turned-head clip), on his nose and cheeks (above the beard), never on his
chin, jaw or neck; left hand on his left side in the small-lifts and turned-head clips, right
hand on his right side in the 15 fps one; his clips lean his head back by 2.5-3.5 degrees (it is
tilted about 6 in the photo); his turned-head clip turns him 23-39 degrees to his right (tag
yaw:39, from the motion), his other clips at most 11 either way. The Sneat woman's hair, swept
back from her forehead, falls down over both temples, and her turtleneck's high collar leaves
only a short strip of neck: her strokes are on her forehead, under her eyes, on her nose,
cheeks, chin and jaw line (bare on both sides), never on her temples or neck; both hands in the
two-hands clip, the right hand on her right side in the 24 fps and one-side clips, the left on
her left side in the lifting and mirrored ones; her clips turn her head at most 11 degrees
either way and tilt it back by 1-2."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

_TWENTY_SECOND_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.95, 1.02),
                           hand_scale_fw=1.20, held_out=True)
# The hand: bending, smaller than most (1.20 face widths), fingers a little shorter than
# the template's and a palm a little broader; a light olive-brown skin for the Sneat man, a
# fair warm one for the Sneat woman, sleeves like their clothes (his dark grey leather
# jacket, her red turtleneck).
_LEATHER = dict(face="leather", hand_skin_rgb=(190.0, 146.0, 118.0),
                sleeve_rgb=(54.0, 60.0, 68.0), **_TWENTY_SECOND_HAND)
_SNEAT = dict(face="sneat", hand_skin_rgb=(240.0, 200.0, 184.0),
              sleeve_rgb=(158.0, 24.0, 42.0), **_TWENTY_SECOND_HAND)

# A twenty-second person's pace: strokes of 0.9-1.5 s over 0.72-1.0 of the chord, returns of
# 0.36-0.6 s (lifts of 2-3.5 cm: the hand 4-8 % bigger), moves between zones of 0.55-0.8 s,
# pauses 30 % of the time (0.25-0.7 s), rests on the skin in 30 % of the good strokes
# (0.4-0.85 s); arrivals of 0.85-1.2 s, leaves of 0.55-0.85 s, absences of 0.7-1.2 s;
# too-fast strokes just under the limit (0.41-0.44 s against 0.45).
TWENTY_SECOND_PACE = Timing(good_s=(0.9, 1.5), slow_fault_s=(1.0, 1.55),
                            too_fast_s=(0.41, 0.44), return_s=(0.36, 0.6),
                            move_s=(0.55, 0.8), pause_s=(0.25, 0.7), pause_chance=0.3,
                            approach_s=(0.85, 1.2), leave_s=(0.55, 0.85),
                            lift_peak=(1.04, 1.08), good_off_deg=25.0,
                            length_scale=(0.72, 1.0), rest_chance=0.3, rest_s=(0.4, 0.85),
                            land_straight=True, away_s=(0.7, 1.2))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_leather_small_lifts_routine",
        description="Sneat's young man with a full beard in a leather jacket (a light "
                    "olive-brown skin; frontal); left hand on his left side: forehead, "
                    "temple, cheek above the beard and nose, small lifts, rests on the skin, "
                    "a fresh arrival on the nose.",
        blocks=(Block("forehead", (G, G, F)), Block("temple", (G, R)),
                Block("cheek", (G, G, O)), Block("nose", (G, G), arrive=True)),
        hands=("left",), seed=2701, crf=30, timing=TWENTY_SECOND_PACE, hand_roll_deg=-5.0,
        **_LEATHER,
        look=Look(light_angle_deg=150.0, noise_sigma=2.0, tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=3.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=4.0,
                          yaw_amp_deg=5.0, period_s=9.6, phase=0.4)),
    ClipSpec(
        name="held_out_leather_turned_head_ring_finger",
        description="Sneat's young man with a full beard (frontal in the photo), his head "
                    "turned 23-39 degrees to his right, nodding; left hand on his near "
                    "(left) side: temple, ring finger under the eye, cheek above the beard, "
                    "forehead.",
        blocks=(Block("temple", (G, G)), Block("under_eye", (G, R, G), finger="ring"),
                Block("cheek", (G, F)), Block("forehead", (G, O))),
        hands=("left",), seed=2711, crf=30, timing=TWENTY_SECOND_PACE, hand_roll_deg=-6.0,
        **_LEATHER,
        look=Look(light_angle_deg=250.0, noise_sigma=2.5, tint_rgb=(0.99, 1.0, 1.01)),
        motion=HeadMotion(roll_deg=3.5, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-31.0,
                          yaw_amp_deg=8.0, pitch_deg=1.0, pitch_amp_deg=5.0, period_s=10.4,
                          phase=1.2)),
    ClipSpec(
        name="held_out_leather_negatives",
        description="Sneat's young man with a full beard, no massage: a wave, a hand over "
                    "the mouth, a hand passing, a nose scratch, the chin resting on the "
                    "hand.",
        blocks=(Gesture("wave"), Gesture("mouth_cover"), Gesture("pass"),
                Gesture("nose_scratch"), Gesture("chin_rest")),
        hands=("left",), seed=2721, crf=30, **_LEATHER,
        look=Look(noise_sigma=3.0, light_angle_deg=20.0, tint_rgb=(1.0, 0.99, 0.98)),
        motion=HeadMotion(scale=0.97, roll_deg=2.5, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=6.0, yaw_amp_deg=5.0, period_s=8.4, phase=2.0)),
    ClipSpec(
        name="held_out_sneat_two_hands",
        description="Sneat's laughing young woman with long dark hair (a fair skin; "
                    "frontal), both hands at once on the jaw line, under the eyes and on "
                    "the cheeks while her head turns about 11 degrees either way and tilts.",
        blocks=(Block("jawline", (G, G, F)), Block("under_eye", (G, O, G)),
                Block("cheek", (G, R))),
        hands=("left", "right"), seed=2731, crf=30, timing=TWENTY_SECOND_PACE, **_SNEAT,
        look=Look(light_angle_deg=80.0, noise_sigma=2.5, light_tilt=0.2),
        motion=HeadMotion(roll_deg=-1.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-1.0,
                          yaw_amp_deg=10.0, pitch_deg=1.0, pitch_amp_deg=5.0,
                          period_s=10.6, phase=0.6)),
    ClipSpec(
        name="held_out_leather_15fps_blur_crf37_dim",
        description="Sneat's young man with a full beard at 15 fps with motion blur, strong "
                    "compression, a dim noisy cool room lit from his left; right hand on "
                    "his right side: under-eye and temple, a hand over the mouth, then "
                    "forehead and nose.",
        blocks=(Block("under_eye", (G, G, R)), Block("temple", (G, G)),
                Gesture("mouth_cover"), Block("forehead", (G, F)), Block("nose", (G, O))),
        hands=("right",), seed=2741, fps=15, crf=37, shutter_subframes=4,
        timing=TWENTY_SECOND_PACE, hand_roll_deg=4.0, **_LEATHER,
        look=Look(gain=0.57, gamma=1.15, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=10.0, tint_rgb=(0.93, 0.98, 1.06)),
        motion=HeadMotion(roll_deg=3.0, roll_amp_deg=3.0, sway_px=(9.0, 8.0),
                          squash_amp=0.0, yaw_deg=3.0, yaw_amp_deg=4.0, period_s=9.2,
                          phase=1.6)),
    ClipSpec(
        name="held_out_sneat_24fps_far_camera",
        description="Sneat's young woman with long dark hair far from a 24 fps camera (a "
                    "smaller face), blur and compression; right hand on her right side: "
                    "chin, cheek, nose and jaw line.",
        blocks=(Block("chin", (G, G, R)), Block("cheek", (G, F)), Block("nose", (G, G)),
                Block("jawline", (G, O))),
        hands=("right",), seed=2751, fps=24, crf=36, shutter_subframes=3,
        timing=TWENTY_SECOND_PACE, hand_roll_deg=5.0, **_SNEAT,
        look=Look(noise_sigma=4.0, light_angle_deg=200.0, tint_rgb=(1.02, 1.0, 0.98)),
        motion=HeadMotion(scale=0.7, scale_amp=0.04, roll_deg=-1.5, roll_amp_deg=3.0,
                          squash_amp=0.0, yaw_deg=-4.0, yaw_amp_deg=5.0, period_s=9.7,
                          phase=2.6)),
    ClipSpec(
        name="held_out_sneat_lifting",
        description="Profile 'lifting'; Sneat's young woman with long dark hair; left hand "
                    "on her left side: jaw line, cheek, forehead and under-eye with faults "
                    "near the limits, a fresh arrival on the cheek.",
        blocks=(Block("jawline", (G, G, F)), Block("cheek", (G, O), arrive=True),
                Block("forehead", (G, R)), Block("under_eye", (G, G))),
        hands=("left",), profile="lifting", seed=2761, crf=30, timing=TWENTY_SECOND_PACE,
        hand_roll_deg=-4.0, **_SNEAT,
        look=Look(noise_sigma=2.0, gain=1.03, light_angle_deg=320.0,
                  tint_rgb=(1.0, 0.99, 1.0)),
        motion=HeadMotion(scale=0.98, roll_deg=-2.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=5.0, yaw_amp_deg=5.0, pitch_deg=-1.0, period_s=10.1,
                          phase=0.3)),
    ClipSpec(
        name="held_out_sneat_one_side_routine",
        description="Sneat's young woman with long dark hair; right hand on her right side "
                    "from the middle of the face outward and down: nose, under-eye, cheek, "
                    "chin, jaw line.",
        blocks=(Block("nose", (G, G)), Block("under_eye", (G, R)), Block("cheek", (G, G, F)),
                Block("chin", (G, G)), Block("jawline", (G, O))),
        hands=("right",), seed=2771, crf=30, timing=TWENTY_SECOND_PACE, hand_roll_deg=4.0,
        **_SNEAT,
        look=Look(light_angle_deg=110.0, noise_sigma=2.5, gain=0.96,
                  tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=-1.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=3.0,
                          yaw_amp_deg=5.0, period_s=11.2, phase=1.9)),
    ClipSpec(
        name="held_out_sneat_mirrored_selfie",
        description="Sneat's young woman with long dark hair, a mirrored (selfie) "
                    "recording; left hand on her left side: forehead, chin, under-eye and "
                    "cheek, a fresh arrival on the cheek.",
        blocks=(Block("forehead", (G, R, G)), Block("chin", (G, F)),
                Block("under_eye", (G, G, O)), Block("cheek", (G, G), arrive=True)),
        hands=("left",), seed=2781, crf=30, mirrored=True, timing=TWENTY_SECOND_PACE,
        hand_roll_deg=-3.0, **_SNEAT,
        look=Look(light_angle_deg=280.0, noise_sigma=3.0, tint_rgb=(1.01, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=-2.0, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=-5.0,
                          yaw_amp_deg=6.0, period_s=9.3, phase=2.7)),
)
