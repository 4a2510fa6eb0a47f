"""Scoring a review (predicted strokes) against a clip's ground-truth labels.

Formats: `docs/formats.md`. A predicted stroke and a labelled stroke may match when they
overlap in time by at least half of the shorter one. The matching is one-to-one and
optimal: most matches first, then most pairs on the same side, same zone, same hand, then
the largest total overlap. Only `load_labels` and `evaluate_directory` touch files.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Callable

from feedback.protocol import ZONES

KINDS = ("approach", "stroke", "return", "leave", "pause")
SIDES = ("left", "right")
VERDICTS = ("good", "reversed", "off_path", "too_fast")
MIN_OVERLAP_OF_SHORTER = 0.5  # share of the shorter stroke's duration that must overlap
_TIME_TOLERANCE_S = 1e-9  # float slack so an overlap of exactly half still counts

TARGET_F1 = 0.95
TARGET_ZONE_SIDE_ACCURACY = 0.95
TARGET_VERDICT_ACCURACY = 0.95

ReviewFn = Callable[..., dict]


def load_labels(path: str | Path) -> dict:
    """Read a `*.labels.json` file; ValueError naming the file and field if malformed."""
    path = Path(path)
    try:
        labels = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: cannot read labels: {error}") from error
    for key, kind in (("video", str), ("profile", str), ("mirrored", bool),
                      ("held_out", bool), ("intervals", list)):
        if not isinstance(labels.get(key), kind):
            raise ValueError(f"{path}: '{key}' must be a {kind.__name__}")
    for index, interval in enumerate(labels["intervals"]):
        problem = _interval_problem(interval)
        if problem:
            raise ValueError(f"{path}: interval {index}: {problem}")
    return labels


def _interval_problem(interval) -> str | None:
    """Why a labelled interval is malformed, or None when it is fine."""
    if not isinstance(interval, dict):
        return "must be an object"
    start, end = interval.get("t_start_s"), interval.get("t_end_s")
    if not all(isinstance(t, (int, float)) for t in (start, end)):
        return "t_start_s and t_end_s must be numbers"
    if interval.get("kind") not in KINDS:
        return f"kind {interval.get('kind')!r} is not one of {KINDS}"
    if interval["kind"] != "stroke":
        return None if end >= start else "t_end_s is before t_start_s"
    if end <= start:
        return "a stroke must end after it starts"
    for key, valid in (("zone", ZONES), ("side", SIDES), ("verdict", VERDICTS)):
        if interval.get(key) not in valid:
            return f"stroke {key} {interval.get(key)!r} is not one of {valid}"
    return None


def overlap_s(a: dict, b: dict) -> float:
    """Seconds during which two intervals overlap (0 when disjoint)."""
    return max(0.0, min(a["t_end_s"], b["t_end_s"]) - max(a["t_start_s"], b["t_start_s"]))


def _duration_s(interval: dict) -> float:
    return interval["t_end_s"] - interval["t_start_s"]


def _covers_half(shared_s: float, duration_s: float) -> bool:
    """True when an overlap of shared_s is at least half of duration_s (and not empty)."""
    return shared_s > 0 and shared_s + _TIME_TOLERANCE_S >= MIN_OVERLAP_OF_SHORTER * duration_s


def can_match(predicted: dict, labelled: dict) -> bool:
    """True when the two overlap by at least half of the shorter one's duration."""
    shorter_s = min(_duration_s(predicted), _duration_s(labelled))
    return _covers_half(overlap_s(predicted, labelled), shorter_s)


def _pair_tiers(predicted: dict, labelled: dict) -> tuple[int, ...]:
    """Preference of one candidate pair, most important first: a match, then agreements."""
    agree = [int(predicted.get(key) == labelled.get(key)) for key in ("side", "zone", "hand")]
    return (1, *agree, round(overlap_s(predicted, labelled) * 1e6))


def _pair_weights(tiers: dict[tuple[int, int], tuple[int, ...]]) -> dict[tuple[int, int], int]:
    """Integer weights whose totals over any matching compare like the summed tiers.

    Each tier's radix exceeds the largest total that tier can reach, so the total weight
    is a mixed-radix number whose digits are the tier totals (exact, no float slack).
    """
    n_tiers = len(next(iter(tiers.values()), ()))
    radices = [sum(t[k] for t in tiers.values()) + 1 for k in range(n_tiers)]
    place = [1] * n_tiers
    for k in range(n_tiers - 2, -1, -1):
        place[k] = place[k + 1] * radices[k + 1]
    return {pair: sum(d * p for d, p in zip(t, place)) for pair, t in tiers.items()}


def _components(pairs: list[tuple[int, int]]) -> list[tuple[list[int], list[int]]]:
    """Connected groups (predicted indices, labelled indices) of the candidate graph."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node):
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for p, lab in pairs:
        parent[root(("p", p))] = root(("l", lab))
    groups: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
    for node in sorted(parent):
        rows, cols = groups.setdefault(root(node), ([], []))
        (rows if node[0] == "p" else cols).append(node[1])
    return list(groups.values())


def _max_weight_assignment(weight: list[list[int]]) -> list[tuple[int, int]]:
    """Hungarian algorithm: the (row, col) pairs of a full assignment of greatest weight."""
    n_rows, n_cols = len(weight), len(weight[0])
    if n_rows > n_cols:  # the algorithm below needs rows <= cols
        return [(r, c) for c, r in _max_weight_assignment([list(col) for col in zip(*weight)])]
    u, v = [0] * (n_rows + 1), [0] * (n_cols + 1)
    row_of, way = [0] * (n_cols + 1), [0] * (n_cols + 1)  # 1-based; column 0 is virtual
    for row in range(1, n_rows + 1):
        row_of[0], col0 = row, 0
        min_slack, used = [float("inf")] * (n_cols + 1), [False] * (n_cols + 1)
        while row_of[col0]:
            used[col0], r0, delta, col1 = True, row_of[col0], float("inf"), 0
            for col in range(1, n_cols + 1):
                if not used[col]:
                    slack = -weight[r0 - 1][col - 1] - u[r0] - v[col]
                    if slack < min_slack[col]:
                        min_slack[col], way[col] = slack, col0
                    if min_slack[col] < delta:
                        delta, col1 = min_slack[col], col
            for col in range(n_cols + 1):
                if used[col]:
                    u[row_of[col]], v[col] = u[row_of[col]] + delta, v[col] - delta
                else:
                    min_slack[col] -= delta
            col0 = col1
        while col0:
            row_of[col0], col0 = row_of[way[col0]], way[col0]
    return [(row_of[col] - 1, col - 1) for col in range(1, n_cols + 1) if row_of[col]]


def _stroke_key(stroke: dict) -> tuple:
    """A total order on strokes so the matching ignores the order they are listed in."""
    return (stroke["t_start_s"], stroke["t_end_s"],
            *(str(stroke.get(k, "")) for k in ("side", "zone", "hand", "verdict")))


def match_strokes(predicted: list[dict], labelled: list[dict]) -> list[tuple[int, int]]:
    """Optimal one-to-one (predicted index, labelled index) pairs, sorted.

    Only labelled intervals of kind "stroke" take part (indices refer to `labelled`).
    """
    order = sorted(range(len(predicted)), key=lambda i: _stroke_key(predicted[i]))
    strokes = [j for j, interval in enumerate(labelled) if interval.get("kind") == "stroke"]
    tiers = {(p, lab): _pair_tiers(predicted[order[p]], labelled[lab])
             for p in range(len(order)) for lab in strokes
             if can_match(predicted[order[p]], labelled[lab])}
    weights = _pair_weights(tiers)
    matches = []
    for rows, cols in _components(list(tiers)):
        grid = [[weights.get((r, c), 0) for c in cols] for r in rows]
        matches += [(order[rows[r]], cols[c])
                    for r, c in _max_weight_assignment(grid) if grid[r][c]]  # 0: no candidate
    return sorted(matches)


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
    return any(_covers_half(overlap_s(stroke, r), _duration_s(stroke)) for r in returns)


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


def _rate(value: float, n_matched: int) -> str:
    """A percentage over matched strokes, or "-" when no stroke matched."""
    return f"{value:6.1%}" if n_matched else "     -"


def _table_row(name: str, mark: str, tally: Tally, width: int) -> str:
    return (f"{name:<{width}} {mark:^8} {tally.n_labelled:>8} {tally.n_predicted:>5} "
            f"{tally.precision:6.3f} {tally.recall:6.3f} {tally.f1:6.3f} "
            f"{_rate(tally.zone_side_accuracy, tally.n_matched):>9} "
            f"{_rate(tally.verdict_accuracy, tally.n_matched):>7} "
            f"{tally.rep_count_error_total:>7} {tally.returns_counted_as_strokes:>7}")


def format_table(scores: list[ClipScore], overall: OverallScore) -> str:
    """A fixed-width text table: one row per clip, then tuning, held-out and overall."""
    width = max([len(s.name) for s in scores] + [len("held-out")])
    header = (f"{'clip':<{width}} {'held-out':^8} {'labelled':>8} {'found':>5} "
              f"{'P':>6} {'R':>6} {'F1':>6} {'zone+side':>9} {'verdict':>7} "
              f"{'rep err':>7} {'returns':>7}")
    rule = "-" * len(header)
    rows = [_table_row(s.name, "*" if s.held_out else "", s, width) for s in scores]
    totals = [_table_row("tuning", "", overall.tuning_clips, width),
              _table_row("held-out", "*", overall.held_out_clips, width),
              _table_row("overall", "", overall, width)]
    return "\n".join([header, rule, *rows, rule, *totals])


def _tally_json(tally: Tally) -> dict:
    confusion: dict[str, dict[str, int]] = {}
    for (labelled, predicted), count in tally.verdict_confusion.items():
        confusion.setdefault(labelled, {})[predicted] = count
    return {
        "n_labelled": tally.n_labelled, "n_predicted": tally.n_predicted,
        "n_matched": tally.n_matched, "precision": tally.precision, "recall": tally.recall,
        "f1": tally.f1, "zone_side_accuracy": tally.zone_side_accuracy,
        "verdict_accuracy": tally.verdict_accuracy,
        "rep_count_error_by_zone": dict(tally.rep_count_error_by_zone),
        "rep_count_error_total": tally.rep_count_error_total,
        "rep_count_error_mean": tally.rep_count_error_mean,
        "returns_counted_as_strokes": tally.returns_counted_as_strokes,
        "verdict_confusion": confusion,
    }


def to_json_dict(scores: list[ClipScore], overall: OverallScore) -> dict:
    """The table's figures (and more) as a JSON-ready dict."""
    clips = [{"name": s.name, "held_out": s.held_out, **_tally_json(s),
              "unmatched_predicted": [list(t) for t in s.unmatched_predicted],
              "missed_labelled": [list(t) for t in s.missed_labelled]} for s in scores]
    return {
        "clips": clips,
        "tuning": _tally_json(overall.tuning_clips),
        "held_out": _tally_json(overall.held_out_clips),
        "overall": {"n_clips": overall.n_clips, **_tally_json(overall)},
        "failed_targets": meets_targets(overall),
    }


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
