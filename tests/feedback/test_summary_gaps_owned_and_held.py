"""Gaps the weaknesses name, on invented interviews from fields outside the development set: a
gap the candidate owned up to is acknowledged and met with how to close it, a thing held (a
registration, a status) with a dated route, never with "prepare one real example"; and skills
shown in other words (a negotiation told as steps, the advert's own word on the CV) are no gap."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.language import skills as skill_lexicon
from interview_core.language.profile import analyse_cv
from interview_core.scorer import score_interview
from interview_core.scorer.summary import _in_the_adverts_word, skill_coverage

ARCHIVE_CV = """Alex Moor
Experience
Archives Assistant, Fenland Record Office, 2021 - present
- Catalogued 3,000 parish records in AtoM and answered 40 enquiries a month
- Ran the searchroom on Saturdays
"""
ARCHIVE_JD = """Archivist
You will catalogue collections, answer enquiries and run outreach sessions.
Requirements:
- Experience of CALM cataloguing software
- RMARA registration with the ARA
- Excellent communication skills"""
STORY = Turn(
    "Tell me about a collection you catalogued.",
    "I catalogued a run of 200 parish registers in AtoM last year. I checked each volume, "
    "wrote the series description and added 1,400 entries. Enquiries about the parish fell "
    "from ten a week to three because people could find them online.",
)
DENIAL = Turn(
    "How have you used CALM?",
    "I haven't used CALM myself. The nearest is that I catalogued 3,000 items in AtoM, which "
    "has the same ISAD(G) levels, and I'd want to do the CALM training in my first month.",
)
ROUTE = Turn(
    "Where are you with registration?",
    "I'm enrolled on the RMARA registration scheme and I plan to submit my portfolio in spring.",
)


def _weaknesses(*turns: Turn) -> list[str]:
    ctx = InterviewContext("Archivist", "County Archives", ARCHIVE_CV, ARCHIVE_JD, turns)
    return score_interview(ctx).weaknesses


def test_an_owned_gap_is_acknowledged_not_called_unshown() -> None:
    found = _weaknesses(STORY, DENIAL)
    owned = [w for w in found if "CALM" in w]
    assert owned and "said plainly" in owned[0] and "question 2" in owned[0]
    assert not any("CALM" in w and "neither your CV nor any answer" in w for w in found)


def test_a_thing_held_is_met_by_a_dated_route_never_an_example() -> None:
    held = [w for w in _weaknesses(STORY, DENIAL) if "RMARA" in w]
    assert held and "dated route" in held[0]
    assert "real example" not in held[0]


def test_a_route_told_in_an_answer_is_named() -> None:
    held = [w for w in _weaknesses(STORY, DENIAL, ROUTE) if "RMARA" in w]
    assert held and "question 3" in held[0] and "real example" not in held[0]


SOMM_JD = """Head Sommelier
You will run the wine list, negotiate with suppliers and train the floor team.
Requirements: WSET Level 3; strong negotiation skills."""
SOMM_CV = """Jo Lake
Experience
Sommelier, The Quay, 2020 - present
- Ran a list of 300 bins and trained six waiters
"""


def test_a_negotiation_told_as_steps_shows_negotiation() -> None:
    turn = Turn(
        "Tell me about a time you got a better deal.",
        "Our Burgundy supplier put the price up by 12% in March. I went back and offered to "
        "take 40 cases a year instead of 25 on a fixed price, and they agreed. We saved "
        "about £3,000 over the year and kept the wine by the glass.",
    )
    ctx = InterviewContext("Head Sommelier", "The Grand", SOMM_CV, SOMM_JD, (turn,))
    cover = {c.skill: c for c in skill_coverage(ctx, [turn.answer])}
    assert cover["Negotiation"].status == "demonstrated"


def test_a_general_offer_is_no_negotiation() -> None:
    turn = Turn(
        "Tell me about a busy night.",
        "I offered the guests a glass of fizz while they waited and we turned the table.",
    )
    ctx = InterviewContext("Head Sommelier", "The Grand", SOMM_CV, SOMM_JD, (turn,))
    cover = {c.skill: c for c in skill_coverage(ctx, [turn.answer])}
    assert cover["Negotiation"].status != "demonstrated"


ORTHO_JD = """Orthoptist
Run paediatric clinics and contribute to service audit and quality improvement projects."""


def test_the_adverts_own_word_on_the_cv_claims_the_skill() -> None:
    cv = """Ria Shah
Experience
Orthoptist, Vale Eye Unit, 2020 - present
- Worked with the audit team to cut clinic waits from 14 to 9 weeks
"""
    ctx = InterviewContext("Orthoptist", "City Eye", cv, ORTHO_JD, ())
    cover = {c.skill: c for c in skill_coverage(ctx, [])}
    assert cover["Clinical Audit"].status == "undemonstrated"
    assert "audit team" in (cover["Clinical Audit"].evidence or "")


def test_the_word_read_as_another_skill_claims_nothing() -> None:
    cv = """Ria Shah
Experience
Finance Assistant, Vale Trust, 2020 - present
- Prepared the files for the external audit of the charity's accounts
- Reporting to the finance director
"""
    ctx = InterviewContext("Orthoptist", "City Eye", cv, ORTHO_JD, ())
    cover = {c.skill: c for c in skill_coverage(ctx, [])}
    assert cover["Clinical Audit"].status == "missing"


def test_an_opening_verb_is_no_word_of_the_adverts() -> None:
    # "Audit the…" opens a duty; the advert names no audit as a thing the CV could share.
    skill = skill_lexicon.skill_named("Clinical Audit")
    assert skill is not None
    cv = analyse_cv(
        "Ria Shah\nExperience\nOrthoptist, Vale Eye Unit, 2020 - present\n"
        "- Worked with the audit team to cut clinic waits\n"
    )
    assert _in_the_adverts_word(skill, "Audit the clinic's patient records monthly.", cv) is None
    assert _in_the_adverts_word(skill, "Contribute to service audit.", cv) is not None
