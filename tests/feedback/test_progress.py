"""Each zone's share of good strokes, session by session."""

from feedback.progress import ZoneProgress, zone_progress
from tests.app.test_history_page import review_json


def test_sides_are_added_up_per_zone_in_protocol_order_and_sessions_keep_their_number():
    monday = review_json({("cheek", "left"): ["good", "reversed"], ("cheek", "right"): ["good", "good"],
                          ("neck", "left"): ["too_fast"]}, "monday.mp4")
    empty = review_json({}, "nothing.mp4")
    friday = review_json({("cheek", "left"): ["good"], ("forehead", "right"): ["unsure", "good"]}, "friday.mp4")
    points = zone_progress([monday, empty, friday])
    assert points == [ZoneProgress(1, "cheek", 3, 4), ZoneProgress(1, "neck", 0, 1),
                      ZoneProgress(3, "forehead", 1, 2), ZoneProgress(3, "cheek", 1, 1)]
    assert [p.percent_good for p in points] == [75.0, 0.0, 50.0, 100.0]


def test_unknown_zones_from_an_old_file_are_left_out():
    review = {"zones": [{"zone": "ear", "side": "left", "good": 3}, {"zone": "chin", "side": "left", "good": 1}]}
    assert zone_progress([review]) == [ZoneProgress(1, "chin", 1, 1)]
