"""Stored feedback: once per interview, idempotent, regenerated on request, 409 before the end."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from interview_core.auth import Actor, Role
from interview_core.errors import Conflict, Forbidden, NotFound
from interview_core.feedback import feedback_rows, generate_feedback, get_feedback
from interview_core.feedback_schema import FeedbackReport
from interview_core.models import Feedback, FeedbackSkill, ModelCall
from tests.helpers.feedback import FeedbackProvider, model_feedback_dict


def _count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_feedback_is_generated_once_and_then_returned_as_stored(
    db, actor, ai, complete_session
) -> None:
    assert get_feedback(db, actor, complete_session.id) is None
    first = generate_feedback(db, actor, complete_session.id, ai)
    second = generate_feedback(db, actor, complete_session.id, ai)
    assert second == first
    assert get_feedback(db, actor, complete_session.id) == first
    assert _count(db, Feedback) == 1
    with db.session() as s:
        calls = s.scalars(select(ModelCall).where(ModelCall.purpose == "feedback")).all()
    assert len(calls) == 1 and calls[0].session_id == complete_session.id


def test_stored_row_holds_headline_columns_and_skill_rows(db, actor, ai, complete_session) -> None:
    report = generate_feedback(db, actor, complete_session.id, ai)
    with db.session() as s:
        row = s.scalar(select(Feedback).where(Feedback.session_id == complete_session.id))
        assert row is not None
        assert (row.score, row.overall_score) == (report.score, report.overall_score)
        assert row.relevance == report.dimensions.relevance
        assert row.communication == report.dimensions.communication
        assert row.generated_by == "offline" and row.fallback is False
        assert FeedbackReport.model_validate(row.payload).questions == report.questions
        skills = s.scalars(select(FeedbackSkill).where(FeedbackSkill.feedback_id == row.id)).all()
    assert {(k.skill, k.status) for k in skills} == {
        (c.skill, c.status) for c in report.skill_coverage
    }
    assert all(k.session_id == complete_session.id for k in skills)
    assert report.generated_at is not None


def test_regenerate_replaces_the_stored_feedback(db, actor, ai, chain, complete_session) -> None:
    offline = generate_feedback(db, actor, complete_session.id, ai)
    model = FeedbackProvider(model_feedback_dict)
    # Without regenerate the stored one stands and no model is asked.
    assert generate_feedback(db, actor, complete_session.id, chain(model)) == offline
    assert model.feedback_calls == 0
    again = generate_feedback(db, actor, complete_session.id, chain(model), regenerate=True)
    assert again.generated_by.provider == "fakemodel"
    assert get_feedback(db, actor, complete_session.id) == again
    assert _count(db, Feedback) == 1
    assert _count(db, FeedbackSkill) == len(again.skill_coverage)


def test_unfinished_interview_is_a_409(db, actor, ai, unfinished_session) -> None:
    with pytest.raises(Conflict, match="not complete") as caught:
        generate_feedback(db, actor, unfinished_session.id, ai)
    assert caught.value.status == 409
    assert get_feedback(db, actor, unfinished_session.id) is None
    assert _count(db, Feedback) == 0


def test_new_session_without_documents_is_a_409(db, actor, ai) -> None:
    from interview_core.interview import create_session

    session = create_session(db, actor, "Analyst", "Initech")
    with pytest.raises(Conflict):
        generate_feedback(db, actor, session.id, ai)


def test_ownership_and_missing_sessions(db, actor, ai, complete_session) -> None:
    stranger = Actor("browser-b")
    with pytest.raises(Forbidden):
        generate_feedback(db, stranger, complete_session.id, ai)
    with pytest.raises(Forbidden):
        get_feedback(db, stranger, complete_session.id)
    with pytest.raises(NotFound):
        generate_feedback(db, actor, 999_999, ai)
    with pytest.raises(NotFound):
        get_feedback(db, actor, "not-a-number")
    # Ids come from the address bar: ones no database column can hold are not found either.
    for raw in ("99999999999999999999", "-3", "0"):
        with pytest.raises(NotFound):
            get_feedback(db, actor, raw)


def test_recruiter_reads_stored_feedback_but_cannot_create_it(
    db, actor, ai, complete_session
) -> None:
    recruiter = Actor("user:42", Role.RECRUITER)
    with pytest.raises(Forbidden):
        generate_feedback(db, recruiter, complete_session.id, ai)
    report = generate_feedback(db, actor, complete_session.id, ai)
    assert generate_feedback(db, recruiter, complete_session.id, ai) == report
    assert get_feedback(db, recruiter, complete_session.id) == report


def test_failed_models_are_recorded_and_the_fallback_is_stored(
    db, actor, chain, complete_session
) -> None:
    model = FeedbackProvider(ConnectionError("down"))
    report = generate_feedback(db, actor, complete_session.id, chain(model))
    assert report.generated_by.provider == "offline" and report.generated_by.fallback
    with db.session() as s:
        row = s.scalar(select(Feedback))
        assert row is not None and row.fallback is True
        outcomes = [
            (c.provider, c.outcome)
            for c in s.scalars(select(ModelCall).where(ModelCall.purpose == "feedback"))
        ]
    assert outcomes == [("fakemodel", "error"), ("offline", "ok")]


def test_feedback_rows_fit_the_tables_for_bulk_inserts(db, actor, ai, complete_session) -> None:
    from interview_core.scorer import score_interview
    from tests.helpers.feedback import CTX

    report = score_interview(CTX)
    row, skills = feedback_rows(complete_session.id, report)
    with db.session() as s, s.begin():
        feedback = Feedback(**row)
        s.add(feedback)
        s.flush()
        s.add_all(FeedbackSkill(feedback_id=feedback.id, **k) for k in skills)
    stored = get_feedback(db, actor, complete_session.id)
    assert stored is not None and stored.overall_score == report.overall_score
    assert _count(db, FeedbackSkill) == len(report.skill_coverage) > 0
    assert row["payload"]["questions"][0]["number"] == 1
