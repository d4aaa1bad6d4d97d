"""Faulty model servers: every turn ends within the stated bound, falls back labelled, loses nothing.

The real SDKs talk to the fake model server (tests/providers/fake_server.py), which drips,
hangs, answers garbage, rate-limits with a long Retry-After, fails with 500s or drops the
connection. `INTERVIEW_AI_TIMEOUT_S` is small here so the suite stays fast; the bound each
turn is held to is the one the README states: `AIService.worst_case_turn_s()`, i.e. per
remote provider the retry policy's attempts × timeout + back-off, capped by its budget.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from interview_core import feedback, interview
from interview_core.ai.offline import OfflineProvider
from interview_core.ai.retry import RetryPolicy
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.context import MAX_QUESTIONS
from interview_core.db import Database
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.helpers.providers import KINDS, build_provider, protocol_of
from tests.providers.fake_server import FakeModelServer, Fault
from tests.reliability import figures

TIMEOUT_S = 0.4
# Faults that answer at once (garbage, 429, 500, reset) are counted by how the policy
# treats the answer, so a loaded machine must not turn their slow reply into a timeout
# and an extra attempt: they get a timeout they never come near.
ROOMY_TIMEOUT_S = 5.0
TIMED_FAULTS = frozenset({"drip on the first byte", "drip mid-stream", "hang"})
# A mid-stream drip must see its first event arrive before the deadline, or the stream has
# not started and a retry is right; on a loaded machine 0.4 s is not always enough for that.
# The drip itself (a byte per 0.2 s over a reply of hundreds of bytes) still outlasts it.
MID_STREAM_TIMEOUT_S = 1.5
# Scheduling slack on a loaded 2-core machine, on top of the stated bound (offline
# interviewer, database writes, thread start-up).
SLACK_S = 1.5
ATTEMPTS = 3


def _policy() -> RetryPolicy:
    return RetryPolicy(
        attempts=ATTEMPTS,
        max_total_s=10.0,
        retry_after_cap_s=0.3,
        backoff_initial_s=0.02,
        backoff_max_s=0.05,
        backoff_jitter_s=0.01,
    )


# name -> (fault for every request, requests the policy allows per answer)
FAULTS: dict[str, tuple[Fault, int]] = {
    # First byte dripped, 5 bytes a second: each attempt is cut at the timeout and retried.
    "drip on the first byte": (Fault.drip(0.2, after=0), ATTEMPTS),
    # One event arrives, then the rest drips: a stream that started is not retried.
    "drip mid-stream": (Fault.drip(0.2, after=1), 1),
    "hang": (Fault.hang(30), ATTEMPTS),
    # Not JSON: an invalid reply, asked for once more, then the next provider.
    "garbage": (Fault.malformed(), 2),
    # Longer than the policy waits: no retry at all.
    "429 with a long Retry-After": (Fault.http(429, retry_after=120), 1),
    "500 storm": (Fault.http(500), ATTEMPTS),
    "connection reset": (Fault.reset(), ATTEMPTS),
}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeModelServer]:
    with FakeModelServer() as srv:
        yield srv


def _ready(db: Database, actor: Actor) -> int:
    summary = interview.create_session(db, actor, "Backend Engineer", "Initech")
    interview.attach_cv(db, actor, summary.id, "cv.md", SAMPLE_CV.encode())
    interview.attach_job_description(db, actor, summary.id, SAMPLE_JD)
    return summary.id


def _chain(kind: str, server: FakeModelServer, fault_name: str) -> AIService:
    if fault_name == "drip mid-stream":
        timeout_s = MID_STREAM_TIMEOUT_S
    else:
        timeout_s = TIMEOUT_S if fault_name in TIMED_FAULTS else ROOMY_TIMEOUT_S
    remote = build_provider(kind, server.url, _policy(), timeout_s=timeout_s)
    # The breaker never opens here: every answer must reach the faulty server.
    return AIService([remote, OfflineProvider()], breaker_threshold=1_000)


@pytest.mark.parametrize("fault_name", list(FAULTS))
@pytest.mark.parametrize("kind", KINDS)
def test_a_faulty_model_turn_ends_in_bound_and_falls_back_labelled(
    kind: str, fault_name: str, server: FakeModelServer, db: Database, actor: Actor
) -> None:
    fault, allowed = FAULTS[fault_name]
    ai = _chain(kind, server, fault_name)
    bound = ai.worst_case_turn_s()
    sid = _ready(db, actor)
    server.reset()
    first = interview.start_interview(db, actor, sid, ai)  # healthy: question 1 by the model
    assert first is not None and first.provider == kind and not first.fallback

    server.reset()
    server.push(*[fault] * 10)
    answer = "I rebuilt the order pipeline on Kafka and cut checkout latency by 40%."
    started = time.monotonic()
    result = interview.answer_question(db, actor, sid, answer, ai, question_index=1)
    elapsed = time.monotonic() - started

    assert elapsed <= bound + SLACK_S, f"{fault_name}: {elapsed:.2f} s > {bound:.2f} s"
    assert result.next_question is not None
    assert (result.next_question.provider, result.next_question.fallback) == ("offline", True)
    assert result.to_dict()["provider"] == "offline" and result.to_dict()["fallback"] is True
    assert server.count(protocol_of(kind)) == allowed
    # Nothing lost: question 1, the answer as sent, question 2 (labelled).
    stored = interview.conversation(db, actor, sid)
    assert [(m.role, m.question_index) for m in stored] == [
        ("assistant", 1),
        ("user", 1),
        ("assistant", 2),
    ]
    assert stored[1].content == answer
    figures.add(f"model faults survived, questions ({db.dialect})")
    figures.add("model requests under faults", server.count())


@pytest.mark.parametrize("fault_name", ["drip on the first byte", "hang", "500 storm"])
@pytest.mark.parametrize("kind", ["openai", "gemini"])
def test_faulty_feedback_ends_in_bound_and_falls_back(
    kind: str, fault_name: str, server: FakeModelServer, db: Database, actor: Actor
) -> None:
    fault, allowed = FAULTS[fault_name]
    healthy = AIService([OfflineProvider()])
    sid = _ready(db, actor)
    interview.start_interview(db, actor, sid, healthy)
    for n in range(1, MAX_QUESTIONS + 1):
        interview.answer_question(
            db, actor, sid, f"Answer {n}: I led it and measured the result.", healthy, n
        )
    ai = _chain(kind, server, fault_name)
    server.reset()
    server.push(*[fault] * 10)
    started = time.monotonic()
    report = feedback.generate_feedback(db, actor, sid, ai)
    elapsed = time.monotonic() - started
    assert elapsed <= ai.worst_case_turn_s() + SLACK_S + 2.0  # + the offline scorer
    assert report.generated_by.provider != kind and report.generated_by.fallback
    assert server.count(protocol_of(kind)) == allowed
    figures.add(f"model faults survived, feedback ({db.dialect})")


def test_the_stated_bound_is_attempts_times_timeout_plus_back_off() -> None:
    policy = RetryPolicy(attempts=3, max_total_s=20.0, retry_after_cap_s=10.0)
    # 3 attempts of 30 s and two waits of at most 10 s would be 110 s; the budget caps it.
    assert policy.worst_case_s(30.0) == pytest.approx(50.0)
    roomy = RetryPolicy(attempts=3, max_total_s=100.0, retry_after_cap_s=10.0)
    assert roomy.worst_case_s(2.0) == pytest.approx(3 * 2.0 + 2 * 10.0)
