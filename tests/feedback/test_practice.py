"""Practice goals and the guided routine, on hand-written good-stroke counts."""

import pytest

from feedback.practice import PracticeGoal, Routine, goal_cue
from feedback.protocol import ROUTINE_ORDER, load_profile
from vision.landmarks import SIDES

DRAINAGE = load_profile("drainage")


@pytest.mark.parametrize("side, counts, expected", [
    ("left", {}, (0, 7, False)),
    ("left", {("cheek", "left"): 3, ("cheek", "right"): 9}, (3, 7, False)),
    ("left", {("cheek", "left"): 7}, (7, 7, True)),
    ("right", {("cheek", "left"): 7, ("cheek", "right"): 2}, (2, 7, False)),
    # both sides: each side counts up to the target, extra on one side does not help
    ("both", {("cheek", "left"): 12, ("cheek", "right"): 3}, (10, 14, False)),
    ("both", {("cheek", "left"): 7, ("cheek", "right"): 7}, (14, 14, True)),
    # another zone's strokes never count
    ("both", {("jawline", "left"): 7, ("jawline", "right"): 7}, (0, 14, False)),
])
def test_goal_progress(side, counts, expected):
    assert PracticeGoal("cheek", side, 7).progress(counts) == expected


def test_goal_counts_from_its_baseline_and_labels_per_side():
    before = {("cheek", "left"): 4, ("cheek", "right"): 1}
    goal = PracticeGoal.starting_now("cheek", "both", 7, before)
    assert goal.baseline == (4, 1)
    now = {("cheek", "left"): 7, ("cheek", "right"): 3}
    assert goal.side_counts(now) == {"left": 3, "right": 2}
    assert goal.label(now) == "cheek L: 3 of 7, R: 2 of 7"
    assert PracticeGoal("under_eye", "right", 5).label({("under_eye", "right"): 2}) == "under-eye R: 2 of 5"
    assert PracticeGoal("cheek", "left", 3).label({("cheek", "left"): 5}) == "cheek L: 5 (target 3)"


def test_goal_carries_progress_into_a_new_stream():
    goal = PracticeGoal.starting_now("neck", "left", 10, {("neck", "left"): 2})
    carried = goal.carried_over({("neck", "left"): 6})  # 4 done, then the camera stopped
    assert carried.progress({}) == (4, 10, False)
    assert carried.progress({("neck", "left"): 6}) == (10, 10, True)


@pytest.mark.parametrize("kwargs", [dict(zone="ear", side="left", target=7),
                                    dict(zone="cheek", side="up", target=7),
                                    dict(zone="cheek", side="left", target=0)])
def test_goal_rejects_bad_values(kwargs):
    with pytest.raises(ValueError):
        PracticeGoal(**kwargs)


def test_routine_steps_follow_the_protocol_order_with_profile_reps():
    routine = Routine(DRAINAGE)
    assert [s.zone for s in routine.steps] == list(ROUTINE_ORDER)
    assert len(routine.steps) == 9
    assert [s.target for s in routine.steps][:3] == [10, 7, 7]  # neck has 10 reps in drainage
    assert routine.current_step.zone == "neck"
    assert routine.describe({}) == "Step 1 of 9: neck — left 0 of 10, right 0 of 10 good"


def test_routine_advances_only_when_both_sides_reach_the_target():
    routine = Routine(DRAINAGE)
    counts = {("neck", "left"): 10, ("neck", "right"): 9}
    assert not routine.advance_if_done(counts)
    assert routine.current_step.zone == "neck"
    assert routine.progress_fraction(counts) == pytest.approx((19 / 20) / 9)
    counts[("neck", "right")] = 10
    assert routine.advance_if_done(counts)
    assert routine.current_step.zone == "chin"
    assert routine.progress_fraction(counts) == pytest.approx(1 / 9)
    assert routine.results[0].left == 10 and not routine.results[0].skipped


def test_routine_counts_only_strokes_made_during_the_current_step():
    # The neck comes twice: the last step must not reuse the first step's strokes.
    routine = Routine(DRAINAGE)
    counts = {}
    for zone in ROUTINE_ORDER[:-1]:
        reps = DRAINAGE.rule(zone).reps
        for side in SIDES:
            counts[(zone, side)] = counts.get((zone, side), 0) + reps
        assert routine.advance_if_done(counts)
    assert routine.current_step.number == 9 and routine.current_step.zone == "neck"
    assert routine.step_counts(counts) == {"left": 0, "right": 0}
    assert not routine.advance_if_done(counts)
    counts[("neck", "left")] += 10
    counts[("neck", "right")] += 10
    assert routine.advance_if_done(counts)
    assert routine.is_finished and routine.progress_fraction() == 1.0
    assert routine.current_goal is None


def test_skip_moves_on_and_is_remembered_in_the_summary():
    routine = Routine(DRAINAGE)
    routine.skip({("neck", "left"): 3})
    assert routine.current_step.zone == "chin"
    assert routine.results[0].skipped and routine.results[0].left == 3
    for _ in range(8):
        routine.skip({})
    assert routine.is_finished
    routine.skip({})  # skipping a finished routine does nothing
    summary = routine.summary()
    assert (summary.n_steps, summary.n_completed, summary.n_skipped, summary.total_good) == (9, 0, 9, 3)
    assert summary.lines[0] == "Step 1, neck: left 3 of 10, right 0 of 10 (skipped)"
    assert routine.describe({}) == "Routine finished: 9 of 9 steps"


def test_routine_keeps_step_progress_across_camera_streams():
    routine = Routine(DRAINAGE)
    routine.new_stream({("neck", "left"): 4, ("neck", "right"): 6})
    fresh = {("neck", "left"): 6, ("neck", "right"): 4}  # the new stream counts from zero
    assert routine.step_counts(fresh) == {"left": 10, "right": 10}
    assert routine.advance_if_done(fresh)
    assert routine.step_counts(fresh) == {"left": 0, "right": 0}


def test_goal_cue_counts_toward_the_goal_and_points_out_other_zones():
    goal = PracticeGoal.starting_now("cheek", "right", 3, {("cheek", "right"): 2})
    counts = {("cheek", "right"): 3}
    assert goal_cue("Good, 3 of 7 on the right cheek.", "cheek", "right", "good", goal, counts) == \
        "Good! 1 of 3 on the right cheek."
    fault = "Other way on the right cheek: stroke outward."
    assert goal_cue(fault, "cheek", "right", "reversed", goal, counts) == fault
    assert goal_cue("Good, 1 of 7 on the left cheek.", "cheek", "left", "good", goal, counts) == \
        "That was the left cheek: the goal is the cheek, the right side."
    both = PracticeGoal("neck", "both", 10)
    assert goal_cue("x", "under_eye", "left", "good", both, counts) == \
        "That was the left under-eye: the goal is the neck, either side."
