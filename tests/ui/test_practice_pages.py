"""Practise again, the progress view, rename and delete, driven through the Streamlit app."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from interview_core import feedback, interview, tracks
from interview_core.ai.service import AIService
from interview_core.config import load_settings
from tests.helpers.apptest import button, no_exception, open_page, values

SESSIONS = "pages/sessions.py"
STRONG = (
    "At Acme Corp I owned our order pipeline's reliability. I measured lag per Kafka "
    "partition, rebuilt the consumers in Python with idempotent writes to PostgreSQL and "
    "added alerts on lag; lost events fell from about 300 a day to zero within two months."
)


def offline() -> AIService:
    return AIService.from_settings(load_settings())


def complete(app_db, owner, session_id: int, answer: str = STRONG) -> None:  # type: ignore[no-untyped-def]
    ai = offline()
    interview.start_interview(app_db, owner, session_id, ai)
    for number in range(1, 9):
        interview.answer_question(app_db, owner, session_id, f"{answer} ({number})", ai)
    feedback.generate_feedback(app_db, owner, session_id, ai)


def test_practise_again_from_my_sessions_starts_the_next_attempt(
    app: AppTest, app_db, owner, make_session
) -> None:
    first = make_session()
    complete(app_db, owner, first.id)
    at = open_page(app, SESSIONS)
    no_exception(at)
    assert any("/ 100" in m.value for m in at.markdown)  # the score on the card
    button(at, "Practise again").click().run()
    no_exception(at)
    new_id = int(
        at.query_params["session"][0]
        if isinstance(at.query_params["session"], list)
        else at.query_params["session"]
    )
    assert new_id != first.id
    attempt = interview.get_session(app_db, owner, new_id)
    assert (attempt.attempt, attempt.track_id) == (2, first.id)
    # The interview page opened on the new attempt and asked its first question.
    assert [m.name for m in at.chat_message] == ["assistant"]
    assert interview.get_documents(app_db, owner, new_id) == interview.get_documents(
        app_db, owner, first.id
    )


def test_practise_again_from_the_feedback_page(app: AppTest, app_db, owner, make_session) -> None:
    first = make_session()
    complete(app_db, owner, first.id)
    at = open_page(app, "pages/feedback.py", first.id)
    no_exception(at)
    button(at, "Practise again").click().run()
    no_exception(at)
    [latest, _] = interview.list_sessions(app_db, owner)
    assert latest.attempt == 2 and latest.track_id == first.id


def test_progress_view_over_three_attempts(app: AppTest, app_db, owner, make_session) -> None:
    first = make_session()
    complete(app_db, owner, first.id, "I did some stuff with it and it went fine.")
    second = tracks.practise_again(app_db, owner, first.id)
    complete(app_db, owner, second.id)
    third = tracks.practise_again(app_db, owner, second.id)
    complete(app_db, owner, third.id)
    at = open_page(app, "pages/progress.py", first.id)
    no_exception(at)
    assert values(at.title) == ["Progress · Backend Engineer @ Initech"]
    assert "3 attempts of this mock interview." in values(at.caption)
    [score] = [m for m in at.metric if m.label == "Score, attempt 1 → attempt 3"]
    assert score.delta.startswith("+")
    assert len(at.get("vega_lite_chart")) == 1
    links = [link.value for link in at.get("page_link")]
    assert sum(label.startswith("Attempt ") for label in links) == 3
    assert at.expander, "recurring topics are shown side by side"
    assert all(len(e.columns) >= 2 for e in at.expander)


def test_progress_of_an_unknown_track_says_so(app: AppTest) -> None:
    at = open_page(app, "pages/progress.py", 424242)
    no_exception(at)
    assert values(at.error) == ["Session not found"]


def test_rename_shows_the_name_on_the_card(app: AppTest, app_db, owner, make_session) -> None:
    session = make_session()
    at = open_page(app, SESSIONS)
    at.text_input[0].set_value("mock with Sam")
    button(at, "Save name").click().run()
    no_exception(at)
    assert interview.get_session(app_db, owner, session.id).label == "mock with Sam"
    assert any("“mock with Sam”" in c for c in values(at.caption))


def test_delete_needs_a_confirmation(app: AppTest, app_db, owner, make_session) -> None:
    kept = make_session("Analyst", "Globex")
    doomed = make_session()
    at = open_page(app, SESSIONS)
    delete = at.button(key=f"delete_{doomed.id}")
    assert delete.disabled
    at.checkbox(key=f"confirm_delete_{doomed.id}").check().run()
    at.button(key=f"delete_{doomed.id}").click().run()
    no_exception(at)
    assert [s.id for s in interview.list_sessions(app_db, owner)] == [kept.id]
    assert "1 session, latest activity first." in values(at.caption)
