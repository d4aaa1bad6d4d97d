"""My sessions: every session with its status, score and attempt, and what can be done to it."""

from __future__ import annotations

import streamlit as st

from interview_core import interview, my_sessions
from interview_core.errors import InterviewError
from interview_core.interview import SessionSummary
from interview_core.ui import components, navigation, practice
from interview_core.ui.resources import get_actor, get_database

navigation.ensure_entry_point()
db = get_database()
actor = get_actor()
esc = components.escape_markdown


def rename_form(summary: SessionSummary) -> None:
    """A name of the coach's own for the session ("mock with Sam")."""
    with st.form(f"rename_{summary.id}", border=False):
        label = st.text_input(
            "Name",
            value=summary.label or "",
            max_chars=my_sessions.MAX_LABEL_CHARS,
            placeholder="e.g. mock with Sam",
        )
        if st.form_submit_button("Save name", icon=":material/edit:"):
            try:
                my_sessions.rename_session(db, actor, summary.id, label)
            except InterviewError as exc:
                st.error(exc.message)
                return
            st.rerun()


def delete_control(summary: SessionSummary) -> None:
    """Delete, behind an explicit confirmation."""
    sure = st.checkbox(
        "Yes, delete this session, its answers and its feedback",
        key=f"confirm_delete_{summary.id}",
    )
    if st.button(
        "Delete session",
        key=f"delete_{summary.id}",
        icon=":material/delete:",
        disabled=not sure,
        type="primary",
    ):
        try:
            my_sessions.delete_session(db, actor, summary.id)
        except InterviewError as exc:
            st.error(exc.message)
            return
        navigation.forget_session_if_open(summary.id)
        st.toast("Session deleted.", icon=":material/delete:")
        st.rerun()


def session_card(summary: SessionSummary, score: int | None) -> None:
    """One session: role, name, attempt, status, progress, score, and its actions."""
    progress = summary.progress
    with st.container(border=True):
        about, where, action = st.columns([5, 3, 2], vertical_alignment="center")
        with about:
            st.markdown(f"**{esc(summary.job_title)}**  \n{esc(summary.company_name)}")
            lines = [
                f"Updated {components.format_when(summary.updated_at)}",
                f"Created {components.format_when(summary.created_at, with_time=False)}",
            ]
            about_it = [f"“{esc(summary.label)}”"] if summary.label else []
            if summary.track_id:
                about_it.append(f"Attempt {summary.attempt}")
            if about_it:
                lines.append(" · ".join(about_it))
            st.caption("  \n".join(lines))
        with where:
            badge = components.status_badge(summary)
            if score is not None:
                badge += f"  **{score}** / 100"
            st.markdown(badge)
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
            with st.popover("More", icon=":material/more_horiz:", width="stretch"):
                if progress.is_complete:
                    st.page_link(
                        navigation.FEEDBACK_PAGE,
                        label="Feedback",
                        icon=":material/insights:",
                        query_params=navigation.session_params(summary.id),
                    )
                practice.progress_link(summary)
                practice.practise_again_button(db, actor, summary, key=f"again_{summary.id}")
                rename_form(summary)
                delete_control(summary)


st.title("My sessions", anchor=False)
sessions = interview.list_sessions(db, actor)
if not sessions:
    st.info("No sessions yet. Create one to practise your first interview.")
    st.page_link(navigation.NEW_SESSION_PAGE, label="New session", icon=":material/add_circle:")
else:
    st.caption(
        f"{len(sessions)} session{'s' if len(sessions) != 1 else ''}, latest activity first."
    )
    scores = my_sessions.overall_scores(db, sessions)
    for summary in sessions:
        session_card(summary, scores.get(summary.id))
