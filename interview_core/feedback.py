"""Feedback on a completed interview: generated once, stored, then read by both front doors.

`generate_feedback` is idempotent: the first call writes the feedback, later calls return
the stored one, and `regenerate=True` replaces it. The provider chain is the one questions
use, through the one provider interface: a model provider writes `ModelFeedback` JSON that
is validated (one retry when it is invalid) and merged with what is computed locally
(per-answer statistics, skill coverage, insights), so those never depend on a model; the
offline provider hands over its scorer's complete report. The offline provider also stands
in, labelled as a fallback, when every model has failed, even if it is not in the chain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .ai.base import Provider
from .ai.registry import LAST_RESORT
from .ai.service import AIService, Recorder
from .auth import Actor, check_read, check_write
from .call_log import store_calls
from .context import CallRecord, InterviewContext
from .db import Database
from .errors import Conflict
from .feedback_schema import (
    FeedbackReport,
    GeneratedBy,
    ModelFeedback,
    QuestionFeedback,
    headline_score,
)
from .interview import build_context, coerce_session_id, load_messages, load_session
from .models import Feedback, FeedbackSkill, utcnow
from .report import render_markdown, render_pdf
from .scorer import InterviewAnalysis, analyse_interview, mean_dimensions, score_interview

__all__ = [
    "FeedbackReport",
    "ModelFeedback",
    "feedback_rows",
    "generate_feedback",
    "get_feedback",
    "merge_model_feedback",
    "render_markdown",
    "render_pdf",
    "run_feedback_chain",
    "score_interview",
]

NOT_COMPLETE = "The interview is not complete yet: feedback is written after the last answer."

ProgressNote = Callable[[str], None]


# --- merging a model's judgement with what is computed locally ---------------------------


def _check_coverage(model: ModelFeedback, analysis: InterviewAnalysis) -> None:
    """Raise ValueError unless the model judged exactly the answers that were given."""
    if len(model.questions) != len(analysis.assessments):
        raise ValueError(
            f"feedback covers {len(model.questions)} questions, the interview has "
            f"{len(analysis.assessments)}"
        )


def merge_model_feedback(
    ctx: InterviewContext,
    analysis: InterviewAnalysis,
    model: ModelFeedback,
    generated_by: GeneratedBy,
) -> FeedbackReport:
    """The full report from a model's judgement plus the locally computed parts.

    Raises ValueError when the model judged a different number of answers than were given.
    """
    _check_coverage(model, analysis)
    questions = [
        QuestionFeedback(
            number=judged.number,
            question=local.question,
            answer=local.answer,
            score=judged.score,
            dimensions=judged.dimensions,
            verdict=judged.verdict,
            missing=list(judged.missing),
            stronger_answer=list(judged.stronger_answer),
            stats=local.stats,
        )
        for judged, local in zip(model.questions, analysis.assessments, strict=True)
    ]
    overall = round(sum(q.score for q in questions) / len(questions))
    return FeedbackReport(
        score=headline_score(overall),
        overall_score=overall,
        dimensions=mean_dimensions([q.dimensions for q in questions]),
        questions=questions,
        strengths=list(model.strengths),
        weaknesses=list(model.weaknesses),
        cv_improvements=list(model.cv_improvements),
        skill_coverage=list(analysis.skill_coverage),
        insights=analysis.insights,
        generated_by=generated_by,
        generated_at=utcnow(),
    )


class _Validator:
    """Checks a provider's feedback against this interview; the analysis is made on demand.

    A model's JSON is parsed into `ModelFeedback` and must judge exactly the answers given
    (ValueError otherwise); a complete report (the offline provider's) is taken as it is.
    """

    def __init__(self, ctx: InterviewContext) -> None:
        self.ctx = ctx
        self._analysis: InterviewAnalysis | None = None

    @property
    def analysis(self) -> InterviewAnalysis:
        if self._analysis is None:
            self._analysis = analyse_interview(self.ctx)
        return self._analysis

    def __call__(self, raw: Any) -> ModelFeedback | FeedbackReport:
        if isinstance(raw, FeedbackReport):
            return raw
        if isinstance(raw, str | bytes):
            model = ModelFeedback.model_validate_json(raw)
        else:
            model = ModelFeedback.model_validate(raw)
        _check_coverage(model, self.analysis)
        return model


def run_feedback_chain(
    ctx: InterviewContext,
    ai: AIService,
    record: Recorder | None = None,
    on_progress: ProgressNote | None = None,
) -> FeedbackReport:
    """Feedback from the provider chain, the offline provider being its last resort.

    The service asks the providers in order (its retry policy, circuit breakers and one
    retry on invalid output apply); a model's reply is validated against `ModelFeedback`
    and this interview and merged with the local analysis, a complete report is used as
    it is. Whoever answers after the first provider is labelled as a fallback.
    """
    say = on_progress or (lambda _m: None)
    say("Reading your answers…")
    validate = _Validator(ctx)

    def announce(provider: Provider, fallback: bool) -> None:
        say(provider.feedback_note(fallback))

    result = ai.generate_feedback(
        ctx, record=record, validate=validate, last_resort=LAST_RESORT(), on_provider=announce
    )
    if isinstance(result.data, FeedbackReport):
        by = result.data.generated_by.model_copy(update={"fallback": result.fallback})
        return result.data.model_copy(update={"generated_by": by})
    return merge_model_feedback(
        ctx,
        validate.analysis,
        result.data,
        GeneratedBy(provider=result.provider, model=result.model, fallback=result.fallback),
    )


# --- storage ------------------------------------------------------------------------------


def feedback_rows(session_id: int, report: FeedbackReport) -> tuple[dict[str, Any], list[dict]]:
    """Column values of one Feedback row and its FeedbackSkill rows (feedback_id left out)."""
    dims = report.dimensions
    row: dict[str, Any] = {
        "session_id": session_id,
        "score": report.score,
        "overall_score": report.overall_score,
        "relevance": float(dims.relevance),
        "structure": float(dims.structure),
        "evidence": float(dims.evidence),
        "communication": float(dims.communication),
        "generated_by": report.generated_by.provider[:40],
        "fallback": report.generated_by.fallback,
        "payload": report.model_dump(mode="json"),
    }
    if report.generated_at is not None:
        row["created_at"] = report.generated_at
    skills = [
        {"session_id": session_id, "skill": item.skill[:80], "status": item.status}
        for item in report.skill_coverage
    ]
    return row, skills


def _from_row(row: Feedback) -> FeedbackReport:
    report = FeedbackReport.model_validate(row.payload)
    return report.model_copy(update={"generated_at": row.created_at})


def _stored(s: Session, session_id: int) -> Feedback | None:
    return s.scalar(select(Feedback).where(Feedback.session_id == session_id))


def get_feedback(db: Database, actor: Actor, session_id: int | str) -> FeedbackReport | None:
    """The stored feedback of a session, or None if none has been generated yet."""
    sid = coerce_session_id(session_id)
    with db.session() as s:
        check_read(actor, load_session(s, sid))
        row = _stored(s, sid)
        return _from_row(row) if row else None


def generate_feedback(
    db: Database,
    actor: Actor,
    session_id: int | str,
    ai: AIService,
    regenerate: bool = False,
    on_progress: ProgressNote | None = None,
) -> FeedbackReport:
    """The feedback of a completed interview: stored once, returned as stored afterwards.

    Raises Conflict while the interview is unfinished. `regenerate=True` replaces the stored
    feedback. `on_progress` hears short status lines while the feedback is being written.
    """
    sid = coerce_session_id(session_id)
    with db.session() as s:
        row = load_session(s, sid)
        check_read(actor, row)
        existing = _stored(s, sid)
        if existing is not None and not regenerate:
            return _from_row(existing)
        check_write(actor, row)
        if not row.is_complete:
            raise Conflict(NOT_COMPLETE)
        ctx = build_context(row, load_messages(s, sid))

    calls: list[CallRecord] = []
    # No transaction is open while providers think.
    report = run_feedback_chain(ctx, ai, record=calls.append, on_progress=on_progress)

    if on_progress:
        on_progress("Saving your feedback…")
    with db.session() as s, s.begin():
        store_calls(s, sid, calls)
    try:
        with db.session() as s, s.begin():
            existing = _stored(s, sid)
            if existing is not None:
                if not regenerate:
                    # Another request stored feedback meanwhile; the first one stands.
                    return _from_row(existing)
                s.delete(existing)
                s.flush()
            values, skills = feedback_rows(sid, report)
            values["created_at"] = report.generated_at or utcnow()
            stored = Feedback(**values)
            stored.skills = [FeedbackSkill(**skill) for skill in skills]
            s.add(stored)
            s.flush()
            return _from_row(stored)
    except IntegrityError:
        # Two requests raced to insert; the unique session_id kept one, which is returned.
        with db.session() as s:
            existing = _stored(s, sid)
            if existing is None:
                raise
            return _from_row(existing)
