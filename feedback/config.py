"""Thresholds of the coach, with their units, in one place."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from feedback.hand_tracks import FingersOnly

LEG_MODEL_FILE = Path(__file__).with_name("leg_model.toml")


@dataclass(frozen=True)
class LegModel:
    """The stroke-or-return model of `feedback.legs`. The size-bump figures are fitted on
    the tuning clips by `tools/fit_coach.py` and kept in `feedback/leg_model.toml`; the
    structure weights are set by hand (they say how a massage is done, not how a camera
    sees it).

    Size bumps are relative (0.05 = the palm 5 % bigger in the middle of the leg).
    """

    # Size bumps are modelled as one-sided Laplace distributions (heavy tails: a stroke's
    # palm can look a few % bigger for a moment): a stroke's flat below its centre (its ends
    # may be higher: the landing, the lift-off), a return's flat above its centre (a higher
    # lift is just as likely a return).
    stroke_bump: float = 0.0  # centre of a stroke's bump
    stroke_bump_scale: float = 0.012  # mean distance above the centre
    return_bump: float = 0.03  # centre of a return's bump
    return_bump_scale: float = 0.02  # mean absolute deviation below the centre
    touch_palm_fw: float = 0.25  # a typical touching palm (`feedback.contact.palm_size_px`)...
    touch_palm_log_sd: float = 0.07  # ...its spread (log); over 2 spreads bigger: nearer the camera
    air_prior: float = 0.05  # a leg in the air (in front of the face) against one at its depth
    air_speed_fw_per_s: float = 1.5  # legs faster than this are likelier in the air (a wave)...
    air_speed_sd_fw_per_s: float = 0.15  # ...the more so the faster
    air_switch: float = 0.2  # weight of going between the air and the face from one leg to the next
    max_size_evidence: float = 2.0  # log-odds one leg's bump may add at most...
    size_evidence_s: float = 0.5  # ...if it lasts this long (fewer frames, less evidence)
    stroke_min_fw: float = 0.07  # a stroke moves the skin at least about this far...
    stroke_min_sd_fw: float = 0.015  # ...give or take this
    # A stroke stays on its zone: its path is 0.2-0.4 face widths (the profiles' pace) and no
    # zone is much longer than half the face; a leg that goes much further crosses zones
    # (the hand moving on to the next one).
    stroke_max_fw: float = 0.6  # a stroke moves the skin at most about this far...
    stroke_max_sd_fw: float = 0.1  # ...give or take this
    direction_steepness: float = 2.5  # how sharply opposite legs alternate (per cosine)
    speed_steepness: float = 2.0  # how much the ratio of two opposite legs' speeds tells
    direction_length_fw: float = 0.15  # legs shorter than this tell less by their direction
    two_returns: float = 0.05  # weight of a return right after a return
    stroke_by_lift: float = 10.0  # a clear lift makes the legs beside it this much likelier strokes
    first_is_stroke: float = 0.95  # the first leg after the hand lands...
    # ...once it is down (`feedback.legs.landing_prior`): a first leg during which the palm
    # shrinks this much (log; about what a small 2-4 cm lift adds: 4-10 %), the hand still
    # coming down, and after which a leg landing_brevity times longer goes back the other
    # way (a return is rarely that much longer than its stroke: on the tuning labels 95 % of
    # returns last under 2.4 times their stroke) may be a slide to where the stroke starts.
    landing_settle: float = 0.05
    landing_brevity: float = 3.0
    last_is_stroke: float = 0.9  # the last leg before the hand leaves
    wait_s: float = 1.0  # decide a leg without the next one after this long
    # A hand that lay still on the skin (within rest_gap_fw) for departure_rest_s or more
    # and then slides straight off the face (on the same way, faster than any stroke:
    # air_speed_fw_per_s) is leaving, not stroking: the leg before it goes is the start of
    # that departure, a stroke only this often (instead of last_is_stroke).
    departure_rest_s: float = 2.0
    departure_is_stroke: float = 0.05
    # A leg that goes on the same way (within same_way_deg) from where the last one
    # stopped (within rest_gap_fw), within rest_s, without a lift, is the same stroke.
    # People rest the fingers on the skin half-way through a slow stroke for up to about
    # 1.0-1.25 s of stillness (three people among the tuning clips: the eighth set's two,
    # strokes of 0.6-1.9 s, and gapi's): a rest that long is still inside the stroke. The
    # rest is the time the finger lay still (`StrokeSegmenter._rested`): it ends when the
    # finger sets off again, however slowly. rest_s also bounds how late the cue of a
    # stroke held at a rest comes.
    rest_s: float = 1.3
    rest_gap_fw: float = 0.1
    same_way_deg: float = 45.0
    # A quick oscillation (a wave, a scratch, a rub): this many legs in a row or more, each
    # quicker than oscillation_leg_s, each going back the way the one before came, nothing
    # lifted between them. In a massage the stroke and the return differ (a slow stroke on
    # the skin, a lifted way back), and even a hurried stroke is not followed by two more
    # legs as quick: such a run is not massage (its legs are neither strokes nor returns).
    oscillation_legs: int = 3
    oscillation_leg_s: float = 0.35
    # A leg's pace beside the hand's own strokes (`feedback.leg_pace`): the way back lasts at
    # most about return_pace of a stroke, or is 1 / return_pace faster; a leg that shows no
    # lift and is as long and slow as the hand's strokes adds up to max_pace_evidence
    # (log-odds) for a stroke, which a reversed stroke between two good ones needs against
    # the alternation of strokes and returns; a brief piece that moves the skin only a
    # little (under return_pace of a stroke's duration and length) as much for a return.
    return_pace: float = 0.6
    max_pace_evidence: float = 2.0
    # Before a hand has made enough sure strokes for its own pace, a leg is compared with a
    # typical person's stroke: this long while moving (`feedback.leg_pace.moving_s`) at this
    # speed (fitted on the tuning clips' labelled strokes by tools/fit_coach.py).
    stroke_s: float = 0.7
    stroke_fw_per_s: float = 0.27
    sure_p: float = 0.8  # a stroke less likely than this gets the verdict "unsure"...
    # ...and one that would be called reversed or off the path less likely than this is
    # "unsure" (reversed) or not reported at all (off the path): on the tuning clips most
    # legs off the path with p 0.5-0.95 are the way back to the next stroke's start, at an
    # angle, or a piece of a stroke cut in two (65 returns and 28 other pieces against 16
    # strokes), and calling them "unsure" would only add noise.
    sure_direction_fault_p: float = 0.95


def load_leg_model(path: Path = LEG_MODEL_FILE) -> LegModel:
    """The leg model with the fitted values of `path` (unknown keys are an error)."""
    values = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    known = {f.name for f in fields(LegModel)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(f"{path}: unknown leg model keys {unknown}; known: {sorted(known)}")
    return LegModel(**{k: float(v) for k, v in values.items()})


@dataclass(frozen=True)
class CoachConfig:
    # Contact. A hand touching the face is at the face's depth; lifted toward the camera
    # (the return between strokes) it looks bigger next to the face. The touching size is
    # learnt per hand as a low quantile of its recent sizes while over the face.
    lift_enter_ratio: float = 1.18  # hand size / touching size above this: lifted
    lift_exit_ratio: float = 1.12  # ...and back below this: touching again
    lift_onset_ratio: float = 1.04  # the ends of a touch above this are the hand rising
    touch_size_quantile: float = 0.25
    settled_speed_fw_per_s: float = 0.5  # only sizes seen slower than this are learnt
    touch_size_window_s: float = 3.0
    backfill_s: float = 0.6  # how far back a late-seen touch onset is looked for
    # A gap longer than this is missed detections: the touch goes on if the hand comes back
    # within `track_timeout_s` where going on could have brought it (`StrokeSegmenter`).
    contact_gap_s: float = 0.15

    # Motion. Speeds are of the working point (index + middle fingertips) in the face frame.
    speed_window_s: float = 0.15
    move_speed_fw_per_s: float = 0.07  # moving faster than this is part of a stroke
    pause_s: float = 0.2  # slower than move speed this long ends a stroke...
    # ...unless the hand drifts on steadily one way, at least this fast over this window
    # (a slow stroke; jitter about one place does not drift, see `feedback.strokes`).
    drift_window_s: float = 0.6
    drift_speed_fw_per_s: float = 0.03
    turn_split_deg: float = 120.0  # a sharper turn while touching starts a new stroke
    # A landing without a lift seen: the hand nearly stops (slower than landing_speed_ratio
    # of its speed on both sides) and sets off turned by more than landing_turn_deg (the
    # headings over landing_look_s each side). A turn by more than landing_turn_deg into a
    # small lift (the hand looks risen above the skin) ends a stroke too: its return begins.
    landing_turn_deg: float = 60.0
    landing_speed_ratio: float = 0.35
    landing_look_s: float = 0.2

    # A stroke must travel and last at least this much (a twitch is not a stroke).
    min_travel_fw: float = 0.06
    min_duration_s: float = 0.2
    max_duration_s: float = 8.0

    # Hand tracks: detections are joined to tracks by fingertip distance.
    track_gate_fw: float = 0.6
    track_timeout_s: float = 0.5
    fingers_only: FingersOnly = FingersOnly()  # fingertips wandering, knuckles still

    legs: LegModel = field(default_factory=load_leg_model)
