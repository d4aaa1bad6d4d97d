"""The opener's years name the line of work the current title names ("7 years as a
midwife"), said as a person would: without a grade or band, with the words that make the
occupation what it is ("tree surgeon", not "surgeon").

Tried on invented CVs of fields the labelled pairs do not have (midwifery, arboriculture,
tree surgery, farriery, air traffic control) and on a nurse's grades.
"""

from __future__ import annotations

from datetime import date

import pytest

from interview_core.context import InterviewContext
from interview_core.interviewer.engine import interviewer_for
from interview_core.language.dates import as_of

CV = """Alex Morgan
Experience
{title}
{employer}
March 2019 – present
- Led the shift and trained two new starters
{earlier}
{earlier_employer}
2016 – 2019
- Worked on every kind of case
"""


@as_of(date(2026, 6, 1))
def _years_opener(title: str, employer: str, earlier: str, earlier_employer: str) -> str:
    cv = CV.format(
        title=title, employer=employer, earlier=earlier, earlier_employer=earlier_employer
    )
    ctx = InterviewContext("Team Leader", "Harwood Ltd", cv, "Main duties\n- Lead the team\n", ())
    options = interviewer_for(ctx).render.opener()
    counted = [o for o in options if "years" in o]
    assert counted, options
    return counted[0]


@pytest.mark.parametrize(
    ("title", "employer", "earlier", "earlier_employer", "said"),
    [
        (
            "Band 6 Midwife",
            "Royal Berkshire NHS Foundation Trust",
            "Band 5 Midwife",
            "Oxford University Hospitals NHS Foundation Trust",
            "Your CV shows 10 years as a midwife, most recently at Royal Berkshire NHS "
            "Foundation Trust.",
        ),
        (
            "Senior Staff Nurse",
            "Leeds Teaching Hospitals NHS Trust",
            "Staff Nurse",
            "Bradford Royal Infirmary",
            "Your CV shows 10 years as a nurse, most recently as a Senior Staff Nurse at Leeds "
            "Teaching Hospitals NHS Trust.",
        ),
        (
            "Lead Arborist",
            "Bartlett Tree Experts",
            "Arborist",
            "Glendale Services",
            "Your CV shows 10 years as an arborist, most recently as a Lead Arborist at "
            "Bartlett Tree Experts.",
        ),
        (
            "Tree Surgeon",
            "Oakfield Tree Care Ltd",
            "Trainee Tree Surgeon",
            "Greenway Arboriculture Ltd",
            "Your CV shows 10 years as a tree surgeon, most recently at Oakfield Tree Care Ltd.",
        ),
        (  # a word only the latest title has is no part of the line of work
            "Approved Electrician",
            "Marlow Electrical Ltd",
            "Electrician",
            "Kestrel Building Services",
            "Your CV shows 10 years as an electrician, most recently as an Approved Electrician "
            "at Marlow Electrical Ltd.",
        ),
        (
            "Air Traffic Controller",
            "NATS",
            "Student Air Traffic Controller",
            "NATS",
            "Your CV shows 10 years as an air traffic controller, most recently at NATS.",
        ),
        (  # a discipline in two parts is the occupation, said whole
            "Specialist Speech and Language Therapist",
            "Harbourside Community Health Trust",
            "Speech and Language Therapist",
            "Elmfield Children's Services",
            "Your CV shows 10 years as a speech and language therapist, most recently as a "
            "Specialist Speech and Language Therapist at Harbourside Community Health Trust.",
        ),
        (  # a sports therapist before is another line of work
            "Hair and Beauty Therapist",
            "Lumen Spa Ltd",
            "Sports Therapist",
            "Fitzroy Leisure Centre",
            "Your CV shows about 7 years as a hair and beauty therapist, most recently at Lumen "
            "Spa Ltd.",
        ),
    ],
)
def test_the_opener_names_the_line_of_work_of_the_current_title(
    title: str, employer: str, earlier: str, earlier_employer: str, said: str
) -> None:
    assert said in _years_opener(title, employer, earlier, earlier_employer)


def test_a_career_changer_is_still_counted_in_the_new_line_of_work() -> None:
    # A farrier who was a groom before: ten years in all, but seven as a farrier.
    opener = _years_opener("Farrier", "Hale Forge Ltd", "Groom", "Ashby Stables")
    assert "about 7 years as a farrier" in opener and "10 years" not in opener
