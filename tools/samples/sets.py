"""Two sets of clips that do not share the tuning's assumptions (issue 12).

TUNING (astronaut and Grace Hopper, the rigid drawn hand and a bending one in the photo's
skin tone, seeds 2xx; plus twenty-six earlier held-out sets, now looked at: Obama and Biden
with seeds 4xx, Marie Curie and Einstein with seeds 6xx, Luis Pedro Coelho and Takeo Kanade
with seeds 8xx, John Ousterhout and Justin Shenk with seeds 9xx, the G-API picture's young
man with glasses and Filippo Giunchedi with seeds 10xx, the man in PsychoPy's demo photo and
Erik Wilhelm Dahlgren with seeds 11xx, Craig Bradney and Jesper K. Pedersen with seeds 12xx,
Denis Bitouze and Gramps' "Keith Lloyd Smith" with seeds 13xx, Aksel Andersson (given a dark
skin) and the young man in Scribus' TextBased template with seeds 14xx, the young woman in
Fotoxx's user guide and the young man of CImg's example picture (given a medium brown skin)
with seeds 15xx, the young man of PsychoPy's oval-cut demo face and Christophe Henner with
seeds 16xx, Anne Helene of KPhotoAlbum's demo album and Gramps' "Edwin Michael Smith" (given
a dark brown skin) with seeds 17xx, the young woman of Fotoxx's denoise picture and
menpo3d's James with seeds 18xx, Troy Cosentino and Nikola Tesla with seeds 19xx, the young
women of Start Bootstrap's Landing Page and Agency themes with seeds 20xx, the young man of
Start Bootstrap's Personal theme and the young woman of Creative Tim's Material Dashboard
with seeds 21xx, the young woman of Creative Tim's Soft UI Dashboard and the young man of
its Material Dashboard with seeds 22xx, the young woman with red hair of its Soft UI
Dashboard and the young man of its Material Kit with seeds 23xx, the young woman with long
brown hair of its Material Kit and the young man of Start Bootstrap's Resume theme with
seeds 24xx, the young East Asian woman of Creative Tim's Material Dashboard among leaves and
the young man with locs of AdminKit with seeds 25xx, the young man with a full beard of
Themesberg's Volt dashboard and the young woman with auburn hair of Creative Tim's Soft UI
Dashboard with seeds 26xx, the young man with a full beard in a leather jacket and the
laughing young woman with long dark hair of ThemeSelection's Sneat admin template with seeds
27xx, the woman with a ponytail of Creative Tim's Material Kit, her head turned, and the
young man with round wire glasses of Themesberg's Volt dashboard with seeds 28xx, the young
woman in a wide hat of Creative Tim's Material Kit, her head turned, and the young man with
locs and a goatee of its Now UI Dashboard with seeds 29xx, the young woman with a black bob
and a heavy fringe of Creative Tim's Argon Dashboard, her head turned, and the older man
with grey hair of DesignRevision's Shards UI kit with seeds 30xx, the man of a dark skin in a
hat, glasses and a bow tie of Creative Tim's Paper Kit 2 and the man with rectangular glasses
and a short beard of Start Bootstrap's Agency theme, his head turned, with seeds 31xx, in
looked_at/) is rendered into sample_videos/tuning/ and may be looked at while the coach is
developed. HELD_OUT is empty until the twenty-seventh held-out set is made: rendered and
checked once into sample_videos/held_out/ (`render_samples.py --set held_out --check`),
evaluated once after the method is settled. Once a held-out set's figures have been seen it
joins LOOKED_AT and the next change of method needs a new set.

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
from .render import ClipSpec
from .script import REAL, Block, F, G, O, R

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

HELD_OUT: tuple[ClipSpec, ...] = ()
