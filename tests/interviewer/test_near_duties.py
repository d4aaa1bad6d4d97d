"""A duty the CV shows only near is asked as a step up; "the closest thing you've done" only
where nothing shows the duty; a denial is acknowledged courteously. Invented CVs and jobs from fields not in the repository."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.fluency import is_fluent
from interview_core.interviewer.near import near_only, object_heads, told_in
from interview_core.interviewer.plan import PlanItem
from interview_core.interviewer.wording import templates

# An equine yard: the head groom leads grooms; the job leads yard managers across sites.
STUD_JOB = """About the role
We run three studs and a racing yard.

Responsibilities
- Line manage a team of yard managers across our three studs
- Prepare the annual feed and bedding budget for the directors
- Oversee health and safety across all yards
- Plan the foaling season rota with the stud vets

Requirements
- Experience of managing a yard
"""
STUD_CV = """Morgan Hale
Head Groom

Experience
Head Groom, Ashcombe Stud, Newmarket (2019 – present)
- Line manage 9 grooms and two apprentices across the foaling and yearling barns
- Prepare the yard's annual feed and bedding budget of £140,000 for the stud manager
- Lead on health and safety, including monthly yard inspections and manual handling training

Groom, Fenbury Racing (2015 – 2019)
- Mucked out, fed and rode out a string of six horses

Skills
Foaling, yearling preparation, budgeting, health and safety
"""


def _interviewer(cv: str, job: str, title: str = "Stud Operations Manager"):
    return interviewer_for(InterviewContext(title, "Larkspur Studs", cv, job, ()))


def test_a_duty_on_other_people_is_near() -> None:
    iv = _interviewer(STUD_CV, STUD_JOB)
    line = "Line manage a team of yard managers across our three studs"
    status, cv_line = iv.render.duty_status(line)
    assert status == "near"
    assert "9 grooms" in cv_line
    # The budget the CV prepares is the duty itself: shown, not near.
    assert iv.render.duty_status(STUD_JOB.splitlines()[5][2:])[0] == "shown"


def test_near_reads_action_and_object() -> None:
    # Sommelier: the same action on other people is near; the same people are not.
    duty = "train and develop a team of head sommeliers across the group's restaurants"
    assert near_only(duty, "Trained 12 waiting staff in wine service")
    assert not near_only("lead a team of 12 staff", "Managed 9 colleagues on the night shift")
    assert not near_only(duty, "Trained and mentored four head sommeliers in two restaurants")
    # Archivist: helping with the object is near; doing it is not.
    assert near_only("lead the annual collections audit", "Supported the annual collections audit")
    assert not near_only("lead the annual collections audit", "Led the annual collections audit")
    # A duty upheld rather than done has no object to read.
    assert not near_only("ensure archivists follow the handling policy", "Trained 3 volunteers")
    assert object_heads("line manage a team of school business managers across the trust") == {
        "managers"
    }


def test_a_near_duty_is_asked_as_a_step_up_in_one_question() -> None:
    iv = _interviewer(STUD_CV, STUD_JOB)
    line = "Line manage a team of yard managers across our three studs"
    for kind in ("duty", "story"):
        item = PlanItem(f"{kind}:0", kind, payload=line)
        options = [o for o in iv.render.planned(item, 0) if is_fluent(o)]
        assert options, kind
        first = options[0]
        assert "9 grooms" in first and "yard managers" in first
        assert first.count("?") == 1
        assert "closest thing" not in first and "current work" not in first
    # A probe on it names the work the CV shows, never the duty as done.
    topic = iv.render.duty_topic(PlanItem("story:0", "story", payload=line))
    assert "grooms" in topic and "yard managers" not in topic


def test_the_closest_thing_only_where_nothing_shows_the_duty() -> None:
    # Farrier: the CV shows remedial shoeing in a line that cannot be said as "you …".
    job = """Responsibilities
- Carry out remedial shoeing for laminitic horses with the practice vets
- Keep accurate records of every horse shod
- Teach shoeing to apprentice farriers on their college weeks
"""
    cv = """Sam Tarrant
Farrier

Experience
Farrier, Hollins Forge (2018 – present)
- Shoe and trim around 25 horses a week across four yards
- Remedial shoeing for laminitic horses, with the practice vets

Skills
Remedial shoeing, hot shoeing, forge work
"""
    iv = _interviewer(cv, job, "Senior Farrier")
    shown = PlanItem(
        "duty:0",
        "duty",
        payload="Carry out remedial shoeing for laminitic horses with the practice vets",
    )
    assert iv.render.duty_status(shown.payload)[0] == "shown"
    for option in iv.render.planned(shown, 0):
        assert "closest thing" not in option and "something like that" not in option
    unshown = PlanItem(
        "duty:2", "duty", payload="Teach shoeing to apprentice farriers on their college weeks"
    )
    status = iv.render.duty_status(unshown.payload)[0]
    if status == "unshown":
        assert any(
            "closest" in o or "like that" in o or "prepared you" in o
            for o in iv.render.planned(unshown, 0)
        )
    # An answer that told the duty counts as showing it.
    said = ["I teach shoeing to two apprentice farriers every college week at the forge."]
    assert told_in("teach shoeing to apprentice farriers on their college weeks", said)


def test_denial_acknowledgements_are_courteous() -> None:
    for template in templates("followup.denial_ack"):
        text = template.format(term="SAP")
        assert "not SAP" not in text and "as such" not in text and "Understood" not in text
        assert len(text.split()) <= 10 and text.count("?") == 0
        assert "thank" in text.lower()


def test_engine_asks_the_near_duty_as_a_step_up() -> None:
    iv = _interviewer(STUD_CV, STUD_JOB)
    turns: list[Turn] = []
    texts = []
    for _ in range(7):
        text = iv.next_question(turns, 8)
        texts.append(text)
        turns.append(Turn(text, "I would take it step by step and check with the team."))
    on_duty = [t for t in texts if "yard managers" in t]
    for text in on_duty:
        assert "current work" not in text and "didn't go smoothly" not in text
