"""The webcam pages (live, practice, routine): their helpers in `ui/camera.py`, and the
pages themselves through Streamlit's AppTest, camera not started.

`webrtc_streamer` needs a real session; as docs/live-video-recipe.md says, patching
`get_this_session_info` to None lets AppTest run it. MediaPipe is replaced by a fake
tracker: nothing is tracked before START anyway.
"""

from __future__ import annotations

from dataclasses import replace
from unittest import mock

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from feedback.practice import PracticeGoal
from feedback.protocol import load_profile
from feedback.summary import ZoneTally
from runs.live import LiveCoach, LiveSnapshot
from runs.session_keeper import SessionKeeper
from storage.history import History
from storage.paths import StorageError
from tests.app.pages import run_page, use_storage
from tests.factories import repetitions, stream
from tests.runs.test_live import DRAINAGE, RIGHT_CHEEK, FakeTracker, feed
from ui.camera import (
    CoachSlot,
    counter_rows,
    keep_stream_through_quick_reruns,
    leave_other_camera_pages,
    path_diagram,
    remember_offer,
    save_to_history,
    status_view,
)


class NoTracker:
    def __init__(self, *args, **kwargs):
        pass

    def process(self, rgb, t_s):  # pragma: no cover - no frames without a browser
        raise AssertionError("no frames expected")

    def close(self):
        pass


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    use_storage(tmp_path, monkeypatch)
    with mock.patch("streamlit_webrtc.component.get_this_session_info", return_value=None), \
            mock.patch("vision.tracker.MediaPipeTracker", NoTracker):
        yield


# -- helpers (ui/camera.py) ------------------------------------------------------------

def quiet_keeper(coach, store):
    """A SessionKeeper whose thread never looks before the session ends (no timing in tests;
    tests/runs/test_session_keeper.py drives the ticks)."""
    return SessionKeeper(coach, store, tick_s=3600)


def slot_with(frames):
    tracker = FakeTracker(frames)
    return CoachSlot("live", factory=lambda profile, **kw: LiveCoach(profile, tracker=tracker, **kw),
                     keeper_factory=quiet_keeper), tracker


class Saved(list):
    """A `save(review, row_id) -> id` that keeps what it was given; ids from 41."""

    def __call__(self, review, row_id):
        self.append((review, row_id))
        return row_id or 41


def test_slot_finishes_and_saves_a_stopped_stream_once():
    frames = stream({"right": repetitions(*RIGHT_CHEEK, n=2)})
    slot, tracker = slot_with(frames)
    saved = Saved()
    coach = slot.coach_for(DRAINAGE, True, "both", playing=False)
    assert coach.mirror_display and slot.coach_for(DRAINAGE, True, "both", playing=False) is coach
    assert not slot.update(False, saved)  # never played: nothing to finish
    assert not slot.update(True, saved)
    assert slot.keeper.coach is coach and slot.keeper.ended is None
    feed(coach, len(frames))
    assert slot.update(False, saved)
    assert slot.saved_id == 41 and len(saved) == 1 and len(saved[0][0]["strokes"]) == 2
    assert saved[0][0]["ended"] == "stop" and slot.keeper.ended == "stop" and coach.finished
    assert not slot.update(False, saved) and len(saved) == 1  # saved once
    # The next stream gets a fresh coach with the same tracker.
    fresh = slot.coach_for(DRAINAGE, True, "both", playing=False)
    assert fresh is not coach and fresh.tracker is tracker and fresh.snapshot().frames == 0


def test_slot_does_not_save_a_session_without_strokes_and_reports_save_errors():
    frames = stream({"right": repetitions(*RIGHT_CHEEK, n=1)})
    slot, _ = slot_with(frames[:20])
    coach = slot.coach_for(DRAINAGE, False, "both", playing=False)

    def nothing(review, row_id):
        pytest.fail("an empty session was saved")

    slot.update(True, nothing)
    feed(coach, 20)
    assert slot.update(False, nothing)
    assert slot.review["strokes"] == [] and slot.saved_id is None

    def broken(review, row_id):
        raise StorageError("disk full")

    slot, _ = slot_with(frames)
    coach = slot.coach_for(DRAINAGE, False, "both", playing=False)
    slot.update(True, broken)
    feed(coach, len(frames))
    slot.update(False, broken)
    assert slot.save_error == "disk full" and slot.saved_id is None


def slot_that_played_two_strokes():
    """(slot, its coach, its Saved) after a stream of two good strokes, still playing."""
    frames = stream({"right": repetitions(*RIGHT_CHEEK, n=2)})
    slot, _ = slot_with(frames)
    coach = slot.coach_for(DRAINAGE, False, "both", playing=False)
    saved = Saved()
    slot.update(True, saved)
    feed(coach, len(frames))
    return slot, coach, saved


def test_a_session_the_keeper_ended_is_still_summed_up_when_the_camera_stops():
    """The coach failed (or the frames stopped): the keeper ended the session while the camera
    still played; the run after Stop must show that session, not a fresh coach's."""
    slot, coach, saved = slot_that_played_two_strokes()
    slot.keeper.end("coach_error")
    assert slot.coach_for(DRAINAGE, False, "both", playing=False) is coach  # the run after Stop
    assert slot.update(False, saved) and slot.review["ended"] == "coach_error"
    assert len(slot.review["strokes"]) == 2 and slot.saved_id == 41 and len(saved) == 1
    assert slot.coach_for(DRAINAGE, False, "both", playing=False) is not coach  # the next run


def test_slot_changes_settings_only_between_streams():
    slot, tracker = slot_with(stream({"right": repetitions(*RIGHT_CHEEK, n=1)}))
    coach = slot.coach_for(DRAINAGE, False, "both", playing=False)
    assert slot.coach_for(DRAINAGE, True, "left", playing=True) is coach
    changed = slot.coach_for(load_profile("lifting"), True, "left", playing=False)
    assert changed is not coach and changed.tracker is tracker
    assert (changed.profile.name, changed.mirror_display, changed.hands) == ("lifting", True, "left")


def test_slot_restart_gives_a_fresh_session_while_playing():
    slot, coach, saved = slot_that_played_two_strokes()
    assert slot.finish_now(saved) is not None and len(saved) == 1
    assert slot.coach_for(DRAINAGE, False, "both", playing=True) is coach  # kept while playing
    assert slot.restart() is not coach and slot.coach.snapshot().frames == 0


def test_leaving_a_camera_page_ends_its_session_and_releases_its_tracker():
    frames = stream({"right": repetitions(*RIGHT_CHEEK, n=2)})
    trackers = []

    def coach_factory(profile, **kw):
        trackers.append(FakeTracker(frames))
        return LiveCoach(profile, tracker=trackers[-1], owns_tracker=True, **kw)

    live, idle = (CoachSlot(kind, factory=coach_factory, keeper_factory=quiet_keeper)
                  for kind in ("live", "practice"))
    coach = live.coach_for(DRAINAGE, False, "both", playing=False)
    idle.coach_for(DRAINAGE, False, "both", playing=False)
    saved = Saved()
    live.update(True, saved)
    feed(coach, len(frames))
    state = {"live_slot": live, "practice_slot": idle}
    leave_other_camera_pages(state, "live")  # on the live page: the practice page's tracker goes
    assert live.keeper.ended is None and not trackers[0].closed and trackers[1].closed
    leave_other_camera_pages(state, "history")
    assert live.keeper.ended == "left_page" and saved[-1][0]["ended"] == "left_page"
    assert live.review["ended"] == "left_page" and live.saved_id == 41 and trackers[0].closed
    back = live.coach_for(DRAINAGE, False, "both", playing=False)
    assert back is not coach and not back.finished and back.tracker is not trackers[0]


def two_stroke_review() -> dict:
    frames = stream({"right": repetitions(*RIGHT_CHEEK, n=2)})
    coach = LiveCoach(DRAINAGE, tracker=FakeTracker(frames))
    feed(coach, len(frames))
    return coach.finish()


def test_save_to_history_writes_over_the_same_row_unless_it_was_deleted(tmp_path):
    review = two_stroke_review()
    with History(tmp_path / "h.sqlite3") as history:
        row = save_to_history({**review, "strokes": review["strokes"][:1]}, "live", history)
        assert save_to_history(review, "live", history, row) == row
        assert [r.n_strokes for r in history.list()] == [2]
        history.delete(row)
        assert save_to_history(review, "live", history, row) != row and len(history.list()) == 1


def test_save_to_history_stores_a_webcam_session(tmp_path):
    review = two_stroke_review()
    with History(tmp_path / "h.sqlite3") as history:
        record = history.get(save_to_history(review, "practice", history))
    assert (record.kind, record.source, record.profile, record.n_good) == ("practice", "webcam", "drainage", 2)
    assert record.review == review


def test_what_the_page_shows():
    assert status_view(LiveSnapshot())[0] == "info"
    assert status_view(LiveSnapshot(frames=3)) == ("success", "Coaching: face and hands in view.")
    assert status_view(LiveSnapshot(frames=3, status_code="too_dark", status="Too dark"))[0] == "warning"
    fresh = LiveSnapshot(frames=3, processed_at=50.0)
    assert status_view(fresh, now=52.0)[0] == "success"
    kind, text = status_view(fresh, now=54.2)
    assert kind == "warning" and "No new picture from the camera for 4 s" in text and "Stop" in text
    kind, text = status_view(replace(fresh, error="RuntimeError: boom", finished=True), now=54.2)
    assert kind == "error" and "stopped working (RuntimeError: boom)" in text and "Start the camera" in text
    assert "has ended" in status_view(replace(fresh, finished=True), now=70.0)[1]
    rows = counter_rows([ZoneTally("under_eye", "left", good=2, reversed=1, too_fast=2)], DRAINAGE)
    assert rows == [{"zone": "under-eye", "side": "left", "good / target": "2 / 7",
                     "faults": "1 reversed, 2 too fast"}]


def test_path_diagram_highlights_the_chosen_zone():
    plain = path_diagram(DRAINAGE, None)
    cheek = path_diagram(DRAINAGE, "cheek")
    neck = path_diagram(DRAINAGE, "neck")
    assert plain.shape == (540, 520, 3) and plain.dtype == np.uint8
    assert not np.array_equal(plain, cheek) and not np.array_equal(cheek, neck)
    assert not np.array_equal(path_diagram(DRAINAGE, "cheek", mirror_display=True), cheek)


class FakeContext:
    """What `keep_stream_through_quick_reruns` reads of a WebRtcStreamerContext."""

    def __init__(self, worker=None):
        self.worker = worker
        self._last_rendered_run_count = 7
        self._sdp_answer_json = None
        self._is_sdp_answer_sent = False

    def _get_worker(self):
        return self.worker


class FakeWorker:
    stopped = False

    def stop(self):
        self.stopped = True


def webrtc_state(context, offer_sdp=None):
    from streamlit_webrtc.component import generate_frontend_component_key

    state = {"live": context}
    if offer_sdp is not None:
        state[generate_frontend_component_key("live")] = {"sdpOffer": {"sdp": offer_sdp, "type": "offer"}}
    return state


def test_start_race_workaround_keeps_a_starting_stream():
    # START: an offer and no worker yet, then a worker for that offer, answered.
    state = webrtc_state(FakeContext(), "offer-1")
    keep_stream_through_quick_reruns(state, "live")
    assert state["live"]._last_rendered_run_count is None
    context = state["live"]
    context.worker = worker = FakeWorker()
    context._sdp_answer_json, context._last_rendered_run_count = "answer-1", 8
    keep_stream_through_quick_reruns(state, "live")  # the worker's offer not noted yet
    assert context._last_rendered_run_count is None and context._sdp_answer_json == "answer-1"
    remember_offer(state, "live", context)
    context._is_sdp_answer_sent, context._last_rendered_run_count = True, 9
    keep_stream_through_quick_reruns(state, "live")
    assert context._last_rendered_run_count is None and context._is_sdp_answer_sent
    assert not worker.stopped


def test_after_a_page_change_an_answer_whose_worker_is_gone_is_forgotten():
    context = FakeContext(FakeWorker())
    state = webrtc_state(context, "offer-1")
    remember_offer(state, "live", context)
    context._sdp_answer_json, context._is_sdp_answer_sent = "answer-1", True
    # Back on the page: the old worker ended with its connection; START brings a new offer.
    context.worker = None
    state.update(webrtc_state(context, "offer-2"))
    keep_stream_through_quick_reruns(state, "live")
    assert context._sdp_answer_json is None and not context._is_sdp_answer_sent
    keep_stream_through_quick_reruns({}, "live")  # before the first run: nothing to do


def test_a_living_worker_of_another_offer_is_stopped():
    old = FakeWorker()
    context = FakeContext(old)
    state = webrtc_state(context, "offer-1")
    remember_offer(state, "live", context)
    state.update(webrtc_state(context, "offer-2"))
    with mock.patch("streamlit_webrtc.component._reset_context") as reset:
        keep_stream_through_quick_reruns(state, "live")
    reset.assert_called_once_with(context)
    assert context._last_rendered_run_count == 7


# -- the pages ----------------------------------------------------------------------

def texts(at: AppTest) -> str:
    parts = [e.value for kind in ("markdown", "caption", "title", "info", "success", "warning")
             for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts)


def progress_texts(at: AppTest) -> list[str]:
    return [e.proto.text for e in at.get("progress")]


def test_live_page_renders_with_camera_help():
    at = run_page("live.py")
    assert at.title[0].value == "Live coach"
    text = texts(at)
    assert "allow camera access" in text and "nothing leaves it" in text
    assert "How to start" in text
    slot = at.session_state["live_slot"]
    assert slot.coach is not None and slot.review is None


def test_practice_page_shows_the_target_and_sets_the_goal():
    at = run_page("practice.py")
    assert at.selectbox(key="practice_zone").value == "cheek"
    target = at.number_input(key="practice_target_cheek")
    assert target.value == 7  # the drainage profile's reps
    assert "toward the ear" in texts(at) and "outward" in texts(at)
    assert at.session_state["practice_slot"].coach.goal == PracticeGoal("cheek", "both", 7)
    assert len(at.get("image")) == 1  # the zone map with the cheek arrows

    at.selectbox(key="practice_zone").set_value("neck")
    at.radio(key="practice_side").set_value("left")
    at.run()
    assert at.number_input(key="practice_target_neck").value == 10
    assert at.session_state["practice_slot"].coach.goal == PracticeGoal("neck", "left", 10)
    assert "downward" in texts(at)


def test_routine_page_starts_at_the_neck_and_skip_moves_to_the_chin():
    at = run_page("routine.py")
    assert progress_texts(at) == ["Step 1 of 9: neck — left 0 of 10, right 0 of 10 good"]
    assert at.session_state["routine_slot"].coach.goal == PracticeGoal("neck", "both", 10)
    at.button[0].click().run()
    assert progress_texts(at) == ["Step 2 of 9: chin — left 0 of 7, right 0 of 7 good"]
    assert at.session_state["routine_slot"].coach.goal.zone == "chin"
    assert "under the jaw" in texts(at) or "underside of the jaw" in texts(at)


def test_routine_start_over_goes_back_to_step_one():
    at = run_page("routine.py")
    at.button[0].click().run()
    at.button[0].click().run()
    assert progress_texts(at)[0].startswith("Step 3 of 9: jawline")
    at.button[1].click().run()
    assert progress_texts(at)[0].startswith("Step 1 of 9: neck")
