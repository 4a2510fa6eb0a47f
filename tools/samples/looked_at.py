"""Held-out sets that have been evaluated and then looked at: tuning material now.

A held-out set is rendered once and evaluated once, after the method is settled; once its
figures have been seen, decisions may have been made on it, so it joins the tuning set
(`sets.TUNING`) under its old clip names with a "looked_at_" prefix, rendered into
sample_videos/tuning/. Each set keeps its faces, hand, pace and seeds.
"""

from __future__ import annotations

from dataclasses import replace

from .camera import HeadMotion, Look
from .gestures import Gesture
from .posed_hand import Proportions
from .render import ClipSpec
from .script import REAL, Block, F, G, O, R, Timing

_OTHER_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.1, 0.92),
                   hand_scale_fw=1.22)

# The first held-out set (Obama, Biden, seeds 4xx): rendered and evaluated once in the
# session that built the leg model, then looked at; tuning material now (see LOOKED_AT).
_FIRST_HELD_OUT: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_obama_small_lifts_routine",
        description="Obama; right hand on five zones, small lifts, off-angle good strokes, "
                    "rests on the skin, a fresh arrival mid-way.",
        blocks=(Block("jawline", (G, F, G)), Block("cheek", (G, G, R)),
                Block("nose", (G,), arrive=True), Block("under_eye", (G, G)),
                Block("forehead", (G, O, G))),
        hands=("right",), face="obama", seed=401, timing=REAL,
        hand_skin_rgb=(150.0, 100.0, 78.0), **_OTHER_HAND,
        motion=HeadMotion(roll_deg=2.0, roll_amp_deg=5.0, period_s=9.5, phase=1.0)),
    ClipSpec(
        name="held_out_biden_turned_head_left_hand",
        description="Biden, head turned 24-40 degrees to his right and nodding; left hand "
                    "on under-eye (ring finger), cheek, chin and temple.",
        blocks=(Block("under_eye", (G, G), finger="ring"), Block("cheek", (G, R, G)),
                Block("chin", (G, F)), Block("temple", (G, G))),
        hands=("left",), face="biden", seed=411, timing=REAL,
        hand_skin_rgb=(214.0, 168.0, 148.0), sleeve_rgb=(60.0, 70.0, 95.0), **_OTHER_HAND,
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-32.0, yaw_amp_deg=8.0,
                          pitch_deg=-4.0, pitch_amp_deg=6.0, period_s=11.0)),
    ClipSpec(
        name="held_out_biden_negatives",
        description="Biden, no massage: scratching the nose, a hand passing, the chin "
                    "resting on the hand, a wave, a hand over the mouth.",
        blocks=(Gesture("nose_scratch"), Gesture("pass"), Gesture("chin_rest"),
                Gesture("wave"), Gesture("mouth_cover")),
        hands=("left",), face="biden", seed=421,
        hand_skin_rgb=(214.0, 168.0, 148.0), sleeve_rgb=(60.0, 70.0, 95.0), **_OTHER_HAND,
        motion=HeadMotion(roll_amp_deg=4.0, yaw_deg=10.0, yaw_amp_deg=6.0, squash_amp=0.0,
                          period_s=7.5)),
    ClipSpec(
        name="held_out_obama_two_hands",
        description="Obama, both hands at once on forehead, cheeks and neck, head turned "
                    "up to 25 degrees.",
        blocks=(Block("forehead", (G, G, R)), Block("cheek", (G, G, F)), Block("neck", (G, G))),
        hands=("right", "left"), face="obama", seed=431, timing=REAL,
        hand_skin_rgb=(150.0, 100.0, 78.0), **_OTHER_HAND,
        motion=HeadMotion(roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=12.0, yaw_amp_deg=13.0,
                          period_s=9.0)),
    ClipSpec(
        name="held_out_obama_15fps_blur",
        description="Obama at 15 fps with motion blur and strong compression in a dusky "
                    "room; left hand: strokes, a wave, strokes, a hand over the mouth, a fast stroke.",
        blocks=(Block("cheek", (G, G)), Gesture("wave"), Block("jawline", (G, R, G)),
                Gesture("mouth_cover"), Block("cheek", (F,))),
        hands=("left",), face="obama", seed=441, fps=15, crf=37, shutter_subframes=4,
        timing=REAL, hand_skin_rgb=(150.0, 100.0, 78.0), **_OTHER_HAND,
        look=Look(gain=0.6, gamma=1.1, noise_sigma=5.0, light_angle_deg=200.0),
        motion=HeadMotion(roll_amp_deg=6.0, sway_px=(16.0, 8.0), period_s=6.5)),
    ClipSpec(
        name="held_out_biden_24fps_far_lifting",
        description="Profile 'lifting'; Biden far from a 24 fps camera, compressed; right "
                    "hand on cheek, jaw, temple and nose with faults near the limits.",
        blocks=(Block("cheek", (G, O, G)), Block("jawline", (G, F)), Block("temple", (G, R)),
                Block("nose", (G, G))),
        hands=("right",), face="biden", profile="lifting", seed=451, fps=24, crf=35,
        timing=REAL, hand_skin_rgb=(214.0, 168.0, 148.0), **_OTHER_HAND,
        look=Look(noise_sigma=4.0, tint_rgb=(0.96, 1.0, 1.05)),
        motion=HeadMotion(scale=0.7, scale_amp=0.05, roll_amp_deg=4.0, period_s=10.0)),
)

# The held-out hand: bending, shorter fingers and a broader palm than any tuning hand,
# bigger on the face; other skins and sleeves. The photos are greyscale: skin_lab_shift
# gives their face and neck skin a colour.
_HELD_OUT_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.9, 1.1),
                      hand_scale_fw=1.38, held_out=True)
_CURIE = dict(face="curie", hand_skin_rgb=(236.0, 196.0, 176.0), sleeve_rgb=(110.0, 35.0, 45.0),
              **_HELD_OUT_HAND)
_EINSTEIN = dict(face="einstein", hand_skin_rgb=(196.0, 150.0, 120.0),
                 sleeve_rgb=(92.0, 88.0, 80.0), **_HELD_OUT_HAND)
_CURIE_SKIN = (2.0, 9.0, 14.0)
_EINSTEIN_SKIN = (-3.0, 10.0, 15.0)

# Another person's pace for the held-out set: the motion statistics differ too (returns
# nearly as slow as strokes, shorter and longer strokes, more rests and pauses).
OTHER_PACE = Timing(good_s=(0.55, 1.6), slow_fault_s=(0.7, 1.5), too_fast_s=(0.36, 0.44),
                    return_s=(0.4, 0.9), move_s=(0.5, 1.1), pause_s=(0.2, 1.0),
                    pause_chance=0.35, lift_peak=(1.03, 1.09), good_off_deg=25.0,
                    length_scale=(0.7, 1.1), rest_chance=0.3, land_straight=True)

# The second held-out set (Curie, Einstein, seeds 6xx): evaluated once in the session that
# made it, then looked at; tuning material now (see LOOKED_AT).
_SECOND_HELD_OUT: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_curie_small_lifts_routine",
        description="Marie Curie; right hand on four zones, small lifts, off-angle good "
                    "strokes, rests on the skin, fresh arrivals on the jaw and under the eye.",
        blocks=(Block("cheek", (G, G, F, G)), Block("jawline", (G, R, G), arrive=True),
                Block("forehead", (G, O, G)), Block("under_eye", (G, G), arrive=True)),
        hands=("right",), seed=601, timing=OTHER_PACE, hand_roll_deg=6.0, **_CURIE,
        look=Look(skin_lab_shift=_CURIE_SKIN, light_angle_deg=60.0, noise_sigma=3.0),
        motion=HeadMotion(roll_deg=-2.0, roll_amp_deg=4.0, period_s=8.5, phase=2.0)),
    ClipSpec(
        name="held_out_curie_turned_head_ring_finger",
        description="Marie Curie, head turned 24-40 degrees to her left and tilting; left "
                    "hand, ring finger under the eye, then nose, temple and chin.",
        blocks=(Block("under_eye", (G, G, R), finger="ring"), Block("nose", (G, G)),
                Block("temple", (G, F)), Block("chin", (G, O))),
        hands=("left",), seed=611, timing=OTHER_PACE, hand_roll_deg=-12.0, **_CURIE,
        look=Look(skin_lab_shift=_CURIE_SKIN, light_angle_deg=200.0, tint_rgb=(1.0, 0.97, 0.92)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=32.0, yaw_amp_deg=8.0,
                          pitch_deg=4.0, pitch_amp_deg=5.0, period_s=10.5)),
    ClipSpec(
        name="held_out_einstein_negatives",
        description="Einstein, no massage: a hand passing, a wave, scratching the nose, the "
                    "chin resting on the hand, a hand over the mouth.",
        blocks=(Gesture("pass"), Gesture("wave"), Gesture("nose_scratch"),
                Gesture("chin_rest"), Gesture("mouth_cover")),
        hands=("right",), seed=621, **_EINSTEIN,
        look=Look(skin_lab_shift=_EINSTEIN_SKIN, noise_sigma=3.0),
        motion=HeadMotion(scale=0.9, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=-14.0,
                          yaw_amp_deg=5.0, pitch_deg=-6.0, period_s=7.5, phase=0.5)),
    ClipSpec(
        name="held_out_curie_two_hands_turned_head",
        description="Marie Curie, both hands at once on cheeks, forehead and neck while "
                    "the head turns up to 30 degrees to her right and nods.",
        blocks=(Block("cheek", (G, G, R)), Block("forehead", (G, F)), Block("neck", (G, G))),
        hands=("right", "left"), seed=631, timing=OTHER_PACE, **_CURIE,
        look=Look(skin_lab_shift=_CURIE_SKIN, light_angle_deg=120.0),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-16.0, yaw_amp_deg=14.0,
                          pitch_amp_deg=7.0, period_s=9.5)),
    ClipSpec(
        name="held_out_einstein_15fps_blur_crf37_dim",
        description="Einstein at 15 fps with motion blur, strong compression, a dim noisy "
                    "room; left hand on cheek, jaw, chin and nose.",
        blocks=(Block("cheek", (G, G, F)), Block("jawline", (G, R)), Block("chin", (G, G)),
                Block("nose", (G,))),
        hands=("left",), seed=641, fps=15, crf=37, shutter_subframes=4, timing=OTHER_PACE,
        hand_roll_deg=8.0, **_EINSTEIN,
        look=Look(skin_lab_shift=_EINSTEIN_SKIN, gain=0.55, gamma=1.15, noise_sigma=5.0,
                  light_tilt=0.3, light_angle_deg=320.0, tint_rgb=(1.06, 0.98, 0.86)),
        motion=HeadMotion(scale=0.9, roll_amp_deg=5.0, sway_px=(14.0, 7.0), squash_amp=0.0,
                          yaw_deg=-14.0, pitch_deg=-6.0, period_s=6.5)),
    ClipSpec(
        name="held_out_curie_24fps_far_camera",
        description="Marie Curie far from a 24 fps camera (a smaller face), blur and "
                    "compression; right hand on forehead, temple, cheek and neck.",
        blocks=(Block("forehead", (G, G, R)), Block("temple", (G, G)), Block("cheek", (G, F)),
                Block("neck", (G,))),
        hands=("right",), seed=651, fps=24, crf=35, shutter_subframes=3, timing=OTHER_PACE,
        hand_roll_deg=-6.0, **_CURIE,
        look=Look(skin_lab_shift=_CURIE_SKIN, noise_sigma=4.0, light_angle_deg=20.0),
        motion=HeadMotion(scale=0.66, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.0)),
    ClipSpec(
        name="held_out_einstein_lifting",
        description="Profile 'lifting'; Einstein, right hand on jaw, cheek, forehead and "
                    "temple with faults near the limits, a fresh arrival on the forehead.",
        blocks=(Block("jawline", (G, O, G)), Block("cheek", (G, F)),
                Block("forehead", (G, R), arrive=True), Block("temple", (G, G))),
        hands=("right",), profile="lifting", seed=661, timing=OTHER_PACE, **_EINSTEIN,
        look=Look(skin_lab_shift=_EINSTEIN_SKIN, noise_sigma=2.5, tint_rgb=(0.97, 1.0, 1.04)),
        motion=HeadMotion(scale=0.9, roll_deg=3.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=-14.0, yaw_amp_deg=4.0, pitch_deg=-6.0, period_s=8.0)),
)

# The third held-out set's hand: bending, slender (longer fingers, a narrow palm) and
# smaller on the face than any earlier hand; other skins and sleeves. Takeo Kanade's photo
# is greyscale: skin_lab_shift gives his face and neck skin a colour.
_SLENDER_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.06, 0.84),
                     hand_scale_fw=1.1, held_out=True)
_LUISPEDRO = dict(face="luispedro", hand_skin_rgb=(188.0, 136.0, 104.0),
                  sleeve_rgb=(48.0, 96.0, 82.0), **_SLENDER_HAND)
_TAKEO = dict(face="takeo", hand_skin_rgb=(224.0, 186.0, 152.0),
              sleeve_rgb=(34.0, 36.0, 46.0), **_SLENDER_HAND)
_TAKEO_SKIN = (3.0, 6.0, 13.0)

# A third person's pace: smaller lifts (1-3 cm), quick returns, strokes from brisk to
# slow, long rests on the skin, fewer but longer pauses.
THIRD_PACE = Timing(good_s=(0.55, 1.9), slow_fault_s=(0.8, 1.8), too_fast_s=(0.37, 0.44),
                    return_s=(0.3, 0.6), move_s=(0.7, 1.3), pause_s=(0.5, 1.6),
                    pause_chance=0.2, approach_s=(0.7, 1.1), leave_s=(0.6, 1.0),
                    lift_peak=(1.03, 1.08), good_off_deg=25.0, length_scale=(0.6, 1.0),
                    rest_chance=0.35, rest_s=(0.4, 1.0), land_straight=True,
                    away_s=(0.8, 1.6))

# The third held-out set (Luis Pedro Coelho, Takeo Kanade, seeds 8xx): evaluated once in the
# session that made it, then looked at; tuning material now (see LOOKED_AT).
_THIRD_HELD_OUT: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_luispedro_small_lifts_routine",
        description="Luis Pedro Coelho (his head turned about 20 degrees in the photo); "
                    "right hand on cheek, jaw, under-eye and temple, small lifts, rests on "
                    "the skin, a fresh arrival on the jaw.",
        blocks=(Block("cheek", (G, G, F, G)), Block("jawline", (G, R, G), arrive=True),
                Block("under_eye", (G, G)), Block("temple", (G, O))),
        hands=("right",), seed=801, timing=THIRD_PACE, hand_roll_deg=4.0, **_LUISPEDRO,
        look=Look(light_angle_deg=40.0, noise_sigma=2.5, tint_rgb=(1.04, 1.0, 0.94)),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=4.0, period_s=10.0, phase=0.7)),
    ClipSpec(
        name="held_out_takeo_turned_head_ring_finger",
        description="Takeo Kanade, head turned 22-38 degrees to his right and nodding; "
                    "right hand on his far side: ring finger under the eye, nose, chin, temple.",
        blocks=(Block("under_eye", (G, G, R), finger="ring"), Block("nose", (G, G)),
                Block("chin", (G, F)), Block("temple", (G, G))),
        hands=("right",), seed=811, timing=THIRD_PACE, hand_roll_deg=-10.0, **_TAKEO,
        look=Look(skin_lab_shift=_TAKEO_SKIN, light_angle_deg=140.0, noise_sigma=3.0),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-30.0, yaw_amp_deg=8.0,
                          pitch_deg=-3.0, pitch_amp_deg=6.0, period_s=11.5)),
    ClipSpec(
        name="held_out_takeo_negatives",
        description="Takeo Kanade, no massage: a hand over the mouth, a wave, the chin "
                    "resting on the hand, a hand passing, scratching the nose.",
        blocks=(Gesture("mouth_cover"), Gesture("wave"), Gesture("chin_rest"),
                Gesture("pass"), Gesture("nose_scratch")),
        hands=("right",), seed=821, **_TAKEO,
        look=Look(skin_lab_shift=_TAKEO_SKIN, noise_sigma=3.5, light_angle_deg=280.0),
        motion=HeadMotion(scale=0.95, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=8.0,
                          yaw_amp_deg=7.0, period_s=8.0, phase=1.5)),
    ClipSpec(
        name="held_out_luispedro_two_hands",
        description="Luis Pedro Coelho, both hands at once on forehead, cheeks and neck, "
                    "the head turning a little further either way.",
        blocks=(Block("forehead", (G, G, F)), Block("cheek", (G, R)), Block("neck", (G, G))),
        hands=("right", "left"), seed=831, timing=THIRD_PACE, **_LUISPEDRO,
        look=Look(light_angle_deg=100.0, noise_sigma=3.0, light_tilt=0.25),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=5.0, yaw_amp_deg=10.0,
                          period_s=9.0, phase=2.2)),
    ClipSpec(
        name="held_out_takeo_15fps_blur_crf36",
        description="Takeo Kanade at 15 fps with motion blur, strong compression, a noisy "
                    "bluish room; left hand on cheek, nose, jaw and chin, a nose scratch "
                    "between.",
        blocks=(Block("cheek", (G, G, F)), Block("nose", (G, R)), Gesture("nose_scratch"),
                Block("jawline", (G, G)), Block("chin", (O, G))),
        hands=("left",), seed=841, fps=15, crf=36, shutter_subframes=4, timing=THIRD_PACE,
        hand_roll_deg=7.0, **_TAKEO,
        look=Look(skin_lab_shift=_TAKEO_SKIN, gain=0.7, gamma=1.15, noise_sigma=5.5,
                  light_tilt=0.3, light_angle_deg=230.0, tint_rgb=(0.9, 0.98, 1.08)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(12.0, 9.0), period_s=7.0, phase=0.3)),
    ClipSpec(
        name="held_out_luispedro_24fps_far_camera",
        description="Luis Pedro Coelho far from a 24 fps camera (a smaller face), blur and "
                    "compression; right hand on forehead, under-eye, neck and temple.",
        blocks=(Block("forehead", (G, G, R)), Block("under_eye", (G, G)), Block("neck", (G, F)),
                Block("temple", (G, G))),
        hands=("right",), seed=851, fps=24, crf=35, shutter_subframes=2, timing=THIRD_PACE,
        hand_roll_deg=-5.0, **_LUISPEDRO,
        look=Look(noise_sigma=4.0, light_angle_deg=330.0, tint_rgb=(1.0, 1.02, 0.97)),
        motion=HeadMotion(scale=0.64, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.5,
                          phase=4.0)),
    ClipSpec(
        name="held_out_takeo_lifting",
        description="Profile 'lifting'; Takeo Kanade, left hand on jaw, cheek, forehead and "
                    "temple with faults near the limits, a fresh arrival on the forehead.",
        blocks=(Block("jawline", (G, O, G)), Block("cheek", (G, F)),
                Block("forehead", (G, R), arrive=True), Block("temple", (G, G))),
        hands=("left",), profile="lifting", seed=861, timing=THIRD_PACE, **_TAKEO,
        look=Look(skin_lab_shift=_TAKEO_SKIN, noise_sigma=2.5, gain=1.1,
                  light_angle_deg=190.0, tint_rgb=(1.03, 1.0, 0.96)),
        motion=HeadMotion(scale=0.95, roll_deg=-2.0, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=10.0, yaw_amp_deg=6.0, pitch_deg=4.0, period_s=8.5)),
)

# The fourth held-out set's hand: bending, with the longest fingers of any hand so far on a
# palm about the template's width, mid-sized on the face; other skins and sleeves.
_LONG_FINGERED_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.15, 0.98),
                           hand_scale_fw=1.18, held_out=True)
_OUSTER = dict(face="ouster", hand_skin_rgb=(230.0, 176.0, 158.0),
               sleeve_rgb=(150.0, 178.0, 212.0), **_LONG_FINGERED_HAND)
_JUSTIN = dict(face="justin", hand_skin_rgb=(218.0, 170.0, 142.0),
               sleeve_rgb=(58.0, 62.0, 80.0), **_LONG_FINGERED_HAND)

# A fourth person's pace: deliberate strokes (never brisk), the largest of the realistic
# lifts (2-4 cm), slow returns and moves, short rests on the skin, slow arrivals after
# short absences.
FOURTH_PACE = Timing(good_s=(0.7, 1.5), slow_fault_s=(0.9, 1.7), too_fast_s=(0.38, 0.43),
                     return_s=(0.45, 0.8), move_s=(0.8, 1.2), pause_s=(0.25, 0.8),
                     pause_chance=0.3, approach_s=(1.0, 1.4), leave_s=(0.7, 1.2),
                     lift_peak=(1.05, 1.10), good_off_deg=25.0, length_scale=(0.75, 1.05),
                     rest_chance=0.3, rest_s=(0.25, 0.6), land_straight=True,
                     away_s=(0.6, 1.0))

# The fourth held-out set (John Ousterhout, Justin Shenk, seeds 9xx; 7 clips, 60 strokes):
# rendered once (`--check`: the hand found in 100 % of stroke frames, the face in 100 %),
# evaluated once after the method was settled, then looked at; tuning material now.
_FOURTH_HELD_OUT: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_justin_small_lifts_routine",
        description="Justin Shenk; right hand on forehead, cheek, nose and chin, small "
                    "lifts, rests on the skin, a fresh arrival on the cheek.",
        blocks=(Block("forehead", (G, G, O, G)), Block("cheek", (G, F, G), arrive=True),
                Block("nose", (G, R)), Block("chin", (G, G))),
        hands=("right",), seed=901, timing=FOURTH_PACE, hand_roll_deg=-4.0, **_JUSTIN,
        look=Look(light_angle_deg=75.0, noise_sigma=2.5, tint_rgb=(1.0, 0.98, 1.03)),
        motion=HeadMotion(roll_deg=-1.5, roll_amp_deg=4.0, period_s=8.8, phase=2.9)),
    ClipSpec(
        name="held_out_ouster_turned_head_ring_finger",
        description="John Ousterhout, head turned 22-38 degrees to his left and nodding; "
                    "left hand on his far side: ring finger under the eye, cheek, jaw, "
                    "temple.",
        blocks=(Block("under_eye", (G, G, O), finger="ring"), Block("cheek", (G, R)),
                Block("jawline", (G, G)), Block("temple", (G, F))),
        hands=("left",), seed=911, timing=FOURTH_PACE, hand_roll_deg=9.0, **_OUSTER,
        look=Look(light_angle_deg=15.0, noise_sigma=3.0, tint_rgb=(1.03, 1.0, 0.95)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=30.0, yaw_amp_deg=8.0,
                          pitch_deg=3.0, pitch_amp_deg=5.0, period_s=12.0, phase=0.4)),
    ClipSpec(
        name="held_out_justin_negatives",
        description="Justin Shenk, no massage: the chin resting on the hand, scratching "
                    "the nose, a wave, a hand over the mouth, a hand passing.",
        blocks=(Gesture("chin_rest"), Gesture("nose_scratch"), Gesture("wave"),
                Gesture("mouth_cover"), Gesture("pass")),
        hands=("left",), seed=921, **_JUSTIN,
        look=Look(noise_sigma=3.5, light_angle_deg=170.0, tint_rgb=(0.98, 1.0, 1.02)),
        motion=HeadMotion(scale=0.93, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=-9.0,
                          yaw_amp_deg=6.0, period_s=7.8, phase=0.9)),
    ClipSpec(
        name="held_out_ouster_two_hands",
        description="John Ousterhout, both hands at once on cheeks, jaw and forehead, the "
                    "head turning a little either way and tilting up.",
        blocks=(Block("cheek", (G, G, O)), Block("jawline", (G, G)), Block("forehead", (G, R))),
        hands=("right", "left"), seed=931, timing=FOURTH_PACE, **_OUSTER,
        look=Look(light_angle_deg=300.0, noise_sigma=3.0, light_tilt=0.2),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-4.0, yaw_amp_deg=11.0,
                          pitch_deg=3.0, pitch_amp_deg=4.0, period_s=10.0, phase=1.7)),
    ClipSpec(
        name="held_out_justin_15fps_blur_crf37_dim",
        description="Justin Shenk at 15 fps with motion blur, strong compression, a dim "
                    "noisy warm room; right hand on cheek, jaw, temple and neck, a wave "
                    "between.",
        blocks=(Block("cheek", (G, G)), Gesture("wave"), Block("jawline", (G, F)),
                Block("temple", (G, R)), Block("neck", (G, G))),
        hands=("right",), seed=941, fps=15, crf=37, shutter_subframes=4, timing=FOURTH_PACE,
        hand_roll_deg=-7.0, **_JUSTIN,
        look=Look(gain=0.58, gamma=1.12, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=215.0, tint_rgb=(1.08, 0.97, 0.85)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(13.0, 8.0), period_s=6.8, phase=2.4)),
    ClipSpec(
        name="held_out_ouster_24fps_far_camera",
        description="John Ousterhout far from a 24 fps camera (a smaller face), blur and "
                    "compression; left hand on cheek, nose, chin and forehead.",
        blocks=(Block("cheek", (G, G, R)), Block("nose", (G, G)), Block("chin", (G, F)),
                Block("forehead", (G, O))),
        hands=("left",), seed=951, fps=24, crf=36, shutter_subframes=3, timing=FOURTH_PACE,
        hand_roll_deg=5.0, **_OUSTER,
        look=Look(noise_sigma=4.0, light_angle_deg=345.0, tint_rgb=(0.97, 1.0, 1.04)),
        motion=HeadMotion(scale=0.66, scale_amp=0.04, roll_amp_deg=3.0, period_s=10.5,
                          phase=3.1)),
    ClipSpec(
        name="held_out_justin_lifting",
        description="Profile 'lifting'; Justin Shenk, right hand on under-eye, jaw, neck "
                    "and cheek with faults near the limits, a fresh arrival on the neck.",
        blocks=(Block("under_eye", (G, G)), Block("jawline", (G, R, G)),
                Block("neck", (G, F), arrive=True), Block("cheek", (G, O))),
        hands=("right",), profile="lifting", seed=961, timing=FOURTH_PACE, **_JUSTIN,
        look=Look(noise_sigma=2.5, gain=1.05, light_angle_deg=120.0,
                  tint_rgb=(1.02, 1.0, 0.97)),
        motion=HeadMotion(scale=0.94, roll_deg=2.0, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=-8.0, yaw_amp_deg=6.0, pitch_deg=-3.0, period_s=9.2)),
)

# All four, under their old names with a "looked_at_" prefix.
LOOKED_AT: tuple[ClipSpec, ...] = tuple(
    replace(spec, name=f"looked_at_{spec.name}", held_out=False)
    for spec in _FIRST_HELD_OUT + _SECOND_HELD_OUT + _THIRD_HELD_OUT
    + _FOURTH_HELD_OUT)
