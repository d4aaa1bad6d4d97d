"""A small hand-built data set for the dashboard figures, every figure of it known."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from interview_core.analytics import Filters
from interview_core.db import Database
from interview_core.models import Feedback, FeedbackSkill, InterviewSession, Message, ModelCall

CURRENT = Filters(start=date(2025, 3, 8), end=date(2025, 3, 14))


def at(day: int, hour: int = 9, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


@dataclass(frozen=True)
class Spec:
    """One session of the fixture."""

    key: str
    title: str
    company: str
    created: datetime
    questions: int = 0
    answers: int = 0
    answer_chars: int = 100
    minutes: int | None = None  # minutes from creation to completion, for complete ones
    score: int | None = None
    overall: int | None = None
    rubric: tuple[float, float, float, float] = (3.0, 3.0, 3.0, 3.0)
    skills: tuple[tuple[str, str], ...] = ()


SPECS = (
    # The current period: 8-14 March 2025.
    Spec(
        "A",
        "Backend Engineer",
        "Initech",
        at(10),
        8,
        8,
        100,
        40,
        7,
        72,
        (4, 3, 3.5, 4),
        (("Kafka", "missing"), ("Python", "demonstrated"), ("Kubernetes", "undemonstrated")),
    ),
    Spec(
        "B",
        "Backend Engineer",
        "Initech",
        at(11, 10),
        8,
        8,
        200,
        20,
        5,
        50,
        (2, 2, 2, 3),
        (("Kafka", "missing"), ("Python", "undemonstrated")),
    ),
    Spec(
        "C",
        "Data Analyst",
        "Globex",
        at(12, 12),
        8,
        8,
        300,
        30,
        9,
        90,
        (5, 4, 4, 5),
        (("SQL", "demonstrated"), ("Tableau", "missing")),
    ),
    Spec("D", "Data Analyst", "Globex", at(12, 15), 3, 2, 50),
    Spec("E", "Backend Engineer", "Globex", at(13), 5, 5, 400),
    Spec("F", "Registered Nurse", "Initech", datetime(2025, 3, 14, 23, 59, 59, tzinfo=UTC)),
    # The previous period: 1-7 March 2025.
    Spec("P1", "Backend Engineer", "Initech", at(2), 8, 8, 150, 60, 6, 60),
    Spec("P2", "Data Analyst", "Globex", at(5), 1, 0),
    Spec("P3", "Registered Nurse", "Initech", at(7)),
    Spec("P4", "Data Analyst", "Initech", at(6), 8, 8, 350, 30, 8, 80),
    # Outside both: before, and the first instant after the range.
    Spec("OLD", "Backend Engineer", "Initech", at(20, month=2), 8, 8, 999, 10, 1, 10),
    Spec("LATE", "Backend Engineer", "Initech", datetime(2025, 3, 15, tzinfo=UTC)),
)

# (session key, provider, day, latency ms, outcome, fallback)
CALLS = (
    ("A", "gemini", at(10), 800.0, "ok", False),
    ("A", "gemini", at(10, 9, 5), 600.0, "ok", False),
    ("B", "gemini", at(11, 10), 3000.0, "error", False),
    ("B", "offline", at(11, 10, 1), 5.0, "ok", True),
    ("C", "gemini", at(12, 12), 1000.0, "ok", False),
    ("D", "openrouter", at(12, 15), 1200.0, "invalid", False),
    ("D", "offline", at(12, 15, 1), 10.0, "ok", True),
    ("P1", "gemini", at(2), 900.0, "ok", False),
)


def build(db: Database) -> dict[str, int]:
    """Insert SPECS and CALLS; returns the session id of each key."""
    ids: dict[str, int] = {}
    with db.session() as s, s.begin():
        for spec in SPECS:
            row = InterviewSession(
                owner="coach-1",
                job_title=spec.title,
                company_name=spec.company,
                cv_text="cv",
                job_description="jd",
                question_count=spec.questions,
                answer_count=spec.answers,
                is_complete=spec.questions == 8 and spec.answers == 8,
                created_at=spec.created,
                updated_at=spec.created,
                completed_at=(
                    spec.created + timedelta(minutes=spec.minutes) if spec.minutes else None
                ),
            )
            s.add(row)
            s.flush()
            ids[spec.key] = row.id
            for q in range(1, spec.questions + 1):
                asked = spec.created + timedelta(minutes=q)
                s.add(
                    Message(
                        session_id=row.id,
                        role="assistant",
                        question_index=q,
                        content=f"Question {q}?",
                        timestamp=asked,
                        provider="gemini",
                    )
                )
                if q <= spec.answers:
                    s.add(
                        Message(
                            session_id=row.id,
                            role="user",
                            question_index=q,
                            content="x" * spec.answer_chars,
                            timestamp=asked,
                        )
                    )
            if spec.score is not None:
                fb = Feedback(
                    session_id=row.id,
                    score=spec.score,
                    overall_score=spec.overall,
                    relevance=spec.rubric[0],
                    structure=spec.rubric[1],
                    evidence=spec.rubric[2],
                    communication=spec.rubric[3],
                    generated_by="offline",
                    payload={"summary": f"Feedback for {spec.key}"},
                    created_at=row.completed_at,
                )
                s.add(fb)
                s.flush()
                for skill, status in spec.skills:
                    s.add(
                        FeedbackSkill(
                            feedback_id=fb.id, session_id=row.id, skill=skill, status=status
                        )
                    )
        for key, provider, started, latency, outcome, fallback in CALLS:
            s.add(
                ModelCall(
                    session_id=ids[key],
                    provider=provider,
                    model=f"{provider}-model",
                    purpose="question",
                    started_at=started,
                    latency_ms=latency,
                    outcome=outcome,
                    fallback=fallback,
                )
            )
    return ids
