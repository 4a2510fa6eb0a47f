"""Fit the stroke-or-return model's size and pace figures (`feedback/leg_model.toml`) on tuning clips.

    .venv/bin/python tools/fit_coach.py sample_videos [--write]

Runs the coach on every tuning clip (held-out clips are skipped: no decision may be made on
them), pairs each leg it considered with the labelled stroke or return it overlaps most,
and sets from those legs' size bumps (see `feedback.legs.size_bump`):
- stroke_bump, stroke_bump_scale: the strokes' median bump and the mean distance above it
  of the strokes above it (below it, a stroke whose ends were higher is just as likely);
- return_bump, return_bump_scale: the returns' median bump and the mean distance below it
  of the returns that lift less (above it, a higher lift is just as likely a return);
- touch_palm_fw, touch_palm_log_sd: the strokes' median palm size (a typical hand touching
  a face) and the spread of its logarithm;
- stroke_s, stroke_fw_per_s: the strokes' median time while moving and speed (see
  `feedback.leg_pace.moving_s`): a typical person's pace, before a hand's own is known.
The structure weights of the model are not fitted: they describe how a massage is done.
Landmarks come from tools/landmark_cache.py (tracked once, then cached).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from feedback.config import LEG_MODEL_FILE, CoachConfig, LegModel  # noqa: E402
from feedback.leg_pace import moving_s, travel_speed_fw_per_s  # noqa: E402
from feedback.leg_size import size_bump  # noqa: E402
from landmark_cache import label_of, labelled_clips, replay  # noqa: E402


def labelled_legs(directories: list[Path]) -> dict[str, list[tuple[float, float, float, float]]]:
    """(size bump, median palm size, time while moving in s, speed in fw/s) of the legs the
    coach considered, by the kind of the labelled interval ("stroke" or "return") of the
    same hand that each overlaps most."""
    legs: dict[str, list[tuple[float, float, float, float]]] = {"stroke": [], "return": []}
    for path, labels in labelled_clips(directories):
        if labels["held_out"]:
            continue
        # The legs a coach considers do not depend on the model's figures: any will do.
        pipeline = replay(path, labels, CoachConfig(legs=LegModel()))
        intervals = [i for i in labels["intervals"] if i["kind"] in legs]
        for leg in pipeline.legs:
            stroke = leg.stroke
            shared_s, best = label_of(stroke, intervals)
            if best is not None and shared_s > 0.5 * stroke.duration_s:
                legs[best["kind"]].append((size_bump(stroke.palm_fw), float(np.nanmedian(stroke.palm_fw)),
                                           moving_s(stroke), travel_speed_fw_per_s(stroke)))
    return legs


PEOPLE_PALM_LOG_SD = 0.08


def fit(legs: dict[str, list[tuple[float, float, float, float]]]) -> dict[str, float]:
    """One-sided Laplace centres (medians) and scales (the mean distance beyond the centre
    on the side that counts: above it for strokes, below it for returns) of the bumps; the
    strokes' median palm size and the spread of its log (1.4826 x median absolute deviation);
    the strokes' median time while moving and speed."""
    strokes, returns = (np.array([leg[0] for leg in legs[k]]) for k in ("stroke", "return"))
    log_palms = np.log([leg[1] for leg in legs["stroke"]])
    stroke_centre, return_centre = np.median(strokes), np.median(returns)
    values = {"stroke_bump": stroke_centre,
              "stroke_bump_scale": np.mean(strokes[strokes > stroke_centre] - stroke_centre),
              "return_bump": return_centre,
              "return_bump_scale": np.mean(return_centre - returns[returns < return_centre]),
              "touch_palm_fw": np.exp(np.median(log_palms)),
              # People's hands differ more than the tuning clips' few: the hand-to-face size
              # ratio varies about 8 % between adults (hand length and face width each about
              # 5-6 %), so the spread is never taken smaller than that.
              "touch_palm_log_sd": max(1.4826 * np.median(np.abs(log_palms - np.median(log_palms))),
                                       PEOPLE_PALM_LOG_SD),
              "stroke_s": np.median([leg[2] for leg in legs["stroke"]]),
              "stroke_fw_per_s": np.median([leg[3] for leg in legs["stroke"]])}
    return {key: round(float(value), 4) for key, value in values.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", nargs="+", type=Path)
    parser.add_argument("--write", action="store_true", help=f"write {LEG_MODEL_FILE.name}")
    args = parser.parse_args(argv)
    legs = labelled_legs(args.directories)
    print(f"legs: {len(legs['stroke'])} strokes, {len(legs['return'])} returns")
    values = fit(legs)
    text = "".join(f"{key} = {value}\n" for key, value in values.items())
    print(text, end="")
    if args.write:
        header = ("# The stroke-or-return model's size and pace figures (feedback/legs.py), fitted on the "
                  "tuning clips by\n# tools/fit_coach.py " + " ".join(map(str, args.directories)) + "\n")
        LEG_MODEL_FILE.write_text(header + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
