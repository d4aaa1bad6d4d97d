"""Test doubles: a scripted provider in the spirit of a fake model with canned replies."""

from __future__ import annotations

from collections import deque

from interview_core.ai.base import InterviewContext, Provider, ProviderReply

# Distinct enough that the chain's near-repeat check never mistakes one for another.
_DEFAULT_QUESTIONS = (
    "What drew you to this role?",
    "Describe the hardest production incident you handled.",
    "How do you decide what to test first?",
    "Tell me about a disagreement with a product manager.",
    "Which design would you choose for an audit log, and why?",
    "When did you last change your mind about a technical choice?",
    "How would you mentor a new graduate joining the team?",
    "What would you aim to achieve in your first ninety days?",
)


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
