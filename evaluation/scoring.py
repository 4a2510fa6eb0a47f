"""Scoring a review (predicted strokes) against a clip's ground-truth labels.

Formats: `docs/formats.md`; which stroke matches which: `evaluation.matching`. Only
`evaluate_directory` (and `evaluation.labels.load_labels`) touch files.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Callable

from evaluation.labels import load_labels
from evaluation.matching import covers_half, duration_s, match_strokes, overlap_s
from feedback.protocol import ZONES

TARGET_F1 = 0.95
TARGET_ZONE_SIDE_ACCURACY = 0.95
TARGET_VERDICT_ACCURACY = 0.95

ReviewFn = Callable[..., dict]


@dataclass(frozen=True)
class Tally:
    """Stroke counts that add up across clips; the rates are derived from them.

    rep_count_error_by_zone: zone -> |predicted - labelled| stroke count, both sides.
    verdict_confusion: (labelled verdict, predicted verdict) -> matched strokes.
    Rates with nothing to count are 1.0 (no labels: nothing missed; no predictions: no
    false alarm; no matches: nothing misjudged); F1 then shows what went wrong.
    """

    n_labelled: int
    n_predicted: int
    n_matched: int
    n_zone_side_correct: int
    n_verdict_correct: int
    returns_counted_as_strokes: int
    rep_count_error_by_zone: dict[str, int]
    verdict_confusion: dict[tuple[str, str], int]

    @property
    def precision(self) -> float:
        return self.n_matched / self.n_predicted if self.n_predicted else 1.0

    @property
    def recall(self) -> float:
        return self.n_matched / self.n_labelled if self.n_labelled else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def zone_side_accuracy(self) -> float:
        return self.n_zone_side_correct / self.n_matched if self.n_matched else 1.0

    @property
    def verdict_accuracy(self) -> float:
        return self.n_verdict_correct / self.n_matched if self.n_matched else 1.0

    @property
    def rep_count_error_total(self) -> int:
        return sum(self.rep_count_error_by_zone.values())

    @property
    def rep_count_error_mean(self) -> float:
        """Mean over the zones that were labelled or predicted (0.0 if none)."""
        by_zone = self.rep_count_error_by_zone
        return self.rep_count_error_total / len(by_zone) if by_zone else 0.0


@dataclass(frozen=True)
class ClipScore(Tally):
    """One clip's score; the time lists, (t_start_s, t_end_s), are for debugging."""

    name: str
    held_out: bool
    unmatched_predicted: tuple[tuple[float, float], ...]
    missed_labelled: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class OverallScore(Tally):
    """Strokes of all clips pooled (micro-average), and the same for each clip group."""

    n_clips: int
    tuning_clips: Tally
    held_out_clips: Tally


_COUNT_DICT_FIELDS = ("rep_count_error_by_zone", "verdict_confusion")


def _times(intervals: list[dict]) -> tuple[tuple[float, float], ...]:
    return tuple(sorted((i["t_start_s"], i["t_end_s"]) for i in intervals))


def _zone_count_error(predicted: list[dict], labelled: list[dict]) -> dict[str, int]:
    """Per zone, |predicted - labelled| stroke count, in protocol zone order."""
    found, truth = Counter(s["zone"] for s in predicted), Counter(s["zone"] for s in labelled)
    zones = sorted(found | truth, key=lambda z: (ZONES.index(z) if z in ZONES else len(ZONES), z))
    return {zone: abs(found[zone] - truth[zone]) for zone in zones}


def _is_counted_return(stroke: dict, returns: list[dict]) -> bool:
    """True when a return interval covers at least half of the predicted stroke."""
    return any(covers_half(overlap_s(stroke, r), duration_s(stroke)) for r in returns)


def score_clip(labels: dict, review: dict) -> ClipScore:
    """Score one review (`docs/formats.md` review JSON) against the clip's labels."""
    predicted, intervals = review["strokes"], labels["intervals"]
    matches = match_strokes(predicted, intervals)
    pairs = [(predicted[p], intervals[lab]) for p, lab in matches]
    matched_p, matched_l = {p for p, _ in matches}, {lab for _, lab in matches}
    unmatched = [s for i, s in enumerate(predicted) if i not in matched_p]
    labelled = [i for i in intervals if i["kind"] == "stroke"]
    missed = [s for j, s in enumerate(intervals) if s["kind"] == "stroke" and j not in matched_l]
    returns = [i for i in intervals if i["kind"] == "return"]
    return ClipScore(
        n_labelled=len(labelled), n_predicted=len(predicted), n_matched=len(pairs),
        n_zone_side_correct=sum(p["zone"] == lab["zone"] and p["side"] == lab["side"]
                                for p, lab in pairs),
        n_verdict_correct=sum(p["verdict"] == lab["verdict"] for p, lab in pairs),
        returns_counted_as_strokes=sum(_is_counted_return(s, returns) for s in unmatched),
        rep_count_error_by_zone=_zone_count_error(predicted, labelled),
        verdict_confusion=dict(Counter((lab["verdict"], p["verdict"]) for p, lab in pairs)),
        name=Path(labels["video"]).stem, held_out=labels["held_out"],
        unmatched_predicted=_times(unmatched), missed_labelled=_times(missed),
    )


def _pool(tallies: list[Tally]) -> Tally:
    """Sum the counts of several tallies into one (micro-averaging)."""
    totals: dict = {}
    for f in fields(Tally):
        values = [getattr(t, f.name) for t in tallies]
        if f.name in _COUNT_DICT_FIELDS:
            pooled: Counter = Counter()
            for counts in values:
                pooled.update(counts)  # update(), unlike +, keeps zero counts
            totals[f.name] = dict(pooled)
        else:
            totals[f.name] = sum(values)
    return Tally(**totals)


def aggregate(scores: list[ClipScore]) -> OverallScore:
    """Pool all clips' strokes, and separately the tuning and the held-out clips."""
    pooled = _pool(scores)
    return OverallScore(
        **{f.name: getattr(pooled, f.name) for f in fields(Tally)},
        n_clips=len(scores),
        tuning_clips=_pool([s for s in scores if not s.held_out]),
        held_out_clips=_pool([s for s in scores if s.held_out]),
    )


def meets_targets(overall: Tally) -> list[str]:
    """The targets the pooled score misses, as sentences (empty when all are met)."""
    checks = [
        (overall.f1 >= TARGET_F1,
         f"stroke F1 is {overall.f1:.3f}, the target is at least {TARGET_F1:.2f}"),
        (overall.zone_side_accuracy >= TARGET_ZONE_SIDE_ACCURACY,
         f"zone and side are right for {overall.zone_side_accuracy:.1%} of found strokes, "
         f"the target is at least {TARGET_ZONE_SIDE_ACCURACY:.0%}"),
        (overall.verdict_accuracy >= TARGET_VERDICT_ACCURACY,
         f"the verdict is right for {overall.verdict_accuracy:.1%} of found strokes, "
         f"the target is at least {TARGET_VERDICT_ACCURACY:.0%}"),
        (overall.returns_counted_as_strokes == 0,
         f"{overall.returns_counted_as_strokes} return movement(s) were counted as strokes, "
         "the target is none"),
    ]
    return [sentence for met, sentence in checks if not met]


def evaluate_directory(directory: str | Path,
                       review_fn: ReviewFn) -> tuple[list[ClipScore], OverallScore]:
    """Review and score every `*.labels.json` clip in a directory.

    review_fn(video_path: Path, profile=str, mirror=bool) returns a review dict. All
    videos are checked before any review runs; a missing one raises ValueError.
    """
    directory = Path(directory)
    clips = [(path, load_labels(path)) for path in sorted(directory.glob("*.labels.json"))]
    if not clips:
        raise ValueError(f"{directory}: no *.labels.json files to evaluate")
    missing = [f"{path.name} names {path.parent / labels['video']}, which does not exist"
               for path, labels in clips if not (path.parent / labels["video"]).is_file()]
    if missing:
        raise ValueError("missing video(s): " + "; ".join(missing))
    scores = [score_clip(labels, review_fn(path.parent / labels["video"],
                                           profile=labels["profile"],
                                           mirror=labels["mirrored"]))
              for path, labels in clips]
    return scores, aggregate(scores)
