"""The one interface every AI provider implements, and the data it is given."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..models import MAX_QUESTIONS


@dataclass(frozen=True)
class Turn:
    """A question asked so far and the candidate's answer to it (None while pending)."""

    question: str
    answer: str | None = None


@dataclass(frozen=True)
class InterviewContext:
    """Everything a provider may use to write the next question or the feedback."""

    job_title: str
    company_name: str
    cv_text: str
    job_description: str
    turns: tuple[Turn, ...] = ()
    max_questions: int = MAX_QUESTIONS

    @property
    def question_number(self) -> int:
        """The number (1-based) of the question to write next."""
        return len(self.turns) + 1

    @property
    def remaining(self) -> int:
        """Questions still to ask, counting the one to write next."""
        return self.max_questions - len(self.turns)

    @property
    def is_last_question(self) -> bool:
        return self.question_number == self.max_questions


@dataclass
class Usage:
    """Token counts when the server reports them."""

    tokens_in: int | None = None
    tokens_out: int | None = None


@dataclass
class ProviderReply:
    """A provider's streamed reply: iterate `chunks`; `usage` is filled once they are drained."""

    chunks: Iterator[str]
    usage: Usage = field(default_factory=Usage)


class Provider(ABC):
    """A source of interview questions and feedback."""

    name: str = "base"
    model: str = "base"
    # Language-model replies must pass the whole output contract (ai/prompts.py); a
    # deterministic provider (offline) is trusted with its wording, checked only for length.
    language_model: bool = False

    @abstractmethod
    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        """Start writing question `ctx.question_number`; chunks join into the question."""

    def generate_feedback(self, ctx: InterviewContext) -> dict[str, Any]:
        """Feedback for a complete interview as a JSON-ready dict (see `feedback.py`)."""
        raise NotImplementedError(f"{self.name} does not write feedback")


@dataclass(frozen=True)
class CallRecord:
    """What one provider call did, for the `model_calls` table."""

    provider: str
    model: str
    purpose: str
    latency_ms: float
    outcome: str  # "ok" | "error" | "invalid" | "skipped"
    tokens_in: int | None = None
    tokens_out: int | None = None
    error: str | None = None
    fallback: bool = False


@dataclass(frozen=True)
class QuestionResult:
    """The accepted question and who wrote it."""

    text: str
    provider: str
    model: str
    fallback: bool
