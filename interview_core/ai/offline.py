"""The offline provider: the adapter between the provider interface and the offline engines.

The interviewer (reading answers, planning, wording, deciding) lives in
`interview_core.interviewer` and the coach in `interview_core.scorer`; this module streams
the one's questions and hands over the other's feedback, through the same interface as
every other provider. The engines load when the provider is built, not with the
catalogue, so reading the configuration stays cheap (`config.load_settings` reads it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..context import InterviewContext, Turn
from .base import Provider, ProviderReply

if TYPE_CHECKING:
    from ..feedback_schema import FeedbackReport

__all__ = ["OfflineProvider", "load_word_lists", "prepare_reading"]


def prepare_reading(ctx: InterviewContext, stored: str | None) -> str:
    """Ready the interviewer for `ctx` (the offline provider's, and the brief a language
    model gets) from the reading of the documents stored with the session, reading the
    documents only when none is stored; returns the reading to store with the session."""
    from ..interviewer.engine import prepare

    return prepare(ctx, stored)


def load_word_lists() -> None:
    """Load the dictionaries the interviewer reads and writes with (word forms: about 1.5 s
    of loading, otherwise paid by a server process's first interview and its first answer),
    by planning two questions of a tiny interview."""
    from ..interviewer.engine import plan_question

    ctx = InterviewContext(
        job_title="Engineer",
        company_name="Example Ltd",
        cv_text="Engineer, Example Ltd (2020 - present)\n- Built and tested reporting tools",
        job_description="Engineer\nResponsibilities:\n- Build and maintain reporting tools",
    )
    first = plan_question(ctx)
    answer = "I built a reporting tool in Python and cut report time by 40% in a month."
    plan_question(replace(ctx, turns=(Turn(first, answer),)))
    # Word forms are loaded on first use: ask for both kinds once.
    from lemminflect import getAllInflections, getAllLemmas

    getAllLemmas("built")
    getAllInflections("build")


def _chunks(text: str, words_per_chunk: int = 3) -> Iterator[str]:
    tokens = re.findall(r"\S+\s*", text)
    for start in range(0, len(tokens), words_per_chunk):
        yield "".join(tokens[start : start + words_per_chunk])


class OfflineProvider(Provider):
    """The default provider: a deterministic interviewer that reads both documents."""

    name = "offline"
    label = "the offline interviewer"
    model = "offline-planner"

    def __init__(self) -> None:
        # Loaded here, like an SDK, so the first interview does not wait for them.
        from ..interviewer.engine import plan_question
        from ..scorer import score_interview

        self._plan = plan_question
        self._score = score_interview

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        """Plan question `ctx.question_number` and stream it a few words at a time."""
        return ProviderReply(chunks=_chunks(self._plan(ctx)))

    def generate_feedback(self, ctx: InterviewContext) -> FeedbackReport:
        """The offline coach's complete report (its rubric scores; nothing to merge)."""
        report = self._score(ctx)
        by = report.generated_by.model_copy(update={"provider": self.name})
        return report.model_copy(update={"generated_by": by})

    def feedback_note(self, fallback: bool) -> str:
        """What the candidate reads while the rubric scores the answers."""
        if fallback:
            return "No model wrote usable feedback; scoring with the offline rubric instead…"
        return "Scoring your answers with the offline rubric…"
