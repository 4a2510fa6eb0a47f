"""Running a review from the web page: a sample or an uploaded file in, a `ReviewResult` out.

Everything a page needs to show afterwards is in the result (the annotated video as bytes),
so the temporary folder holding the upload and the annotated video is gone when
`review_file` / `review_upload` return, whether the review worked or not.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from feedback.protocol import Profile
from runs.review import Progress, review_video
from storage.history import History, SessionRecord
from storage.paths import StorageError
from vision.video_io import VideoError

SETTINGS_HINT = "raise the limit on the Settings page"
_CLI_HINT = re.compile(r"raise the limit with --[\w-]+")  # the command line's advice
CHUNK_BYTES = 1 << 20  # an upload is copied to its temporary file this much at a time


@dataclass(frozen=True)
class ReviewResult:
    """name: the video's file name as the user knows it. video_bytes: the annotated H.264
    MP4, None if none was written. history_id / history_error: how saving went."""

    name: str
    review_json: dict
    cues: tuple[str, ...]
    profile: Profile
    video_bytes: bytes | None
    history_id: int | None = None
    history_error: str | None = None

    @property
    def stem(self) -> str:
        return Path(self.name).stem or "review"


def safe_file_name(name: str) -> str:
    """An uploaded file's name, usable as a file name (no folders, no odd characters)."""
    base = Path(name.replace("\\", "/")).name
    cleaned = re.sub(r"[^\w.\- ]+", "_", base).strip(" .")
    return cleaned or "upload"


def user_message(error: VideoError, path: Path, name: str) -> str:
    """A VideoError's message for the page: "Cannot review NAME: problem.", without the
    temporary path, and with the command line's advice replaced by the page's."""
    problem = str(error)
    suffix = f": {path}"
    if problem.endswith(suffix):
        problem = problem[: -len(suffix)]
    problem = problem.replace(str(path), name)
    return f"Cannot review {name}: {_CLI_HINT.sub(SETTINGS_HINT, problem)}."


def review_file(path: Path, name: str, profile: Profile, *, mirror: bool, max_minutes: float,
                progress: Progress | None = None) -> ReviewResult:
    """Review the video at `path`; raises VideoError with a message naming `name`."""
    with tempfile.TemporaryDirectory(prefix="massage-coach-review-") as folder:
        annotated = Path(folder) / "annotated.mp4"
        try:
            review = review_video(path, profile, mirror=mirror, annotated_path=annotated,
                                  progress=progress, max_minutes=max_minutes)
        except VideoError as error:
            raise VideoError(user_message(error, path, name)) from error
        video_bytes = annotated.read_bytes() if annotated.is_file() else None
    review_json = review.to_json_dict()
    review_json["video"] = name
    return ReviewResult(name=name, review_json=review_json, cues=review.summary.cues,
                        profile=profile, video_bytes=video_bytes)


def failure_message(error: Exception, name: str) -> str:
    """What the page says when reviewing `name` failed in a way nobody foresaw."""
    return (f"The review of {name} failed ({type(error).__name__}: {error}). Try again; if it "
            "fails again, try another recording. The details are in the app's log.")


def review_upload(name: str, upload: BinaryIO, profile: Profile, *, mirror: bool, max_minutes: float,
                  progress: Progress | None = None) -> ReviewResult:
    """Review an uploaded file (read from its start), copied in chunks to a temporary
    folder that exists only while the review runs: never a second copy in memory."""
    name = safe_file_name(name)
    with tempfile.TemporaryDirectory(prefix="massage-coach-upload-") as folder:
        path = Path(folder) / name
        upload.seek(0)
        with path.open("wb") as out:
            shutil.copyfileobj(upload, out, CHUNK_BYTES)
        return review_file(path, name, profile, mirror=mirror, max_minutes=max_minutes,
                           progress=progress)


def save_to_history(result: ReviewResult, history: History) -> ReviewResult:
    """Store the review as a "review" session; the result says whether it worked."""
    record = SessionRecord.new("review", result.name, result.profile.name,
                               float(result.review_json["duration_s"]), result.review_json)
    try:
        return replace(result, history_id=history.save(record))
    except StorageError as error:
        return replace(result, history_error=str(error))
