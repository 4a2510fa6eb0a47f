"""Which predicted stroke is which labelled stroke.

A predicted stroke and a labelled stroke may match when they overlap in time by at least
half of the shorter one. The matching is one-to-one and optimal: most matches first, then
most pairs on the same side, same zone, same hand, then the largest total overlap.
"""

from __future__ import annotations

MIN_OVERLAP_OF_SHORTER = 0.5  # share of the shorter stroke's duration that must overlap
_TIME_TOLERANCE_S = 1e-9  # float slack so an overlap of exactly half still counts


def overlap_s(a: dict, b: dict) -> float:
    """Seconds during which two intervals overlap (0 when disjoint)."""
    return max(0.0, min(a["t_end_s"], b["t_end_s"]) - max(a["t_start_s"], b["t_start_s"]))


def duration_s(interval: dict) -> float:
    return interval["t_end_s"] - interval["t_start_s"]


def covers_half(shared_s: float, duration_s: float) -> bool:
    """True when an overlap of shared_s is at least half of duration_s (and not empty)."""
    return shared_s > 0 and shared_s + _TIME_TOLERANCE_S >= MIN_OVERLAP_OF_SHORTER * duration_s


def can_match(predicted: dict, labelled: dict) -> bool:
    """True when the two overlap by at least half of the shorter one's duration."""
    shorter_s = min(duration_s(predicted), duration_s(labelled))
    return covers_half(overlap_s(predicted, labelled), shorter_s)


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
