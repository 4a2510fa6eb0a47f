"""The eighth held-out set (Denis Bitouze, Gramps' "Keith Lloyd Smith"; a medium-small bending
hand with short fingers on a narrow palm and darker skins, an eighth person's pace EIGHTH_PACE,
seeds 13xx; 9 clips, 86 strokes): rendered once (`--check`: the hand found in 100 % of stroke
frames; the face in 99-100 % of frames, 70.7 % in the two-hands clip, whose hands cover his
eyes on the forehead), evaluated once after the method was settled, then looked at; tuning
material now. The 15 fps clip was rendered four times before anyone ran the coach on it (its
dark hand was missed in the dim room's shadow after the nose scratch; with the scratch after
the cheek strokes it is found throughout). No neck strokes (neither photo shows a neck)."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The eighth held-out set's hand: bending, medium-small, with short fingers on a narrow
# palm (both below the template's: no earlier hand had short fingers and a narrow palm);
# darker skins than any hand before, other sleeves.
_SMALL_NARROW_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.92, 0.9),
                          hand_scale_fw=1.2, held_out=True)
_BITOUZE = dict(face="bitouze", hand_skin_rgb=(104.0, 70.0, 52.0),
                sleeve_rgb=(198.0, 160.0, 64.0), **_SMALL_NARROW_HAND)
_SMITH = dict(face="smith", hand_skin_rgb=(134.0, 92.0, 68.0),
              sleeve_rgb=(116.0, 88.0, 134.0), **_SMALL_NARROW_HAND)

# An eighth person's pace: uneven. Short quick strokes and long slow ones mixed (0.6-1.9 s,
# half the zone's chord to a little beyond it), returns from quick to slow, lifts from the
# smallest to the largest realistic ones (the hand 4-10 % bigger), pauses from a blink to
# 1.3 s, rests on the skin from short to long; too-fast strokes just under the limit.
EIGHTH_PACE = Timing(good_s=(0.6, 1.9), slow_fault_s=(0.7, 1.7), too_fast_s=(0.37, 0.43),
                     return_s=(0.3, 0.9), move_s=(0.6, 1.2), pause_s=(0.1, 1.3),
                     pause_chance=0.3, approach_s=(0.7, 1.2), leave_s=(0.5, 1.0),
                     lift_peak=(1.04, 1.10), good_off_deg=25.0, length_scale=(0.55, 1.1),
                     rest_chance=0.3, rest_s=(0.2, 1.1), land_straight=True,
                     away_s=(0.5, 1.2))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_bitouze_small_lifts_routine",
        description="Denis Bitouze, his head tilted; right hand on cheek, nose, under-eye "
                    "and forehead, small lifts, rests on the skin, a fresh arrival on the "
                    "nose.",
        blocks=(Block("cheek", (G, G, O)), Block("nose", (G, R, G), arrive=True),
                Block("under_eye", (G, F)), Block("forehead", (G, G, G))),
        hands=("right",), seed=1301, timing=EIGHTH_PACE, hand_roll_deg=4.0, **_BITOUZE,
        look=Look(light_angle_deg=300.0, noise_sigma=2.5, tint_rgb=(1.0, 1.02, 0.98)),
        motion=HeadMotion(roll_deg=-1.0, roll_amp_deg=3.0, period_s=8.2, phase=1.1)),
    ClipSpec(
        name="held_out_smith_turned_head_ring_finger",
        description="Gramps' Keith Lloyd Smith, his head turned about 20 degrees to his left "
                    "in the photo and 5-19 degrees further (25-39 in all), nodding; left hand "
                    "on his far side: ring finger under the eye, temple, cheek, jaw.",
        blocks=(Block("under_eye", (G, G, R), finger="ring"), Block("temple", (G, O)),
                Block("cheek", (G, G, G)), Block("jawline", (G, F))),
        hands=("left",), seed=1311, timing=EIGHTH_PACE, hand_roll_deg=-7.0, **_SMITH,
        look=Look(light_angle_deg=80.0, noise_sigma=3.0, tint_rgb=(1.02, 1.0, 0.99)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=12.0, yaw_amp_deg=7.0,
                          pitch_deg=3.0, pitch_amp_deg=5.0, period_s=10.3, phase=2.0)),
    ClipSpec(
        name="held_out_bitouze_negatives",
        description="Denis Bitouze, no massage: a hand over the mouth, a hand passing, the "
                    "chin resting on the hand, a wave, scratching the nose.",
        blocks=(Gesture("mouth_cover"), Gesture("pass"), Gesture("chin_rest"),
                Gesture("wave"), Gesture("nose_scratch")),
        hands=("left",), seed=1321, **_BITOUZE,
        look=Look(noise_sigma=3.5, light_angle_deg=20.0, tint_rgb=(1.0, 0.99, 1.03)),
        motion=HeadMotion(scale=0.95, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=-9.0,
                          yaw_amp_deg=6.0, period_s=8.4, phase=0.6)),
    ClipSpec(
        name="held_out_bitouze_two_hands",
        description="Denis Bitouze, both hands at once long on the forehead and the cheeks "
                    "(covering much of the face) while the head turns up to 36 degrees to "
                    "his right.",
        blocks=(Block("forehead", (G, G, R, G)), Block("cheek", (G, O, G))),
        hands=("right", "left"), seed=1331, timing=EIGHTH_PACE, **_BITOUZE,
        look=Look(light_angle_deg=140.0, noise_sigma=3.0, light_tilt=0.25),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-22.0, yaw_amp_deg=14.0,
                          pitch_deg=3.0, pitch_amp_deg=4.0, period_s=10.6, phase=1.5)),
    ClipSpec(
        name="held_out_smith_15fps_blur_crf37_dim",
        description="Gramps' Keith Lloyd Smith at 15 fps with motion blur, strong "
                    "compression, a dim noisy greenish room lit from his right; right hand on "
                    "jaw, cheek, chin, forehead and temple, scratching the nose between.",
        blocks=(Block("jawline", (G, G)), Block("cheek", (G, R)), Gesture("nose_scratch"),
                Block("chin", (G, F)), Block("forehead", (G, O)), Block("temple", (G,))),
        hands=("right",), seed=1341, fps=15, crf=37, shutter_subframes=4, timing=EIGHTH_PACE,
        hand_roll_deg=5.0, **_SMITH,
        look=Look(gain=0.58, gamma=1.12, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=170.0, tint_rgb=(0.95, 1.05, 0.92)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(11.0, 10.0), period_s=7.4, phase=0.2)),
    ClipSpec(
        name="held_out_bitouze_24fps_far_camera",
        description="Denis Bitouze far from a 24 fps camera (a smaller face), blur and "
                    "compression; left hand on temple, under-eye, cheek, forehead and jaw.",
        blocks=(Block("temple", (G, G)), Block("under_eye", (G, R)), Block("cheek", (G, G, F)),
                Block("forehead", (G, O)), Block("jawline", (G,))),
        hands=("left",), seed=1351, fps=24, crf=36, shutter_subframes=3, timing=EIGHTH_PACE,
        hand_roll_deg=-4.0, **_BITOUZE,
        look=Look(noise_sigma=4.0, light_angle_deg=230.0, tint_rgb=(1.03, 1.0, 0.96)),
        motion=HeadMotion(scale=0.64, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.6,
                          phase=2.8)),
    ClipSpec(
        name="held_out_smith_lifting",
        description="Profile 'lifting'; Gramps' Keith Lloyd Smith, his head turned back "
                    "toward the camera (about 5-17 degrees to his left in all); right hand "
                    "on forehead, cheek, jaw and temple with faults near the limits, a fresh "
                    "arrival on the jaw.",
        blocks=(Block("forehead", (G, F)), Block("cheek", (G, G)),
                Block("jawline", (G, R, G), arrive=True), Block("temple", (G, O, G))),
        hands=("right",), profile="lifting", seed=1361, timing=EIGHTH_PACE, **_SMITH,
        look=Look(noise_sigma=2.5, gain=1.05, light_angle_deg=190.0,
                  tint_rgb=(1.0, 0.98, 1.02)),
        motion=HeadMotion(scale=0.97, roll_deg=1.0, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=-9.0, yaw_amp_deg=6.0, pitch_deg=-2.0, period_s=9.2)),
    ClipSpec(
        name="held_out_bitouze_one_side_routine",
        description="Denis Bitouze; right hand on every zone of his right side but the neck, "
                    "in drainage order (chin, jaw, nose, cheek, ring finger under the eye, "
                    "forehead, temple).",
        blocks=(Block("chin", (G,)), Block("jawline", (G, F)), Block("nose", (G,)),
                Block("cheek", (G, R)), Block("under_eye", (G, G), finger="ring"),
                Block("forehead", (G, O)), Block("temple", (G, G))),
        hands=("right",), seed=1371, timing=EIGHTH_PACE, hand_roll_deg=6.0, **_BITOUZE,
        look=Look(light_angle_deg=100.0, noise_sigma=2.5, gain=0.9,
                  tint_rgb=(1.03, 1.0, 0.97)),
        motion=HeadMotion(roll_deg=2.0, roll_amp_deg=3.0, period_s=9.9, phase=0.4)),
    ClipSpec(
        name="held_out_smith_mirrored_selfie",
        description="Gramps' Keith Lloyd Smith, a mirrored (selfie) recording; left hand on "
                    "forehead, temple, chin and nose, a fresh arrival on the chin.",
        blocks=(Block("forehead", (G, G)), Block("temple", (G, R)),
                Block("chin", (G, G, O), arrive=True), Block("nose", (G, F, G))),
        hands=("left",), seed=1381, mirrored=True, timing=EIGHTH_PACE, hand_roll_deg=-3.0,
        **_SMITH,
        look=Look(light_angle_deg=330.0, noise_sigma=3.0, tint_rgb=(0.98, 1.0, 1.03)),
        motion=HeadMotion(roll_deg=-1.5, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=-4.0,
                          yaw_amp_deg=5.0, period_s=8.8, phase=2.3)),
)
