"""The scores as people and tools read them: a fixed-width table and a JSON dict."""

from __future__ import annotations

from evaluation.scoring import ClipScore, OverallScore, Tally, meets_targets


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
