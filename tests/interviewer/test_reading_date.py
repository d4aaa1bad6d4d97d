"""The cached interviewer counts the CV's years to the reading's reference date."""

from __future__ import annotations

from datetime import date

from interview_core.context import InterviewContext
from interview_core.interviewer.engine import interviewer_for
from interview_core.language.dates import as_of

CV = """Experience
Ecologist, Fenwick Environmental Ltd, March 2018 – present
- Ran bat and newt surveys for housing schemes.
"""
JOB = """Senior Ecologist
Responsibilities
- Lead protected species surveys.
- Write ecological impact assessments.
"""
CTX = InterviewContext("Senior Ecologist", "Marsh & Vale", CV, JOB, ())


def test_the_same_documents_read_on_another_day_are_not_served_from_the_cache() -> None:
    with as_of(date(2026, 1, 15)):
        early = interviewer_for(CTX).docs.cv.years_experience
    with as_of(date(2030, 6, 1)):
        late = interviewer_for(CTX).docs.cv.years_experience
    with as_of(date(2026, 1, 15)):
        again = interviewer_for(CTX).docs.cv.years_experience
    assert (early, late, again) == (8, 12, 8)
