"""Practise again, the progress view of a track, and renaming and deleting sessions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from interview_core import analytics
from interview_core.ai.service import AIService
from interview_core.auth import Actor, Role
from interview_core.db import Database
from interview_core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from interview_core.feedback import generate_feedback
from interview_core.interview import (
    SessionSummary,
    answer_question,
    create_session,
    get_documents,
    get_session,
    start_interview,
)
from interview_core.models import Feedback, FeedbackSkill, InterviewSession, Message, ModelCall
from interview_core.my_sessions import delete_session, overall_scores, rename_session
from interview_core.tracks import practise_again, track_progress

WEAK = "I did some stuff with it and it went fine."
STRONG = (
    "At Acme Corp our order pipeline lost events during peaks, so I owned the fix. I "
    "measured lag per Kafka partition, rebuilt the consumers in Python with idempotent "
    "writes to PostgreSQL, and added Prometheus alerts on lag. Lost events fell from "
    "about 300 a day to zero and p99 latency dropped by 45% within two months; I then "
    "mentored two engineers to run the same playbook on the billing service."
)


def run_interview(
    db: Database, actor: Actor, ai: AIService, session_id: int, answers: list[str]
) -> None:
    start_interview(db, actor, session_id, ai)
    for number, answer in enumerate(answers, start=1):
        answer_question(db, actor, session_id, f"{answer} (answer {number})", ai)
    generate_feedback(db, actor, session_id, ai)


def test_practise_again_copies_the_role_and_documents_into_the_next_attempt(
    db: Database, actor: Actor, make_ready_session: Callable[..., SessionSummary]
) -> None:
    first = make_ready_session()
    second = practise_again(db, actor, first.id)
    third = practise_again(db, actor, first.id)  # from the first again: still the next number
    fourth = practise_again(db, actor, second.id)
    assert [s.attempt for s in (second, third, fourth)] == [2, 3, 4]
    assert {s.track_id for s in (second, third, fourth)} == {first.id}
    assert get_session(db, actor, first.id).track_id == first.id
    assert get_documents(db, actor, fourth.id) == get_documents(db, actor, first.id)
    assert (fourth.job_title, fourth.company_name) == (first.job_title, first.company_name)
    assert fourth.progress.question_count == 0 and fourth.owner == actor.id


def test_practise_again_keeps_the_stored_reading_of_the_documents(
    db: Database, actor: Actor, ai: AIService, make_ready_session: Callable[..., SessionSummary]
) -> None:
    first = make_ready_session()
    start_interview(db, actor, first.id, ai)  # the first question stores the reading
    again = practise_again(db, actor, first.id)
    with db.session() as s:
        stored = s.scalar(select(InterviewSession.profile).where(InterviewSession.id == first.id))
        copied = s.scalar(select(InterviewSession.profile).where(InterviewSession.id == again.id))
    assert stored and copied == stored


def test_practise_again_needs_the_documents_and_write_access(
    db: Database, actor: Actor, make_ready_session: Callable[..., SessionSummary]
) -> None:
    bare = create_session(db, actor, "Chef", "Bistro")
    with pytest.raises(Conflict):
        practise_again(db, actor, bare.id)
    ready = make_ready_session()
    for other in (Actor("browser-b"), Actor("recruiter-1", Role.RECRUITER)):
        with pytest.raises(Forbidden):
            practise_again(db, other, ready.id)
    with pytest.raises(NotFound):
        practise_again(db, actor, 999_999)
    admin_copy = practise_again(db, Actor("admin-1", Role.ADMIN), ready.id)
    assert admin_copy.owner == actor.id  # the attempt stays with the candidate's coach


def test_progress_over_three_attempts_shows_what_improved(
    db: Database,
    actor: Actor,
    ai: AIService,
    make_ready_session: Callable[..., SessionSummary],
) -> None:
    first = make_ready_session()
    run_interview(db, actor, ai, first.id, [WEAK] * 8)
    second = practise_again(db, actor, first.id)
    run_interview(db, actor, ai, second.id, [WEAK, STRONG] * 4)
    third = practise_again(db, actor, second.id)
    run_interview(db, actor, ai, third.id, [STRONG] * 8)

    progress = track_progress(db, actor, first.id)
    assert [a.attempt for a in progress.attempts] == [1, 2, 3]
    scores = [a.overall_score for a in progress.attempts]
    assert all(s is not None for s in scores)
    assert scores[0] < scores[2]
    # The offline interviewer reads the same documents, so topics recur across attempts.
    assert progress.topics
    for topic in progress.topics:
        assert len({x.attempt for x in topic.answers}) == len(topic.answers) >= 2
    # Skills moved from a gap to shown agree with the stored coverage of first and last.
    with db.session() as s:
        rows = s.execute(
            select(FeedbackSkill.session_id, FeedbackSkill.skill, FeedbackSkill.status)
        ).all()
    first_cov = {k: v for sid, k, v in rows if sid == first.id}
    last_cov = {k: v for sid, k, v in rows if sid == third.id}
    expected = {
        k
        for k, v in first_cov.items()
        if v in ("missing", "undemonstrated") and last_cov.get(k) == "demonstrated"
    }
    assert {m.skill for m in progress.skills_shown} == expected
    for acted in progress.acted_on:
        assert acted.after - acted.before >= 5 and acted.to_attempt == acted.from_attempt + 1
    as_json = progress.to_dict()
    assert as_json["attempts"][2]["overall_score"] == scores[2]
    assert track_progress(db, actor, third.id) == progress  # any attempt leads to the track


def test_a_track_is_read_by_those_who_may_read_its_sessions(
    db: Database, actor: Actor, make_ready_session: Callable[..., SessionSummary]
) -> None:
    first = make_ready_session()
    practise_again(db, actor, first.id)
    assert len(track_progress(db, Actor("r", Role.RECRUITER), first.id).attempts) == 2
    with pytest.raises(Forbidden):
        track_progress(db, Actor("browser-b"), first.id)
    with pytest.raises(NotFound):
        track_progress(db, actor, 999_999)
    lone = make_ready_session()
    assert [a.attempt for a in track_progress(db, actor, lone.id).attempts] == [1]


def test_rename_sets_and_clears_a_label(
    db: Database, actor: Actor, make_ready_session: Callable[..., SessionSummary]
) -> None:
    session = make_ready_session()
    assert rename_session(db, actor, session.id, "  mock   with Sam ").label == "mock with Sam"
    assert get_session(db, actor, session.id).label == "mock with Sam"
    assert rename_session(db, actor, session.id, "   ").label is None
    with pytest.raises(ValidationFailed):
        rename_session(db, actor, session.id, "x" * 201)
    with pytest.raises(Forbidden):
        rename_session(db, Actor("browser-b"), session.id, "mine now")


def test_delete_removes_the_session_and_its_rows_only(
    db: Database,
    actor: Actor,
    ai: AIService,
    make_ready_session: Callable[..., SessionSummary],
) -> None:
    doomed, kept = make_ready_session(), make_ready_session()
    run_interview(db, actor, ai, doomed.id, [STRONG] * 8)
    run_interview(db, actor, ai, kept.id, [STRONG] * 8)
    assert overall_scores(db, [doomed, kept]).keys() == {doomed.id, kept.id}
    before = analytics.headline(db, analytics.Filters()).set_index("metric")
    with pytest.raises(Forbidden):
        delete_session(db, Actor("browser-b"), doomed.id)
    delete_session(db, actor, doomed.id)
    with pytest.raises(NotFound):
        get_session(db, actor, doomed.id)
    with db.session() as s:
        for model in (Message, Feedback, FeedbackSkill, ModelCall):
            left = s.scalar(
                select(func.count()).select_from(model).where(model.session_id == doomed.id)
            )
            kept_rows = s.scalar(
                select(func.count()).select_from(model).where(model.session_id == kept.id)
            )
            assert left == 0 and kept_rows > 0, model.__name__
        assert s.scalar(select(func.count()).select_from(InterviewSession)) == 1
    after = analytics.headline(db, analytics.Filters()).set_index("metric")
    assert after.loc["sessions", "current"] == before.loc["sessions", "current"] - 1
