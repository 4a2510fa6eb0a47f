"""The seventeenth held-out set (two young people of a real darker skin from the placeholder
portraits of Creative Tim's admin templates on npm, MIT as shipped: the laughing young
woman with long box braids of the Soft UI Dashboard ("Sophie B." in its profile page), a
dark skin, frontal but her head tilted about 32 degrees toward her left shoulder in the
photo, and the young man with round glasses and a short beard of the Material Dashboard
("Ivanna" in its profile page, a placeholder name), a medium brown skin, frontal, tilted
about 9 degrees; seeds 22xx; 9 clips, 80 strokes, 2.6 MB): rendered and checked once,
evaluated once after the method was settled, then looked at; tuning material now (`--check`:
the hand found in 100 % of stroke frames in seven of the eight stroke clips
and 97.7 % in the 15 fps one (its last, too-fast stroke of 6 frames found in 2); 95.3 % of
the negatives' near-face frames, the passing hand in 41 %; the face in 100 % of frames in
all nine clips (the turned-head clip, 20-34 degrees, too); median fingertip errors
0.017-0.038 face widths: 0.017-0.025 in the Soft UI woman's 30 fps clips and 0.038 in her
15 fps one, 0.023 in the Material man's 30 fps stroke clips, 0.032 in his 24 fps one and
0.033 in his negatives). The 30 fps clips are compressed at crf 30 and all came out small
enough (0.32-0.36 MB; the 15 fps clip 0.14 MB, the 24 fps one 0.15 MB): nothing was
rendered again. The same kinds of conditions as the sixteenth set (looked_at/sixteenth.py),
other zones, faults, gesture order (chin rest, mouth cover, wave, nose scratch, pass; a
nose scratch inside the 15 fps clip), sides and head turns. The Soft UI woman's braids
cover her temples and lie along her jaw, and her neck is in their shadow: her strokes are
on her forehead, under her eyes, on her nose, cheeks and chin, never on her temples, jaw or
neck; her clips lean her head back by 12-20 degrees (it stays tilted 12-20 degrees) and
turn it at most 8 degrees either way; right hand on her right side in her small-lifts and
lifting clips, left hand on her left side in the others. The Material man's beard covers
his chin, jaw and upper lip and his glasses' lower rims the top of the under-eye zone: his
strokes are on his forehead, temples, nose and cheeks (above the beard), and under his eye
with the ring finger (below the rims), never on his chin, jaw or neck; his turned-head
clip turns him 20-34 degrees to his left (tag yaw:35) with the right hand on his near
(right) side, his two-hands clip 10 either way, his other clips at most 10; his negatives
are done with the left hand."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The seventeenth set's hand: bending, smaller than most (1.12 face widths), fingers and
# palm both a little shorter and narrower than the template's; a warm dark brown skin for
# the Soft UI Dashboard's woman, a medium brown one for the Material Dashboard's man,
# sleeves like their own clothes (a red of her striped dress, a black T-shirt).
_SMALL_EVEN_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.96, 0.96),
                        hand_scale_fw=1.12, held_out=True)
_SOFTUI = dict(face="softui", hand_skin_rgb=(158.0, 102.0, 72.0),
               sleeve_rgb=(176.0, 44.0, 48.0), **_SMALL_EVEN_HAND)
_IVANA = dict(face="ivana", hand_skin_rgb=(170.0, 118.0, 94.0),
              sleeve_rgb=(28.0, 28.0, 30.0), **_SMALL_EVEN_HAND)

# A seventeenth person's pace: unhurried strokes (0.95-1.6 s over 0.75-1.05 of the
# chord), slowish returns (0.4-0.7 s, lifts of 2.5-4 cm: the hand 5-9 % bigger), quick
# moves between zones, pauses a little over a quarter of the time (0.25-0.75 s), rests on
# the skin three in ten good strokes (0.35-0.9 s); slow arrivals, quick leaves, absences of
# 0.7-1.25 s; too-fast strokes just under the limit (0.40-0.43 s against 0.45).
SEVENTEENTH_PACE = Timing(good_s=(0.95, 1.6), slow_fault_s=(0.95, 1.5),
                          too_fast_s=(0.40, 0.43), return_s=(0.4, 0.7),
                          move_s=(0.55, 0.85), pause_s=(0.25, 0.75), pause_chance=0.28,
                          approach_s=(0.85, 1.15), leave_s=(0.45, 0.75),
                          lift_peak=(1.05, 1.09), good_off_deg=25.0,
                          length_scale=(0.75, 1.05), rest_chance=0.3, rest_s=(0.35, 0.9),
                          land_straight=True, away_s=(0.7, 1.25))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_softui_small_lifts_routine",
        description="Soft UI Dashboard's laughing young woman with box braids (a dark skin; "
                    "frontal, her head tilted toward her left shoulder in the photo, leaned "
                    "back by about half); right hand on her right side: cheek, under-eye, "
                    "chin and forehead, small lifts, rests on the skin, a fresh arrival on "
                    "the chin.",
        blocks=(Block("cheek", (G, G, O)), Block("under_eye", (G, F)),
                Block("chin", (G, G), arrive=True), Block("forehead", (G, R))),
        hands=("right",), seed=2201, crf=30, timing=SEVENTEENTH_PACE, hand_roll_deg=4.0,
        **_SOFTUI,
        look=Look(light_angle_deg=40.0, noise_sigma=2.0, tint_rgb=(1.0, 1.0, 1.02)),
        motion=HeadMotion(roll_deg=-15.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-2.0,
                          yaw_amp_deg=5.0, period_s=9.1, phase=0.7)),
    ClipSpec(
        name="held_out_ivana_turned_head_ring_finger",
        description="Material Dashboard's young man with round glasses and a short beard "
                    "(a medium brown skin; frontal in the photo), his head turned 20-34 "
                    "degrees to his left, nodding; right hand on his near (right) side: "
                    "forehead, ring finger under the eye (below his glasses' rims), cheek "
                    "above the beard, temple.",
        blocks=(Block("forehead", (G, G)), Block("under_eye", (G, R, G), finger="ring"),
                Block("cheek", (G, F)), Block("temple", (G, O))),
        hands=("right",), seed=2211, crf=30, timing=SEVENTEENTH_PACE, hand_roll_deg=5.0,
        **_IVANA,
        look=Look(light_angle_deg=200.0, noise_sigma=2.5, tint_rgb=(0.99, 1.0, 1.01)),
        motion=HeadMotion(roll_deg=-3.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=27.0,
                          yaw_amp_deg=7.0, pitch_deg=1.0, pitch_amp_deg=6.0, period_s=10.2,
                          phase=0.9),
        tags=("yaw:35",)),
    ClipSpec(
        name="held_out_ivana_negatives",
        description="Material Dashboard's young man with round glasses and a short beard, "
                    "no massage: the chin resting on the hand, a hand over the mouth, a "
                    "wave, a nose scratch, a hand passing.",
        blocks=(Gesture("chin_rest"), Gesture("mouth_cover"), Gesture("wave"),
                Gesture("nose_scratch"), Gesture("pass")),
        hands=("left",), seed=2221, crf=30, **_IVANA,
        look=Look(noise_sigma=3.0, light_angle_deg=300.0, tint_rgb=(1.0, 1.0, 0.98)),
        motion=HeadMotion(scale=0.97, roll_deg=-3.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=4.0, yaw_amp_deg=6.0, period_s=8.1, phase=1.5)),
    ClipSpec(
        name="held_out_ivana_two_hands",
        description="Material Dashboard's young man, both hands at once on the forehead, "
                    "the temples and the cheeks (above the beard) while his head turns "
                    "about 10 degrees either way and tilts.",
        blocks=(Block("forehead", (G, R, G)), Block("temple", (G, G)),
                Block("cheek", (G, G, F))),
        hands=("right", "left"), seed=2231, crf=30, timing=SEVENTEENTH_PACE, **_IVANA,
        look=Look(light_angle_deg=160.0, noise_sigma=2.5, light_tilt=0.2),
        motion=HeadMotion(roll_deg=-4.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=1.0,
                          yaw_amp_deg=11.0, pitch_deg=1.0, pitch_amp_deg=5.0, period_s=11.6,
                          phase=2.2)),
    ClipSpec(
        name="held_out_softui_15fps_blur_crf37_dim",
        description="Soft UI Dashboard's young woman at 15 fps with motion blur, strong "
                    "compression, a dim noisy warm room lit from her right; left hand on "
                    "her left side: nose and under-eye, a nose scratch, then forehead and "
                    "cheek.",
        blocks=(Block("nose", (G, G, R)), Block("under_eye", (G, O)), Gesture("nose_scratch"),
                Block("forehead", (G, G)), Block("cheek", (G, F))),
        hands=("left",), seed=2241, fps=15, crf=37, shutter_subframes=4,
        timing=SEVENTEENTH_PACE, hand_roll_deg=-5.0, **_SOFTUI,
        look=Look(gain=0.56, gamma=1.15, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=170.0, tint_rgb=(1.05, 0.98, 0.9)),
        motion=HeadMotion(roll_deg=-16.0, roll_amp_deg=4.0, sway_px=(12.0, 6.0),
                          squash_amp=0.0, yaw_deg=-3.0, yaw_amp_deg=4.0, period_s=8.3,
                          phase=0.2)),
    ClipSpec(
        name="held_out_ivana_24fps_far_camera",
        description="Material Dashboard's young man far from a 24 fps camera (a smaller "
                    "face), blur and compression; left hand on his left side: temple, "
                    "cheek, nose and forehead.",
        blocks=(Block("temple", (G, G, F)), Block("cheek", (G, R)), Block("nose", (G, G)),
                Block("forehead", (G, O))),
        hands=("left",), seed=2251, fps=24, crf=36, shutter_subframes=3,
        timing=SEVENTEENTH_PACE, hand_roll_deg=-4.0, **_IVANA,
        look=Look(noise_sigma=4.0, light_angle_deg=60.0, tint_rgb=(1.01, 1.0, 0.98)),
        motion=HeadMotion(scale=0.66, scale_amp=0.04, roll_deg=-3.0, roll_amp_deg=3.0,
                          yaw_deg=-4.0, yaw_amp_deg=5.0, period_s=9.5, phase=1.1)),
    ClipSpec(
        name="held_out_softui_lifting",
        description="Profile 'lifting'; Soft UI Dashboard's young woman; right hand on her "
                    "right side: nose, cheek, chin and forehead with faults near the "
                    "limits, a fresh arrival on the cheek.",
        blocks=(Block("nose", (G, F)), Block("cheek", (G, G, O), arrive=True),
                Block("chin", (G, R)), Block("forehead", (G, G))),
        hands=("right",), profile="lifting", seed=2261, crf=30, timing=SEVENTEENTH_PACE,
        hand_roll_deg=6.0, **_SOFTUI,
        look=Look(noise_sigma=2.0, gain=1.02, light_angle_deg=250.0,
                  tint_rgb=(1.0, 0.99, 0.98)),
        motion=HeadMotion(scale=0.98, roll_deg=-14.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=3.0, yaw_amp_deg=5.0, pitch_deg=-1.0, period_s=9.7,
                          phase=2.4)),
    ClipSpec(
        name="held_out_softui_one_side_routine",
        description="Soft UI Dashboard's young woman; left hand on her left side in "
                    "drainage order: chin, cheek, nose, under-eye, forehead.",
        blocks=(Block("chin", (G, R)), Block("cheek", (G, G)), Block("nose", (G, F)),
                Block("under_eye", (G, G)), Block("forehead", (G, O))),
        hands=("left",), seed=2271, crf=30, timing=SEVENTEENTH_PACE, hand_roll_deg=-3.0,
        **_SOFTUI,
        look=Look(light_angle_deg=100.0, noise_sigma=2.5, gain=0.98,
                  tint_rgb=(1.0, 1.0, 0.98)),
        motion=HeadMotion(roll_deg=-15.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=2.0,
                          yaw_amp_deg=4.0, period_s=10.8, phase=1.3)),
    ClipSpec(
        name="held_out_softui_mirrored_selfie",
        description="Soft UI Dashboard's young woman, a mirrored (selfie) recording; left "
                    "hand on her left side: forehead, under-eye, cheek and chin, a fresh "
                    "arrival on the cheek.",
        blocks=(Block("forehead", (G, G)), Block("under_eye", (G, F, G)),
                Block("cheek", (G, G), arrive=True), Block("chin", (G, R))),
        hands=("left",), seed=2281, crf=30, mirrored=True, timing=SEVENTEENTH_PACE,
        hand_roll_deg=-4.0, **_SOFTUI,
        look=Look(light_angle_deg=320.0, noise_sigma=3.0, tint_rgb=(1.0, 0.99, 1.01)),
        motion=HeadMotion(roll_deg=-16.0, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=-3.0,
                          yaw_amp_deg=5.0, period_s=8.9, phase=2.8)),
)
