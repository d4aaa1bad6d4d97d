"""One clock for reading: years count to `reference_date()`, fixed with `as_of`."""

from __future__ import annotations

from datetime import date

from interview_core.language.dates import as_of, reference_date
from interview_core.language.profile import analyse_cv

CV = """Experience
Ecologist, Fenwick Environmental Ltd, March 2018 – present
- Ran bat and newt surveys.
"""


def test_reference_date_is_today_unless_fixed() -> None:
    assert reference_date() == date.today()
    with as_of(date(2024, 6, 1)):
        assert reference_date() == date(2024, 6, 1)
        with as_of(date(2020, 1, 1)):
            assert reference_date() == date(2020, 1, 1)
        assert reference_date() == date(2024, 6, 1)
    assert reference_date() == date.today()


def test_the_reference_date_changes_the_years_and_the_cache_does_not_leak() -> None:
    with as_of(date(2026, 1, 15)):
        early = analyse_cv(CV)
    with as_of(date(2030, 6, 1)):
        late = analyse_cv(CV)
    with as_of(date(2026, 1, 15)):
        again = analyse_cv(CV)
    assert early.years_experience == 8  # March 2018 to January 2026
    assert late.years_experience == 12  # the same text, a later day: not the cached profile
    assert again.years_experience == 8


def test_as_of_works_as_a_decorator() -> None:
    @as_of(date(2022, 3, 1))
    def years() -> int | None:
        return analyse_cv(CV).years_experience

    assert years() == 4
    assert reference_date() == date.today()
