"""The provider chain: ask the primary, fall back in order, record every call."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Generator, Iterable

from ..config import Settings
from ..errors import ModelFailure
from .base import CallRecord, InterviewContext, Provider, QuestionResult
from .registry import build_provider

Recorder = Callable[[CallRecord], None]


def _chunk_words(text: str) -> Iterable[str]:
    # Re-stream a buffered question a few words at a time so the UI still types it out.
    for match in re.finditer(r"\S+\s*", text):
        yield match.group(0)


class AIService:
    """Asks the configured providers, in chain order, for questions and feedback."""

    def __init__(self, providers: list[Provider]) -> None:
        if not providers:
            raise ValueError("at least one provider is needed")
        self.providers = providers

    @classmethod
    def from_settings(cls, settings: Settings) -> AIService:
        """Build the chain `INTERVIEW_AI_PROVIDER` + `INTERVIEW_AI_FALLBACKS`."""
        return cls([build_provider(name, settings) for name in settings.provider_chain])

    @property
    def primary(self) -> Provider:
        return self.providers[0]

    def stream_question(
        self, ctx: InterviewContext, record: Recorder | None = None
    ) -> Generator[str, None, QuestionResult]:
        """Yield the next question's text in chunks; the generator returns who wrote it."""
        record = record or (lambda _r: None)
        asked = {t.question.strip().lower() for t in ctx.turns}
        errors: list[str] = []
        for position, provider in enumerate(self.providers):
            started = time.perf_counter()
            try:
                reply = provider.stream_question(ctx)
                text = "".join(reply.chunks).strip()
            except Exception as exc:  # noqa: BLE001 - any provider failure moves down the chain
                errors.append(f"{provider.name}: {type(exc).__name__}")
                record(
                    CallRecord(
                        provider=provider.name,
                        model=provider.model,
                        purpose="question",
                        latency_ms=(time.perf_counter() - started) * 1000,
                        outcome="error",
                        error=str(exc)[:300],
                        fallback=position > 0,
                    )
                )
                continue
            outcome = "ok" if text and text.lower() not in asked else "invalid"
            record(
                CallRecord(
                    provider=provider.name,
                    model=provider.model,
                    purpose="question",
                    latency_ms=(time.perf_counter() - started) * 1000,
                    outcome=outcome,
                    tokens_in=reply.usage.tokens_in,
                    tokens_out=reply.usage.tokens_out,
                    fallback=position > 0,
                )
            )
            if outcome != "ok":
                errors.append(f"{provider.name}: invalid question")
                continue
            yield from _chunk_words(text)
            return QuestionResult(
                text=text, provider=provider.name, model=provider.model, fallback=position > 0
            )
        raise ModelFailure(
            "The interviewer could not write the next question; your answer is saved, "
            "please try again. (" + "; ".join(errors) + ")"
        )
