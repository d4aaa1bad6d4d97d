"""The My sessions page: empty state, every session with status and progress, resuming."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from interview_core import interview
from interview_core.ai.service import AIService
from interview_core.ui.components import escape_markdown
from tests.helpers.apptest import button, no_exception, open_page, values
from tests.helpers.fakes import ScriptedProvider

SESSIONS = "pages/sessions.py"


def play(app_db, owner, session_id: int, answers: int) -> None:  # type: ignore[no-untyped-def]
    ai = AIService([ScriptedProvider()])
    for number in range(1, answers + 1):
        interview.ensure_question(app_db, owner, session_id, ai)
        interview.submit_answer(app_db, owner, session_id, f"Answer {number}.")


def card_texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_empty_state_points_to_a_new_session(app: AppTest) -> None:
    at = open_page(app, SESSIONS)
    no_exception(at)
    assert values(at.title) == ["My sessions"]
    assert any("No sessions yet" in text for text in values(at.info))
    [link] = at.get("page_link")
    assert link.value == "New session"
    assert at.button.len == 0


def test_every_session_with_its_status_and_progress(
    app: AppTest, app_db, owner, make_session
) -> None:
    fresh = make_session("Designer", "Umbrella", cv=None, jd=None)
    ready = make_session("Analyst", "Globex")
    started = make_session("Engineer", "Initech")
    play(app_db, owner, started.id, answers=3)
    done = make_session("Nurse", "St Mary's")
    play(app_db, owner, done.id, answers=8)

    at = open_page(app, SESSIONS)
    no_exception(at)
    texts = card_texts(at)
    for summary, badge in [
        (fresh, ":orange-badge[Documents needed]"),
        (ready, ":blue-badge[Ready to start]"),
        (started, ":violet-badge[In progress]"),
        (done, ":green-badge[Complete]"),
    ]:
        heading = (
            f"**{escape_markdown(summary.job_title)}**  \n{escape_markdown(summary.company_name)}"
        )
        assert heading in texts
        assert badge in texts
    bars = sorted((bar.value, bar.text) for bar in at.get("progress"))
    assert bars == [
        (0, "0 of 8 answered"),
        (0, "0 of 8 answered"),
        (37, "3 of 8 answered"),
        (100, "8 of 8 answered"),
    ]
    resume = [b.label for b in at.button if str(b.key).startswith("resume_")]
    assert sorted(resume) == ["Open", "Resume", "Resume", "Resume"]
    dates = [c for c in values(at.caption) if c.startswith("Updated ")]
    assert len(dates) == 4 and all("Created " in c for c in dates)


def test_resume_opens_the_interview_with_its_history(
    app: AppTest, app_db, owner, make_session
) -> None:
    session = make_session()
    play(app_db, owner, session.id, answers=2)
    at = open_page(app, SESSIONS)
    button(at, "Resume").click().run()
    no_exception(at)
    assert at.query_params["session"] == str(session.id)
    assert [m.name for m in at.chat_message] == ["assistant", "user"] * 2 + ["assistant"]
    assert len(at.chat_input) == 1


def test_resume_without_documents_opens_the_upload_step(app: AppTest, make_session) -> None:
    session = make_session(jd=None)
    at = open_page(app, SESSIONS)
    button(at, "Resume").click().run()
    no_exception(at)
    assert at.query_params["session"] == str(session.id)
    assert "No job description yet." in values(at.info)
    assert [u.label for u in at.file_uploader] == ["Upload your CV", "Upload the job description"]
