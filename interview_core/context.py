"""What a provider is given and what a call reports: the types shared by the engines.

The rule engines (`interviewer/`, `scorer/`), the providers (`ai/`) and the services all
speak these types; keeping them here means no engine imports the provider package.
"""

from __future__ import annotations

from dataclasses import dataclass

# An interview is this many questions (the schema's checks and `interview.py` hold it).
MAX_QUESTIONS = 8


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
