"""Rules behind the third set of invented layouts (tests/data/unseen_layouts: midwife table,
wind-turbine agency contract, GIS Markdown headings, underlined employer groups, informal
headings, an HGV licence line, a timeline of degrees and jobs, an ecologist's seasons), each
tried here on invented text from yet other fields: apiarist, conservator, stage manager,
fire service, dive instructor, sonographer, payroll, lifeguard, beekeeping."""

from __future__ import annotations

import pytest

from interview_core.language.dates import find_range
from interview_core.language.layout import clean
from interview_core.language.profile import analyse_cv
from tests.helpers.reading import role_fields


def _roles(text: str) -> list[tuple[str, str | None, int | None, int | None, bool]]:
    return role_fields(
        text, "title", "employer", "start_year", "end_year", "is_current", this_year=2026
    )


def test_a_table_with_from_and_to_columns_reads_its_rows_as_dated_roles() -> None:
    text = (
        "Tom Hale\n\nEMPLOYMENT\n"
        "From\tTo\tEmployer\tPosition\n"
        "Jun 2020\tPresent\tCotswold Bee Farms\tApiary Manager\n"
        "Mar 2016\tMay 2020\tBuckfast Abbey Apiaries\tSeasonal Beekeeper\n"
        "\nEDUCATION\n2012\t2015\tHarper Adams University\tBSc Agriculture\n"
    )
    assert _roles(text) == [
        ("Apiary Manager", "Cotswold Bee Farms", 2020, None, True),
        ("Seasonal Beekeeper", "Buckfast Abbey Apiaries", 2016, 2020, False),
    ]


def test_a_timeline_of_degrees_and_jobs_gives_each_job_its_own_employer() -> None:
    text = (
        "Ana Ruiz\n\nTIMELINE\n"
        "2021 – present   Paintings Conservator, Tate, London\n"
        "                 Treatment of twentieth-century canvases for loan.\n"
        "2018 – 2021      Conservation Fellow, Hamilton Kerr Institute, Cambridge\n"
        "2016 – 2018      MA Conservation of Fine Art, Northumbria University\n"
    )
    assert [(t, e) for t, e, *_ in _roles(text)] == [
        ("Paintings Conservator", "Tate"),
        ("Conservation Fellow", "Hamilton Kerr Institute"),
    ]


def test_markdown_code_chips_side_by_side_are_list_items() -> None:
    assert clean("`Rhino` `Grasshopper` `V-Ray`") == "Rhino, Grasshopper, V-Ray"
    assert clean("Use `git rebase` daily") == "Use git rebase daily"


def test_a_two_part_heading_over_a_line_of_dates_is_a_role_not_a_section() -> None:
    text = (
        "# Kim Lowe\n\n## Experience\n\n"
        "### Deputy Stage Manager · Royal Exchange Theatre\n*since 2022*\n\n"
        "### Assistant Stage Manager (placement) · Bristol Old Vic\n*Spring 2019 – Summer 2020*\n"
    )
    assert _roles(text) == [
        ("Deputy Stage Manager", "Royal Exchange Theatre", 2022, None, True),
        ("Assistant Stage Manager (placement)", "Bristol Old Vic", 2019, 2020, False),
    ]


def test_an_underlined_employer_heads_the_title_below_it() -> None:
    text = (
        "Career History\n==============\n\n"
        "Merseyside Fire and Rescue Service\n----------------------------------\n"
        "Crew Manager\nMay 2017\nto present\n"
    )
    assert _roles(text) == [
        ("Crew Manager", "Merseyside Fire and Rescue Service", 2017, None, True),
    ]


def test_a_title_and_workplace_line_under_a_group_name_keeps_its_workplace() -> None:
    text = (
        "Experience\n\nNorthern Leisure Trust\n"
        "Duty Manager, Moss Side Leisure Centre\nJune 2018\nto present\n"
    )
    assert _roles(text)[0][:2] == ("Duty Manager", "Moss Side Leisure Centre")


def test_informal_headings_open_the_sections_they_name() -> None:
    profile = analyse_cv(
        "Sam Reid — dive instructor\n\nWhere I work\n"
        "Instructor at Blue Reef Divers, Plymouth (since 2020)\n\nBefore that\n"
        "Lifeguard at Plymouth Life Centre, 2016 to 2020\n\nWhat I do\n"
        "Open water training, rescue skills, equipment servicing, boat handling\n",
        this_year=2026,
    )
    assert [(r.title, r.employer) for r in profile.roles] == [
        ("Instructor", "Blue Reef Divers"),
        ("Lifeguard", "Plymouth Life Centre"),
    ]
    listed = {s.name.lower() for s in profile.all_skills}
    assert {"open water training", "equipment servicing"} <= listed


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        (
            "Agency Sonographer - Medacs Healthcare - 2019 - 2021",
            "Agency Sonographer",
            "Medacs Healthcare",
        ),
        (
            "Bank Support Worker - Kirkwood Hospice - 2019 - 2021",
            "Bank Support Worker",
            "Kirkwood Hospice",
        ),
    ],
)
def test_a_job_led_by_how_it_was_had_is_the_title(line: str, title: str, employer: str) -> None:
    assert _roles(f"EXPERIENCE\n{line}\n")[0][:2] == (title, employer)


@pytest.mark.parametrize(
    ("line", "title", "employer", "note"),
    [
        (
            "Interim Payroll Manager (via Hays), seconded to Wrexham Council | 2022 – 2023",
            "Interim Payroll Manager",
            "Wrexham Council",
            "via Hays",
        ),
        (
            "Locum Pharmacist (via Locate a Locum), on assignment at Boots | 2019 – 2020",
            "Locum Pharmacist",
            "Boots",
            "via Locate a Locum",
        ),
    ],
)
def test_the_client_an_agency_worker_was_placed_with_is_the_employer(
    line: str, title: str, employer: str, note: str
) -> None:
    role = analyse_cv(f"EXPERIENCE\n{line}\n", this_year=2026).roles[0]
    assert (role.title, role.employer, role.employer_note) == (title, employer, note)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Jun–Aug 2021 and Jun–Aug 2022", 2021, 2022),
        ("Beach Lifeguard (May–Sep 2019 & May–Sep 2020), RNLI", 2019, 2020),
        ("2014 – 2016, 2018 – 2019", 2014, 2019),
    ],
)
def test_seasons_joined_by_and_read_as_one_span(line: str, start: int, end: int) -> None:
    found = find_range(line)
    assert found is not None and (found.start_year, found.end_year) == (start, end)


def test_a_range_before_other_text_is_not_joined_to_it() -> None:
    found = find_range("2019 – 2021, Senior Keeper")
    assert found is not None and found.end_year == 2021


def test_a_labelled_licence_line_under_the_name_gives_its_credentials() -> None:
    profile = analyse_cv(
        "Sam Reid\nLicences: PADI Divemaster, EFR Instructor. no medical restrictions\n\n"
        "EXPERIENCE\nInstructor, Blue Reef Divers | 2020 – present\n",
        this_year=2026,
    )
    assert {"PADI Divemaster", "EFR Instructor"} <= set(profile.certifications)
    assert not any("restrictions" in c for c in profile.certifications)


def test_a_certificate_named_first_is_one_though_it_names_a_school() -> None:
    profile = analyse_cv(
        "QUALIFICATIONS\nCertificate in School Business Management, Kent College, 2019\n",
        this_year=2026,
    )
    assert any(c.startswith("Certificate in School Business") for c in profile.certifications)
