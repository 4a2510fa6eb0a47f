"""The first held-out set (Obama, Biden; a bending hand with long fingers on a narrow palm,
the tuning pace, seeds 4xx): rendered and evaluated once in the session that built the leg
model, then looked at; tuning material now."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import REAL, Block, F, G, O, R

_OTHER_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.1, 0.92),
                   hand_scale_fw=1.22)

CLIPS: tuple[ClipSpec, ...] = (
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
