"""The interview contract: every rule of DESIGN.md's flow, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from interview_core.ai.service import AIService
from interview_core.auth import Actor, Role
from interview_core.errors import (
    Conflict,
    Forbidden,
    ModelFailure,
    NotFound,
    NotReady,
    ValidationFailed,
)
from interview_core.interview import (
    answer_question,
    attach_cv,
    conversation,
    create_session,
    ensure_question,
    get_documents,
    get_session,
    list_sessions,
    session_with_conversation,
    start_interview,
    stream_next_question,
    submit_answer,
)
from interview_core.models import ModelCall
from tests.helpers.fakes import ScriptedProvider

ANSWER = (
    "At Acme Corp I rebuilt the order pipeline on Kafka; I owned the design and cut "
    "checkout latency by 40% within a quarter, measured on our p95 dashboards."
)


def assert_invariants(messages) -> None:  # type: ignore[no-untyped-def]
    roles = [m.role for m in messages]
    assert roles == ["assistant", "user"] * (len(roles) // 2) + (
        ["assistant"] if len(roles) % 2 else []
    )
    questions = [m.question_index for m in messages if m.role == "assistant"]
    answers = [m.question_index for m in messages if m.role == "user"]
    assert questions == list(range(1, len(questions) + 1))
    assert answers == list(range(1, len(answers) + 1))
    assert len(questions) <= 8


def test_create_session_validates_fields(db, actor) -> None:
    with pytest.raises(ValidationFailed, match="Job title is required"):
        create_session(db, actor, "  ", "Initech")
    with pytest.raises(ValidationFailed, match="at most 200"):
        create_session(db, actor, "x" * 201, "Initech")
    summary = create_session(db, actor, "  Data   Analyst ", "Initech")
    assert summary.job_title == "Data Analyst"
    assert summary.status == "new"
    assert summary.progress.to_dict() == {
        "question_count": 0,
        "max_questions": 8,
        "is_started": False,
        "is_complete": False,
    }


def test_start_requires_both_documents(db, actor, ai) -> None:
    summary = create_session(db, actor, "Engineer", "Initech")
    with pytest.raises(NotReady, match="CV"):
        start_interview(db, actor, summary.id, ai)
    assert conversation(db, actor, summary.id) == []


def test_first_access_asks_question_one_once(db, actor, ai, make_ready_session) -> None:
    session = make_ready_session()
    first = start_interview(db, actor, session.id, ai)
    again = start_interview(db, actor, session.id, ai)
    assert first is not None and again is not None
    assert first.id == again.id and first.role == "assistant" and first.question_index == 1
    progress = get_session(db, actor, session.id).progress
    assert progress.question_count == 1 and progress.is_started and not progress.is_complete


def test_full_interview_completes_after_eighth_answer(db, actor, ai, make_ready_session) -> None:
    session = make_ready_session()
    start_interview(db, actor, session.id, ai)
    for n in range(1, 9):
        result = answer_question(db, actor, session.id, f"{ANSWER} (answer {n})", ai)
        assert result.session.progress.answer_count == n
        if n < 8:
            assert result.next_question is not None
            assert result.to_dict() == {
                "next_question": result.next_question.content,
                "is_complete": False,
                "question_count": n + 1,
                "question_index": n + 1,
                "provider": "offline",
                "fallback": False,
            }
        else:
            assert result.to_dict() == {
                "next_question": None,
                "is_complete": True,
                "question_count": 8,
                "question_index": None,
                "provider": None,
                "fallback": False,
            }
    summary, messages = session_with_conversation(db, actor, session.id)
    assert summary.status == "complete" and summary.progress.is_complete
    assert messages == conversation(db, actor, session.id)
    assert len(messages) == 16
    assert_invariants(messages)
    assert all(m.timestamp.tzinfo is not None for m in messages)
    assert messages[0].to_dict()["timestamp"].endswith("Z")
    with pytest.raises(Conflict, match="already complete"):
        submit_answer(db, actor, session.id, "one more")
    assert ensure_question(db, actor, session.id, ai) is None
    assert list_sessions(db, actor)[0].status == "complete"


def test_empty_and_oversized_answers_are_refused_and_store_nothing(
    db, actor, ai, make_ready_session
) -> None:
    session = make_ready_session()
    start_interview(db, actor, session.id, ai)
    with pytest.raises(ValidationFailed, match="Answer cannot be empty."):
        submit_answer(db, actor, session.id, "   \n ")
    with pytest.raises(ValidationFailed, match="too long"):
        submit_answer(db, actor, session.id, "x" * 5001)
    assert len(conversation(db, actor, session.id)) == 1


def test_answer_before_start_is_a_conflict(db, actor, make_ready_session) -> None:
    session = make_ready_session()
    with pytest.raises(Conflict, match="not started"):
        submit_answer(db, actor, session.id, ANSWER)


def test_other_owner_is_forbidden_and_unknown_id_not_found(
    db, actor, ai, make_ready_session
) -> None:
    session = make_ready_session()
    stranger = Actor("browser-b")
    for call in (
        lambda: conversation(db, stranger, session.id),
        lambda: start_interview(db, stranger, session.id, ai),
        lambda: submit_answer(db, stranger, session.id, ANSWER),
    ):
        with pytest.raises(Forbidden, match="You don't have access to this session"):
            call()
    with pytest.raises(NotFound, match="Session not found"):
        conversation(db, actor, 999_999)
    with pytest.raises(NotFound):
        conversation(db, actor, "not-a-number")
    # Recruiters read every session but cannot answer.
    recruiter = Actor("user:9", Role.RECRUITER)
    assert conversation(db, recruiter, session.id) == []
    with pytest.raises(Forbidden):
        submit_answer(db, recruiter, session.id, ANSWER)


def test_model_failure_keeps_the_answer_and_a_retry_duplicates_nothing(
    db, actor, make_ready_session
) -> None:
    session = make_ready_session()
    provider = ScriptedProvider("Tell me about Kafka at Acme Corp?", RuntimeError("boom"))
    flaky = AIService([provider])
    start_interview(db, actor, session.id, flaky)
    with pytest.raises(ModelFailure, match="your answer is saved"):
        answer_question(db, actor, session.id, ANSWER, flaky)
    messages = conversation(db, actor, session.id)
    assert [m.role for m in messages] == ["assistant", "user"]
    # The same answer sent again is a retry: nothing new is stored, the question is written.
    result = answer_question(db, actor, session.id, ANSWER, flaky)
    assert result.next_question is not None and result.next_question.question_index == 2
    messages = conversation(db, actor, session.id)
    assert [m.role for m in messages] == ["assistant", "user", "assistant"]
    assert_invariants(messages)
    # A different answer to an already-answered question is refused.
    with db.session() as s:
        outcomes = sorted(c.outcome for c in s.query(ModelCall).all())
    assert outcomes == ["error", "ok", "ok"]


def test_different_answer_while_next_question_missing_is_refused(
    db, actor, make_ready_session
) -> None:
    session = make_ready_session()
    flaky = AIService([ScriptedProvider("First question about Kafka?", RuntimeError("down"))])
    start_interview(db, actor, session.id, flaky)
    with pytest.raises(ModelFailure):
        answer_question(db, actor, session.id, ANSWER, flaky)
    with pytest.raises(Conflict, match="already answered"):
        submit_answer(db, actor, session.id, "something else entirely")
    with pytest.raises(Conflict, match="already answered"):
        submit_answer(db, actor, session.id, "something else entirely", question_index=1)


def test_streaming_yields_chunks_that_join_into_the_stored_question(
    db, actor, ai, make_ready_session
) -> None:
    session = make_ready_session()
    gen = stream_next_question(db, actor, session.id, ai)
    chunks = []
    while True:
        try:
            chunks.append(next(gen))
        except StopIteration as stop:
            stored = stop.value
            break
    assert len(chunks) > 1
    assert "".join(chunks).strip() == stored.content


def test_threaded_double_submit_accepts_exactly_one(db, actor, ai, make_ready_session) -> None:
    session = make_ready_session()
    start_interview(db, actor, session.id, ai)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def submit(text: str) -> None:
        barrier.wait()
        try:
            submit_answer(db, actor, session.id, text)
            outcomes.append("accepted")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=submit, args=(f"{ANSWER} variant {i}",)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["accepted", "conflict"]
    messages = conversation(db, actor, session.id)
    assert [m.role for m in messages] == ["assistant", "user"]


def test_concurrent_starts_store_one_question(db, actor, ai, make_ready_session) -> None:
    session = make_ready_session()
    barrier = threading.Barrier(4)
    ids: list[int] = []

    def start() -> None:
        barrier.wait()
        question = start_interview(db, actor, session.id, ai)
        assert question is not None
        ids.append(question.id)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(ids)) == 1
    assert len(conversation(db, actor, session.id)) == 1


@pytest.mark.parametrize("bad", ["0", "-1", " 1 ", "1_000", "1e3", str(2**63), "²", 10**20, 0])
def test_malformed_or_impossible_ids_are_not_found(db, actor, bad) -> None:
    with pytest.raises(NotFound):
        conversation(db, actor, bad)


def test_double_submit_right_after_an_answer_stores_nothing_new(
    db, actor, ai, make_ready_session
) -> None:
    session = make_ready_session()
    start_interview(db, actor, session.id, ai)
    first = answer_question(db, actor, session.id, ANSWER, ai, question_index=1)
    again = answer_question(db, actor, session.id, ANSWER, ai, question_index=1)
    assert again.answer.id == first.answer.id
    assert again.next_question is not None and first.next_question is not None
    assert again.next_question.id == first.next_question.id
    messages = conversation(db, actor, session.id)
    assert [m.role for m in messages] == ["assistant", "user", "assistant"]
    # A different answer naming question 1 is refused, never filed under question 2.
    with pytest.raises(Conflict, match="Question 1 was already answered") as refused:
        answer_question(db, actor, session.id, "A different answer.", ai, question_index=1)
    assert refused.value.state is not None
    assert refused.value.state["open_question_index"] == 2
    # Naming question 2 answers question 2.
    result = answer_question(
        db, actor, session.id, "A different answer about PostgreSQL tuning.", ai, question_index=2
    )
    assert result.progress.question_count == 3


def test_the_same_text_naming_the_next_question_is_a_real_answer(
    db, actor, ai, make_ready_session
) -> None:
    session = make_ready_session()
    start_interview(db, actor, session.id, ai)
    answer_question(db, actor, session.id, "I don't know.", ai, question_index=1)
    submission = submit_answer(db, actor, session.id, "I don't know.", question_index=2)
    assert not submission.duplicate
    assert submission.answer.question_index == 2


def test_a_cv_over_the_limit_is_kept_shortened_and_the_user_is_told(db, actor) -> None:
    session = create_session(db, actor, "Engineer", "Initech")
    long_cv = "Senior engineer at Acme Corp who ships reliable services. " * 500
    summary = attach_cv(db, actor, session.id, "cv.txt", long_cv.encode())
    assert summary.has_cv
    assert summary.notice is not None and "20,000 characters" in summary.notice
    cv_text, _ = get_documents(db, actor, session.id)
    assert cv_text is not None and len(cv_text) <= 20_000
    assert attach_cv(db, actor, session.id, "cv.txt", long_cv[:3000].encode()).notice is None
