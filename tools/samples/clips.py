"""The catalogue of the first committed sample clips (`sample_videos/`): all tuning clips.

They share one face, one rigid hand and big lifts. Three of them (dim room, mirrored
selfie, hands covering the face) were held out at first and looked at while the coach was
developed; three more (`looked_at_*`) were held out until the stroke-or-return model was
developed on them. Both were turned into tuning clips. The held-out set now is
`sets.HELD_OUT` (other faces, another hand), in `sample_videos/held_out/`.
"""

from __future__ import annotations

from feedback.verdicts import VERDICTS

from .camera import HeadMotion, Look
from .render import ClipSpec
from .script import Block, Timing

G, R, O, F = (v for v in VERDICTS if v != "unsure")  # what a script can plan

CLIPS: tuple[ClipSpec, ...] = (
    ClipSpec(
        name="drainage_full_routine_right_hand",
        description="Right hand, the person's right side: all 8 zones in drainage order "
                    "(neck first and last), every stroke good, lifts and returns between.",
        blocks=(Block("neck", (G, G)), Block("chin", (G, G)), Block("jawline", (G, G)),
                Block("nose", (G, G)), Block("cheek", (G, G)), Block("under_eye", (G, G)),
                Block("forehead", (G, G)), Block("temple", (G, G)), Block("neck", (G,))),
        hands=("right",), seed=11, timing=Timing(pause_chance=0.15),
        motion=HeadMotion(roll_deg=2.0, roll_amp_deg=3.0, period_s=9.0),
    ),
    ClipSpec(
        name="drainage_faults_left_hand",
        description="Left hand, the person's left side: good strokes mixed with faults "
                    "(reversed, off the path, too fast) on cheek, jaw, forehead, neck, chin.",
        blocks=(Block("cheek", (G, R, G, F)), Block("jawline", (G, O, R)),
                Block("forehead", (G, F, O)), Block("neck", (G, R, F)), Block("chin", (O, G))),
        hands=("left",), seed=23,
        look=Look(skin_lab_shift=(-16.0, 4.0, 8.0), light_angle_deg=20.0, noise_sigma=2.5),
        motion=HeadMotion(roll_deg=-5.0, roll_amp_deg=3.0, scale=1.05, period_s=8.0,
                          phase=1.0),
    ),
    ClipSpec(
        name="both_hands_mirrored_cheeks_jaw",
        description="Both hands at once, mirrored strokes on the two sides: cheeks, "
                    "jawline and neck, with a too-fast, a reversed and an off-path round.",
        blocks=(Block("cheek", (G, G, G, F)), Block("jawline", (G, G, R)),
                Block("neck", (G, O))),
        hands=("right", "left"), seed=31,
        look=Look(skin_lab_shift=(-6.0, -2.0, 6.0), tint_rgb=(1.0, 1.0, 0.95)),
        motion=HeadMotion(roll_deg=0.0, roll_amp_deg=4.0, scale=0.95, period_s=6.5),
    ),
    ClipSpec(
        name="lifting_profile_routine",
        description="Profile 'lifting' (everything upward and outward, the neck upward "
                    "too): left hand on all 8 zones of the left side; 25 fps.",
        blocks=(Block("neck", (G, G, R)), Block("chin", (G,)), Block("jawline", (G, G)),
                Block("nose", (G,)), Block("cheek", (G, G, O)), Block("under_eye", (G,)),
                Block("forehead", (G, G)), Block("temple", (G, F))),
        hands=("left",), profile="lifting", seed=47, fps=25,
        timing=Timing(pause_chance=0.2),
        look=Look(skin_lab_shift=(4.0, -2.0, -4.0), tint_rgb=(0.95, 1.0, 1.05)),
        motion=HeadMotion(roll_deg=3.0, roll_amp_deg=4.0, scale=1.1, period_s=10.0,
                          phase=2.0),
    ),
    ClipSpec(
        name="practice_cheek_seven_reps",
        description="Practice of one zone: seven good strokes on the right cheek, each "
                    "followed by a lift and a quick return to the start.",
        blocks=(Block("cheek", (G,) * 7),),
        hands=("right",), seed=53,
        look=Look(tint_rgb=(1.05, 1.0, 0.93), light_angle_deg=140.0),
        motion=HeadMotion(roll_amp_deg=2.0, period_s=6.0),
    ),
    ClipSpec(
        name="dim_room_tilted_head",
        description="Dark, noisy, unevenly lit room; the head rolls up to +-15 degrees and "
                    "comes closer and farther (scale 0.85-1.2); right hand, faults mixed in.",
        blocks=(Block("cheek", (G, R, G)), Block("under_eye", (G, G)),
                Block("nose", (G, O)), Block("temple", (G, F, R)), Block("jawline", (G, F))),
        hands=("right",), seed=67, held_out=False,
        look=Look(skin_lab_shift=(-10.0, 3.0, 6.0), gain=0.5, gamma=1.2, light_tilt=0.45,
                  light_angle_deg=200.0, tint_rgb=(1.05, 0.97, 0.85), noise_sigma=5.0,
                  blur_px=1.0),
        motion=HeadMotion(roll_deg=0.0, roll_amp_deg=15.0, scale=1.025, scale_amp=0.175,
                          sway_px=(18.0, 8.0), period_s=11.0, squash_amp=0.06, phase=0.4),
    ),
    ClipSpec(
        name="mirrored_selfie_recording",
        description="A mirrored (selfie) recording, VP8 WebM: left hand on the left side "
                    "(shown on the image's left); sides in the labels are the person's own.",
        blocks=(Block("under_eye", (G, R)), Block("nose", (G, G)), Block("cheek", (G, O, F)),
                Block("temple", (G, G)), Block("neck", (G, R))),
        hands=("left",), seed=79, container="webm", mirrored=True, held_out=False,
        look=Look(skin_lab_shift=(-28.0, 6.0, 12.0), light_angle_deg=60.0, noise_sigma=3.0),
        motion=HeadMotion(roll_deg=-3.0, roll_amp_deg=6.0, scale=0.92, period_s=8.5,
                          phase=3.0),
    ),
    ClipSpec(
        name="hand_covering_face_forehead_temple",
        description="Both big hands over the upper face (eyes partly covered): forehead and "
                    "temples, mirrored, with an off-path, a too-fast and a reversed round.",
        blocks=(Block("forehead", (G, G, O, F)), Block("temple", (G, R, G))),
        hands=("right", "left"), seed=89, held_out=False, hand_scale_fw=1.42,
        look=Look(skin_lab_shift=(8.0, -1.0, -3.0), light_angle_deg=100.0, light_tilt=0.25),
        motion=HeadMotion(roll_deg=6.0, roll_amp_deg=5.0, scale=1.12, period_s=7.5,
                          phase=5.0),
    ),
    ClipSpec(
        name="looked_at_left_hand_bright_room",
        description="Left hand in a bright room, head turned a little and tilted the other "
                    "way: neck, chin, nose, under-eye and forehead with faults mixed in.",
        blocks=(Block("neck", (G, F)), Block("chin", (G, R)), Block("nose", (G, O)),
                Block("under_eye", (G, G)), Block("forehead", (R, G))),
        hands=("left",), seed=101, held_out=False,
        look=Look(skin_lab_shift=(-20.0, 5.0, 10.0), gain=1.15, light_angle_deg=300.0,
                  noise_sigma=2.0),
        motion=HeadMotion(roll_deg=-8.0, roll_amp_deg=5.0, scale=0.9, scale_amp=0.08,
                          period_s=9.5, squash_amp=0.05, phase=1.7),
    ),
    ClipSpec(
        name="looked_at_both_hands_forehead_neck",
        description="Both hands at once on the forehead, temples and neck, mirrored, with a "
                    "reversed, a too-fast and an off-path round.",
        blocks=(Block("forehead", (G, R, G)), Block("temple", (G, F)), Block("neck", (G, O))),
        hands=("right", "left"), seed=113, held_out=False,
        look=Look(skin_lab_shift=(2.0, 1.0, -2.0), tint_rgb=(0.97, 1.0, 1.04),
                  light_angle_deg=250.0, noise_sigma=3.0),
        motion=HeadMotion(roll_deg=4.0, roll_amp_deg=7.0, scale=1.05, period_s=7.0,
                          sway_px=(12.0, 6.0), phase=0.9),
    ),
    ClipSpec(
        name="looked_at_lifting_right_hand_dusk",
        description="Profile 'lifting', right hand in a dusky room: cheek, jawline, temple "
                    "and nose, faults mixed in.",
        blocks=(Block("cheek", (G, O, G)), Block("jawline", (G, R)), Block("temple", (G, F)),
                Block("nose", (G, G))),
        hands=("right",), profile="lifting", seed=127, held_out=False,
        look=Look(skin_lab_shift=(-4.0, 2.0, 4.0), gain=0.7, gamma=1.1, noise_sigma=4.0,
                  light_angle_deg=170.0),
        motion=HeadMotion(roll_deg=-2.0, roll_amp_deg=10.0, scale=1.1, scale_amp=0.1,
                          period_s=12.0, phase=2.5),
    ),
)


def sets() -> dict[str, tuple[ClipSpec, ...]]:
    """The catalogues by set: the original clips (sample_videos/) and the two sets of
    tools/samples/sets.py (sample_videos/tuning/, sample_videos/held_out/)."""
    from . import sets as new_sets

    return {"original": CLIPS, "tuning": new_sets.TUNING, "held_out": new_sets.HELD_OUT}


def by_name(names: list[str] | None, set_name: str = "original") -> list[ClipSpec]:
    """The clips of a set with these names (all of them for None); unknown names raise
    ValueError."""
    catalogue = sets()[set_name]
    if not names:
        return list(catalogue)
    known = {c.name: c for c in catalogue}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ValueError(f"unknown clip(s) {unknown}; known: {', '.join(known)}")
    return [known[n] for n in names]
