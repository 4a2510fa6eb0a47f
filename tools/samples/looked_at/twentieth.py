"""The twentieth held-out set (two young people from placeholder portraits of two theme
packages on npm, MIT as shipped: the young East Asian woman among leaves of Creative Tim's
Material Dashboard (`faces/team1.jpg`), a light skin, long straight black hair, frontal, and
the young Black man with shoulder-length locs of AdminKit (`avatar-2.jpg`), a dark brown
skin, his head turned about 23 degrees to his left (FaceMesh's depth), a small photo
upscaled; seeds 25xx; 9 clips, 89 strokes (80 in the script; the two-hands clip's 9 are done
by both hands: 18), 2.5 MB): rendered and checked once, evaluated once after the method was
settled, then looked at; tuning material now (`--check`: the hand found in 100 % of stroke
frames in all eight stroke clips, the 15 fps one too, and in 100 % of its mouth cover's
frames; 93.3 % of the negatives' near-face frames, the passing hand in 37 %; the face in
100 % of frames in all nine clips; median fingertip errors 0.010-0.034 face widths: 0.010-0.012
in the Material Dashboard woman's 30 fps stroke clips (0.021 in the negatives), 0.024 in her
15 fps one, 0.029-0.034 in the AdminKit man's clips (his photo is small and scaled up; 0.032
in his 24 fps one). The 30 fps clips are compressed at crf 30 and all came out small enough
(0.30-0.36 MB; the 15 fps clip 0.15 MB, the 24 fps one 0.14 MB): nothing was rendered again.
The same kinds of conditions as the nineteenth set (looked_at/nineteenth.py), other zones,
faults, gesture order (nose scratch, wave, chin rest, pass, mouth cover; a mouth cover
inside the 15 fps clip), sides and head turns. The Material Dashboard woman's black hair
hides both temples and leaves lie over the top of her forehead, and the photo ends just
under her chin (no neck in it): her strokes are on her forehead (below the leaves), under
her eyes, on her nose, cheeks, chin and jaw, never on her temples or neck; both sides (she
is frontal); her clips turn her head at most 12 degrees either way. The AdminKit man's locs
hang over his forehead and temples, and stubble and a small goatee cover his chin, jaw and
upper lip: his strokes are under his eyes, on his nose, cheeks and neck (bare above his
black T-shirt), never on his forehead, temples, chin or jaw; all on his near (right) side
with the right hand; his clips lean his head back by 2-4 degrees; his turned-head clip turns
him 6-16 degrees further to his left (about 29-39 in all; tag yaw:40), his other clips up to
13 back toward the camera (about 10-24 in all)."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

_TWENTIETH_HAND = dict(hand_model="bending", hand_proportions=Proportions(0.97, 1.0),
                       hand_scale_fw=1.23, held_out=True)
# The hand: bending, middling in size (1.23 face widths), fingers a little shorter than the
# template's and a palm of its width; a light warm skin for the Material Dashboard woman, a
# dark brown one for the AdminKit man, sleeves like their clothes (a dark green one for her,
# whose clothes do not show, among the leaves; his black T-shirt).
_TEAM1 = dict(face="team1", hand_skin_rgb=(230.0, 190.0, 164.0),
              sleeve_rgb=(38.0, 56.0, 42.0), **_TWENTIETH_HAND)
_LOCS = dict(face="locs", hand_skin_rgb=(112.0, 74.0, 56.0),
             sleeve_rgb=(26.0, 27.0, 31.0), **_TWENTIETH_HAND)

# A twentieth person's pace: strokes of 0.9-1.5 s over 0.72-0.98 of the chord, returns of
# 0.4-0.65 s (lifts of 2-4 cm: the hand 4-9 % bigger), moves between zones of 0.55-0.9 s,
# pauses 25 % of the time (0.35-0.85 s), rests on the skin in 35 % of the good strokes
# (0.4-0.95 s); arrivals of 0.85-1.25 s, leaves of 0.55-0.95 s, absences of 0.7-1.3 s;
# too-fast strokes just under the limit (0.41-0.44 s against 0.45).
TWENTIETH_PACE = Timing(good_s=(0.9, 1.5), slow_fault_s=(1.05, 1.55),
                        too_fast_s=(0.41, 0.44), return_s=(0.4, 0.65),
                        move_s=(0.55, 0.9), pause_s=(0.35, 0.85), pause_chance=0.25,
                        approach_s=(0.85, 1.25), leave_s=(0.55, 0.95),
                        lift_peak=(1.04, 1.09), good_off_deg=25.0,
                        length_scale=(0.72, 0.98), rest_chance=0.35, rest_s=(0.4, 0.95),
                        land_straight=True, away_s=(0.7, 1.3))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_team1_small_lifts_routine",
        description="Material Dashboard's young woman among leaves (a light skin, long black "
                    "hair; frontal); right hand on her right side: jaw, cheek, nose and "
                    "chin, small lifts, rests on the skin, a fresh arrival on the nose.",
        blocks=(Block("jawline", (G, G, F)), Block("cheek", (G, G, R)),
                Block("nose", (G, G), arrive=True), Block("chin", (G, O))),
        hands=("right",), seed=2501, crf=30, timing=TWENTIETH_PACE, hand_roll_deg=4.0,
        **_TEAM1,
        look=Look(light_angle_deg=70.0, noise_sigma=2.0, tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=1.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-3.0,
                          yaw_amp_deg=6.0, period_s=9.4, phase=0.7)),
    ClipSpec(
        name="held_out_locs_turned_head_ring_finger",
        description="AdminKit's young man with locs (a dark brown skin; turned about 23 "
                    "degrees to his left in the photo), his head turned 6-16 degrees "
                    "further, nodding; right hand on his near (right) side: ring finger "
                    "under the eye, on the nose, cheek and neck.",
        blocks=(Block("under_eye", (G, F, G), finger="ring"), Block("nose", (G, O)),
                Block("cheek", (G, G, G)), Block("neck", (G, R))),
        hands=("right",), seed=2511, crf=30, timing=TWENTIETH_PACE, hand_roll_deg=6.0,
        **_LOCS,
        look=Look(light_angle_deg=140.0, noise_sigma=2.5, tint_rgb=(0.99, 1.0, 1.01)),
        motion=HeadMotion(roll_deg=3.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=11.0,
                          yaw_amp_deg=5.0, pitch_deg=1.0, pitch_amp_deg=5.0, period_s=10.6,
                          phase=1.2),
        tags=("yaw:40",)),
    ClipSpec(
        name="held_out_team1_negatives",
        description="Material Dashboard's young woman among leaves, no massage: a nose "
                    "scratch, a wave, the chin resting on the hand, a hand passing, a hand "
                    "over the mouth.",
        blocks=(Gesture("nose_scratch"), Gesture("wave"), Gesture("chin_rest"),
                Gesture("pass"), Gesture("mouth_cover")),
        hands=("left",), seed=2521, crf=30, **_TEAM1,
        look=Look(noise_sigma=3.0, light_angle_deg=20.0, tint_rgb=(1.0, 1.0, 0.98)),
        motion=HeadMotion(scale=0.98, roll_deg=-1.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=4.0, yaw_amp_deg=5.0, period_s=8.4, phase=0.4)),
    ClipSpec(
        name="held_out_team1_two_hands",
        description="Material Dashboard's young woman, both hands at once on the cheeks, "
                    "the chin and the jaw while her head turns about 12 degrees either way "
                    "and tilts.",
        blocks=(Block("cheek", (G, F, G)), Block("chin", (G, G, O)),
                Block("jawline", (G, G, R))),
        hands=("left", "right"), seed=2531, crf=30, timing=TWENTIETH_PACE, **_TEAM1,
        look=Look(light_angle_deg=250.0, noise_sigma=2.5, light_tilt=0.2),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-1.0,
                          yaw_amp_deg=11.0, pitch_deg=1.0, pitch_amp_deg=5.0,
                          period_s=10.4, phase=1.6)),
    ClipSpec(
        name="held_out_team1_15fps_blur_crf37_dim",
        description="Material Dashboard's young woman at 15 fps with motion blur, strong "
                    "compression, a dim noisy cool room lit from her left; left hand on her "
                    "left side: forehead and under-eye, a hand over the mouth, then jaw "
                    "and cheek.",
        blocks=(Block("forehead", (G, G, F)), Block("under_eye", (G, G, R)),
                Gesture("mouth_cover"), Block("jawline", (G, G)), Block("cheek", (G, O))),
        hands=("left",), seed=2541, fps=15, crf=37, shutter_subframes=4,
        timing=TWENTIETH_PACE, hand_roll_deg=-4.0, **_TEAM1,
        look=Look(gain=0.6, gamma=1.15, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=20.0, tint_rgb=(0.94, 0.98, 1.05)),
        motion=HeadMotion(roll_deg=-1.0, roll_amp_deg=3.5, sway_px=(9.0, 8.0),
                          squash_amp=0.0, yaw_deg=5.0, yaw_amp_deg=4.0, period_s=9.2,
                          phase=2.6)),
    ClipSpec(
        name="held_out_locs_24fps_far_camera",
        description="AdminKit's young man with locs far from a 24 fps camera (a smaller "
                    "face), blur and compression; right hand on his near (right) side: "
                    "cheek, neck, under-eye and nose.",
        blocks=(Block("cheek", (G, G, F)), Block("neck", (G, G)),
                Block("under_eye", (G, R)), Block("nose", (G, G, O))),
        hands=("right",), seed=2551, fps=24, crf=36, shutter_subframes=3,
        timing=TWENTIETH_PACE, hand_roll_deg=5.0, **_LOCS,
        look=Look(noise_sigma=4.0, light_angle_deg=200.0, tint_rgb=(1.0, 1.0, 1.02)),
        motion=HeadMotion(scale=0.7, scale_amp=0.04, roll_deg=2.0, roll_amp_deg=3.0,
                          squash_amp=0.0, yaw_deg=-7.0, yaw_amp_deg=4.0, period_s=9.3,
                          phase=0.9)),
    ClipSpec(
        name="held_out_locs_lifting",
        description="Profile 'lifting'; AdminKit's young man with locs; right hand on his "
                    "near (right) side: neck, cheek, nose and under-eye with faults near "
                    "the limits, a fresh arrival on the cheek.",
        blocks=(Block("neck", (G, G, O)), Block("cheek", (G, F), arrive=True),
                Block("nose", (G, R)), Block("under_eye", (G, F, G))),
        hands=("right",), profile="lifting", seed=2561, crf=30, timing=TWENTIETH_PACE,
        hand_roll_deg=3.0, **_LOCS,
        look=Look(noise_sigma=2.0, gain=1.03, light_angle_deg=300.0,
                  tint_rgb=(1.0, 0.99, 0.99)),
        motion=HeadMotion(scale=0.98, roll_deg=4.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=-9.0, yaw_amp_deg=4.0, pitch_deg=-1.0, period_s=10.1,
                          phase=2.0)),
    ClipSpec(
        name="held_out_team1_one_side_routine",
        description="Material Dashboard's young woman among leaves; left hand on her left "
                    "side in drainage order: chin, jaw, cheek, under-eye, forehead.",
        blocks=(Block("chin", (G, G, R)), Block("jawline", (G, G)), Block("cheek", (G, F)),
                Block("under_eye", (G, G)), Block("forehead", (G, O))),
        hands=("left",), seed=2571, crf=30, timing=TWENTIETH_PACE, hand_roll_deg=-3.0,
        **_TEAM1,
        look=Look(light_angle_deg=320.0, noise_sigma=2.5, gain=0.97,
                  tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=-1.5, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=5.0,
                          yaw_amp_deg=4.0, period_s=11.2, phase=0.3)),
    ClipSpec(
        name="held_out_locs_mirrored_selfie",
        description="AdminKit's young man with locs, a mirrored (selfie) recording; right "
                    "hand on his near (right) side: nose, under-eye, neck and cheek, a "
                    "fresh arrival on the neck.",
        blocks=(Block("nose", (G, R, G)), Block("under_eye", (G, O, G)),
                Block("neck", (G, F), arrive=True), Block("cheek", (G, R))),
        hands=("right",), seed=2581, crf=30, mirrored=True, timing=TWENTIETH_PACE,
        hand_roll_deg=4.0, **_LOCS,
        look=Look(light_angle_deg=40.0, noise_sigma=3.0, tint_rgb=(1.01, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=2.5, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=-5.0,
                          yaw_amp_deg=6.0, period_s=8.8, phase=2.3)),
)
