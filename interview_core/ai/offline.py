"""The offline provider: the adapter between the provider interface and `interviewer/`.

The interviewer itself (reading answers, planning, wording, deciding) lives in
`interview_core.interviewer`; this module only streams its questions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..interviewer.answers import AnswerSignals, read_answer
from ..interviewer.engine import plan_question
from .base import InterviewContext, Provider, ProviderReply

__all__ = ["AnswerSignals", "OfflineProvider", "plan_question", "read_answer"]


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
