"""Off the question or about work the interviewer did not name: a story of the candidate's
own work told in the field's words is no tangent, a weekend told in everyday words of work is
one, and an answer to a probe that leaves work is brought back (invented bus-driving and
dental-hygiene interviews)."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.answers import read
from interview_core.interviewer.engine import interviewer_for

OPENER = (
    "Let's begin with where you are now: you're a Bus Driver at Westway Buses. What from that "
    "experience do you think carries over most directly to the Driver Trainer role here?"
)
BUS_CV = """Experience
Bus Driver, Westway Buses, Bristol — 2016 – present
- Drove city routes; 0 at-fault collisions in eight years
"""
BUS_JOB = """Responsibilities
- Deliver classroom and on-road training to new bus drivers
- Assess drivers against the company's driving standards
- Keep training records up to date
"""


def test_a_work_story_in_the_fields_own_words_answers_the_opener() -> None:
    story = (
        "Last winter an 84-year-old tripped on the platform steps at the interchange and lay "
        "there for twenty minutes. I did a top-to-toe check, lying and standing, no head "
        "injury, and he could mobilise with his frame. Rather than convey him I rang the "
        "community falls team and arranged a same-day visit. He stayed home and a pendant "
        "alarm was fitted the next day; a month later he hadn't been readmitted."
    )
    ctx = InterviewContext("Driver Trainer", "Westway Buses", BUS_CV, BUS_JOB)
    first = interviewer_for(ctx).next_decision((), 8)
    assert first.asked.kind == "opener"
    ctx = InterviewContext(
        ctx.job_title, ctx.company_name, BUS_CV, BUS_JOB, (Turn(first.text, story),)
    )
    # "What carries over?" is answered by any story of the work: no "back to my question".
    assert interviewer_for(ctx).next_decision(ctx.turns, 8).asked.followup != "redirect"


def test_a_weekend_in_everyday_words_of_work_is_off_the_question() -> None:
    weekend = (
        "Outside work I run with a parkrun group every Saturday and I look after my two dogs, "
        "which keeps me busy, and I'm doing up an old campervan with my partner for holidays."
    )
    reading = read(OPENER, weekend)
    assert reading.off_topic and reading.leaves_work


CV = """Experience
Dental Hygienist, Smileworks Dental, Leeds — 2019 – present
- Treated 14 patients a day; periodontal referrals down by a third after a recall audit
"""
JOB = """Responsibilities
- Deliver periodontal treatment and oral hygiene instruction
- Run the practice's recall audit and report to the principal dentist
- Mentor dental nurses on infection control
"""


def test_an_answer_to_a_probe_that_leaves_work_is_brought_back() -> None:
    ctx = InterviewContext("Senior Dental Hygienist", "Brightsmile", CV, JOB)
    answers = [
        "I've been a hygienist for six years and I run our recall audit, so this fits well.",
        # the probe on the audit is answered with life outside work
        "Honestly at weekends I'm all about my allotment and my grandkids, we go camping a lot.",
    ]
    asked = []
    for answer in answers:
        decision = interviewer_for(ctx).next_decision(ctx.turns, 8)
        asked.append(decision.asked)
        ctx = InterviewContext(
            ctx.job_title, ctx.company_name, CV, JOB, (*ctx.turns, Turn(decision.text, answer))
        )
    after = interviewer_for(ctx).next_decision(ctx.turns, 8)
    assert asked[1].followup == "example"
    assert after.asked.followup == "redirect"
