"""The New session page: creating a session, its validation, and the document upload step."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from interview_core import interview
from interview_core.ai.service import AIService
from interview_core.documents import MSG_EMPTY, MSG_NOT_PDF
from tests.helpers.apptest import button, no_exception, open_page, values
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD, docx_bytes, pdf_bytes
from tests.helpers.fakes import ScriptedProvider

ASCII_CV = SAMPLE_CV.replace("—", "-")


def create(at: AppTest, title: str, company: str) -> AppTest:
    inputs = {field.label: field for field in at.text_input}
    inputs["Job title"].set_value(title)
    inputs["Company"].set_value(company)
    return button(at, "Create session").click().run()


def upload_step(at: AppTest, session_id: int) -> AppTest:
    return open_page(at, "pages/new_session.py", session_id)


def cv_uploader(at: AppTest):  # type: ignore[no-untyped-def]
    return next(u for u in at.file_uploader if u.label == "Upload your CV")


def jd_uploader(at: AppTest):  # type: ignore[no-untyped-def]
    return next(u for u in at.file_uploader if u.label == "Upload the job description")


def test_landing_page_is_the_create_form(app: AppTest) -> None:
    app.run()
    no_exception(app)
    assert values(app.title) == ["New session"]
    assert [field.label for field in app.text_input] == ["Job title", "Company"]
    assert app.file_uploader.len == 0


def test_create_session_opens_its_upload_step(app: AppTest, app_db, owner) -> None:
    create(app.run(), "  Data   Analyst ", "Globex")
    no_exception(app)
    [summary] = interview.list_sessions(app_db, owner)
    assert summary.job_title == "Data Analyst"
    assert app.query_params["session"] == str(summary.id)
    assert values(app.title) == ["Data Analyst @ Globex"]
    assert "No CV yet." in values(app.info)
    assert "No job description yet." in values(app.info)
    assert [u.label for u in app.file_uploader] == ["Upload your CV", "Upload the job description"]
    # Nothing to start until both documents are in.
    assert "Start interview" not in [b.label for b in app.button]


@pytest.mark.parametrize(
    ("title", "company", "message"),
    [
        ("", "Initech", "Job title is required."),
        ("   ", "Initech", "Job title is required."),
        ("x" * 201, "Initech", "Job title must be at most 200 characters."),
        ("Engineer", "", "Company name is required."),
        ("Engineer", "y" * 201, "Company name must be at most 200 characters."),
    ],
)
def test_create_session_validation_messages(
    app: AppTest, app_db, owner, title: str, company: str, message: str
) -> None:
    create(app.run(), title, company)
    no_exception(app)
    assert values(app.error) == [message]
    assert interview.list_sessions(app_db, owner) == []
    assert values(app.title) == ["New session"]


def test_upload_markdown_cv_and_paste_job_description(app: AppTest, make_session) -> None:
    session = make_session(cv=None, jd=None)
    upload_step(app, session.id)
    cv_uploader(app).set_value(("jane-doe.md", SAMPLE_CV.encode(), "text/markdown"))
    app.run()
    no_exception(app)
    [cv_status] = values(app.success)
    assert "jane\\-doe\\.md" in cv_status and "characters" in cv_status
    assert "Start interview" not in [b.label for b in app.button]

    app.text_area[0].set_value(SAMPLE_JD)
    button(app, "Save job description").click().run()
    no_exception(app)
    assert values(app.error) == []
    assert any(s.startswith("Job description:") for s in values(app.success))
    assert button(app, "Start interview").proto.type == "primary"


@pytest.mark.parametrize(
    ("filename", "make_bytes", "mime"),
    [
        ("cv.pdf", pdf_bytes, "application/pdf"),
        (
            "cv.docx",
            docx_bytes,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("cv.txt", str.encode, "text/plain"),
    ],
)
def test_cv_formats_are_read(
    app: AppTest, app_db, owner, make_session, filename: str, make_bytes, mime: str
) -> None:
    session = make_session(cv=None)
    upload_step(app, session.id)
    cv_uploader(app).set_value((filename, make_bytes(ASCII_CV), mime))
    app.run()
    no_exception(app)
    assert values(app.error) == []
    cv_text, _ = interview.get_documents(app_db, owner, session.id)
    assert cv_text is not None and "Kafka" in cv_text
    status = next(s for s in values(app.success) if s.startswith("CV:"))
    assert f"{len(cv_text):,} characters" in status
    assert button(app, "Start interview")


def test_job_description_from_a_file(app: AppTest, app_db, owner, make_session) -> None:
    session = make_session(jd=None)
    upload_step(app, session.id)
    jd_uploader(app).set_value(("posting.txt", SAMPLE_JD.encode(), "text/plain"))
    app.run()
    no_exception(app)
    _, job_description = interview.get_documents(app_db, owner, session.id)
    assert job_description is not None and "Initech" in job_description
    assert button(app, "Start interview")


@pytest.mark.parametrize(
    ("filename", "data", "message"),
    [
        ("cv.txt", b"", MSG_EMPTY),
        ("cv.txt", b"   \n  ", MSG_EMPTY),
        (
            "cv.md",
            b"Jane Doe, engineer.",
            "The CV has only 19 characters of text; at least 50 are needed, so upload your full CV.",
        ),
        # The right extension on the wrong contents: an image renamed to .pdf.
        ("cv.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, MSG_NOT_PDF),
    ],
)
def test_cv_validation_messages(
    app: AppTest, app_db, owner, make_session, filename: str, data: bytes, message: str
) -> None:
    session = make_session(cv=None)
    upload_step(app, session.id)
    cv_uploader(app).set_value((filename, data, "application/octet-stream"))
    app.run()
    no_exception(app)
    assert values(app.error) == [message]
    assert interview.get_documents(app_db, owner, session.id)[0] is None
    assert "No CV yet." in values(app.info)
    # The message stays while the refused file is still in the uploader.
    app.run()
    assert values(app.error) == [message]


def test_uploaders_accept_only_cv_formats(app: AppTest, make_session) -> None:
    session = make_session(cv=None, jd=None)
    upload_step(app, session.id)
    for uploader in app.file_uploader:
        assert set(uploader.allowed_type) == {".pdf", ".docx", ".txt", ".md"}


def test_wrong_file_type_never_reaches_the_database(
    app: AppTest, app_db, owner, make_session
) -> None:
    # Browsers filter by the uploader's types; Streamlit's server refuses what slips past.
    session = make_session(cv=None)
    upload_step(app, session.id)
    cv_uploader(app).set_value(("photo.png", b"\x89PNG\r\n\x1a\n", "image/png"))
    app.run()
    assert any(".png" in text for text in values(app.exception))
    assert interview.get_documents(app_db, owner, session.id)[0] is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The job description is empty; paste the text of the job posting."),
        (
            "Python developer wanted.",
            "The job description has only 24 characters; at least 50 are needed, "
            "so paste the full job posting.",
        ),
    ],
)
def test_job_description_validation_messages(
    app: AppTest, app_db, owner, make_session, text: str, message: str
) -> None:
    session = make_session(jd=None)
    upload_step(app, session.id)
    app.text_area[0].set_value(text)
    button(app, "Save job description").click().run()
    no_exception(app)
    assert values(app.error) == [message]
    assert interview.get_documents(app_db, owner, session.id)[1] is None
    # What was typed stays in the box to be fixed.
    assert app.text_area[0].value == text


def test_start_interview_goes_to_the_interview(app: AppTest, make_session) -> None:
    session = make_session()
    upload_step(app, session.id)
    button(app, "Start interview").click().run()
    no_exception(app)
    assert app.query_params["session"] == str(session.id)
    assert len(app.chat_input) == 1
    assert [m.name for m in app.chat_message] == ["assistant"]


def test_after_the_start_the_documents_are_read_only(
    app: AppTest, app_db, owner, make_session
) -> None:
    session = make_session()
    interview.start_interview(app_db, owner, session.id, AIService([ScriptedProvider()]))
    upload_step(app, session.id)
    no_exception(app)
    assert app.file_uploader.len == 0 and "Step 2 of 2" not in " ".join(values(app.caption))
    assert [e.label.split(" — ")[0] for e in app.expander] == ["CV: cv\\.md", "Job description"]
    assert "Start interview" not in [b.label for b in app.button]
    button(app, "Continue the interview").click().run()
    no_exception(app)
    assert [m.name for m in app.chat_message] == ["assistant"]


def test_practise_again_with_other_documents_opens_a_new_upload_step(
    app: AppTest, app_db, owner, make_session
) -> None:
    session = make_session()
    interview.start_interview(app_db, owner, session.id, AIService([ScriptedProvider()]))
    upload_step(app, session.id)
    button(app, "Practise again with other documents").click().run()
    no_exception(app)
    new_id = int(app.query_params["session"])
    assert new_id != session.id
    attempt = interview.get_session(app_db, owner, new_id)
    assert (attempt.attempt, attempt.track_id, attempt.progress.question_count) == (
        2,
        session.id,
        0,
    )
    # The new attempt's documents can still change.
    assert [u.label for u in app.file_uploader] == ["Upload your CV", "Upload the job description"]
    cv_uploader(app).set_value(("other-cv.md", SAMPLE_CV.encode(), "text/markdown"))
    app.run()
    no_exception(app)
    assert interview.get_session(app_db, owner, new_id).cv_filename == "other-cv.md"


def test_a_shortened_cv_is_reported(app: AppTest, make_session) -> None:
    session = make_session(cv=None, jd=None)
    upload_step(app, session.id)
    long_cv = "Senior engineer at Acme Corp who ships reliable services. " * 500
    cv_uploader(app).set_value(("long.txt", long_cv.encode(), "text/plain"))
    app.run()
    no_exception(app)
    [warning] = values(app.warning)
    assert "longer than 20,000 characters" in warning
