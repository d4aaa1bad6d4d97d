"""The weakness naming what the job asks for and nothing shows is said only when sure: never
to a CV near the advert's term, nor "leadership" to a CV whose lines lead people."""

from __future__ import annotations

import pytest

from interview_core.language.people import leads_people
from interview_core.scorer.summary import _term_word_in


@pytest.mark.parametrize(
    "line",
    [
        "Tutor two trainee farriers a year through their apprenticeship",
        "Manage an assistant ranger and a seasonal warden",
        "Coach three junior arborists on aerial rescue",
        "Supervise six kennel hands across two shifts",
        "Lead a team of 4 on the night crossing",
    ],
)
def test_a_cv_line_leading_people_is_read(line: str) -> None:
    assert leads_people(line)


@pytest.mark.parametrize(
    "line",
    [
        "Managed the reserve's budget of 2m",
        "Led the move to electronic logbooks",
        "Ran the night shift in the lambing shed",
    ],
)
def test_leading_work_or_money_is_not_leading_people(line: str) -> None:
    assert not leads_people(line)


def test_a_cv_naming_a_telling_word_of_the_term_is_near_it() -> None:
    assert _term_word_in("a GIS package", "Mapped 400 ha of woodland in QGIS and ArcGIS; GIS")
    assert not _term_word_in("a GIS package", "Mapped 400 ha of woodland on paper")
