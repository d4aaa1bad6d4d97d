"""The provider chain: ask the primary, retry an invalid reply once, fall back in order.

Who does what
-------------
- Each remote provider retries its own transient HTTP failures through `RetryPolicy` (the
  one retry owner; SDK retries are off). Every outbound request is reported through
  `retry.observe_attempts`, so each becomes a `CallRecord` (a ``model_calls`` row).
- This service owns the rest: a `CircuitBreaker` per provider skips one that keeps failing
  (the last provider of the chain is never skipped: it is the last resort); a reply that
  breaks the output contract (`prompts.finalize_question`) is asked for once more; then
  the next provider in the chain answers, labelled as a fallback. Language-model replies
  (`Provider.language_model`) meet the whole contract; a deterministic provider such as
  the offline interviewer is only checked for emptiness and length.
- The candidate's answer is committed by the core before any of this runs.

Streaming design
----------------
`stream_question` passes text through as the provider streams it, but never shows text that
may still be rejected by a rule that can be judged early:

1. The first `STREAM_HOLD_CHARS` characters (about 30 tokens, well under a second of
   generation) are held back; the opening rules run on them (a "Question 3:" label or a
   short acknowledgement is dropped, an opening that is feedback rejects the reply), so a
   reply that starts wrong is never shown. Replies shorter than that, which is most
   questions, are validated completely before their first word is shown.
2. After that, text is released as it arrives, except trailing whitespace, quotes and
   markdown markers, which are held until the end because the final clean-up trims them.
3. At the end the whole text is validated (length, one question, not a repeat). In the rare
   case that text already shown is then rejected, or a stream breaks midway, the generator
   yields `RETRACT` (an empty-string marker, an instance of `Retraction`) before the
   replacement text. Displays that stream should clear what they have shown when they see
   it; consumers that only join the chunks are unaffected because the marker is empty, and
   the question stored and returned (`QuestionResult.text`) is always the validated one.

Each released piece is split into words so that a provider that answers in one piece (the
offline interviewer) still types out on screen.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from typing import Any

from ..config import Settings
from ..context import CallRecord, InterviewContext
from ..errors import ModelFailure
from .base import Provider, QuestionResult, Usage
from .breaker import BreakerSnapshot, CircuitBreaker
from .prompts import MAX_QUESTION_CHARS, InvalidQuestion, check_opening, finalize_question
from .registry import build_provider, validate_settings
from .retry import (
    MAX_ERROR_CHARS,
    Attempt,
    InvalidReply,
    ProviderError,
    describe,
    observe_attempts,
)

log = logging.getLogger(__name__)

Recorder = Callable[[CallRecord], None]

MSG_QUESTION_FAILED = (
    "The interviewer could not write the next question; your answer is saved, please try again."
)
MSG_FEEDBACK_FAILED = "The feedback could not be written; your answers are saved, please try again."

STREAM_HOLD_CHARS = 120
# Stop reading a reply that is already far past the length limit: it will be rejected.
MAX_STREAM_CHARS = MAX_QUESTION_CHARS + 200
# Characters the final clean-up trims from the end of a reply; never released early.
_TRAILING_JUNK = " \t\r\n*_#>\"'`“”‘’«»"


class Retraction(str):
    """Marker chunk (an empty string): the text streamed so far was rejected; clear it."""


RETRACT = Retraction("")


def _chunk_words(text: str) -> Iterable[str]:
    # Whole words with their trailing space, so the chunks join back into `text` exactly.
    return re.findall(r"\S+\s*|\s+", text)


def call_record(
    provider: Provider,
    purpose: str,
    outcome: str,
    latency_ms: float,
    *,
    fallback: bool,
    error: str | None = None,
    usage: Usage | None = None,
) -> CallRecord:
    """The record of one call to `provider` (errors cut to what a `model_calls` row keeps)."""
    return CallRecord(
        provider=provider.name,
        model=provider.model,
        purpose=purpose,
        latency_ms=latency_ms,
        outcome=outcome,
        tokens_in=usage.tokens_in if usage else None,
        tokens_out=usage.tokens_out if usage else None,
        error=error[:MAX_ERROR_CHARS] if error else None,
        fallback=fallback,
    )


def _since_ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _ignore(_record: CallRecord) -> None:
    return None


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, ProviderError):
        return exc.message
    return describe(exc)


@dataclass(frozen=True)
class _Outcome:
    result: QuestionResult | None = None
    invalid: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class FeedbackResult:
    """Feedback from the first provider that wrote a valid one, and who that was."""

    data: Any  # the validated value, or the raw dict when no validator was given
    provider: str
    model: str
    fallback: bool


class AIService:
    """Asks the configured providers, in chain order, for questions and feedback."""

    def __init__(
        self,
        providers: list[Provider],
        *,
        breaker_threshold: int = 3,
        breaker_cooldown_s: float = 60.0,
        stream_deadline_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not providers:
            raise ValueError("at least one provider is needed")
        self.providers = providers
        self.stream_deadline_s = stream_deadline_s
        self.breakers: dict[str, CircuitBreaker] = {
            p.name: CircuitBreaker(
                p.name, threshold=breaker_threshold, cooldown_s=breaker_cooldown_s, clock=clock
            )
            for p in providers
        }

    @classmethod
    def from_settings(cls, settings: Settings) -> AIService:
        """Build the chain `INTERVIEW_AI_PROVIDER` + `INTERVIEW_AI_FALLBACKS`.

        Raises ConfigError at once when a provider in the chain lacks its key.
        """
        validate_settings(settings)
        return cls(
            [build_provider(name, settings) for name in settings.provider_chain],
            breaker_threshold=settings.ai_breaker_threshold,
            breaker_cooldown_s=settings.ai_breaker_cooldown_s,
            stream_deadline_s=settings.ai_timeout_s * 2,
        )

    def worst_case_turn_s(self) -> float:
        """The longest a question or feedback turn can wait on remote providers before the
        chain gives up or the next provider answers: per remote provider two calls (an
        invalid reply is asked for once more), each bounded by its retry policy and its
        per-attempt timeout. Deterministic providers add no waiting."""
        total = 0.0
        for provider in self.providers:
            policy = getattr(provider, "policy", None)
            timeout_s = getattr(provider, "timeout_s", None)
            if policy is not None and timeout_s is not None:
                total += 2 * policy.worst_case_s(timeout_s)
        return total

    def breaker_snapshots(self) -> list[BreakerSnapshot]:
        """The circuit-breaker state of every provider, in chain order."""
        return [self.breakers[p.name].snapshot() for p in self.providers]

    # --- shared bookkeeping ---------------------------------------------------------------

    def _may_call(self, provider: Provider, last: bool) -> bool:
        # The last provider is the last resort: skipping it would only turn a slow answer
        # into a certain failure.
        return last or self._breaker(provider).allow()

    def _breaker(self, provider: Provider) -> CircuitBreaker:
        breaker = self.breakers.get(provider.name)
        if breaker is None:  # a stand-in from outside the chain (feedback's last resort)
            first = next(iter(self.breakers.values()))
            breaker = CircuitBreaker(
                provider.name, threshold=first.threshold, cooldown_s=first.cooldown_s
            )
            self.breakers[provider.name] = breaker
        return breaker

    @staticmethod
    def _record_attempts(
        record: Recorder,
        provider: Provider,
        purpose: str,
        attempts: list[Attempt],
        fallback: bool,
    ) -> None:
        for attempt in attempts:
            if attempt.error is None:
                continue
            error = f"attempt {attempt.number}: {attempt.error.message}"
            record(
                call_record(
                    provider, purpose, "error", attempt.latency_ms, fallback=fallback, error=error
                )
            )

    def _record_failure(
        self,
        record: Recorder,
        provider: Provider,
        purpose: str,
        attempts: list[Attempt],
        exc: BaseException,
        started: float,
        fallback: bool,
    ) -> str:
        """Record a call that raised (every attempt of it); returns the error text."""
        message = _error_text(exc)
        if any(a.error is not None for a in attempts):
            self._record_attempts(record, provider, purpose, attempts, fallback)
        else:
            record(
                call_record(
                    provider, purpose, "error", _since_ms(started), fallback=fallback, error=message
                )
            )
        return message

    def _record_invalid(
        self,
        record: Recorder,
        provider: Provider,
        purpose: str,
        attempts: list[Attempt],
        exc: InvalidReply,
        started: float,
        fallback: bool,
    ) -> None:
        """Record a call whose server answered with an unusable reply (after any retries)."""
        last = attempts[-1] if attempts and attempts[-1].error is exc else None
        earlier = attempts[:-1] if last is not None else attempts
        self._record_attempts(record, provider, purpose, earlier, fallback)
        latency_ms = last.latency_ms if last else _since_ms(started)
        error = f"invalid reply: {exc.message}"
        record(
            call_record(provider, purpose, "invalid", latency_ms, fallback=fallback, error=error)
        )

    @staticmethod
    def _skipped(record: Recorder, provider: Provider, purpose: str, fallback: bool) -> None:
        error = "circuit open: skipped after repeated failures"
        record(call_record(provider, purpose, "skipped", 0.0, fallback=fallback, error=error))

    # --- questions ------------------------------------------------------------------------

    def stream_question(
        self, ctx: InterviewContext, record: Recorder | None = None
    ) -> Generator[str, None, QuestionResult]:
        """Yield the next question's text in chunks; the generator returns who wrote it.

        May yield `RETRACT` (see the module docstring). Raises ModelFailure when every
        provider failed; each call has been passed to `record` by then.
        """
        record = record or _ignore
        errors: list[str] = []
        last = len(self.providers) - 1
        for position, provider in enumerate(self.providers):
            fallback = position > 0
            if not self._may_call(provider, position == last):
                self._skipped(record, provider, "question", fallback)
                errors.append(f"{provider.name}: skipped (circuit open)")
                continue
            for _ in range(2):  # an invalid reply is asked for once more
                outcome = yield from self._question_from(provider, ctx, record, fallback)
                if outcome.result is not None:
                    return outcome.result
                if outcome.error is not None:
                    errors.append(f"{provider.name}: {outcome.error}")
                    break
                errors.append(f"{provider.name}: invalid reply ({outcome.invalid})")
            log.warning(
                "question %d: %s did not answer; trying the next provider",
                ctx.question_number,
                provider.name,
            )
        # Users get one plain sentence; the detail goes to the log and, through the
        # recorded calls, to the AI settings page.
        log.error("question %d: every provider failed: %s", ctx.question_number, "; ".join(errors))
        raise ModelFailure(MSG_QUESTION_FAILED)

    def _question_from(
        self, provider: Provider, ctx: InterviewContext, record: Recorder, fallback: bool
    ) -> Generator[str, None, _Outcome]:
        """One call to one provider: stream, validate, record; returns what happened."""
        breaker = self.breakers[provider.name]
        attempts: list[Attempt] = []
        started = time.perf_counter()
        try:
            with observe_attempts(attempts.append):
                reply = provider.stream_question(ctx)
        except InvalidReply as exc:
            # The server answered, so it is up: an unusable body is an invalid reply.
            self._record_invalid(record, provider, "question", attempts, exc, started, fallback)
            breaker.record_success()
            return _Outcome(invalid=exc.message)
        except Exception as exc:  # noqa: BLE001 - any provider failure moves down the chain
            message = self._record_failure(
                record, provider, "question", attempts, exc, started, fallback
            )
            breaker.record_failure()
            log.warning("%s failed: %s", provider.name, message)
            return _Outcome(error=message)
        self._record_attempts(record, provider, "question", attempts, fallback)
        call_started = attempts[-1].started if attempts else started

        strict = provider.language_model
        raw = ""
        shown = ""
        offset: int | None = None
        invalid: str | None = None
        failure: BaseException | None = None
        try:
            for chunk in reply.chunks:
                raw += chunk
                if time.perf_counter() - call_started > self.stream_deadline_s:
                    raise ProviderError(
                        f"the reply took longer than {self.stream_deadline_s:g} s",
                        transient=True,
                    )
                if len(raw) > MAX_STREAM_CHARS:
                    invalid = f"longer than {MAX_QUESTION_CHARS} characters"
                    break
                if offset is None and len(raw) >= STREAM_HOLD_CHARS:
                    offset = check_opening(raw, strict)
                if offset is not None:
                    end = len(raw.rstrip(_TRAILING_JUNK))
                    piece = raw[offset + len(shown) : end]
                    if piece:
                        shown += piece
                        yield from _chunk_words(piece)
        except InvalidQuestion as exc:
            invalid = exc.reason
        except InvalidReply as exc:
            invalid = exc.message
        except Exception as exc:  # noqa: BLE001 - a broken stream moves down the chain
            failure = exc
        finally:
            close = getattr(reply.chunks, "close", None)
            if close is not None:
                close()
        latency_ms = (time.perf_counter() - call_started) * 1000

        usage = reply.usage  # filled by the provider once its stream is drained

        def call(outcome: str, error: str | None = None) -> None:
            record(
                call_record(
                    provider,
                    "question",
                    outcome,
                    latency_ms,
                    fallback=fallback,
                    error=error,
                    usage=usage,
                )
            )

        if failure is not None:
            if shown:
                yield RETRACT
            message = _error_text(failure)
            call("error", message)
            breaker.record_failure()
            log.warning("%s failed mid-stream: %s", provider.name, message)
            return _Outcome(error=message)

        breaker.record_success()
        text = ""
        if invalid is None:
            try:
                text = finalize_question(raw, ctx, strict)
            except InvalidQuestion as exc:
                invalid = exc.reason
        if invalid is not None:
            if shown:
                yield RETRACT
            call("invalid", f"invalid reply: {invalid}")
            log.info("%s wrote an invalid question: %s", provider.name, invalid)
            return _Outcome(invalid=invalid)

        if not text.startswith(shown):
            # Only reachable if the opening clean-up judged the full text differently.
            yield RETRACT
            shown = ""
        yield from _chunk_words(text[len(shown) :])
        call("ok")
        return _Outcome(
            result=QuestionResult(
                text=text, provider=provider.name, model=provider.model, fallback=fallback
            )
        )

    # --- feedback -------------------------------------------------------------------------

    def generate_feedback(
        self,
        ctx: InterviewContext,
        record: Recorder | None = None,
        validate: Callable[[Any], Any] | None = None,
        *,
        last_resort: Provider | None = None,
        on_provider: Callable[[Provider, bool], None] | None = None,
    ) -> FeedbackResult:
        """Feedback from the first provider whose reply parses (and passes `validate`).

        A reply that is not JSON, or that `validate` rejects (raising ValueError, which
        includes pydantic's ValidationError), is asked for once more; then the next provider
        answers. Providers without feedback (NotImplementedError) are passed over silently.
        `last_resort` answers after the chain when it is not in the chain already;
        `on_provider(provider, fallback)` hears which provider is asked next.
        Raises ModelFailure when none wrote usable feedback.
        """
        record = record or _ignore
        chain = list(self.providers)
        if last_resort is not None and all(p.name != last_resort.name for p in chain):
            chain.append(last_resort)
        errors: list[str] = []
        for position, provider in enumerate(chain):
            fallback = position > 0
            if not self._may_call(provider, position == len(chain) - 1):
                self._skipped(record, provider, "feedback", fallback)
                errors.append(f"{provider.name}: skipped (circuit open)")
                continue
            if on_provider is not None:
                on_provider(provider, fallback)
            breaker = self._breaker(provider)
            for _ in range(2):
                attempts: list[Attempt] = []
                started = time.perf_counter()
                try:
                    with observe_attempts(attempts.append):
                        data, usage = provider.feedback_reply(ctx)
                except NotImplementedError:
                    break
                except InvalidReply as exc:
                    self._record_invalid(
                        record, provider, "feedback", attempts, exc, started, fallback
                    )
                    breaker.record_success()
                    errors.append(f"{provider.name}: {exc.message}")
                    continue
                except Exception as exc:  # noqa: BLE001 - any failure moves down the chain
                    message = self._record_failure(
                        record, provider, "feedback", attempts, exc, started, fallback
                    )
                    breaker.record_failure()
                    errors.append(f"{provider.name}: {message}")
                    break
                self._record_attempts(record, provider, "feedback", attempts, fallback)
                breaker.record_success()
                latency_ms = (
                    time.perf_counter() - (attempts[-1].started if attempts else started)
                ) * 1000
                value: Any = data
                outcome, error = "ok", None
                if validate is not None:
                    try:
                        value = validate(data)
                    except ValueError as exc:
                        outcome, error = "invalid", f"invalid feedback: {describe(exc)}"
                record(
                    call_record(
                        provider,
                        "feedback",
                        outcome,
                        latency_ms,
                        fallback=fallback,
                        error=error,
                        usage=usage,
                    )
                )
                if outcome == "ok":
                    return FeedbackResult(value, provider.name, provider.model, fallback)
                errors.append(f"{provider.name}: {error}")
        log.error("feedback: every provider failed: %s", "; ".join(errors))
        raise ModelFailure(MSG_FEEDBACK_FAILED)
