"""The eleventh held-out set (PsychoPy's oval-faced young man, Christophe Henner; seeds 16xx;
9 clips, 84 strokes, 2.5 MB): rendered once (`--check`: the hand found in 100 % of stroke
frames in every stroke clip; 94.6 % of the negatives' near-face frames, the passing hand in
46 %; the face in 100 % of frames in seven clips, 99.2 % in the 15 fps clip and 91.9 % in
the two-hands clip, whose hands cover his eyes on the forehead), evaluated once after the
method was settled, then looked at; tuning material now. Two renders were stopped before any
check: the first during its second clip, to search longer for a second face (none better was
found), the second after four clips because Henner's 30 fps clips came out 0.43-0.45 MB (the
grass and leaves behind him): they are compressed at crf 30 instead of 28 (0.35 MB), then
all nine were rendered and checked. The same kinds of conditions as the tenth set
(tenth.py), other zones, faults, gesture order, sides and head turns; neck strokes only on
Henner (the oval cut-out ends at the young man's chin), and only on his right side: his
photo is turned about 23 degrees to his left, which hides his neck's left side behind the
jaw. His clips turn him back 2-17 degrees toward the camera."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The eleventh held-out set's hand: bending, the biggest so far (1.46 face widths) with the
# shortest fingers so far on a broad palm (a big, short-fingered hand); a light pinkish skin
# for PsychoPy's oval-faced young man, a light olive one for Christophe Henner, new sleeves.
_BIG_SHORT_FINGERED_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.84, 1.1),
                                hand_scale_fw=1.46, held_out=True)
_OVAL = dict(face="psychopy_oval", hand_skin_rgb=(234.0, 182.0, 164.0),
             sleeve_rgb=(44.0, 70.0, 112.0), **_BIG_SHORT_FINGERED_HAND)
_HENNER = dict(face="henner", hand_skin_rgb=(208.0, 158.0, 124.0),
               sleeve_rgb=(142.0, 122.0, 88.0), **_BIG_SHORT_FINGERED_HAND)

# An eleventh person's pace: brisk, even strokes (0.9-1.5 s, three quarters of the chord
# to the whole chord), returns a little slower than the tenth person's and higher (lifts of
# 3-4 cm, the hand 6-10 % bigger), pauses of middling length now and then, rests on the
# skin fairly often and short; arrivals and leaves of ordinary speed; too-fast strokes just
# under the limit (0.40-0.44 s against 0.45).
ELEVENTH_PACE = Timing(good_s=(0.9, 1.5), slow_fault_s=(0.95, 1.5), too_fast_s=(0.40, 0.44),
                       return_s=(0.4, 0.7), move_s=(0.55, 0.85), pause_s=(0.3, 0.8),
                       pause_chance=0.3, approach_s=(0.7, 1.0), leave_s=(0.55, 0.8),
                       lift_peak=(1.06, 1.10), good_off_deg=25.0, length_scale=(0.75, 1.0),
                       rest_chance=0.3, rest_s=(0.3, 0.6), land_straight=True,
                       away_s=(0.6, 1.1))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_henner_small_lifts_routine",
        description="Christophe Henner; right hand on temple, cheek, neck and chin, small "
                    "lifts, rests on the skin, a fresh arrival on the neck.",
        blocks=(Block("temple", (G, G, F)), Block("cheek", (G, R)),
                Block("neck", (G, G, O), arrive=True), Block("chin", (G, G))),
        hands=("right",), seed=1601, crf=30, timing=ELEVENTH_PACE, hand_roll_deg=4.0, **_HENNER,
        look=Look(light_angle_deg=60.0, noise_sigma=2.5, tint_rgb=(1.01, 1.0, 0.98)),
        motion=HeadMotion(roll_deg=1.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-10.0,
                          yaw_amp_deg=4.0, period_s=9.2, phase=0.6)),
    ClipSpec(
        name="held_out_psychopy_oval_turned_head_ring_finger",
        description="PsychoPy's oval-faced young man, his head turned 22-40 degrees to his "
                    "right, nodding; right hand on his far side: ring finger under the eye, "
                    "temple, jaw, cheek.",
        blocks=(Block("under_eye", (G, R, G), finger="ring"), Block("temple", (G, G)),
                Block("jawline", (G, F, G)), Block("cheek", (G, O))),
        hands=("right",), seed=1611, timing=ELEVENTH_PACE, hand_roll_deg=7.0, **_OVAL,
        look=Look(light_angle_deg=20.0, noise_sigma=3.0, tint_rgb=(1.0, 1.0, 0.97)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-31.0, yaw_amp_deg=9.0,
                          pitch_deg=-1.0, pitch_amp_deg=6.0, period_s=10.6, phase=0.8)),
    ClipSpec(
        name="held_out_henner_negatives",
        description="Christophe Henner, no massage: a hand over the mouth, a wave, the chin "
                    "resting on the hand, a hand passing, scratching the nose.",
        blocks=(Gesture("mouth_cover"), Gesture("wave"), Gesture("chin_rest"),
                Gesture("pass"), Gesture("nose_scratch")),
        hands=("right",), seed=1621, crf=30, **_HENNER,
        look=Look(noise_sigma=3.5, light_angle_deg=330.0, tint_rgb=(1.02, 1.0, 0.97)),
        motion=HeadMotion(scale=0.96, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=-8.0,
                          yaw_amp_deg=6.0, period_s=8.4, phase=1.1)),
    ClipSpec(
        name="held_out_psychopy_oval_two_hands",
        description="PsychoPy's oval-faced young man, both hands at once long on the jaw "
                    "and the forehead (covering much of the face) while the head turns "
                    "8-36 degrees to his left.",
        blocks=(Block("jawline", (G, G, R)), Block("forehead", (G, O, G, G))),
        hands=("right", "left"), seed=1631, timing=ELEVENTH_PACE, **_OVAL,
        look=Look(light_angle_deg=130.0, noise_sigma=3.0, light_tilt=0.25),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=22.0, yaw_amp_deg=14.0,
                          pitch_deg=-2.0, pitch_amp_deg=4.0, period_s=10.1, phase=1.7)),
    ClipSpec(
        name="held_out_henner_15fps_blur_crf37_dim",
        description="Christophe Henner at 15 fps with motion blur, strong compression, a dim "
                    "noisy greenish room lit from his right; left hand on cheek and "
                    "under-eye, the chin resting on the hand, then nose and forehead.",
        blocks=(Block("cheek", (G, G)), Block("under_eye", (G, F)), Gesture("chin_rest"),
                Block("nose", (G, R)), Block("forehead", (G, G, O))),
        hands=("left",), seed=1641, fps=15, crf=37, shutter_subframes=4,
        timing=ELEVENTH_PACE, hand_roll_deg=-5.0, **_HENNER,
        look=Look(gain=0.56, gamma=1.15, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=200.0, tint_rgb=(0.95, 1.04, 0.94)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(11.0, 9.0), squash_amp=0.0,
                          yaw_deg=-12.0, yaw_amp_deg=3.0, period_s=7.6, phase=2.0)),
    ClipSpec(
        name="held_out_psychopy_oval_24fps_far_camera",
        description="PsychoPy's oval-faced young man far from a 24 fps camera (a smaller "
                    "face), blur and compression; left hand on forehead, nose, chin, cheek "
                    "and temple.",
        blocks=(Block("forehead", (G, G)), Block("nose", (G, F)), Block("chin", (G, R)),
                Block("cheek", (G, G)), Block("temple", (G, G))),
        hands=("left",), seed=1651, fps=24, crf=36, shutter_subframes=3,
        timing=ELEVENTH_PACE, hand_roll_deg=-4.0, **_OVAL,
        look=Look(noise_sigma=4.0, light_angle_deg=290.0, tint_rgb=(0.98, 1.0, 1.02)),
        motion=HeadMotion(scale=0.64, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.0,
                          phase=2.3)),
    ClipSpec(
        name="held_out_henner_lifting",
        description="Profile 'lifting'; Christophe Henner; left hand on cheek, forehead, jaw "
                    "and under-eye with faults near the limits, a fresh arrival on the "
                    "forehead.",
        blocks=(Block("cheek", (G, G, O)), Block("forehead", (G, F, G), arrive=True),
                Block("jawline", (G, R)), Block("under_eye", (G, G))),
        hands=("left",), profile="lifting", seed=1661, crf=30, timing=ELEVENTH_PACE,
        hand_roll_deg=-3.0, **_HENNER,
        look=Look(noise_sigma=2.5, gain=1.02, light_angle_deg=240.0,
                  tint_rgb=(1.0, 1.02, 0.98)),
        motion=HeadMotion(scale=0.97, roll_deg=-1.0, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=-12.0, yaw_amp_deg=5.0, pitch_deg=2.0, period_s=9.6)),
    ClipSpec(
        name="held_out_psychopy_oval_one_side_routine",
        description="PsychoPy's oval-faced young man; left hand on every zone of his left "
                    "side but the neck, in drainage order (chin, jaw, nose, cheek, ring "
                    "finger under the eye, forehead, temple).",
        blocks=(Block("chin", (G, G)), Block("jawline", (G, O)), Block("nose", (G,)),
                Block("cheek", (G, R)), Block("under_eye", (G, G), finger="ring"),
                Block("forehead", (G, F)), Block("temple", (G,))),
        hands=("left",), seed=1671, timing=ELEVENTH_PACE, hand_roll_deg=-6.0, **_OVAL,
        look=Look(light_angle_deg=80.0, noise_sigma=2.5, gain=0.94,
                  tint_rgb=(1.02, 0.99, 0.98)),
        motion=HeadMotion(roll_deg=-1.0, roll_amp_deg=3.0, period_s=9.9, phase=1.5)),
    ClipSpec(
        name="held_out_henner_mirrored_selfie",
        description="Christophe Henner, a mirrored (selfie) recording; right hand on nose, "
                    "temple, neck and chin, a fresh arrival on the temple.",
        blocks=(Block("nose", (G, G, R)), Block("temple", (G, F), arrive=True),
                Block("neck", (G, O)), Block("chin", (G, G))),
        hands=("right",), seed=1681, mirrored=True, crf=30, timing=ELEVENTH_PACE,
        hand_roll_deg=3.0,
        **_HENNER,
        look=Look(light_angle_deg=170.0, noise_sigma=3.0, tint_rgb=(0.99, 1.0, 1.02)),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=-9.0,
                          yaw_amp_deg=5.0, period_s=8.8, phase=0.3)),
)
