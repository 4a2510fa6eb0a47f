"""`massage-coach`: review a recorded session, or measure the coach on labelled videos.

Only wiring: arguments and files in, the pipeline's functions called, text out.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import datetime
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


def write_report(review: Review, annotated: Path, path: Path) -> None:
    """The PDF session report, its pictures taken from the annotated video."""
    from feedback.report_pdf import ReportHeader, session_pdf
    from runs.report_frames import report_frames

    result = review.to_json_dict()
    header = ReportHeader(datetime.now().strftime("%Y-%m-%d %H:%M"), Path(review.video).name, "Recording")
    path.write_bytes(session_pdf(result, review.profile, list(review.summary.cues), header,
                                 report_frames(annotated, result)))


def _review(args) -> int:
    with tempfile.TemporaryDirectory(prefix="massage-coach-cli-") as folder:
        # The report's pictures come from the annotated video: made in passing if not asked for.
        annotated = args.annotated or (Path(folder) / "annotated.mp4" if args.report else None)
        review = review_video(args.video, args.profile, mirror=args.mirror, annotated_path=annotated,
                              progress=ProgressBar("reviewing"), max_minutes=args.max_minutes,
                              face_axes=args.face_axes)
        result = review.to_json_dict()
        print(format_review(review))
        if args.json:
            write_json(result, args.json)
        if args.csv:
            write_csv(result, args.csv)
        if args.report:
            write_report(review, annotated, args.report)
    for label, path in (("JSON", args.json), ("CSV", args.csv), ("annotated video", args.annotated),
                        ("report", args.report)):
        if path:
            print(f"{label}: {path}")
    return 0


def evaluate_and_report(directory: Path, review_fn, json_path: Path | None = None,
                        markdown_path: Path | None = None, tuning_only: bool = False) -> list[str]:
    """Review and score the labelled clips under `directory` (`tuning_only`: not the
    held-out ones), print the tables, write the JSON and Markdown figures; the held-out
    group's missed targets (the group that decides)."""
    from evaluation.figures import format_markdown, format_table, to_json_dict
    from evaluation.scoring import evaluate_directory, meets_targets

    scores, overall = evaluate_directory(directory, review_fn, tuning_only)
    print(format_table(scores, overall))
    groups = [("Tuning clips", overall.tuning_clips), ("Held-out clips", overall.held_out_clips)]
    for title, group in [(t, g) for t, g in groups if g.n_labelled or g.negative_s]:
        failed = meets_targets(group)
        print("\n".join([f"\n{title}: targets missed:"] + [f"  - {f}" for f in failed])
              if failed else f"\n{title}: all targets met.")
    if json_path:
        Path(json_path).write_text(json.dumps(to_json_dict(scores, overall), indent=2) + "\n")
    if markdown_path:
        command = f"massage-coach evaluate {directory} --markdown {markdown_path}"
        Path(markdown_path).write_text(format_markdown(scores, overall, command) + "\n", encoding="utf-8")
    if not overall.held_out_clips.n_labelled:
        print("\nNo held-out clips: nothing here says how the coach does on footage it was not tuned on.")
        return ["there are no held-out clips"]
    return meets_targets(overall.held_out_clips)


def _evaluate(args) -> int:
    def review_fn(video_path, profile, mirror):
        return review_video(video_path, load_profile(profile), mirror=mirror,
                            progress=ProgressBar(Path(video_path).name)).to_json_dict()

    failed = evaluate_and_report(args.directory, review_fn, args.json, args.markdown)
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
    review.add_argument("--face-axes", action="store_true",
                        help="draw the face frame's axes on the annotated video (to check the tracking)")
    review.add_argument("--report", type=Path, help="write a PDF session report (one or two pages)")
    review.add_argument("--max-minutes", type=float, default=DEFAULT_MAX_MINUTES,
                        help=f"refuse longer videos (default: {DEFAULT_MAX_MINUTES:g})")
    review.set_defaults(run=_review, outputs=(("json", (".json",)), ("csv", (".csv",)),
                                              ("annotated", OUTPUT_SUFFIXES)))

    evaluate = commands.add_parser("evaluate", help="measure the coach on labelled sample videos")
    evaluate.add_argument("directory", type=Path, nargs="?", default=Path("sample_videos"))
    evaluate.add_argument("--json", type=Path, help="write the figures as JSON")
    evaluate.add_argument("--markdown", type=Path, help="write the figures as a Markdown report")
    evaluate.add_argument("--strict", action="store_true",
                          help="exit 1 when the held-out clips miss a target (or there are none)")
    evaluate.set_defaults(run=_evaluate, outputs=(("json", (".json",)), ("markdown", (".md",))))
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
