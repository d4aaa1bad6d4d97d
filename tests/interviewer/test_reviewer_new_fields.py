"""Rules found by a reviewer on new fields (an honest denial met with an outcome probe, an
internal candidate asked as an outsider, a summed count of years beside the CV's own, a probe
glued to the close, a law's acronym taken up as a tool), each tested on invented text from
fields not in the repository: forestry, audiology, brewing, veterinary nursing.

Each test fails without the rule it names (see the comment on the rule in the package).
"""

from __future__ import annotations

import re

import pytest

from interview_core.context import InterviewContext
from interview_core.interviewer.answers import admits_gap
from interview_core.interviewer.engine import PROBES, Decision, interviewer_for
from interview_core.interviewer.plan import is_chosen_tool
from interview_core.interviewer.wording import templates
from interview_core.language.cv import stated_years
from interview_core.language.denials import denies_term
from interview_core.language.profile import analyse_cv
from interview_core.language.skills import skill_named
from tests.helpers.reading import decisions_over

FOREST_CV = """Callum Hart
Hexham

Profile
Forest worker with six years of experience in thinning and clearfell operations.

Experience
Lead Chainsaw Operator, Tyne Valley Forestry, 2020 – Present
- Lead a crew of three on thinning sites
- Cut brash mat repairs by planning extraction racks before felling

Chainsaw Operator, Redesdale Estates, 2015 – 2020
- Felled and processed conifers on clearfell sites

Farm Hand, Hill Top Farm, 2009 – 2015
- Fencing and livestock work

Skills
Chainsaw felling, extraction planning, first aid
"""

FOREST_JOB = """Kielder Timber is a family-run forestry contractor in Northumberland.

Responsibilities
- Supervise harvesting crews and forwarder operators on clearfell sites
- Plan extraction routes and protect watercourses during felling
- Check timber volumes against the felling licence and cutting plan
- Carry out site risk assessments and toolbox talks

Requirements
- NPTC chainsaw certificates (CS30/31)
- Three years supervising forestry operations
"""

OPENER = (
    "I've spent six years felling, the last few leading a small crew, and I want to move "
    "into supervising whole sites."
)

BREW_CV = """Tomas Reid
Bristol

Profile
Brewer with seven years in craft brewing, currently shift brewer at Harrow Hill.

Experience
Senior Shift Brewer, Harrow Hill Brewing Co, 2021 – Present
- Run the brewhouse on early shifts, brewing up to 12 batches a week
- Introduced a yeast propagation log that cut failed fermentations from 5 to 1 a quarter

Brewer, Kestrel Ales, 2018 – 2021
- Brewed cask and keg beers on a 10-barrel kit

Barista, Bean There Coffee, 2010 – 2018
- Made coffee and trained new starters

Skills
Yeast management, cleaning-in-place, HACCP, recipe development
"""

BREW_JOB = """Harrow Hill Brewing Co is a 30-barrel independent brewery.

Key responsibilities
- Plan and run the weekly brewing schedule across the brewhouse and cellar
- Maintain quality control, including yeast management and lab testing of every batch
- Lead and train a team of four brewers
- Develop two new seasonal recipes each year with the sales team
"""


def _play(title: str, company: str, cv: str, job: str, answers: list[str]) -> list[Decision]:
    return decisions_over(InterviewContext(title, company, cv, job), answers)


_OUTCOME = re.compile(r"\b(?:result|outcome|measure|turn(?:ed)? out|came of it)\b", re.I)


# --- an honest denial: never an outcome probe ----------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "I haven't used a harvester head myself, but I planned the racks for the harvester crew.",
        "I've not run a tinnitus clinic on my own, though I sat in on twelve of them.",
        "I have never led a dental sedation list. I assisted on them for two years.",
    ],
)
def test_an_answer_that_opens_on_a_denial_admits_a_gap(answer: str) -> None:
    assert admits_gap(answer)


def test_a_denial_with_the_nearest_thing_is_not_asked_for_its_outcome() -> None:
    denial = (
        "I haven't used a harvester head myself, but I did plan the racks for the harvester "
        "crew on our last clearfell and walked them through the route each morning."
    )
    decisions = _play(
        "Harvesting Supervisor", "Kielder Timber Ltd", FOREST_CV, FOREST_JOB, [OPENER, denial]
    )
    probe = decisions[2]
    assert probe.asked.followup in PROBES
    assert not _OUTCOME.search(probe.text)
    assert probe.text in [*templates("followup.gap")]


def test_a_bare_denial_is_asked_for_the_nearest_thing_done() -> None:
    denial = "I haven't used a harvester head myself, to be honest."
    decisions = _play(
        "Harvesting Supervisor", "Kielder Timber Ltd", FOREST_CV, FOREST_JOB, [OPENER, denial]
    )
    probe = decisions[2]
    assert probe.asked.followup in PROBES
    assert not _OUTCOME.search(probe.text)
    assert probe.text in templates("followup.gap_nearest")


def test_a_denial_before_but_denies_nothing_after_it() -> None:
    answer = (
        "I haven't had a new starter who really struggled, but I do hold weekly supervision "
        "with our two student veterinary nurses."
    )
    assert not denies_term("supervising", answer)
    assert denies_term("Power BI", "We don't actually use Power BI, but we do use Tableau.")


# --- an internal candidate: a move within the company --------------------------------------


def test_an_internal_candidate_is_asked_about_a_move_not_about_the_company() -> None:
    ctx = InterviewContext("Head Brewer", "Harrow Hill Brewing Co", BREW_CV, BREW_JOB)
    options = interviewer_for(ctx).render.opener()
    assert options
    for text in options:
        assert "Harrow Hill" not in text
        assert "role at" not in text
        assert "Head Brewer role" in text and re.search(r"\bfrom (?:it|that|your current)", text)


def test_an_outside_candidate_keeps_the_company_in_the_opener() -> None:
    ctx = InterviewContext("Harvesting Supervisor", "Kielder Timber Ltd", FOREST_CV, FOREST_JOB)
    options = interviewer_for(ctx).render.opener()
    assert all("Kielder Timber Ltd" in t for t in options)


# --- years: the CV's own count wins -----------------------------------------------------------


def test_years_written_in_words_in_the_profile_are_read() -> None:
    assert stated_years("Registered audiologist with nine years of experience") == [9]
    assert stated_years("Brewer with seven years in craft brewing") == [7]
    assert stated_years("Over twenty-five years' experience in veterinary nursing") == [25]
    assert stated_years("Managed a team of five for two years") == []


def test_the_profile_count_of_years_wins_over_the_dates() -> None:
    cv = analyse_cv(FOREST_CV)
    assert cv.years_experience == 6
    assert cv.years_in_field is None or cv.years_in_field <= 6
    ctx = InterviewContext("Harvesting Supervisor", "Kielder Timber Ltd", FOREST_CV, FOREST_JOB)
    for text in interviewer_for(ctx).render.opener():
        said = [int(n) for n in re.findall(r"\b(\d+) years\b", text)]
        assert all(n == 6 for n in said)


# --- the close is one question ------------------------------------------------------------


def test_a_weak_answer_to_question_seven_is_not_glued_to_the_close() -> None:
    vague = "I generally try to keep the crew safe and make sure everyone knows the plan."
    strong = (
        "We had a burn running through a site. I marked a buffer with tape, moved the stacking "
        "area and checked it every day; the ranger signed it off with no silt in the water."
    )
    decisions = _play(
        "Harvesting Supervisor",
        "Kielder Timber Ltd",
        FOREST_CV,
        FOREST_JOB,
        [OPENER, strong, strong, strong, strong, strong, vague],
    )
    close = decisions[7]
    assert close.asked.kind == "closing" and close.asked.followup is None
    assert close.text.count("?") == 1 and "and then" not in close.text


# --- a law, a process or a document is no tool ------------------------------------------------


@pytest.mark.parametrize("name", ["TUPE", "RAMS", "CDM", "IFRS", "Care Act 2014", "PROMs"])
def test_laws_processes_and_standards_are_no_tools(name: str) -> None:
    skill = skill_named(name)
    assert skill is not None and not is_chosen_tool(skill)


@pytest.mark.parametrize("name", ["Salesforce", "HubSpot", "Power BI", "Epic"])
def test_products_are_tools(name: str) -> None:
    skill = skill_named(name)
    assert skill is not None and is_chosen_tool(skill)


def test_no_tool_follow_up_on_a_document_of_the_trade() -> None:
    answers = [
        "I've been at Harrow Hill for five years and run the early shift.",
        "Last spring our fermentations kept stalling. I started a propagation log, checked "
        "pitch rates on every batch and retrained the night shift. Failed fermentations went "
        "from five a quarter to one.",
        "When we rebuilt the cellar I wrote the RAMS for the tank move and briefed the crew "
        "each morning. We finished two days early with no accidents and lost no beer.",
        "It went fine.",
    ]
    decisions = _play("Head Brewer", "Harrow Hill Brewing Co", BREW_CV, BREW_JOB, answers)
    assert not any(d.asked.followup == "tangent" and "RAMS" in d.text for d in decisions)
