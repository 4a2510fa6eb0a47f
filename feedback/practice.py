"""Practice goals and the guided routine: pure bookkeeping over good-stroke counts.

Counts come in as the live session's cumulative good strokes per (zone, side), e.g.
`{("cheek", "left"): 3}`. A goal remembers the counts at the moment it was set
(`baseline`), so only strokes made since then count toward it; progress from an earlier
camera stream can be carried over (`carried`) when the counts start again from zero.
No Streamlit here: the pages only display what these objects say.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from feedback.cues import ZONE_NAMES
from feedback.protocol import ROUTINE_ORDER, ZONES, Profile
from vision.landmarks import SIDES

GOAL_SIDES = ("both", *SIDES)

GoodCounts = Mapping[tuple[str, str], int]

def count_text(n: int, target: int) -> str:
    """"3 of 7" on the way; "9 (target 7)" past the target, rather than "9 of 7"."""
    return f"{n} of {target}" if n <= target else f"{n} (target {target})"


def _pair(values: tuple[int, int] | list[int]) -> tuple[int, int]:
    left, right = (int(v) for v in values)
    return (left, right)


@dataclass(frozen=True)
class PracticeGoal:
    """`target` good strokes in `zone` on `side` ("left", "right" or "both": each side).

    baseline: the session's good counts (left, right) in this zone when the goal was set.
    carried: good strokes (left, right) already made toward this goal in earlier streams.
    """

    zone: str
    side: str
    target: int
    baseline: tuple[int, int] = (0, 0)
    carried: tuple[int, int] = (0, 0)

    def __post_init__(self) -> None:
        if self.zone not in ZONES:
            raise ValueError(f"unknown zone {self.zone!r}; valid zones: {', '.join(ZONES)}")
        if self.side not in GOAL_SIDES:
            raise ValueError(f"side must be one of {GOAL_SIDES}, got {self.side!r}")
        if int(self.target) < 1:
            raise ValueError(f"target must be at least 1, got {self.target!r}")
        object.__setattr__(self, "target", int(self.target))
        object.__setattr__(self, "baseline", _pair(self.baseline))
        object.__setattr__(self, "carried", _pair(self.carried))

    @classmethod
    def starting_now(cls, zone: str, side: str, target: int,
                     good_counts: GoodCounts | None = None) -> PracticeGoal:
        """A goal that counts only the strokes made after `good_counts`."""
        counts = good_counts or {}
        return cls(zone, side, target, baseline=(counts.get((zone, "left"), 0), counts.get((zone, "right"), 0)))

    @property
    def sides(self) -> tuple[str, ...]:
        return SIDES if self.side == "both" else (self.side,)

    def side_counts(self, good_counts: GoodCounts) -> dict[str, int]:
        """Good strokes toward this goal per side (only the goal's sides)."""
        counts = {}
        for i, side in enumerate(SIDES):
            now = good_counts.get((self.zone, side), 0)
            counts[side] = self.carried[i] + max(0, now - self.baseline[i])
        return {side: counts[side] for side in self.sides}

    def progress(self, good_counts: GoodCounts) -> tuple[int, int, bool]:
        """(done, target, is_done) over the goal's sides; extra strokes on one side do not
        make up for a missing one (each side counts up to `target`)."""
        counts = self.side_counts(good_counts)
        done = sum(min(n, self.target) for n in counts.values())
        total = self.target * len(self.sides)
        return done, total, done >= total

    def label(self, good_counts: GoodCounts) -> str:
        """E.g. "cheek L: 3 of 7" or "cheek L: 3 of 7, R: 2 of 7"."""
        counts = self.side_counts(good_counts)
        parts = [f"{side[0].upper()}: {count_text(n, self.target)}" for side, n in counts.items()]
        return f"{ZONE_NAMES[self.zone]} " + ", ".join(parts)

    def carried_over(self, good_counts: GoodCounts) -> PracticeGoal:
        """The same goal for a new stream whose counts start again from zero."""
        counts = self.side_counts(good_counts)
        carried = tuple(counts.get(side, self.carried[i]) for i, side in enumerate(SIDES))
        return replace(self, baseline=(0, 0), carried=carried)


def goal_cue(cue: str, zone: str, side: str, verdict: str, goal: PracticeGoal, good_counts: GoodCounts) -> str:
    """The cue after a stroke (`zone`, `side`, `verdict`) when working toward `goal`.

    The session's cue counts toward the profile's reps; with a goal, a good stroke counts
    toward the goal instead, and a stroke elsewhere is pointed out."""
    if zone != goal.zone or side not in goal.sides:
        where = "either side" if goal.side == "both" else f"the {goal.side} side"
        return f"That was the {side} {ZONE_NAMES[zone]}: the goal is the {ZONE_NAMES[goal.zone]}, {where}."
    if verdict == "good":
        done = count_text(goal.side_counts(good_counts)[side], goal.target)
        return f"Good! {done} on the {side} {ZONE_NAMES[zone]}."
    return cue


@dataclass(frozen=True)
class RoutineStep:
    number: int  # 1-based
    zone: str
    target: int  # good strokes per side


@dataclass(frozen=True)
class StepResult:
    step: RoutineStep
    left: int
    right: int
    skipped: bool

    @property
    def complete(self) -> bool:
        return not self.skipped


@dataclass(frozen=True)
class RoutineSummary:
    steps: tuple[StepResult, ...]
    n_steps: int
    n_completed: int
    n_skipped: int
    total_good: int

    @property
    def lines(self) -> list[str]:
        out = []
        for result in self.steps:
            name = ZONE_NAMES[result.step.zone]
            mark = "skipped" if result.skipped else "done"
            out.append(f"Step {result.step.number}, {name}: left {result.left} of {result.step.target}, "
                       f"right {result.right} of {result.step.target} ({mark})")
        return out


class Routine:
    """The guided routine: each zone of `order` on both sides, `reps` good strokes a side.

    Feed it the live session's cumulative good counts; a step's strokes count from the
    moment the step started.
    """

    def __init__(self, profile: Profile, order: tuple[str, ...] = ROUTINE_ORDER,
                 good_counts: GoodCounts | None = None):
        self.profile = profile
        self.steps = tuple(RoutineStep(i + 1, zone, profile.rule(zone).reps) for i, zone in enumerate(order))
        self.results: list[StepResult] = []
        self._goal: PracticeGoal | None = None
        self._start_step(0, good_counts)

    def _start_step(self, index: int, good_counts: GoodCounts | None) -> None:
        self._index = index
        step = self.current_step
        self._goal = (None if step is None
                      else PracticeGoal.starting_now(step.zone, "both", step.target, good_counts))

    @property
    def current_step(self) -> RoutineStep | None:
        return self.steps[self._index] if self._index < len(self.steps) else None

    @property
    def current_goal(self) -> PracticeGoal | None:
        """The goal of the current step (both sides), None once the routine is finished."""
        return self._goal

    @property
    def is_finished(self) -> bool:
        return self._index >= len(self.steps)

    def step_counts(self, good_counts: GoodCounts) -> dict[str, int]:
        return self._goal.side_counts(good_counts) if self._goal else {}

    def _finish_step(self, good_counts: GoodCounts, skipped: bool) -> None:
        counts = self.step_counts(good_counts)
        self.results.append(StepResult(self.current_step, counts["left"], counts["right"], skipped))
        self._start_step(self._index + 1, good_counts)

    def advance_if_done(self, good_counts: GoodCounts) -> bool:
        """Move to the next step when both sides of this one reached the target."""
        if self._goal is None or not self._goal.progress(good_counts)[2]:
            return False
        self._finish_step(good_counts, skipped=False)
        return True

    def skip(self, good_counts: GoodCounts) -> None:
        """Leave the current step unfinished and move on."""
        if self._goal is not None:
            self._finish_step(good_counts, skipped=True)

    def new_stream(self, last_good_counts: GoodCounts) -> None:
        """The camera stopped: keep this step's progress for a stream whose counts restart at 0."""
        if self._goal is not None:
            self._goal = self._goal.carried_over(last_good_counts)

    def progress_fraction(self, good_counts: GoodCounts | None = None) -> float:
        """0..1: finished steps, plus the share of the current one done."""
        if self.is_finished:
            return 1.0
        share = 0.0
        if good_counts is not None and self._goal is not None:
            done, total, _ = self._goal.progress(good_counts)
            share = done / total
        return (self._index + share) / len(self.steps)

    def describe(self, good_counts: GoodCounts) -> str:
        """E.g. "Step 3 of 9: jawline — left 2 of 7, right 0 of 7 good"."""
        step = self.current_step
        if step is None:
            return f"Routine finished: {len(self.steps)} of {len(self.steps)} steps"
        counts = self.step_counts(good_counts)
        return (f"Step {step.number} of {len(self.steps)}: {ZONE_NAMES[step.zone]} — "
                f"left {counts['left']} of {step.target}, right {counts['right']} of {step.target} good")

    def summary(self) -> RoutineSummary:
        results = tuple(self.results)
        return RoutineSummary(
            steps=results, n_steps=len(self.steps),
            n_completed=sum(1 for r in results if r.complete),
            n_skipped=sum(1 for r in results if r.skipped),
            total_good=sum(r.left + r.right for r in results),
        )
