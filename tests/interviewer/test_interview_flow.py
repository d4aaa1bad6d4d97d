"""The flow of an interview over its answers (invented wind-turbine, florist, sign-language
interpreting, veterinary nursing and lettings text): work an answer already told in full is
not asked next; a dodge is brought back to what was asked; a short holiday answer is
redirected; a story from another line of work told for a duty is asked back to the field;
the close takes no experience for granted that nothing showed."""

from __future__ import annotations

import re

from interview_core.context import InterviewContext
from interview_core.interviewer.answers import own_doings, read
from interview_core.interviewer.engine import Interviewer, interviewer_for
from interview_core.interviewer.fluency import is_fluent
from interview_core.interviewer.other_work import in_line_of, other_work_story
from interview_core.interviewer.told import common_pairs, tells_line
from tests.helpers.interviews import play_questions

TURBINE_JOB = """Responsibilities
- Carry out blade inspections and repairs on onshore turbines
- Fault-find on pitch and yaw systems and replace failed components
- Complete service reports and permits in the maintenance system
- Support the training of apprentice technicians

Requirements
- GWO Basic Safety Training
- Experience with offshore access by crew transfer vessel
"""
TURBINE_CV = """Experience
Wind Turbine Technician, Highmoor Renewables, Inverness — 2019 to present
- Carry out blade inspections and leading-edge repairs on 2MW turbines
- Fault-find on pitch systems and hydraulic yaw brakes
- Write service reports in the maintenance system after every visit

Certifications
GWO Basic Safety Training, 2019
"""
TOLD_BLADES = (
    "What carries over most is the blade work. Last autumn I carried out blade inspections on "
    "a row of twelve turbines at Highmoor: I roped down each blade, photographed the leading "
    "edges and found erosion on five of them. I repaired three on the spot and scheduled the "
    "rest, and the site's output loss from erosion fell by two percent."
)
FIRE_DUTIES = (
    "Carry out fire risk assessments of council buildings and schools",
    "Manage the programme of fire door inspections and remedial works",
    "Train fire wardens and run evacuation drills",
)


def test_a_full_account_tells_the_line_it_names() -> None:
    common = common_pairs("Senior Fire Safety Officer", FIRE_DUTIES)
    told = (
        "Last year I carried out a fire risk assessment of a twelve-storey block: I walked "
        "every floor and found three fire doors that would not close. I raised the works and "
        "the block passed its audit."
    )
    assert tells_line(FIRE_DUTIES[0], told, common)
    # A result quoted in passing is no account of the work.
    passing = "Our fire risk assessments are all in date, and the board was pleased with that."
    assert not tells_line(FIRE_DUTIES[0], passing, common)
    # Steps of other work that only share the field's own words ("fire safety") tell nothing.
    other = "I trained twelve wardens last spring, ran a drill in each block, and times halved."
    assert not tells_line(FIRE_DUTIES[0], other, common)


def test_own_doings_in_the_past_count_each_step() -> None:
    steps = "I walked every floor, checked the risers and found three doors that would not close."
    assert own_doings(steps, past=True) == 3
    assert own_doings("I'm the lead for blade repairs and I love it.", past=True) == 0


def test_work_told_in_full_is_not_asked_next() -> None:
    asked = play_questions(
        "Senior Wind Turbine Technician",
        "Northwind Power",
        TURBINE_CV,
        TURBINE_JOB,
        [TOLD_BLADES, "Fine.", "Fine.", "Fine."],
    )
    # The candidate told the blade inspections, step by step and with their result: the
    # next planned question is on other work of the job.
    assert "blade inspection" not in asked[1].lower(), asked[1]
    assert all(is_fluent(q) for q in asked)


FLORIST_CV = """Experience
Senior Florist, Petal & Stem, York — 2020 to present
- Design and make wedding bouquets, buttonholes and venue arrangements
- Process and condition deliveries from the Dutch auction each morning
- Run the shop's Instagram account and weekly window displays
"""
FLORIST_JOB = """Responsibilities
- Design wedding and event flowers from consultation to installation
- Condition and care for stock to keep wastage low
- Serve customers in the shop and take telephone orders

Requirements
- Two years' experience as a florist
"""


def test_a_dodge_is_brought_back_to_what_was_asked() -> None:
    answers = [
        "I've been a florist at Petal & Stem for five years and I love weddings.",
        "I mostly did the EPOS stock stuff, it went fine.",
        "Fine.",
    ]
    asked = play_questions("Florist", "Bloom House", FLORIST_CV, FLORIST_JOB, answers)
    follow = asked[2]
    # Never narrowed to the thing the answer brought in instead ("Let's stay with …"): what
    # was asked is put again.
    assert "EPOS" in follow and not follow.startswith("Let's stay with"), follow
    topic = {w for w in re.findall(r"[a-z]+", asked[1].lower()) if len(w) > 5}
    assert topic & set(re.findall(r"[a-z]+", follow.lower())), (asked[1], follow)


def test_a_short_holiday_answer_is_off_the_question() -> None:
    question = (
        "Tell me about a time you interpreted a medical appointment for a deaf patient: what "
        "did you do yourself, and how did it go?"
    )
    assert read(question, "I went on holiday to Spain.").kind == "off_topic"
    # Short answers of the work, or with no word of life outside it, stay vague.
    assert read(question, "I did it often.").kind == "vague"
    assert read(question, "I interpreted at the clinic.").kind == "vague"


VET_CV = """Experience
Registered Veterinary Nurse, Meadow Vets, Leeds — 2019 to present
- Monitor anaesthesia for routine and emergency surgery
- Run weight, dental and post-operative nurse clinics
"""
VET_JOB = """Responsibilities
- Lead and rota a team of six veterinary nurses
- Monitor anaesthesia and manage theatre lists
- Run nurse clinics for weight management and dental care

Requirements
- RCVS registered veterinary nurse
- Experience with exotics (rabbits, reptiles and birds)
"""


def test_the_close_takes_no_unseen_experience_for_granted() -> None:
    weak = ["I went on holiday to Spain.", "I did it often.", "I'm a good communicator."]
    asked = play_questions(
        "Senior Veterinary Nurse", "Riverside Animal Hospital", VET_CV, VET_JOB, weak * 3
    )
    close = asked[-1]
    assert "what you have done of that so far" not in close, close
    assert is_fluent(close)


LETTINGS_CV = """Experience
Lettings Negotiator, Hartwell Homes, Reading — 2021 to present
- Conduct viewings and negotiate tenancies for a portfolio of 120 properties
- Handle landlord enquiries and valuations

Sales Assistant, Currys, Reading — 2017 to 2021
- Served customers on the shop floor and ran the tills
"""
LETTINGS_JOB = """Responsibilities
- Conduct viewings and negotiate tenancies with landlords and tenants
- Win new landlord instructions through valuations
- Manage tenancy renewals and check-outs

Requirements
- Two years in residential lettings
"""
RETAIL_STORY = (
    "At Currys on Black Friday I handled the queue: I split it into two lines, called over a "
    "colleague and opened another till, and we served everyone before closing."
)


def _lettings() -> Interviewer:
    return interviewer_for(
        InterviewContext(
            "Senior Lettings Negotiator", "Oakfield Estates", LETTINGS_CV, LETTINGS_JOB
        )
    )


def test_a_story_from_another_line_of_work_is_read_as_such() -> None:
    docs = _lettings().docs
    story = other_work_story(docs, RETAIL_STORY)
    assert story is not None and story.other == "Currys" and story.field == "Hartwell Homes"
    # A story from the field, or one that names both, is no story from elsewhere.
    assert other_work_story(docs, "At Hartwell I negotiated a tenancy renewal.") is None
    assert other_work_story(docs, "Unlike at Currys, at Hartwell Homes I own the deal.") is None
    # A question that asked about that job itself is answered from it.
    assert other_work_story(docs, RETAIL_STORY, "Tell me about your time at Currys.") is None


def test_a_career_changer_is_not_asked_for_a_story_from_the_field() -> None:
    cv = (
        "Experience\nBarista, Bean There, Reading — 2021 to present\n- Made coffee and ran the "
        "morning rush\n\nSales Assistant, Currys, Reading — 2017 to 2021\n- Served customers\n"
    )
    interviewer = interviewer_for(
        InterviewContext("Lettings Negotiator", "Oakfield Estates", cv, LETTINGS_JOB)
    )
    assert other_work_story(interviewer.docs, RETAIL_STORY) is None


def test_in_line_of_reads_the_trade_not_the_rank() -> None:
    assert in_line_of("Veterinary Care Assistant", "Senior Veterinary Nurse")
    assert not in_line_of("Sales Assistant", "Senior Veterinary Nurse")
    # Two titles sharing only a rank or a kind of post are in other lines of work.
    assert not in_line_of("Team Leader", "Lettings Team Leader")


def test_a_duty_answered_from_another_line_of_work_is_asked_back_to_the_field() -> None:
    answers = [
        "I've been a lettings negotiator at Hartwell Homes for three years.",
        RETAIL_STORY,
        "Fine.",
        "Fine.",
        "Fine.",
        "Fine.",
    ]
    asked = play_questions(
        "Senior Lettings Negotiator", "Oakfield Estates", LETTINGS_CV, LETTINGS_JOB, answers
    )
    assert "Hartwell Homes" in asked[2] and "Currys" in asked[2], asked[2]
    assert is_fluent(asked[2])
