"""The sixth held-out set (the man in PsychoPy's randomised-blocks demo photo, Erik Wilhelm
Dahlgren; a small broad bending hand, a sixth person's pace SIXTH_PACE, seeds 11xx; 7 clips,
59 strokes): rendered once (`--check`: the hand found in 100 % of stroke frames, the face in
100 % of frames, 98.9 % in the 15 fps clip), evaluated once after the method was settled,
then looked at; tuning material now. The same kinds of conditions as the fifth set, other
zones, faults, gesture order, sides and head turns; no neck strokes on Dahlgren (his collar
and moustache leave no neck in the photo)."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The sixth held-out set's hand: bending, small and broad (the shortest fingers so far on
# the broadest palm), the smallest on the face; other skins and sleeves. Dahlgren's photo
# is sepia: skin_lab_shift gives his face and neck skin a colour.
_SMALL_BROAD_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.87, 1.14),
                         hand_scale_fw=1.14, held_out=True)
_PSYCHOPY = dict(face="psychopy", hand_skin_rgb=(178.0, 120.0, 94.0),
                 sleeve_rgb=(196.0, 202.0, 218.0), **_SMALL_BROAD_HAND)
_DAHLGREN = dict(face="dahlgren", hand_skin_rgb=(200.0, 154.0, 128.0),
                 sleeve_rgb=(62.0, 48.0, 40.0), **_SMALL_BROAD_HAND)
_DAHLGREN_SKIN = (4.0, 10.0, 7.0)

# A sixth person's pace: unhurried, long strokes (about one a second, up to two), the
# smallest lifts (the hand 4-7 % bigger), slow returns and moves, many rests on the skin,
# long pauses, slow arrivals after long absences; too-fast strokes just under the limit.
SIXTH_PACE = Timing(good_s=(0.8, 2.0), slow_fault_s=(0.9, 1.9), too_fast_s=(0.38, 0.44),
                    return_s=(0.5, 0.9), move_s=(0.9, 1.4), pause_s=(0.4, 1.3),
                    pause_chance=0.35, approach_s=(1.1, 1.6), leave_s=(0.9, 1.3),
                    lift_peak=(1.04, 1.07), good_off_deg=25.0, length_scale=(0.65, 1.0),
                    rest_chance=0.4, rest_s=(0.3, 0.8), land_straight=True,
                    away_s=(1.0, 1.8))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_psychopy_small_lifts_routine",
        description="The PsychoPy demo's man; right hand on cheek, forehead, nose and neck, "
                    "small lifts, rests on the skin, a fresh arrival on the forehead.",
        blocks=(Block("cheek", (G, G, O)), Block("forehead", (G, R, G), arrive=True),
                Block("nose", (G, F)), Block("neck", (G, G))),
        hands=("right",), seed=1101, timing=SIXTH_PACE, hand_roll_deg=5.0, **_PSYCHOPY,
        look=Look(light_angle_deg=250.0, noise_sigma=2.5, tint_rgb=(1.0, 1.0, 1.03)),
        motion=HeadMotion(roll_deg=-1.0, roll_amp_deg=3.5, period_s=9.1, phase=0.8)),
    ClipSpec(
        name="held_out_dahlgren_turned_head_ring_finger",
        description="Erik Wilhelm Dahlgren, his head turned about 23 degrees to his left in "
                    "the photo and 2-18 degrees further (25-41 in all), tilting; left hand "
                    "on his far side: ring finger under the eye, cheek, jaw, temple.",
        blocks=(Block("under_eye", (G, G, R), finger="ring"), Block("cheek", (G, O)),
                Block("jawline", (G, F)), Block("temple", (G, G))),
        hands=("left",), seed=1111, timing=SIXTH_PACE, hand_roll_deg=8.0, **_DAHLGREN,
        look=Look(skin_lab_shift=_DAHLGREN_SKIN, light_angle_deg=150.0, noise_sigma=3.0),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=10.0, yaw_amp_deg=8.0,
                          pitch_deg=-3.0, pitch_amp_deg=5.0, period_s=11.8, phase=1.4)),
    ClipSpec(
        name="held_out_psychopy_negatives",
        description="The PsychoPy demo's man, no massage: a wave, a hand over the mouth, "
                    "scratching the nose, a hand passing, the chin resting on the hand.",
        blocks=(Gesture("wave"), Gesture("mouth_cover"), Gesture("nose_scratch"),
                Gesture("pass"), Gesture("chin_rest")),
        hands=("left",), seed=1121, **_PSYCHOPY,
        look=Look(noise_sigma=3.5, light_angle_deg=60.0, tint_rgb=(1.02, 1.0, 0.98)),
        motion=HeadMotion(scale=0.94, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=-11.0,
                          yaw_amp_deg=6.0, period_s=8.1, phase=2.5)),
    ClipSpec(
        name="held_out_psychopy_two_hands",
        description="The PsychoPy demo's man, both hands at once on the nose, jaw and "
                    "temples while the head turns up to 36 degrees to his right.",
        blocks=(Block("nose", (G, G)), Block("jawline", (G, O, G)), Block("temple", (G, R))),
        hands=("right", "left"), seed=1131, timing=SIXTH_PACE, **_PSYCHOPY,
        look=Look(light_angle_deg=20.0, noise_sigma=3.0, light_tilt=0.2),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-22.0, yaw_amp_deg=14.0,
                          pitch_deg=2.0, pitch_amp_deg=4.0, period_s=10.4, phase=0.3)),
    ClipSpec(
        name="held_out_dahlgren_15fps_blur_crf37_dim",
        description="Erik Wilhelm Dahlgren at 15 fps with motion blur, strong compression, "
                    "a dim noisy reddish room; right hand on jaw, cheek, forehead and chin, "
                    "a hand over the mouth between.",
        blocks=(Block("jawline", (G, G)), Gesture("mouth_cover"), Block("cheek", (G, R)),
                Block("forehead", (G, F)), Block("chin", (G, G))),
        hands=("right",), seed=1141, fps=15, crf=37, shutter_subframes=4, timing=SIXTH_PACE,
        hand_roll_deg=-7.0, **_DAHLGREN,
        look=Look(skin_lab_shift=_DAHLGREN_SKIN, gain=0.57, gamma=1.13, noise_sigma=5.0,
                  light_tilt=0.3, light_angle_deg=330.0, tint_rgb=(1.07, 0.95, 0.9)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(12.0, 9.0), period_s=7.1, phase=3.0)),
    ClipSpec(
        name="held_out_psychopy_24fps_far_camera",
        description="The PsychoPy demo's man far from a 24 fps camera (a smaller face), blur "
                    "and compression; right hand on forehead, under-eye, nose and temple.",
        blocks=(Block("forehead", (G, G, O)), Block("under_eye", (G, G)), Block("nose", (G, R)),
                Block("temple", (G, F))),
        hands=("right",), seed=1151, fps=24, crf=36, shutter_subframes=3, timing=SIXTH_PACE,
        hand_roll_deg=-5.0, **_PSYCHOPY,
        look=Look(noise_sigma=4.0, light_angle_deg=200.0, tint_rgb=(1.0, 1.0, 1.05)),
        motion=HeadMotion(scale=0.65, scale_amp=0.04, roll_amp_deg=3.0, period_s=10.1,
                          phase=1.9)),
    ClipSpec(
        name="held_out_dahlgren_lifting",
        description="Profile 'lifting'; Erik Wilhelm Dahlgren, his head turned back toward "
                    "the camera (about 10-20 degrees to his left in all); left hand on cheek, "
                    "jaw, under-eye and temple with faults near the limits, a fresh arrival "
                    "under the eye.",
        blocks=(Block("cheek", (G, F)), Block("jawline", (G, G)),
                Block("under_eye", (G, R, G), arrive=True), Block("temple", (G, O))),
        hands=("left",), profile="lifting", seed=1161, timing=SIXTH_PACE, **_DAHLGREN,
        look=Look(skin_lab_shift=_DAHLGREN_SKIN, noise_sigma=2.5, gain=1.08,
                  light_angle_deg=100.0, tint_rgb=(0.98, 1.0, 1.02)),
        motion=HeadMotion(scale=0.95, roll_deg=1.5, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=-8.0, yaw_amp_deg=6.0, pitch_deg=-2.0, period_s=9.0)),
)
