"""A scripted interviewer for the web tests whose unscripted questions are real, distinct ones."""

from __future__ import annotations

from interview_core.ai.base import InterviewContext, ProviderReply
from tests.fakes import ScriptedProvider

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
