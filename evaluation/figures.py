"""The scores as people and tools read them: fixed-width tables, a Markdown report and JSON.

Each group of clips (tuning, held out) is shown and judged on its own: a figure pooled
over both would let the tuning clips carry the held-out ones.
"""

from __future__ import annotations

from evaluation.scoring import ClipScore, OverallScore, Tally, meets_targets
from feedback.verdicts import VERDICTS

_COLUMNS = ("labelled", "found", "P", "R", "F1", "zone+side", "verdict", "unsure", "rev wrong",
            "returns", "neg/min")


def _rate(value: float, n: int) -> str:
    """A percentage, or "-" when there was nothing to count."""
    return f"{value:.1%}" if n else "-"


def _cells(tally: Tally) -> tuple[str, ...]:
    return (str(tally.n_labelled), str(tally.n_predicted), f"{tally.precision:.3f}",
            f"{tally.recall:.3f}", f"{tally.f1:.3f}", _rate(tally.zone_side_accuracy, tally.n_matched),
            _rate(tally.verdict_accuracy, tally.n_matched), _rate(tally.unsure_share, tally.n_labelled),
            str(tally.n_reversed_wrong), str(tally.returns_as_strokes),
            f"{tally.negative_false_per_min:.1f}" if tally.negative_s else "-")


def _rows(scores: list[ClipScore], overall: OverallScore) -> list[tuple[str, tuple[str, ...]]]:
    """(name, cells) per clip, tuning clips first, each group followed by its total."""
    rows = []
    for held_out, name, total in ((False, "TUNING", overall.tuning_clips),
                                  (True, "HELD OUT", overall.held_out_clips)):
        group = [s for s in scores if s.held_out == held_out]
        rows += [(s.name, _cells(s)) for s in group]
        if group:
            rows.append((f"= {name} ({len(group)} clip{'s' if len(group) > 1 else ''})", _cells(total)))
    return rows


def _by_condition_rows(by_condition: dict[str, Tally]) -> list[tuple[str, tuple[str, ...]]]:
    return [(tag, _cells(tally)) for tag, tally in by_condition.items()]


def _fixed_width(rows: list[tuple[str, tuple[str, ...]]], first: str) -> str:
    width = max([len(first)] + [len(name) for name, _ in rows])
    sizes = [max(len(c), 6) for c in _COLUMNS]
    line = lambda name, cells: f"{name:<{width}} " + " ".join(f"{c:>{n}}" for c, n in zip(cells, sizes))  # noqa: E731
    header = line(first, _COLUMNS)
    return "\n".join([header, "-" * len(header)] + [line(name, cells) for name, cells in rows])


def format_table(scores: list[ClipScore], overall: OverallScore) -> str:
    """Text tables: one row per clip with each group's total, then per condition."""
    parts = [_fixed_width(_rows(scores, overall), "clip")]
    for title, by_condition in (("tuning", overall.tuning_by_condition),
                                ("held out", overall.held_out_by_condition)):
        if by_condition:
            parts.append(_fixed_width(_by_condition_rows(by_condition), f"condition ({title})"))
    return "\n\n".join(parts)


def _markdown_table(rows: list[tuple[str, tuple[str, ...]]], first: str) -> list[str]:
    lines = [f"| {first} | " + " | ".join(_COLUMNS) + " |", "|---" * (len(_COLUMNS) + 1) + "|"]
    return lines + [f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows]


def _confusion_markdown(tally: Tally) -> list[str]:
    """Labelled verdicts as rows, said verdicts as columns."""
    labelled = [v for v in VERDICTS if any(k[0] == v for k in tally.verdict_confusion)]
    lines = ["| labelled \\ said | " + " | ".join(VERDICTS) + " |", "|---" * (len(VERDICTS) + 1) + "|"]
    for row in labelled:
        lines.append(f"| {row} | " + " | ".join(str(tally.verdict_confusion.get((row, col), 0))
                                               for col in VERDICTS) + " |")
    return lines


def format_markdown(scores: list[ClipScore], overall: OverallScore, command: str) -> str:
    """The whole report as Markdown (docs/accuracy.md)."""
    lines = ["# Accuracy of the coach on the sample videos", "",
             f"Made by `{command}`; do not edit by hand.", "",
             "Columns: strokes labelled and found; precision, recall, F1 of stroke detection; "
             "zone+side and verdict accuracy on found strokes; `unsure`: strokes the coach could not "
             "tell from a return, per labelled stroke; `rev wrong`: \"reversed\" said of a stroke that "
             "was not reversed; `returns`: lift-and-returns counted as strokes (alone, or inside a "
             "found stroke); `neg/min`: false strokes per minute on clips without massage.", ""]
    for title, tally in (("Held-out clips (never used to decide anything)", overall.held_out_clips),
                         ("Tuning clips", overall.tuning_clips)):
        failed = meets_targets(tally)
        verdict = "all targets met" if not failed else "targets missed: " + "; ".join(failed)
        if not (tally.n_labelled or tally.negative_s):
            verdict = "no clips in this group"
        lines += [f"## {title}", "", f"**{verdict}.**", ""]
    lines += ["## Per clip", ""] + _markdown_table(_rows(scores, overall), "clip") + [""]
    for title, by_condition in (("held out", overall.held_out_by_condition),
                                ("tuning", overall.tuning_by_condition)):
        if by_condition:
            lines += [f"## Per condition ({title})", ""]
            lines += _markdown_table(_by_condition_rows(by_condition), "condition") + [""]
    for title, tally in (("held out", overall.held_out_clips), ("tuning", overall.tuning_clips)):
        lines += [f"## Verdicts of found strokes ({title})", ""] + _confusion_markdown(tally) + [
            "", f"\"reversed\" said {tally.n_reversed_said} times, right {tally.reversed_precision:.1%}"
                f" of them.", ""]
    return "\n".join(lines)


def _tally_json(tally: Tally) -> dict:
    confusion: dict[str, dict[str, int]] = {}
    for (labelled, predicted), count in tally.verdict_confusion.items():
        confusion.setdefault(labelled, {})[predicted] = count
    return {
        "n_labelled": tally.n_labelled, "n_predicted": tally.n_predicted,
        "n_matched": tally.n_matched, "precision": tally.precision, "recall": tally.recall,
        "f1": tally.f1, "zone_side_accuracy": tally.zone_side_accuracy,
        "verdict_accuracy": tally.verdict_accuracy,
        "n_unsure": tally.n_unsure, "unsure_share": tally.unsure_share,
        "n_reversed_said": tally.n_reversed_said, "n_reversed_wrong": tally.n_reversed_wrong,
        "reversed_precision": tally.reversed_precision,
        "returns_counted_as_strokes": tally.returns_counted_as_strokes,
        "returns_swallowed": tally.returns_swallowed,
        "negative_s": tally.negative_s, "negative_false": tally.negative_false,
        "negative_false_per_min": tally.negative_false_per_min,
        "rep_count_error_by_zone": dict(tally.rep_count_error_by_zone),
        "rep_count_error_total": tally.rep_count_error_total,
        "rep_count_error_mean": tally.rep_count_error_mean,
        "verdict_confusion": confusion,
    }


def to_json_dict(scores: list[ClipScore], overall: OverallScore) -> dict:
    """The tables' figures (and more) as a JSON-ready dict. `failed_targets` are the
    held-out group's: the group that decides."""
    clips = [{"name": s.name, "held_out": s.held_out, "conditions": list(s.conditions), **_tally_json(s),
              "unmatched_predicted": [list(t) for t in s.unmatched_predicted],
              "missed_labelled": [list(t) for t in s.missed_labelled]} for s in scores]
    return {
        "clips": clips,
        "tuning": _tally_json(overall.tuning_clips),
        "held_out": _tally_json(overall.held_out_clips),
        "tuning_by_condition": {k: _tally_json(v) for k, v in overall.tuning_by_condition.items()},
        "held_out_by_condition": {k: _tally_json(v) for k, v in overall.held_out_by_condition.items()},
        "failed_targets": meets_targets(overall.held_out_clips),
        "tuning_failed_targets": meets_targets(overall.tuning_clips),
    }
