"""Hand-made labels and reviews for the evaluation tests, with hand-checkable numbers."""

import json

from hypothesis import strategies as st

from feedback.verdicts import VERDICTS
from vision.landmarks import SIDES

ZONES = ("cheek", "jawline")


def stroke(t0, t1, zone="cheek", side="left", verdict="good", hand="left"):
    """A predicted stroke as the review JSON writes it."""
    return {"t_start_s": t0, "t_end_s": t1, "zone": zone, "side": side, "hand": hand,
            "verdict": verdict, "angle_error_deg": 0.0, "length_fw": 0.3,
            "speed_fw_per_s": 0.3}


def label_stroke(t0, t1, zone="cheek", side="left", verdict="good", hand="left"):
    return {"t_start_s": t0, "t_end_s": t1, "kind": "stroke", "hand": hand,
            "zone": zone, "side": side, "verdict": verdict}


def interval(kind, t0, t1, hand="left", **extra):
    return {"t_start_s": t0, "t_end_s": t1, "kind": kind, "hand": hand, **extra}


def make_labels(intervals, name="clip", held_out=False, conditions=None, duration_s=None):
    """A clip's labels; `conditions` and `duration_s` are written only when given."""
    labels = {"video": f"{name}.mp4", "profile": "drainage", "mirrored": False,
              "held_out": held_out, "description": "test clip", "seed": 1,
              "intervals": intervals, "hand_detection_rate": 1.0}
    if conditions is not None:
        labels["conditions"] = list(conditions)
    if duration_s is not None:
        labels["duration_s"] = duration_s
    return labels


def no_massage(name="negative", held_out=False, duration_s=None):
    """A clip without massage: the hand comes near the face twice (1-4 s, 5-8 s), leaves at 9 s."""
    return make_labels([interval("approach", 0.0, 1.0),
                        interval("near_face", 1.0, 4.0, gesture="wave"),
                        interval("near_face", 5.0, 8.0, gesture="chin_rest"),
                        interval("leave", 8.0, 9.0)],
                       name=name, held_out=held_out, conditions=("negative",), duration_s=duration_s)


def write_clip(directory, labels, video=True):
    """Write `NAME.labels.json` (and an empty `NAME.mp4` beside it) into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    name = labels["video"].rsplit(".", 1)[0]
    (directory / f"{name}.labels.json").write_text(json.dumps(labels))
    if video:
        (directory / labels["video"]).write_bytes(b"")
    return labels


def make_review(strokes):
    return {"video": "clip.mp4", "duration_s": 30.0, "fps": 30.0, "frames": 900,
            "profile": "drainage", "strokes": strokes, "zones": [], "warnings": []}


def review_from_labels(labels):
    """The review a perfect coach would write for these labels."""
    return make_review([stroke(i["t_start_s"], i["t_end_s"], i["zone"], i["side"],
                               i["verdict"], i["hand"])
                        for i in labels["intervals"] if i["kind"] == "stroke"])


def routine(n_strokes, zone="cheek", side="left"):
    """One hand: approach, then stroke / return pairs of 1 s and 0.5 s, then leave."""
    intervals = [interval("approach", 0.0, 1.0)]
    for k in range(n_strokes):
        t0 = 1.0 + 1.5 * k
        intervals += [label_stroke(t0, t0 + 1.0, zone, side),
                      interval("return", t0 + 1.0, t0 + 1.5)]
    intervals.append(interval("leave", 1.0 + 1.5 * n_strokes, 2.0 + 1.5 * n_strokes))
    return intervals


def strokes_of(labels):
    return [i for i in labels["intervals"] if i["kind"] == "stroke"]


def two_clips():
    """(labels, review) of two clips. Clip a (tuning, "fps:30"): 4 labelled, 4 found, one
    in the wrong zone. Clip b (held out, "fps:15" and "dim"): 2 labelled, 3 found: 1 matched
    but said "reversed" (labelled good), 1 extra on the return after the second stroke, 1
    extra in a pause."""
    a_labels = make_labels(routine(4), name="a", conditions=("fps:30",))
    a_review = review_from_labels(a_labels)
    a_review["strokes"][0]["zone"] = "jawline"
    b_labels = make_labels(routine(2) + [interval("pause", 10.0, 12.0)], name="b",
                           held_out=True, conditions=("fps:15", "dim"))
    b_review = make_review([stroke(1.0, 2.0, verdict="reversed"), stroke(3.5, 4.0),
                            stroke(10.0, 11.0)])
    return [(a_labels, a_review), (b_labels, b_review)]


@st.composite
def labelled_clips(draw, max_strokes_per_hand=6):
    """Both hands, each a sequence of strokes, returns and pauses on a 0.1 s grid."""
    intervals = []
    for hand in SIDES:
        t = draw(st.integers(0, 10))
        for _ in range(draw(st.integers(0, max_strokes_per_hand))):
            duration = draw(st.integers(1, 20))
            intervals.append(label_stroke(t / 10, (t + duration) / 10,
                                          draw(st.sampled_from(ZONES)),
                                          draw(st.sampled_from(SIDES)),
                                          draw(st.sampled_from(("good", "reversed"))), hand))
            t += duration
            back = draw(st.integers(0, 8))
            if back:
                intervals.append(interval("return", t / 10, (t + back) / 10, hand))
            t += back
    return make_labels(intervals)


@st.composite
def noisy_reviews(draw):
    """Labels, and a review that drops, shifts, mislabels (any verdict, "unsure" too) and
    adds strokes."""
    labels = draw(labelled_clips())
    strokes = []
    for truth in strokes_of(labels):
        if draw(st.integers(0, 3)):  # keep three strokes in four
            shift = draw(st.integers(-5, 5)) / 10
            strokes.append(stroke(truth["t_start_s"] + shift, truth["t_end_s"] + shift,
                                  draw(st.sampled_from(ZONES)), draw(st.sampled_from(SIDES)),
                                  draw(st.sampled_from(VERDICTS)), truth["hand"]))
    for _ in range(draw(st.integers(0, 3))):
        t = draw(st.integers(0, 60))
        strokes.append(stroke(t / 10, (t + draw(st.integers(1, 15))) / 10,
                              verdict=draw(st.sampled_from(VERDICTS)),
                              hand=draw(st.sampled_from(SIDES))))
    return labels, strokes
