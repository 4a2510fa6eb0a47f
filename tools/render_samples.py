"""Render the labelled sample videos: real face photos (public domain, tools/samples/faces/)
and a drawn hand doing scripted massage strokes (and non-massage gestures), with exact
ground truth.

    .venv/bin/python tools/render_samples.py                      # the original clips
    .venv/bin/python tools/render_samples.py --set tuning         # -> sample_videos/tuning/
    .venv/bin/python tools/render_samples.py --set held_out       # -> sample_videos/held_out/
    .venv/bin/python tools/render_samples.py --set tuning --check # + MediaPipe
    .venv/bin/python tools/render_samples.py --set tuning --check-only --only NAME
    .venv/bin/python tools/render_samples.py --set held_out --list

Sets (tools/samples/clips.py, tools/samples/sets.py): `original` are the 11 clips in
sample_videos/ (one face, the rigid hand, big lifts); `tuning` and `held_out` differ from
them and from each other in faces, hands and seeds, and hold realistic lifts, off-angle
strokes, rests on the skin, turned heads, 15/24 fps, motion blur, strong compression,
distant cameras, two hands, ring-finger strokes and negatives (`near_face` intervals).
Render the held-out set once, after the coach's method is settled.

Each clip NAME gets NAME.mp4 (or .webm) and NAME.labels.json (see docs/formats.md: the
labels carry the clip's `set` and `conditions`). The output is reproducible: every random
choice comes from the clip's seed. `--check` runs real MediaPipe Hands on the encoded
frames, prints a per-stroke table (and FaceMesh's face rate) and stores the share of
stroke frames in which the drawn hand was found as `hand_detection_rate`.
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

MIN_DETECTION_RATE = {"original": 0.9, "tuning": 0.85, "held_out": 0.85}
SET_FOLDERS = {"original": "", "tuning": "tuning", "held_out": "held_out"}


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="set_name", choices=list(SET_FOLDERS),
                        default="original", help="which catalogue (default: original)")
    parser.add_argument("--out", type=Path, default=None,
                        help="output folder (default: sample_videos/, sample_videos/SET/)")
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
            f"{len(strokes)} strokes ({counts}), held_out={plan.spec.held_out}, "
            f"face {plan.spec.face}, hand {plan.spec.hand_model}")


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
    specs = clips.by_name(args.only, args.set_name)
    args.out = args.out or ROOT / "sample_videos" / SET_FOLDERS[args.set_name]
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
        minimum = MIN_DETECTION_RATE[args.set_name]
        low = [r.name for r in results if not r.hand_detection_rate >= minimum]
        print("\n" + check.summary_table(results))
        if low:
            print(f"below {minimum:.0%}: {', '.join(low)}")
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
