"""Teaching: each zone's stroke animated from the profile, the legend, the labelled map."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from feedback.practice import PracticeGoal
from feedback.protocol import load_profile
from feedback.verdicts import VERDICTS
from tests.app.pages import run_page
from tests.app.test_live_pages import isolated, slot_with, texts  # noqa: F401 (autouse: no webcam, own storage)
from tests.factories import repetitions, stream
from tests.runs.test_live import RIGHT_CHEEK, feed
from ui.common import VERDICT_COLOURS, VERDICT_LABELS
from ui.teaching import legend_html, zone_directions_text
from ui.zone_demo import FPS, PHASES, demo_frames, demo_gif

DRAINAGE = load_profile("drainage")


def test_the_demo_is_a_looping_animation_of_the_profiles_stroke():
    gif = Image.open(io.BytesIO(demo_gif(DRAINAGE, "cheek")))
    assert gif.format == "GIF" and gif.is_animated and gif.info.get("loop") == 0
    total_ms = 0
    for i in range(gif.n_frames):  # identical frames in a row are merged into one
        gif.seek(i)
        total_ms += gif.info["duration"]
    assert abs(total_ms - sum(n for _, n in PHASES) * 1000 / FPS) < 50


def test_a_changed_direction_gets_its_own_demo():
    own = DRAINAGE.with_zone("cheek", direction="up")
    stroke = sum(n for _, n in PHASES[:2]) - 1  # the last frame of the stroke
    assert not np.array_equal(demo_frames(DRAINAGE, "cheek")[stroke], demo_frames(own, "cheek")[stroke])


def test_the_demo_moves():
    frames = demo_frames(DRAINAGE, "chin")
    assert not np.array_equal(frames[0], frames[len(frames) // 2])


def test_the_legend_names_every_verdict_in_its_colour():
    html = legend_html()
    for verdict in VERDICTS:
        assert VERDICT_LABELS[verdict] in html and VERDICT_COLOURS[verdict] in html


def test_the_zone_names_are_given_as_text():
    text = zone_directions_text(load_profile("lifting"))
    assert text.startswith("Forehead: upward · Temple: upward") and "Neck: upward" in text


def test_live_page_shows_the_legend_and_the_named_map_before_the_camera_starts():
    at = run_page("live.py")
    text = texts(at)
    assert "Trail colours" in text and "judged when your next movement begins" in text
    assert "Under-eye: outward" in text and len(at.get("image")) == 1  # the map
    at.toggle(key="live_demo").set_value(True).run()
    at.selectbox(key="live_demo_zone").set_value("chin").run()
    images = {i.proto.imgs[0].caption: i.proto.imgs[0].url for i in at.get("image")}
    demo = [url for caption, url in images.items() if caption.startswith("How to stroke the chin")]
    assert len(images) == 2 and demo[0].endswith(".gif")  # still animated


def test_a_practice_session_keeps_its_zone_and_goal():
    frames = stream({"right": repetitions(*RIGHT_CHEEK, n=2)})
    slot, _ = slot_with(frames)
    slot.kind = "practice"
    coach = slot.coach_for(DRAINAGE, False, "both", playing=False)
    coach.set_goal(PracticeGoal("cheek", "right", 5))
    saved = []

    def save(review, row_id=None):  # the history: kept while it goes on, and at the end
        saved.append(review)
        return 1

    slot.update(True, save)
    feed(coach, len(frames))
    slot.update(False, save)
    assert saved and all(r["practice"] == {"zone": "cheek", "side": "right", "target": 5} for r in saved)
    assert slot.review["practice"] == saved[-1]["practice"]
