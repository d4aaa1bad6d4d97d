"""New session: create a session for a role, then give it a CV and a job description."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from interview_core import interview
from interview_core.documents import ALLOWED_EXTENSIONS, MAX_FILE_BYTES
from interview_core.errors import InterviewError
from interview_core.interview import SessionSummary
from interview_core.ui import components, navigation, practice
from interview_core.ui.resources import get_actor, get_database

UPLOAD_TYPES = [extension.lstrip(".") for extension in ALLOWED_EXTENSIONS]
UPLOAD_HELP = f"PDF, DOCX, TXT or Markdown, up to {MAX_FILE_BYTES // 2**20} MB."
_INTAKE_KEY = "document_intake"

navigation.ensure_entry_point()
db = get_database()
actor = get_actor()


def create_form() -> None:
    """Step 1: the role and the company."""
    st.title("New session")
    st.write("Practise an interview for a specific role: name it, then add your CV.")
    with st.form("create_session"):
        # No max_chars: the core's limit and its message apply, instead of silent truncation.
        job_title = st.text_input("Job title", placeholder="e.g. Senior Backend Engineer")
        company = st.text_input("Company", placeholder="e.g. Initech")
        submitted = st.form_submit_button("Create session", type="primary")
    if not submitted:
        return
    try:
        summary = interview.create_session(db, actor, job_title, company)
    except InterviewError as exc:
        st.error(exc.message)
        return
    navigation.remember_session(summary.id)
    st.rerun()


def intake(
    key: str, uploaded: UploadedFile | None, attach: Callable[[str, bytes], SessionSummary]
) -> None:
    """Hand a new upload to the core once and keep showing its outcome while it stays."""
    outcomes: dict[str, tuple[str, str | None, str | None]] = st.session_state.setdefault(
        _INTAKE_KEY, {}
    )
    if uploaded is None:
        outcomes.pop(key, None)
        return
    # The uploader returns the same file on every rerun; only a new file is sent again.
    if key not in outcomes or outcomes[key][0] != uploaded.file_id:
        try:
            summary = attach(uploaded.name, uploaded.getvalue())
        except InterviewError as exc:
            outcomes[key] = (uploaded.file_id, exc.message, None)
        else:
            outcomes[key] = (uploaded.file_id, None, summary.notice)
    _, error, notice = outcomes[key]
    if error:
        st.error(error)
    if notice:
        st.warning(notice)


def documents_read_only(summary: SessionSummary) -> None:
    """A started interview's documents, fixed; other documents mean a new attempt."""
    esc = components.escape_markdown
    cv_text, job_description = interview.get_documents(db, actor, summary.id)
    st.caption("The documents this interview was built from. They are fixed once it starts.")
    with st.expander(
        f"CV: {esc(summary.cv_filename or 'uploaded file')} — {len(cv_text or ''):,} characters",
        icon=":material/description:",
    ):
        st.markdown(esc(cv_text or ""))
    with st.expander(
        f"Job description — {len(job_description or ''):,} characters",
        icon=":material/work:",
    ):
        st.markdown(esc(job_description or ""))
    st.divider()
    onward, again = st.columns(2)
    complete = summary.progress.is_complete
    with onward:
        label = "See the feedback" if complete else "Continue the interview"
        if st.button(label, type="primary", icon=":material/forum:", width="stretch"):
            navigation.go_to(
                navigation.FEEDBACK_PAGE if complete else navigation.INTERVIEW_PAGE, summary.id
            )
    with again:
        practice.practise_again_button(db, actor, summary, other_documents=True)


def upload_step(session_id: str) -> None:
    """Step 2: the CV and the job description, then the way into the interview."""
    try:
        summary = interview.get_session(db, actor, session_id)
    except InterviewError as exc:
        navigation.forget_session()
        st.title("New session")
        st.error(exc.message)
        st.page_link(navigation.SESSIONS_PAGE, label="My sessions", icon=":material/history:")
        return
    sid = summary.id

    st.title(
        components.escape_markdown(f"{summary.job_title} @ {summary.company_name}"), anchor=False
    )
    if summary.progress.is_started:
        documents_read_only(summary)
        return
    st.caption("Step 2 of 2 — add your CV and the job description.")

    st.subheader("Your CV", anchor=False)
    cv_status = st.empty()
    cv_file = st.file_uploader(
        "Upload your CV", type=UPLOAD_TYPES, key=f"cv_file_{sid}", help=UPLOAD_HELP
    )
    intake(
        f"cv:{sid}",
        cv_file,
        lambda name, data: interview.attach_cv(db, actor, sid, name, data),
    )

    st.subheader("The job description", anchor=False)
    jd_status = st.empty()
    paste_tab, file_tab = st.tabs(["Paste the text", "Upload a file"])
    with paste_tab, st.form(f"job_description_{sid}"):
        pasted = st.text_area(
            "Job description",
            height=150,
            placeholder="Paste the job posting: the role, responsibilities and requirements.",
        )
        saved = st.form_submit_button("Save job description")
    if saved:
        try:
            interview.attach_job_description(db, actor, sid, pasted)
        except InterviewError as exc:
            paste_tab.error(exc.message)
    with file_tab:
        jd_file = st.file_uploader(
            "Upload the job description",
            type=UPLOAD_TYPES,
            key=f"jd_file_{sid}",
            help=UPLOAD_HELP,
        )
        intake(
            f"jd:{sid}",
            jd_file,
            lambda name, data: interview.attach_job_description_file(db, actor, sid, name, data),
        )

    # Read back what is stored now, uploads of this run included.
    summary = interview.get_session(db, actor, sid)
    cv_text, job_description = interview.get_documents(db, actor, sid)
    if cv_text:
        cv_status.success(
            f"CV: **{components.escape_markdown(summary.cv_filename or 'uploaded file')}** "
            f"— {len(cv_text):,} characters.",
            icon=":material/check_circle:",
        )
    else:
        cv_status.info("No CV yet.", icon=":material/upload_file:")
    if job_description:
        jd_status.success(
            f"Job description: {len(job_description):,} characters.",
            icon=":material/check_circle:",
        )
    else:
        jd_status.info("No job description yet.", icon=":material/description:")

    st.divider()
    if summary.is_ready:
        if st.button("Start interview", type="primary", icon=":material/play_arrow:"):
            navigation.go_to(navigation.INTERVIEW_PAGE, sid)
    else:
        st.caption("Add both a CV and a job description to start the interview.")


session_id = navigation.current_session_id(fall_back=False)
if session_id is None:
    create_form()
else:
    upload_step(session_id)
