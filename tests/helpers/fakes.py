"""Test doubles: a scripted provider in the spirit of a fake model with canned replies."""

from __future__ import annotations

from collections import deque

from interview_core.ai.base import Provider, ProviderReply
from interview_core.context import InterviewContext

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


# Real, distinct questions for the web tests, so no unscripted reply looks repeated.
QUESTIONS = (
    "Walk me through the Kafka order pipeline you built at Acme: what did you own?",
    "How did you plan the move of forty services to Kubernetes without downtime?",
    "Which PostgreSQL performance problem taught you the most, and how did you find it?",
    "Tell me about a time you disagreed with a product manager on scope.",
    "How would you design observability for a payments platform from scratch?",
    "What does a good code review look like when you mentor a junior engineer?",
    "Describe an incident you led: how was it detected and what changed afterwards?",
    "Why Initech, and what would you want to achieve in your first ninety days?",
)


class InterviewerScript(ScriptedProvider):
    """ScriptedProvider (queue of replies and exceptions); when the queue is empty, question
    N is `QUESTIONS[N - 1]` instead of a numbered placeholder, so no reply looks repeated."""

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        if not self.replies:
            self.replies.append(QUESTIONS[ctx.question_number - 1])
        return super().stream_question(ctx)
