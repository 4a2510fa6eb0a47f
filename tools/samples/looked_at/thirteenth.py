"""The thirteenth held-out set (the young woman of Fotoxx's denoise picture, a real darker
skin, and menpo3d's James; seeds 18xx; 9 clips, 84 strokes, 2.3 MB): rendered once
(`--check`: the hand found in 100 % of stroke frames in every stroke clip, the 15 fps one
too; 92.5 % of the negatives' near-face frames, the passing hand in 34 %; the face in 100 %
of frames in six clips, 98.8 % in the two-hands clip, 93.4 % in her small-lifts routine and
82.0 % in her 15 fps clip; median fingertip errors 0.015-0.043 face widths), evaluated once
after the method was settled, then looked at; tuning material now. One render was stopped
before any check, after four clips, because the 30 fps clips came out 0.34-0.38 MB (James's
noisy dark backdrop and stubble): all seven 30 fps clips are compressed at crf 30 instead of
28 (0.26-0.37 MB), then all nine were rendered again and checked. The same kinds of
conditions as the twelfth set (looked_at/twelfth.py), other zones, faults, gesture order
(mouth cover, wave, nose scratch, pass, chin rest), sides and head turns. Both photos are
turned: her head about 45 degrees to her left (FaceMesh's depth), his about 21 to his right.
Her clips turn her 5-15 degrees back toward the camera (further back, the turned mesh cuts
her cheek's outline), so her head is turned about 30-40 degrees in all, and her strokes are
on her near (right) side, with the right hand; the photo ends at her chin: no chin or neck
strokes on her. His turned-head clip turns him 6-20 degrees further (27-41 in all) with
ring-finger strokes on his near side; his two-hands clip turns him 8 back and up to 20
further (13-41 in all; turned back more, his forehead parts from his hair), his lifting clip
up to 10 back (11-21 in all); his one-side routine is on his far (right) side. A turn the
photo already holds is not in the `yaw:` tag that HeadMotion gives (that one is relative to
the photo): her four clips and his turned-head and two-hands clips carry the head's turn in
all as a tag of their own."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The thirteenth set's hand: bending, large (1.35 face widths) with long fingers on a broad
# palm (a big, long-fingered, broad hand); a medium brown skin for the young woman of
# Fotoxx's denoise picture, a fair pinkish one for menpo3d's James, new sleeves.
_BROAD_LONG_FINGERED_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.12, 1.08),
                                 hand_scale_fw=1.35, held_out=True)
_BRAID = dict(face="fotoxx_braid", hand_skin_rgb=(164.0, 110.0, 80.0),
              sleeve_rgb=(196.0, 112.0, 44.0), **_BROAD_LONG_FINGERED_HAND)
_JAMES = dict(face="james", hand_skin_rgb=(226.0, 180.0, 152.0),
              sleeve_rgb=(92.0, 112.0, 140.0), **_BROAD_LONG_FINGERED_HAND)
# The young woman's photo is tilted about 30 degrees (her eye line falls toward her left);
# her clips lean it back by about half (HeadMotion.roll_deg -14 to -17).

# A thirteenth person's pace: quick strokes (0.7-1.2 s) over most of the chord and a little
# past it (0.8-1.1), slow high returns (0.45-0.75 s, lifts of 3-4 cm: the hand 6-10 %
# bigger), slow moves between zones, few but long pauses (20 %, 0.4-1.0 s) and few but long
# rests on the skin (20 % of good strokes, 0.5-1.1 s); quick arrivals after short
# absences; too-fast strokes the closest to the limit so far (0.42-0.445 s against 0.45).
THIRTEENTH_PACE = Timing(good_s=(0.7, 1.2), slow_fault_s=(0.8, 1.25),
                         too_fast_s=(0.42, 0.445), return_s=(0.45, 0.75),
                         move_s=(0.75, 1.1), pause_s=(0.4, 1.0), pause_chance=0.2,
                         approach_s=(0.65, 0.95), leave_s=(0.6, 0.85),
                         lift_peak=(1.06, 1.10), good_off_deg=25.0, length_scale=(0.8, 1.1),
                         rest_chance=0.2, rest_s=(0.5, 1.1), land_straight=True,
                         away_s=(0.5, 0.9))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_braid_small_lifts_routine",
        description="The young woman of Fotoxx's denoise picture (a real darker skin, her "
                    "head turned about 45 degrees to her left in the photo, 6-14 back toward "
                    "the camera); right hand on her near side: temple, cheek, under-eye and "
                    "nose, small lifts, rests on the skin, a fresh arrival under the eye.",
        blocks=(Block("temple", (G, G, F)), Block("cheek", (G, R, G)),
                Block("under_eye", (G, G), arrive=True), Block("nose", (G, O))),
        hands=("right",), seed=1801, crf=30, timing=THIRTEENTH_PACE, hand_roll_deg=5.0, **_BRAID,
        look=Look(light_angle_deg=200.0, noise_sigma=2.5, tint_rgb=(1.0, 1.0, 1.02)),
        motion=HeadMotion(roll_deg=-15.0, roll_amp_deg=3.0, shift_px=(50.0, 0.0),
                          squash_amp=0.0, yaw_deg=-10.0, yaw_amp_deg=4.0, period_s=9.1,
                          phase=0.5),
        tags=("yaw:39",)),
    ClipSpec(
        name="held_out_james_turned_head_ring_finger",
        description="menpo3d's James, his head turned about 21 degrees to his right in the "
                    "photo and 6-20 degrees further (27-41 in all), nodding; left hand on "
                    "his near side: temple, ring finger under the eye, cheek, jaw.",
        blocks=(Block("temple", (G, R)), Block("under_eye", (G, G, O), finger="ring"),
                Block("cheek", (G, F, G)), Block("jawline", (G, G))),
        hands=("left",), seed=1811, crf=30, timing=THIRTEENTH_PACE, hand_roll_deg=-6.0, **_JAMES,
        look=Look(light_angle_deg=330.0, noise_sigma=3.0, tint_rgb=(1.0, 0.99, 1.02)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-13.0, yaw_amp_deg=7.0,
                          pitch_deg=2.0, pitch_amp_deg=7.0, period_s=10.4, phase=0.8),
        tags=("yaw:41",)),
    ClipSpec(
        name="held_out_braid_negatives",
        description="The young woman of Fotoxx's denoise picture, no massage: a hand over "
                    "the mouth, a wave, scratching the nose, a hand passing, the chin resting "
                    "on the hand.",
        blocks=(Gesture("mouth_cover"), Gesture("wave"), Gesture("nose_scratch"),
                Gesture("pass"), Gesture("chin_rest")),
        hands=("right",), seed=1821, crf=30, **_BRAID,
        look=Look(noise_sigma=3.5, light_angle_deg=20.0, tint_rgb=(1.02, 1.0, 0.98)),
        motion=HeadMotion(scale=0.95, roll_deg=-16.0, roll_amp_deg=4.0, shift_px=(45.0, 0.0),
                          squash_amp=0.0, yaw_deg=-9.0, yaw_amp_deg=4.0, period_s=8.9,
                          phase=1.4),
        tags=("yaw:40",)),
    ClipSpec(
        name="held_out_james_two_hands",
        description="menpo3d's James, both hands at once on the temples, the neck and the "
                    "chin while the head, turned about 21 degrees to his right in the photo, "
                    "turns 8 degrees back toward the camera and up to 20 further (13-41 in "
                    "all).",
        blocks=(Block("temple", (G, G)), Block("neck", (G, R, G)), Block("chin", (G, O))),
        hands=("right", "left"), seed=1831, crf=30, timing=THIRTEENTH_PACE, **_JAMES,
        look=Look(light_angle_deg=140.0, noise_sigma=3.0, light_tilt=0.25),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-6.0, yaw_amp_deg=14.0,
                          pitch_deg=2.0, pitch_amp_deg=4.0, period_s=11.2, phase=0.3),
        tags=("yaw:41",)),
    ClipSpec(
        name="held_out_braid_15fps_blur_crf37_dim",
        description="The young woman of Fotoxx's denoise picture at 15 fps with motion "
                    "blur, strong compression, a dim noisy bluish room lit from her left; "
                    "right hand on forehead and cheek, a nose scratch, then temple and nose.",
        blocks=(Block("forehead", (G, G, R)), Block("cheek", (G, F)),
                Gesture("nose_scratch"), Block("temple", (G, G)), Block("nose", (G, G, O))),
        hands=("right",), seed=1841, fps=15, crf=37, shutter_subframes=4,
        timing=THIRTEENTH_PACE, hand_roll_deg=7.0, **_BRAID,
        look=Look(gain=0.55, gamma=1.15, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=10.0, tint_rgb=(0.92, 0.98, 1.08)),
        motion=HeadMotion(roll_deg=-14.0, roll_amp_deg=5.0, shift_px=(50.0, 0.0),
                          sway_px=(12.0, 8.0), squash_amp=0.0, yaw_deg=-11.0,
                          yaw_amp_deg=3.0, period_s=8.1, phase=0.9),
        tags=("yaw:37",)),
    ClipSpec(
        name="held_out_james_24fps_far_camera",
        description="menpo3d's James far from a 24 fps camera (a smaller face), blur and "
                    "compression; right hand on his far side: forehead, nose, under-eye, "
                    "neck and chin.",
        blocks=(Block("forehead", (G, F)), Block("nose", (G, G)), Block("under_eye", (G, R)),
                Block("neck", (G, G)), Block("chin", (G, O))),
        hands=("right",), seed=1851, fps=24, crf=36, shutter_subframes=3,
        timing=THIRTEENTH_PACE, hand_roll_deg=6.0, **_JAMES,
        look=Look(noise_sigma=4.0, light_angle_deg=60.0, tint_rgb=(1.02, 1.0, 0.97)),
        motion=HeadMotion(scale=0.64, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.7,
                          phase=1.1)),
    ClipSpec(
        name="held_out_james_lifting",
        description="Profile 'lifting'; menpo3d's James; left hand on jaw, cheek, neck and "
                    "forehead with faults near the limits, a fresh arrival on the neck.",
        blocks=(Block("jawline", (G, G, F)), Block("cheek", (G, O)),
                Block("neck", (G, G), arrive=True), Block("forehead", (G, R))),
        hands=("left",), profile="lifting", seed=1861, crf=30, timing=THIRTEENTH_PACE,
        hand_roll_deg=-3.0, **_JAMES,
        look=Look(noise_sigma=2.5, gain=1.03, light_angle_deg=250.0,
                  tint_rgb=(1.0, 1.0, 0.98)),
        motion=HeadMotion(scale=0.97, roll_deg=-1.0, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=5.0, yaw_amp_deg=5.0, pitch_deg=2.0, period_s=9.6,
                          phase=2.4)),
    ClipSpec(
        name="held_out_james_one_side_routine",
        description="menpo3d's James; right hand on his right (far) side in drainage order: "
                    "neck, chin, jaw, cheek, under-eye, temple.",
        blocks=(Block("neck", (G, G)), Block("chin", (G, R)), Block("jawline", (G, F)),
                Block("cheek", (G, G)), Block("under_eye", (G, G)), Block("temple", (G, O))),
        hands=("right",), seed=1871, crf=30, timing=THIRTEENTH_PACE, hand_roll_deg=4.0, **_JAMES,
        look=Look(light_angle_deg=180.0, noise_sigma=2.5, gain=0.96,
                  tint_rgb=(1.01, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=3.0, period_s=10.0, phase=1.7)),
    ClipSpec(
        name="held_out_braid_mirrored_selfie",
        description="The young woman of Fotoxx's denoise picture, a mirrored (selfie) "
                    "recording; right hand on her near side: under-eye, jaw, cheek and "
                    "temple, a fresh arrival on the cheek.",
        blocks=(Block("under_eye", (G, G, R)), Block("jawline", (G, F)),
                Block("cheek", (G, G), arrive=True), Block("temple", (G, O))),
        hands=("right",), seed=1881, crf=30, mirrored=True, timing=THIRTEENTH_PACE,
        hand_roll_deg=4.0, **_BRAID,
        look=Look(light_angle_deg=100.0, noise_sigma=3.0, tint_rgb=(1.01, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=-17.0, roll_amp_deg=3.5, shift_px=(50.0, 0.0),
                          squash_amp=0.0, yaw_deg=-10.0, yaw_amp_deg=5.0, period_s=8.5,
                          phase=2.1),
        tags=("yaw:40",)),
)
