"""Test doubles: a scripted provider in the spirit of a fake model with canned replies."""

from __future__ import annotations

from collections import deque

from interview_core.ai.base import InterviewContext, Provider, ProviderReply


class ScriptedProvider(Provider):
    """Replies from a queue; an Exception in the queue is raised instead. Empty queue: numbered questions."""

    name = "scripted"
    model = "scripted-1"

    def __init__(self, *replies: str | Exception) -> None:
        self.replies: deque[str | Exception] = deque(replies)
        self.calls = 0

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        self.calls += 1
        reply = (
            self.replies.popleft() if self.replies else f"Scripted question {ctx.question_number}?"
        )
        if isinstance(reply, Exception):
            raise reply
        return ProviderReply(chunks=iter([reply]))
