"""The JSON shapes of the pages (documented in docs/openapi.yaml), built from core views."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..interview import MessageView, Progress, SessionSummary, iso_utc


def session_item(summary: SessionSummary, overall_score: int | None = None) -> dict[str, Any]:
    """A session as the landing page lists it."""
    return {
        **summary.to_dict(),
        "status": summary.status,
        "created_at": iso_utc(summary.created_at),
        "updated_at": iso_utc(summary.updated_at),
        "progress": summary.progress.to_dict(),
        "attempt": summary.attempt,
        "track_id": summary.track_id,
        "label": summary.label,
        "overall_score": overall_score,
    }


def session_list(
    summaries: Sequence[SessionSummary], scores: Mapping[int, int] | None = None
) -> dict[str, Any]:
    """The landing page: the caller's sessions, with the overall score where there is one."""
    scores = scores or {}
    return {"sessions": [session_item(s, scores.get(s.id)) for s in summaries]}


def upload_status(summary: SessionSummary) -> dict[str, Any]:
    """The upload page: which documents are in, and whether the interview can start."""
    return {
        "session": summary.to_dict(),
        "documents": {
            "has_cv": summary.has_cv,
            "cv_filename": summary.cv_filename,
            "has_job_description": summary.has_job_description,
        },
        "status": summary.status,
        "progress": summary.progress.to_dict(),
    }


def interview_state(
    summary: SessionSummary, messages: Sequence[MessageView], progress: Progress
) -> dict[str, Any]:
    """The interview page: exactly `{"session", "conversation", "progress"}`."""
    return {
        "session": summary.to_dict(),
        "conversation": [m.to_dict() for m in messages],
        "progress": progress.to_dict(),
    }
