"""`massage-coach`: review a recorded session, or measure the coach on labelled videos.

Only wiring: arguments and files in, the pipeline's functions called, text out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from feedback.protocol import Profile, available_profiles, load_profile
from feedback.report import Review, strokes_csv
from runs.review import DEFAULT_MAX_MINUTES, review_video
from storage.paths import output_problem
from vision.video_io import VideoError
from vision.video_writer import OUTPUT_SUFFIXES


class ProgressBar:
    """A one-line progress bar on stderr, drawn only on a terminal."""

    def __init__(self, label: str, stream=sys.stderr, width: int = 30):
        self.label, self.stream, self.width = label, stream, width
        self.enabled = stream.isatty()
        self._shown = -1

    def __call__(self, share: float) -> None:
        percent = int(share * 100)
        if not self.enabled or percent == self._shown:
            return
        self._shown = percent
        filled = int(share * self.width)
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (self.width - filled)}] {percent:3d}%")
        if percent >= 100:
            self.stream.write("\n")
        self.stream.flush()


def write_json(review_json: dict, path: Path) -> None:
    path.write_text(json.dumps(review_json, indent=2) + "\n", encoding="utf-8")


def write_csv(review_json: dict, path: Path) -> None:
    path.write_text(strokes_csv(review_json), encoding="utf-8")


def format_review(review: Review) -> str:
    """The summary table a person reads after `review`."""
    summary = review.summary
    lines = [f"{review.video}: {review.duration_s:.1f} s, {review.frames} frames at {review.fps:.1f} fps, "
             f"profile {review.profile.name}",
             f"{summary.n_strokes} strokes, {summary.percent_good:.0f}% good"]
    if summary.n_strokes:
        lines.append(f"rhythm: median stroke {summary.median_duration_s:.2f} s, "
                     f"{summary.strokes_per_min:.0f} strokes/min; "
                     f"left/right: {summary.balance_left_share:.0%} / {1 - summary.balance_left_share:.0%}")
        lines += ["", f"{'zone':<10} {'side':<5} {'good':>4} {'target':>6} {'reversed':>8} "
                      f"{'off path':>8} {'too fast':>8}"]
        for t in summary.tallies:
            lines.append(f"{t.zone:<10} {t.side:<5} {t.good:>4} {review.profile.rule(t.zone).reps:>6} "
                         f"{t.reversed:>8} {t.off_path:>8} {t.too_fast:>8}")
    if summary.cues:
        lines += ["", "Coaching:"] + [f"  - {cue}" for cue in summary.cues]
    if review.warnings:
        lines += ["", "Warnings:"] + [f"  - {w.message}" for w in review.warnings]
    return "\n".join(lines)


def _profile(value: str) -> Profile:
    try:
        return load_profile(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _review(args) -> int:
    review = review_video(args.video, args.profile, mirror=args.mirror, annotated_path=args.annotated,
                          progress=ProgressBar("reviewing"), max_minutes=args.max_minutes)
    result = review.to_json_dict()
    print(format_review(review))
    if args.json:
        write_json(result, args.json)
    if args.csv:
        write_csv(result, args.csv)
    for label, path in (("JSON", args.json), ("CSV", args.csv), ("annotated video", args.annotated)):
        if path:
            print(f"{label}: {path}")
    return 0


def _evaluate(args) -> int:
    from evaluation.figures import format_table, to_json_dict
    from evaluation.scoring import evaluate_directory, meets_targets

    def review_fn(video_path, profile, mirror):
        return review_video(video_path, load_profile(profile), mirror=mirror,
                            progress=ProgressBar(Path(video_path).name)).to_json_dict()

    scores, overall = evaluate_directory(args.directory, review_fn)
    print(format_table(scores, overall))
    failed = meets_targets(overall)
    print("\n".join(["", "Targets missed:"] + [f"  - {f}" for f in failed]) if failed else "\nAll targets met.")
    if args.json:
        Path(args.json).write_text(json.dumps(to_json_dict(scores, overall), indent=2) + "\n")
    return 1 if failed and args.strict else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="massage-coach", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    review = commands.add_parser("review", help="review a recorded massage session")
    review.add_argument("video", type=Path)
    review.add_argument("--profile", type=_profile, default="drainage",
                        help=f"{' | '.join(available_profiles())} | FILE.toml (default: drainage)")
    review.add_argument("--mirror", action="store_true", help="the recording is mirrored (a selfie view)")
    review.add_argument("--json", type=Path, help="write the review as JSON")
    review.add_argument("--csv", type=Path, help="write one row per stroke as CSV")
    review.add_argument("--annotated", type=Path, help="write an annotated H.264 MP4")
    review.add_argument("--max-minutes", type=float, default=DEFAULT_MAX_MINUTES,
                        help=f"refuse longer videos (default: {DEFAULT_MAX_MINUTES:g})")
    review.set_defaults(run=_review, outputs=(("json", (".json",)), ("csv", (".csv",)),
                                              ("annotated", OUTPUT_SUFFIXES)))

    evaluate = commands.add_parser("evaluate", help="measure the coach on labelled sample videos")
    evaluate.add_argument("directory", type=Path, nargs="?", default=Path("sample_videos"))
    evaluate.add_argument("--json", type=Path, help="write the figures as JSON")
    evaluate.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    evaluate.set_defaults(run=_evaluate, outputs=(("json", (".json",)),))
    return parser


def outputs_problem(args) -> str | None:
    """What is wrong with the first output file that cannot be written, or None."""
    for option, suffixes in args.outputs:
        path = getattr(args, option)
        problem = path and output_problem(path, suffixes, reading=getattr(args, "video", None))
        if problem:
            return f"--{option} {problem}"
    return None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    problem = outputs_problem(args)  # before any frame is read: a bad path fails at once
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    try:
        return args.run(args)
    except VideoError as error:
        print(f"error: {error}", file=sys.stderr)
    except (ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
