"""The interviewer reads a session's documents once: the reading is stored with question 1
and later turns, in any process, rebuild the interviewer from it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from interview_core import interview
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.db import Database
from interview_core.interview import SessionSummary
from interview_core.interviewer import engine, stored
from interview_core.language.profile import analyse_cv, analyse_job
from interview_core.models import InterviewSession

DOCUMENTS = Path(__file__).parent / "data" / "documents"
PAIRS = ("software", "data", "sales", "nursing")
ANSWER = (
    "At Acme Corp I owned the order pipeline: I measured lag per Kafka partition, rebuilt the "
    "consumers in Python and cut lost events from about 300 a day to zero in two months."
)


def _text(name: str) -> str:
    return next(DOCUMENTS.glob(f"{name}.*")).read_text(encoding="utf-8")


@pytest.mark.parametrize("pair", PAIRS)
def test_a_stored_reading_gives_back_the_same_profiles(pair: str) -> None:
    job = analyse_job("Role", "Company", _text(f"{pair}_jd"))
    cv = analyse_cv(_text(f"{pair}_cv"))
    text = stored.encode(job, cv)
    assert stored.is_current(text)
    assert stored.decode(text) == (job, cv)


def test_a_reading_of_another_format_or_none_is_not_used() -> None:
    job = analyse_job("Role", "Company", _text("software_jd"))
    text = stored.encode(job, analyse_cv(_text("software_cv")))
    older = text.replace(stored.current_format(), "0" * 16, 1)
    assert stored.decode(older) is None
    assert stored.decode(None) is None
    assert stored.decode(text[:-1]) is None  # not valid JSON


@pytest.fixture
def fresh_interviewers() -> Iterator[None]:
    """No interviewer cached in this process, before and after (as in another process)."""
    engine._interviewer.cache_clear()
    yield
    engine._interviewer.cache_clear()


def _stored_reading(db: Database, sid: int) -> str | None:
    with db.session() as s:
        return s.scalar(select(InterviewSession.profile).where(InterviewSession.id == sid))


def _interview(db: Database, actor: Actor, sid: int, ai: AIService) -> list[str]:
    questions = [interview.start_interview(db, actor, sid, ai).content]  # type: ignore[union-attr]
    for index in range(1, 8):
        result = interview.answer_question(db, actor, sid, f"{ANSWER} ({index})", ai, index)
        questions.append(result.next_question.content)  # type: ignore[union-attr]
    return questions


def test_later_turns_never_read_the_documents_again(
    db: Database,
    actor: Actor,
    ai: AIService,
    make_ready_session: Callable[..., SessionSummary],
    monkeypatch: pytest.MonkeyPatch,
    fresh_interviewers: None,
) -> None:
    expected_sid = make_ready_session().id
    expected = _interview(db, actor, expected_sid, ai)
    reading = _stored_reading(db, expected_sid)
    assert stored.is_current(reading)

    engine._interviewer.cache_clear()
    sid = make_ready_session().id
    first = interview.start_interview(db, actor, sid, ai)
    assert first is not None and first.content == expected[0]
    assert _stored_reading(db, sid) == reading, "the reading is stored with question 1"

    def unread(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the documents were read again")

    monkeypatch.setattr(engine, "analyse_cv", unread)
    monkeypatch.setattr(engine, "analyse_job", unread)
    # Every turn as if in a process that has not seen this session: same questions.
    questions = [first.content]
    for index in range(1, 8):
        engine._interviewer.cache_clear()
        result = interview.answer_question(db, actor, sid, f"{ANSWER} ({index})", ai, index)
        questions.append(result.next_question.content)  # type: ignore[union-attr]
    assert questions == expected


def test_a_session_without_a_current_reading_gets_one_at_its_next_question(
    db: Database,
    actor: Actor,
    ai: AIService,
    make_ready_session: Callable[..., SessionSummary],
    fresh_interviewers: None,
) -> None:
    sid = make_ready_session().id
    interview.start_interview(db, actor, sid, ai)
    with db.session() as s, s.begin():  # a session started before readings were stored
        s.execute(update(InterviewSession).values(profile=None))
    interview.answer_question(db, actor, sid, ANSWER, ai, 1)
    assert stored.is_current(_stored_reading(db, sid))


def test_a_failure_to_prepare_the_reading_does_not_cost_the_turn(
    db: Database,
    actor: Actor,
    ai: AIService,
    make_ready_session: Callable[..., SessionSummary],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: object) -> str:
        raise RuntimeError("reading failed")

    monkeypatch.setattr(interview.offline, "prepare_reading", broken)
    sid = make_ready_session().id
    assert interview.start_interview(db, actor, sid, ai) is not None
    assert _stored_reading(db, sid) is None
