"""The ninth held-out set (Aksel Andersson, given a dark skin, and the young man in Scribus'
TextBased template; a broad, square bending hand, a ninth person's pace NINTH_PACE, seeds 14xx;
9 clips, 87 strokes, 2.8 MB): rendered once (`--check`: the hand found in 100 % of stroke
frames in every stroke clip but the two-hands clip, 98.2 % there; 95.4 % of the negatives'
near-face frames, the passing hand in 37 %; the face in 96-100 % of frames, 90.7 % in the
two-hands clip, whose hands cover his eyes on the forehead), evaluated once after the method
was settled, then looked at; tuning material now. Andersson's three 30 fps clips are
compressed at crf 31 (the sepia print's grain made them big). Neck strokes only on the young
man (Andersson's beard and collar hide his neck)."""

from __future__ import annotations

from ..camera import HeadMotion, Look
from ..gestures import Gesture
from ..posed_hand import Proportions
from ..render import ClipSpec
from ..script import Block, F, G, O, R, Timing

# The ninth held-out set's hand: bending, about the template's size (1.3 fw), fingers of the
# template's length on the broadest palm so far (a square, broad hand); the darkest skin
# so far for Andersson's dark-toned face, a light one for the Scribus picture's young man,
# other sleeves.
_BROAD_SQUARE_HAND = dict(hand_model="bending", hand_proportions=Proportions(1.03, 1.2),
                          hand_scale_fw=1.32, held_out=True)
_ANDERSSON = dict(face="andersson", hand_skin_rgb=(86.0, 56.0, 42.0),
                  sleeve_rgb=(150.0, 58.0, 46.0), **_BROAD_SQUARE_HAND)
_TEXTBASED = dict(face="textbased", hand_skin_rgb=(222.0, 164.0, 140.0),
                  sleeve_rgb=(70.0, 118.0, 96.0), **_BROAD_SQUARE_HAND)
# Aksel Andersson's sepia face and crown given a dark skin (face L about 60-75 -> 25-40);
# his white beard and hair keep their tone.
_DARK_SKIN = dict(skin_lab_shift=(-36.0, 9.0, 13.0), bald=True, beard=True)

# A ninth person's pace: steady, nearly metronomic. Strokes all about a second (0.85-1.3 s),
# shorter than the zone's chord (so slower than most), many brief holds on the skin (a
# press and a short rest half-way in almost half the strokes), frequent short pauses,
# returns neither quick nor slow, lifts from 2 to 4 cm (the hand 5-9 % bigger), longer
# absences between a leave and an arrival; too-fast strokes just under the limit.
NINTH_PACE = Timing(good_s=(0.85, 1.3), slow_fault_s=(0.85, 1.3), too_fast_s=(0.39, 0.43),
                    return_s=(0.4, 0.6), move_s=(0.7, 1.0), pause_s=(0.2, 0.45),
                    pause_chance=0.45, approach_s=(0.8, 1.1), leave_s=(0.6, 0.9),
                    lift_peak=(1.05, 1.09), good_off_deg=25.0, length_scale=(0.7, 0.95),
                    rest_chance=0.45, rest_s=(0.15, 0.4), land_straight=True,
                    away_s=(0.9, 1.5))

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="held_out_andersson_small_lifts_routine",
        description="Aksel Andersson, his head tilted; right hand on forehead, temple, cheek "
                    "and chin (through his beard), small lifts, holds on the skin, a fresh "
                    "arrival on the temple.",
        blocks=(Block("forehead", (G, G, O)), Block("temple", (G, F), arrive=True),
                Block("cheek", (G, R, G)), Block("chin", (G, G, F))),
        hands=("right",), seed=1401, crf=31, timing=NINTH_PACE, hand_roll_deg=5.0, **_ANDERSSON,
        look=Look(light_angle_deg=200.0, noise_sigma=2.5, **_DARK_SKIN),
        motion=HeadMotion(roll_deg=1.0, roll_amp_deg=3.0, period_s=8.6, phase=0.7)),
    ClipSpec(
        name="held_out_andersson_turned_head_ring_finger",
        description="Aksel Andersson, his head turned about 10 degrees to his right in the "
                    "photo and 12-28 degrees further (about 22-38 in all), nodding; right "
                    "hand on his far side: ring finger under the eye, nose, jaw, cheek.",
        blocks=(Block("under_eye", (G, R, G), finger="ring"), Block("nose", (G, G)),
                Block("jawline", (G, F, G)), Block("cheek", (G, O))),
        hands=("right",), seed=1411, crf=31, timing=NINTH_PACE, hand_roll_deg=8.0, **_ANDERSSON,
        look=Look(light_angle_deg=40.0, noise_sigma=3.0, tint_rgb=(1.02, 1.0, 0.97),
                  **_DARK_SKIN),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=-20.0, yaw_amp_deg=8.0,
                          pitch_deg=-2.0, pitch_amp_deg=6.0, period_s=10.8, phase=1.3)),
    ClipSpec(
        name="held_out_textbased_negatives",
        description="The young man of Scribus' TextBased template, no massage: a wave, "
                    "scratching the nose, a hand passing, a hand over the mouth, the chin "
                    "resting on the hand.",
        blocks=(Gesture("wave"), Gesture("nose_scratch"), Gesture("pass"),
                Gesture("mouth_cover"), Gesture("chin_rest")),
        hands=("right",), seed=1421, **_TEXTBASED,
        look=Look(noise_sigma=3.5, light_angle_deg=300.0, tint_rgb=(1.03, 1.0, 0.96)),
        motion=HeadMotion(scale=0.96, roll_amp_deg=4.0, squash_amp=0.0, yaw_deg=8.0,
                          yaw_amp_deg=6.0, period_s=8.0, phase=2.2)),
    ClipSpec(
        name="held_out_textbased_two_hands",
        description="The young man of Scribus' TextBased template, both hands at once long "
                    "on the cheeks and the forehead (covering much of the face) while the "
                    "head turns 8-36 degrees to his left (from the photo's pose, itself "
                    "turned about 12 degrees to his right).",
        blocks=(Block("cheek", (G, G, R, G)), Block("forehead", (G, G, O))),
        hands=("right", "left"), seed=1431, timing=NINTH_PACE, **_TEXTBASED,
        look=Look(light_angle_deg=60.0, noise_sigma=3.0, light_tilt=0.25),
        motion=HeadMotion(roll_amp_deg=3.0, squash_amp=0.0, yaw_deg=22.0, yaw_amp_deg=14.0,
                          pitch_deg=-3.0, pitch_amp_deg=4.0, period_s=10.2, phase=0.9)),
    ClipSpec(
        name="held_out_textbased_15fps_blur_crf37_dim",
        description="The young man of Scribus' TextBased template at 15 fps with motion "
                    "blur, strong compression, a dim noisy warm room lit from his left; left "
                    "hand on neck, cheek, under-eye and chin, scratching the nose, then "
                    "the temple.",
        blocks=(Block("neck", (G, G)), Block("cheek", (G, G)), Block("under_eye", (G, R)),
                Block("chin", (G, F)), Gesture("nose_scratch"), Block("temple", (G, O))),
        hands=("left",), seed=1441, fps=15, crf=37, shutter_subframes=4, timing=NINTH_PACE,
        hand_roll_deg=-5.0, **_TEXTBASED,
        look=Look(gain=0.57, gamma=1.14, noise_sigma=5.0, light_tilt=0.3,
                  light_angle_deg=10.0, tint_rgb=(1.06, 0.98, 0.86)),
        motion=HeadMotion(roll_amp_deg=5.0, sway_px=(13.0, 7.0), period_s=7.1, phase=1.6)),
    ClipSpec(
        name="held_out_andersson_24fps_far_camera",
        description="Aksel Andersson far from a 24 fps camera (a smaller face), blur and "
                    "compression; right hand on nose, forehead, jaw, under-eye and cheek.",
        blocks=(Block("nose", (G, G)), Block("forehead", (G, F)), Block("jawline", (G, R)),
                Block("under_eye", (G, G)), Block("cheek", (G, G))),
        hands=("right",), seed=1451, fps=24, crf=36, shutter_subframes=3, timing=NINTH_PACE,
        hand_roll_deg=3.0, **_ANDERSSON,
        look=Look(noise_sigma=4.0, light_angle_deg=120.0, tint_rgb=(0.98, 1.0, 1.03),
                  **_DARK_SKIN),
        motion=HeadMotion(scale=0.66, scale_amp=0.04, roll_amp_deg=3.0, period_s=9.3,
                          phase=0.3)),
    ClipSpec(
        name="held_out_textbased_lifting",
        description="Profile 'lifting'; the young man of Scribus' TextBased template; left "
                    "hand on cheek, jaw, forehead and temple with faults near the limits, a "
                    "fresh arrival on the forehead.",
        blocks=(Block("cheek", (G, G, R)), Block("jawline", (G, O)),
                Block("forehead", (G, F, G), arrive=True), Block("temple", (G, G))),
        hands=("left",), profile="lifting", seed=1461, timing=NINTH_PACE, **_TEXTBASED,
        look=Look(noise_sigma=2.5, gain=1.04, light_angle_deg=250.0,
                  tint_rgb=(1.0, 1.01, 0.98)),
        motion=HeadMotion(scale=0.98, roll_deg=-1.0, roll_amp_deg=3.5, squash_amp=0.0,
                          yaw_deg=6.0, yaw_amp_deg=6.0, pitch_deg=2.0, period_s=9.0)),
    ClipSpec(
        name="held_out_andersson_one_side_routine",
        description="Aksel Andersson; left hand on every zone of his left side but the neck, "
                    "in drainage order (chin, jaw, nose, cheek, ring finger under the eye, "
                    "forehead, temple).",
        blocks=(Block("chin", (G,)), Block("jawline", (G, R)), Block("nose", (G,)),
                Block("cheek", (G, F)), Block("under_eye", (G, G), finger="ring"),
                Block("forehead", (G, G)), Block("temple", (G, O))),
        hands=("left",), seed=1471, crf=31, timing=NINTH_PACE, hand_roll_deg=-6.0, **_ANDERSSON,
        look=Look(light_angle_deg=280.0, noise_sigma=2.5, gain=0.92,
                  tint_rgb=(1.0, 0.99, 1.02), **_DARK_SKIN),
        motion=HeadMotion(roll_deg=-1.5, roll_amp_deg=3.0, period_s=9.5, phase=2.6)),
    ClipSpec(
        name="held_out_textbased_mirrored_selfie",
        description="The young man of Scribus' TextBased template, a mirrored (selfie) "
                    "recording; right hand on neck, temple, cheek and nose, a fresh arrival "
                    "on the nose.",
        blocks=(Block("neck", (G, O)), Block("temple", (G, G, R)), Block("cheek", (G, F)),
                Block("nose", (G, R, G), arrive=True)),
        hands=("right",), seed=1481, mirrored=True, timing=NINTH_PACE, hand_roll_deg=4.0,
        **_TEXTBASED,
        look=Look(light_angle_deg=150.0, noise_sigma=3.0, tint_rgb=(1.0, 0.98, 1.03)),
        motion=HeadMotion(roll_deg=1.5, roll_amp_deg=3.5, squash_amp=0.0, yaw_deg=-5.0,
                          yaw_amp_deg=5.0, period_s=8.3, phase=1.9)),
)
