"""A fixed, small number of SQL statements per interview page view and per answer turn.

Counted with an SQLAlchemy `before_cursor_execute` listener on SQLite and, when
TEST_DATABASE_URL is set, on PostgreSQL, where every statement is a round trip. The budgets
are exact ceilings: a change that reads the session or its conversation again fails here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event

from interview_core import auth
from interview_core.ai.service import AIService
from interview_core.db import Database
from tests.helpers.web import as_caller, ready_session

# The sign-in gate asks whether any account exists, once per process every
# `auth.ACCOUNTS_CHECK_TTL_S` seconds (held for the whole test below): no statement per request.
GATE = 0
# The page: the session, then its conversation.
PAGE_VIEW = GATE + 2
# The first visit also claims question 1 (conditional UPDATE) and stores it with its call.
FIRST_VISIT = PAGE_VIEW + 3
# An answer: lock-and-read the session, read the conversation, insert the answer, update
# the counters; then claim the next question, store the call record and the question.
ANSWER_TURN = GATE + 4 + 3
# The eighth answer writes no next question.
LAST_ANSWER = GATE + 4

ANSWER = (
    "At Acme Corp I owned the order pipeline: I measured lag per Kafka partition, rebuilt the "
    "consumers in Python and cut lost events from about 300 a day to zero in two months."
)


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    """Every statement sent to the database while the block runs."""
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


@pytest.fixture(autouse=True)
def _accounts_check_held(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cached answer of the account check outlives the test: counts stay exact."""
    monkeypatch.setattr(auth, "ACCOUNTS_CHECK_TTL_S", 3_600.0)


@pytest.fixture
def offline_client(make_app: Callable[[AIService], Flask], ai: AIService) -> FlaskClient:
    """A browser on the shim with the real offline interviewer behind it."""
    return make_app(ai).test_client()


def _budget_report(statements: list[str]) -> str:
    return "\n".join(" ".join(s.split())[:100] for s in statements)


@pytest.mark.parametrize("mode", ["json", "html"])
def test_the_interview_page_reads_the_session_and_its_conversation_once(
    offline_client: FlaskClient, db: Database, mode: str
) -> None:
    caller = as_caller(offline_client, mode)
    sid = ready_session(offline_client)
    with counted(db) as first:
        assert caller.get(f"/session/{sid}/interview").status_code == 200
    assert len(first) <= FIRST_VISIT, _budget_report(first)
    with counted(db) as again:
        assert caller.get(f"/session/{sid}/interview").status_code == 200
    assert len(again) <= PAGE_VIEW, _budget_report(again)
    reads = [s for s in again if s.lstrip().upper().startswith("SELECT")]
    assert sum("FROM interview_sessions" in s for s in reads) == 1, _budget_report(again)
    assert sum("FROM messages" in s for s in reads) == 1, _budget_report(again)


def test_every_answer_turn_stays_within_its_statement_budget(
    offline_client: FlaskClient, db: Database
) -> None:
    api = as_caller(offline_client, "json")
    sid = ready_session(offline_client)
    assert api.get(f"/session/{sid}/interview").status_code == 200
    for index in range(1, 9):
        with counted(db) as statements:
            response = api.post(
                f"/session/{sid}/message",
                {"answer": f"{ANSWER} ({index})", "question_index": str(index)},
            )
        assert response.status_code == 200, response.get_data(as_text=True)
        budget = LAST_ANSWER if index == 8 else ANSWER_TURN
        assert len(statements) <= budget, f"answer {index}:\n{_budget_report(statements)}"
        reads = [s for s in statements if "FROM messages" in s]
        assert len(reads) == 1, f"answer {index} read the conversation {len(reads)} times"
    assert response.get_json()["is_complete"] is True
