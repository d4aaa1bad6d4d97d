"""The retry policy and the circuit breaker, without a network."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from interview_core.ai.breaker import BreakerState, CircuitBreaker
from interview_core.ai.retry import (
    Attempt,
    InvalidReply,
    ProviderError,
    RetryPolicy,
    is_transient,
    observe_attempts,
    parse_retry_after,
    redact,
)
from tests.helpers.providers import Sleeps


class Flaky:
    """Fails with the given errors in order, then returns "ok"."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


def transient(retry_after: float | None = None, status: int = 503) -> ProviderError:
    return ProviderError(f"HTTP {status}", transient=True, status=status, retry_after=retry_after)


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after({"Retry-After": "3"}) == 3.0
    assert parse_retry_after({"retry-after": "0.5"}) == 0.5
    assert parse_retry_after({"retry-after-ms": "250", "Retry-After": "9"}) == 0.25
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after({"Retry-After": "Wed, 01 Jan 2025 12:00:07 GMT"}, now=now) == 7.0
    assert parse_retry_after({"Retry-After": "Wed, 01 Jan 2025 11:00:00 GMT"}, now=now) == 0.0
    assert parse_retry_after({"Retry-After": "soon"}) is None
    assert parse_retry_after({}) is None and parse_retry_after(None) is None


def test_transient_failures_are_retried_up_to_the_attempt_limit() -> None:
    sleeps = Sleeps()
    policy = RetryPolicy(attempts=3, sleep=sleeps)
    fn = Flaky(transient(), transient(), transient(), transient())
    with pytest.raises(ProviderError):
        policy.call(fn)
    assert fn.calls == 3 and len(sleeps.calls) == 2
    assert all(0 < s <= policy.backoff_max_s for s in sleeps.calls)


def test_success_after_a_transient_failure() -> None:
    fn = Flaky(transient())
    assert RetryPolicy(attempts=3, sleep=Sleeps()).call(fn) == "ok"
    assert fn.calls == 2


@pytest.mark.parametrize(
    "error",
    [
        ProviderError("HTTP 400", transient=False, status=400),
        ProviderError("HTTP 401", transient=False, status=401),
        InvalidReply("malformed reply"),
        ValueError("a bug, not the network"),
    ],
)
def test_permanent_failures_are_not_retried(error: Exception) -> None:
    fn = Flaky(error)
    with pytest.raises(type(error)):
        RetryPolicy(attempts=5, sleep=Sleeps()).call(fn)
    assert fn.calls == 1


def test_retry_after_is_honoured_exactly_within_the_cap() -> None:
    sleeps = Sleeps()
    fn = Flaky(transient(retry_after=0.75, status=429), transient(retry_after=1.5, status=429))
    assert RetryPolicy(attempts=3, retry_after_cap_s=2, sleep=sleeps).call(fn) == "ok"
    assert sleeps.calls == [0.75, 1.5]


def test_retry_after_beyond_the_cap_ends_the_retries() -> None:
    sleeps = Sleeps()
    fn = Flaky(transient(retry_after=120, status=429))
    with pytest.raises(ProviderError):
        RetryPolicy(attempts=5, retry_after_cap_s=10, sleep=sleeps).call(fn)
    assert fn.calls == 1 and sleeps.calls == []


def test_total_time_budget_stops_retries_before_it_is_exceeded() -> None:
    sleeps = Sleeps()
    fn = Flaky(*(transient(retry_after=4) for _ in range(10)))
    with pytest.raises(ProviderError):
        RetryPolicy(attempts=10, max_total_s=6, retry_after_cap_s=5, sleep=sleeps).call(fn)
    # The first wait fits in the 6 s budget; a second would end past it.
    assert fn.calls == 2 and sleeps.calls == [4]


def test_every_attempt_is_reported_to_the_observer() -> None:
    seen: list[Attempt] = []
    fn = Flaky(transient(), transient())
    with observe_attempts(seen.append):
        RetryPolicy(attempts=3, sleep=Sleeps()).call(fn, provider="p")
    assert [(a.number, a.error is None) for a in seen] == [(1, False), (2, False), (3, True)]
    assert all(a.provider == "p" and a.latency_ms >= 0 for a in seen)
    # Outside the context nothing is reported.
    RetryPolicy(attempts=1).call(Flaky())
    assert len(seen) == 3


def test_transport_errors_are_transient() -> None:
    httpx2 = pytest.importorskip("httpx2")
    request = httpx2.Request("POST", "http://127.0.0.1/")
    assert is_transient(httpx2.ReadTimeout("slow", request=request))
    assert is_transient(httpx2.ConnectError("refused", request=request))
    assert is_transient(TimeoutError()) and is_transient(ConnectionResetError())
    assert not is_transient(ValueError("bad"))


def test_redact_removes_configured_keys_and_key_shapes() -> None:
    text = (
        "key=my-configured-secret, sk-proj-abc123DEF456, "
        "AIzaSyA1234567890abcdefghij, Authorization: Bearer tok.en-123"
    )
    clean = redact(text, ["my-configured-secret", None, ""])
    for secret in ("my-configured-secret", "sk-proj-abc123DEF456", "AIzaSyA1234567890", "tok.en"):
        assert secret not in clean
    assert clean.count("[redacted]") == 4
    assert ProviderError("x" * 1000, transient=False).message == "x" * 300


# --- circuit breaker -----------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_breaker_opens_after_consecutive_failures_and_skips_during_cooldown() -> None:
    clock = Clock()
    breaker = CircuitBreaker("gemini", threshold=3, cooldown_s=30, clock=clock)
    for _ in range(2):
        assert breaker.allow()
        breaker.record_failure()
    assert breaker.state is BreakerState.CLOSED
    breaker.record_failure()
    assert breaker.state is BreakerState.OPEN and not breaker.allow()
    clock.now += 29
    assert not breaker.allow()
    assert breaker.snapshot().retry_in_s == pytest.approx(1.0)


def test_a_success_resets_the_failure_count() -> None:
    breaker = CircuitBreaker("p", threshold=2, clock=Clock())
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()
    assert breaker.state is BreakerState.CLOSED and breaker.snapshot().consecutive_failures == 1


def test_half_open_lets_one_trial_through_and_closes_on_success() -> None:
    clock = Clock()
    breaker = CircuitBreaker("p", threshold=1, cooldown_s=10, clock=clock)
    breaker.record_failure()
    clock.now += 10
    assert breaker.state is BreakerState.HALF_OPEN
    assert breaker.allow()  # the trial
    assert not breaker.allow()  # only one at a time
    breaker.record_success()
    assert breaker.state is BreakerState.CLOSED and breaker.allow()
    snap = breaker.snapshot()
    assert (snap.total_failures, snap.total_successes) == (1, 1)


def test_a_failed_trial_opens_the_breaker_again() -> None:
    clock = Clock()
    breaker = CircuitBreaker("p", threshold=3, cooldown_s=10, clock=clock)
    for _ in range(3):
        breaker.record_failure()
    clock.now += 10
    assert breaker.allow()
    breaker.record_failure()
    assert breaker.state is BreakerState.OPEN and not breaker.allow()


def test_a_trial_that_never_reports_stops_blocking_after_a_cooldown() -> None:
    clock = Clock()
    breaker = CircuitBreaker("p", threshold=1, cooldown_s=10, clock=clock)
    breaker.record_failure()
    clock.now += 10
    assert breaker.allow()
    clock.now += 5
    assert not breaker.allow()
    clock.now += 5
    assert breaker.allow()
