"""The PDF session report from the review and history pages (feedback/report_pdf.py): what
the page knows about the session, turned into the report's header, and its pictures."""

from __future__ import annotations

from datetime import datetime

from feedback.protocol import Profile
from feedback.report_pdf import ReportHeader, session_pdf
from runs.report_frames import report_frames_from_bytes
from storage.history import SessionRecord
from ui.common import KIND_LABELS, local_time_text
from ui.reviewing import ReviewResult


def review_report(result: ReviewResult) -> bytes:
    """A review just made: dated now, pictures from its annotated video (if one was made)."""
    header = ReportHeader(datetime.now().strftime("%Y-%m-%d %H:%M"), result.name, KIND_LABELS["review"])
    frames = report_frames_from_bytes(result.video_bytes, result.review_json) if result.video_bytes else None
    return session_pdf(result.review_json, result.profile, list(result.cues), header, frames)


def history_report(record: SessionRecord, profile: Profile, cues: list[str]) -> bytes:
    """A session from the history: its own date; no video is kept, so no pictures."""
    header = ReportHeader(local_time_text(record.created_at), record.source,
                          KIND_LABELS.get(record.kind, record.kind))
    return session_pdf(record.review, profile, cues, header)
