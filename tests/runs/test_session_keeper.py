"""SessionKeeper: a webcam session kept while it goes on and ended when its frames stop,
driven by a fake clock and a fake tracker (no browser, no Streamlit)."""

import logging
import time

import av
import numpy as np
import pytest

from runs.live import FAIL_AT_FRAME_ENV, LiveCoach, make_video_frame_callback
from runs.session_keeper import COACH_ERROR, LEFT_PAGE, NO_FRAMES, RUNNING, STOPPED, SessionKeeper
from tests.factories import repetitions, stream
from tests.runs.test_live import DRAINAGE, RIGHT_CHEEK, TINY, FakeTracker


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


class Rows:
    """A fake history: `store(review, row_id) -> id`, one dict entry per row."""

    def __init__(self):
        self.rows, self.writes = {}, 0

    def __call__(self, review, row_id):
        self.writes += 1
        row_id = row_id or len(self.rows) + 1
        self.rows[row_id] = review
        return row_id


@pytest.fixture
def session():
    """(coach, keeper, rows, clock, tracker) for four right-cheek strokes, 30 fps."""
    frames = stream({"right": repetitions(*RIGHT_CHEEK, n=4)})
    tracker = FakeTracker(frames)
    coach = LiveCoach(DRAINAGE, tracker=tracker, owns_tracker=True)
    rows, clock = Rows(), Clock()
    keeper = SessionKeeper(coach, rows, save_every_s=5.0, stall_s=10.0, clock=clock)
    return coach, keeper, rows, clock, tracker


def play(coach, keeper, clock, seconds, start_frame=0):
    """`seconds` of frames at 30 fps, the keeper ticking once a second; the next frame index."""
    frame = start_frame
    for _ in range(round(seconds)):
        for _ in range(30):
            coach.process(TINY, frame / 30)
            frame += 1
        clock.now += 1.0
        assert keeper.tick()
    return frame


def test_the_strokes_judged_so_far_are_written_every_few_seconds_over_one_row(session):
    coach, keeper, rows, clock, _ = session
    n_frames = len(session[4].frames)
    frame = play(coach, keeper, clock, 1)
    assert rows.writes == 0  # no stroke yet: nothing is kept
    frame = play(coach, keeper, clock, n_frames // 30 - 1, frame)
    assert coach.snapshot().n_strokes >= 3
    assert list(rows.rows) == [1] and rows.rows[1]["ended"] == RUNNING
    assert 2 <= rows.writes <= (n_frames // 30) / 5 + 1  # every 5 s, not every tick
    written, judged = rows.rows[1]["strokes"], coach.review_so_far()["strokes"]
    assert written and written == judged[:len(written)]  # what was judged, in order
    writes = rows.writes
    clock.now += 6.0
    assert keeper.tick() and rows.writes == writes  # no new frame: nothing new to write


def test_a_stream_that_stops_sending_frames_is_ended_and_kept_with_all_its_strokes(session):
    coach, keeper, rows, clock, tracker = session
    play(coach, keeper, clock, len(tracker.frames) // 30)
    clock.now += 9.0
    assert keeper.tick() and keeper.ended is None  # a pause shorter than the stall
    clock.now += 1.0
    assert not keeper.tick()
    assert keeper.ended == NO_FRAMES and list(rows.rows) == [1]
    final = rows.rows[1]
    assert final["ended"] == NO_FRAMES and len(final["strokes"]) == 4
    assert coach.finished and tracker.closed  # the tracker is released with the session
    assert keeper.end(STOPPED) is keeper.review and keeper.review["ended"] == NO_FRAMES  # once
    assert not keeper.tick()


def test_a_session_without_strokes_is_not_kept(session):
    coach, keeper, rows, clock, tracker = session
    for i in range(20):
        coach.process(TINY, i / 30)
    assert keeper.tick()  # frames seen
    clock.now += 10.0
    assert not keeper.tick()
    assert keeper.ended == NO_FRAMES and rows.writes == 0 and keeper.row_id is None
    assert keeper.review["strokes"] == [] and tracker.closed


def test_stop_ends_the_session_over_the_same_row(session):
    coach, keeper, rows, clock, tracker = session
    play(coach, keeper, clock, len(tracker.frames) // 30)
    row = keeper.row_id
    review = keeper.end(STOPPED)
    assert keeper.row_id == row and rows.rows[row] == review and review["ended"] == STOPPED
    assert len(review["strokes"]) == 4 and not keeper.tick()


def test_a_stream_without_any_frame_is_given_up_without_keeping_anything():
    coach = LiveCoach(DRAINAGE, tracker=FakeTracker([]), owns_tracker=True)
    clock, rows = Clock(), Rows()
    keeper = SessionKeeper(coach, rows, stall_s=1.0, first_frame_s=60.0, clock=clock)
    clock.now += 59.0
    assert keeper.tick()  # the camera may take its time to start
    clock.now += 1.0
    assert not keeper.tick() and keeper.ended == NO_FRAMES and rows.writes == 0


def test_a_failed_coach_ends_the_session_with_what_was_judged_before(session):
    coach, keeper, rows, clock, tracker = session
    play(coach, keeper, clock, len(tracker.frames) // 30)
    coach.fail(RuntimeError("boom"))
    assert coach.snapshot().error == "RuntimeError: boom"
    assert coach.process(TINY, 99.0) is TINY  # frames pass through from now on
    assert not keeper.tick()
    assert keeper.ended == COACH_ERROR and rows.rows[1]["ended"] == COACH_ERROR
    assert len(rows.rows[1]["strokes"]) >= 3


def test_a_history_that_fails_is_reported_not_raised(session):
    coach, _, _, clock, tracker = session

    def broken(review, row_id):
        raise OSError("disk full")

    keeper = SessionKeeper(coach, broken, clock=clock)
    play(coach, keeper, clock, len(tracker.frames) // 30)
    assert keeper.save_error == "disk full"
    assert keeper.end(LEFT_PAGE)["ended"] == LEFT_PAGE and keeper.save_error == "disk full"


def test_the_thread_ends_a_session_whose_frames_stopped_by_itself(session):
    """The tab was closed: nobody calls the keeper, its own thread ends the session."""
    coach, _, _, _, tracker = session
    rows = Rows()
    keeper = SessionKeeper(coach, rows, save_every_s=0.0, stall_s=0.3, tick_s=0.05)
    keeper.start()
    for i in range(len(tracker.frames)):
        coach.process(TINY, i / 30)
    deadline = time.monotonic() + 10
    while keeper.ended is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert keeper.ended == NO_FRAMES and rows.rows[keeper.row_id]["ended"] == NO_FRAMES
    assert len(rows.rows[keeper.row_id]["strokes"]) == 4 and tracker.closed
    keeper._thread.join(timeout=5)
    assert not keeper._thread.is_alive()


def test_a_failure_in_the_frame_callback_is_logged_and_shown(session, monkeypatch, caplog):
    coach, *_ = session
    monkeypatch.setenv(FAIL_AT_FRAME_ENV, "3")
    callback = make_video_frame_callback(coach)
    frames = [av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24") for _ in range(5)]
    with caplog.at_level(logging.ERROR, logger="runs.live"):
        outputs = [callback(frame) for frame in frames]
    assert coach.snapshot().frames == 2 and "injected" in coach.snapshot().error
    assert outputs[2] is frames[2] and outputs[4] is frames[4]  # passed through, not coached
    failures = [r for r in caplog.records if r.name == "runs.live"]
    assert len(failures) == 1 and failures[0].exc_info is not None  # once, with the traceback


def test_without_the_test_variable_the_callback_never_fails(session, monkeypatch):
    coach, *_ = session
    monkeypatch.delenv(FAIL_AT_FRAME_ENV, raising=False)
    callback = make_video_frame_callback(coach)
    for _ in range(5):
        callback(av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24"))
    assert coach.snapshot().frames == 5 and not coach.snapshot().error
