"""Questions that fit the kind of work: routine duties asked as a process, events as a story;
scenes for hands-on work that are not office scenes; a one-duty job's scene; and a duty the
candidate already covered well not asked again. Invented jobs from fields the development
set does not hold: farrier, tower crane operator, wind-turbine technician, audiologist,
court usher, bid writer, pastry chef, sign-language interpreter."""

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.duties import is_event_duty
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.fluency import is_fluent, problems
from interview_core.interviewer.settings import is_hands_on

EVENTS = [
    "Respond to turbine breakdowns as part of an on-call rota",
    "Handle complaints from court users and escalate incidents to the court manager",
    "Meet tight deadlines for tender submissions",
    "Deal with aggressive or distressed members of the public",
]
ROUTINES = [
    "Carry out diagnostic hearing assessments for adults and children",
    "Trim and shoe horses and ponies to a high standard",
    "Interpret between British Sign Language and English in medical appointments",
    "Prepare laminated doughs, entremets and petits fours for the patisserie counter",
    "Write bid responses and case studies for public sector tenders",
]


@pytest.mark.parametrize("line", EVENTS)
def test_an_event_duty_is_an_event(line: str) -> None:
    assert is_event_duty(line)


@pytest.mark.parametrize("line", ROUTINES)
def test_a_routine_duty_is_no_event(line: str) -> None:
    assert not is_event_duty(line)


HANDS_ON = [
    (
        "Tree Surgeon",
        [
            "Climb and dismantle trees using ropes and harness",
            "Operate chainsaws and a chipper safely on site",
            "Full driving licence and CSCS card",
        ],
    ),
    (
        "Tower Crane Operator",
        [
            "Operate tower cranes on construction sites",
            "Carry out daily pre-use inspection of the crane",
            "Climb the access ladders to the cab at height",
        ],
    ),
]
DESK = [
    (
        "Bid Writer",
        [
            "Write bid responses and case studies for public sector tenders",
            "Manage the bid library and submission deadlines",
        ],
    ),
    (
        "Court Usher",
        [
            "Prepare courtrooms and call cases on",
            "Administer oaths and look after witnesses and jurors",
        ],
    ),
    (
        "BSL Interpreter",
        [
            "Interpret between British Sign Language and English",
            "Prepare for assignments and keep records of bookings",
        ],
    ),
]


@pytest.mark.parametrize(("title", "lines"), HANDS_ON)
def test_hands_on_work_is_read_from_the_job(title: str, lines: list[str]) -> None:
    assert is_hands_on(title, lines)


@pytest.mark.parametrize(("title", "lines"), DESK)
def test_desk_work_is_not_hands_on(title: str, lines: list[str]) -> None:
    assert not is_hands_on(title, lines)


FARRIER_JOB = """What you'll do
- Trim and shoe horses and ponies to a high standard, including remedial shoeing with our vets
Requirements
- Registered with the Farriers Registration Council
- Full UK driving licence
"""
FARRIER_CV = """Jo Tanner
Farrier

Experience
Farrier, Tanner Farriery, 2019 - present
- Shoe and trim around 30 horses a week across 60 yards
- Remedial shoeing for laminitis cases with two local vets

Skills
Remedial shoeing, forging, hoof care
"""


def _planned(title: str, company: str, cv: str, job: str) -> dict[str, str]:
    interviewer = interviewer_for(InterviewContext(title, company, cv, job))
    return {
        item.kind: interviewer.render.planned(item, interviewer.ordinal[item.key])[0]
        for item in interviewer.plan
        if item.kind in ("story", "role")
    }


def test_a_routine_duty_is_asked_as_one_case_that_went_wrong() -> None:
    story = _planned("Farrier", "Hollowmere Equine", FARRIER_CV, FARRIER_JOB)["story"]
    # Any wording of a routine duty: one case of the daily work that went wrong, asked as one
    # question (never "walk me through how you approach it, and then tell me about…").
    assert "a time you had to" not in story
    went_wrong = ("didn't go to plan", "didn't go smoothly", "went wrong", "got difficult")
    assert any(w in story for w in went_wrong)  # still a behavioural question
    assert is_fluent(story), problems(story)
    assert story.count("?") == 1 and "then tell me" not in story.lower()


def test_a_one_duty_job_gets_a_scene_of_its_own_duty_that_reads_naturally() -> None:
    role = _planned("Farrier", "Hollowmere Equine", FARRIER_CV, FARRIER_JOB)["role"]
    assert "trimming and shoeing horses and ponies" in role
    assert "to a high standard" not in role  # the duty's standard is not part of a scene
    assert "by Friday" not in role


CRANE_JOB = """Responsibilities
- Operate tower cranes safely on city-centre construction sites
- Carry out daily pre-use checks and record defects in the crane log
- Lift and place steel, formwork and precast units to the lift plan
- Work with slingers and signallers by radio to plan each lift
- Monitor wind speeds and stop lifting when limits are exceeded
- Keep the cab and access ladders clean and tidy
- Plan tandem lifts with the lifting supervisor and appointed person
- Train and mentor trainee crane operators on site
Requirements
- CPCS or NPORS tower crane ticket
- CSCS card
"""
CRANE_CV = """Lee Marsh
Tower Crane Operator

Experience
Tower Crane Operator, Hallam Lifting, 2018 - present
- Operate Liebherr and Potain tower cranes on residential and commercial sites
- Lifted precast stair cores and facade panels on a 22-storey tower

Skills
Tower crane operation, slinging and signalling, lift planning
"""
TURBINE_JOB = """Responsibilities
- Carry out scheduled maintenance and inspections on wind turbine generators
- Diagnose and repair electrical and hydraulic faults in the nacelle and hub
- Climb turbines and work at height in line with GWO standards
Requirements
- GWO Basic Safety Training
- Full UK driving licence
"""
TURBINE_CV = """Sam Ridley
Wind Turbine Technician

Experience
Wind Turbine Technician, Fellside Wind Services, 2021 - present
- Carry out scheduled maintenance on a fleet of 40 turbines
- Climb and work at height daily
"""


def test_a_hands_on_job_gets_no_office_scene() -> None:
    role = _planned("Wind Turbine Technician", "Northwind", TURBINE_CV, TURBINE_JOB)["role"]
    assert "by Friday" not in role and "end to end" not in role


def test_a_duty_covered_well_in_an_earlier_answer_is_not_asked_again() -> None:
    ctx = InterviewContext("Tower Crane Operator", "Brackenridge", CRANE_CV, CRANE_JOB)
    interviewer = interviewer_for(ctx)
    opener = interviewer.next_question([], 8)
    covered = (
        "I operate tower cranes for Hallam. Every morning I carry out the daily pre-use "
        "checks on the crane, record any defects in the crane log and report them before "
        "the first lift. Last year I found a cracked sheave that way and it was replaced "
        "before the next shift, and we've had no lifting incidents since."
    )
    turns: list[Turn] = [Turn(opener, covered)]
    strong = (
        "On the tower job I planned each lift of the precast stair cores with the slinger, "
        "checked the radius and weights, and we placed all forty cores without a single "
        "damaged unit."
    )
    asked = []
    for _ in range(6):
        decision = interviewer.next_decision(turns, 8)
        asked.append(decision.text)
        turns.append(Turn(decision.text, strong))
    assert not any("pre-use checks" in q for q in asked), asked
    # Its place went to another duty, still asked as a story of the job.
    assert any("one case" in q or "a time" in q for q in asked), asked


def test_the_process_question_wording_is_no_topic_of_its_own() -> None:
    """ "…one case that didn't go to plan: what came of it?" lends an answer about a choir
    competition ("we came third") no words of the question's topic."""
    from interview_core.interviewer.answers import read

    question = (
        "When it comes to preparing laminated doughs for the patisserie counter, walk me "
        "through how you approach it, and then tell me about one case that didn't go to "
        "plan: what did you do, and what came of it?"
    )
    answer = (
        "I sing in a choir, and we went to a competition in the spring. The conductor kept "
        "changing the dynamics in the last week, which caused a bit of chaos. We came third, "
        "and we celebrated as if we'd won."
    )
    assert read(question, answer).off_topic
