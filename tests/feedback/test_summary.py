"""A session in numbers, and the cues a person hears after it."""

import numpy as np
import pytest

from feedback.cues import place_name, session_cues, stroke_cue
from feedback.protocol import load_profile
from feedback.stroke import Stroke
from feedback.summary import ZoneTally, summarize, tally_zones
from feedback.verdicts import JudgedStroke

DRAINAGE = load_profile("drainage")


def judged(zone, side, verdict, t_start_s=0.0, duration_s=1.0, length_fw=0.25, hand=None):
    t_s = np.linspace(t_start_s, t_start_s + duration_s, 11)
    path = np.column_stack([np.linspace(0, length_fw, 11), np.zeros(11)])
    return JudgedStroke(Stroke(hand or side, t_s, path), zone, side, verdict, 0.0)


def test_tally_zones_counts_per_zone_and_side_in_protocol_order():
    strokes = [judged("neck", "right", "good"), judged("forehead", "left", "reversed"),
               judged("neck", "right", "too_fast"), judged("neck", "left", "good"),
               judged("forehead", "left", "good"), judged("neck", "right", "good")]
    assert tally_zones(strokes) == [
        ZoneTally("forehead", "left", good=1, reversed=1),  # ZONES order: forehead ... neck
        ZoneTally("neck", "left", good=1),
        ZoneTally("neck", "right", good=2, too_fast=1),
    ]


def test_tally_of_nothing_is_empty():
    assert tally_zones([]) == []


def test_zone_tally_total_and_dict():
    tally = ZoneTally("cheek", "left", good=5, reversed=1, off_path=2, too_fast=3)
    assert tally.total == 11
    assert tally.to_dict() == {"zone": "cheek", "side": "left", "good": 5, "reversed": 1, "off_path": 2,
                               "too_fast": 3, "unsure": 0}


def test_summarize_by_hand():
    strokes = [judged("cheek", "left", "good", 0.0, 1.0), judged("cheek", "left", "good", 2.0, 1.0),
               judged("cheek", "right", "reversed", 4.0, 2.0), judged("neck", "right", "good", 8.5, 0.5)]
    summary = summarize(strokes, DRAINAGE)
    assert summary.n_strokes == 4
    assert summary.percent_good == pytest.approx(75.0)
    assert summary.median_duration_s == pytest.approx(1.0)  # of 1, 1, 2, 0.5
    assert summary.strokes_per_min == pytest.approx(60 * 4 / 9.0)  # 4 strokes from 0 s to 9 s
    assert summary.balance_left_share == pytest.approx(0.5)
    assert [(t.zone, t.side) for t in summary.tallies] == [("cheek", "left"), ("cheek", "right"), ("neck", "right")]


def test_summarize_an_empty_session():
    summary = summarize([], DRAINAGE)
    assert (summary.n_strokes, summary.percent_good, summary.median_duration_s, summary.strokes_per_min,
            summary.balance_left_share, summary.tallies, summary.cues) == (0, 0.0, 0.0, 0.0, 0.5, (), ())


def test_summarize_one_stroke_and_one_sided_balance():
    summary = summarize([judged("chin", "right", "good", 3.0, 0.5)], DRAINAGE)
    assert summary.strokes_per_min == pytest.approx(120.0)
    assert summary.balance_left_share == 0.0


def test_summarize_times_the_strokes_on_the_skin_not_their_lift_off():
    whole = judged("cheek", "right", "good", 0.0, 1.5).stroke
    on_skin = Stroke("right", whole.t_s[:8], whole.path_fw[:8])  # the fingers left at 1.05 s
    summary = summarize([JudgedStroke(whole, "cheek", "right", "good", 0.0, on_skin)], DRAINAGE)
    assert summary.median_duration_s == pytest.approx(on_skin.duration_s)


@pytest.mark.parametrize("verdict, cue", [
    ("good", "Good, 3 of 7 on the right cheek."),
    ("too_fast", "Slower on the right cheek: about one second per stroke."),
    ("reversed", "Other way on the right cheek: stroke outward."),
    ("off_path", "Stay on the path on the right cheek: outward."),
])
def test_stroke_cues(verdict, cue):
    assert stroke_cue(judged("cheek", "right", verdict), DRAINAGE, good_so_far=3) == cue


def test_stroke_cue_names_the_profile_direction():
    lifting = load_profile("lifting")
    assert stroke_cue(judged("neck", "left", "reversed"), DRAINAGE, 0).endswith("stroke downward.")
    assert stroke_cue(judged("neck", "left", "reversed"), lifting, 0).endswith("stroke upward.")
    assert place_name("under_eye", "left") == "left under-eye"


def test_session_cues_lead_with_the_worst_fault():
    tallies = [ZoneTally("forehead", "left", good=6, off_path=1),
               ZoneTally("neck", "right", good=1, reversed=4, too_fast=1),
               ZoneTally("cheek", "left", good=7)]
    cues = session_cues(tallies, DRAINAGE)
    assert cues[0] == "Right neck: 4 of 6 strokes were reversed; stroke downward."  # worst zone, worst fault
    assert cues[1] == "Left forehead: 1 of 7 strokes was off path; keep to the path, outward."
    assert "Right neck: 1 of 10 good strokes; do a few more." in cues
    assert not any("cheek" in cue for cue in cues)  # nothing to say about a zone done well


def test_session_cues_too_fast_advice_and_limit():
    tallies = [ZoneTally(z, "left", too_fast=2) for z in ("forehead", "temple", "nose", "cheek", "chin")]
    cues = session_cues(tallies, DRAINAGE)
    assert len(cues) == 4
    assert cues[0].endswith("all 2 strokes were too fast; slow down to about one second per stroke.")


def test_session_cues_praise_a_clean_session_and_say_nothing_for_none():
    assert session_cues([ZoneTally("cheek", "left", good=7)], DRAINAGE) == [
        "Well done: every zone you worked was stroked the right way."]
    assert session_cues([], DRAINAGE) == []


def test_summary_cues_come_from_its_strokes():
    strokes = [judged("temple", "left", "reversed", t) for t in range(3)]
    [cue] = summarize(strokes, DRAINAGE).cues
    assert cue == "Left temple: all 3 strokes were reversed; stroke downward."
