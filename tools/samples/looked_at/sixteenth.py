"""The sixteenth held-out set (two young people of a real darker skin from the placeholder
portraits of theme packages on npm, MIT as shipped: the smiling young man with glasses and a
short beard of Start Bootstrap's Personal theme (its unnamed profile picture), a dark skin,
his head turned about 20 degrees to his right in the photo, and the young woman with large
aviator glasses and hoop earrings of Creative Tim's Material Dashboard ("Anne Marie" in its
profile page), a medium brown skin, her head turned about 20 degrees to her left; seeds
21xx; 9 clips, 85 strokes, 2.4 MB): rendered and checked once, evaluated once after the
method was settled, then looked at; tuning material now (`--check`: the hand found in 100 %
of stroke frames in every stroke clip, the 15 fps one too; 93.5 % of the negatives'
near-face frames, the passing hand in 42 %; the face in 100 % of frames in all nine clips
(the turned-head clip, 21-35 degrees in all, too); median fingertip errors 0.028-0.065 face
widths, higher than the fifteenth set's 0.009-0.025: 0.039-0.046 in the Personal man's 30
fps clips and 0.065 in his 15 fps one, 0.028-0.035 in the Material woman's, 0.040 in her
negatives). The 30 fps clips are compressed at crf 30 and all came out small enough
(0.24-0.34 MB; the 15 fps clip 0.11 MB, the 24 fps one 0.14 MB): nothing was rendered again.
The same kinds of conditions as the fifteenth set (looked_at/fifteenth.py), other zones,
faults, gesture order (pass, chin rest, wave, nose scratch, mouth cover; a wave inside the
15 fps clip), sides and head turns. The Personal man's strokes are all on his left (near)
side with the left hand (his right side is turned away), never on his neck (his beard and
collar); his clips turn him at most 7 degrees back toward the camera, and his turned-head
clip 1-15 degrees further to his right (21-35 in all, tag yaw:35) with ring-finger strokes
under his near (left) eye, below his glasses' rims. The Material woman's glasses cover her
under-eyes and her hair her temples and neck: her strokes are on her forehead, nose, cheek,
jaw and chin, on her right (near) side with the right hand (her negatives too), and on both
sides in her two-hands clip, which turns her 2-22 degrees back toward the camera (18 to her
left to 2 to her right); her other clips turn her at most 11 degrees back and 1 further."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The sixteenth set's hand: bending, a little larger than most (1.30 face widths), fingers a
# little longer than the template's on a palm of about its width; a dark brown skin for the
# Personal theme's man, a medium brown one for the Material Dashboard's woman, sleeves like
# their own clothes (a dark navy shirt, a black top).
_EVEN_LONG_FINGERED_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.04, 1.02),
                                hand_scale_fw=1.3, held_out=True)
_PERSONAL = dict(face="personal", hand_skin_rgb=(128.0, 84.0, 66.0),
                 sleeve_rgb=(40.0, 42.0, 56.0), **_EVEN_LONG_FINGERED_HAND)
_MATERIAL = dict(face="material", hand_skin_rgb=(182.0, 124.0, 96.0),
                 sleeve_rgb=(40.0, 34.0, 38.0), **_EVEN_LONG_FINGERED_HAND)

# A sixteenth person's pace: medium strokes (0.8-1.45 s over 0.7-1.0 of the chord), medium
# returns (0.35-0.65 s, lifts of 2-3.5 cm: the hand 4-8 % bigger), medium moves between
# zones, short pauses a third of the time (0.2-0.6 s), rests on the skin a quarter of good
# strokes (0.3-0.8 s); medium arrivals and leaves, absences of 0.65-1.2 s; too-fast strokes
# just under the limit (0.405-0.435 s against 0.45).
SIXTEENTH_PACE = Timing(good_s=(0.8, 1.45), slow_fault_s=(0.85, 1.4),
                        too_fast_s=(0.405, 0.435), return_s=(0.35, 0.65),
                        move_s=(0.6, 0.95), pause_s=(0.2, 0.6), pause_chance=0.33,
                        approach_s=(0.75, 1.05), leave_s=(0.5, 0.85),
                        lift_peak=(1.04, 1.08), good_off_deg=25.0, length_scale=(0.7, 1.0),
                        rest_chance=0.25, rest_s=(0.3, 0.8), land_straight=True,
                        away_s=(0.65, 1.2))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_personal_small_lifts_routine",
        description="Start Bootstrap Personal's smiling young man with glasses and a short "
                    "beard (a dark skin; his head turned about 20 degrees to his right in "
                    "the photo); left hand on his near (left) side: jaw, cheek, forehead and "
                    "chin, small lifts, rests on the skin, a fresh arrival on the forehead.",
        blocks=(Block("jawline", (G, G, O)), Block("cheek", (G, F)),
                Block("forehead", (G, G), arrive=True), Block("chin", (G, R))),
        hands=("left",), seed=2101, crf=30, timing=SIXTEENTH_PACE, hand_roll_deg=-4.0,
        **_PERSONAL,
        look=Look(light_angle_deg=30.0, noise_sigma=2.0, tint_rgb=(1.0, 1.0, 1.02)),
        motion=HeadMotion(roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=3.0, yaw_amp_deg=4.0,
                          period_s=9.3, phase=0.4)),
    ClipSpec(
        name="held_out_personal_turned_head_ring_finger",
        description="Start Bootstrap Personal's young man, his head (turned about 20 degrees "
                    "to his right in the photo) turned 1-15 degrees further (about 21-35 in "
                    "all), nodding; left hand on his near (left) side: ring finger under the "
                    "eye, temple, cheek, nose.",
        blocks=(Block("under_eye", (G, G, F), finger="ring"), Block("temple", (G, R)),
                Block("cheek", (G, O, G)), Block("nose", (G, G))),
        hands=("left",), seed=2111, crf=30, timing=SIXTEENTH_PACE, hand_roll_deg=-6.0,
        **_PERSONAL,
        look=Look(light_angle_deg=340.0, noise_sigma=2.5, tint_rgb=(1.01, 1.0, 0.99)),
        motion=HeadMotion(roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-8.0, yaw_amp_deg=7.0,
                          pitch_deg=2.0, pitch_amp_deg=6.0, period_s=10.6, phase=1.2),
        tags=("yaw:35",)),
    ClipSpec(
        name="held_out_material_negatives",
        description="Material Dashboard's young woman with large glasses and hoop earrings, "
                    "no massage: a hand passing, the chin resting on the hand, a wave, a "
                    "nose scratch, a hand over the mouth.",
        blocks=(Gesture("pass"), Gesture("chin_rest"), Gesture("wave"),
                Gesture("nose_scratch"), Gesture("mouth_cover")),
        hands=("right",), seed=2121, crf=30, **_MATERIAL,
        look=Look(noise_sigma=3.0, light_angle_deg=120.0, tint_rgb=(1.01, 1.0, 0.99)),
        motion=HeadMotion(scale=0.97, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-4.0,
                          yaw_amp_deg=5.0, period_s=8.4, phase=0.6)),
    ClipSpec(
        name="held_out_material_two_hands",
        description="Material Dashboard's young woman (turned about 20 degrees to her left "
                    "in the photo), both hands at once on the cheeks, the chin and the jaw "
                    "while her head turns 2-22 degrees back toward the camera and tilts.",
        blocks=(Block("cheek", (G, G, R, G)), Block("chin", (G, G)),
                Block("jawline", (G, F, G))),
        hands=("right", "left"), seed=2131, crf=30, timing=SIXTEENTH_PACE, **_MATERIAL,
        look=Look(light_angle_deg=190.0, noise_sigma=2.5, light_tilt=0.2),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-12.0, yaw_amp_deg=10.0,
                          pitch_deg=-2.0, pitch_amp_deg=5.0, period_s=11.2, phase=0.5)),
    ClipSpec(
        name="held_out_personal_15fps_blur_crf37_dim",
        description="Start Bootstrap Personal's young man at 15 fps with motion blur, strong "
                    "compression, a dim noisy warm room lit from his left; left hand on his "
                    "near side: cheek and nose, a wave, then temple and jaw.",
        blocks=(Block("cheek", (G, G, O)), Block("nose", (G, F)), Gesture("wave"),
                Block("temple", (G, G)), Block("jawline", (G, R))),
        hands=("left",), seed=2141, fps=15, crf=37, shutter_subframes=4,
        timing=SIXTEENTH_PACE, hand_roll_deg=-5.0, **_PERSONAL,
        look=Look(gain=0.56, gamma=1.15, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=10.0, tint_rgb=(1.05, 0.98, 0.9)),
        motion=HeadMotion(roll_amp_deg=4.0, sway_px=(12.0, 6.0), squash_amp=0.0,
                          yaw_deg=3.0, yaw_amp_deg=3.0, period_s=7.9, phase=1.4)),
    ClipSpec(
        name="held_out_material_24fps_far_camera",
        description="Material Dashboard's young woman far from a 24 fps camera (a smaller "
                    "face), blur and compression; right hand on her right (near) side: "
                    "forehead, nose, cheek and jaw.",
        blocks=(Block("forehead", (G, G, O)), Block("nose", (G, R)), Block("cheek", (G, G)),
                Block("jawline", (G, F))),
        hands=("right",), seed=2151, fps=24, crf=36, shutter_subframes=3,
        timing=SIXTEENTH_PACE, hand_roll_deg=4.0, **_MATERIAL,
        look=Look(noise_sigma=4.0, light_angle_deg=220.0, tint_rgb=(0.99, 1.0, 1.02)),
        motion=HeadMotion(scale=0.66, scale_amp=0.04, roll_amp_deg=3.0, yaw_deg=-5.0,
                          yaw_amp_deg=4.0, period_s=9.9, phase=2.0)),
    ClipSpec(
        name="held_out_material_lifting",
        description="Profile 'lifting'; Material Dashboard's young woman; right hand on her "
                    "right (near) side: chin, jaw, cheek and forehead with faults near the "
                    "limits, a fresh arrival on the jaw.",
        blocks=(Block("chin", (G, G)), Block("jawline", (G, O, G), arrive=True),
                Block("cheek", (G, F)), Block("forehead", (G, R))),
        hands=("right",), profile="lifting", seed=2161, crf=30, timing=SIXTEENTH_PACE,
        hand_roll_deg=5.0, **_MATERIAL,
        look=Look(noise_sigma=2.0, gain=1.03, light_angle_deg=70.0,
                  tint_rgb=(1.0, 0.99, 0.97)),
        motion=HeadMotion(scale=0.98, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-6.0,
                          yaw_amp_deg=5.0, pitch_deg=-1.0, period_s=8.8, phase=1.9)),
    ClipSpec(
        name="held_out_personal_one_side_routine",
        description="Start Bootstrap Personal's young man; left hand on his left (near) side "
                    "in drainage order: chin, jaw, cheek, under-eye, forehead, temple.",
        blocks=(Block("chin", (G, G)), Block("jawline", (G, R)), Block("cheek", (G, G)),
                Block("under_eye", (G, O)), Block("forehead", (G, G)), Block("temple", (G, F))),
        hands=("left",), seed=2171, crf=30, timing=SIXTEENTH_PACE, hand_roll_deg=-3.0,
        **_PERSONAL,
        look=Look(light_angle_deg=280.0, noise_sigma=2.5, gain=0.98,
                  tint_rgb=(1.0, 1.0, 0.98)),
        motion=HeadMotion(roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=2.0, yaw_amp_deg=3.0,
                          period_s=10.3, phase=0.9)),
    ClipSpec(
        name="held_out_material_mirrored_selfie",
        description="Material Dashboard's young woman, a mirrored (selfie) recording; right "
                    "hand on her near (right) side: nose, forehead, chin and cheek, a fresh "
                    "arrival on the chin.",
        blocks=(Block("nose", (G, G)), Block("forehead", (G, F, G)),
                Block("chin", (G, G), arrive=True), Block("cheek", (G, R))),
        hands=("right",), seed=2181, crf=30, mirrored=True, timing=SIXTEENTH_PACE,
        hand_roll_deg=3.0, **_MATERIAL,
        look=Look(light_angle_deg=300.0, noise_sigma=3.0, tint_rgb=(1.0, 0.99, 1.01)),
        motion=HeadMotion(roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=-3.0, yaw_amp_deg=4.0,
                          period_s=8.7, phase=2.6)),
)
