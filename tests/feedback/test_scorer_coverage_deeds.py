"""Skill coverage counts what the candidate does, not what they mention; results are outcomes.

Invented fields only (apiary, farriery, bookbinding, glazing, dog grooming, cartography).
"""

from __future__ import annotations

from interview_core.context import InterviewContext
from interview_core.language import skills as skill_lexicon
from interview_core.scorer.answer import (
    assess_answer,
    measures_a_result,
    outcome_sentences,
    result_figures,
)
from interview_core.scorer.cv import cv_profile, told_lines
from interview_core.scorer.deeds import denies, does_work, shows_at, shows_skill
from interview_core.scorer.rules import applies
from interview_core.scorer.summary import _bullet_shows, _result_clauses, skill_coverage

JOB = """Head Beekeeper | Heatherline Honey
Responsibilities
- Lead a team of four seasonal beekeepers across 300 hives.
- Set and control the apiary budget.
- Mentor apprentice beekeepers through their first season.
- Ensure health and safety on every apiary site.

Essential
- Strong leadership and communication skills.
- Proven budget management.
"""

CV = """Rowan Tate
Beekeeper | rowan@example.org

Experience
Beekeeper, Moorside Apiaries, 2018 - present
- Ran 120 hives across four moorland sites.

Skills
Queen rearing, swarm control, budget management, health and safety
"""


def _coverage(answers: list[str]) -> dict[str, str]:
    ctx = InterviewContext("Head Beekeeper", "Heatherline Honey", CV, JOB)
    return {c.skill: c.status for c in skill_coverage(ctx, answers)}


def _skill(name: str) -> skill_lexicon.Skill:
    found = skill_lexicon.skill_named(name)
    assert found is not None
    return found


def test_a_platitude_or_a_wish_shows_no_skill() -> None:
    coverage = _coverage(
        [
            "Good communication is key, and making sure everyone is on the same page.",
            "I'm applying because I want to lead a team of beekeepers.",
        ]
    )
    assert coverage.get("Communication") != "demonstrated"
    assert coverage.get("Leadership") != "demonstrated"


def test_a_deed_shows_the_skill() -> None:
    coverage = _coverage(["Last spring I led a team of three through the heather harvest."])
    assert coverage.get("Leadership") == "demonstrated"


def test_a_denial_counts_against_the_skill() -> None:
    sentence = "Honestly, I've never had budget management in my remit; the owner keeps the books."
    assert denies(sentence, _skill("Budget Management"))
    assert not shows_skill(sentence, _skill("Budget Management"))
    assert _coverage([sentence, "We finished £300 under budget."])["Budget Management"] != (
        "demonstrated"
    )


def test_a_result_in_the_answers_own_words_shows_budget_management() -> None:
    coverage = _coverage(
        ["I re-planned the feeding and we finished the season £3,000 under budget."]
    )
    assert coverage.get("Budget Management") == "demonstrated"


def test_a_story_of_developing_an_apprentice_shows_mentoring() -> None:
    coverage = _coverage(
        [
            "Last year I took on an apprentice who struggled with queen marking. "
            "I had her practise on drones twice a week and she marked 40 queens by August."
        ]
    )
    assert coverage.get("Mentoring") == "demonstrated"


def test_a_credential_is_shown_by_holding_it_not_by_others_studying_it() -> None:
    others = "I built a study plan for the two groomers who were doing City & Guilds Level 3."
    start = others.index("City")
    assert not shows_at(others, start, start + 12, credential=True)
    own = "I passed City & Guilds Level 3 in 2019 and use it on every show cut."
    start = own.index("City")
    assert shows_at(own, start, start + 12, credential=True)


def test_opinions_and_efforts_are_no_deeds() -> None:
    assert not does_work("I think the clients felt safer.")
    assert not does_work("I try to be thorough with every map.")
    assert does_work("I surveyed the ridge and redrew the contours.")
    assert does_work("I already bind about forty books a month.")


def test_a_step_with_a_frequency_is_not_a_result() -> None:
    answer = (
        "One example is the glazing workshop. The cutters were going out of square and fitters "
        "kept reporting chipped edges, so I drew up a rolling schedule where every cutter got "
        "a check every 12 weeks. I also persuaded the manager to buy a second table."
    )
    a = assess_answer("Tell me about a time you improved quality: what did you do?", answer)
    assert not outcome_sentences(list(a.signals.sentences))
    assert not result_figures("The cutters got a full check every 12 weeks.")
    assert not measures_a_result(a.signals.sentences)
    assert result_figures("Chipped edges fell to 2% within 12 weeks.")


def test_a_short_exact_ending_to_a_follow_up_is_not_too_short() -> None:
    answer = (
        "It worked. Over the next season returned saddles fell by 30% against the season "
        "before, measured from the repair book."
    )
    a = assess_answer("How did that turn out: what changed, and how did you measure it?", answer)
    assert not applies("too_short", a)
    assert not applies("brief", a)


def test_a_cv_result_bullet_keeps_only_the_result_clause() -> None:
    sentence = (
        "We finished the survey £4,000 under budget, and the field sheets were filed "
        "two days late with nothing lost"
    )
    assert _result_clauses(sentence) == "We finished the survey £4,000 under budget"


def test_a_bullet_naming_a_budget_shows_budget_management() -> None:
    profile = cv_profile(
        "Experience\nBookbinder, Vellum Works, 2019 - present\n"
        "- Ran the conservation studio on a budget of £80,000 a year.\n"
        "Skills\nBudget management, case binding"
    )
    assert _bullet_shows(profile, _skill("Budget Management"), "Budget management")


def test_a_problem_before_the_candidate_arrived_is_not_their_work() -> None:
    sentence = "Fleece quality had slipped before I took over, with grease marks on half the clip"
    assert not shows_at(sentence, 0, 6, credential=True)
    post = "When I started as head groomer we had three leavers and rotas were built late"
    at = post.index("rotas")
    assert not shows_at(post, at, at + 5)


def test_a_cv_result_keeps_what_which_refers_to() -> None:
    sentence = "I redrew the parish maps for the survey office, which cut boundary queries by 40%"
    assert _result_clauses(sentence) == sentence


def test_the_cv_line_the_question_quotes_is_no_other_example() -> None:
    cv = (
        "Experience\nPiano tuner, Hallam Keys, 2019 - present\n"
        "- Cut return visits for sticking keys by 30% by introducing humidity checks at booking.\n"
        "- Tuned around 900 school pianos a year across the county.\n"
    )
    question = (
        "Your CV says you cut return visits for sticking keys by 30% by introducing humidity "
        "checks at booking. What was your own part in that?"
    )
    told = told_lines(cv, question, "I set up the humidity checks and trained the office.")
    assert any("humidity checks" in line for line in told)
    assert not any("900 school pianos" in line for line in told)


def test_safety_work_in_its_own_words_shows_health_and_safety() -> None:
    coverage = _coverage(["Before the spring split I did the risk assessments for every apiary."])
    assert coverage.get("Health and Safety") == "demonstrated"
    assert (
        _coverage(["Health and safety is obviously a priority on any apiary."]).get(
            "Health and Safety"
        )
        != "demonstrated"
    )


def test_a_measured_change_in_a_story_of_own_steps_shows_the_work() -> None:
    sentence = "Over three months hive losses on my sites fell from eleven to four."
    at = sentence.index("hive")
    assert shows_at(sentence, at, at + 4, story=True)
    assert not shows_at(sentence, at, at + 4, story=False)


def test_a_cv_result_keeps_a_second_result_in_words() -> None:
    sentence = (
        "Over 2024 I rehomed around 300 swarms, and an audit of my own hives found no "
        "brood disease that reached the apiary"
    )
    assert _result_clauses(sentence) == sentence
