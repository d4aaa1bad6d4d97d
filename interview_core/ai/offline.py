"""The offline provider: the adapter between the provider interface and `interviewer/`.

The interviewer itself (reading answers, planning, wording, deciding) lives in
`interview_core.interviewer`; this module only streams its questions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..interviewer.answers import AnswerSignals, read_answer
from ..interviewer.engine import plan_question, prepare
from ..interviewer.phrases import FEEDBACK_PHRASES
from .base import InterviewContext, Provider, ProviderReply

__all__ = [
    "FEEDBACK_PHRASES",
    "AnswerSignals",
    "OfflineProvider",
    "plan_question",
    "prepare_reading",
    "read_answer",
]


def prepare_reading(ctx: InterviewContext, stored: str | None) -> str:
    """Ready the interviewer for `ctx` (the offline provider's, and the brief a language
    model gets) from the reading of the documents stored with the session, reading the
    documents only when none is stored; returns the reading to store with the session."""
    return prepare(ctx, stored)


def _chunks(text: str, words_per_chunk: int = 3) -> Iterator[str]:
    tokens = re.findall(r"\S+\s*", text)
    for start in range(0, len(tokens), words_per_chunk):
        yield "".join(tokens[start : start + words_per_chunk])


class OfflineProvider(Provider):
    """The default provider: a deterministic interviewer that reads both documents."""

    name = "offline"
    model = "offline-planner"

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        """Plan question `ctx.question_number` and stream it a few words at a time."""
        return ProviderReply(chunks=_chunks(plan_question(ctx)))
