"""Races on the answer path: many answers to one question at once, stale answers, first visits.

Each trial lets threads loose together behind a barrier, against the core and against the
Flask test client, on SQLite and (when configured) PostgreSQL. What must hold every time:
exactly one of N different answers to the open question is acknowledged, the acknowledged
one is the one stored, every other gets 409 and is stored nowhere; an answer naming a
question that is not the open one is refused; two first visits store one question 1.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from interview_core import interview
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.context import MAX_QUESTIONS
from interview_core.db import Database
from interview_core.errors import Conflict
from interview_core.web import create_app
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.helpers.fakes import ScriptedProvider
from tests.reliability import figures

TRIALS = 200
SENDERS = 4
COOKIE = "interview_studio"


def _run_together(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Run every job in its own thread, released at once; results (or exceptions) in order."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = jobs[i]()
        except Exception as exc:  # noqa: BLE001 - the test inspects what each job got
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a sender never returned"
    return results


def _ready(db: Database, actor: Actor) -> int:
    summary = interview.create_session(db, actor, "Backend Engineer", "Initech")
    interview.attach_cv(db, actor, summary.id, "cv.md", SAMPLE_CV.encode())
    interview.attach_job_description(db, actor, summary.id, SAMPLE_JD)
    return summary.id


def _sessions(db: Database, actor: Actor, ai: AIService) -> Any:
    """Yield (session id, open question index) for TRIALS trials, 8 trials per session."""
    done = 0
    while done < TRIALS:
        sid = _ready(db, actor)
        interview.start_interview(db, actor, sid, ai)
        for index in range(1, MAX_QUESTIONS + 1):
            if done == TRIALS:
                return
            yield sid, index
            done += 1


def _answers_of(db: Database, actor: Actor, sid: int) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for m in interview.conversation(db, actor, sid):
        if m.role == "user":
            found.setdefault(m.question_index, []).append(m.content)
    return found


def test_core_many_answers_to_one_question_one_wins(db: Database, actor: Actor) -> None:
    ai = AIService([ScriptedProvider()])
    for sid, index in _sessions(db, actor, ai):
        texts = [
            f"Answer {index} from sender {n}: what I did and the result." for n in range(SENDERS)
        ]
        results = _run_together(
            [
                partial(interview.answer_question, db, actor, sid, t, ai, question_index=index)
                for t in texts
            ]
        )
        wins = [(t, r) for t, r in zip(texts, results, strict=True) if not isinstance(r, Exception)]
        losses = [r for r in results if isinstance(r, Exception)]
        assert len(wins) == 1, results
        assert all(isinstance(r, Conflict) for r in losses), losses
        winner_text, winner = wins[0]
        assert winner.answer.content == winner_text and winner.answer.question_index == index
        stored = _answers_of(db, actor, sid)
        assert stored[index] == [winner_text]
        assert all(len(v) == 1 for v in stored.values())  # nothing filed under another question
    figures.add(f"answer races, core: trials ({db.dialect})", TRIALS)
    figures.add(f"answer races, core: concurrent answers ({db.dialect})", TRIALS * SENDERS)


def _app(db: Database, settings: Any) -> Flask:
    ai = AIService([ScriptedProvider()])
    return create_app({"SETTINGS": settings, "DATABASE": db, "AI_SERVICE": ai, "TESTING": True})


def _owner_clients(app: Flask, n: int) -> tuple[FlaskClient, list[FlaskClient]]:
    """The owner's browser and `n` more clients carrying the owner's cookie (one per thread)."""
    owner = app.test_client()
    owner.get("/", headers={"Accept": "application/json"})
    cookie = owner.get_cookie(COOKIE)
    assert cookie is not None
    clients = []
    for _ in range(n):
        c = app.test_client()
        c.set_cookie(COOKIE, cookie.value)
        clients.append(c)
    return owner, clients


JSON = {"Accept": "application/json"}


def _http_ready(owner: FlaskClient) -> int:
    sid = owner.post(
        "/session/create",
        data={"job_title": "Backend Engineer", "company_name": "Initech"},
        headers=JSON,
    ).get_json()["id"]
    owner.post(
        f"/session/{sid}/upload-cv",
        data={"cv_file": (io.BytesIO(SAMPLE_CV.encode()), "cv.md")},
        headers=JSON,
    )
    owner.post(f"/session/{sid}/upload-job", data={"job_description": SAMPLE_JD}, headers=JSON)
    return sid


def test_http_many_answers_to_one_question_one_wins(db: Database, settings: Any) -> None:
    app = _app(db, settings)
    owner, clients = _owner_clients(app, SENDERS)
    done = 0
    while done < TRIALS:
        sid = _http_ready(owner)
        state = owner.get(f"/session/{sid}/interview", headers=JSON).get_json()
        assert state["progress"]["question_count"] == 1
        for index in range(1, MAX_QUESTIONS + 1):
            if done == TRIALS:
                break
            texts = [f"Answer {index} via HTTP, sender {n}, with a result." for n in range(SENDERS)]
            responses = _run_together(
                [
                    partial(
                        c.post,
                        f"/session/{sid}/message",
                        data={"answer": t, "question_index": str(index)},
                        headers=JSON,
                    )
                    for c, t in zip(clients, texts, strict=True)
                ]
            )
            statuses = [r.status_code for r in responses]
            assert sorted(statuses) == [200] + [409] * (SENDERS - 1), statuses
            winner = texts[statuses.index(200)]
            for r in responses:
                if r.status_code == 409:
                    body = r.get_json()
                    assert body["error"] is True and "progress" in body
            conv = owner.get(f"/session/{sid}/interview", headers=JSON).get_json()["conversation"]
            answers = [m for m in conv if m["role"] == "user"]
            assert [m["content"] for m in answers if m["question_index"] == index] == [winner]
            assert len(answers) == index
            done += 1
    figures.add(f"answer races, HTTP: trials ({db.dialect})", TRIALS)
    figures.add(f"answer races, HTTP: concurrent answers ({db.dialect})", TRIALS * SENDERS)


def test_stale_and_future_question_indexes_are_refused(db: Database, actor: Actor) -> None:
    ai = AIService([ScriptedProvider()])
    refused = 0
    for sid, index in _sessions(db, actor, ai):
        interview.answer_question(
            db, actor, sid, f"The answer to {index}.", ai, question_index=index
        )
        before = interview.conversation(db, actor, sid)
        # An edited resend of the answered question, and an answer to one not asked yet.
        named = [index, index + 2] if index + 2 <= MAX_QUESTIONS else [index]
        for stale in named:
            with pytest.raises(Conflict) as caught:
                interview.submit_answer(db, actor, sid, "An edited answer.", question_index=stale)
            assert caught.value.state is not None
            refused += 1
        assert interview.conversation(db, actor, sid) == before
        # The identical resend is a harmless retry.
        again = interview.submit_answer(
            db, actor, sid, f"The answer to {index}.", question_index=index
        )
        assert again.duplicate
    figures.add(f"stale answers refused ({db.dialect})", refused)


def test_http_old_client_cannot_answer_a_question_it_has_not_seen(
    db: Database, settings: Any
) -> None:
    app = _app(db, settings)
    owner, (fresh,) = _owner_clients(app, 1)
    sid = _http_ready(owner)
    # `fresh` carries the owner cookie from before the conversation was read.
    owner.get(f"/session/{sid}/interview", headers=JSON)
    refused = fresh.post(f"/session/{sid}/message", data={"answer": "Hello there."}, headers=JSON)
    assert refused.status_code == 409 and refused.get_json()["progress"]["question_count"] == 1
    # The owner read question 1: an answer without an index answers question 1 …
    first = owner.post(f"/session/{sid}/message", data={"answer": "First answer."}, headers=JSON)
    assert first.status_code == 200 and first.get_json()["question_index"] == 2
    # … and the reply showed question 2, so the next one answers question 2.
    second = owner.post(f"/session/{sid}/message", data={"answer": "Second."}, headers=JSON)
    assert second.status_code == 200 and second.get_json()["question_count"] == 3
    # A client whose last view was question 2 resending an edited answer 2: refused.
    behind = app.test_client()
    behind.set_cookie(COOKIE, first.headers["Set-Cookie"].split("=", 1)[1].split(";", 1)[0])
    stale = behind.post(f"/session/{sid}/message", data={"answer": "Edited 2."}, headers=JSON)
    assert stale.status_code == 409 and stale.get_json()["open_question_index"] == 3
    conv = owner.get(f"/session/{sid}/interview", headers=JSON).get_json()["conversation"]
    assert [m["content"] for m in conv if m["role"] == "user"] == ["First answer.", "Second."]


def test_two_first_visits_store_one_question_one(db: Database, actor: Actor, settings: Any) -> None:
    app = _app(db, settings)
    owner, clients = _owner_clients(app, 2)
    core_ai = AIService([ScriptedProvider()])
    for trial in range(TRIALS):
        if trial % 2 == 0:
            sid = _ready(db, actor)
            results = _run_together(
                [partial(interview.start_interview, db, actor, sid, core_ai)] * 2
            )
            assert not any(isinstance(r, Exception) for r in results), results
            assert results[0].id == results[1].id
            messages = interview.conversation(db, actor, sid)
        else:
            sid = _http_ready(owner)
            responses = _run_together(
                [partial(c.get, f"/session/{sid}/interview", headers=JSON) for c in clients]
            )
            assert [r.status_code for r in responses] == [200, 200]
            states = [r.get_json()["conversation"] for r in responses]
            assert [len(s) for s in states] == [1, 1] and states[0][0]["id"] == states[1][0]["id"]
            conv = owner.get(f"/session/{sid}/interview", headers=JSON).get_json()
            messages = conv["conversation"]
        assert len(messages) == 1
    figures.add(f"first-visit races: trials ({db.dialect})", TRIALS)
