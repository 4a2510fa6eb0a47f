"""The nineteenth held-out set (two young white people from placeholder portraits of two theme
packages on npm, MIT as shipped: the young woman with long brown hair parted in the middle
of Creative Tim's Material Kit (`faces/camp.jpg`), a fair skin, her head turned about 30
degrees to her left (FaceMesh's depth) and tilted about 11, before leaves, and the young man
with a short full beard and a quiff of Start Bootstrap's Resume theme (`profile.jpg`), a
light skin, frontal, laughing, in an office; seeds 24xx; 9 clips, 80 strokes, 2.8 MB):
rendered and checked once, evaluated once after the method was settled, then looked at;
tuning material now (`--check`: the hand found in 100 % of stroke frames in all eight stroke
clips, the 15 fps one too, and in 100 % of its chin rest's frames; 93.9 % of the negatives'
near-face frames, the passing hand in 37 %; the face in 100 % of frames in all nine clips;
median fingertip errors 0.011-0.020 face widths: 0.011-0.018 in the 30 fps clips, 0.017 in
the 15 fps one, 0.020 in the 24 fps one). The 30 fps clips are compressed at crf 30 and all
came out small enough (0.32-0.40 MB; the 15 fps clip 0.16 MB, the 24 fps one 0.17 MB):
nothing was rendered again.
The same kinds of conditions as the eighteenth set (looked_at/eighteenth.py), other zones,
faults, gesture order (pass, mouth cover, wave, chin rest, nose scratch; a chin rest inside
the 15 fps clip), sides and head turns. The Material Kit woman's hair falls over her temples
and her far cheek's edge, and her near jaw line ends in the hair behind her ear: her strokes
are on her forehead (between the parting's two curtains), under her eyes, on her nose,
cheeks, chin and neck, never on her temples or jaw; all on her near (right) side with the
right hand (the negatives clip is the Resume man's); her clips lean her tilted head back by
4-6 degrees; her turned-head clip turns her 2-10 degrees further to her left (about 32-40 in
all; tag yaw:40, the turn in all: the one HeadMotion gives is relative to the photo), her
other clips 1-12 back toward the camera (about 18-29 in all). The Resume man's beard covers
his chin, jaw, upper lip, lower cheeks and the top of his neck: his strokes are on his
forehead, temples, under his eyes, on his nose and cheeks (above the beard), never on his
chin, jaw or neck; his clips turn his head at most 12 degrees either way."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

_NINETEENTH_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.01, 0.92),
                        hand_scale_fw=1.26, held_out=True)
# The hand: bending, middling in size (1.26 face widths), fingers about the template's and
# a narrower palm; a fair skin for the Material Kit woman, a light warm one for the Resume
# man, sleeves like their own clothes (her black top, his light denim shirt).
_CAMP = dict(face="camp", hand_skin_rgb=(232.0, 188.0, 168.0),
             sleeve_rgb=(30.0, 30.0, 34.0), **_NINETEENTH_HAND)
_RESUME = dict(face="resume", hand_skin_rgb=(216.0, 166.0, 138.0),
               sleeve_rgb=(150.0, 178.0, 206.0), **_NINETEENTH_HAND)

# A nineteenth person's pace: strokes of 0.85-1.45 s over 0.75-1.0 of the chord, returns
# of 0.35-0.6 s (lifts of 2.5-4 cm: the hand 5-10 % bigger), moves between zones of 0.6-0.95
# s, pauses 30 % of the time (0.3-0.8 s), rests on the skin in 30 % of the good strokes
# (0.35-0.9 s); arrivals of 0.8-1.2 s, leaves of 0.5-0.9 s, absences of 0.6-1.2 s; too-fast
# strokes just under the limit (0.40-0.44 s against 0.45).
NINETEENTH_PACE = Timing(good_s=(0.85, 1.45), slow_fault_s=(1.0, 1.5),
                         too_fast_s=(0.40, 0.44), return_s=(0.35, 0.6),
                         move_s=(0.6, 0.95), pause_s=(0.3, 0.8), pause_chance=0.3,
                         approach_s=(0.8, 1.2), leave_s=(0.5, 0.9),
                         lift_peak=(1.05, 1.10), good_off_deg=25.0,
                         length_scale=(0.75, 1.0), rest_chance=0.3, rest_s=(0.35, 0.9),
                         land_straight=True, away_s=(0.6, 1.2))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_resume_small_lifts_routine",
        description="Start Bootstrap Resume's young man with a short beard (a light skin; "
                    "frontal, an office behind him); left hand on his left side: temple, "
                    "forehead, under-eye and cheek above the beard, small lifts, rests on "
                    "the skin, a fresh arrival on the under-eye.",
        blocks=(Block("temple", (G, G, R)), Block("forehead", (G, F)),
                Block("under_eye", (G, G), arrive=True), Block("cheek", (G, O))),
        hands=("left",), seed=2401, crf=30, timing=NINETEENTH_PACE, hand_roll_deg=-5.0,
        **_RESUME,
        look=Look(light_angle_deg=50.0, noise_sigma=2.0, tint_rgb=(1.0, 1.0, 0.99)),
        motion=HeadMotion(roll_deg=-2.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=3.0,
                          yaw_amp_deg=6.0, period_s=9.6, phase=0.5)),
    ClipSpec(
        name="held_out_camp_turned_head_ring_finger",
        description="Material Kit's young woman with long brown hair (a fair skin; turned "
                    "about 30 degrees to her left in the photo), her head turned 2-10 "
                    "degrees further, nodding; right hand on her near (right) side: ring "
                    "finger on the cheek, under-eye, chin, nose.",
        blocks=(Block("cheek", (G, G, O), finger="ring"), Block("under_eye", (G, R)),
                Block("chin", (G, G)), Block("nose", (G, F))),
        hands=("right",), seed=2411, crf=30, timing=NINETEENTH_PACE, hand_roll_deg=5.0,
        **_CAMP,
        look=Look(light_angle_deg=160.0, noise_sigma=2.5, tint_rgb=(1.0, 1.0, 0.98)),
        motion=HeadMotion(roll_deg=5.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=6.0,
                          yaw_amp_deg=4.0, pitch_deg=-1.0, pitch_amp_deg=6.0, period_s=10.2,
                          phase=0.8),
        tags=("yaw:40",)),
    ClipSpec(
        name="held_out_resume_negatives",
        description="Start Bootstrap Resume's young man with a short beard, no massage: a "
                    "hand passing, a hand over the mouth, a wave, the chin resting on the "
                    "hand, a nose scratch.",
        blocks=(Gesture("pass"), Gesture("mouth_cover"), Gesture("wave"),
                Gesture("chin_rest"), Gesture("nose_scratch")),
        hands=("right",), seed=2421, crf=30, **_RESUME,
        look=Look(noise_sigma=3.0, light_angle_deg=300.0, tint_rgb=(1.0, 0.99, 0.98)),
        motion=HeadMotion(scale=0.97, roll_deg=1.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=-4.0, yaw_amp_deg=5.0, period_s=8.2, phase=1.5)),
    ClipSpec(
        name="held_out_resume_two_hands",
        description="Start Bootstrap Resume's young man, both hands at once on the "
                    "forehead, under the eyes and on the temples while his head turns "
                    "about 12 degrees either way and tilts.",
        blocks=(Block("forehead", (G, G, O)), Block("under_eye", (G, F)),
                Block("temple", (G, R, G))),
        hands=("right", "left"), seed=2431, crf=30, timing=NINETEENTH_PACE, **_RESUME,
        look=Look(light_angle_deg=220.0, noise_sigma=2.5, light_tilt=0.2),
        motion=HeadMotion(roll_deg=-1.0, roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=1.0,
                          yaw_amp_deg=11.0, pitch_deg=-2.0, pitch_amp_deg=5.0,
                          period_s=11.0, phase=2.2)),
    ClipSpec(
        name="held_out_camp_15fps_blur_crf37_dim",
        description="Material Kit's young woman with long brown hair at 15 fps with motion "
                    "blur, strong compression, a dim noisy warm room lit from her right; "
                    "right hand on her near (right) side: neck and cheek, the chin resting "
                    "on the hand, then under-eye and nose.",
        blocks=(Block("neck", (G, G, R)), Block("cheek", (G, F)), Gesture("chin_rest"),
                Block("under_eye", (G, G)), Block("nose", (G, O))),
        hands=("right",), seed=2441, fps=15, crf=37, shutter_subframes=4,
        timing=NINETEENTH_PACE, hand_roll_deg=4.0, **_CAMP,
        look=Look(gain=0.6, gamma=1.15, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=170.0, tint_rgb=(1.05, 0.98, 0.9)),
        motion=HeadMotion(roll_deg=4.0, roll_amp_deg=3.5, sway_px=(11.0, 7.0),
                          squash_amp=0.0, yaw_deg=-6.0, yaw_amp_deg=4.0, period_s=8.8,
                          phase=0.2)),
    ClipSpec(
        name="held_out_resume_24fps_far_camera",
        description="Start Bootstrap Resume's young man far from a 24 fps camera (a smaller "
                    "face), blur and compression; right hand on his right side: nose, "
                    "cheek above the beard, forehead and temple.",
        blocks=(Block("nose", (G, G, R)), Block("cheek", (G, G)),
                Block("forehead", (G, O)), Block("temple", (G, F))),
        hands=("right",), seed=2451, fps=24, crf=36, shutter_subframes=3,
        timing=NINETEENTH_PACE, hand_roll_deg=4.0, **_RESUME,
        look=Look(noise_sigma=4.0, light_angle_deg=100.0, tint_rgb=(1.01, 1.0, 0.98)),
        motion=HeadMotion(scale=0.66, scale_amp=0.04, roll_deg=-1.0, roll_amp_deg=3.0,
                          squash_amp=0.0, yaw_deg=-3.0, yaw_amp_deg=4.0, period_s=9.0,
                          phase=1.1)),
    ClipSpec(
        name="held_out_camp_lifting",
        description="Profile 'lifting'; Material Kit's young woman with long brown hair; "
                    "right hand on her near (right) side: chin, cheek, forehead and neck "
                    "with faults near the limits, a fresh arrival on the forehead.",
        blocks=(Block("chin", (G, R)), Block("cheek", (G, G, F)),
                Block("forehead", (G, O), arrive=True), Block("neck", (G, G))),
        hands=("right",), profile="lifting", seed=2461, crf=30, timing=NINETEENTH_PACE,
        hand_roll_deg=6.0, **_CAMP,
        look=Look(noise_sigma=2.0, gain=1.02, light_angle_deg=260.0,
                  tint_rgb=(1.0, 0.99, 0.98)),
        motion=HeadMotion(scale=0.98, roll_deg=6.0, roll_amp_deg=3.0, squash_amp=0.0,
                          yaw_deg=-8.0, yaw_amp_deg=4.0, pitch_deg=1.0, period_s=9.7,
                          phase=2.4)),
    ClipSpec(
        name="held_out_camp_one_side_routine",
        description="Material Kit's young woman with long brown hair; right hand on her "
                    "near (right) side in drainage order: neck, chin, cheek, nose, "
                    "under-eye.",
        blocks=(Block("neck", (G, F)), Block("chin", (G, G)), Block("cheek", (G, R)),
                Block("nose", (G, G)), Block("under_eye", (G, O))),
        hands=("right",), seed=2471, crf=30, timing=NINETEENTH_PACE, hand_roll_deg=3.0,
        **_CAMP,
        look=Look(light_angle_deg=120.0, noise_sigma=2.5, gain=0.98,
                  tint_rgb=(1.0, 1.0, 0.98)),
        motion=HeadMotion(roll_deg=4.0, roll_amp_deg=2.5, squash_amp=0.0, yaw_deg=-5.0,
                          yaw_amp_deg=4.0, period_s=10.8, phase=1.3)),
    ClipSpec(
        name="held_out_resume_mirrored_selfie",
        description="Start Bootstrap Resume's young man, a mirrored (selfie) recording; "
                    "left hand on his left side: cheek above the beard, nose, temple and "
                    "under-eye, a fresh arrival on the temple.",
        blocks=(Block("cheek", (G, G)), Block("nose", (G, F, G)),
                Block("temple", (G, G), arrive=True), Block("under_eye", (G, R))),
        hands=("left",), seed=2481, crf=30, mirrored=True, timing=NINETEENTH_PACE,
        hand_roll_deg=-4.0, **_RESUME,
        look=Look(light_angle_deg=340.0, noise_sigma=3.0, tint_rgb=(1.0, 0.99, 1.01)),
        motion=HeadMotion(roll_deg=-1.0, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=2.0,
                          yaw_amp_deg=6.0, period_s=8.6, phase=2.9)),
)
