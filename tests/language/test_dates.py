"""Date ranges in every form CVs use."""

import pytest

from interview_core.language.dates import find_range, month_numbers


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("Mar 2019 – present", (2019, 3), (None, None), True),
        ("Sept 2019 – present", (2019, 9), (None, None), True),
        ("Sept. 2019 - Current", (2019, 9), (None, None), True),
        ("03.2021 – now", (2021, 3), (None, None), True),
        ("09.2017 – 02.2021", (2017, 9), (2021, 2), False),
        ("04/2021 – Present", (2021, 4), (None, None), True),
        ("July 2019–July 2020", (2019, 7), (2020, 7), False),
        ("2019-2021", (2019, None), (2021, None), False),
        ("2019 to 2021", (2019, None), (2021, None), False),
        ("January 2020 to date", (2020, 1), (None, None), True),
        ("Staff Nurse (September 2020 – present)", (2020, 9), (None, None), True),
        ("Since 2020", (2020, None), (None, None), True),
        ("Summer 2018 – Autumn 2019", (2018, 6), (2019, 9), False),
        ("01/09/2019 – Present", (2019, 9), (None, None), True),
        ("1st March 2019 – 30th June 2021", (2019, 3), (2021, 6), False),
        ("2019-03 – 2021-05", (2019, 3), (2021, 5), False),
        ("2019–21", (2019, None), (2021, None), False),
        ("Head Chef, The Fox (2016 - 19)", (2016, None), (2019, None), False),
        # Months of one year: a theatre run, a season's contract.
        ('"The Glass Menagerie" – Live Theatre   Feb–Apr 2025', (2025, 2), (2025, 4), False),
        ("Sept to Dec 2024", (2024, 9), (2024, 12), False),
        ("Nov–Feb 2025", (2024, 11), (2025, 2), False),
    ],
)
def test_date_forms(text: str, start: tuple, end: tuple, current: bool) -> None:
    found = find_range(text)
    assert found is not None
    assert (found.start_year, found.start_month) == start
    assert (found.end_year, found.end_month) == end
    assert found.is_current is current


@pytest.mark.parametrize(
    "text",
    [
        "Raised outcomes from 71% to 92% over nine months",
        "13.2019 – 02.2021",  # no thirteenth month
        "2021-2019",  # backwards: not a range
        "I have been a nurse since 2020 and love it",  # prose, not a role's dates
        "Call 0161 496 0000",
        "Scored 2019 - 15 points",  # a short end before the start
    ],
)
def test_not_a_range(text: str) -> None:
    assert find_range(text) is None


def test_where_the_range_sits_in_the_line() -> None:
    line = "Site Manager | Kier | 03.2021 – now"
    found = find_range(line)
    assert found is not None and line[found.begin : found.end] == "03.2021 – now"


def test_month_names_come_from_the_calendar() -> None:
    months = month_numbers()
    assert months["sept"] == 9 and months["september"] == 9 and months["may"] == 5
