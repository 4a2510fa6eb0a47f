"""Scoring a review (predicted strokes) against a clip's ground-truth labels.

Formats: `docs/formats.md`; which stroke matches which: `evaluation.matching`. Only
`evaluate_directory` (and `evaluation.labels.load_labels`) touch files.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Callable

from evaluation.labels import labelled_clips
from evaluation.matching import covers_half, duration_s, match_strokes, overlap_s
from feedback.protocol import ZONES

TARGET_F1 = 0.95
TARGET_ZONE_SIDE_ACCURACY = 0.95
TARGET_VERDICT_ACCURACY = 0.95
TARGET_MAX_WRONG_REVERSED = 0.01  # share of labelled strokes
TARGET_MAX_UNSURE = 0.05  # share of labelled strokes
TARGET_MAX_NEGATIVE_PER_MIN = 1.0  # false strokes per minute of footage without massage

ReviewFn = Callable[..., dict]


@dataclass(frozen=True)
class Tally:
    """Stroke counts that add up across clips; the rates are derived from them.

    n_predicted: the strokes the coach reported, less those it marked "unsure" that match
        no labelled stroke (an unsure leg is found-but-misjudged when it matches, and never a
        false stroke when it does not).
    n_unsure: all strokes reported "unsure". n_reversed_said / n_reversed_wrong: strokes
        reported "reversed", and those of them that were not a labelled reversed stroke.
    returns_counted_as_strokes: false strokes lying on a labelled return; returns_swallowed:
        labelled returns half covered by a found stroke (the stroke ran on into the return).
    negative_s, negative_false: seconds of clips without massage (only near-face gestures)
        and the strokes reported in them.
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
    n_unsure: int
    n_reversed_said: int
    n_reversed_wrong: int
    returns_counted_as_strokes: int
    returns_swallowed: int
    negative_s: float
    negative_false: int
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
    def unsure_share(self) -> float:
        return self.n_unsure / self.n_labelled if self.n_labelled else 0.0

    @property
    def wrong_reversed_share(self) -> float:
        """How often "reversed" was said of a stroke that was not reversed, per labelled stroke."""
        return self.n_reversed_wrong / self.n_labelled if self.n_labelled else 0.0

    @property
    def reversed_precision(self) -> float:
        said = self.n_reversed_said
        return (said - self.n_reversed_wrong) / said if said else 1.0

    @property
    def returns_as_strokes(self) -> int:
        return self.returns_counted_as_strokes + self.returns_swallowed

    @property
    def negative_false_per_min(self) -> float:
        return 60.0 * self.negative_false / self.negative_s if self.negative_s else 0.0

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
    """One clip's score; the time lists, (t_start_s, t_end_s), are for debugging.
    conditions: the clip's condition tags (e.g. "yaw:35", "fps:15", "negative")."""

    name: str
    held_out: bool
    conditions: tuple[str, ...]
    unmatched_predicted: tuple[tuple[float, float], ...]
    missed_labelled: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class OverallScore:
    """Each group of clips judged on its own (strokes pooled within the group), and per
    condition tag within each group."""

    n_clips: int
    tuning_clips: Tally
    held_out_clips: Tally
    tuning_by_condition: dict[str, Tally]
    held_out_by_condition: dict[str, Tally]


_COUNT_DICT_FIELDS = ("rep_count_error_by_zone", "verdict_confusion")


def _times(intervals: list[dict]) -> tuple[tuple[float, float], ...]:
    return tuple(sorted((i["t_start_s"], i["t_end_s"]) for i in intervals))


def _zone_count_error(predicted: list[dict], labelled: list[dict]) -> dict[str, int]:
    """Per zone, |predicted - labelled| stroke count, in protocol zone order."""
    found, truth = Counter(s["zone"] for s in predicted), Counter(s["zone"] for s in labelled)
    zones = sorted(found | truth, key=lambda z: (ZONES.index(z) if z in ZONES else len(ZONES), z))
    return {zone: abs(found[zone] - truth[zone]) for zone in zones}


def _mostly_on(stroke: dict, intervals: list[dict]) -> bool:
    """True when one of the intervals covers at least half of the predicted stroke."""
    return any(covers_half(overlap_s(stroke, i), duration_s(stroke)) for i in intervals)


def _swallowed(returns: list[dict], found: list[dict]) -> int:
    """Labelled returns of which a found stroke of the same hand covers at least half."""
    return sum(any(s.get("hand", r.get("hand")) == r.get("hand")
                   and covers_half(overlap_s(s, r), duration_s(r)) for s in found)
               for r in returns)


def _clip_duration_s(labels: dict) -> float:
    return float(labels.get("duration_s") or max((i["t_end_s"] for i in labels["intervals"]), default=0.0))


def score_clip(labels: dict, review: dict) -> ClipScore:
    """Score one review (`docs/formats.md` review JSON) against the clip's labels."""
    predicted, intervals = review["strokes"], labels["intervals"]
    matches = match_strokes(predicted, intervals)
    pairs = [(predicted[p], intervals[lab]) for p, lab in matches]
    matched_p, matched_l = {p for p, _ in matches}, {lab for _, lab in matches}
    unmatched = [s for i, s in enumerate(predicted) if i not in matched_p and s["verdict"] != "unsure"]
    labelled = [i for i in intervals if i["kind"] == "stroke"]
    missed = [s for j, s in enumerate(intervals) if s["kind"] == "stroke" and j not in matched_l]
    returns = [i for i in intervals if i["kind"] == "return"]
    negative = not labelled and any(i["kind"] == "near_face" for i in intervals)
    said_reversed = [p for p, _ in pairs if p["verdict"] == "reversed"] + \
        [s for s in unmatched if s["verdict"] == "reversed"]
    return ClipScore(
        n_labelled=len(labelled), n_predicted=len(pairs) + len(unmatched), n_matched=len(pairs),
        n_zone_side_correct=sum(p["zone"] == lab["zone"] and p["side"] == lab["side"]
                                for p, lab in pairs),
        n_verdict_correct=sum(p["verdict"] == lab["verdict"] for p, lab in pairs),
        n_unsure=sum(s["verdict"] == "unsure" for s in predicted),
        n_reversed_said=len(said_reversed),
        n_reversed_wrong=len(said_reversed) - sum(p["verdict"] == lab["verdict"] == "reversed"
                                                  for p, lab in pairs),
        returns_counted_as_strokes=sum(_mostly_on(s, returns) for s in unmatched),
        returns_swallowed=_swallowed(returns, [p for p, _ in pairs]),
        negative_s=_clip_duration_s(labels) if negative else 0.0,
        negative_false=len(predicted) if negative else 0,
        rep_count_error_by_zone=_zone_count_error(predicted, labelled),
        verdict_confusion=dict(Counter((lab["verdict"], p["verdict"]) for p, lab in pairs)),
        name=Path(labels["video"]).stem, held_out=labels["held_out"],
        conditions=tuple(labels.get("conditions", ())),
        unmatched_predicted=_times(unmatched), missed_labelled=_times(missed),
    )


def pool(tallies: list[Tally]) -> Tally:
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


def _by_condition(scores: list[ClipScore]) -> dict[str, Tally]:
    tags = sorted({tag for s in scores for tag in s.conditions})
    return {tag: pool([s for s in scores if tag in s.conditions]) for tag in tags}


def aggregate(scores: list[ClipScore]) -> OverallScore:
    """Judge the tuning and the held-out clips each on their own."""
    tuning = [s for s in scores if not s.held_out]
    held_out = [s for s in scores if s.held_out]
    return OverallScore(n_clips=len(scores), tuning_clips=pool(tuning), held_out_clips=pool(held_out),
                        tuning_by_condition=_by_condition(tuning),
                        held_out_by_condition=_by_condition(held_out))


def meets_targets(group: Tally) -> list[str]:
    """The targets one group of clips misses, as sentences (empty when all are met)."""
    checks = [
        (group.f1 >= TARGET_F1,
         f"stroke F1 is {group.f1:.3f}, the target is at least {TARGET_F1:.2f}"),
        (group.zone_side_accuracy >= TARGET_ZONE_SIDE_ACCURACY,
         f"zone and side are right for {group.zone_side_accuracy:.1%} of found strokes, "
         f"the target is at least {TARGET_ZONE_SIDE_ACCURACY:.0%}"),
        (group.verdict_accuracy >= TARGET_VERDICT_ACCURACY,
         f"the verdict is right for {group.verdict_accuracy:.1%} of found strokes, "
         f"the target is at least {TARGET_VERDICT_ACCURACY:.0%}"),
        (group.returns_as_strokes == 0,
         f"{group.returns_as_strokes} return movement(s) were counted as strokes "
         f"({group.returns_swallowed} of them inside a found stroke), the target is none"),
        (group.wrong_reversed_share < TARGET_MAX_WRONG_REVERSED,
         f"\"reversed\" was said of {group.n_reversed_wrong} stroke(s) that were not reversed "
         f"({group.wrong_reversed_share:.1%} of strokes), the target is under {TARGET_MAX_WRONG_REVERSED:.0%}"),
        (group.unsure_share < TARGET_MAX_UNSURE,
         f"\"unsure\" on {group.unsure_share:.1%} of strokes, the target is under {TARGET_MAX_UNSURE:.0%}"),
        (group.negative_false_per_min < TARGET_MAX_NEGATIVE_PER_MIN,
         f"{group.negative_false_per_min:.1f} false strokes per minute without massage, "
         f"the target is under {TARGET_MAX_NEGATIVE_PER_MIN:g}"),
    ]
    return [sentence for met, sentence in checks if not met]


def evaluate_directory(directory: str | Path, review_fn: ReviewFn,
                       tuning_only: bool = False) -> tuple[list[ClipScore], OverallScore]:
    """Review and score every `*.labels.json` clip in a directory and its subdirectories
    (with `tuning_only`, not the held-out ones: tuning tools must never look at them).

    review_fn(video_path: Path, profile=str, mirror=bool) returns a review dict. All
    videos are checked before any review runs; a missing one raises ValueError.
    """
    directory = Path(directory)
    clips = [(path, labels) for path, labels in labelled_clips(directory)
             if not (tuning_only and labels["held_out"])]
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
