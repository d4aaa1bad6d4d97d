"""CVs typed as text tables whose rows run on over several lines, and role lines that end
on a site rather than an employer. Every CV is invented, from fields the repository's own
CVs do not cover (lock-keeper, ferry deckhand, cheesemaker)."""

from __future__ import annotations

from interview_core.language.layout import unfold_table_rows
from interview_core.language.profile import analyse_cv

LOCK_KEEPER = """\
ANNA BRYCE
Stoke Bruerne | 07700 900512 | anna.bryce@example.com

EMPLOYMENT
Period          | Role / Employer                                 | Key points
2020 – present  | Lock Keeper, Canal & River Trust, Stoke Locks   | - Operate seven locks passing up to 90 boats a day in season
                |                                                 | - Train volunteer lock keepers each spring
2016 – 2020     | Deckhand, Solent Ferries Ltd, Lymington          | - Moored and cast off 14 crossings a day
                |                                                 | - Ran the deck crew's safety drills

SKILLS
Lock operation; boat handling; customer care
"""

MARKDOWN = """\
EXPERIENCE
| Dates | Role | Highlights |
|---|---|---|
| 2019 – 2024 | Cheesemaker, Dale End Creamery, Hawes | - Made 40 tonnes of hard cheese a year |
| | | - Cut whey waste by 12% with a new press schedule |
"""


def _roles(text: str) -> list[tuple[str, str | None, int | None, int | None, int]]:
    return [
        (r.title, r.employer, r.start_year, r.end_year, len(r.highlights))
        for r in analyse_cv(text, this_year=2026).roles
    ]


def test_run_on_rows_become_an_entry_and_its_bullets() -> None:
    lines = unfold_table_rows(LOCK_KEEPER).splitlines()
    at = lines.index("2020 – present | Lock Keeper, Canal & River Trust, Stoke Locks")
    assert lines[at + 1 : at + 3] == [
        "- Operate seven locks passing up to 90 boats a day in season",
        "- Train volunteer lock keepers each spring",
    ]
    assert not any(line.startswith("Period") for line in lines)  # the header row goes


def test_a_text_table_cv_keeps_each_role_with_its_own_bullets() -> None:
    assert _roles(LOCK_KEEPER) == [
        ("Lock Keeper", "Canal & River Trust", 2020, None, 2),
        ("Deckhand", "Solent Ferries Ltd", 2016, 2020, 2),
    ]


def test_a_markdown_table_with_run_on_rows() -> None:
    assert _roles(MARKDOWN) == [("Cheesemaker", "Dale End Creamery", 2019, 2024, 2)]


def test_a_table_of_one_line_per_row_is_left_alone() -> None:
    text = "Dates | Role\n2019 – 2024 | Cheesemaker\n2015 – 2019 | Dairy hand\n"
    assert unfold_table_rows(text) == text.rstrip("\n")


def test_a_site_after_the_employer_is_not_taken_for_the_employer() -> None:
    text = "EXPERIENCE\nSignal Keeper, Network Rail, Bentley Jn\n2021 – present\n- Ran the panel\n"
    assert _roles(text)[0][:2] == ("Signal Keeper", "Network Rail")
