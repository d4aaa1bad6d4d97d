"""Streamlit controls for practice tracks: "Practise again" and the way to a track's progress."""

from __future__ import annotations

import streamlit as st

from .. import tracks
from ..auth import Actor
from ..db import Database
from ..errors import InterviewError
from ..interview import SessionSummary
from . import navigation


def practise_again_button(
    db: Database,
    actor: Actor,
    summary: SessionSummary,
    *,
    key: str | None = None,
    primary: bool = False,
    other_documents: bool = False,
) -> None:
    """A button that starts the next attempt of this session's interview and opens it.

    With `other_documents` the new attempt opens on its upload step, where the CV and the
    job description can still be replaced; otherwise straight on its interview.
    """
    if not summary.is_ready:
        return
    clicked = st.button(
        "Practise again with other documents" if other_documents else "Practise again",
        key=key,
        icon=":material/upload_file:" if other_documents else ":material/replay:",
        type="primary" if primary else "secondary",
        help=(
            "A new attempt of this role: replace the CV or the job description first."
            if other_documents
            else "A new interview with the same role, CV and job description."
        ),
        width="stretch",
    )
    if clicked:
        try:
            attempt = tracks.practise_again(db, actor, summary.id)
        except InterviewError as exc:
            st.error(exc.message)
            return
        target = navigation.NEW_SESSION_PAGE if other_documents else navigation.INTERVIEW_PAGE
        navigation.go_to(target, attempt.id)


def progress_link(summary: SessionSummary) -> None:
    """A link to the track's progress view, once the session has more than one attempt."""
    if summary.track_id is None:
        return
    st.page_link(
        navigation.PROGRESS_PAGE,
        label="Progress across attempts",
        icon=":material/trending_up:",
        query_params=navigation.session_params(summary.track_id),
    )
