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
    db: Database, actor: Actor, summary: SessionSummary, *, key: str, primary: bool = False
) -> None:
    """A button that starts the next attempt of this session's interview and opens it."""
    if not summary.is_ready:
        return
    clicked = st.button(
        "Practise again",
        key=key,
        icon=":material/replay:",
        type="primary" if primary else "secondary",
        help="A new interview with the same role, CV and job description.",
        width="stretch",
    )
    if clicked:
        try:
            attempt = tracks.practise_again(db, actor, summary.id)
        except InterviewError as exc:
            st.error(exc.message)
            return
        navigation.go_to(navigation.INTERVIEW_PAGE, attempt.id)


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
