"""My sessions: every session with its status and progress, and a way back into each."""

from __future__ import annotations

import streamlit as st

from interview_core import interview
from interview_core.interview import SessionSummary
from interview_core.streamlit_ui import get_actor, get_database
from interview_core.ui import components, navigation

navigation.ensure_entry_point()
db = get_database()
actor = get_actor()


def session_card(summary: SessionSummary) -> None:
    """One session: role, company, status, progress, dates and the button to go on."""
    progress = summary.progress
    with st.container(border=True):
        about, where, action = st.columns([5, 3, 2], vertical_alignment="center")
        with about:
            st.markdown(
                f"**{components.escape_markdown(summary.job_title)}**  \n"
                f"{components.escape_markdown(summary.company_name)}"
            )
            st.caption(
                f"Updated {components.format_when(summary.updated_at)}  \n"
                f"Created {components.format_when(summary.created_at, with_time=False)}"
            )
        with where:
            st.markdown(components.status_badge(summary))
            st.progress(
                progress.fraction,
                text=f"{progress.answer_count} of {progress.max_questions} answered",
            )
        with action:
            # Sessions without both documents go back to the upload step.
            target = navigation.INTERVIEW_PAGE if summary.is_ready else navigation.NEW_SESSION_PAGE
            label = "Open" if progress.is_complete else "Resume"
            if st.button(label, key=f"resume_{summary.id}", width="stretch"):
                navigation.go_to(target, summary.id)


st.title("My sessions", anchor=False)
sessions = interview.list_sessions(db, actor)
if not sessions:
    st.info("No sessions yet. Create one to practise your first interview.")
    st.page_link(navigation.NEW_SESSION_PAGE, label="New session", icon=":material/add_circle:")
else:
    st.caption(
        f"{len(sessions)} session{'s' if len(sessions) != 1 else ''}, latest activity first."
    )
    for summary in sessions:
        session_card(summary)
