"""Skill coverage and the summary's gaps, on invented interviews from fields outside the
development set: a denial never shows a skill, a story shows the soft skills it tells, a
post someone else holds shows nothing, the job's unshown needs are named, and a topic is
covered only where an answer takes it up."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.language import skills as skill_lexicon
from interview_core.scorer import score_interview
from interview_core.scorer.deeds import names_a_post, phrase_in, shows_at
from interview_core.scorer.summary import named_as_partner, skill_coverage

GROUND_JD = """Ramp Team Leader
You will lead a ramp team turning round short-haul aircraft, brief the team before each
turn, load to the loadsheet and work with Ops Control on delays.
Requirements: airside driving permit; experience with CGM load planning software;
excellent communication and teamwork; leadership experience."""
GROUND_CV = """Tom Berry
Ramp Agent, SkyServe Handling, Bristol Airport  2020 - Present
- Load and unload narrow-body aircraft to the loadsheet
"""


def _coverage(*answers: str) -> dict[str, str]:
    ctx = InterviewContext("Ramp Team Leader", "AeroTurn", GROUND_CV, GROUND_JD)
    return {c.skill: c.status for c in skill_coverage(ctx, list(answers))}


def test_a_denial_never_shows_a_skill_wherever_its_negation_stands() -> None:
    skill = skill_lexicon.skill_named("Leadership")
    assert skill is not None
    for sentence in (
        "Leadership is not something I have done yet on the ramp.",
        "I have no experience of leadership on a ramp team.",
    ):
        at = sentence.lower().find("leadership")
        assert not shows_at(sentence, at, at + len("leadership"))


def test_a_story_shows_the_soft_skills_it_tells() -> None:
    found = _coverage(
        "When a bag-loading dispute held up a turn, I sat down with both loaders, listened to "
        "each of them, and we agreed together who would load the hold. I kept the dispatcher "
        "informed by radio, and the aircraft left two minutes early."
    )
    assert found.get("Communication") == "demonstrated"
    assert found.get("Teamwork") == "demonstrated"
    # A view is no story.
    found = _coverage("Good communication and teamwork are key on any ramp, in my view.")
    assert found.get("Communication") != "demonstrated"


def test_a_soft_phrase_shows_nothing_in_a_plan() -> None:
    found = _coverage("In my first month I would sit down with each loader and explain the plan.")
    assert found.get("Communication") != "demonstrated"


def test_a_post_someone_else_holds_is_no_skill_shown() -> None:
    s = "I started daily walkrounds with a shift manager"
    at = s.find("shift manager")
    assert names_a_post(s, at, at + len("shift manager"))
    s = "I was the shift manager on nights"
    at = s.find("shift manager")
    assert not names_a_post(s, at, at + len("shift manager"))


def test_phrase_gap_spans_a_few_words() -> None:
    assert phrase_in("I kept the tower and both loaders informed", ("kept * informed",))
    assert not phrase_in("I kept informed", ("kept * informed",))


def test_a_team_named_to_work_with_is_no_skill_asked() -> None:
    skill = skill_lexicon.skill_named("Customer Success")
    assert skill is not None
    assert named_as_partner(skill, "- Work with Customer Success to hand over new clients")
    assert not named_as_partner(skill, "- Two years in customer success is essential")


CONSERVATOR_JD = """Book Conservator
You will conserve rare books and bindings, plan treatments and lead two conservation
technicians. Experience of the ICON accreditation scheme is essential.
Requirements: leadership of a small team; leather binding repair."""
CONSERVATOR_CV = """Ana Lopes
Conservation Technician, City Archive  2019 - Present
- Repaired 40 leather bindings for a digitisation project
"""
CONSERVATOR_TURNS = (
    Turn(
        "Tell me about a binding repair that did not go to plan.",
        "A leather binding repair of mine did not go to plan: the spine I had repaired "
        "started to lift after a week in the reading room. I "
        "went back to my notes, found I had used too little adhesive for the humidity, "
        "redid it with a tissue lining and logged the change. It has held for two years. "
        "What I learned is to test the adhesive on an offcut first, and I now always do.",
    ),
    Turn(
        "How would you plan treatment for a water-damaged volume?",
        "I would assess the damage, freeze it if there is mould, and then plan drying.",
    ),
)


def test_the_jobs_unshown_needs_are_named_as_weaknesses() -> None:
    ctx = InterviewContext(
        "Book Conservator", "Old Library", CONSERVATOR_CV, CONSERVATOR_JD, CONSERVATOR_TURNS
    )
    report = score_interview(ctx)
    gaps = [w for w in report.weaknesses if "neither your CV nor any answer" in w]
    # Things held ("ICON accreditation scheme") have an item of their own.
    assert any("leadership" in g.lower() and "real example" in g for g in gaps)


def test_lessons_learned_covered_only_by_an_answer_telling_one() -> None:
    ctx = InterviewContext(
        "Book Conservator", "Old Library", CONSERVATOR_CV, CONSERVATOR_JD, CONSERVATOR_TURNS
    )
    points = {p.key: p for p in score_interview(ctx).insights.talking_points}
    assert points["lessons_learned"].questions == [1]
    # "Lessons" of a teacher's timetable and "since then" of a story are no lesson learned.
    turns = (
        Turn(
            "Tell me about your week.",
            "I teach six lessons a day and since then the timetable has stayed the same. I "
            "plan each lesson the night before and mark books at lunch every day.",
        ),
    )
    ctx = InterviewContext("Book Conservator", "Old Library", CONSERVATOR_CV, CONSERVATOR_JD, turns)
    points = {p.key: p for p in score_interview(ctx).insights.talking_points}
    assert not points["lessons_learned"].covered
