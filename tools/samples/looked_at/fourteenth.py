"""The fourteenth held-out set (Troy Cosentino, the blogger's photo in the npm package gatsby-
starter-blog 1.0.1, in sunglasses, and Nikola Tesla, a public-domain portrait in the Nikola
8.3.3 wheel's demo gallery, an older man, his right hand against his right temple and cheek
in the photo; seeds 19xx; 9 clips, 84 strokes, 2.9 MB): rendered once, evaluated once after
the method was settled, then looked at; tuning material now (`--check`: the hand found in
100 % of stroke frames in every stroke clip, the 15 fps one too; 94.0 % of the negatives'
near-face frames, the passing hand in 41 %; the face in 99.0-100 % of frames in Cosentino's
five clips, but only 81.4 % in Tesla's lifting clip, 76.2 % in his 24 fps one, 71.8 % in his
one-side routine and 48.9 % in his turned-head clip (turned 20-36 degrees, tilted, his own
hand against the far side of his face); median fingertip errors 0.012-0.025 face widths).
Nothing was rendered again. All seven 30 fps clips are compressed at crf 30 from the start
(the thirteenth set had to be rendered again for it): 0.34-0.41 MB (the mirrored selfie 0.41
MB, his checked shirt). The same kinds of conditions as the thirteenth set
(looked_at/thirteenth.py), other zones, faults, gesture order (pass, chin rest, mouth cover,
wave, nose scratch), sides and head turns. Cosentino's photo is turned about 10 degrees to
his left (FaceMesh's depth), Tesla's about 19 to his right and tilted about 21 degrees (his
clips lean it back by about half, HeadMotion.roll_deg 9-11). No under-eye strokes on
Cosentino (his sunglasses cover that zone; his forehead strokes run above them). Tesla's own
hand covers his right temple and cheek, and his collar his neck: all his strokes are on his
left (near) side with the left hand, none on the neck (left untoned, Look(neck=False)); his
greyscale photo is given a light skin tone. His turned-head clip turns him 1-17 degrees
further (20-36 in all) with ring-finger strokes under his near eye; Cosentino's two-hands
clip turns him 4 back and up to 20 further (6-30 in all). A turn the photo already holds is
not in the `yaw:` tag that HeadMotion gives (that one is relative to the photo): those clips
carry the head's turn in all as a tag of their own."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The fourteenth set's hand: bending, smallish (1.16 face widths) with fingers a little
# longer than the template's on a slightly narrow palm; a fair ruddy skin for Cosentino, a
# light one for Tesla, new sleeves (a light blue shirt, a dark suit).
_SLENDER_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.08, 0.94),
                     hand_scale_fw=1.16, held_out=True)
_COSENTINO = dict(face="cosentino", hand_skin_rgb=(232.0, 174.0, 150.0),
                  sleeve_rgb=(120.0, 140.0, 186.0), **_SLENDER_HAND)
_TESLA = dict(face="tesla", hand_skin_rgb=(210.0, 172.0, 144.0),
              sleeve_rgb=(52.0, 50.0, 58.0), **_SLENDER_HAND)
# Tesla's portrait is greyscale: his face skin is given a light tone; his collar hides his
# neck, which is left untoned (Look(neck=False)).
_TESLA_SKIN = (0.0, 8.0, 13.0)

# A fourteenth person's pace: strokes of middling speed (0.9-1.5 s over 0.7-1.05 of the
# chord), medium low returns (0.35-0.6 s, lifts of 2-3.5 cm: the hand 5-8 % bigger), quick
# moves between zones, medium pauses now and then (30 %, 0.25-0.7 s), rests on the skin a
# quarter of the time (0.35-0.9 s); slowish arrivals, quick leaves; too-fast strokes close to
# the limit (0.415-0.445 s against 0.45).
FOURTEENTH_PACE = Timing(good_s=(0.9, 1.5), slow_fault_s=(0.9, 1.4),
                         too_fast_s=(0.415, 0.445), return_s=(0.35, 0.6),
                         move_s=(0.5, 0.85), pause_s=(0.25, 0.7), pause_chance=0.3,
                         approach_s=(0.8, 1.1), leave_s=(0.5, 0.75),
                         lift_peak=(1.05, 1.08), good_off_deg=25.0, length_scale=(0.7, 1.05),
                         rest_chance=0.25, rest_s=(0.35, 0.9), land_straight=True,
                         away_s=(0.55, 1.0))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_cosentino_small_lifts_routine",
        description="Troy Cosentino (sunglasses, his head turned about 10 degrees to his "
                    "left in the photo); right hand on his near side: jaw, cheek, neck and "
                    "forehead, small lifts, rests on the skin, a fresh arrival on the neck.",
        blocks=(Block("jawline", (G, G, F)), Block("cheek", (G, R, G)),
                Block("neck", (G, G), arrive=True), Block("forehead", (G, O))),
        hands=("right",), seed=1901, crf=30, timing=FOURTEENTH_PACE, hand_roll_deg=6.0,
        **_COSENTINO,
        look=Look(light_angle_deg=30.0, noise_sigma=2.5, tint_rgb=(1.01, 1.0, 0.98)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=3.0, yaw_amp_deg=4.0,
                          period_s=9.3, phase=0.4)),
    ClipSpec(
        name="held_out_tesla_turned_head_ring_finger",
        description="Nikola Tesla, his head turned about 19 degrees to his right in the photo "
                    "and 1-17 degrees further (20-36 in all), nodding; left hand on his near "
                    "side: temple, ring finger under the eye, cheek, nose.",
        blocks=(Block("temple", (G, R)), Block("under_eye", (G, G, O), finger="ring"),
                Block("cheek", (G, F, G)), Block("nose", (G, G))),
        hands=("left",), seed=1911, crf=30, timing=FOURTEENTH_PACE, hand_roll_deg=-5.0, **_TESLA,
        look=Look(skin_lab_shift=_TESLA_SKIN, neck=False, light_angle_deg=300.0,
                  noise_sigma=3.0),
        motion=HeadMotion(roll_deg=10.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-9.0,
                          yaw_amp_deg=8.0, pitch_deg=2.0, pitch_amp_deg=6.0, period_s=10.1,
                          phase=0.7),
        tags=("yaw:36",)),
    ClipSpec(
        name="held_out_cosentino_negatives",
        description="Troy Cosentino, no massage: a hand passing, the chin resting on the "
                    "hand, a hand over the mouth, a wave, scratching the nose.",
        blocks=(Gesture("pass"), Gesture("chin_rest"), Gesture("mouth_cover"),
                Gesture("wave"), Gesture("nose_scratch")),
        hands=("right",), seed=1921, crf=30, **_COSENTINO,
        look=Look(noise_sigma=3.5, light_angle_deg=110.0, tint_rgb=(0.99, 1.0, 1.02)),
        motion=HeadMotion(scale=0.96, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=2.0,
                          yaw_amp_deg=4.0, period_s=8.3, phase=1.2)),
    ClipSpec(
        name="held_out_cosentino_two_hands",
        description="Troy Cosentino, both hands at once on the cheeks, the forehead and the "
                    "jaw while the head, turned about 10 degrees to his left in the photo, "
                    "turns 4 degrees back toward the camera and up to 20 further (6-30 in "
                    "all).",
        blocks=(Block("cheek", (G, G)), Block("forehead", (G, R, G)), Block("jawline", (G, O))),
        hands=("right", "left"), seed=1931, crf=30, timing=FOURTEENTH_PACE, **_COSENTINO,
        look=Look(light_angle_deg=220.0, noise_sigma=3.0, light_tilt=0.25),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=8.0, yaw_amp_deg=12.0,
                          pitch_deg=-2.0, pitch_amp_deg=5.0, period_s=11.0, phase=0.6),
        tags=("yaw:30",)),
    ClipSpec(
        name="held_out_cosentino_15fps_blur_crf37_dim",
        description="Troy Cosentino at 15 fps with motion blur, strong compression, a dim "
                    "noisy greenish room lit from his right; right hand on forehead and "
                    "neck, a hand over the mouth, then cheek and chin.",
        blocks=(Block("forehead", (G, G, R)), Block("neck", (G, F)),
                Gesture("mouth_cover"), Block("cheek", (G, G)), Block("chin", (G, G, O))),
        hands=("right",), seed=1941, fps=15, crf=37, shutter_subframes=4,
        timing=FOURTEENTH_PACE, hand_roll_deg=5.0, **_COSENTINO,
        look=Look(gain=0.56, gamma=1.12, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=190.0, tint_rgb=(0.96, 1.04, 0.96)),
        motion=HeadMotion(roll_amp_deg=4.0, sway_px=(10.0, 8.0), squash_amp=0.0,
                          yaw_deg=2.0, yaw_amp_deg=3.0, period_s=8.4, phase=1.0)),
    ClipSpec(
        name="held_out_tesla_24fps_far_camera",
        description="Nikola Tesla far from a 24 fps camera (a smaller face), blur and "
                    "compression; left hand on his near side: forehead, cheek, under-eye, "
                    "jaw and chin.",
        blocks=(Block("forehead", (G, F)), Block("cheek", (G, G)), Block("under_eye", (G, R)),
                Block("jawline", (G, G)), Block("chin", (G, O))),
        hands=("left",), seed=1951, fps=24, crf=36, shutter_subframes=3,
        timing=FOURTEENTH_PACE, hand_roll_deg=-4.0, **_TESLA,
        look=Look(skin_lab_shift=_TESLA_SKIN, neck=False, noise_sigma=4.0,
                  light_angle_deg=140.0, tint_rgb=(1.02, 1.0, 0.97)),
        motion=HeadMotion(scale=0.66, scale_amp=0.04, roll_deg=9.0, roll_amp_deg=3.0,
                          period_s=9.9, phase=1.3)),
    ClipSpec(
        name="held_out_tesla_lifting",
        description="Profile 'lifting'; Nikola Tesla; left hand on his near side: jaw, cheek, "
                    "temple and forehead with faults near the limits, a fresh arrival on the "
                    "temple.",
        blocks=(Block("jawline", (G, G, F)), Block("cheek", (G, O)),
                Block("temple", (G, G), arrive=True), Block("forehead", (G, R))),
        hands=("left",), profile="lifting", seed=1961, crf=30, timing=FOURTEENTH_PACE,
        hand_roll_deg=-3.0, **_TESLA,
        look=Look(skin_lab_shift=_TESLA_SKIN, neck=False, noise_sigma=2.5, gain=1.03,
                  light_angle_deg=70.0, tint_rgb=(1.0, 0.99, 0.97)),
        motion=HeadMotion(scale=0.97, roll_deg=11.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=4.0, yaw_amp_deg=4.0, pitch_deg=1.0, period_s=9.4,
                          phase=2.2)),
    ClipSpec(
        name="held_out_tesla_one_side_routine",
        description="Nikola Tesla; left hand on his left (near) side in drainage order, the "
                    "neck left out (his collar hides it): chin, jaw, cheek, nose, under-eye, "
                    "temple.",
        blocks=(Block("chin", (G, G)), Block("jawline", (G, R)), Block("cheek", (G, F)),
                Block("nose", (G, G)), Block("under_eye", (G, G)), Block("temple", (G, O))),
        hands=("left",), seed=1971, crf=30, timing=FOURTEENTH_PACE, hand_roll_deg=-6.0, **_TESLA,
        look=Look(skin_lab_shift=_TESLA_SKIN, neck=False, light_angle_deg=250.0,
                  noise_sigma=2.5, gain=0.97, tint_rgb=(1.0, 1.0, 1.01)),
        motion=HeadMotion(roll_deg=10.0, roll_amp_deg=2.5, period_s=10.3, phase=1.6)),
    ClipSpec(
        name="held_out_cosentino_mirrored_selfie",
        description="Troy Cosentino, a mirrored (selfie) recording; right hand on his near "
                    "side: temple, jaw, neck and cheek, a fresh arrival on the neck.",
        blocks=(Block("temple", (G, G, R)), Block("jawline", (G, F)),
                Block("neck", (G, G), arrive=True), Block("cheek", (G, O))),
        hands=("right",), seed=1981, crf=30, mirrored=True, timing=FOURTEENTH_PACE,
        hand_roll_deg=4.0, **_COSENTINO,
        look=Look(light_angle_deg=350.0, noise_sigma=3.0, tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=4.0, yaw_amp_deg=5.0,
                          period_s=8.7, phase=2.0)),
)
