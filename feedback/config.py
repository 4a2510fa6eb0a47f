"""Thresholds of the coach, with their units, in one place."""

from __future__ import annotations

from dataclasses import dataclass


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
    contact_gap_s: float = 0.15  # missed detections shorter than this do not break contact

    # Motion. Speeds are of the working point (index + middle fingertips) in the face frame.
    speed_window_s: float = 0.15
    move_speed_fw_per_s: float = 0.07  # moving faster than this is part of a stroke
    pause_s: float = 0.2  # slower than move speed this long ends a stroke
    turn_split_deg: float = 120.0  # a sharper turn while touching starts a new stroke

    # A stroke must travel and last at least this much (a twitch is not a stroke).
    min_travel_fw: float = 0.06
    min_duration_s: float = 0.12
    max_duration_s: float = 8.0

    # Hand tracks: detections are joined to tracks by fingertip distance.
    track_gate_fw: float = 0.6
    track_timeout_s: float = 0.5
