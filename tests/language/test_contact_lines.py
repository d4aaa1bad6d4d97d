"""One contact-line rule (`layout.is_contact`, `data/contact.toml`) for the readers and the
coach. Lines invented, from fields the repository holds no documents of (a farrier, a
sommelier, an air-traffic controller, a piano tuner)."""

from __future__ import annotations

import pytest

from interview_core.language.layout import is_contact
from interview_core.scorer import cv as scorer_cv
from interview_core.scorer import summary


@pytest.mark.parametrize(
    "line",
    [
        "Tom Ashby | tom.ashby.farrier@example.co.uk",
        "07700 900 418",
        "+44 (0)7700 900418",
        "(512) 555-0142",
        "Mob. 07700 900418",
        "Tel. +44 117 496 0000",
        "https://tuned-by-ada.example",
        "www.ashbyfarriery.example",
        "linkedin.com/in/ada-piano-tuner",
        "LinkedIn: /in/ada-piano-tuner",
        "Bristol · LinkedIn · GitHub",
        "Address: 14 Forge Lane, Tetbury",
        "14 Forge Lane, Tetbury GL8 8AB",
        "1200 Cellar Row, Napa, CA 94558",
    ],
)
def test_a_contact_line_is_contact(line: str) -> None:
    assert is_contact(line)


@pytest.mark.parametrize(
    "line",
    [
        # Numbers that are the work, not a phone: years, counts, money, codes.
        "Shod 1,450 horses a year across 2019 - 2023 for 38 livery yards",
        "Ran the 2019-2023 wine list review, cutting stock by 18% (£24 000)",
        "Controlled 40 000 movements a year at a Class D airfield",
        "Tuned 120 pianos a term for 14 schools, 0 complaints",
        # Contact words used as the work.
        "Answered the phone.",
        "Handled phone and email bookings from 60 clients a week",
        "Grew the LinkedIn following by 40% through weekly posts",
        "Changed the address book of 900 clients to the new system",
        "Passed the ISO 9001 surveillance audit with no findings",
    ],
)
def test_a_line_of_work_with_numbers_is_not_contact(line: str) -> None:
    assert not is_contact(line)


def test_the_coach_reads_contact_lines_by_the_same_rule() -> None:
    assert scorer_cv.is_contact is is_contact
    assert summary.is_contact is is_contact
    # A line of work whose dates once looked like a phone number to the coach is still an
    # achievement it can cite.
    line = (
        "Cut repeat call-outs by 30% across 2019 - 2023 by keeping a written log of every "
        "hoof trimmed and shod for each of the livery yards"
    )
    assert not scorer_cv.is_contact_or_header(line)


def test_roles_run_together_on_one_line_are_no_achievement() -> None:
    # Invented: a sommelier's CV pasted as prose, two roles on one line.
    line = (
        "Head Sommelier, The Vine Rooms (2019 - 2023): built a 400-bin list, trained 6 staff. "
        "Sommelier, Harbour Grill (2016 - 2019): ran tastings and stock counts"
    )
    assert not is_contact(line)
    assert scorer_cv.is_contact_or_header(line)
