"""A candidate's corrections are taken on board: a name said their way, a denied term dropped."""

from __future__ import annotations

from interview_core.ai.base import InterviewContext, Turn
from interview_core.interviewer.corrections import renamed
from interview_core.interviewer.engine import interviewer_for
from interview_core.language.denials import denies_term

JOB = """Head Groundsperson

Main duties
- Plan and schedule the grounds team's seasonal work across the estate
- Maintain sports turf to league standard, including renovation and irrigation
- Manage the machinery fleet and its servicing contracts
- Keep records for pesticide use under the Plant Protection Products Regulations

Essential
- PA1 and PA6 pesticide certificates
"""
CV = """Sam Carter
Experience
Deputy Head Groundsperson, Hollins & Vale Golf Club | 04/2019 – Present
- Renovated 18 greens each autumn; surface ratings rose from 6 to 8 out of 10
- Planned the weekly rota for a team of five groundstaff using TurfPlanner
Groundsperson, Brackley Town FC | 2014-2019
- Maintained the first-team pitch and training grounds
Skills
TurfPlanner, irrigation, PA1, PA6
"""


def _questions(answers: list[str]) -> list[str]:
    turns: list[Turn] = []
    for answer in answers:
        ctx = InterviewContext("Head Groundsperson", "Ashby Park", CV, JOB, tuple(turns))
        question = interviewer_for(ctx).next_question(ctx.turns, 8)
        turns.append(Turn(question, answer))
    return [t.question for t in turns]


def test_a_corrected_name_is_said_the_candidates_way() -> None:
    pairs = renamed(
        ("Vale Golf Club",),
        "Your CV mentions irrigation at Vale Golf Club.",
        "Small correction: it's actually Hollins & Vale Golf Club. We rebuilt the system there.",
    )
    assert pairs == (("Vale Golf Club", "Hollins & Vale Golf Club"),)
    pairs = renamed(
        ("Turf Services",),
        "…as a Deputy Groundsperson at Turf Services.",
        "It's Hollins & Vale Golf Club, not Turf Services; that was my department.",
    )
    assert pairs == (("Turf Services", "Hollins & Vale Golf Club"),)


def test_an_ordinary_answer_corrects_nothing() -> None:
    answer = "Actually it went well. It was Monday when the greens were cut, and ratings rose."
    assert renamed(("Hollins & Vale Golf Club",), "at Hollins & Vale Golf Club", answer) == ()


def test_a_denied_term_is_recognised() -> None:
    assert denies_term(
        "TurfPlanner", "We don't actually use TurfPlanner any more; it's a paper rota."
    )
    assert denies_term("TurfPlanner", "TurfPlanner was just an idea, it never happened.")
    assert not denies_term("TurfPlanner", "I planned the rota in TurfPlanner every Friday.")


def test_later_questions_drop_a_term_the_candidate_denied() -> None:
    interviewer = interviewer_for(InterviewContext("Head Groundsperson", "Ashby Park", CV, JOB))
    fix = interviewer.corrections(
        [
            Turn(
                "How did you use TurfPlanner for the rota?",
                "To be clear, we don't use TurfPlanner; the rota is on paper.",
            )
        ]
    )
    assert "TurfPlanner" in fix.denied
    assert fix.amend("Your CV lists TurfPlanner among your skills. Where?") is None
    questions = _questions(
        [
            "I've been at the club five years and I'd like to run my own team.",
            "To be clear, we don't use TurfPlanner; the rota is on paper. I plan it each Friday.",
            *["I renovated the greens; ratings rose from 6 to 8 out of 10 in one season."] * 6,
        ]
    )
    asked = [q for q in questions if "TurfPlanner" in q]
    if asked:  # once asked, never again after the denial
        first = questions.index(asked[0])
        assert all("TurfPlanner" not in q for q in questions[first + 1 :]), questions


def test_later_questions_use_the_corrected_employer() -> None:
    cv = CV.replace("Hollins & Vale Golf Club", "Vale Golf Club")
    turns: list[Turn] = []
    answers = [
        "Small correction: it's actually Hollins & Vale Golf Club. It's been fine, I guess.",
        *["We renovated the greens, I think it went fine."] * 7,
    ]
    for answer in answers:
        ctx = InterviewContext("Head Groundsperson", "Ashby Park", cv, JOB, tuple(turns))
        turns.append(Turn(interviewer_for(ctx).next_question(ctx.turns, 8), answer))
    assert "Vale Golf Club" in turns[0].question
    later = " ".join(t.question for t in turns[1:])
    assert later.count("Vale Golf Club") == later.count("Hollins & Vale Golf Club") > 0
