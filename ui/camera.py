"""What the webcam pages (live, practice, routine) share: the camera component's settings
and its start-race workaround, each page's coach across reruns, saving to the history, and
how a `LiveSnapshot` is shown.

No `st.*` calls here: the functions that need the session take `st.session_state` (any
mapping) as an argument, so that they can be tested without a browser.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from functools import cache

import numpy as np

from feedback.cues import ZONE_NAMES
from feedback.overlay import Overlay
from feedback.pipeline import PipelineFrame
from feedback.protocol import Profile
from feedback.view import OverlayState
from feedback.zones import zone_at
from runs.live import LiveCoach, LiveSnapshot
from runs.session_keeper import LEFT_PAGE, STOPPED, SessionKeeper, Store
from storage.history import History, SessionRecord
from vision.face_frame import FaceFrame
from vision.landmarks import FrameLandmarks

log = logging.getLogger(__name__)

SKIN_RGB = (176, 132, 110)  # the zone map's face: a mid skin tone, so the arrows' outline shows
CUE_HINT = "After each stroke, the coach's advice appears here."
STALE_S = 3.0  # no new frame for this long: the page says so
COACH_FAILED = ("The coach stopped working ({error}). Every stroke judged until then is kept in "
                "your history. Press **Stop**, then **Start the camera** again; if it happens "
                "again, reload the page. The details are in the app's log.")
NO_NEW_FRAME = ("No new picture from the camera for {seconds:.0f} s. Check that the camera is "
                "still connected and that no other program uses it, or press **Stop**, then "
                "**Start the camera** again.")
SESSION_ENDED = ("This session has ended (the camera sent no picture for a while); what you did "
                 "is kept in your history. Press **Stop**, then **Start the camera** for a new one.")


def show_cue(slot, cue: str) -> None:
    """The latest cue in large type in a placeholder (`st.empty()`), or a hint before any."""
    if cue:
        slot.markdown(f"### {cue}")
    else:
        slot.caption(CUE_HINT)


def status_view(snapshot: LiveSnapshot, now: float | None = None) -> tuple[str, str]:
    """(kind, text) for the page: kind is "info" (no frame yet), "error" (the coach
    failed), "warning" or "success". now: the coach's clock, to notice a stream that stalled."""
    if snapshot.error:
        return "error", COACH_FAILED.format(error=snapshot.error)
    if snapshot.finished:
        return "warning", SESSION_ENDED
    if snapshot.frames == 0:
        return "info", "Waiting for the camera: press START and allow camera access."
    if now is not None and now - snapshot.processed_at >= STALE_S:
        return "warning", NO_NEW_FRAME.format(seconds=now - snapshot.processed_at)
    if snapshot.status_code:
        return "warning", snapshot.status
    return "success", "Coaching: face and hands in view."


def counter_rows(tallies, profile: Profile) -> list[dict]:
    """Rows of the per-zone counters table: zone, side, good / target, faults."""
    rows = []
    for t in tallies:
        faults = [f"{n} {name}" for n, name in ((t.reversed, "reversed"), (t.off_path, "off path"),
                                                (t.too_fast, "too fast"), (t.unsure, "unsure")) if n]
        rows.append({"zone": ZONE_NAMES[t.zone], "side": t.side,
                     "good / target": f"{t.good} / {profile.rule(t.zone).reps}",
                     "faults": ", ".join(faults) or "none"})
    return rows


def verdict_line(verdicts) -> str:
    """The last few strokes as coloured Streamlit markdown (the overlay's verdict colours),
    e.g. ":green[right cheek: good] · :red[left cheek: reversed]"."""
    colours = {"good": "green", "reversed": "red", "off_path": "orange", "too_fast": "violet",
               "unsure": "gray"}
    return " · ".join(f":{colours[v.verdict]}[{v.side} {ZONE_NAMES[v.zone]}: {v.verdict.replace('_', ' ')}]"
                      for v in verdicts)


def path_diagram(profile: Profile, zone: str | None, mirror_display: bool = False,
                 size_wh: tuple[int, int] = (520, 540)) -> np.ndarray:
    """The zone map on a plain background, every zone named, with every zone's expected
    direction and `zone`'s arrows highlighted: what the live overlay draws on a face."""
    canvas, face = zone_map_canvas(size_wh)
    frame = PipelineFrame(FrameLandmarks.empty(0.0, size_wh), face, (), (), ())
    state = OverlayState(frame, highlight_zone=zone)
    return Overlay(profile, label_zones="all").annotate(canvas, state, mirror_display=mirror_display)


@cache
def zone_map_canvas(size_wh: tuple[int, int], step_px: int = 4) -> tuple[np.ndarray, FaceFrame]:
    """(H, W, 3) a dark picture with the zones filled in a skin tone, and its face frame
    (computed once per size: do not draw on it, `Overlay.annotate` draws on a copy).
    The map spans about -0.5 (hairline) to 1.45 (neck) face widths below the nose bridge."""
    width, height = size_wh
    face = FaceFrame(np.array([width / 2, height * 0.27]), 0.0, width * 0.5)
    xs, ys = np.arange(0, width, step_px) + step_px / 2, np.arange(0, height, step_px) + step_px / 2
    grid = np.stack(np.meshgrid(xs, ys), axis=-1)
    on_face = np.array([[zone_at(p) is not None for p in row] for row in face.to_face(grid)])
    mask = np.repeat(np.repeat(on_face, step_px, axis=0), step_px, axis=1)[:height, :width]
    canvas = np.full((height, width, 3), 40, np.uint8)
    canvas[mask] = SKIN_RGB
    return canvas, face


def practice_record(goal) -> dict:
    """What a practice session was for, kept in its review JSON (docs/formats.md)."""
    return {"zone": goal.zone, "side": goal.side, "target": goal.target}


def good_counts_of(review: dict) -> dict[tuple[str, str], int]:
    """Good strokes per (zone, side) in a review JSON."""
    return {(z["zone"], z["side"]): z["good"] for z in review.get("zones", [])}


def save_to_history(review: dict, kind: str, history: History | None = None,
                    row_id: int | None = None) -> int:
    """Store a webcam session ("live", "practice" or "routine"), as a new row or over row
    `row_id` (the same session saved before, unless it was deleted since); its history id."""
    record = SessionRecord.new(kind, "webcam", review["profile"], review["duration_s"], review)
    if history is None:
        with History() as own:
            return save_to_history(review, kind, own, row_id)
    if row_id is not None and history.update(row_id, record):
        return row_id
    return history.save(record)


class CoachSlot:
    """A page's coach across Streamlit reruns (kept in `st.session_state`, no Streamlit here).

    `coach_for` gives the coach for this run: created once, and replaced between streams
    after a finished session or when the profile or view settings changed (a finished
    coach has closed its tracker: the next one makes its own). `update(playing, save)` is
    called once a run after `webrtc_streamer`: while the stream plays, a `SessionKeeper`
    keeps the session with `save(review, row_id) -> id` (and ends it if the stream dies with
    the page); when a stream that played has stopped, the session is ended and, if it has
    strokes, saved (over the same row).
    """

    def __init__(self, kind: str, factory: Callable[..., LiveCoach] = LiveCoach,
                 keeper_factory: Callable[[LiveCoach, Store], SessionKeeper] = SessionKeeper):
        self.kind = kind
        self.coach: LiveCoach | None = None
        self.keeper: SessionKeeper | None = None  # the current coach's
        self.was_playing = False
        self.review: dict | None = None  # the last finished session
        self.review_goal = None  # the goal the coach had when that session finished
        self.saved_id: int | None = None
        self.save_error: str | None = None
        self._factory = factory
        self._keeper_factory = keeper_factory
        self._ended_coach: LiveCoach | None = None

    def coach_for(self, profile: Profile, mirror_display: bool, hands: str, playing: bool) -> LiveCoach:
        coach = self.coach
        if coach is None:
            self.coach = self._factory(profile, mirror_display=mirror_display, hands=hands)
        elif not playing and not self.was_playing and (  # a stopped stream's coach: after `update`
                coach.finished or (coach.profile, coach.mirror_display, coach.hands)
                != (profile, mirror_display, hands)):
            self.coach = coach.next_session(profile, mirror_display=mirror_display, hands=hands)
        return self.coach

    def update(self, playing: bool, save: Store) -> bool:
        """True when a session ended in this call (its review is in `review`)."""
        if playing:
            self.was_playing = True
            self._keeper(save).start()
            return False
        if not self.was_playing:
            return False
        return self.finish_now(save) is not None

    def _keeper(self, save: Store) -> SessionKeeper:
        if self.keeper is None or self.keeper.coach is not self.coach:
            coach = self.coach
            self.keeper = self._keeper_factory(
                coach, lambda review, row_id: save(self._with_goal(review, coach), row_id))
        return self.keeper

    def _with_goal(self, review: dict, coach: LiveCoach) -> dict:
        """A practice session's review keeps what it was for (its zone and goal)."""
        if self.kind == "practice" and coach.goal is not None:
            return {**review, "practice": practice_record(coach.goal)}
        return review

    def finish_now(self, save: Store, how: str = STOPPED) -> dict | None:
        """End the current session now (the camera stopped, or a routine is complete): its
        review, saved if it has strokes; None if there was nothing to finish (also when the
        keeper ended it already and its review was shown). Until the coach is replaced,
        frames pass through it uncoached."""
        coach = self.coach
        self.was_playing = False
        if coach is None or coach is self._ended_coach:
            return None
        self._ended_coach = coach
        keeper = self._keeper(save)
        review = keeper.end(how)
        if review is None or coach.snapshot().frames == 0:
            return None
        self.review, self.review_goal = self._with_goal(review, coach), coach.goal
        self.saved_id, self.save_error = keeper.row_id, keeper.save_error
        return self.review

    def leave(self) -> None:
        """The page was left: a session going on is ended (kept as ended so), and the
        coach's tracker is released."""
        if self.was_playing and self.keeper is not None:
            self.finish_now(self.keeper.store, LEFT_PAGE)
        if self.coach is not None:
            self.coach.close()

    def restart(self) -> LiveCoach:
        """A fresh session now, even while the camera plays (finish the old one first)."""
        self.coach = self.coach.next_session()
        return self.coach


WEBCAM_SLOTS = {"live_slot": "live", "practice_slot": "practice", "routine_slot": "routine"}


def leave_other_camera_pages(session_state, page_kind: str) -> None:
    """Opening the page `page_kind` (its url path): end the sessions of the other camera
    pages, left while their camera played (their component is gone with their page), and
    release their trackers."""
    for key, kind in WEBCAM_SLOTS.items():
        if kind != page_kind and key in session_state:
            session_state[key].leave()


def webrtc_options() -> dict:
    """The `webrtc_streamer` arguments the camera pages share (docs/live-video-recipe.md)."""
    from streamlit_webrtc import WebRtcMode

    return dict(
        mode=WebRtcMode.SENDRECV,
        rtc_configuration={"iceServers": []},  # loopback needs no STUN server; nothing leaves the computer
        media_stream_constraints={"video": True, "audio": False},
        async_processing=True,  # the newest frame is coached; older ones are dropped, never queued
        video_html_attrs={"autoPlay": True, "controls": False, "muted": True, "style": {"width": "100%"}},
        translations={"start": "Start the camera", "stop": "Stop"},
    )


def keep_stream_through_quick_reruns(session_state, key: str) -> None:
    """Work around streamlit-webrtc's start race and its stale state after a page change;
    call just before `webrtc_streamer(key=key)`.

    1. The start race (docs/live-video-recipe.md): START makes the app rerun several times
       quickly; runs stopped before reaching `webrtc_streamer` make the library believe
       its component was not rendered, and it resets the stream it has just started.
       Forgetting the last rendered run (`_last_rendered_run_count = None`) avoids that.
    2. Leaving the page while the camera plays: the component is remounted on return, its
       worker ends with the connection, but the context still says an answer was sent, so
       the next START never gets one. An answer whose worker is gone is forgotten here.
    3. A worker still alive that answered another offer than the component's (see
       `remember_offer`) belongs to the old component: the context is reset (worker stopped).
    """
    from streamlit_webrtc.component import _reset_context

    context = session_state[key] if key in session_state else None
    if context is None:
        return
    offer = _component_offer(session_state, key)
    worker = context._get_worker()
    known = session_state[_offer_key(key)] if _offer_key(key) in session_state else None
    if worker is None and (context._is_sdp_answer_sent or context._sdp_answer_json is not None):
        log.debug("%s: forgetting the answer of a worker that is gone", key)
        context._sdp_answer_json, context._is_sdp_answer_sent = None, False
    if offer is None:
        return
    if worker is not None and known is not None and known[0] == id(worker) and known[1] != offer:
        log.debug("%s: the living worker answered another offer: resetting", key)
        _reset_context(context)
        return
    context._last_rendered_run_count = None


def remember_offer(session_state, key: str, context) -> None:
    """Note which offer the living worker answered; call just after `webrtc_streamer`."""
    worker = context._get_worker()
    offer = _component_offer(session_state, key)
    if worker is not None and offer is not None:
        session_state[_offer_key(key)] = (id(worker), offer)


def _offer_key(key: str) -> str:
    return f"_{key}_answered_offer"


def _component_offer(session_state, key: str) -> str | None:
    """The SDP offer in the component's current value (its frontend widget), if any."""
    from streamlit_webrtc.component import generate_frontend_component_key

    frontend_key = generate_frontend_component_key(key)
    value = session_state[frontend_key] if frontend_key in session_state else None
    offer = value.get("sdpOffer") if isinstance(value, dict) else None
    return offer.get("sdp") if isinstance(offer, dict) else None


def enable_webrtc_debug_log(env: str = "MASSAGE_COACH_WEBRTC_DEBUG") -> None:
    """With `$MASSAGE_COACH_WEBRTC_DEBUG` set, log streamlit-webrtc's debug lines to stderr
    (e.g. "Context for key=live was not rendered for 1 script runs", the start race)."""
    if not os.environ.get(env):
        return
    for logger in (logging.getLogger("streamlit_webrtc"), log):
        if not any(getattr(h, "_massage_coach", False) for h in logger.handlers):
            handler = logging.StreamHandler()
            handler._massage_coach = True
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
