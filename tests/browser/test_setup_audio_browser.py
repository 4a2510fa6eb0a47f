"""The camera set-up check and the cues you can hear, in headless Chromium.

The browser's audio and speech are stood in for by `AUDIO_FAKES` (an init script): every
note the page plays is in `window.__notes` (its frequency), every utterance it speaks in
`window.__spoken` (text, voice, volume). The fake offers one local voice and one of an
online service; only the local one may be used.
"""

from __future__ import annotations

import json
import re
import time

import pytest

from feedback.audio_cues import SOUNDS, AudioCue
from feedback.protocol import load_profile
from storage.settings import Settings
from tests.browser.conftest import wait_for_idle
from tests.browser.test_live_browser import button, frames_processed, open_page, wait_until
from tests.browser.webcam import sample_y4m, variant_y4m
from ui.audio import player_html

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHEEK_CLIP = "practice_cheek_seven_reps.mp4"
FAULTS_CLIP = "drainage_faults_left_hand.mp4"  # left cheek: good at 2.1 s, reversed at 3.4 s
AUDIO_FAKES = """(() => {
  window.__notes = []; window.__spoken = [];
  const voices = [{name: "Online voice", lang: "en-US", localService: false, default: true},
                  {name: "Local voice", lang: "en-GB", localService: true, default: false}];
  class Utterance { constructor(text) { this.text = text; } }
  const synth = {getVoices: () => window.__voices || voices, cancel() {}, addEventListener() {},
                 speak(u) { window.__spoken.push({text: u.text, voice: u.voice && u.voice.name,
                                                 volume: u.volume}); }};
  Object.defineProperty(window, "speechSynthesis", {value: synth, configurable: true});
  window.SpeechSynthesisUtterance = Utterance;
  class Param { constructor(kind) { this.kind = kind; }
                setValueAtTime(v) { if (this.kind === "frequency") window.__notes.push(v); }
                linearRampToValueAtTime() {} }
  class Node { connect() {} }
  class Oscillator extends Node { constructor() { super(); this.frequency = new Param("frequency"); }
                                  start() {} stop() {} }
  class Gain extends Node { constructor() { super(); this.gain = new Param("gain"); } }
  window.AudioContext = class { constructor() { this.currentTime = 0; this.state = "running";
                                                this.destination = new Node(); }
                                createOscillator() { return new Oscillator(); }
                                createGain() { return new Gain(); } resume() {} };
})();"""


def notes(sound: str) -> list[float]:
    return [hz for hz, _ in SOUNDS[sound]]


def contains_run(played: list[float], wanted: list[float]) -> bool:
    return any(played[i:i + len(wanted)] == wanted for i in range(len(played)))


def heard(page) -> tuple[list[float], list[dict]]:
    return page.evaluate("window.__notes"), page.evaluate("window.__spoken")


# -- the set-up check -------------------------------------------------------------------------

@pytest.mark.parametrize("variant, advice", [
    ("small", "Face big enough: Your face is too small: come closer to the camera."),
    ("dark", "Light on the face: Too dark: add light in front of you."),
])
def test_the_set_up_check_says_what_to_change(app_server, launch_browser, screenshot, variant, advice):
    y4m = variant_y4m(CHEEK_CLIP, variant)
    if y4m is None:
        pytest.skip(f"no sample_videos/{CHEEK_CLIP}")
    page = open_page(launch_browser, app_server, y4m)
    button(page, "start").click()
    page.get_by_role("heading", name="Camera check").wait_for(timeout=30_000)
    assert wait_until(lambda: advice in page.inner_text("body"), 30), page.inner_text("body")[:2000]
    time.sleep(1.5)  # the check must keep failing: the session does not start by itself
    body = page.inner_text("body")
    assert advice in body and "Frames processed" not in body
    assert body.count("come closer") + body.count("Too dark") == 1  # only the item at fault
    screenshot(page, f"setup_check_{variant}")

    page.get_by_role("button", name="Start anyway").click()
    assert wait_until(lambda: (frames_processed(page) or (0,))[0] > 0, 30), "the session did not start"
    assert "Camera check" not in page.inner_text("body")
    button(page, "stop").click()


# -- sounds and speech ------------------------------------------------------------------------

def test_the_practice_page_sounds_each_verdict_and_speaks_the_advice(app_server, launch_browser, screenshot):
    """A good stroke gives its sound, a reversed one its sound and "Other way: ...", the goal
    reached "Done"; all with the local voice, after the set-up check passed by itself."""
    y4m = sample_y4m(FAULTS_CLIP, max_seconds=10)
    if y4m is None:
        pytest.skip(f"no sample_videos/{FAULTS_CLIP}")
    page = launch_browser(y4m)
    page.context.add_init_script(AUDIO_FAKES)
    page.goto(f"{app_server}/practice")
    button(page, "start").wait_for()
    wait_for_idle(page)
    page.get_by_text("My left", exact=True).click()
    wait_for_idle(page)
    target = page.get_by_test_id("stNumberInputField").and_(
        page.get_by_label("Target: good strokes per side", exact=True))
    target.fill("1")
    target.press("Enter")
    wait_for_idle(page)
    page.get_by_text("Your goal: 1 good strokes on your left cheek").wait_for()

    button(page, "start").click()
    page.get_by_role("heading", name="Camera check").wait_for(timeout=30_000)
    assert wait_until(lambda: frames_processed(page), 30), "the set-up check did not pass by itself"
    direction = load_profile("drainage").rule("cheek").direction_label
    other_way = f"Other way: {direction}"

    def all_heard():
        played, spoken = heard(page)
        texts = [s["text"] for s in spoken]
        return (contains_run(played, notes("good")) and contains_run(played, notes("reversed"))
                and "Done" in texts and other_way in texts)

    assert wait_until(all_heard, 60), f"heard {heard(page)}; page:\n{page.inner_text('body')[:1500]}"
    body = page.inner_text("body")
    assert "left cheek: reversed" in body and "Done!" in body
    played, spoken = heard(page)
    assert {s["voice"] for s in spoken} == {"Local voice"} and all(s["volume"] == 0.8 for s in spoken)
    assert len([s for s in spoken if s["text"] == other_way]) == 1  # not again within a few seconds
    screenshot(page, "practice_heard")
    button(page, "stop").click()


def player_page(launch_browser, voices=None):
    """A blank page with a frame for the player, and the audio fakes."""
    page = launch_browser()
    page.set_content("<html><body><iframe id='player'></iframe></body></html>")
    page.evaluate(AUDIO_FAKES)  # the player plays through the page around its frame
    if voices is not None:
        page.evaluate(f"window.__voices = {json.dumps(voices)}")
    return page


def play(page, cues, settings: Settings) -> None:
    """Load the component's page into the frame, as Streamlit's srcdoc does."""
    page.evaluate("html => new Promise(done => { const f = document.getElementById('player'); "
                  "f.onload = done; f.srcdoc = html; })", player_html(tuple(cues), "test", settings))


def test_the_player_plays_each_cue_once_and_only_what_the_settings_allow(launch_browser):
    good, fast = AudioCue(1, 0.0, "good"), AudioCue(2, 1.0, "too_fast", "Slow down")
    page = player_page(launch_browser)
    play(page, [good], Settings())
    play(page, [good, fast], Settings(volume=0.4))  # the frame re-created: cue 1 is not replayed
    played, spoken = heard(page)
    assert played == notes("good") + notes("too_fast")
    assert spoken == [{"text": "Slow down", "voice": "Local voice", "volume": 0.4}]

    quiet = player_page(launch_browser)
    play(quiet, [good, fast], Settings(sound_on=False))
    assert heard(quiet) == ([], [{"text": "Slow down", "voice": "Local voice", "volume": 0.8}])
    silent = player_page(launch_browser)
    play(silent, [good, fast], Settings(speech_on=False))
    assert heard(silent) == (notes("good") + notes("too_fast"), [])


def test_the_player_never_uses_a_voice_of_an_online_service(launch_browser):
    page = player_page(launch_browser, voices=[{"name": "Online voice", "lang": "en-US", "localService": False}])
    play(page, [AudioCue(1, 0.0, "reversed", "Other way: outward")], Settings())
    played, spoken = heard(page)
    assert played == notes("reversed") and spoken == []
    assert re.search(r"localService", player_html((), "k", Settings()))
