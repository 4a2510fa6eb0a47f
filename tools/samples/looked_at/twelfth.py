"""The twelfth held-out set (Anne Helene of KPhotoAlbum's demo album, in sunglasses, and
Gramps' "Edwin Michael Smith", a greyscale photo given a dark brown skin; seeds 17xx; 9
clips, 82 strokes, 2.5 MB): rendered once (`--check`: the hand found in 100 % of stroke
frames in seven stroke clips and 99.4 % at 15 fps; 93.7 % of the negatives' near-face
frames, the passing hand in 33 %; the face in 100 % of frames in five clips, 97.4 % in the
two-hands clip, 94.7 % in the negatives, 94.6 % at 15 fps and 87.9 % in the turned-head
clip, turned up to 39 degrees with the hand on its near side), evaluated once after the
method was settled, then looked at; tuning material now. One render was stopped before any
check, after three clips, because Anne Helene's 30 fps clips came out 0.38-0.42 MB (the
beach, the sea and the people behind her): they are compressed at crf 30 instead of 28, then
all nine were rendered again and checked. The same kinds of conditions as the eleventh set
(looked_at/eleventh.py), other zones, faults, gesture order (chin rest, nose scratch, pass,
mouth cover, wave), sides and head turns (turned 19-39 degrees to his left with ring-finger
strokes on his near side, as only the fifth set had them; two hands while she turns 2-34
degrees to her right). Neck strokes only on Anne Helene, on both sides; no under-eye strokes
on her (her sunglasses cover that zone; her forehead strokes run along their upper rims
under her fringe). No forehead or neck strokes on Edwin (the hat's brim hides the top of his
forehead, a scarf and a white collar his neck, left untoned with Look(neck=False)) and
temple strokes only on his right side (the hat hides his left temple)."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The twelfth held-out set's hand: bending, of middling size (1.25 face widths) with fingers
# a little shorter than the template's on the narrowest palm so far (a slim, narrow hand); a
# rosy tanned skin for Anne Helene, a dark brown one for Gramps' "Edwin Michael Smith",
# new sleeves.
_SLIM_NARROW_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.98, 0.8),
                         hand_scale_fw=1.25, held_out=True)
_ANNE = dict(face="anne_helene", hand_skin_rgb=(200.0, 146.0, 132.0),
             sleeve_rgb=(40.0, 110.0, 128.0), **_SLIM_NARROW_HAND)
_EDWIN = dict(face="edwin", hand_skin_rgb=(126.0, 88.0, 66.0),
              sleeve_rgb=(118.0, 96.0, 70.0), **_SLIM_NARROW_HAND)
# Gramps' "Edwin Michael Smith" is a greyscale photo: his face skin is given a dark brown
# colour (between the tenth set's medium brown and Andersson's dark skin); his scarf and
# collar hide his neck, which is left untoned (Look(neck=False)).
_EDWIN_SKIN = (-28.0, 11.0, 17.0)

# A twelfth person's pace: deliberate, short strokes (1.0-1.7 s over 0.65-0.9 of the
# chord), quick low returns (0.3-0.55 s, lifts of 2-3 cm: the hand 4-8 % bigger), slow
# moves between zones, frequent short pauses, rests on the skin often (35 % of good
# strokes, 0.25-0.7 s); slow arrivals and leaves after longer absences; too-fast strokes
# the closest to the limit so far (0.41-0.445 s against 0.45).
TWELFTH_PACE = Timing(good_s=(1.0, 1.7), slow_fault_s=(1.0, 1.6), too_fast_s=(0.41, 0.445),
                      return_s=(0.3, 0.55), move_s=(0.65, 1.05), pause_s=(0.15, 0.5),
                      pause_chance=0.4, approach_s=(0.9, 1.3), leave_s=(0.7, 1.0),
                      lift_peak=(1.04, 1.08), good_off_deg=25.0, length_scale=(0.65, 0.9),
                      rest_chance=0.35, rest_s=(0.25, 0.7), land_straight=True,
                      away_s=(0.7, 1.3))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_anne_helene_small_lifts_routine",
        description="Anne Helene (sunglasses); right hand on jaw, neck, cheek and nose, small "
                    "lifts, rests on the skin, a fresh arrival on the cheek.",
        blocks=(Block("jawline", (G, F, G)), Block("neck", (G, R)),
                Block("cheek", (G, G, O), arrive=True), Block("nose", (G, G))),
        hands=("right",), seed=1701, crf=30, timing=TWELFTH_PACE, hand_roll_deg=6.0, **_ANNE,
        look=Look(light_angle_deg=120.0, noise_sigma=2.5, tint_rgb=(1.0, 1.0, 1.01)),
        motion=HeadMotion(roll_deg=-1.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=6.0,
                          yaw_amp_deg=4.0, period_s=9.3, phase=0.2)),
    ClipSpec(
        name="held_out_edwin_turned_head_ring_finger",
        description="Gramps' \"Edwin Michael Smith\" (given a dark brown skin), his head "
                    "turned 19-39 degrees to his left, nodding; right hand on his near side: "
                    "ring finger under the eye, cheek, temple, chin, nose.",
        blocks=(Block("under_eye", (G, G, R), finger="ring"), Block("cheek", (G, F)),
                Block("temple", (G, G)), Block("chin", (G, O)), Block("nose", (G, G))),
        hands=("right",), seed=1711, timing=TWELFTH_PACE, hand_roll_deg=8.0, **_EDWIN,
        look=Look(skin_lab_shift=_EDWIN_SKIN, neck=False, light_angle_deg=40.0,
                  noise_sigma=3.0, tint_rgb=(1.02, 1.0, 0.97)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=29.0, yaw_amp_deg=10.0,
                          pitch_deg=-2.0, pitch_amp_deg=7.0, period_s=10.8, phase=1.2)),
    ClipSpec(
        name="held_out_anne_helene_negatives",
        description="Anne Helene, no massage: the chin resting on the hand, scratching the "
                    "nose, a hand passing, a hand over the mouth, a wave.",
        blocks=(Gesture("chin_rest"), Gesture("nose_scratch"), Gesture("pass"),
                Gesture("mouth_cover"), Gesture("wave")),
        hands=("left",), seed=1721, crf=30, **_ANNE,
        look=Look(noise_sigma=3.5, light_angle_deg=60.0, tint_rgb=(1.01, 1.0, 0.99)),
        motion=HeadMotion(scale=0.95, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=5.0,
                          yaw_amp_deg=6.0, period_s=8.7, phase=0.7)),
    ClipSpec(
        name="held_out_anne_helene_two_hands",
        description="Anne Helene, both hands at once long on the forehead, the cheeks and "
                    "the jaw (covering much of the face) while the head turns 2-34 degrees "
                    "to her right.",
        blocks=(Block("forehead", (G, G)), Block("cheek", (G, O, G)),
                Block("jawline", (G, R))),
        hands=("right", "left"), seed=1731, crf=30, timing=TWELFTH_PACE, **_ANNE,
        look=Look(light_angle_deg=300.0, noise_sigma=3.0, light_tilt=0.25),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-18.0, yaw_amp_deg=16.0,
                          pitch_deg=-3.0, pitch_amp_deg=4.0, period_s=11.0, phase=0.9)),
    ClipSpec(
        name="held_out_edwin_15fps_blur_crf37_dim",
        description="Gramps' \"Edwin Michael Smith\" (given a dark brown skin) at 15 fps "
                    "with motion blur, strong compression, a dim noisy orange-lit room lit "
                    "from his right; left hand on nose and under-eye, a wave, then jaw and "
                    "chin.",
        blocks=(Block("nose", (G, G)), Block("under_eye", (G, R)), Gesture("wave"),
                Block("jawline", (G, F)), Block("chin", (G, G, O))),
        hands=("left",), seed=1741, fps=15, crf=37, shutter_subframes=4,
        timing=TWELFTH_PACE, hand_roll_deg=-7.0, **_EDWIN,
        look=Look(skin_lab_shift=_EDWIN_SKIN, neck=False, gain=0.54, gamma=1.16,
                  noise_sigma=5.0, light_tilt=0.3, light_angle_deg=190.0,
                  tint_rgb=(1.06, 0.98, 0.86)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(10.0, 10.0), squash_amp=0.0,
                          yaw_deg=4.0, yaw_amp_deg=4.0, period_s=7.9, phase=1.6)),
    ClipSpec(
        name="held_out_edwin_24fps_far_camera",
        description="Gramps' \"Edwin Michael Smith\" (given a dark brown skin) far from a 24 "
                    "fps camera (a smaller face), blur and compression; right hand on chin, "
                    "cheek, temple, under-eye and jaw.",
        blocks=(Block("chin", (G, G)), Block("cheek", (G, R)), Block("temple", (G, F)),
                Block("under_eye", (G, G)), Block("jawline", (G, O))),
        hands=("right",), seed=1751, fps=24, crf=36, shutter_subframes=3,
        timing=TWELFTH_PACE, hand_roll_deg=5.0, **_EDWIN,
        look=Look(skin_lab_shift=_EDWIN_SKIN, neck=False, noise_sigma=4.0,
                  light_angle_deg=110.0, tint_rgb=(1.0, 1.0, 1.03)),
        motion=HeadMotion(scale=0.62, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.4,
                          phase=0.4)),
    ClipSpec(
        name="held_out_anne_helene_lifting",
        description="Profile 'lifting'; Anne Helene; right hand on chin, temple, forehead "
                    "and neck with faults near the limits, a fresh arrival on the temple.",
        blocks=(Block("chin", (G, G)), Block("temple", (G, R, G), arrive=True),
                Block("forehead", (G, F)), Block("neck", (G, O))),
        hands=("right",), profile="lifting", seed=1761, crf=30, timing=TWELFTH_PACE,
        hand_roll_deg=3.0, **_ANNE,
        look=Look(noise_sigma=2.5, gain=1.02, light_angle_deg=350.0,
                  tint_rgb=(0.99, 1.0, 1.02)),
        motion=HeadMotion(scale=0.97, roll_deg=1.0, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=-8.0, yaw_amp_deg=5.0, pitch_deg=-2.0, period_s=9.8)),
    ClipSpec(
        name="held_out_edwin_one_side_routine",
        description="Gramps' \"Edwin Michael Smith\" (given a dark brown skin); left hand "
                    "on every zone of his left side that the photo shows as skin, in "
                    "drainage order (chin, jaw, nose, cheek, ring finger under the eye).",
        blocks=(Block("chin", (G, F)), Block("jawline", (G, G)), Block("nose", (G, R)),
                Block("cheek", (G, G)), Block("under_eye", (G, O), finger="ring")),
        hands=("left",), seed=1771, timing=TWELFTH_PACE, hand_roll_deg=-4.0, **_EDWIN,
        look=Look(skin_lab_shift=_EDWIN_SKIN, neck=False, light_angle_deg=220.0,
                  noise_sigma=2.5, gain=0.95, tint_rgb=(1.01, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=1.0, roll_amp_deg=3.0, period_s=10.2, phase=2.2)),
    ClipSpec(
        name="held_out_anne_helene_mirrored_selfie",
        description="Anne Helene, a mirrored (selfie) recording; left hand on temple, chin, "
                    "neck and jaw, a fresh arrival on the chin.",
        blocks=(Block("temple", (G, G, R)), Block("chin", (G, F), arrive=True),
                Block("neck", (G, G)), Block("jawline", (G, O))),
        hands=("left",), seed=1781, crf=30, mirrored=True, timing=TWELFTH_PACE,
        hand_roll_deg=-5.0, **_ANNE,
        look=Look(light_angle_deg=250.0, noise_sigma=3.0, tint_rgb=(1.02, 1.0, 0.98)),
        motion=HeadMotion(roll_deg=-1.5, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=-4.0,
                          yaw_amp_deg=5.0, period_s=8.3, phase=1.9)),
)
