"""Reading CVs: positions, formats, the known failures, header and achievements."""

from __future__ import annotations

import io

import docx
import pytest
from fpdf import FPDF

from interview_core.documents import columns_in_reading_order, extract_cv
from interview_core.language.profile import Position, analyse_cv, tidy_name
from tests.helpers.reading import role_fields


def _roles(text: str) -> list[tuple[str, str | None, bool]]:
    return role_fields(text, "title", "employer", "is_current")


# --- the known failures -------------------------------------------------------------------


def test_employer_is_not_cut_at_the_first_comma() -> None:
    cv = analyse_cv(
        "EXPERIENCE\n"
        "Staff Software Engineer, Parcelwise (logistics SaaS, Series B) — Mar 2019 – present\n"
        "• Mentored six engineers on the events platform.\n"
    )
    role = cv.roles[0]
    assert (role.title, role.employer) == ("Staff Software Engineer", "Parcelwise")
    assert role.employer_note == "logistics SaaS, Series B"
    assert "(" not in role.employer


def test_a_long_title_above_a_date_only_line_is_kept() -> None:
    roles = _roles(
        "WORK HISTORY\n"
        "Head of Year and Teacher of Mathematics with Pastoral Responsibility\n"
        "Oakridge Community Academy\n"
        "Sept 2019 – present\n"
        "- Raised outcomes across the year group.\n"
    )
    assert roles == [
        (
            "Head of Year and Teacher of Mathematics with Pastoral Responsibility",
            "Oakridge Community Academy",
            True,
        )
    ]


def test_a_dash_inside_brackets_does_not_split_the_title() -> None:
    roles = _roles(
        "Experience:\n"
        "Teacher of Mathematics (TLR 2b – KS3 Coordinator) – Beacon High School, 09.2017 – 02.2021\n"
        "▪ Coordinated the KS3 curriculum.\n"
    )
    assert roles == [
        ("Teacher of Mathematics (TLR 2b – KS3 Coordinator)", "Beacon High School", False)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Staff Nurse (Band 5), Emergency Department, Salford Royal Hospital 04/2021 – Present",
        "Staff Nurse (Band 5) – Salford Royal Hospital, Emergency Department 04/2021 – Present",
        "Staff Nurse (Band 5) | Emergency Department | Salford Royal Hospital | 04/2021 – Present",
    ],
)
def test_a_department_is_not_taken_for_the_employer(line: str) -> None:
    role = analyse_cv(f"Employment\n{line}\n* Recognise deterioration early.\n").roles[0]
    assert (role.title, role.employer, role.department) == (
        "Staff Nurse (Band 5)",
        "Salford Royal Hospital",
        "Emergency Department",
    )


def test_an_employer_above_its_departments_heads_each_role() -> None:
    roles = _roles(
        "Employment\n"
        "Salford Royal Hospital — Acute Medical Unit\n"
        "Healthcare Assistant    July 2019–July 2020\n"
        "- Personal care for 12 patients.\n"
    )
    assert roles == [("Healthcare Assistant", "Salford Royal Hospital", False)]


def _two_column_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    left = [
        "EXPERIENCE",
        "Graduate Civil Engineer",
        "Balfour Beatty, Manchester",
        "Sep 2021 - now",
        "- Supervised a team of 6 on site",
        "  and managed subcontractors",
        "Site Engineer Intern",
        "Kier Group",
        "Jun 2019 - Aug 2020",
    ]
    right = [
        "SKILLS",
        "AutoCAD, Revit",
        "SMSTS, CSCS card",
        "EDUCATION",
        "MEng Civil Engineering",
        "University of Leeds",
        "Currently working towards",
        "in a Level 4 apprenticeship",
    ]
    y = 20.0
    for i in range(len(left)):
        pdf.set_xy(10, y)
        pdf.cell(100, 6, left[i])
        if i < len(right):
            pdf.set_xy(130, y)
            pdf.cell(70, 6, right[i])
        y += 6
    return bytes(pdf.output())


def test_a_two_column_pdf_is_read_column_by_column() -> None:
    text = extract_cv("cv.pdf", _two_column_pdf()).text
    assert "now in a Level 4" not in text
    cv = analyse_cv(text)
    assert [(r.title, r.employer, r.is_current) for r in cv.roles] == [
        ("Graduate Civil Engineer", "Balfour Beatty", True),
        ("Site Engineer Intern", "Kier Group", False),
    ]
    # The wrapped bullet is one highlight again.
    assert cv.roles[0].highlights == ("Supervised a team of 6 on site and managed subcontractors",)


def test_right_aligned_dates_are_not_taken_for_a_second_column() -> None:
    layout = "\n".join(
        [
            "Senior Engineer, Acme Ltd                                    Mar 2019 – present",
            "- Built the billing service used by 40 teams across the company every day",
            "- Cut deploy time from 40 to 6 minutes by moving builds to a shared cache",
            "Engineer, Beta plc                                           2016 – 2019",
            "- Wrote the first version of the payments API and its test suite for launch",
            "- Ran the on-call rota for the platform team and wrote the incident runbooks",
        ]
    )
    assert columns_in_reading_order(layout) is None


# --- formats ------------------------------------------------------------------------------


def test_docx_with_a_table_and_tab_aligned_dates() -> None:
    document = docx.Document()
    document.add_paragraph("Maria Costa")
    document.add_paragraph("maria@example.com | 07700 900 123")
    document.add_paragraph("PROFESSIONAL EXPERIENCE")
    document.add_paragraph("Customer Success Manager, Brightdesk Ltd\tJan 2022 – Present")
    document.add_paragraph("• Kept net revenue retention at 112% across 60 accounts.", style=None)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(
        table.rows[0].cells,
        ("Senior Support Specialist", "Brightdesk Ltd", "Jun 2019 – Dec 2021"),
        strict=True,
    ):
        cell.text = text
    document.add_paragraph("EDUCATION")
    document.add_paragraph("BA (Hons) English, University of York\t2015 – 2018")
    buffer = io.BytesIO()
    document.save(buffer)
    cv = analyse_cv(extract_cv("cv.docx", buffer.getvalue()).text)
    assert [(r.title, r.employer, r.is_current) for r in cv.roles] == [
        ("Customer Success Manager", "Brightdesk Ltd", True),
        ("Senior Support Specialist", "Brightdesk Ltd", False),
    ]
    assert cv.education == ("BA (Hons) English, University of York | 2015 – 2018",)


def test_markdown_cv() -> None:
    cv = analyse_cv(
        "# Sam Patel\n"
        "sam@example.com · linkedin.com/in/sampatel\n\n"
        "## Experience\n"
        "**Product Designer** — Fable Studio, London\n"
        "*Mar 2020 – present*\n"
        "- Led the redesign of onboarding, lifting activation by 18%.\n\n"
        "### Junior UX Designer at Northlight Agency (2018 – 2020)\n"
        "- Ran usability tests with 40 participants.\n"
    )
    assert [(r.title, r.employer, r.location) for r in cv.roles] == [
        ("Product Designer", "Fable Studio", "London"),
        ("Junior UX Designer", "Northlight Agency", None),
    ]
    assert cv.header == ("Sam Patel", "sam@example.com · linkedin.com/in/sampatel")


@pytest.mark.parametrize(
    "heading", ["EXPERIENCE", "Experience:", "## Experience", "Work history", "**Employment**"]
)
def test_heading_styles(heading: str) -> None:
    roles = _roles(
        f"Jo Bloggs\n{heading}\nBarista | Pret A Manger | 2019-2021\n- Served 300 customers a day.\n"
    )
    assert roles == [("Barista", "Pret A Manger", False)]


@pytest.mark.parametrize("marker", ["•", "▪", "*", "-"])
def test_bullet_markers_and_wrapped_bullets(marker: str) -> None:
    cv = analyse_cv(
        "EXPERIENCE\n"
        "Pharmacist – Wellcare Pharmacy, Bolton\n"
        "03.2021 – now\n"
        f"{marker} Clinically screened 400 prescriptions a day and ran the flu vaccination\n"
        "service, giving 1,200 vaccinations in one season.\n"
        f"{marker} Delivered Pharmacy First consultations.\n"
    )
    role = cv.roles[0]
    assert (role.title, role.employer, role.is_current) == ("Pharmacist", "Wellcare Pharmacy", True)
    assert role.highlights == (
        "Clinically screened 400 prescriptions a day and ran the flu vaccination service, giving "
        "1,200 vaccinations in one season.",
        "Delivered Pharmacy First consultations.",
    )


def test_a_new_role_after_an_unfinished_bullet_is_not_swallowed() -> None:
    roles = _roles(
        "EXPERIENCE\n"
        "Site Engineer – Kier Group\n2019-2021\n"
        "- Set out foundations and drainage for a 60-plot scheme and checked levels daily\n"
        "Graduate Engineer – Morgan Sindall\n2017-2019\n"
        "- Assisted the site team.\n"
    )
    assert [r[:2] for r in roles] == [
        ("Site Engineer", "Kier Group"),
        ("Graduate Engineer", "Morgan Sindall"),
    ]


def test_current_role_and_order() -> None:
    cv = analyse_cv(
        "Experience\n"
        "Junior Developer, Quayside Digital (2016 – 2018)\n"
        "Frontend Developer, Brightpath Ltd (Jan 2018 – present)\n"
    )
    assert cv.current_role is not None and cv.current_role.employer == "Brightpath Ltd"
    assert cv.current_role.is_current


def test_title_over_employer_over_dates_lines() -> None:
    roles = _roles(
        "CAREER HISTORY\nCustomer Success Manager\nBrightdesk\nApr 2021 – Present\n- Ran 40 QBRs.\n"
    )
    assert roles == [("Customer Success Manager", "Brightdesk", True)]


# --- names are always whole -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("Parcelwise (logistics SaaS", "Parcelwise"),
        ("Senior Engineer at", "Senior Engineer"),
        ("KS3 Coordinator)", "KS3 Coordinator"),
        (
            "Teacher of Mathematics (TLR 2b – KS3 Coordinator)",
            "Teacher of Mathematics (TLR 2b – KS3 Coordinator)",
        ),
        ("in a Level 4 apprenticeship", ""),
        ("eBay", "eBay"),
    ],
)
def test_tidy_name(raw: str, tidy: str) -> None:
    assert tidy_name(raw) == tidy


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


_TRAILING = {
    "at",
    "in",
    "of",
    "for",
    "with",
    "to",
    "from",
    "on",
    "by",
    "and",
    "or",
    "the",
    "a",
    "an",
}


@pytest.mark.parametrize(
    "line",
    [
        "Staff Software Engineer, Parcelwise (logistics SaaS — Mar 2019 – present",
        "Engineer at (Acme Ltd) – 2019-2021",
        "Designer with Fable Studio (London — 2019-2021",
        "Analyst for – 2019-2021",
    ],
)
def test_no_title_or_employer_has_open_brackets_or_a_trailing_preposition(line: str) -> None:
    for role in analyse_cv(f"Experience\n{line}\n- Did the work.\n").roles:
        for name in (role.title, role.employer or ""):
            assert _balanced(name), name
            assert not name or name.split()[-1].lower() not in _TRAILING, name


# --- header, summary, achievements ------------------------------------------------------------


def test_contact_header_and_summary_are_not_achievements() -> None:
    cv = analyse_cv(
        "Priya Shah\n"
        "Payments Engineer | London | priya@example.com | github.com/priya\n\n"
        "PROFILE\n"
        "Backend engineer with 6 years of experience building card payment systems in Go.\n\n"
        "EXPERIENCE\n"
        "Senior Backend Engineer – Ledgerly, 2021 – present\n"
        "- Cut payment failures by 30% with idempotent retries.\n\n"
        "SKILLS\nGo, PostgreSQL, Kafka, Kubernetes, Terraform\n"
    )
    assert "Priya Shah" in cv.header
    assert cv.summary and "card payment systems" in cv.summary[0]
    assert cv.is_achievement("Cut payment failures by 30% with idempotent retries.")
    assert not cv.is_achievement(
        "Payments Engineer | London | priya@example.com | github.com/priya"
    )
    assert not cv.is_achievement(cv.summary[0])
    assert not cv.is_achievement("Go, PostgreSQL, Kafka, Kubernetes, Terraform")
    assert cv.years_experience == 6
    assert isinstance(cv.roles[0], Position)


def test_certifications_and_education_are_kept_apart() -> None:
    cv = analyse_cv(
        "EXPERIENCE\nSite Manager – Rowan Homes, Wigan\n2021-present\n- Ran a 90-plot site.\n"
        "QUALIFICATIONS AND TICKETS\n"
        "- SMSTS, CITB – renewed 2023\n"
        "- First Aid at Work; Working at Height; PASMA\n"
        "EDUCATION\n"
        "HNC Construction – Wigan College, 2012\n"
    )
    assert cv.certifications == (
        "SMSTS, CITB – renewed 2023",
        "First Aid at Work",
        "Working at Height",
        "PASMA",
    )
    assert cv.education == ("HNC Construction – Wigan College, 2012",)
    assert "SMSTS" in {s.name for s in cv.credentials}


def test_an_employer_name_cut_by_a_pdf_line_wrap_is_joined() -> None:
    cv = analyse_cv(
        "Experience\n"
        "Policy Adviser (secondment), Department for Levelling Up Housing Jan 2021 – May 2022\n"
        "Communities\n"
        "- Drafted briefing for ministers on the housing supply programme every single week.\n"
        "- Ran the stakeholder forum for 30 councils and housing associations in the north.\n"
    )
    assert cv.roles[0].employer == "Department for Levelling Up Housing Communities"


def test_a_short_line_after_a_short_role_line_is_not_glued_on() -> None:
    cv = analyse_cv(
        "Experience\n"
        "Barista, Pret A Manger 2019-2021\n"
        "London\n"
        "- Served 300 customers a day across breakfast and lunch at a busy station branch.\n"
        "- Trained six new starters on the till, the coffee machine and food safety rules.\n"
    )
    assert cv.roles[0].employer == "Pret A Manger"


def test_an_organisation_ending_wrapped_onto_its_own_line_is_joined() -> None:
    roles = _roles(
        "Experience\n"
        "- Simplified the checkout.\n"
        "Caseworker (contract), North Yorkshire Probation\n"
        "Service\n"
        "Oct 2015 – May 2016\n"
        "- Managed a caseload of 40.\n"
    )
    assert roles == [("Caseworker (contract)", "North Yorkshire Probation Service", False)]


def test_a_comma_inside_a_title_stays_when_strong_separators_part_the_line() -> None:
    roles = _roles(
        "Experience\nHead of Operations, EMEA | Brightdesk | Jan 2023 – Present\n- Ran ops.\n"
    )
    assert roles == [("Head of Operations, EMEA", "Brightdesk", True)]


def test_an_employer_above_its_promotions_heads_each() -> None:
    roles = _roles(
        "Experience\n"
        "Harbour Foods (frozen desserts), Hull\n"
        "Production Supervisor | Jun 2020 – Dec 2022\n"
        "* Ran the night shift.\n"
        "Production Operative | Sep 2018 – May 2020\n"
        "* Line work.\n"
        "Picker | Amazon | 2016 – 2018\n"
    )
    assert roles == [
        ("Production Supervisor", "Harbour Foods", False),
        ("Production Operative", "Harbour Foods", False),
        ("Picker", "Amazon", False),
    ]


def test_a_school_of_a_university_is_a_department() -> None:
    role = analyse_cv(
        "Experience\nResearch Assistant · School of Chemistry, University of Bristol · 2017 – 2018\n"
    ).roles[0]
    assert (role.employer, role.department) == ("University of Bristol", "School of Chemistry")


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        ("Store Manager Aldi Stores Ltd 2019 – 2021", "Store Manager", "Aldi Stores Ltd"),
        (
            "Staff Nurse (Band 5) Royal Bolton Hospital 2019 – 2021",
            "Staff Nurse (Band 5)",
            "Royal Bolton Hospital",
        ),
        ("Nurse Practitioner 2019 – 2021", "Nurse Practitioner", None),
        ("Teacher of Mathematics 2019 – 2021", "Teacher of Mathematics", None),
    ],
)
def test_a_title_and_employer_glued_by_a_lost_tab(
    line: str, title: str, employer: str | None
) -> None:
    role = analyse_cv(f"Experience\n{line}\n- Did the work.\n").roles[0]
    assert (role.title, role.employer) == (title, employer)


def test_all_capital_titles_are_recased_and_firms_in_the_plural_are_employers() -> None:
    cv = analyse_cv(
        "EXPERIENCE\n"
        "CHEF DE PARTIE - Hotel du Vin, Bath    2014 - 2017\n"
        "* Sauce section.\n"
        "HR ADVISOR | NHS Blood and Transplant | 2012 - 2014\n"
        "Legal Assistant Bright Law Solicitors 06/2019 – 08/2021\n"
    )
    assert [(r.title, r.employer) for r in cv.roles] == [
        ("Legal Assistant", "Bright Law Solicitors"),
        ("Chef de Partie", "Hotel du Vin"),
        ("HR Advisor", "NHS Blood and Transplant"),
    ]


def test_under_qualifications_what_is_not_a_degree_is_a_certificate() -> None:
    cv = analyse_cv(
        "Qualifications\nCity & Guilds 2365 Level 3; 18th Edition BS 7671; AM2\n"
        "BSc (Hons) Electrical Engineering, University of Leeds, 2015\n"
    )
    assert cv.certifications == ("City & Guilds 2365 Level 3", "18th Edition BS 7671", "AM2")
    assert cv.education == ("BSc (Hons) Electrical Engineering, University of Leeds, 2015",)


def test_tab_separated_columns_in_a_text_cv_stay_apart() -> None:
    text = extract_cv(
        "cv.txt",
        "Experience\nHead Chef\tThe Fox Inn\t2019 – present\n- Ran the kitchen.\n"
        "Commis Chef\tGusto\t2016 – 2019\n".encode(),
    ).text
    assert [(r.title, r.employer) for r in analyse_cv(text).roles] == [
        ("Head Chef", "The Fox Inn"),
        ("Commis Chef", "Gusto"),
    ]


def test_the_current_job_is_the_main_one_not_a_later_side_role() -> None:
    cv = analyse_cv(
        "EXPERIENCE\n"
        "Head Chef | The Fox Inn | 2019 – present\n- Ran the kitchen.\n"
        "Cookery Tutor (evenings) | Bath College | 2023 – present\n"
        "Sous Chef | Gusto | 2016 – 2019\n"
        "VOLUNTEERING\n"
        "Trustee | Bath Food Bank | 2024 – present\n- Chair the food safety group.\n"
    )
    assert [r.title for r in cv.roles] == [
        "Head Chef",
        "Cookery Tutor (evenings)",
        "Trustee",
        "Sous Chef",
    ]
    assert cv.current_role is not None and cv.current_role.title == "Head Chef"
    trustee = cv.roles[2]
    assert trustee.volunteer and trustee.highlights == ("Chair the food safety group.",)
