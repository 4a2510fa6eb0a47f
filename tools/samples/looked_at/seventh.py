"""The seventh held-out set (Craig Bradney, Jesper K. Pedersen; a big bending hand with long
slender fingers on a narrow palm, a seventh person's pace SEVENTH_PACE, seeds 12xx; 7 clips,
61 strokes): rendered once (`--check`: the hand found in 99-100 % of stroke frames, the face
in 100 % of frames, 98.2 % in the two-hands clip), evaluated once after the method was
settled, then looked at; tuning material now. The same kinds of conditions as the sixth
set, other zones, faults, gesture order, sides and head turns; neck strokes on Bradney only
(Pedersen's photo shows his shirt collar right under the chin)."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The seventh held-out set's hand: bending, big, with long slender fingers on a narrow palm
# (the longest fingers so far on a palm narrower than the template's), the biggest on the
# face; other skins and sleeves.
_BIG_LONG_FINGERED_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.2, 0.88),
                               hand_scale_fw=1.42, held_out=True)
_BRADNEY = dict(face="bradney", hand_skin_rgb=(232.0, 190.0, 168.0),
                sleeve_rgb=(54.0, 66.0, 104.0), **_BIG_LONG_FINGERED_HAND)
_PEDERSEN = dict(face="pedersen", hand_skin_rgb=(216.0, 150.0, 124.0),
                 sleeve_rgb=(36.0, 32.0, 30.0), **_BIG_LONG_FINGERED_HAND)

# A seventh person's pace: brisk, long sweeping strokes (the zone's whole chord, a little
# beyond), quick low returns and moves, short rests on the skin, short pauses, quick
# arrivals after short absences; too-fast strokes just under the limit.
SEVENTH_PACE = Timing(good_s=(0.65, 1.6), slow_fault_s=(0.75, 1.45), too_fast_s=(0.39, 0.44),
                      return_s=(0.3, 0.5), move_s=(0.5, 0.8), pause_s=(0.2, 0.7),
                      pause_chance=0.3, approach_s=(0.6, 0.9), leave_s=(0.5, 0.8),
                      lift_peak=(1.05, 1.09), good_off_deg=25.0, length_scale=(0.85, 1.15),
                      rest_chance=0.3, rest_s=(0.2, 0.5), land_straight=True,
                      away_s=(0.4, 0.8))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_bradney_small_lifts_routine",
        description="Craig Bradney; left hand on temple, jaw, chin and neck, small lifts, "
                    "rests on the skin, a fresh arrival on the chin.",
        blocks=(Block("temple", (G, G, F)), Block("jawline", (G, O)),
                Block("chin", (G, R, G), arrive=True), Block("neck", (G, G))),
        hands=("left",), seed=1201, timing=SEVENTH_PACE, hand_roll_deg=-6.0, **_BRADNEY,
        look=Look(light_angle_deg=40.0, noise_sigma=2.5, tint_rgb=(1.02, 1.0, 0.97)),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=3.5, period_s=8.6, phase=0.5)),
    ClipSpec(
        name="held_out_pedersen_turned_head_ring_finger",
        description="Jesper K. Pedersen, head turned 22-40 degrees to his right and nodding "
                    "a little; right hand on his far side: temple, ring finger under the "
                    "eye, cheek, chin.",
        blocks=(Block("temple", (G, R)), Block("under_eye", (G, G, F), finger="ring"),
                Block("cheek", (G, G)), Block("chin", (G, O))),
        hands=("right",), seed=1211, timing=SEVENTH_PACE, hand_roll_deg=7.0, **_PEDERSEN,
        look=Look(light_angle_deg=290.0, noise_sigma=3.0, tint_rgb=(1.0, 0.99, 1.02)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-31.0, yaw_amp_deg=9.0,
                          pitch_deg=-2.0, pitch_amp_deg=6.0, period_s=10.7, phase=0.9)),
    ClipSpec(
        name="held_out_pedersen_negatives",
        description="Jesper K. Pedersen, no massage: the chin resting on the hand, "
                    "scratching the nose, a hand passing, a hand over the mouth, a wave.",
        blocks=(Gesture("chin_rest"), Gesture("nose_scratch"), Gesture("pass"),
                Gesture("mouth_cover"), Gesture("wave")),
        hands=("right",), seed=1221, **_PEDERSEN,
        look=Look(noise_sigma=3.5, light_angle_deg=170.0, tint_rgb=(0.99, 1.0, 1.02)),
        motion=HeadMotion(scale=0.93, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=8.0,
                          yaw_amp_deg=6.0, period_s=7.8, phase=1.7)),
    ClipSpec(
        name="held_out_pedersen_two_hands",
        description="Jesper K. Pedersen, both hands at once on the forehead, cheeks and "
                    "chin while the head turns up to 30 degrees to his left.",
        blocks=(Block("forehead", (G, G, O)), Block("cheek", (G, R, G)), Block("chin", (G, G))),
        hands=("right", "left"), seed=1231, timing=SEVENTH_PACE, **_PEDERSEN,
        look=Look(light_angle_deg=230.0, noise_sigma=3.0, light_tilt=0.25),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=16.0, yaw_amp_deg=14.0,
                          pitch_deg=-3.0, pitch_amp_deg=4.0, period_s=9.9, phase=2.2)),
    ClipSpec(
        name="held_out_bradney_15fps_blur_crf37_dim",
        description="Craig Bradney at 15 fps with motion blur, strong compression, a dim "
                    "noisy bluish room; left hand on cheek, under-eye, neck and forehead, a "
                    "wave between.",
        blocks=(Block("cheek", (G, O)), Gesture("wave"), Block("under_eye", (G, G)),
                Block("neck", (G, F)), Block("forehead", (G, R))),
        hands=("left",), seed=1241, fps=15, crf=37, shutter_subframes=4, timing=SEVENTH_PACE,
        hand_roll_deg=6.0, **_BRADNEY,
        look=Look(gain=0.56, gamma=1.14, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=210.0, tint_rgb=(0.9, 0.97, 1.08)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(10.0, 8.0), period_s=7.6, phase=2.4)),
    ClipSpec(
        name="held_out_pedersen_24fps_far_camera",
        description="Jesper K. Pedersen far from a 24 fps camera (a smaller face), blur and "
                    "compression; left hand on jaw, nose, temple and cheek.",
        blocks=(Block("jawline", (G, G)), Block("nose", (G, O, G)), Block("temple", (G, F)),
                Block("cheek", (G, R))),
        hands=("left",), seed=1251, fps=24, crf=36, shutter_subframes=3, timing=SEVENTH_PACE,
        hand_roll_deg=4.0, **_PEDERSEN,
        look=Look(noise_sigma=4.0, light_angle_deg=120.0, tint_rgb=(1.04, 1.0, 0.95)),
        motion=HeadMotion(scale=0.66, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.3,
                          phase=0.4)),
    ClipSpec(
        name="held_out_bradney_lifting",
        description="Profile 'lifting'; Craig Bradney, his head turned a little to his "
                    "right; right hand on forehead, under-eye, cheek and neck with faults "
                    "near the limits, a fresh arrival on the cheek.",
        blocks=(Block("forehead", (G, O)), Block("under_eye", (G, G)),
                Block("cheek", (G, R, G), arrive=True), Block("neck", (G, F))),
        hands=("right",), profile="lifting", seed=1261, timing=SEVENTH_PACE, **_BRADNEY,
        look=Look(noise_sigma=2.5, gain=1.06, light_angle_deg=350.0,
                  tint_rgb=(1.0, 1.01, 0.98)),
        motion=HeadMotion(scale=0.96, roll_deg=-2.0, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=-7.0, yaw_amp_deg=5.0, pitch_deg=2.0, period_s=8.9)),
)
