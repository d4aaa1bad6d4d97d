"""Wording rules found by reviewers playing CVs from new fields (a lone answer word or an
unexplained acronym echoed as a probe's topic, a lexicon label said as the CV's words, a
duty turned into broken English, a story from a neighbouring job of the same broad family
taken as the field's, an employer the opener could not read), each tested on invented text
from fields not in the repository: solar PV installation, clinical trials, airport ground
handling, social housing.
"""

from __future__ import annotations

import re

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.answers import own_term
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.fluency import is_fluent, problems
from interview_core.interviewer.other_work import in_line_of, other_work_story
from interview_core.interviewer.phrases import sure_gerund
from interview_core.interviewer.render import bracketed_employer

SOLAR_CV = """Daniel Okafor
Solar PV Installer

Experience
Solar PV Installer, Brightfield Renewables Ltd, Leicester, 2021 – Present
- Install 3-12 kWp roof-mounted arrays with hybrid inverters and battery storage
- Test and commission systems and complete MCS paperwork
- Lead a team of two improvers on larger jobs

Electrician, Midshire Electrical Services, Loughborough, 2017 – 2021
- Domestic rewires, consumer unit changes and EV charger installs
"""
SOLAR_JOB = """Responsibilities
- Lead and rota a crew of two to three installers.
- Install roof-mounted PV arrays, inverters and battery storage to MCS standards.
- Test, commission and hand over systems to customers.

Requirements
- 18th Edition and a solar PV qualification.
"""
TRIALS_CV = """Hannah Brennan
Clinical Trials Coordinator

Experience
Clinical Trials Coordinator, Northern Royal Infirmary NHS Trust, Manchester, 2021 – Present
- Screen, consent and enrol participants in oncology trials
- Maintain the investigator site file and enter data into EDC systems
- Prepare for sponsor monitoring visits and resolve data queries within 5 days

Healthcare Assistant, Stepping Hill Hospital, Stockport, 2017 – 2021
- Observations, phlebotomy and personal care on a respiratory ward
"""
TRIALS_JOB = """Key responsibilities
- Coordinate a portfolio of phase II-III trials from set-up to close-out.
- Screen, consent and enrol participants in line with ICH-GCP.
- Host sponsor monitoring visits and resolve data queries.

Essential
- Experience with EDC systems.
"""
WARD_STORY = (
    "On the respiratory ward at Stepping Hill a patient deteriorated overnight; I spotted the "
    "falling sats on obs, escalated to the nurse in charge and the patient went to HDU."
)


@pytest.mark.parametrize(
    ("answer", "term"),
    [
        # A lone common noun is taken up with the words that make it the candidate's own.
        ("I did the ledger clean-up for our van stock and it went fine.", "the ledger clean-up"),
        ("I make sure the ledger of parts matches what went up.", "the ledger of parts"),
        ("I sorted the ledger and it was fine.", ""),
        # An acronym the interviewer cannot know is named with the thing it qualifies...
        ("On the LUNA-2 study I fixed the SDV backlog. It was fine.", "the SDV backlog"),
        ("We had a job where the RMCH paperwork was missing. I sorted it.", "the RMCH paperwork"),
        # ... or not at all; spelled out in the answer, it is known.
        ("We fixed SDV. It was fine in the end.", ""),
        ("I ran source data verification (SDV) on it. It was fine.", "SDV"),
        # A person is no thing the candidate did.
        ("I escalated to the nurse in charge and it was fine.", ""),
    ],
)
def test_a_probe_takes_up_a_whole_noun_phrase(answer: str, term: str) -> None:
    assert own_term(answer, "Tell me about your work.") == term


def test_an_acronym_the_job_uses_is_known() -> None:
    known = "Complete MCS and DNO paperwork accurately."
    assert own_term("We did DNO. Fine.", "Tell me about it.") == ""
    assert own_term("We did DNO. Fine.", "Tell me about it.", known=known) == "DNO"


def test_a_vague_answer_is_not_probed_on_a_lone_word() -> None:
    iv = interviewer_for(
        InterviewContext("Senior Solar PV Installer", "SunRise Home Energy", SOLAR_CV, SOLAR_JOB)
    )
    first = iv.next_question([], 8)
    turns = [Turn(first, "We had a job where the paperwork was missing. I chased the office.")]
    probe = iv.next_question(turns, 8)
    assert not re.search(r"\b(?:with|mentioned) paperwork\b", probe), probe
    assert is_fluent(probe), problems(probe)


def test_a_family_shared_by_two_trades_is_no_line_of_work() -> None:
    # Both titles are health care by the family's words; the trades differ.
    assert not in_line_of("Healthcare Assistant", "Senior Clinical Trials Coordinator")
    assert in_line_of("Clinical Research Nurse", "Senior Clinical Trials Coordinator")
    assert in_line_of("Staff Nurse", "Charge Nurse")


def test_a_story_naming_an_employer_by_its_short_name_is_from_elsewhere() -> None:
    iv = interviewer_for(
        InterviewContext(
            "Senior Clinical Trials Coordinator", "Pennine Research Partners", TRIALS_CV, TRIALS_JOB
        )
    )
    story = other_work_story(iv.docs, WARD_STORY)
    assert story is not None and story.other == "Stepping Hill Hospital"
    assert story.field == "Northern Royal Infirmary NHS Trust"
    # A story from the field named short ("at Northern Royal") is the field's own.
    both = WARD_STORY + " At Northern Royal I now run the screening clinic."
    assert other_work_story(iv.docs, both) is None
    # One everyday word of a name ("Northern") is no name.
    assert other_work_story(iv.docs, "In the Northern office I ran a ward round.") is None


@pytest.mark.parametrize(
    "question",
    [
        "Can you give me one example of your work with prepare theatre: what did you do?",
        "What does your experience with support the team look like day to day?",
        "This role involves leading and rota a crew of installers. Tell me about one case.",
        "This role involves planning and develop the budget. Tell me about one case.",
    ],
)
def test_broken_duty_slots_fail_the_fluency_check(question: str) -> None:
    assert not is_fluent(question)


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about your work with on-call cover at weekends: what did you do?",
        "Tell me about a time of working with care and the families: what did you do?",
        "Tell me about your experience with lead times and suppliers.",
        "This role involves managing and developing the team. Tell me about one case.",
        "This role involves training and support for new starters. Tell me about one case.",
        "This role involves coaching and mentoring a team of five. Tell me about one case.",
    ],
)
def test_sound_slots_pass_the_fluency_check(question: str) -> None:
    assert is_fluent(question), problems(question)


def test_a_duty_whose_second_verb_is_unknown_is_not_turned() -> None:
    # "rota" is a verb here (it shares "a crew"), though the dictionary knows only the noun.
    assert sure_gerund("lead and rota a crew of two to three installers") == ""
    assert sure_gerund("recognise and escalate deterioration") == (
        "recognising and escalating deterioration"
    )


def test_every_question_of_a_new_field_is_fluent() -> None:
    iv = interviewer_for(
        InterviewContext("Senior Solar PV Installer", "SunRise Home Energy", SOLAR_CV, SOLAR_JOB)
    )
    for item in iv.plan:
        for text in iv.render.planned(item, iv.ordinal[item.key])[:1]:
            assert is_fluent(text), (text, problems(text))
            assert "leading and rota" not in text


@pytest.mark.parametrize(("cv", "job"), [(SOLAR_CV, SOLAR_JOB), (TRIALS_CV, TRIALS_JOB)])
def test_the_cv_is_only_said_to_mention_its_own_words(cv: str, job: str) -> None:
    iv = interviewer_for(InterviewContext("Senior Coordinator", "Acme Ltd", cv, job))
    for item in iv.plan:
        for text in iv.render.planned(item, iv.ordinal[item.key]):
            said = re.search(r"Your CV mentions (.+?)(?: at | here|:|\.)", text)
            if said:
                words = r"[\s-]+".join(re.escape(w) + "(?:e?s)?" for w in said.group(1).split())
                assert re.search(words, cv, re.I), text


@pytest.mark.parametrize(
    ("title", "employer"),
    [
        ("Ground Handling Agent (Swissport)", "Swissport"),
        ("Payroll Officer (Sainsbury's)", "Sainsbury's"),
        ("Grounds Supervisor (Idverde)", "Idverde"),
        ("Staff Nurse (Endoscopy)", ""),
        ("Support Worker (Nights)", ""),
        ("Housing Officer (Leeds)", ""),
        ("Community Nurse (Reablement)", ""),
        ("Installer (Self-employed)", ""),
    ],
)
def test_one_bracketed_word_is_an_employer_only_when_a_name(title: str, employer: str) -> None:
    assert bracketed_employer(title) == employer


def test_the_opener_names_a_one_word_employer_in_brackets() -> None:
    cv = (
        "Experience\n\nGround Handling Agent (Swissport)\n2020 - present\n- Loaded 20 turns a "
        "shift\n\nBaggage Handler (Menzies)\n2016 - 2020\n- Loaded bags\n"
    )
    iv = interviewer_for(InterviewContext("Ramp Supervisor", "AeroServe Handling", cv, SOLAR_JOB))
    assert all("Swissport" in o for o in iv.render.opener())


def test_a_volunteer_post_listed_first_is_not_the_current_job() -> None:
    cv = (
        "Experience\n\nVolunteer Mentor, Leeds Youth Trust, 2023 – present\n- Mentor two young "
        "people\n\nHousing Officer\nAvonvale Homes, Bristol\n2020 – present\n- Manage a patch "
        "of 420 homes\n"
    )
    job = "Responsibilities\n- Manage a patch of 450 homes.\n"
    iv = interviewer_for(InterviewContext("Senior Housing Officer", "Severn Vale", cv, job))
    assert iv.docs.cv.current_role is not None
    assert iv.docs.cv.current_role.title == "Housing Officer"
    assert all("Avonvale Homes" in o for o in iv.render.opener())


def test_an_answer_that_drifts_into_life_is_brought_back() -> None:
    iv = interviewer_for(
        InterviewContext(
            "Senior Clinical Trials Coordinator", "Pennine Research Partners", TRIALS_CV, TRIALS_JOB
        )
    )
    turns: list[Turn] = []
    for answer in (
        "At Northern Royal I run six oncology trials: screening, consent and study visits.",
        "For monitoring visits I prepare the site file a week ahead. My partner and I just got "
        "back from Lisbon for her birthday, we rode the old tram, ate far too many pastries, "
        "took the train to Porto for a port tasting, and now we're learning Portuguese every "
        "evening because we'd love to buy a flat there one day.",
    ):
        turns.append(Turn(iv.next_question(turns, 8), answer))
    decision = iv.next_decision(turns, 8)
    assert decision.asked.followup in ("redirect", "focus"), decision.text
