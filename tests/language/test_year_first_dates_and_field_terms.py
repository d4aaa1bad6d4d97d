"""Year-first dates, years in one line of work, and field terms, on CVs invented for the test.

Fields here are not among the repository's pairs (hydrographic surveyor, piano technician,
audiologist, tree surgeon, brewer, conservator…): a rule that held for one pair only would fail.
"""

from __future__ import annotations

import pytest

from interview_core.language.dates import find_range
from interview_core.language.profile import analyse_cv


def _roles(text: str) -> list[tuple[str, str | None, int | None, int | None, bool]]:
    return [
        (r.title, r.employer, r.start_year, r.end_year, r.is_current)
        for r in analyse_cv(text, this_year=2026).roles
    ]


# --- year-first dates: YYYY/MM, YYYY-MM, YYYY.MM ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "start", "end", "current"),
    [
        ("2019/09 – 2022/02  Hydrographic Surveyor, Fugro, Plymouth", (2019, 9), (2022, 2), False),
        ("2019/9 - 2020/3 Piano Technician", (2019, 9), (2020, 3), False),
        ("2022/03 – now", (2022, 3), (None, None), True),
        ("2018.04 – 2021.11 Audiologist, Specsavers", (2018, 4), (2021, 11), False),
        ("2021.12 - present", (2021, 12), (None, None), True),
        ("2017-06 – 2019-01 Tree Surgeon", (2017, 6), (2019, 1), False),
        # a range of years stays one, with no month
        ("2019-2021 Brewer, Cloudwater", (2019, None), (2021, None), False),
        ("2019 - 2021", (2019, None), (2021, None), False),
        # academic years: September to July of the next year
        ("2019/20 – 2021/22 Teaching Assistant", (2019, 9), (2022, 7), False),
        ("2019/20 – 2022 Wind Turbine Technician", (2019, 9), (2022, None), False),
        ("2010/11 – 2013/14", (2010, 9), (2014, 7), False),
        # "2011/12" could be an academic year, but the end is a month: both are months
        ("2011/12 – 2014/03", (2011, 12), (2014, 3), False),
    ],
)
def test_year_first_dates(line: str, start: tuple, end: tuple, current: bool) -> None:
    found = find_range(line)
    assert found is not None
    assert (found.start_year, found.start_month) == start
    assert (found.end_year, found.end_month) == end
    assert found.is_current is current


@pytest.mark.parametrize(
    "line",
    [
        "2019/2020/2021 budget codes",
        "version 2019.5 of the survey software",
        "2019/13 – 2020/14 invoice run",  # 13 is no month and no academic year of 2019
    ],
)
def test_year_first_lookalikes_are_no_range(line: str) -> None:
    found = find_range(line)
    assert found is None or found.start_month is None


def test_a_role_dated_year_slash_month_is_read() -> None:
    surveyor = (
        "Experience\n"
        "2022/03 – now  Senior Hydrographic Surveyor, Fugro, Plymouth\n"
        "- Run multibeam surveys of harbour approaches\n"
        "2019/09 – 2022/02  Hydrographic Surveyor, MMT, Southampton\n"
        "- Processed sidescan sonar data\n"
    )
    roles = _roles(surveyor)
    assert [(r[0], r[2], r[3], r[4]) for r in roles] == [
        ("Senior Hydrographic Surveyor", 2022, None, True),
        ("Hydrographic Surveyor", 2019, 2022, False),
    ]


# --- years in one line of work ----------------------------------------------------------------

_ARBORIST = """\
Profile
Qualified arborist with 5 years on utility line clearance and urban tree work, NPTC
CS30/31 and CS38/39 holder.

Experience
Senior Arborist — Treescape Ltd (Mar 2021 – present)
  - Lead a 3-person climbing team
Arborist — Green Canopy Tree Care (2019 – 2021)
  - Dismantled and reduced trees near power lines
Warehouse Operative — Parcelforce, Crewe (2013 – 2019)
  - Picked and packed 400 orders a shift
"""


def test_a_stated_figure_naming_the_line_of_work_counts_that_line_only() -> None:
    cv = analyse_cv(_ARBORIST, this_year=2026)
    # the figure ties to "arborist", and the warehouse years add to the career, not to it
    assert cv.years_in_field == 5
    assert cv.years_experience is not None and cv.years_experience > 5


def test_a_stated_figure_for_the_whole_career_stays_the_career() -> None:
    text = (
        "Profile\n"
        "Glazing site manager with 16 years in construction, the last 6 running sites.\n\n"
        "Experience\n"
        "Site Manager — Kestrel Glazing (2020 – present)\n"
        "  - Ran curtain-wall packages up to £4m\n"
        "Glazing Fitter — Clearview Windows (2010 – 2020)\n"
        "  - Fitted aluminium curtain walling\n"
    )
    cv = analyse_cv(text, this_year=2026)
    assert cv.years_experience == 16
    assert cv.years_in_field is not None and cv.years_in_field <= 7


def test_a_figure_in_a_profile_needs_a_cue_of_a_career() -> None:
    from interview_core.language.cv import stated_years

    assert stated_years("Piano technician with 6 years on Steinway and Yamaha grands") == [6]
    assert stated_years("Audiologist, 9 years as a hearing-aid dispenser") == [9]
    assert stated_years("Ran the hospital's hearing clinic for 2 years") == []
    assert stated_years("over the last 5 years I have run the clinic") == []
    assert stated_years("Brewer with 4 years' experience, after 3 years in retail") == [4]


def test_a_stated_figure_wrapped_over_two_lines_is_read() -> None:
    text = (
        "Summary\n"
        "Registered orthoptist with seven\n"
        "years' experience in paediatric clinics.\n\n"
        "Experience\n"
        "Orthoptist — Moorfields (2015 – present)\n"
    )
    assert analyse_cv(text, this_year=2026).years_experience == 7
