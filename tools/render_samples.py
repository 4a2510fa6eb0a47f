"""Render the labelled sample videos: a real face (public-domain astronaut portrait from
scikit-image) and a drawn hand doing scripted massage strokes, with exact ground truth.

    .venv/bin/python tools/render_samples.py --out sample_videos            # render all
    .venv/bin/python tools/render_samples.py --out sample_videos --check    # + MediaPipe
    .venv/bin/python tools/render_samples.py --out sample_videos --check-only --only NAME

Each clip NAME gets NAME.mp4 (or .webm) and NAME.labels.json (see docs/formats.md). The
output is reproducible: every random choice comes from the clip's seed. `--check` runs
real MediaPipe Hands on the encoded frames, prints a per-stroke table and stores the share
of stroke frames in which the drawn hand was found as `hand_detection_rate`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from feedback.verdicts import VERDICTS  # noqa: E402
from samples import check, clips, render  # noqa: E402

MIN_DETECTION_RATE = 0.9


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "sample_videos",
                        help="output folder (default: sample_videos)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these clips")
    parser.add_argument("--check", action="store_true",
                        help="after rendering, measure MediaPipe Hands detection")
    parser.add_argument("--check-only", action="store_true",
                        help="do not render; check the clips already in --out")
    parser.add_argument("--list", action="store_true", help="list the clips and exit")
    return parser.parse_args(argv)


def _summary(plan: render.Plan) -> str:
    strokes = [s for t in plan.timelines.values() for s in t if s.kind == "stroke"]
    verdicts = {v: sum(s.verdict == v for s in strokes) for v in VERDICTS}
    counts = " ".join(f"{k}={n}" for k, n in verdicts.items() if n)
    return (f"{plan.spec.filename}: {plan.duration_s:.1f} s, {plan.spec.fps} fps, "
            f"{len(strokes)} strokes ({counts}), held_out={plan.spec.held_out}")


def _render_one(spec: render.ClipSpec, out: Path) -> render.Plan:
    plan = render.make_plan(spec)
    started = time.monotonic()
    render.encode(plan, out / spec.filename)
    render.write_labels(out / f"{spec.name}.labels.json", render.labels(plan, None))
    size_mb = (out / spec.filename).stat().st_size / 1e6
    print(f"{_summary(plan)}, {size_mb:.2f} MB, {time.monotonic() - started:.0f} s")
    return plan


def _check_one(spec: render.ClipSpec, out: Path) -> check.ClipCheck:
    plan = render.make_plan(spec)
    result = check.check_clip(out / spec.filename, plan)
    print(check.report(result))
    labels_path = out / f"{spec.name}.labels.json"
    data = render.labels(plan, round(result.hand_detection_rate, 4))
    if labels_path.exists():
        old = json.loads(labels_path.read_text())
        if old["intervals"] != data["intervals"]:
            raise RuntimeError(f"{labels_path} does not match the clip's plan: render again")
    render.write_labels(labels_path, data)
    return result


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    specs = clips.by_name(args.only)
    if args.list:
        for spec in specs:
            print(_summary(render.make_plan(spec)))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.check_only:
        for spec in specs:
            _render_one(spec, args.out)
    if args.check or args.check_only:
        results = [_check_one(spec, args.out) for spec in specs]
        low = [r.name for r in results if not r.hand_detection_rate >= MIN_DETECTION_RATE]
        print("\nper clip: " + ", ".join(f"{r.name} {r.hand_detection_rate:.1%}"
                                         for r in results))
        if low:
            print(f"below {MIN_DETECTION_RATE:.0%}: {', '.join(low)}")
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
