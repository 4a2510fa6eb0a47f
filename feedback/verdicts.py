"""Judging a stroke against its zone's expected direction."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal, get_args

import numpy as np

from feedback.config import CoachConfig, LegModel
from feedback.leg_pace import stroke_tempo
from feedback.protocol import Profile, ZoneRule
from feedback.stroke import Stroke
from feedback.zones import stroke_place, zone_shares
from vision.landmarks import Side

# "unsure": the coach could not tell this leg from the return between two strokes (the
# fingers were not lifted clearly), so it does not judge its direction.
Verdict = Literal["good", "reversed", "off_path", "too_fast", "unsure"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)  # the only list of verdicts


@dataclass(frozen=True)
class JudgedStroke:
    """A stroke with its place and verdict.

    stroke: the leg as the leg model decided on it (`feedback.legs`).
    angle_error_deg: signed angle from the expected direction to the stroke's direction
        (positive = turned upward of the path on the side-folded face), in (-180, 180].
    on_skin: the part of `stroke` with the fingers on the skin (`Stroke.on_skin`),
        which is placed, judged and reported; None when that is all of it.
    """

    stroke: Stroke
    zone: str
    side: Side
    verdict: Verdict
    angle_error_deg: float
    on_skin: Stroke | None = None

    @property
    def reported(self) -> Stroke:
        """The stroke as placed, judged and reported: its part on the skin."""
        return self.stroke if self.on_skin is None else self.on_skin

    def to_dict(self) -> dict:
        """The stroke as in the review JSON (docs/formats.md)."""
        stroke = self.reported
        return {
            "t_start_s": round(stroke.t_start_s, 3),
            "t_end_s": round(stroke.t_end_s, 3),
            "zone": self.zone,
            "side": self.side,
            "hand": stroke.hand,
            "verdict": self.verdict,
            "angle_error_deg": round(self.angle_error_deg, 1),
            "length_fw": round(stroke.length_fw, 3),
            "speed_fw_per_s": round(stroke.speed_fw_per_s, 3),
        }


def out_up(vector_fw: np.ndarray, side: Side) -> np.ndarray:
    """A face-frame vector (x to the person's left, y to the chin) as (out, up) on `side`."""
    outward_sign = 1.0 if side == "left" else -1.0
    return np.array([vector_fw[0] * outward_sign, -vector_fw[1]])


def angle_error_deg(direction_out_up: np.ndarray, expected_out_up: tuple[float, float]) -> float:
    """Signed angle from the expected direction to the given one, degrees in (-180, 180]."""
    angle = math.atan2(direction_out_up[1], direction_out_up[0]) - math.atan2(
        expected_out_up[1], expected_out_up[0])
    degrees = math.degrees(math.atan2(math.sin(angle), math.cos(angle)))
    return 180.0 if degrees <= -180.0 else degrees


# A stroke hurried through (over in under the zone's `min_duration_s`) moves the skin fast:
# a leg that moves it no faster than a good stroke at the protocol's pace (one a second
# over a 0.2-0.4 face-width path: 0.2-0.4 fw/s) is not hurried however brief it is: it is
# a piece of a slow stroke (the hand rested on the skin half-way and the cut split it) or
# the hand settling, and "slow down" would be the wrong advice.
UNHURRIED_SPEED_FW_PER_S = 0.25


def _against(error_deg: float, rule: ZoneRule, margin_deg: float = 0.0) -> bool:
    """Within the zone's tolerance of the opposite direction, less `margin_deg`."""
    return abs(error_deg) >= 180.0 - rule.tolerance_deg + margin_deg


def classify(error_deg: float, duration_s: float, speed_fw_per_s: float, rule: ZoneRule,
             jitter_deg: float = 0.0) -> Verdict:
    """Right direction (within tolerance, or within what the landmarks' jitter could turn it
    by beyond that, `jitter_deg`, but never across the path) is good unless too fast
    (faster than the zone's speed, or over too soon while moving faster than
    `UNHURRIED_SPEED_FW_PER_S`); within tolerance of the opposite direction, even were the
    jitter to have turned it that far, is reversed (the costliest thing to say wrongly: on
    the tuning clips, 2 of 6 off-path strokes called reversed were within the jitter of the
    bar); anything between is off the path."""
    if abs(error_deg) <= rule.tolerance_deg or abs(error_deg) < min(rule.tolerance_deg + jitter_deg, 90.0):
        too_fast = speed_fw_per_s > rule.max_speed_fw_per_s or (
            duration_s < rule.min_duration_s and speed_fw_per_s > UNHURRIED_SPEED_FW_PER_S)
        return "too_fast" if too_fast else "good"
    if _against(error_deg, rule, margin_deg=min(jitter_deg, rule.tolerance_deg)):
        return "reversed"
    return "off_path"


# How sure the coach must be that the landmarks' jitter did not turn a stroke off its path
# before it says "off the path": one-sided 95 % (z).
JITTER_Z = 1.64
# The jitter is measured against the path's running mean over this many samples.
JITTER_WINDOW = 9


def jitter_deg(stroke: Stroke) -> float:
    """How far the landmarks' jitter alone may turn a stroke's way (degrees, one-sided 95 %).
    The jitter is the path's scatter about its own running mean over `JITTER_WINDOW`
    samples; both ends carry it, counted as on single samples (the way, `Stroke.heading_fw`,
    averages each end over a quarter of the stroke: this errs toward not saying "off the
    path"). A short stroke tracked shakily cannot be told off its path by a few degrees, and
    "off the path" would be advice the coach cannot back."""
    chord_fw = float(np.linalg.norm(stroke.travel_fw))
    if len(stroke.path_fw) < JITTER_WINDOW + 2 or chord_fw == 0.0:
        return 0.0
    windows = np.lib.stride_tricks.sliding_window_view(stroke.path_fw, JITTER_WINDOW, axis=0)
    running_mean = windows.mean(axis=-1)
    centred = stroke.path_fw[JITTER_WINDOW // 2:][:len(running_mean)]
    scatter_fw = float(np.sqrt(np.mean((centred - running_mean) ** 2)))
    return math.degrees(math.atan2(JITTER_Z * math.sqrt(2.0) * scatter_fw, chord_fw))


# A stroke with at least this share of its path in a neighbouring zone runs along their
# border.
BORDER_SHARE = 1 / 3


def _judged_in_zone(on_skin: Stroke, zone: str, side: Side, profile: Profile) -> tuple[str, float, Verdict]:
    """Zone, angle error and verdict of a stroke placed in `zone`. A stroke off that zone's
    path that runs along the border of a neighbouring zone (`BORDER_SHARE` of it there) and
    follows the neighbour's path is that zone's stroke: where one zone ends and the next
    begins differs from face to face more than the zone map can say, and the path a person
    follows tells which zone they work on. Only the neighbour's own way counts, not its
    reverse: "reversed", the costliest thing to say wrongly, is said only of the zone most
    of the stroke lies in (on the tuning clips, taking the neighbour's reverse too called
    one more off-path stroke "reversed" and set nothing right)."""
    direction, tempo, rule = out_up(on_skin.heading_fw, side), stroke_tempo(on_skin), profile.rule(zone)
    error = angle_error_deg(direction, rule.direction_out_up)
    verdict = classify(error, *tempo, rule, jitter_deg(on_skin))
    if verdict != "off_path":
        return zone, error, verdict
    for neighbour, share in zone_shares(on_skin.path_fw).items():
        if neighbour == zone or share < BORDER_SHARE:
            continue
        neighbour_rule = profile.rule(neighbour)
        neighbour_error = angle_error_deg(direction, neighbour_rule.direction_out_up)
        if abs(neighbour_error) <= neighbour_rule.tolerance_deg:
            return neighbour, neighbour_error, classify(neighbour_error, *tempo, neighbour_rule)
    return zone, error, verdict


def judge(stroke: Stroke, profile: Profile, p_stroke: float = 1.0, legs: LegModel = LegModel(),
          lift_ratio: float = CoachConfig.lift_onset_ratio) -> JudgedStroke | None:
    """Place and judge a stroke by its part on the skin (`Stroke.on_skin` with
    `lift_ratio`: its direction, duration and speed without the landing and the lift-off at
    its ends); None when most of it lies off the face (no zone). Placed in the zone most of
    it lies in (`feedback.zones.stroke_place`), or in the neighbour whose path it follows
    along their border (`_judged_in_zone`).

    p_stroke: how sure the coach is that this leg is a stroke and not a return
    (`feedback.legs`). Below `legs.sure_p`, or below `legs.sure_direction_fault_p` for a
    stroke that would be called reversed (the costliest mistake: telling a careful person
    that they did it backwards), the verdict is "unsure". A leg that would be called off
    the path below `legs.sure_direction_fault_p` is not a stroke (None): such a leg is
    mostly the way back at an angle, or a piece of a stroke.
    """
    on_skin = stroke.on_skin(lift_ratio)
    zone, side = stroke_place(on_skin.path_fw)
    if zone is None:
        return None
    zone, error, verdict = _judged_in_zone(on_skin, zone, side, profile)
    if verdict == "off_path" and p_stroke < legs.sure_direction_fault_p:
        return None
    needed_p = legs.sure_direction_fault_p if verdict == "reversed" else legs.sure_p
    if p_stroke < needed_p:
        verdict = "unsure"
    return JudgedStroke(stroke, zone, side, verdict, error, None if on_skin is stroke else on_skin)


def goes_against_path(leg: Stroke, profile: Profile) -> bool:
    """The leg goes the way its zone's path goes, reversed (within the zone's tolerance):
    a stroke done backwards, or the way back after a stroke done right."""
    zone, side = stroke_place(leg.path_fw)
    heading_fw = leg.heading_fw
    if zone is None or not np.any(heading_fw):
        return False
    rule = profile.rule(zone)
    return _against(angle_error_deg(out_up(heading_fw, side), rule.direction_out_up), rule)
