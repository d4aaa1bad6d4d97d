"""Practice tracks: "practise again", and how a candidate moved from one attempt to the next.

A track is every session made by "practise again" from one first session: the same role,
company, CV and job description, a new interview each time. Each attempt stores the id of
the track's first session (`track_id`) and its number in the track (`attempt`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from .auth import Actor, can_read, check_write
from .db import Database
from .errors import Conflict, Forbidden, NotFound
from .feedback_schema import DIMENSION_NAMES
from .interview import SessionSummary, coerce_session_id, load_session, summarise
from .language.text import content_words, is_same_question
from .models import Feedback, FeedbackSkill, InterviewSession, Message

# A dimension counts as "acted on" when it was the weakest of an attempt and rose at least
# this much (0-100 points) at the next one: less is within an answer's ordinary wobble.
ACTED_ON_MIN_RISE = 5.0
# Questions of two attempts are about the same topic when they share this share of content
# words (or are the same question in other words).
SAME_TOPIC_OVERLAP = 0.5
SHOWN = "demonstrated"
GAPS = ("missing", "undemonstrated")


def practise_again(db: Database, actor: Actor, session_id: int | str) -> SessionSummary:
    """A new session with the same role, company, CV and job description, as the next attempt.

    The source needs both documents; the new session belongs to `actor` (the owner, or an
    admin) and joins the source's track, which starts at the source if it had none.
    """
    with db.session() as s, s.begin():
        source = load_session(s, coerce_session_id(session_id))
        check_write(actor, source)
        if not (source.cv_text and source.job_description):
            raise Conflict("Add a CV and a job description before practising again.")
        track_id = source.track_id or source.id
        if source.track_id is None:
            source.track_id = track_id
        last = s.scalar(
            select(func.max(InterviewSession.attempt)).where(InterviewSession.track_id == track_id)
        )
        row = InterviewSession(
            owner=source.owner,
            job_title=source.job_title,
            company_name=source.company_name,
            cv_text=source.cv_text,
            cv_filename=source.cv_filename,
            job_description=source.job_description,
            # The same documents read the same: the next attempt's first question need not
            # read them again (`interviewer/stored.py` checks the reading is current).
            profile=source.profile,
            track_id=track_id,
            attempt=max(int(last or 1), source.attempt) + 1,
        )
        s.add(row)
        s.flush()
        return summarise(row)


# --- the progress view ----------------------------------------------------------------


@dataclass(frozen=True)
class TrackAttempt:
    """One attempt of a track with its scores (None until its feedback exists)."""

    session_id: int
    attempt: int
    label: str | None
    created_at: datetime
    status: str
    overall_score: int | None
    dimensions: dict[str, float] | None
    weaknesses: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answered:
    """One attempt's question on a recurring topic, its answer and the answer's score."""

    attempt: int
    question: str
    answer: str | None
    score: int | None


@dataclass(frozen=True)
class RecurringTopic:
    """A topic asked about in more than one attempt, the attempts side by side."""

    question: str
    answers: tuple[Answered, ...]


@dataclass(frozen=True)
class SkillMove:
    """A job-description skill whose coverage changed from the first attempt to the latest."""

    skill: str
    before: str
    after: str


@dataclass(frozen=True)
class ActedOn:
    """The weakest dimension of one attempt, and how much it rose at the next."""

    dimension: str
    from_attempt: int
    to_attempt: int
    before: float
    after: float
    advice: str | None


@dataclass(frozen=True)
class TrackProgress:
    """Everything the progress view shows for one track."""

    track_id: int
    job_title: str
    company_name: str
    attempts: tuple[TrackAttempt, ...]
    topics: tuple[RecurringTopic, ...] = ()
    skills_shown: tuple[SkillMove, ...] = ()
    skills_still_missing: tuple[str, ...] = ()
    acted_on: tuple[ActedOn, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """The progress view as JSON."""
        return {
            "track_id": self.track_id,
            "job_title": self.job_title,
            "company_name": self.company_name,
            "attempts": [
                {
                    "session_id": a.session_id,
                    "attempt": a.attempt,
                    "label": a.label,
                    "created_at": a.created_at.isoformat(),
                    "status": a.status,
                    "overall_score": a.overall_score,
                    "dimensions": a.dimensions,
                }
                for a in self.attempts
            ],
            "recurring_topics": [
                {
                    "question": t.question,
                    "answers": [
                        {
                            "attempt": x.attempt,
                            "question": x.question,
                            "answer": x.answer,
                            "score": x.score,
                        }
                        for x in t.answers
                    ],
                }
                for t in self.topics
            ],
            "skills_now_shown": [
                {"skill": m.skill, "before": m.before, "after": m.after} for m in self.skills_shown
            ],
            "skills_still_missing": list(self.skills_still_missing),
            "advice_acted_on": [
                {
                    "dimension": a.dimension,
                    "from_attempt": a.from_attempt,
                    "to_attempt": a.to_attempt,
                    "before": a.before,
                    "after": a.after,
                    "advice": a.advice,
                }
                for a in self.acted_on
            ],
        }


def _same_topic(a: str, b: str) -> bool:
    if is_same_question(a, b):
        return True
    wa, wb = set(content_words(a)), set(content_words(b))
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= SAME_TOPIC_OVERLAP


def _question_scores(payload: dict[str, Any] | None) -> dict[int, int]:
    out: dict[int, int] = {}
    for item in (payload or {}).get("questions") or []:
        try:
            out[int(item["number"])] = int(round(float(item["score"])))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def _topics(
    attempts: list[TrackAttempt],
    transcripts: dict[int, list[tuple[int, str, str | None]]],
    scores: dict[int, dict[int, int]],
) -> list[RecurringTopic]:
    groups: list[list[Answered]] = []
    for attempt in attempts:
        for number, question, answer in transcripts.get(attempt.session_id, []):
            item = Answered(
                attempt.attempt, question, answer, scores.get(attempt.session_id, {}).get(number)
            )
            home = next(
                (
                    g
                    for g in groups
                    if all(x.attempt != attempt.attempt for x in g)
                    and _same_topic(g[0].question, question)
                ),
                None,
            )
            if home is None:
                groups.append([item])
            else:
                home.append(item)
    return [RecurringTopic(question=g[-1].question, answers=tuple(g)) for g in groups if len(g) > 1]


def _acted_on(attempts: list[TrackAttempt]) -> list[ActedOn]:
    scored = [a for a in attempts if a.dimensions]
    out: list[ActedOn] = []
    for earlier, later in zip(scored, scored[1:], strict=False):
        assert earlier.dimensions and later.dimensions
        weakest = min(DIMENSION_NAMES, key=lambda d: earlier.dimensions[d])  # type: ignore[index]
        before, after = earlier.dimensions[weakest], later.dimensions[weakest]
        if after - before >= ACTED_ON_MIN_RISE:
            advice = next(
                (w for w in earlier.weaknesses if weakest in w.lower()),
                earlier.weaknesses[0] if earlier.weaknesses else None,
            )
            out.append(ActedOn(weakest, earlier.attempt, later.attempt, before, after, advice))
    return out


def track_progress(db: Database, actor: Actor, track_id: int | str) -> TrackProgress:
    """The attempts of a track (named by any of its sessions) that `actor` may read."""
    tid = coerce_session_id(track_id)
    with db.session() as s:
        # Any attempt's id leads to its track; a session never practised again is a track of one.
        named = s.get(InterviewSession, tid)
        if named is not None and named.track_id is not None:
            tid = named.track_id
        rows = list(
            s.scalars(
                select(InterviewSession)
                .where(InterviewSession.track_id == tid)
                .order_by(InterviewSession.attempt, InterviewSession.id)
            )
        )
        if not rows and named is not None:
            rows = [named]
        if not rows:
            raise NotFound()
        readable = [r for r in rows if can_read(actor, r)]
        if not readable:
            raise Forbidden()
        ids = [r.id for r in readable]
        feedback = {
            f.session_id: f for f in s.scalars(select(Feedback).where(Feedback.session_id.in_(ids)))
        }
        messages = s.execute(
            select(Message.session_id, Message.question_index, Message.role, Message.content)
            .where(Message.session_id.in_(ids))
            .order_by(Message.session_id, Message.question_index, Message.role)
        ).all()
        skills = s.execute(
            select(FeedbackSkill.session_id, FeedbackSkill.skill, FeedbackSkill.status).where(
                FeedbackSkill.session_id.in_(ids)
            )
        ).all()
    attempts: list[TrackAttempt] = []
    scores: dict[int, dict[int, int]] = {}
    for r in readable:
        f = feedback.get(r.id)
        payload = f.payload if f is not None else None
        scores[r.id] = _question_scores(payload)
        attempts.append(
            TrackAttempt(
                session_id=r.id,
                attempt=r.attempt,
                label=r.label,
                created_at=r.created_at,
                status=summarise(r).status,
                overall_score=f.overall_score if f is not None else None,
                dimensions={d: float(getattr(f, d)) for d in DIMENSION_NAMES} if f else None,
                weaknesses=tuple(str(w) for w in (payload or {}).get("weaknesses") or ()),
            )
        )
    transcripts: dict[int, list[tuple[int, str, str | None]]] = {}
    for sid, index, role, content in messages:
        if role == "assistant":
            transcripts.setdefault(sid, []).append((index, content, None))
        else:
            turns = transcripts.get(sid, [])
            if turns and turns[-1][0] == index:
                turns[-1] = (index, turns[-1][1], content)
    by_session: dict[int, dict[str, str]] = {}
    for sid, skill, status in skills:
        by_session.setdefault(sid, {})[skill] = status
    scored = [a for a in attempts if a.session_id in by_session]
    moved: list[SkillMove] = []
    still: list[str] = []
    if len(scored) >= 2:
        first, last = by_session[scored[0].session_id], by_session[scored[-1].session_id]
        moved = [
            SkillMove(skill, first[skill], last[skill])
            for skill in sorted(first)
            if first[skill] in GAPS and last.get(skill) == SHOWN
        ]
        still = sorted(k for k, v in last.items() if v == "missing")
    head = readable[0]
    return TrackProgress(
        track_id=tid,
        job_title=head.job_title,
        company_name=head.company_name,
        attempts=tuple(attempts),
        topics=tuple(_topics(attempts, transcripts, scores)),
        skills_shown=tuple(moved),
        skills_still_missing=tuple(still),
        acted_on=tuple(_acted_on(attempts)),
    )
