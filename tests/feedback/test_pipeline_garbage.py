"""The whole coach fed random landmark streams: it never raises and never invents tiny strokes."""

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.config import CoachConfig
from feedback.protocol import load_profile
from feedback.verdicts import VERDICTS
from feedback.view import SessionView
from tests.factories import IMAGE_WH, Pose, face_points_px, hand_points_px
from vision.landmarks import SIDES, FrameLandmarks, Hand

CONFIG = CoachConfig()


@st.composite
def frames(draw):
    """A stream with missing faces and hands, jumps, odd sizes and irregular frame times."""
    n = draw(st.integers(1, 120))
    gaps_s = draw(st.lists(st.floats(0.001, 0.5), min_size=n, max_size=n))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    t_s, stream = 0.0, []
    for gap_s in gaps_s:
        t_s += gap_s
        face = None
        if rng.random() < 0.8:
            pose = Pose(tuple(rng.uniform([0, 0], IMAGE_WH)), rng.uniform(-40, 40), rng.uniform(5, 600))
            face = face_points_px(pose, rng, noise_px=rng.uniform(0, 20))
        hands = []
        for side in SIDES:
            if rng.random() < 0.6:
                points = hand_points_px(rng.uniform([-100, -100], [740, 580]), rng.uniform(1, 300),
                                        rng.uniform(-180, 180), mirror=side == "left")
                hands.append(Hand(points, side, float(rng.random()), depth_px=rng.normal(0, 20, 21)))
        stream.append(FrameLandmarks(t_s, IMAGE_WH, face, tuple(hands), n_faces=int(rng.integers(0, 3)),
                                     mean_luma=float(rng.uniform(0, 255))))
    return stream


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=frames())
def test_random_streams_never_raise_nor_give_short_strokes(stream):
    session = SessionView(load_profile("drainage"), CONFIG)
    for frame in stream:
        state = session.step(frame)
        assert isinstance(state.status, str)
    strokes, warnings = session.finish()
    for judged in strokes:
        assert judged.stroke.duration_s >= CONFIG.min_duration_s
        assert np.linalg.norm(judged.stroke.travel_fw) >= CONFIG.min_travel_fw
        assert judged.verdict in VERDICTS
    assert all(w.message for w in warnings)
