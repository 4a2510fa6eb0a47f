"""Two sets of clips that do not share the tuning's assumptions (issue 12).

TUNING (astronaut and Grace Hopper, the rigid drawn hand and a bending one in the photo's
skin tone, seeds 2xx; plus seven earlier held-out sets, now looked at: Obama and Biden with
seeds 4xx, Marie Curie and Einstein with seeds 6xx, Luis Pedro Coelho and Takeo Kanade with
seeds 8xx, John Ousterhout and Justin Shenk with seeds 9xx, the G-API picture's young man
with glasses and Filippo Giunchedi with seeds 10xx, the man in PsychoPy's demo photo and
Erik Wilhelm Dahlgren with seeds 11xx, Craig Bradney and Jesper K. Pedersen with seeds 12xx,
in looked_at/) is rendered into sample_videos/tuning/ and may be looked at while the coach
is developed. HELD_OUT, the eighth held-out set (Denis Bitouze and Gramps' "Keith Lloyd
Smith", a medium-small bending hand with short fingers on a narrow palm, an eighth
person's pace EIGHTH_PACE, seeds 13xx), shares nothing with them: other faces, another
hand, another person's pace and seeds. It is rendered once into sample_videos/held_out/
(`render_samples.py --set held_out --check`) and evaluated once, after the method is
settled; once its figures have been seen it joins LOOKED_AT and the next change of method
needs a new set.

Both sets hold the same kinds of conditions: realistic lifts (the hand 4-10 % bigger),
good strokes up to 25 degrees off, too-fast strokes near the limit, rests on the skin,
fresh arrivals, heads turned up to 40 degrees, 15/24 fps, motion blur, strong
compression, noise, dim light, a distant camera, two hands, ring-finger strokes and
negatives (hands near the face that never massage it).
"""

from __future__ import annotations

from .camera import HeadMotion, Look
from .gestures import Gesture
from .looked_at import LOOKED_AT
from .posed_hand import Proportions
from .render import ClipSpec
from .script import REAL, Block, F, G, O, R, Timing

NEGATIVES = tuple(Gesture(k) for k in ("wave", "chin_rest", "mouth_cover", "nose_scratch",
                                       "pass"))

_MADE_FOR_TUNING: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="tuning_small_lifts_cheek_jaw",
        description="Right hand, small lifts (hand 4-10 % bigger), good strokes up to 25 "
                    "degrees off, rests on the skin, two fresh arrivals; cheek, jaw, chin.",
        blocks=(Block("cheek", (G, G, G, F, G)), Block("jawline", (G, R, G), arrive=True),
                Block("chin", (G, G, O), arrive=True)),
        hands=("right",), seed=201, timing=REAL,
        motion=HeadMotion(roll_amp_deg=3.0, period_s=8.0)),
    ClipSpec(
        name="tuning_grace_hopper_routine_left_hand",
        description="Grace Hopper; left hand on all 8 zones of the left side, small lifts, "
                    "too-fast strokes near the limit, off-angle good strokes.",
        blocks=(Block("neck", (G,)), Block("chin", (G, F)), Block("jawline", (G, G)),
                Block("nose", (G,)), Block("cheek", (G, R)), Block("under_eye", (G, G)),
                Block("forehead", (G, F)), Block("temple", (G, G))),
        hands=("left",), face="grace_hopper", seed=211, timing=REAL,
        look=Look(light_angle_deg=30.0, noise_sigma=3.0),
        motion=HeadMotion(roll_deg=-3.0, roll_amp_deg=4.0, period_s=9.0)),
    ClipSpec(
        name="tuning_negatives_hands_near_face",
        description="No massage: a wave in front of the face, the chin resting on the hand, "
                    "a hand over the mouth, scratching the nose, a hand passing by.",
        blocks=NEGATIVES, hands=("right",), seed=221,
        motion=HeadMotion(roll_amp_deg=4.0, period_s=7.0)),
    ClipSpec(
        name="tuning_grace_hopper_turned_head",
        description="Grace Hopper, head turned 22-38 degrees to her left and nodding a "
                    "little; bending right hand on under-eye, nose, cheek, chin, temple.",
        blocks=(Block("under_eye", (G, G)), Block("nose", (G, G)), Block("cheek", (G, G, R)),
                Block("chin", (G, O)), Block("temple", (G, G))),
        hands=("right",), face="grace_hopper", seed=231, timing=REAL,
        hand_model="bending", hand_roll_deg=10.0,
        motion=HeadMotion(roll_amp_deg=2.0, squash_amp=0.0, yaw_deg=30.0, yaw_amp_deg=8.0,
                          pitch_amp_deg=8.0, period_s=10.0)),
    ClipSpec(
        name="tuning_two_hands_turned_head",
        description="Both hands at once on cheeks, jaw and forehead while the head turns "
                    "up to 35 degrees to the right and tilts up.",
        blocks=(Block("cheek", (G, G, G)), Block("jawline", (G, R)), Block("forehead", (G, G, F))),
        hands=("right", "left"), seed=241, timing=REAL,
        look=Look(skin_lab_shift=(-6.0, 2.0, 5.0), light_angle_deg=110.0),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-20.0, yaw_amp_deg=15.0,
                          pitch_deg=6.0, pitch_amp_deg=5.0, period_s=9.0)),
    ClipSpec(
        name="tuning_15fps_blur_crf36_dim",
        description="A 15 fps camera with motion blur, strong compression, a dim noisy "
                    "room; right hand on cheek, under-eye (ring finger), nose and neck.",
        blocks=(Block("cheek", (G, G, F)), Block("under_eye", (G, G), finger="ring"),
                Block("nose", (G, R)), Block("neck", (G, G))),
        hands=("right",), seed=251, fps=15, crf=36, shutter_subframes=4, timing=REAL,
        look=Look(gain=0.55, gamma=1.15, noise_sigma=5.0, light_tilt=0.3,
                  tint_rgb=(1.05, 0.98, 0.88)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(14.0, 6.0), period_s=7.0)),
    ClipSpec(
        name="tuning_24fps_far_camera_grace_hopper",
        description="Grace Hopper far from a 24 fps camera (a smaller face), blur and "
                    "compression; bending left hand, ring finger under the eye.",
        blocks=(Block("under_eye", (G, G, R), finger="ring"), Block("cheek", (G, G)),
                Block("jawline", (G, F)), Block("forehead", (G, G))),
        hands=("left",), face="grace_hopper", seed=261, fps=24, crf=35, shutter_subframes=3,
        timing=REAL, hand_model="bending", hand_roll_deg=-8.0,
        look=Look(noise_sigma=4.0, light_angle_deg=250.0),
        motion=HeadMotion(scale=0.68, scale_amp=0.04, roll_amp_deg=3.0, period_s=8.0)),
    ClipSpec(
        name="tuning_strokes_between_negatives",
        description="Left hand: strokes right after the hand arrives, with a wave, a "
                    "scratch of the nose and a hand over the mouth in between.",
        blocks=(Block("cheek", (G, G)), Gesture("nose_scratch"), Block("forehead", (G,)),
                Gesture("mouth_cover"), Block("jawline", (G, R)), Gesture("wave"),
                Block("temple", (G,))),
        hands=("left",), seed=271, timing=REAL,
        look=Look(skin_lab_shift=(-14.0, 4.0, 8.0), noise_sigma=3.0),
        motion=HeadMotion(roll_deg=2.0, roll_amp_deg=4.0, period_s=8.5)),
    ClipSpec(
        name="tuning_grace_hopper_negatives_bending_hand",
        description="Grace Hopper, no massage, bending hand: the chin resting on it, a "
                    "wave, a pass, a hand over the mouth, a nose scratch; head turned a bit.",
        blocks=(Gesture("chin_rest"), Gesture("wave"), Gesture("pass"),
                Gesture("mouth_cover"), Gesture("nose_scratch")),
        hands=("right",), face="grace_hopper", seed=281, hand_model="bending",
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-12.0, yaw_amp_deg=8.0,
                          period_s=8.0)),
)

TUNING: tuple[ClipSpec, ...] = _MADE_FOR_TUNING + LOOKED_AT

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

# The eighth held-out set (Denis Bitouze, Gramps' "Keith Lloyd Smith"; seeds 13xx; 9 clips,
# 86 strokes): rendered once, one clip four times (`--check`: the hand found in 100 % of
# stroke frames in every stroke clip, 93.9 % of the negatives' near-face frames; the face
# in 99-100 % of frames, 70.7 % in the two-hands clip, whose hands cover his eyes on the
# forehead), not evaluated: nobody has seen the coach's results on it. The 15 fps clip was
# rendered four times (the hand found in 85.7, 90.3, 87.7 and 100 % of stroke frames): its
# dark hand was missed in most of its first cheek stroke, a fresh arrival after the nose
# scratch, in the dim room's shadow (4 %), lit from its side (35 %), framed smaller too
# (17 %, undone); with the scratch after the cheek strokes it is found throughout. The same
# kinds of conditions as the seventh set (looked_at/seventh.py), more strokes, other zones,
# faults, gesture order, sides and head turns, a mirrored recording and every zone of one
# side in drainage order; no neck strokes (neither photo shows a neck: Bitouze's ends under
# his chin, Smith's neck zone falls on his collar and tie).
HELD_OUT: tuple[ClipSpec, ...] = (
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
