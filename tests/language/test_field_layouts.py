"""CV layouts and wordings from fields the repository's CVs do not cover.

Every CV here is invented for the test (farrier, sign-language interpreter, crane operator,
pastry chef, court usher, wind-turbine technician, dietitian, sommelier, archivist, midwife,
scaffolder, optometrist, vet, tax and electrical trades), written truth first: a rule that
only held for one dev pair would fail here.
"""

from __future__ import annotations

import pytest

from interview_core.language.dates import find_range
from interview_core.language.figures import figures
from interview_core.language.layout import unfold_columns
from interview_core.language.profile import analyse_cv
from interview_core.language.skills import extract_skills
from tests.helpers.reading import role_fields


def _roles(text: str) -> list[tuple[str, str | None, int | None, int | None, bool]]:
    return role_fields(
        text, "title", "employer", "start_year", "end_year", "is_current", this_year=2026
    )


# --- dates as CVs write them -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "start", "end", "current"),
    [
        ("Head Sommelier at The Ledbury, London\tSince 2021", 2021, None, True),
        # the tab is a space once the line is read: a capital "Since" closing the line
        ("Head Sommelier at The Ledbury, London Since 2021", 2021, None, True),
        ("Summer 2017 Commis Chef, Hotel du Lac, Annecy", 2017, 2017, False),
        ("Kitchen Porter, The Swan (Summer 2018)", 2018, 2018, False),
        ("Steward   2019/20", 2019, 2020, False),
        ("2019/20 – 2022 Wind Turbine Technician", 2019, 2022, False),
        ("Jan 2019 to date", 2019, None, True),
        ("2016 – Current", 2016, None, True),
    ],
)
def test_dates_written_as_a_season_an_academic_year_or_since(
    line: str, start: int, end: int | None, current: bool
) -> None:
    found = find_range(line)
    assert found is not None
    assert (found.start_year, found.end_year, found.is_current) == (start, end, current)


@pytest.mark.parametrize(
    "line",
    [
        "a nurse since 2020 on the ward",  # prose, not a role's dates
        "summer 2017 was the busiest season",  # a season in a sentence
        "the ratio 2019/20 of the budget",  # not alone in its cell
    ],
)
def test_prose_with_a_season_or_since_is_no_date_range(line: str) -> None:
    assert find_range(line) is None


def test_a_role_dated_since_and_a_summer_role_are_read() -> None:
    sommelier = (
        "Professional Experience\n"
        "Head Sommelier at The Ledbury, London\tSince 2021\n"
        "- Manage a list of 900 wines\n"
        "Sommelier at Hawksmoor, London\t2017 – 2021\n"
    )
    assert _roles(sommelier) == [
        ("Head Sommelier", "The Ledbury", 2021, None, True),
        ("Sommelier", "Hawksmoor", 2017, 2021, False),
    ]
    pastry = (
        "Experience\n"
        "2018 - 2021   Pastry Chef de Partie, Harvey's Patisserie\n"
        "Summer 2017   Commis Chef, Hotel du Lac, Annecy\n"
    )
    assert _roles(pastry) == [
        ("Pastry Chef de Partie", "Harvey's Patisserie", 2018, 2021, False),
        ("Commis Chef", "Hotel du Lac", 2017, 2017, False),
    ]


# --- employers and titles --------------------------------------------------------------------


def test_an_agency_named_after_via_is_the_employer() -> None:
    text = (
        "EMPLOYMENT HISTORY\n"
        "Locum Midwife (via NHS Professionals)          Jan 2023 – Present\n"
        "Community midwifery across three trusts.\n\n"
        "Cardiff and Vale University Health Board\n"
        "Senior Midwife, Labour Ward                    2019 – 2022\n"
        "Midwife                                        2016 – 2019\n"
    )
    roles = _roles(text)
    assert roles[0] == ("Locum Midwife", "NHS Professionals", 2023, None, True)
    assert roles[1][:2] == ("Senior Midwife", "Cardiff and Vale University Health Board")
    # under an employer heading, an agency role names its own employer
    dietitian = (
        "Career History\n\nLeeds Teaching Hospitals NHS Trust\n"
        "Band 6 Dietitian, Renal Team  (Apr 2021 – present)\n"
        "Locum Dietitian (via Hays Healthcare), 2017 – 2018\n"
    )
    assert _roles(dietitian)[-1][:2] == ("Locum Dietitian", "Hays Healthcare")


def test_a_business_named_for_its_trade_in_the_plural_is_the_employer() -> None:
    text = (
        "Specsavers Opticians, Croydon — Optometrist & Director\n2020 – Present\n"
        "- Grew revenue by 18%.\n\n"
        "Boots Opticians, Sutton — Pre-registration Optometrist\n2018 – 2019\n"
    )
    assert _roles(text) == [
        ("Optometrist & Director", "Specsavers Opticians", 2020, None, True),
        ("Pre-registration Optometrist", "Boots Opticians", 2018, 2019, False),
    ]


def test_a_court_and_a_service_name_organisations_and_an_usher_is_a_job() -> None:
    text = (
        "EXPERIENCE\n"
        "HM Courts & Tribunals Service – Court Usher, Manchester Crown Court (2017 – present)\n"
        "• Call witnesses and administer oaths\n"
    )
    title, employer, *_ = _roles(text)[0]
    assert title == "Court Usher"
    assert employer in ("Manchester Crown Court", "HM Courts & Tribunals Service")


@pytest.mark.parametrize(
    "line",
    [
        "Caring for a relative, 2018 – 2020",
        "Carer for a relative | 2018 – 2020",
        "Career break (family reasons), 2015 – 2016",
    ],
)
def test_time_caring_for_a_relative_is_no_position(line: str) -> None:
    text = (
        "Experience\nVeterinary Surgeon, Castle Vets, 2020 – present\n- Consulted 30 cases a day\n"
        f"{line}\nVet, Meadow Vets, 2012 – 2015\n"
    )
    assert [r[:2] for r in _roles(text)] == [
        ("Veterinary Surgeon", "Castle Vets"),
        ("Vet", "Meadow Vets"),
    ]


# --- a two-column page ----------------------------------------------------------------------

TWO_COLUMNS = """Sam Fraser
Wind Turbine Technician

EXPERIENCE                              SKILLS
Senior Wind Turbine Technician          Blade inspection
Orsted, Grimsby                         Torque tensioning
2022 – Present                          Working at height
• Lead a team of three technicians      GWO Basic Safety Training
• Cut unplanned downtime by 15%

Wind Turbine Technician
Vestas, Grimsby
2019/20 – 2022
• Scheduled maintenance of V90 turbines
"""


def test_a_two_column_page_is_read_one_column_after_the_other() -> None:
    unfolded = unfold_columns(TWO_COLUMNS)
    assert "Senior Wind Turbine Technician\nOrsted, Grimsby\n2022 – Present" in unfolded
    cv = analyse_cv(TWO_COLUMNS, this_year=2026)
    assert [(r.title, r.employer, r.start_year, r.is_current) for r in cv.roles] == [
        ("Senior Wind Turbine Technician", "Orsted", 2022, True),
        ("Wind Turbine Technician", "Vestas", 2019, False),
    ]
    assert {"Blade inspection", "Torque tensioning"} <= {name for name, _ in cv.listed}


def test_a_one_column_page_with_a_wide_gap_is_left_alone() -> None:
    text = "Sam Fraser                     sam@example.com\nExperience\nTechnician, Vestas\n"
    assert unfold_columns(text) == text


# --- skills lists and certificates -----------------------------------------------------------


def test_a_labelled_skills_line_under_a_role_lists_its_items() -> None:
    text = (
        "Experience\n2021 - Present   Head Pastry Chef, The Grand Hotel Brighton\n"
        "Cut dessert waste by 20%.\n"
        "Skills: Lamination, Chocolate tempering, Sugar work, Allergen control\n"
    )
    listed = {name for name, _ in analyse_cv(text, this_year=2026).listed}
    assert {"Lamination", "Chocolate tempering", "Sugar work"} <= listed


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "CPCS A04 Tower Crane, CPCS A60 Mobile Crane, CSCS Card",
            ("CPCS A04 Tower Crane", "CPCS A60 Mobile Crane", "CSCS Card"),
        ),
        (
            "NPTC CS30 and CS31 Chainsaw, CS38 Tree Climbing, Full driving licence",
            ("NPTC CS30 and CS31 Chainsaw", "CS38 Tree Climbing", "Full driving licence"),
        ),
    ],
)
def test_a_comma_list_of_graded_cards_is_several_certificates(
    line: str, expected: tuple[str, ...]
) -> None:
    cv = analyse_cv(f"Name\n\nCertificates\n{line}\n", this_year=2026)
    assert cv.certifications == expected


def test_a_certificate_with_its_year_stays_one() -> None:
    cv = analyse_cv("Name\n\nCertificates\nSMSTS, CITB – 2023\n", this_year=2026)
    assert len(cv.certifications) == 1


# --- known misses from review ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Review 40 tax returns a month", "40 tax returns"),
        ("Shoe 30 horses a week for 120 clients", "30 horses"),
        ("Reviewed 12 cellar orders", "12 cellar orders"),
    ],
)
def test_a_verb_opening_a_line_before_a_number_counts_something(text: str, figure: str) -> None:
    assert figure in [f.text for f in figures(text)]


@pytest.mark.parametrize("text", ["Band 6 midwife", "Level 3 award", "Windows 10 rollout"])
def test_a_grade_or_a_version_before_a_number_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I lead a team with an apprentice on commercial fit-outs",
        "Supervised an apprentice scaffolder on a 40m lift",
        "My apprentice and I rewired the plant room",
    ],
)
def test_working_over_an_apprentice_is_supervision(text: str) -> None:
    assert "Supervision" in {s.name for s in extract_skills(text)}


def test_being_an_apprentice_is_no_supervision() -> None:
    assert "Supervision" not in {
        s.name for s in extract_skills("I was an apprentice with a local farrier")
    }
