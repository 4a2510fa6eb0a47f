"""Review a recording: a sample or an uploaded video in; strokes, verdicts and an annotated
video out."""

from __future__ import annotations

import logging

import streamlit as st

from storage.settings import PROFILE_CHOICES
from ui import results
from ui.common import (
    VIDEO_SUFFIXES,
    current_settings,
    list_samples,
    open_history,
    profile_for,
    profile_title,
)
from ui.report import review_report
from ui.reviewing import ReviewResult, failure_message, review_file, review_upload, save_to_history
from vision.video_io import VideoError

RESULT_KEY = "review_result"
ERROR_KEY = "review_error"
SAMPLE, UPLOAD = "A sample video", "My own recording"
log = logging.getLogger(__name__)

st.title("Review a recording")
st.caption("Pick a video of a self-massage: the coach finds every stroke, names its zone and "
           "says whether it went the right way, at the right pace.")

settings = current_settings()
samples = list_samples()

source = UPLOAD
if samples:
    source = st.radio("Which video?", [SAMPLE, UPLOAD], horizontal=True,
                      help="Sample videos come with the app; your own recording stays on this "
                           "computer.")
sample, upload = None, None
if source == SAMPLE:
    by_name = {s.path.name: s for s in samples}
    chosen = st.selectbox("Sample video", list(by_name), format_func=lambda n: by_name[n].title)
    sample = by_name[chosen]
    if sample.description:
        st.caption(sample.description)
else:
    upload = st.file_uploader(
        f"Your video ({', '.join(s.upper() for s in VIDEO_SUFFIXES)}; at most "
        f"{settings.max_minutes:g} minutes)", type=list(VIDEO_SUFFIXES))

input_key = sample.path.name if sample else (upload.file_id if upload else "none")
left, right = st.columns(2)
mirror = left.checkbox(
    "The recording is mirrored (a selfie view)", value=sample.mirrored if sample else False,
    key=f"mirror-{input_key}",
    help="Tick this if your left hand appears on the left of the picture, as in a mirror.")
default_profile = (sample.profile if sample and sample.profile else settings.profile)
profile_name = right.selectbox(
    "Check the strokes against", PROFILE_CHOICES, index=PROFILE_CHOICES.index(default_profile),
    format_func=profile_title, key=f"profile-{input_key}",
    help="The profile says which way each zone should be stroked (edit it in Settings).")

if st.button("Review", type="primary", disabled=sample is None and upload is None):
    st.session_state.pop(RESULT_KEY, None)
    st.session_state.pop(ERROR_KEY, None)
    profile = profile_for(profile_name, settings)
    name = sample.path.name if sample else upload.name
    bar = st.progress(0.0, text=f"Reviewing {name}…")
    shown = [-1]

    def progress(share: float) -> None:
        percent = int(share * 100)
        if percent != shown[0]:
            shown[0] = percent
            bar.progress(percent, text=f"Reviewing {name}: {percent}%")

    options = dict(mirror=mirror, max_minutes=settings.max_minutes, progress=progress)
    try:
        if sample:
            result = review_file(sample.path, name, profile, **options)
        else:
            result = review_upload(upload.name, upload, profile, **options)
    except VideoError as error:
        st.session_state[ERROR_KEY] = str(error)
    except OSError as error:
        st.session_state[ERROR_KEY] = f"Could not review {name}: {error.strerror or error}"
    except Exception as error:  # anything else: a message, the traceback in the log
        log.exception("Reviewing %s failed", name)
        st.session_state[ERROR_KEY] = failure_message(error, name)
    else:
        history = open_history()
        if history is not None:
            result = save_to_history(result, history)
        st.session_state[RESULT_KEY] = result
    bar.empty()

if ERROR_KEY in st.session_state:
    st.error(st.session_state[ERROR_KEY])

result: ReviewResult | None = st.session_state.get(RESULT_KEY)
if result is not None:
    st.divider()
    st.subheader(f"Result: {result.name}")
    if result.history_error:
        st.error(f"The review could not be saved to the history: {result.history_error}")
    elif result.history_id is not None:
        st.caption("Saved to your history.")
    results.show_report(result.review_json, result.profile, list(result.cues), result.video_bytes)
    results.show_downloads(result.review_json, result.stem, result.video_bytes, key="review-",
                           report_pdf=lambda: review_report(result))
