"""Interview: the chat with the interviewer, one question at a time, with progress.

The page body is a fragment: sending an answer reruns only it, not the entry point, the
navigation or the other pages' set-up.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from interview_core import auth, interview
from interview_core.auth import Actor
from interview_core.config import ConfigError
from interview_core.errors import InterviewError
from interview_core.interview import SessionSummary
from interview_core.ui import components, navigation
from interview_core.ui.resources import (
    get_actor,
    get_ai_service,
    get_database,
)
from interview_core.user_text import is_blank

# Per browser tab: the model failure waiting for "Try again", by session id.
_FAILURES_KEY = "question_failures"
GUIDANCE = (
    "Answer as you would in the room: about 100–250 words (one to two minutes spoken). "
    "Give a real example — the situation, what you did yourself, and the result, with a "
    "figure if you have one."
)
INPUT_HINT = "Enter sends · Shift+Enter starts a new line · an answer is final once sent"

navigation.ensure_entry_point()
db = get_database()
get_actor()  # a full run stops here when signed out; the fragment checks before each turn


def _answer_key(session_id: int) -> str:
    return f"answer_input_{session_id}"


def _queued_key(session_id: int) -> str:
    return f"answer_queued_{session_id}"


def _restore_key(session_id: int) -> str:
    return f"answer_restore_{session_id}"


def queue_answer(session_id: int, question_index: int) -> None:
    """Keep the submitted answer, and the question it answers (the one shown when the box
    was drawn), for this run, which draws it in conversation order."""
    st.session_state[_queued_key(session_id)] = (
        st.session_state.get(_answer_key(session_id)),
        question_index,
    )


def clear_failure(session_id: int) -> None:
    """Let the page ask the model again on the next run."""
    st.session_state.get(_FAILURES_KEY, {}).pop(session_id, None)


def ask_next_question(actor: Actor, summary: SessionSummary) -> SessionSummary:
    """Stream the question that is due into a chat bubble; a failure waits for "Try again".

    Returns the session as it stands after this question.
    """
    failures = st.session_state.setdefault(_FAILURES_KEY, {})
    try:
        ai = get_ai_service()
    except ConfigError as exc:
        # A provider without its key: say what to set instead of failing the whole page.
        failures[summary.id] = f"The AI interviewer is not configured correctly: {exc}"
        return summary
    capture = components.StreamCapture(interview.stream_next_question(db, actor, summary.id, ai))
    bubble = st.empty()
    try:
        with bubble.container(), st.chat_message("assistant"):
            with st.spinner("The interviewer is writing the next question…"):
                components.write_stream(iter(capture))
            if capture.value is not None:
                st.caption(
                    components.question_caption(capture.value, summary.progress.max_questions)
                )
    except InterviewError as exc:
        bubble.empty()
        failures[summary.id] = exc.message
    question = capture.value
    if question is None:
        return interview.get_session(db, actor, summary.id)
    # The question just shown is the one asked last: no second read of the session.
    return replace(
        summary, progress=replace(summary.progress, question_count=question.question_index)
    )


def send_answer(
    actor: Actor, summary: SessionSummary, answer: str, question_index: int
) -> SessionSummary:
    """Store the answer to `question_index` and show it; a refused answer (such as that
    question having been answered in another tab) goes back into the box, never lost.

    Returns the session as it stands after this answer.
    """
    try:
        submission = interview.submit_answer(db, actor, summary.id, answer, question_index)
    except InterviewError as exc:
        if not is_blank(answer or ""):
            # Put the text back before the box is drawn further down this run.
            st.session_state[_restore_key(summary.id)] = answer
            st.error(f"{exc.message} Your answer is back in the box below.")
        else:
            st.error(exc.message)
        # Another tab may have moved the interview on: read where it stands.
        return interview.get_session(db, actor, summary.id)
    with st.chat_message("user"):
        st.markdown(components.escape_markdown(answer))
    return replace(summary, progress=submission.progress)


def completion(summary: SessionSummary) -> None:
    """The end of the interview and the way to the feedback."""
    st.success(
        f"Interview complete — all {summary.progress.max_questions} questions answered.",
        icon=":material/task_alt:",
    )
    if navigation.is_registered(navigation.FEEDBACK_PAGE):
        if st.button("See your feedback", type="primary", icon=":material/insights:"):
            navigation.go_to(navigation.FEEDBACK_PAGE, summary.id)
    else:
        st.button("See your feedback", type="primary", disabled=True, icon=":material/insights:")
        st.caption("The feedback page is not available in this version yet.")


@st.fragment
def show_interview(session_id: str) -> None:
    """The header, the conversation so far, the next question and the answer box.

    A fragment: an answer sent (or "Try again") reruns only this. Its writes to the sidebar
    and the pinned answer box are redrawn in place on each rerun.
    """
    actor = get_actor(in_fragment=True)
    try:
        summary, messages = interview.session_with_conversation(db, actor, session_id)
    except InterviewError as exc:
        navigation.forget_session()
        st.error(exc.message)
        navigation.links_elsewhere()
        return
    sid = summary.id
    # A reader (a recruiter) sees the conversation as it is: nothing is asked or answered.
    # The summary was read (and checked readable) above: no second read of the session.
    read_only = not auth.can_write(actor, summary)

    st.title(
        components.escape_markdown(f"{summary.job_title} @ {summary.company_name}"), anchor=False
    )
    if not summary.is_ready:
        st.warning(
            "Upload a CV and add a job description before the interview can start.",
            icon=":material/upload_file:",
        )
        if navigation.is_shown(navigation.NEW_SESSION_PAGE):
            st.page_link(
                navigation.NEW_SESSION_PAGE,
                label="Add your documents",
                icon=":material/upload_file:",
                query_params=navigation.session_params(sid),
            )
        return

    # Filled last, so they show the progress after this run's answer and question.
    progress_slot = st.empty()
    opened_complete = summary.progress.is_complete
    if opened_complete:
        # Coming back to a finished interview: the next step first, not after 16 messages.
        completion(summary)
    if summary.progress.answer_count == 0 and _queued_key(sid) not in st.session_state:
        st.info(GUIDANCE, icon=":material/lightbulb:")
    for message in messages:
        components.render_message(message, summary.progress.max_questions)

    queued = st.session_state.pop(_queued_key(sid), None)
    if isinstance(queued, tuple):
        summary = send_answer(actor, summary, *queued)

    failures: dict[int, str] = st.session_state.setdefault(_FAILURES_KEY, {})
    if summary.progress.question_due and sid not in failures and not read_only:
        summary = ask_next_question(actor, summary)
    if sid in failures:
        st.error(failures[sid])
        st.button("Try again", on_click=clear_failure, args=(sid,), icon=":material/refresh:")

    if read_only:
        st.caption(":material/visibility: Read-only: you can read this interview, not answer it.")
    elif summary.progress.is_complete:
        if not opened_complete:
            completion(summary)
    else:
        waiting = summary.progress.awaiting_answer
        if waiting and _restore_key(sid) in st.session_state:
            st.session_state[_answer_key(sid)] = st.session_state.pop(_restore_key(sid))
        # Near the box too, so the question number stays in view on a small screen.
        progress = summary.progress
        st.caption(
            f"Answering question {progress.question_count} of {progress.max_questions} · "
            f"{INPUT_HINT}"
            if waiting
            else INPUT_HINT
        )
        # Pinned under the page, as a chat box in the page's main body would be.
        st.bottom.chat_input(
            "Your answer" if waiting else "Waiting for the next question…",
            key=_answer_key(sid),
            on_submit=queue_answer,
            args=(sid, summary.progress.question_count),
            disabled=not waiting,
            # No second answer can be sent while this one is stored and the next question
            # is being written: the box stays disabled until the run ends.
            submit_mode="disable",
        )

    with progress_slot.container():
        components.render_progress(summary.progress)
    # The sidebar keeps the progress in view while the conversation scrolls.
    with st.sidebar:
        st.caption(components.escape_markdown(f"{summary.job_title} @ {summary.company_name}"))
        components.render_progress(summary.progress)


session_id = navigation.current_session_id()
if session_id is None:
    st.title("Interview", anchor=False)
    st.info("No interview is open yet. Resume one from My sessions or create a new session.")
    navigation.links_elsewhere()
else:
    show_interview(session_id)
