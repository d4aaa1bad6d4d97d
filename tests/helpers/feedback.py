"""Feedback test material: eight answers and their questions, model payloads, a fake provider."""

from __future__ import annotations

from collections import deque
from typing import Any

from interview_core.ai.base import Provider, ProviderReply
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.context import InterviewContext, Turn
from interview_core.db import Database
from interview_core.interview import answer_question, start_interview
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD

# Eight answers of mixed quality, as a candidate for the sample backend role might give them.
ANSWERS = (
    "At Acme Corp our order pipeline missed its latency target during sales: p95 checkout "
    "latency hit 2.4 seconds against a goal of 800 milliseconds. I owned the fix. I profiled "
    "the Python consumers, batched the PostgreSQL writes and added Prometheus histograms. "
    "p95 latency dropped to 610 milliseconds and we handled Black Friday at twice the peak.",
    "We had an incident with the payment webhooks once. We looked at the dashboards and the "
    "logs and we tried a few things and talked about what might be happening.",
    "I mentored two graduate engineers for a year at Acme. I reviewed one pull request with "
    "each of them every week and gave each a Kafka consumer to own. Both were promoted within "
    "14 months.",
    "I would listen to the stakeholder first and try to understand what they need. Then I "
    "would explain the constraints and I would probably involve my manager.",
    "So, um, basically the migration was, like, a really big thing, you know, and I think "
    "everyone sort of agreed we should probably move to Kubernetes at some point, and "
    "eventually things got moved over, more or less.",
    "I use logging and monitoring.",
    "In 2022 I designed the refunds service. I wrote the design, chose Kafka events with "
    "idempotency keys in PostgreSQL and built the first version myself. Refunds now complete in "
    "under two minutes and refund tickets fell by 70%.",
    "I have spent four years on payment flows at Acme and I want to own that problem at a "
    "larger scale; your role also leads system design, which is the next step I want.",
)


# The questions those answers reply to, in order.
QUESTIONS = (
    "Tell me about a time you improved the performance of a system in production.",
    "Describe a production incident you handled while on call.",
    "How have you mentored less experienced engineers?",
    "Give an example of a time you had to push back on a stakeholder.",
    "How did you lead the migration of your services to Kubernetes?",
    "How do you make sure your services are observable?",
    "Tell me about a system you designed from scratch.",
    "Why do you want to work on our payments platform?",
)

# A finished interview as the feedback chain reads it: the sample CV and job, those answers.
CTX = InterviewContext(
    job_title="Senior Backend Engineer",
    company_name="Initech",
    cv_text=SAMPLE_CV,
    job_description=SAMPLE_JD,
    turns=tuple(Turn(f"Question {i}?", a) for i, a in enumerate(ANSWERS, 1)),
)


def finish_interview(
    db: Database, actor: Actor, session_id: int, ai: AIService, answers: tuple[str, ...] = ANSWERS
) -> None:
    """Answer every question of a started session with `answers`."""
    start_interview(db, actor, session_id, ai)
    for answer in answers:
        answer_question(db, actor, session_id, answer, ai)


def model_feedback_dict(ctx: InterviewContext, score: float = 72) -> dict[str, Any]:
    """A valid ModelFeedback payload for every answered turn of `ctx`."""
    return {
        "questions": [
            {
                "number": i,
                "score": score,
                "dimensions": {
                    "relevance": 80,
                    "structure": 70,
                    "evidence": 65,
                    "communication": 75,
                },
                "verdict": f"Model verdict {i}.",
                "missing": ["A measurable result."],
                "stronger_answer": ["Set the scene.", "Say what you did.", "Give the result."],
            }
            for i in range(1, len(ctx.turns) + 1)
        ],
        "strengths": ["Concrete numbers.", "Clear ownership.", "Named tools."],
        "weaknesses": ["Vague answer 2.", "Hypothetical answer 4.", "Filler in answer 5."],
        "cv_improvements": ["Add Prometheus.", "Quantify Globex.", "Add a profile."],
        "extra_key_models_like_to_add": True,
    }


class FeedbackProvider(Provider):
    """A model provider whose feedback replies come from a queue.

    Each item is a dict or str (returned), an Exception (raised), or a callable taking the
    context (called). An empty queue raises ConnectionError.
    """

    def __init__(self, *replies: Any, name: str = "fakemodel") -> None:
        self.name = name
        self.model = f"{name}-1"
        self.replies: deque[Any] = deque(replies)
        self.feedback_calls = 0

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        return ProviderReply(chunks=iter([f"Question {ctx.question_number}?"]))

    def generate_feedback(self, ctx: InterviewContext) -> dict[str, Any]:
        self.feedback_calls += 1
        if not self.replies:
            raise ConnectionError("no reply scripted")
        reply = self.replies.popleft()
        if isinstance(reply, Exception):
            raise reply
        if callable(reply):
            return reply(ctx)
        return reply
