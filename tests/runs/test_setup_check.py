"""CameraSetup: the set-up check between the frame callback and the coach."""

from __future__ import annotations

import numpy as np

from feedback.setup_check import CHECKS
from runs.live import LiveCoach
from runs.setup_check import CameraSetup, draw_checklist
from tests.factories import Pose, face_points_px, repetitions, stream
from tests.runs.test_live import DRAINAGE, RIGHT_CHEEK, FakeTracker
from vision.landmarks import FrameLandmarks

FRAME = np.full((480, 640, 3), 150, np.uint8)


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def setup_with(frames, mirror_display=False):
    clock = Clock()
    coach = LiveCoach(DRAINAGE, tracker=FakeTracker(frames), mirror_display=mirror_display, clock=clock)
    return CameraSetup(lambda: coach, clock=clock), coach, clock


def run(setup, clock, n, fps=30.0):
    out = None
    for _ in range(n):
        out = setup.process(FRAME, clock.now)
        clock.now += 1 / fps
    return out


def test_frames_are_checked_until_every_check_held_then_coached():
    frames = stream({"right": repetitions(*RIGHT_CHEEK, n=2)}, pose=Pose((320.0, 215.0)))
    setup, coach, clock = setup_with(frames)
    out = run(setup, clock, 10)
    snap = setup.snapshot()
    assert snap.frames == 10 and not snap.passed and coach.snapshot().frames == 0
    assert [r.code for r in snap.results] == list(CHECKS)
    assert not np.array_equal(out, FRAME)  # the checklist is drawn
    # The synthetic face has no depth: "facing" stays unknown, so only going on anyway helps.
    run(setup, clock, 60)
    assert not setup.snapshot().passed
    setup.skip()
    assert setup.snapshot().passed and setup.snapshot().skipped
    run(setup, clock, 5)
    assert coach.snapshot().frames == 5
    setup.reset()
    assert setup.snapshot() == type(setup.snapshot())()


def test_a_good_set_up_starts_the_session_by_itself():
    from tests.feedback.test_setup_check import face

    landmarks = face()
    setup, coach, clock = setup_with([landmarks] * 200)
    checked = 0
    while not setup.snapshot().passed:
        run(setup, clock, 1)
        checked += 1
    # The frame rate is known after a second, then every check must hold for a second.
    assert 58 <= checked <= 64 and not setup.snapshot().skipped
    assert coach.snapshot().frames == 0
    run(setup, clock, 3)
    assert coach.snapshot().frames == 3


def test_the_checklist_is_drawn_on_the_picture_as_the_person_sees_it():
    face_px = face_points_px(Pose((200.0, 215.0), 0.0, 150.0))
    landmarks = FrameLandmarks(0.0, (640, 480), face_px=face_px)
    from feedback.setup_check import FrameStats, setup_checks

    results = setup_checks(landmarks, FrameStats(30.0, 30.0, 30.0))  # too dark
    plain = draw_checklist(FRAME, face_px, results, mirror_display=False)
    mirrored = draw_checklist(FRAME, face_px, results, mirror_display=True)
    assert plain.shape == FRAME.shape and not np.array_equal(plain, mirrored)
    red = np.all(plain == (230, 60, 50), axis=-1)
    assert red[:, :300].any()  # the face's box, red, on the left as not mirrored
    assert np.all(mirrored == (230, 60, 50), axis=-1)[:, 340:].any()
    assert (plain[-20:] < 150).any()  # the advice band along the bottom
