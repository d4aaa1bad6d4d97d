"""Advert and CV phrases said cleanly in a question, and a job's ask to lead people.

Invented text from fields not in the repository: a brewery, a ferry terminal, a museum
shop's events, a dog-grooming salon, a parcel depot, a print works.
"""

from interview_core.interviewer.fluency import head_is_verb
from interview_core.interviewer.leadership import asks_people_leadership, shows_people_led
from interview_core.interviewer.phrases import sure_gerund, without_brackets, without_manner
from interview_core.interviewer.render import brief_duty
from interview_core.interviewer.wording import fill
from interview_core.language.cv import analyse_cv
from interview_core.language.people import leads_people_in


def test_a_noun_in_an_opening_list_of_verbs_leaves_the_duty_unturned():
    # "rota" and "roster"-like words the dictionary knows as no verb: "leading, rota and
    # developing" is broken English, so the line is said as the advert writes it.
    assert sure_gerund("Plan, rota and brief the brewery's cellar crew") == ""
    assert sure_gerund("Lead, rota and mentor a team of 9 groomers") == ""
    # A list of real verbs is turned as before.
    assert sure_gerund("Lead, coach and schedule a team of depot loaders") == (
        "leading, coaching and scheduling a team of depot loaders"
    )


def test_a_bracket_is_left_out_of_a_term_said_inside_a_sentence():
    assert without_brackets("colour matching (Pantone PMS)") == "colour matching"
    assert without_brackets("HACCP") == "HACCP"
    assert without_brackets("(ISO 12647)") == "(ISO 12647)"


def test_a_term_whose_work_is_a_verb():
    assert head_is_verb("licence to work", "work")
    assert not head_is_verb("court work", "work")
    assert not head_is_verb("work at height", "work")


def test_a_slash_with_a_space_on_one_side_is_closed_up():
    said = fill("The role asks for {x}.", {"x": "a forklift/ reach truck licence"})
    assert said == "The role asks for a forklift/reach truck licence."
    kept = fill("The role asks for {x}.", {"x": "nights and/or weekends"})
    assert kept == "The role asks for nights and/or weekends."


def test_how_often_a_duty_is_done_is_not_said_again_in_a_probe():
    assert without_manner("covering the ticket office on a rotational basis") == (
        "covering the ticket office"
    )
    assert without_manner("opening the shop as required") == "opening the shop"
    assert brief_duty("acting as berth supervisor on a shift basis") == "acting as berth supervisor"
    # Nothing left to name the work: kept whole.
    assert without_manner("on a rota basis") == "on a rota basis"


def test_a_job_asks_to_lead_people_but_not_to_lead_on_a_task():
    assert asks_people_leadership("Lead and develop the press room team")
    assert asks_people_leadership("Coach and performance-manage a team of depot loaders")
    assert asks_people_leadership("Experience coaching or leading others")
    assert asks_people_leadership("Proven line management experience")
    assert not asks_people_leadership("Lead on VAT returns and Intrastat submissions")
    assert not asks_people_leadership("Lead investigations into print defects")
    assert not asks_people_leadership("Manage relationships with paper suppliers")


def test_a_cv_line_leads_people_only_with_people_as_its_object():
    assert leads_people_in("Supervised a team of 6 machine minders")
    assert leads_people_in("Mentor two apprentice groomers")
    assert not leads_people_in("Lead on month-end accruals and VAT returns")
    assert not leads_people_in("Managed ink, paper and plate orders with three suppliers")
    assert not leads_people_in("Managed enrolment and re-enrolment for the pension scheme")
    assert not leads_people_in("Led the move from paper job tickets to a tablet system")
    # The plural may stand three words after its count; a count of things is no people.
    assert leads_people_in("Mentor for two newly qualified paramedics each year")
    assert not leads_people_in("Led the refit of 3 older tour buses")


_CV_TASK_LEAD = """Priya Nair
Senior Print Estimator

EXPERIENCE
Senior Print Estimator, Harlow Litho Ltd
Jan 2020 – Present
- Lead on quotes for catalogue and magazine work worth £2m a year
- Cut quoting time from 3 days to 1 by building a costing template

Print Estimator, Redbridge Press
2016 – 2019
- Prepared estimates for short-run digital jobs
"""

_CV_SUPERVISOR = """Tom Reyes
Press Room Supervisor

EXPERIENCE
Press Room Supervisor, Harlow Litho Ltd
Jan 2020 – Present
- Supervised a team of 8 press operators across two shifts
- Cut make-ready waste by 18% in a year
"""

_CV_MENTOR = """Ana Silva
Senior Dog Groomer

EXPERIENCE
Senior Dog Groomer, Pawfect Salon
Jan 2021 – Present
- Groom 25 dogs a week, including hand-stripping and breed trims
- Mentor two apprentice groomers through their Level 3 diploma
"""


def test_how_far_a_cv_shows_people_led():
    assert shows_people_led(analyse_cv(_CV_TASK_LEAD)) == ""
    assert shows_people_led(analyse_cv(_CV_SUPERVISOR)) == "strong"
    assert shows_people_led(analyse_cv(_CV_MENTOR)) == "weak"


_JOB_PRESS = """Press Room Manager | Harlow Litho

About the role
You will lead a team of 12 press operators across days and nights.

Key responsibilities
- Schedule print jobs across four presses to meet delivery dates
- Lead and develop the press room team
- Own colour standards and customer sign-off on press
- Manage consumables budgets and supplier relationships
- Drive waste reduction and make-ready improvements

Requirements
- Experience of leading or supervising people
- Strong knowledge of litho printing
"""


def _plan(cv: str, job: str):
    from interview_core.context import InterviewContext
    from interview_core.interviewer.engine import interviewer_for

    title, _, rest = job.partition("\n")
    name, _, company = title.partition("|")
    context = InterviewContext(
        job_title=name.strip(), company_name=company.strip(), cv_text=cv, job_description=rest
    )
    return interviewer_for(context)


def test_a_people_leading_job_asks_about_it_of_a_cv_that_only_leads_tasks():
    interviewer = _plan(_CV_TASK_LEAD, _JOB_PRESS)
    musts = [i for i in interviewer.plan if i.must]
    on_leading = [
        i
        for i in musts
        if i.key == "soft:Leadership" or asks_people_leadership(i.payload or i.jd_line or "")
    ]
    assert on_leading, [i.key for i in musts]
    # The duty of leading people is never presumed done from "Lead on quotes".
    assert interviewer.render.duty_status("Lead and develop the press room team")[0] != "shown"


def test_no_extra_leadership_question_when_the_cv_leads_people():
    interviewer = _plan(_CV_SUPERVISOR, _JOB_PRESS)
    assert not any(i.key == "soft:Leadership" and i.must for i in interviewer.plan)
