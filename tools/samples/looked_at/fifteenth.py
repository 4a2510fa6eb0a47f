"""The fifteenth held-out set (two young women from the placeholder portraits of Start
Bootstrap's themes on npm, MIT as shipped: the Landing Page's laughing woman ("Margaret E."
in its testimonials), frontal, a fair skin, and the Agency's curly-haired woman ("Diana
Petersen" in its team), a light olive-tan skin, her head turned about 10 degrees to her
left, her hair over her left cheek and temple, her hands in her hair above her head in the
photo; seeds 20xx; 9 clips, 82 strokes, 3.1 MB): rendered and checked once, evaluated once
after the method was settled, then looked at; tuning material now (`--check`: the hand
found in 100 % of stroke frames in every stroke clip, the 15 fps one too; 93.3 % of the
negatives' near-face frames, the passing hand in 28 %; the face in 100 % of frames in all
five of the Landing Page woman's clips (her turned-head clip, 15-35 degrees, too) and the
Agency woman's mirrored selfie, 97.6 % in her small-lifts routine, 97.7 % in her 15 fps clip
and 92.6 % in her one-side routine; median fingertip errors 0.009-0.025 face widths). The 30
fps clips are compressed at crf 30 from the start; the Agency woman's one-side routine (0.57
MB) and mirrored selfie (0.49 MB; her curly hair) came out too big and were rendered again
at crf 32 and checked again (the figures above are theirs; at crf 30 the face was found in
91.6 and 100 %, the fingertip errors 0.017 and 0.017): 0.48 MB (31 s long, the longest clip)
and 0.41 MB; the others 0.35-0.38 MB. Nothing else was rendered again. The same kinds of
conditions as the fourteenth set (looked_at/fourteenth.py), other zones, faults, gesture
order (nose scratch, wave, pass, mouth cover, chin rest; a nose scratch inside the 15 fps
clip), sides and head turns. The Agency woman's strokes are all on her right (near) side
with the right hand (her hair covers her left); her clips turn her at most 6 degrees back
toward the camera and 3 further (4-13 in all). The Landing Page woman is frontal in the
photo: her turned-head clip turns her 15-35 degrees to her right with ring-finger strokes
under her near (left) eye (tag yaw:35), her two-hands clip 0-24 to her left; her negatives
use the left hand; her neck strokes (the 24 fps and lifting clips) lie on her own neck above
her collar."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The fifteenth set's hand: bending, medium (1.24 face widths) with the template's finger
# length on a broad palm; a fair skin for the Landing Page's woman, a light olive-tan one for
# the Agency's woman, sleeves like their own tops (a red turtleneck, a beige sweater).
_BROAD_PALMED_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.0, 1.12),
                          hand_scale_fw=1.24, held_out=True)
_LANDING = dict(face="landing", hand_skin_rgb=(236.0, 190.0, 166.0),
                sleeve_rgb=(150.0, 26.0, 38.0), **_BROAD_PALMED_HAND)
_AGENCY = dict(face="agency", hand_skin_rgb=(204.0, 152.0, 116.0),
               sleeve_rgb=(192.0, 156.0, 122.0), **_BROAD_PALMED_HAND)

# A fifteenth person's pace: unhurried strokes (1.0-1.7 s over 0.75-1.0 of the chord),
# medium returns (0.4-0.7 s, low lifts of 2-3 cm: the hand 4-7 % bigger), medium moves
# between zones, pauses a quarter of the time (0.3-0.8 s), rests on the skin the most often
# so far (30 % of good strokes, 0.4-1.0 s); quickish arrivals, medium leaves, longer
# absences; too-fast strokes near the limit (0.41-0.44 s against 0.45).
FIFTEENTH_PACE = Timing(good_s=(1.0, 1.7), slow_fault_s=(1.0, 1.5),
                        too_fast_s=(0.41, 0.44), return_s=(0.4, 0.7),
                        move_s=(0.65, 1.0), pause_s=(0.3, 0.8), pause_chance=0.25,
                        approach_s=(0.7, 1.0), leave_s=(0.55, 0.8),
                        lift_peak=(1.04, 1.07), good_off_deg=25.0, length_scale=(0.75, 1.0),
                        rest_chance=0.3, rest_s=(0.4, 1.0), land_straight=True,
                        away_s=(0.6, 1.1))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_agency_small_lifts_routine",
        description="Start Bootstrap Agency's curly-haired young woman (her head turned about "
                    "10 degrees to her left in the photo, her hair over her left cheek); "
                    "right hand on her near (right) side: cheek, under-eye, nose and jaw, "
                    "small lifts, rests on the skin, a fresh arrival on the nose.",
        blocks=(Block("cheek", (G, G, R)), Block("under_eye", (G, F)),
                Block("nose", (G, G), arrive=True), Block("jawline", (G, O))),
        hands=("right",), seed=2001, crf=30, timing=FIFTEENTH_PACE, hand_roll_deg=4.0,
        **_AGENCY,
        look=Look(light_angle_deg=150.0, noise_sigma=2.0, tint_rgb=(1.0, 0.99, 1.01)),
        motion=HeadMotion(roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-2.0, yaw_amp_deg=4.0,
                          period_s=8.9, phase=0.9)),
    ClipSpec(
        name="held_out_landing_turned_head_ring_finger",
        description="Start Bootstrap Landing Page's laughing woman, her head (frontal in the "
                    "photo) turned 15-35 degrees to her right, nodding; left hand on her near "
                    "(left) side: ring finger under the eye, cheek, temple, jaw.",
        blocks=(Block("under_eye", (G, R, G), finger="ring"), Block("cheek", (G, G)),
                Block("temple", (G, O)), Block("jawline", (G, F, G))),
        hands=("left",), seed=2011, crf=30, timing=FIFTEENTH_PACE, hand_roll_deg=-5.0,
        **_LANDING,
        look=Look(light_angle_deg=20.0, noise_sigma=2.5, tint_rgb=(1.01, 1.0, 0.98)),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-25.0, yaw_amp_deg=10.0,
                          pitch_deg=-2.0, pitch_amp_deg=6.0, period_s=10.4, phase=0.3)),
    ClipSpec(
        name="held_out_landing_negatives",
        description="Start Bootstrap Landing Page's laughing woman, no massage: a nose "
                    "scratch, a wave, a hand passing, a hand over the mouth, the chin "
                    "resting on the hand.",
        blocks=(Gesture("nose_scratch"), Gesture("wave"), Gesture("pass"),
                Gesture("mouth_cover"), Gesture("chin_rest")),
        hands=("left",), seed=2021, crf=30, **_LANDING,
        look=Look(noise_sigma=3.0, light_angle_deg=60.0, tint_rgb=(1.0, 1.01, 1.02)),
        motion=HeadMotion(scale=0.97, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=-3.0,
                          yaw_amp_deg=5.0, period_s=8.1, phase=1.5)),
    ClipSpec(
        name="held_out_landing_two_hands",
        description="Start Bootstrap Landing Page's laughing woman, both hands at once on "
                    "the jaw, the cheeks and the forehead while her head turns up to 24 "
                    "degrees to her left and tilts.",
        blocks=(Block("jawline", (G, G, O)), Block("cheek", (G, R)), Block("forehead", (G, G))),
        hands=("right", "left"), seed=2031, crf=30, timing=FIFTEENTH_PACE, **_LANDING,
        look=Look(light_angle_deg=200.0, noise_sigma=2.5, light_tilt=0.2),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=12.0, yaw_amp_deg=12.0,
                          pitch_deg=3.0, pitch_amp_deg=5.0, period_s=10.8, phase=1.1)),
    ClipSpec(
        name="held_out_agency_15fps_blur_crf37_dim",
        description="Start Bootstrap Agency's young woman at 15 fps with motion blur, strong "
                    "compression, a dim noisy warm room lit from her right; right hand on "
                    "her near side: temple and jaw, a nose scratch, then under-eye and chin.",
        blocks=(Block("temple", (G, G)), Block("jawline", (G, R, G)),
                Gesture("nose_scratch"), Block("under_eye", (G, G)), Block("chin", (G, F))),
        hands=("right",), seed=2041, fps=15, crf=37, shutter_subframes=4,
        timing=FIFTEENTH_PACE, hand_roll_deg=6.0, **_AGENCY,
        look=Look(gain=0.57, gamma=1.14, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=170.0, tint_rgb=(1.05, 0.99, 0.9)),
        motion=HeadMotion(roll_amp_deg=4.0, sway_px=(12.0, 7.0), squash_amp=0.0,
                          yaw_deg=-3.0, yaw_amp_deg=3.0, period_s=8.2, phase=0.2)),
    ClipSpec(
        name="held_out_landing_24fps_far_camera",
        description="Start Bootstrap Landing Page's laughing woman far from a 24 fps camera "
                    "(a smaller face), blur and compression; right hand on her right side: "
                    "neck, chin, cheek, nose and forehead.",
        blocks=(Block("neck", (G, G)), Block("chin", (G, O)), Block("cheek", (G, F)),
                Block("nose", (G, G)), Block("forehead", (G, R))),
        hands=("right",), seed=2051, fps=24, crf=36, shutter_subframes=3,
        timing=FIFTEENTH_PACE, hand_roll_deg=5.0, **_LANDING,
        look=Look(noise_sigma=4.0, light_angle_deg=320.0, tint_rgb=(0.98, 1.0, 1.03)),
        motion=HeadMotion(scale=0.67, scale_amp=0.04, roll_amp_deg=3.0, yaw_deg=4.0,
                          yaw_amp_deg=4.0, period_s=9.6, phase=0.8)),
    ClipSpec(
        name="held_out_landing_lifting",
        description="Profile 'lifting'; Start Bootstrap Landing Page's laughing woman; left "
                    "hand on her left side: neck, jaw, cheek and temple with faults near the "
                    "limits, a fresh arrival on the cheek.",
        blocks=(Block("neck", (G, F)), Block("jawline", (G, G)),
                Block("cheek", (G, R, G), arrive=True), Block("temple", (G, O))),
        hands=("left",), profile="lifting", seed=2061, crf=30, timing=FIFTEENTH_PACE,
        hand_roll_deg=-4.0, **_LANDING,
        look=Look(noise_sigma=2.0, gain=1.02, light_angle_deg=100.0,
                  tint_rgb=(1.0, 0.98, 0.97)),
        motion=HeadMotion(scale=0.98, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-4.0,
                          yaw_amp_deg=5.0, pitch_deg=1.0, period_s=9.2, phase=2.4)),
    ClipSpec(
        name="held_out_agency_one_side_routine",
        description="Start Bootstrap Agency's young woman; right hand on her right (near) "
                    "side in drainage order: neck, jaw, cheek, under-eye, forehead, temple.",
        blocks=(Block("neck", (G, G)), Block("jawline", (G, O)), Block("cheek", (G, G)),
                Block("under_eye", (G, R)), Block("forehead", (G, G)), Block("temple", (G, F))),
        hands=("right",), seed=2071, crf=32, timing=FIFTEENTH_PACE, hand_roll_deg=3.0,
        **_AGENCY,
        look=Look(light_angle_deg=240.0, noise_sigma=2.5, gain=0.98,
                  tint_rgb=(1.0, 1.0, 0.98)),
        motion=HeadMotion(roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-2.0, yaw_amp_deg=3.0,
                          period_s=10.1, phase=1.7)),
    ClipSpec(
        name="held_out_agency_mirrored_selfie",
        description="Start Bootstrap Agency's young woman, a mirrored (selfie) recording; "
                    "right hand on her near side: chin, cheek, temple and nose, a fresh "
                    "arrival on the temple.",
        blocks=(Block("chin", (G, G)), Block("cheek", (G, F, G)),
                Block("temple", (G, G), arrive=True), Block("nose", (G, R))),
        hands=("right",), seed=2081, crf=32, mirrored=True, timing=FIFTEENTH_PACE,
        hand_roll_deg=5.0, **_AGENCY,
        look=Look(light_angle_deg=330.0, noise_sigma=3.0, tint_rgb=(0.99, 1.0, 1.0)),
        motion=HeadMotion(roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=-1.0, yaw_amp_deg=4.0,
                          period_s=8.6, phase=2.1)),
)
