"""Essential requirements the CV only half shows, on a job from a field not in the repository
(a canal section supervisor): its words are on the CV, but on different lines ("wrote the
budget bid", "managed a team of four" for "budget management"). The claims policy holds: such
a requirement is asked about neutrally, never said to be missing from the CV; and one the
lexicon names with every word on the CV is still asked about when the advert marks it
essential and no duty of the job names it."""

from __future__ import annotations

import re

from interview_core.context import InterviewContext
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.plan import duty_lines, is_certainly_missing
from interview_core.interviewer.requirements import candidates, requirement
from interview_core.language.job import need_phrase
from interview_core.language.skills import skill_named

ABSENCE = re.compile(r"couldn't find|don't see|doesn't mention|doesn't come up", re.IGNORECASE)

CANAL_CV = """Rhian Morgan
Lock-keeper · Llangollen · rhian.morgan@example.com

Experience

Senior Lock-keeper, Dee Valley Waterways, Llangollen
April 2018 – present
- Ran the flight of six locks through 14,000 boat passages a season with no reportable incidents.
- {team}
- Wrote the budget bid for the lock gate replacement programme.
- Logged water levels and reported weed and silt problems to the section engineer.

Lock-keeper, Severn Navigation Trust, Worcester
June 2013 – March 2018
- Worked locks and swing bridges and helped boaters through.
- Painted balance beams and kept the lockside tidy.

Qualifications
- RYA Powerboat Level 2
"""

CANAL_JOB = """The Marches Waterways Trust looks after 60 miles of canal in the Welsh borders.

Responsibilities
- Lead the section's lock-keepers, lengthsmen and volunteers
- Plan and inspect towpath, lock and bridge maintenance
- Respond to breaches, stoppages and pollution incidents
- Deal with boaters, anglers and neighbours on the section

Requirements
- Essential: budget management for a maintenance section
- Experience of working on a navigable waterway
- Full driving licence
"""

MANAGED = "Managed a team of four seasonal lock-keepers and two volunteers."
MEETINGS = "Sat in on the section management meetings each month."
LINE = "Essential: budget management for a maintenance section"


def _interviewer(team: str):
    cv = CANAL_CV.format(team=team)
    ctx = InterviewContext("Canal Section Supervisor", "Marches Waterways Trust", cv, CANAL_JOB)
    return interviewer_for(ctx)


def test_a_label_before_a_requirement_is_no_part_of_it() -> None:
    assert need_phrase(LINE) == "budget management for a maintenance section"
    docs = _interviewer(MANAGED).docs
    found = requirement(docs, LINE)
    assert found is not None
    assert found.thing == "budget management for a maintenance section"


def test_a_skill_whose_words_are_on_the_cv_is_not_said_to_be_missing() -> None:
    interviewer = _interviewer(MANAGED)
    skill = skill_named("Budget Management")
    assert skill is not None
    assert not is_certainly_missing(interviewer.docs, skill)
    gap = next(i for i in interviewer.plan if i.kind == "gap" and i.skill == skill)
    options = interviewer.render.planned(gap, 0, [])
    assert options
    for option in options:
        assert "budget management" in option, option
        assert not ABSENCE.search(option), option


def test_a_half_shown_essential_skill_is_still_asked_about_neutrally() -> None:
    interviewer = _interviewer(MEETINGS)
    docs = interviewer.docs
    assert [n.line for n in candidates(docs, duty_lines(docs.job))] == [LINE]
    gap = next(i for i in interviewer.plan if i.kind == "gap")
    assert gap.jd_line == LINE and gap.must
    options = interviewer.render.planned(gap, 0, [])
    assert options
    for option in options:
        assert "budget management for a maintenance section" in option, option
        assert not ABSENCE.search(option), option


def test_a_half_shown_skill_a_duty_names_is_left_to_the_duty() -> None:
    job = CANAL_JOB.replace(
        "- Deal with boaters",
        "- Keep budget management records for the section\n- Deal with boaters",
    )
    cv = CANAL_CV.format(team=MEETINGS)
    ctx = InterviewContext("Canal Section Supervisor", "Marches Waterways Trust", cv, job)
    docs = interviewer_for(ctx).docs
    assert LINE not in [n.line for n in candidates(docs, duty_lines(docs.job))]
