"""The one retry owner for remote providers: classify failures, retry only transient ones.

The SDKs' own retries are switched off (openai ``max_retries=0``; google-genai without
``HttpRetryOptions``), so every outbound request is one attempt of a `RetryPolicy`:

- only transient failures are retried: HTTP 408, 429 and 5xx, timeouts, connection errors;
- a ``Retry-After`` (or ``retry-after-ms``) from the server is honoured exactly when it is
  at most `RetryPolicy.retry_after_cap_s`; a longer one ends the retries at once, since
  retrying earlier than the server asked is pointless and waiting longer keeps the
  candidate staring at a spinner (the fallback chain answers instead);
- otherwise exponential backoff with jitter;
- bounded by `attempts` and by `max_total_s` (no attempt starts after the budget).

Each attempt is reported to the observer installed with `observe_attempts`, which is how
the AI service records every request in ``model_calls`` without the providers knowing
about the database. Error messages pass through `redact`, so keys never reach logs,
stored errors or the screen.
"""

from __future__ import annotations

import contextvars
import email.utils
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import tenacity

if TYPE_CHECKING:
    from ..config import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")

TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_ERROR_CHARS = 300

# Shapes of API keys that an upstream error message might echo back (OpenAI-style "sk-…",
# Google "AIza…", bearer tokens); configured keys are also redacted verbatim.
_KEY_PATTERNS = (
    re.compile(r"sk-[A-Za-z0-9_\-*]{4,}"),
    re.compile(r"AIza[0-9A-Za-z_\-]{10,}"),
    re.compile(r"(?i)bearer\s+[A-Za-z0-9._\-~+/=*]+"),
)


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """`text` with the given secrets and anything shaped like an API key replaced."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "[redacted]")
    for pattern in _KEY_PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


class ProviderError(Exception):
    """A provider call failed. `message` is short, redacted and safe to show and store."""

    def __init__(
        self,
        message: str,
        *,
        transient: bool,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        message = message[:MAX_ERROR_CHARS]
        super().__init__(message)
        self.message = message
        self.transient = transient
        self.status = status
        self.retry_after = retry_after


class InvalidReply(ProviderError, ValueError):
    """The server answered, but the reply is unusable (malformed body, not JSON, wrong shape).

    Also a ValueError, so callers that treat bad model output as "invalid, try once more"
    (as they do with pydantic's ValidationError) catch it the same way.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message, transient=False)


def parse_retry_after(
    headers: Mapping[str, str] | None, now: datetime | None = None
) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date)."""
    if not headers:
        return None
    lowered = {str(k).lower(): str(v) for k, v in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


def is_transport_error(exc: BaseException) -> bool:
    """A timeout or connection failure below HTTP (httpx or httpx2, whichever the SDK uses)."""
    if isinstance(exc, TimeoutError | ConnectionError):
        return True
    root = type(exc).__module__.split(".")[0]
    if root not in {"httpx", "httpx2", "httpcore", "httpcore2"}:
        return False
    # Both httpx generations name their transport failures the same way.
    names = {cls.__name__ for cls in type(exc).__mro__}
    return bool(names & {"TransportError", "TimeoutException", "NetworkError", "ProtocolError"})


def is_transient(exc: BaseException) -> bool:
    """Whether retrying the same request may succeed."""
    if isinstance(exc, ProviderError):
        return exc.transient
    return is_transport_error(exc)


@dataclass(frozen=True)
class Attempt:
    """One outbound request: its number, when it started, how long it took, how it failed."""

    provider: str
    number: int
    started: float  # time.perf_counter() at the start
    latency_ms: float
    error: ProviderError | None = None


AttemptObserver = Callable[[Attempt], None]
_observer: contextvars.ContextVar[AttemptObserver | None] = contextvars.ContextVar(
    "interview_ai_attempt_observer", default=None
)


@contextmanager
def observe_attempts(callback: AttemptObserver) -> Iterator[None]:
    """Report every attempt made in this context (this thread or task only) to `callback`."""
    token = _observer.set(callback)
    try:
        yield
    finally:
        _observer.reset(token)


def _notify(attempt: Attempt) -> None:
    callback = _observer.get()
    if callback is not None:
        callback(attempt)


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries of transient failures; `sleep` is injectable so tests never wait."""

    attempts: int = 3
    max_total_s: float = 20.0
    retry_after_cap_s: float = 10.0
    backoff_initial_s: float = 0.5
    backoff_max_s: float = 4.0
    backoff_jitter_s: float = 0.5
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        """The policy configured by the ``INTERVIEW_AI_RETRY_*`` settings."""
        return cls(
            attempts=settings.ai_retry_attempts,
            max_total_s=settings.ai_retry_max_s,
            retry_after_cap_s=settings.ai_retry_after_cap_s,
        )

    def worst_case_s(self, timeout_s: float) -> float:
        """The longest one call under this policy can take when each attempt is cut off at
        `timeout_s` (`INTERVIEW_AI_TIMEOUT_S`): every attempt times out and every wait is
        the longest allowed; no attempt starts once `max_total_s` is spent."""
        longest_wait = max(self.backoff_max_s + self.backoff_jitter_s, self.retry_after_cap_s)
        every_attempt = self.attempts * timeout_s + (self.attempts - 1) * longest_wait
        return min(every_attempt, self.max_total_s + timeout_s)

    def _wait(self, state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            return float(retry_after)
        backoff = tenacity.wait_exponential_jitter(
            initial=self.backoff_initial_s, max=self.backoff_max_s, jitter=self.backoff_jitter_s
        )
        return backoff(state)

    def _stop(self, state: tenacity.RetryCallState, busy_s: float) -> bool:
        if state.attempt_number >= self.attempts:
            return True
        exc = state.outcome.exception() if state.outcome else None
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None and retry_after > self.retry_after_cap_s:
            return True
        # Time spent in attempts plus time waited (counted as planned, so an injected sleep
        # is budgeted like a real one) plus the wait ahead must fit in the budget.
        return busy_s + state.idle_for + state.upcoming_sleep >= self.max_total_s

    def call(self, fn: Callable[[], T], *, provider: str = "provider") -> T:
        """Run `fn`, retrying transient failures; re-raises the last failure when done."""
        number = 0
        busy_s = 0.0

        def attempt() -> T:
            nonlocal number, busy_s
            number += 1
            started = time.perf_counter()
            try:
                result = fn()
            except ProviderError as exc:
                busy_s += time.perf_counter() - started
                _notify(Attempt(provider, number, started, busy_ms(started), exc))
                raise
            _notify(Attempt(provider, number, started, busy_ms(started)))
            return result

        def busy_ms(started: float) -> float:
            return (time.perf_counter() - started) * 1000

        def before_sleep(state: tenacity.RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            log.warning(
                "%s: attempt %d failed (%s); retrying in %.2f s",
                provider,
                state.attempt_number,
                getattr(exc, "message", type(exc).__name__),
                state.upcoming_sleep,
            )

        retrying = tenacity.Retrying(
            stop=lambda state: self._stop(state, busy_s),
            wait=self._wait,
            retry=tenacity.retry_if_exception(is_transient),
            sleep=self.sleep,
            before_sleep=before_sleep,
            reraise=True,
        )
        return retrying(attempt)


def describe(exc: BaseException, secrets: Iterable[str | None] = ()) -> str:
    """A one-line, redacted description of any exception, for logs and stored errors."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    label = type(exc).__name__
    return redact(f"{label}: {text}" if text else label, secrets)[:MAX_ERROR_CHARS]


def error_from_status(
    status: int, message: str, headers: Mapping[str, Any] | None, secrets: Iterable[str | None]
) -> ProviderError:
    """The ProviderError for an HTTP error status (transient for 408, 429 and 5xx)."""
    short = " ".join(redact(message or "", secrets).split())[:160]
    return ProviderError(
        f"HTTP {status}" + (f": {short}" if short else ""),
        transient=status in TRANSIENT_STATUSES or status >= 500,
        status=status,
        retry_after=parse_retry_after(headers) if headers is not None else None,
    )
