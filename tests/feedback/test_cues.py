"""Session cues: the practised zone first, counts that read naturally."""

from feedback.cues import count_phrase, session_cues
from feedback.protocol import load_profile
from feedback.summary import ZoneTally

DRAINAGE = load_profile("drainage")


def test_counts_read_naturally():
    assert count_phrase(1, 1, "reversed") == "the one stroke was reversed"
    assert count_phrase(3, 3, "too fast") == "all 3 strokes were too fast"
    assert count_phrase(1, 4, "off path") == "1 of 4 strokes was off path"
    assert count_phrase(2, 5, "reversed") == "2 of 5 strokes were reversed"


def test_the_practised_zone_is_spoken_about_first():
    tallies = [ZoneTally("forehead", "left", good=0, reversed=5),  # worse, but not practised
               ZoneTally("cheek", "right", good=3, off_path=1)]
    assert session_cues(tallies, DRAINAGE)[0].startswith("Left forehead")
    focused = session_cues(tallies, DRAINAGE, focus="cheek")
    assert focused[0] == "Right cheek: 1 of 4 strokes was off path; keep to the path, outward."
    assert focused[1] == "Right cheek: 3 of 7 good strokes; do a few more."
    assert focused[2].startswith("Left forehead")
