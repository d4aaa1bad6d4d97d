"""Employers whose names hold a comma, practices named beside a title, and years of work.

The CVs here are written for these tests, in fields the evaluation sets do not use (law,
architecture, audit, engineering, recruitment, insurance, veterinary nursing, hospitality).
"""

from __future__ import annotations

from datetime import date

import pytest

from interview_core.language.cv import line_of_work, role_pieces
from interview_core.language.dates import as_of
from interview_core.language.profile import analyse_cv
from tests.helpers.reading import role_fields


def _roles(text: str) -> list[tuple[str, str | None]]:
    return role_fields(text, "title", "employer")


# --- 1. a firm's name with a comma is one employer; "Employer, Town" is two parts ----------

LAYOUTS = {
    "pipes": (
        "Experience\n"
        "Conveyancing Solicitor | Hartley, Quinn & Co LLP | Sept 2019 – present\n"
        "- Ran a caseload of 60 residential sales.\n"
        "Trainee Solicitor | Smith, Jones and Partners | 2017 – 2019\n"
        "- Seats in property and private client.\n",
        [
            ("Conveyancing Solicitor", "Hartley, Quinn & Co LLP"),
            ("Trainee Solicitor", "Smith, Jones and Partners"),
        ],
    ),
    "commas_with_town": (
        "Experience\n"
        "Architectural Technologist, Marlow, Finch and Partners, Bristol\n"
        "Jan 2020 – present\n"
        "- Produced Stage 4 packages for three schools.\n"
        "Architectural Assistant, Crane Ltd, Leeds\n"
        "2016 – 2019\n"
        "- Drew planning sets.\n",
        [
            ("Architectural Technologist", "Marlow, Finch and Partners"),
            ("Architectural Assistant", "Crane Ltd"),
        ],
    ),
    "employer_line_below": (
        "EMPLOYMENT\n"
        "Audit Senior                                   Oct 2021 – Present\n"
        "Whitcombe, Dale & Co, Norwich\n"
        "- Led audits of 12 owner-managed businesses.\n"
        "Audit Trainee                                  Sept 2018 – Sept 2021\n"
        "Baxter Lowe LLP, Ipswich\n"
        "- Passed ACA exams first time.\n",
        [("Audit Senior", "Whitcombe, Dale & Co"), ("Audit Trainee", "Baxter Lowe LLP")],
    ),
    "european_firm": (
        "Work history\n"
        "Project Engineer, Keller, Braun & Söhne GmbH, Munich, 2018 – present\n"
        "- Commissioned two packaging lines.\n",
        [("Project Engineer", "Keller, Braun & Söhne GmbH")],
    ),
    "employer_then_town": (
        "Experience\n"
        "Veterinary Surgeon, Oakfield Vets, Harrogate, 2019 – present\n"
        "- First-opinion small-animal practice.\n"
        "Sous Chef, The Old Bell, Hurstbourne, 2014 – 2016\n"
        "- Ran the pass on weekends.\n",
        [("Veterinary Surgeon", "Oakfield Vets"), ("Sous Chef", "The Old Bell")],
    ),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_employer_names_with_a_comma(name: str) -> None:
    text, expected = LAYOUTS[name]
    assert _roles(text) == expected


def test_the_town_after_a_firm_with_a_comma_is_its_location() -> None:
    role = analyse_cv(LAYOUTS["commas_with_town"][0]).roles[0]
    assert role.location == "Bristol"


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("Solicitor, Hartley, Quinn & Co LLP", ["Solicitor", "Hartley, Quinn & Co LLP"]),
        ("Solicitor, Leeds, Quinn Ltd", ["Solicitor", "Leeds", "Quinn Ltd"]),  # no partners
        ("Nurse, Ward 4, Brighton and Hove", ["Nurse", "Ward 4", "Brighton and Hove"]),
        ("Buyer, Harper & Sons Ltd, Sheffield", ["Buyer", "Harper & Sons Ltd", "Sheffield"]),
    ],
)
def test_only_a_partnership_name_is_joined_across_a_comma(line: str, pieces: list[str]) -> None:
    assert role_pieces(line) == pieces


# --- 2. a practice or a department named beside the title is not the employer ---------------

PRACTICE_LAYOUTS = {
    "employer_line_with_dates_below": (
        "Experience\n"
        "Account Director – Financial Services\n"
        "Brightwell Communications Ltd | Mar 2021 – present\n"
        "- Ran 9 retained clients.\n"
        "Account Manager (Consumer Technology)\n"
        "Halden PR Ltd | 2017 – 2021\n"
        "- Won two launches.\n",
        [
            ("Account Director", "Brightwell Communications Ltd", "Financial Services"),
            ("Account Manager (Consumer Technology)", "Halden PR Ltd", None),
        ],
    ),
    "dates_on_title_line_employer_below": (
        "Experience\n"
        "Senior Recruiter – Technology Services     Jan 2020 – present\n"
        "Harlow Search Ltd\n"
        "- Placed 40 engineers a year.\n"
        "Recruitment Consultant – Construction     2016 – 2019\n"
        "Peakstone Recruitment plc\n"
        "- Built a contractor desk.\n",
        [
            ("Senior Recruiter", "Harlow Search Ltd", "Technology Services"),
            ("Recruitment Consultant", "Peakstone Recruitment plc", "Construction"),
        ],
    ),
    "comma_part_stays_in_the_title": (
        "Experience\n"
        "Account Director, Financial Services     Mar 2021 – present\n"
        "Brightwell Communications Ltd\n"
        "- Ran 9 retained clients.\n",
        [("Account Director, Financial Services", "Brightwell Communications Ltd", None)],
    ),
    "employer_above": (
        "Experience\n"
        "Kestrel Insurance plc\n"
        "Underwriter – Construction Solutions | Apr 2022 – present\n"
        "- Wrote £4m of contractors' all-risks cover.\n",
        [("Underwriter", "Kestrel Insurance plc", "Construction Solutions")],
    ),
}


@pytest.mark.parametrize("name", sorted(PRACTICE_LAYOUTS))
def test_a_practice_beside_the_title_gives_way_to_the_employer(name: str) -> None:
    text, expected = PRACTICE_LAYOUTS[name]
    assert [(r.title, r.employer, r.department) for r in analyse_cv(text).roles] == expected


def test_a_services_firm_on_its_own_is_still_the_employer() -> None:
    assert _roles(
        "Experience\nField Engineer | Northern Lift Services | 2019 – present\n- Serviced lifts.\n"
    ) == [("Field Engineer", "Northern Lift Services")]


# --- 3. years: the union of dated positions, and years in the current line of work ----------

CAREER_CHANGER = """Experience
Registered Veterinary Nurse | Riverside Veterinary Centre | Sept 2020 – present
- Theatre and nurse clinics.
Student Veterinary Nurse | Oak Tree Vets | Sept 2017 – Aug 2020
- Training practice placement.
Kennel Assistant (part-time) | Happy Paws Boarding | 2015 – 2017
- Weekends.
Retail Assistant | Pets Corner Ltd | 2012 – 2016
- Tills and stock.
Education
BTEC Animal Care, Myerscough College, 2010 – 2012
"""


def test_years_count_each_month_once_and_leave_out_gaps() -> None:
    text = (
        "Experience\n"
        "Bar Manager | The Crown Inn | Jan 2020 – Jan 2024\n- Ran the bar.\n"
        "Bar Supervisor | The Swan | Jan 2018 – Jan 2021\n- Overlaps a year.\n"
        "Barista | Bean & Co | Jan 2012 – Jan 2014\n- Then four years away.\n"
    )
    with as_of(date(2026, 1, 15)):
        cv = analyse_cv(text)
    assert cv.years_experience == 8  # 2018–2024 once (6) + 2012–2014 (2); not 9, not 12


def test_years_in_the_current_line_of_work_for_a_career_changer() -> None:
    with as_of(date(2026, 1, 15)):
        cv = analyse_cv(CAREER_CHANGER)
    # 2012 – Jan 2017 (the overlap counted once), Sept 2017 – Aug 2020, Sept 2020 on:
    # 60 + 35 + 64 months, the gap of 2017 left out.
    assert cv.years_experience == 13
    assert cv.field_name == "Nurse"
    assert cv.years_in_field == 8  # Sept 2017 (student nurse) to January 2026
    with as_of(date(2030, 1, 15)):
        assert analyse_cv(CAREER_CHANGER).years_in_field == 12


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Specialist Orthoptist (Band 6)", "Orthoptist"),
        ("Senior Store Manager", "Store Manager"),
        ("Teacher of Geography (Head of Department)", "Teacher"),
        ("Account Director – Financial Services", "Account Director"),
        ("Head of Year 9", "Head"),
        ("Operations", ""),
        # "Operator" or "Technician" alone says little: the words before name the trade.
        ("Tower Crane Operator", "Tower Crane Operator"),
        ("Wind Turbine Technician (Level 3)", "Wind Turbine Technician"),
        ("Data Protection Officer", "Data Protection Officer"),
        ("Senior Air Traffic Control Officer", "Air Traffic Control Officer"),
        ("Deputy Store Manager", "Store Manager"),
        # "Speech and Language": one discipline, not two jobs parted by "and".
        ("Specialist Speech and Language Therapist (Band 6)", "Speech and Language Therapist"),
        ("Senior Health & Safety Officer", "Health & Safety Officer"),
        ("Marriage and Family Therapist", "Marriage and Family Therapist"),
        ("Sports Therapist", "Therapist"),
        # Two jobs in one title: the first is the trade; an assistant manager is no manager.
        ("Senior Stylist & Assistant Manager", "Stylist"),
        ("Assistant Manager", "Assistant Manager"),
    ],
)
def test_line_of_work(title: str, field: str) -> None:
    assert line_of_work(title) == field


def test_no_dated_roles_no_years_in_field() -> None:
    cv = analyse_cv("Skills\nKnife skills, Menu costing\n")
    assert cv.years_in_field is None and cv.field_name == ""
