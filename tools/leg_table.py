"""Every leg the coach decided on labelled tuning clips, beside the label it overlaps most:
where a change of method helps or hurts, leg by leg (cached landmarks, seconds per clip).

    .venv/bin/python tools/leg_table.py sample_videos [--only NAME] [--wrong]

A row: hand, times, p_stroke (the stroke-or-return model), the palm's size bump and size,
the travel (face widths; x to the person's left, y down) | what the coach said | the
label. "XX" marks a wrong leg (a return or a hand near the face called a stroke, a stroke
taken for a return, a wrong zone or verdict); MISSING a labelled stroke no leg overlaps.
Held-out clips are skipped: nobody may look at the coach's legs on them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from feedback.legs import DecidedLeg  # noqa: E402
from feedback.leg_size import size_bump  # noqa: E402
from feedback.verdicts import JudgedStroke  # noqa: E402
from landmark_cache import label_of, labelled_clips, replay  # noqa: E402

_SHOWN_KINDS = ("stroke", "return", "near_face")


def leg_rows(legs: list[DecidedLeg], judged: list[JudgedStroke], intervals: list[dict]) -> list[str]:
    """The table's rows for one clip: one per leg in time order, then the missing strokes."""
    said = {id(j.stroke): j for j in judged}
    shown = [i for i in intervals if i["kind"] in _SHOWN_KINDS]
    rows = []
    for leg in sorted(legs, key=lambda leg: leg.stroke.t_start_s):
        stroke = leg.stroke
        shared_s, label = label_of(stroke, shown)
        if shared_s <= 0:
            label = None
        judgement = said.get(id(stroke))
        if judgement is not None:
            coach = f"{judgement.zone} {judgement.verdict} {judgement.angle_error_deg:+.0f}"
        else:
            coach = "stroke off the face" if leg.is_stroke else "return"
        right = not leg.is_stroke if label is None else (label["kind"] == "stroke") == leg.is_stroke
        if right and judgement is not None and label is not None:
            right = (judgement.zone, judgement.verdict) == (label.get("zone"), label.get("verdict"))
        where = "-" if label is None else \
            f'{label["kind"]} {label.get("zone", "")} {label.get("verdict", "")} ' \
            f'{label["t_start_s"]:.2f}-{label["t_end_s"]:.2f}'
        palm = float(np.nanmedian(stroke.palm_fw)) if stroke.palm_fw is not None else float("nan")
        rows.append(f'{"  " if right else "XX"} {stroke.hand[0]} {stroke.t_start_s:6.2f}-{stroke.t_end_s:6.2f} '
                    f'p={leg.p_stroke:.2f} bump={size_bump(stroke.palm_fw):+.3f} palm={palm:.3f} '
                    f'travel={np.round(stroke.travel_fw, 2)} | {coach} | {where}')
    for interval in shown:
        if interval["kind"] == "stroke" and not any(label_of(leg.stroke, [interval])[0] > 0 for leg in legs):
            rows.append(f'MISSING {interval["hand"][0]} {interval["t_start_s"]:.2f}-{interval["t_end_s"]:.2f} '
                        f'{interval["zone"]} {interval["verdict"]}')
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=Path)
    parser.add_argument("--only", default="", help="clips whose name contains this")
    parser.add_argument("--wrong", action="store_true", help="only the wrong legs and missing strokes")
    args = parser.parse_args(argv)
    for path, labels in labelled_clips([args.directory]):
        if labels["held_out"] or args.only not in path.name:
            continue
        pipeline = replay(path, labels)
        judged = pipeline.strokes
        print(f"== {path.name}")
        for row in leg_rows(pipeline.legs, judged, labels["intervals"]):
            if not args.wrong or not row.startswith("  "):
                print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
