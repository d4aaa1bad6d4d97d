"""The Interview page: the whole interview, resuming, progress, provider labels and errors."""

from __future__ import annotations

import pickle

from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from interview_core import interview
from interview_core.ai.offline import OfflineProvider
from interview_core.ai.service import AIService
from interview_core.ui.components import escape_markdown
from tests.helpers.apptest import button, no_exception, open_page, values
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.helpers.fakes import ScriptedProvider

INTERVIEW = "pages/interview.py"


def answer_text(number: int) -> str:
    return f"Answer {number}: at Acme I owned the Kafka pipeline and cut latency by 40%."


def progress(at: AppTest) -> list[tuple[int, str]]:
    """The progress bar under the title; the sidebar must show the same."""
    main = [(bar.value, bar.text) for bar in at.main.get("progress")]
    assert [(bar.value, bar.text) for bar in at.sidebar.get("progress")] == main
    return main


def bubbles(at: AppTest) -> list[str]:
    return [message.name for message in at.chat_message]


def question_captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption if c.value.startswith("Question ")]


def seed_answers(app_db, owner, session_id: int, answered: int) -> None:  # type: ignore[no-untyped-def]
    """Play `answered` turns through the core, leaving the next question waiting."""
    ai = AIService([ScriptedProvider()])
    for number in range(1, answered + 1):
        interview.ensure_question(app_db, owner, session_id, ai)
        interview.submit_answer(app_db, owner, session_id, answer_text(number))
    interview.ensure_question(app_db, owner, session_id, ai)


def test_a_whole_interview_through_the_ui(app: AppTest, app_db, owner) -> None:
    at = app.run()
    fields = {field.label: field for field in at.text_input}
    fields["Job title"].set_value("Senior Backend Engineer")
    fields["Company"].set_value("Initech")
    button(at, "Create session").click().run()
    no_exception(at)
    [session] = interview.list_sessions(app_db, owner)

    next(u for u in at.file_uploader if u.label == "Upload your CV").set_value(
        ("cv.md", SAMPLE_CV.encode(), "text/markdown")
    )
    at.run()
    at.text_area[0].set_value(SAMPLE_JD)
    button(at, "Save job description").click().run()
    button(at, "Start interview").click().run()
    no_exception(at)

    assert values(at.title) == ["Senior Backend Engineer @ Initech"]
    assert bubbles(at) == ["assistant"]
    assert progress(at) == [(0, "Question 1 of 8")]
    assert question_captions(at) == ["Question 1 of 8 · offline interviewer"]

    for number in range(1, 9):
        assert not at.chat_input[0].disabled
        at.chat_input[0].set_value(answer_text(number)).run()
        no_exception(at)
        assert values(at.error) == []
        if number < 8:
            assert bubbles(at) == ["assistant", "user"] * number + ["assistant"]
            assert progress(at) == [(number * 100 // 8, f"Question {number + 1} of 8")]

    assert bubbles(at) == ["assistant", "user"] * 8
    assert any(text.startswith("Interview complete") for text in values(at.success))
    assert progress(at) == [(100, "All 8 questions answered")]
    assert len(at.chat_input) == 0
    feedback = button(at, "See your feedback")
    # Enabled once a feedback page is in the navigation; until then, disabled with a note.
    registered = "feedback" in at.session_state["registered_page_urls"]
    assert feedback.disabled is not registered

    messages = interview.conversation(app_db, owner, session.id)
    assert [m.role for m in messages] == ["assistant", "user"] * 8
    assert [m.content for m in messages if m.role == "user"] == [
        answer_text(n) for n in range(1, 9)
    ]
    assert interview.get_session(app_db, owner, session.id).progress.is_complete

    # Coming back later shows the finished interview, not a new question.
    at.run()
    assert bubbles(at) == ["assistant", "user"] * 8
    assert len(at.chat_input) == 0
    assert len(at.success) == 1 and button(at, "See your feedback")

    # What a browser session keeps between runs is ids and flags, never documents or the
    # conversation: the database holds those.
    kept = at.session_state.to_dict()
    assert len(pickle.dumps(kept)) < 2_000, sorted(kept)
    assert not any(isinstance(v, str) and len(v) > 200 for v in kept.values()), sorted(kept)


def test_a_half_done_interview_resumes_where_it_stopped(
    app: AppTest, app_db, owner, make_session, use_providers
) -> None:
    session = make_session()
    seed_answers(app_db, owner, session.id, answered=3)
    use_providers(ScriptedProvider())

    at = open_page(app, INTERVIEW, session.id)
    no_exception(at)
    assert bubbles(at) == ["assistant", "user"] * 3 + ["assistant"]
    assert [m.markdown[0].value for m in at.chat_message][:2] == [
        escape_markdown("Scripted question 1?"),
        escape_markdown(answer_text(1)),
    ]
    assert progress(at) == [(37, "Question 4 of 8")]
    assert not at.chat_input[0].disabled

    at.chat_input[0].set_value(answer_text(4)).run()
    no_exception(at)
    assert bubbles(at) == ["assistant", "user"] * 4 + ["assistant"]
    assert at.chat_message[-1].markdown[0].value == "Scripted question 5?"
    assert progress(at) == [(50, "Question 5 of 8")]
    assert len(interview.conversation(app_db, owner, session.id)) == 9


def test_the_interview_page_remembers_the_open_session(
    app: AppTest, app_db, owner, make_session
) -> None:
    session = make_session()
    seed_answers(app_db, owner, session.id, answered=1)
    at = open_page(app, INTERVIEW, session.id)
    assert at.query_params["session"] == str(session.id)
    # The sidebar drops the query string; the page falls back to the session last opened.
    at.query_params = {}
    at.switch_page("pages/sessions.py").run()
    at.query_params = {}
    at.switch_page(INTERVIEW).run()
    no_exception(at)
    assert bubbles(at) == ["assistant", "user", "assistant"]
    assert at.query_params["session"] == str(session.id)


def test_missing_documents_show_a_warning_and_the_way_to_add_them(
    app: AppTest, app_db, owner, make_session
) -> None:
    session = make_session(jd=None)
    at = open_page(app, INTERVIEW, session.id)
    no_exception(at)
    assert values(at.warning) == [
        "Upload a CV and add a job description before the interview can start."
    ]
    [link] = at.get("page_link")
    assert link.value == "Add your documents"
    # st.navigation names its pages by the hash of their URL path.
    assert link.proto.page_script_hash == calc_hash("new_session")
    assert link.proto.query_string == f"session={session.id}"
    assert len(at.chat_input) == 0
    assert interview.conversation(app_db, owner, session.id) == []


def test_no_session_selected(app: AppTest) -> None:
    at = open_page(app, INTERVIEW)
    no_exception(at)
    assert any("No interview is open" in text for text in values(at.info))
    assert len(at.get("page_link")) == 2
    assert len(at.chat_input) == 0


def test_unknown_session(app: AppTest) -> None:
    at = open_page(app, INTERVIEW, 999)
    no_exception(at)
    assert values(at.error) == ["Session not found"]
    assert len(at.chat_input) == 0


def test_each_question_names_its_provider_and_fallbacks_stand_out(
    app: AppTest, make_session, use_providers
) -> None:
    session = make_session()
    use_providers(ScriptedProvider(RuntimeError("primary down")), OfflineProvider())
    at = open_page(app, INTERVIEW, session.id)
    no_exception(at)
    [caption] = question_captions(at)
    assert caption.startswith("Question 1 of 8 · offline interviewer")
    assert "fallback" in caption

    # After a reload the label comes from the stored message, not from this run's stream.
    at.run()
    assert question_captions(at) == [caption]


def test_a_model_failure_keeps_the_answer_and_offers_try_again(
    app: AppTest, app_db, owner, make_session, use_providers
) -> None:
    session = make_session()
    seed_answers(app_db, owner, session.id, answered=0)
    flaky = ScriptedProvider(RuntimeError("model down"))
    use_providers(flaky)

    at = open_page(app, INTERVIEW, session.id)
    at.chat_input[0].set_value(answer_text(1)).run()
    no_exception(at)
    [error] = values(at.error)
    assert "your answer is saved" in error
    assert bubbles(at) == ["assistant", "user"]
    assert at.chat_input[0].disabled
    assert [m.role for m in interview.conversation(app_db, owner, session.id)] == [
        "assistant",
        "user",
    ]

    assert flaky.calls == 1

    # The failure waits for the user instead of calling the model on every rerun.
    at.run()
    assert values(at.error) == [error]
    assert bubbles(at) == ["assistant", "user"]
    assert flaky.calls == 1

    button(at, "Try again").click().run()
    no_exception(at)
    assert values(at.error) == []
    assert bubbles(at) == ["assistant", "user", "assistant"]
    assert at.chat_message[-1].markdown[0].value == "Scripted question 2?"
    assert flaky.calls == 2
    assert progress(at) == [(12, "Question 2 of 8")]
    assert not at.chat_input[0].disabled


def test_answer_errors_from_the_core_are_shown(app: AppTest, app_db, owner, make_session) -> None:
    session = make_session()
    at = open_page(app, INTERVIEW, session.id)
    at.chat_input[0].set_value("   ").run()
    no_exception(at)
    assert values(at.error) == ["Answer cannot be empty."]
    assert bubbles(at) == ["assistant"]  # no empty bubble before the error

    # A NUL byte or invisible-only text: the core's sentence, as on the web.
    at.chat_input[0].set_value("I did\x00it").run()
    no_exception(at)
    assert [e for e in values(at.error) if e.startswith("Answer contains a NUL character")]
    at.chat_input[0].set_value("\u200b\u200d").run()
    assert "Answer cannot be empty." in values(at.error)

    too_long = "word " * 1_100
    at.chat_input[0].set_value(too_long).run()
    [error] = values(at.error)
    assert error.startswith("Answer is too long")
    # The refused text is back in the box, and no bubble pretends it was sent.
    assert at.chat_input[0].value == too_long
    assert bubbles(at) == ["assistant"]
    assert [m.role for m in interview.conversation(app_db, owner, session.id)] == ["assistant"]


def test_an_answer_from_a_stale_tab_shows_the_conflict(
    app: AppTest, app_db, owner, make_session, use_providers
) -> None:
    session = make_session()
    use_providers(ScriptedProvider("First question?", RuntimeError("down")))
    at = open_page(app, INTERVIEW, session.id)
    # Meanwhile another tab answered question 1 and its next question failed.
    interview.submit_answer(app_db, owner, session.id, "Answered in the other tab.", 1)
    at.chat_input[0].set_value("Answered here.").run()
    no_exception(at)
    errors = values(at.error)
    assert any(
        e.startswith("Question 1 was already answered")
        and e.endswith("Your answer is back in the box below.")
        for e in errors
    ), errors
    stored = [m.content for m in interview.conversation(app_db, owner, session.id)]
    assert stored[:2] == ["First question?", "Answered in the other tab."]


def test_a_provider_without_its_key_is_explained(
    app: AppTest, app_db, owner, make_session, monkeypatch
) -> None:
    session = make_session()
    monkeypatch.setenv("INTERVIEW_AI_PROVIDER", "gemini")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    at = open_page(app, INTERVIEW, session.id)
    no_exception(at)
    [error] = values(at.error)
    assert error.startswith("The AI interviewer is not configured correctly:")
    assert "GEMINI_API_KEY" in error
    assert at.chat_input[0].disabled
    assert interview.conversation(app_db, owner, session.id) == []


def test_the_box_is_locked_while_a_turn_is_in_flight_and_explains_itself(
    app: AppTest, make_session
) -> None:
    session = make_session()
    at = open_page(app, INTERVIEW, session.id)
    no_exception(at)
    box = at.chat_input[0]
    # Disabled from the moment an answer is sent until the next question is written.
    assert box.proto.submit_mode == box.proto.SubmitMode.Value("SUBMIT_MODE_DISABLE")
    hints = [c for c in values(at.caption) if "Shift+Enter" in c]
    assert hints == [
        "Answering question 1 of 8 · Enter sends · Shift+Enter starts a new line · "
        "an answer is final once sent"
    ]
    assert any("100–250 words" in text for text in values(at.info))  # guidance before Q1
    box.set_value(answer_text(1)).run()
    no_exception(at)
    assert not any("100–250 words" in text for text in values(at.info))


def test_a_refused_answer_comes_back_once_the_box_opens(
    app: AppTest, app_db, owner, make_session, use_providers
) -> None:
    session = make_session()
    use_providers(ScriptedProvider("First question?", RuntimeError("down"), "Second question?"))
    at = open_page(app, INTERVIEW, session.id)
    interview.submit_answer(app_db, owner, session.id, "Answered in the other tab.")
    at.chat_input[0].set_value("Answered here, carefully.").run()
    no_exception(at)
    assert at.chat_input[0].disabled  # the next question failed: nothing to answer yet
    button(at, "Try again").click().run()
    no_exception(at)
    assert not at.chat_input[0].disabled
    assert at.chat_input[0].value == "Answered here, carefully."
