"""General reading rules written for fields the repository's CVs do not cover.

Every CV line here is invented for the test, in fields outside the evaluation sets (tax,
surveying, law, aviation, dentistry, museum work, logistics): a rule that only held for one
dev pair would fail here.
"""

from __future__ import annotations

from datetime import date

import pytest

from interview_core.language.cv import (
    looks_like_title,
    named_qualifications,
    registered_credentials,
    role_pieces,
)
from interview_core.language.dates import as_of, find_range
from interview_core.language.job import _jd_sections
from interview_core.language.profile import analyse_cv, analyse_job
from interview_core.language.skills import extract_skills
from tests.helpers.reading import role_fields


def _roles(text: str) -> list[tuple[str, str | None]]:
    return role_fields(text, "title", "employer")


# --- a firm's name with a comma and no "&" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Experience\nTax Assistant | Smith, Jones Ltd | Sept 2021 – present\n- VAT returns.\n",
            [("Tax Assistant", "Smith, Jones Ltd")],
        ),
        (
            "Experience\nExport Coordinator\nRossi, Bianchi S.r.l.\n2019 – 2023\n- Shipping papers.\n",
            # The dot ends the suffix, not a sentence; a name is quoted without it.
            [("Export Coordinator", "Rossi, Bianchi S.r.l")],
        ),
        (
            "Experience\nBuilding Surveyor, Pryce, Lowther LLP – Exeter 2020 – present\n"
            "- Dilapidations and defect reports.\n",
            [("Building Surveyor", "Pryce, Lowther LLP")],
        ),
    ],
)
def test_a_firm_with_a_comma_and_no_partners_is_one_employer(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _roles(text) == expected


def test_a_town_before_the_firm_at_the_end_of_a_line_stays_apart() -> None:
    # The town may be written first; with nothing after the firm, the comma is kept.
    assert role_pieces("Solicitor, Leeds, Quinn Ltd") == ["Solicitor", "Leeds", "Quinn Ltd"]
    assert role_pieces("Pilot, Aberdeen, Loganair Ltd") == ["Pilot", "Aberdeen", "Loganair Ltd"]


# --- a role line wrapped by a narrow column ------------------------------------------------


def test_a_role_line_wrapped_after_a_comma_is_read_as_one_line() -> None:
    text = (
        "Experience\n"
        "Tax Senior (Private Client), Marsh,\n"
        "Quill LLP – York\n"
        "Jan 2021 – ongoing\n"
        "- Self-assessment returns for 120 clients.\n"
        "Trainee Surveyor (APC), Dunmore Webb\n"
        "LLP, Exeter\n"
        "2018 – 2020\n"
        "- Measured surveys.\n"
    )
    assert _roles(text) == [
        ("Tax Senior (Private Client)", "Marsh, Quill LLP"),
        ("Trainee Surveyor (APC)", "Dunmore Webb LLP"),
    ]
    assert analyse_cv(text).roles[0].is_current


# --- a firm named by a plural of a job word ------------------------------------------------


def test_a_piece_ending_on_an_organisation_word_is_the_firm_not_the_title() -> None:
    assert role_pieces("Legal Assistant — Pike + Dunn Solicitors, Bath") == [
        "Legal Assistant",
        "Pike + Dunn Solicitors",
        "Bath",
    ]
    text = "Experience\nDental Nurse — Hale + Moss Dentists, Truro\n*2019 – 2022*\n- Chairside.\n"
    assert analyse_cv(text).roles[0].employer == "Hale + Moss Dentists"


# --- what names a job ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "is_title"),
    [
        ("Audit Senior", True),
        ("Tax Semi-Senior", True),
        ("Staff Nurse (Band 5)", True),
        ("Senior", False),  # a rank alone names no job
        ("Senior Leadership Programme", False),
        ("Large Format (£14m, 62 colleagues)", False),  # the note names people, not the job
        ("Collections (12 curators)", False),
    ],
)
def test_what_names_a_job(text: str, is_title: bool) -> None:
    assert looks_like_title(text) is is_title


# --- certifications wherever the CV names them --------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Registered Dental Hygienist (GDC no. 275114) with eight years in NHS practice.",
            ["Registered Dental Hygienist (GDC)"],
        ),
        ("HCPC registered (PA12345), working in community teams.", ["HCPC registration"]),
        (
            "Museum professional. Chartered Conservator (ICON membership no. 40921).",
            ["Chartered Conservator (ICON)"],
        ),
        ("Chartered Engineer (CEng) since 2015.", []),  # no number: not read from prose
        ("Ran 14 stores (turnover 2019: £30m).", []),  # a number with no credential
    ],
)
def test_a_credential_with_its_register_number_in_prose(line: str, expected: list[str]) -> None:
    assert registered_credentials(line) == expected


def test_a_table_of_licences_gives_each_licence_once() -> None:
    text = (
        "Tickets and cards\n"
        "Ticket | Issued by | Expires\n"
        "CPCS A59 Excavator, card no. 4471920 | CITB | 08/2027\n"
        "Gas Safe ACS (CCN1) | Gas Safe Register | 2028\n"
    )
    assert analyse_cv(text).certifications == (
        "CPCS A59 Excavator, card no. 4471920",
        "Gas Safe ACS (CCN1)",
    )


def test_a_vocational_qualification_among_degrees_is_also_a_certificate() -> None:
    text = (
        "Education\n"
        "NVQ Level 2 Plumbing, Leeds College of Building, 2015 – Water Regs passed\n"
        "Certificate in Museum Studies, Ashworth Academy, 2019\n"
        "BSc Geography, University of Hull, 2012\n"
    )
    profile = analyse_cv(text)
    assert "BSc Geography, University of Hull, 2012" in profile.education
    assert "NVQ Level 2 Plumbing, Leeds College of Building, 2015 – Water Regs passed" in (
        profile.certifications
    )
    assert "Certificate in Museum Studies, Ashworth Academy, 2019" in profile.certifications
    assert "Water Regs" in profile.certifications
    assert not any("Geography" in c for c in profile.certifications)


def test_a_master_of_a_trade_and_a_training_course_are_certificates_not_degrees() -> None:
    text = (
        "Qualifications\n"
        "Court of Master Sommeliers — Certified Sommelier, 2021\n"
        "MSc Viticulture, University of Reading, 2016\n"
        "Education & registration\n"
        "Master of Science in Dietetics, Leeds Beckett University, 2018\n"
        "DAFNE educator training, 2023\n"
    )
    profile = analyse_cv(text)
    assert "Court of Master Sommeliers — Certified Sommelier, 2021" in profile.certifications
    assert "DAFNE educator training, 2023" in profile.certifications
    assert "Master of Science in Dietetics, Leeds Beckett University, 2018" in profile.education
    assert not any("Dietetics" in c or "Viticulture" in c for c in profile.certifications)


# --- a title line with a qualifier, the employer on the line below -------------------------


def test_a_qualifier_beside_the_title_stays_in_the_title() -> None:
    text = (
        "Experience\n"
        "Duty Manager – Night Operations (24/7 hub)\n"
        "Harbour Freight Ltd, Tilbury depot, Essex | May 2020 – now\n"
        "- Ran night shifts of 40 staff.\n"
    )
    role = analyse_cv(text).roles[0]
    assert (role.title, role.employer) == (
        "Duty Manager – Night Operations (24/7 hub)",
        "Harbour Freight Ltd",
    )


def test_a_bare_place_beside_the_title_is_not_part_of_it() -> None:
    text = (
        "Experience\n"
        "Curator – Bristol\n"
        "Avon Heritage Trust | 2018 – 2022\n"
        "- Three exhibitions a year.\n"
    )
    role = analyse_cv(text).roles[0]
    assert (role.title, role.employer) == ("Curator", "Avon Heritage Trust")


# --- a product's short capitals used by another field --------------------------------------


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("ECS Gold Card (Installation Electrician), card no. 10458832", "Amazon ECS"),
        ("Holder of an EKS safety passport and a CSCS card.", "Amazon EKS"),
    ],
)
def test_a_product_acronym_alone_in_another_field_is_no_skill(line: str, absent: str) -> None:
    assert absent not in [s.name for s in extract_skills(line)]


def test_a_product_acronym_beside_other_products_still_counts() -> None:
    assert "Amazon ECS" in [
        s.name for s in extract_skills("Moved 40 services to ECS with Terraform")
    ]
    assert "Amazon EKS" in [s.name for s in extract_skills("EKS", context_free=True)]


# --- how adverts head what they ask for -----------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("The ideal candidate", "requirements"),
        ("About the candidate", "requirements"),
        ("You should have", "requirements"),
        ("Knowledge, skills and experience", "requirements"),
        ("Candidate profile", "requirements"),
        ("Your background", "requirements"),
        ("Your key responsibilities", "responsibilities"),
        ("Key accountabilities", "responsibilities"),
        ("What the job involves", "responsibilities"),
        ("About us", "about"),
    ],
)
def test_advert_headings(heading: str, section: str) -> None:
    text = f"{heading}\n• Experience of scheduling crane lifts on live sites\n• A CPCS card\n"
    assert [where for where, _, _ in _jd_sections(text)] == [section, section]


# --- a field's own name for its skills list ------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Clinical skills",
        "Trade skills",
        "Technical knowledge",
        "Key strengths",
        "Areas of practice",
    ],
)
def test_a_skills_list_under_a_field_named_heading(heading: str) -> None:
    text = (
        "Experience\nFarrier | Hoofcare Ltd | 2019 – present\n- Shod 30 horses a week.\n"
        f"{heading}\nRemedial shoeing, Hot shoeing, Gait analysis\n"
    )
    assert [s.name for s in analyse_cv(text).listed_skills] == [
        "Remedial shoeing",
        "Hot shoeing",
        "Gait analysis",
    ]


def test_a_long_skills_item_joining_two_skills_gives_both() -> None:
    text = (
        "Skills\n"
        "- Ground handling (ramp, baggage and aircraft turnaround) and load sheet preparation\n"
    )
    listed = [s.name for s in analyse_cv(text).listed_skills]
    assert "Ground handling" in listed and "Load sheet preparation" in listed


# --- qualifications wrapped by a narrow column ---------------------------------------------


def test_qualification_lines_wrapped_in_a_sidebar_are_one_entry_each() -> None:
    text = (
        "Education\n"
        "MSc Marine Biology, University of\n"
        "Plymouth, 2015\n"
        "BSc Zoology\n"
        "(2:1), Bangor University, 2013\n"
        "Certifications\n"
        "PADI Divemaster, 2016\n"
        "RYA Powerboat Level 2 (Advanced\n"
        "Handling), 2018\n"
    )
    profile = analyse_cv(text)
    assert profile.education == (
        "MSc Marine Biology, University of Plymouth, 2015",
        "BSc Zoology (2:1), Bangor University, 2013",
    )
    assert "RYA Powerboat Level 2 (Advanced Handling), 2018" in profile.certifications


# --- time away from work and professional development are no positions ---------------------


@pytest.mark.parametrize(
    "line",
    [
        "Career break (travelling) | 2019 – 2021",
        "Maternity leave, Jun 2019 – Mar 2021",
        "Sabbatical – volunteering in Malawi | 2019 – 2021",
    ],
)
def test_time_away_from_work_is_no_position(line: str) -> None:
    text = (
        "Experience\nSenior Porter | Leeds General Infirmary | 2021 – present\n- Moved patients.\n"
        f"{line}\n"
        "Porter | Harrogate District Hospital | 2016 – 2019\n- Moved patients.\n"
    )
    assert _roles(text) == [
        ("Senior Porter", "Leeds General Infirmary"),
        ("Porter", "Harrogate District Hospital"),
    ]


def test_an_employer_named_like_a_gap_is_still_an_employer() -> None:
    text = "Experience\nTravel Consultant | Travelling Light Holidays Ltd | 2019 – present\n"
    assert _roles(text) == [("Travel Consultant", "Travelling Light Holidays Ltd")]


def test_professional_development_lists_courses_not_positions() -> None:
    text = (
        "Experience\nPlumber | Aqua Heat Ltd | 2018 – present\n- Boilers.\n"
        "Professional development\nUnvented hot water course, Jan 2022 – Feb 2022\n"
    )
    profile = analyse_cv(text)
    assert _roles(text) == [("Plumber", "Aqua Heat Ltd")]
    assert "Unvented hot water course, Jan 2022 – Feb 2022" in profile.certifications


# --- person specifications -------------------------------------------------------------------


def test_you_will_have_heads_requirements_not_duties() -> None:
    job = analyse_job(
        "Dental Nurse",
        "Smile Co",
        "You will have:\n- GDC registration\n- Experience of four-handed dentistry\n"
        "You will:\n- Prepare surgeries and instruments\n",
    )
    assert job.requirements == ("GDC registration", "Experience of four-handed dentistry")
    assert job.responsibilities == ("Prepare surgeries and instruments",)


def test_a_person_specification_table_splits_essential_from_desirable() -> None:
    job = analyse_job(
        "Dental Nurse",
        "Smile Co",
        "Person specification\n"
        "Criteria | Essential | Desirable\n"
        "Qualifications | GDC registration | Radiography certificate\n"
        "Experience | Two years in NHS practice | –\n",
    )
    assert job.requirements == ("GDC registration", "Two years in NHS practice")
    assert job.nice_to_have_lines == ("Radiography certificate",)


def test_e_and_d_marks_of_a_person_specification() -> None:
    job = analyse_job(
        "Dental Nurse",
        "Smile Co",
        "Requirements\n- GDC registration (E)\n- Radiography certificate (D)\n",
    )
    assert job.requirements == ("GDC registration",)
    assert job.nice_to_have_lines == ("Radiography certificate",)


# --- the label of a skills line -------------------------------------------------------------


def test_a_skills_label_that_names_a_skill_is_listed_with_its_kinds() -> None:
    text = (
        "Skills\n• Rigging: slinging, signalling and load calculations\n• Tools: Procore, Excel\n"
    )
    listed = [s.name for s in analyse_cv(text).listed_skills]
    assert "Rigging" in listed and "Slinging" in listed
    assert "Tools" not in listed


def test_a_label_over_products_names_their_category() -> None:
    text = "Skills\nQuerying and modelling: SQL, dbt, Python\n"
    assert "Querying and modelling" not in [s.name for s in analyse_cv(text).listed_skills]


# --- more role layouts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Experience\nHighways Engineer (Kirklees Council) | 2018 – 2022\n- Resurfacing.\n",
            ("Highways Engineer", "Kirklees Council", None),
        ),
        (
            "Experience\nPharmacy Technician\n"
            "Pharmacy Department, St Mary's Hospital, London\nMay 2018 – present\n- Dispensing.\n",
            ("Pharmacy Technician", "St Mary's Hospital", "Pharmacy Department"),
        ),
        (
            "Experience\nCategory Manager: IT, Facilities and Professional Services\n"
            "Northgate Rail Ltd, Derby\n2019 – to date\n- Sourcing.\n",
            (
                "Category Manager: IT, Facilities and Professional Services",
                "Northgate Rail Ltd",
                None,
            ),
        ),
        (
            "Experience\nStaff Nurse (Band 5) | 2018 – 2022\n- Wards.\n",
            ("Staff Nurse (Band 5)", None, None),  # a band is no employer
        ),
    ],
)
def test_title_employer_and_department(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    role = analyse_cv(text).roles[0]
    assert (role.title, role.employer, role.department) == expected


def test_the_name_and_headline_after_a_sidebar_are_no_credentials() -> None:
    text = (
        "Contact\nomar.haddad.ceng@example.com\n"
        "Qualifications\nCEng, IMechE (2021)\n"
        "Education\nMEng Mechanical Engineering, University of Bath, 2014\n"
        "Omar Haddad CEng\nReliability Engineer\n"
        "Profile\nReliability engineer with ten years in rail and energy.\n"
    )
    profile = analyse_cv(text)
    assert profile.education == ("MEng Mechanical Engineering, University of Bath, 2014",)
    assert "Omar Haddad CEng" not in profile.certifications


# --- more ways of writing a range still running ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Groundworker | Galloway Ltd | 2019 onwards", (2019, None)),
        ("May 2019 - till date", (2019, 5)),
        ("March 2019 – to present", (2019, 3)),
    ],
)
def test_open_ranges(line: str, start: tuple[int, int | None]) -> None:
    found = find_range(line)
    assert found is not None and found.is_current
    assert (found.start_year, found.start_month) == start


def test_onwards_in_prose_is_no_range() -> None:
    assert find_range("Sales rose from 2019 onwards every year") is None


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Barista | Bean Co | Jan 15 - Dec 18", (2015, 1, 2018, 12)),
        ("Sept 19 – present", (2019, 9, None, None)),
        ("Nov 98 – Feb 02", (1998, 11, 2002, 2)),
    ],
)
def test_month_names_with_two_digit_years(line: str, span: tuple[int, ...]) -> None:
    found = find_range(line)
    assert found is not None
    assert (found.start_year, found.start_month, found.end_year, found.end_month) == span


def test_days_of_a_month_are_no_range_of_years() -> None:
    with as_of(date(2026, 1, 15)):
        assert find_range("Festival crew, June 13 – June 30") is None
    assert find_range("Scored 7/10 – 9/10 in audits") is None


def test_a_job_below_an_employer_and_place_line_is_the_title() -> None:
    text = (
        "Experience\n"
        "**Hillside Primary School, Bristol** — Sept 2013 – July 2019\n"
        "*Class Teacher (0.6 FTE)*\n"
        "* Taught Year 2.\n"
    )
    role = analyse_cv(text).roles[0]
    assert (role.title, role.employer, role.location) == (
        "Class Teacher (0.6 FTE)",
        "Hillside Primary School",
        "Bristol",
    )


def test_an_employer_with_its_own_dates_heads_the_dated_jobs_below() -> None:
    text = (
        "Experience\n"
        "Hillside Primary School, Bristol | 2013 – 2019\n"
        "Class Teacher (2013 – 2016)\n"
        "Phase Leader (2016 – 2019)\n"
        "- Led KS1.\n"
    )
    assert _roles(text) == [
        ("Phase Leader", "Hillside Primary School"),
        ("Class Teacher", "Hillside Primary School"),
    ]


# --- field terms the lexicon lacked ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Completed parenting capacity assessments for the family court.", "Parenting Assessment"),
        ("Led journal entry testing on 12 group audits.", "Journal Testing"),
        ("Weekly site inspections with the clerk of works.", "Site Inspections"),
        ("Case-holder for eight children in care proceedings.", "Public Law Outline"),
    ],
)
def test_field_terms(line: str, skill: str) -> None:
    assert skill in [s.name for s in extract_skills(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Completed the ILM Level 5 Certificate in Leadership and Management in 2022.",
            "ILM Level 5 Certificate in Leadership and Management",
        ),
        (
            "- Holds an NVQ Level 3 in Health and Social Care.",
            "NVQ Level 3 in Health and Social Care",
        ),
    ],
)
def test_a_qualification_named_in_a_bullet_is_a_certificate(line: str, expected: str) -> None:
    text = f"Experience\nCare Team Leader | Meadowbank Care Home | 2019 – present\n{line}\n"
    assert expected in analyse_cv(text).certifications


def test_a_lower_case_certificate_in_prose_is_none() -> None:
    assert named_qualifications("I have a certificate in patience.") == []


# --- role lines that carry terms, progressions and dated parts ------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Dog Groomer (self-employed at Waggy Tails Ltd) | Jun 2013 – Aug 2016",
            ("Dog Groomer", "Waggy Tails Ltd"),
        ),
        (
            "Translator (freelance, for Lingua Partners GmbH) | 2018 – 2020",
            ("Translator", "Lingua Partners GmbH"),
        ),
        (
            "Florist (part-time) | Petal & Stem Ltd | 2015 – 2016",
            ("Florist (part-time)", "Petal & Stem Ltd"),
        ),
    ],
)
def test_a_bracket_of_job_terms_names_the_employer_after_at_or_for(
    line: str, expected: tuple[str, str]
) -> None:
    assert _roles(f"Experience\n{line}\n- Served regular clients every week.\n") == [expected]


def test_a_title_that_grew_keeps_its_later_part() -> None:
    text = (
        "Experience\nBox Office Assistant, later Box Office Supervisor\n"
        "Lyceum Theatre Trust, Sheffield\nAug 2012 – Jan 2020\n- Sold tickets.\n\n"
        "Porter, then Signaller | Network Rail | 2008 - 2012\n- Ran the box.\n"
    )
    assert _roles(text) == [
        ("Box Office Assistant, later Box Office Supervisor", "Lyceum Theatre Trust"),
        ("Porter, then Signaller", "Network Rail"),
    ]


def test_an_open_date_on_part_of_a_title_is_not_the_job_dates() -> None:
    text = (
        "Experience\nLibrary Assistant and Stock Coordinator (from 2018)\n"
        "Kirklees Libraries — Sept 2013 – July 2019\n- Ran stock rotation.\n\n"
        "Volunteer Guide (from 2020)\nHill Museum Trust\n- Led tours.\n"
    )
    roles = analyse_cv(text).roles
    assert [(r.title, r.start_year, r.end_year) for r in roles] == [
        ("Volunteer Guide", 2020, None),
        ("Library Assistant and Stock Coordinator (from 2018)", 2013, 2019),
    ]


def test_a_bare_unit_before_a_trust_is_its_department() -> None:
    text = (
        "Experience\nSonographer (Band 6)\nOctober 2017 – December 2020\n"
        "Radiology, Moorland Health NHS Foundation Trust, Moorland General Hospital\n"
        "- Scanned 20 patients a day.\n"
    )
    (role,) = analyse_cv(text).roles
    assert (role.employer, role.department) == ("Moorland Health NHS Foundation Trust", "Radiology")


def test_registration_and_cpd_table_rows_are_certificates() -> None:
    text = (
        "Education\nBSc (Hons) Podiatry, University of Salford, 2016–2019\n"
        "Registration & CPD\nCourse | Provider | Year\n"
        "HCPC registration (CH12345) | Health and Care Professions Council | 2019\n"
        "Nail Surgery Certificate | College of Podiatry | 2021\n"
    )
    cv = analyse_cv(text)
    assert "Nail Surgery Certificate" in cv.certifications
    assert "Registration & CPD" not in cv.certifications
    assert not any("Nail Surgery" in e for e in cv.education)


def test_a_non_degree_under_education_and_qualifications_is_a_certificate() -> None:
    text = (
        "EDUCATION & QUALIFICATIONS\nForklift Instructor Award (Counterbalance) – RTITB, 2019\n"
        "BA (Hons) History, University of York, 2012\n"
    )
    cv = analyse_cv(text)
    assert cv.certifications == ("Forklift Instructor Award (Counterbalance) – RTITB, 2019",)
    assert cv.education == ("BA (Hons) History, University of York, 2012",)


def test_an_adjective_label_is_a_group_and_references_close_the_list() -> None:
    text = (
        "Skills\n• Culinary: laminated doughs, sourdough, viennoiserie\n"
        "• Member of the Craft Bakers Association and the Guild of Fine Food (associate)\n"
        "References available on request.\n"
    )
    names = {s.name for s in analyse_cv(text).listed_skills}
    assert "Culinary" not in names
    assert not any("References" in n for n in names)
    assert "Sourdough" in names


def test_on_call_is_incident_work_only_beside_systems() -> None:
    assert "Incident Management" not in {
        s.name for s in extract_skills("On-call respiratory rota for the wards from 2020.")
    }
    assert "Incident Management" in {
        s.name for s in extract_skills("On-call for production servers; cut outages by half.")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hartwell & Shaw Estate Agents", True),
        ("Pryor and Quennell Funeral Directors", True),
        ("Sales & Marketing Manager", False),
        ("Health and Safety Advisor", False),
        ("Marketing & Comms Officer", False),
        # Fields of medicine or study the dictionary lacks are no partners' names.
        ("Diabetes and Endocrinology", False),
        ("Rheumatology & Orthopaedics", False),
    ],
)
def test_a_firm_named_after_its_partners(text: str, expected: bool) -> None:
    from interview_core.language.cv import names_partners

    assert names_partners(text) is expected


def test_a_partners_firm_with_a_job_word_is_the_employer_not_the_title() -> None:
    text = (
        "Experience\nSenior Funeral Arranger\n"
        "Pryor and Quennell Funeral Directors, Ipswich — Jan 2021 – present\n"
        "- Arranged 140 funerals a year.\n"
    )
    assert _roles(text) == [("Senior Funeral Arranger", "Pryor and Quennell Funeral Directors")]


def test_a_specialty_after_the_title_gives_way_to_the_employer_below() -> None:
    text = (
        "## Experience\n\n**Dietitian (Band 6), Diabetes and Endocrinology**\n"
        "University Hospitals of Leicester NHS Trust | 2022 – Current\n"
        "- Manage a caseload of 60 adults with diabetes.\n"
    )
    assert _roles(text)[0][1] == "University Hospitals of Leicester NHS Trust"


def test_eicr_is_electrical_work_only_when_the_candidate_tests() -> None:
    booked = extract_skills("Booked gas safety and EICR inspections for 90 landlords.")
    tested = extract_skills("Carried out EICRs and remedial works on domestic circuits.")
    assert "Electrical Engineering" not in {s.name for s in booked}
    assert "Electrical Engineering" in {s.name for s in tested}


def test_a_line_of_work_after_the_title_gives_way_to_the_named_employer() -> None:
    text = (
        "Experience\nSenior Adjuster – Marine Cargo,\nHollis Mutual Assurance\n03.2021 – now\n"
        "- Settled 300 cargo claims a year.\n"
    )
    assert _roles(text) == [("Senior Adjuster – Marine Cargo", "Hollis Mutual Assurance")]


def test_a_firm_name_wrapped_before_its_legal_ending_is_joined() -> None:
    text = (
        "Experience\nTranslator, Legal Team – Vantorri\nLanguage Services Ltd, Leeds\n"
        "09.2017 – 02.2021\n- Translated 400 contracts.\n"
    )
    assert _roles(text) == [("Translator", "Vantorri Language Services Ltd")]


def test_a_registration_table_led_by_the_body_names_what_it_registered() -> None:
    text = (
        "REGISTRATION AND MEMBERSHIP\nBody | Registration | Number\n"
        "General Optical Council | Dispensing Optician | DO12345\n"
        "Association of British Dispensing Opticians | Fellow (FBDO) | 88213\n"
    )
    assert analyse_cv(text).certifications == (
        "General Optical Council – Dispensing Optician",
        "Association of British Dispensing Opticians – Fellow (FBDO)",
    )


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Claims Handler, Northwold Insurance plc, Norwich", "PLC Programming", False),
        ("Fault-finding on Siemens S7 PLCs and conveyor drives", "PLC Programming", True),
        ("Underwrite commercial property and liability risks", "Conveyancing", False),
        ("Commercial property leases, title reports and completions", "Conveyancing", True),
        ("Insured manufacturing, warehousing and real estate risks", "Warehouse Operations", False),
        ("Ran warehousing for three clients with 40 pickers", "Warehouse Operations", True),
    ],
)
def test_a_word_of_another_trade_needs_that_trade_beside_it(
    line: str, skill: str, found: bool
) -> None:
    assert (skill in {s.name for s in extract_skills(line)}) is found


def test_new_business_is_sales_only_beside_selling() -> None:
    assert "New Business Sales" not in {
        s.name for s in extract_skills("Adjust new business and renewal claims for fleet insurers")
    }
    assert "New Business Sales" in {
        s.name for s in extract_skills("Won £300k of new business, 120% of quota")
    }


@pytest.mark.parametrize(
    "line",
    [
        "No lost-time accidents across the three kitchens since 2021.",
        "Ran COSHH and manual handling training for 30 cleaners.",
        "Emergency First Aid at Work, 2024",
    ],
)
def test_safety_shown_in_plain_words_is_health_and_safety(line: str) -> None:
    from interview_core.language.skills import implied_skills

    found = extract_skills(line)
    names = {s.name for s in found} | {s.name for s in implied_skills(found)}
    assert "Health and Safety" in names


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Lead the weekend kitchen team (4 chefs, 2 porters) at the Bell", "Leadership", True),
        ("Led the migration of 40 services to the new cluster", "Leadership", False),
        ("Supervise, train and develop library assistants and volunteers", "Supervision", True),
        ("Manage and rota a team of nine herdspersons", "People Management", True),
        ("Manage a caseload of 28 adults", "People Management", False),
    ],
)
def test_leading_people_is_read_from_the_people_led(line: str, skill: str, found: bool) -> None:
    assert (skill in {s.name for s in extract_skills(line)}) is found


def test_leading_reads_only_the_people_that_follow() -> None:
    names = {
        s.name
        for s in extract_skills(
            "Lead the technical design of three schemes through planning, working closely with "
            "the client team"
        )
    }
    assert "Leadership" not in names
    assert "Leadership" in {
        s.name for s in extract_skills("Lead two branch libraries with a team of 7 staff")
    }


def test_tilde_and_plus_bullets_are_bullets() -> None:
    from interview_core.language.layout import clean, is_bullet

    assert is_bullet("  ~ write site-specific risk assessments for each job")
    assert clean("+ climbed and rigged 40 m conifers") == "climbed and rigged 40 m conifers"
    assert not is_bullet("+44 7700 900 248")


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Setting out the drop zone and briefing the ground crew", "Reading Drawings", False),
        ("Setting out footings and levels from the drawings", "Reading Drawings", True),
        ("Wrote case studies of our social value for tenders", "Customer Advocacy", False),
        ("Led the service improvement project for hearing aid reviews", "Service Delivery", False),
    ],
)
def test_a_phrase_of_one_trade_is_not_a_skill_of_another(
    line: str, skill: str, found: bool
) -> None:
    assert (skill in {s.name for s in extract_skills(line)}) is found


def test_theatre_credits_name_the_company_not_the_show() -> None:
    text = (
        "STAGE MANAGEMENT CREDITS\n"
        "Deputy Stage Manager (on the book)\n"
        '"The Glass Menagerie" – Live Theatre, Newcastle      Feb–Apr 2025\n'
        "Called 240 cues a show across a four-week run with no missed calls.\n\n"
        "Company Stage Manager (tour)\n"
        "“Small Island” – Eclipse Touring                      Sept–Dec 2024\n"
        "Managed a £18k running budget and a team of 3 across 9 venues.\n"
        "TRAINING\n"
        "BA (Hons) Stage Management, Royal Welsh College of Music & Drama, 2019\n"
        "Emergency First Aid at Work, 2024\n"
    )
    assert _roles(text) == [
        ("Deputy Stage Manager (on the book)", "Live Theatre"),
        ("Company Stage Manager (tour)", "Eclipse Touring"),
    ]
    profile = analyse_cv(text)
    # Under "Training" a degree is still a degree.
    assert profile.education == (
        "BA (Hons) Stage Management, Royal Welsh College of Music & Drama, 2019",
    )
    assert profile.certifications == ("Emergency First Aid at Work, 2024",)


def test_a_field_of_science_beside_the_title_gives_way_to_the_named_lab_below() -> None:
    text = (
        "EMPLOYMENT\n"
        "Senior Scientist – Food Microbiology                      2022 – Present\n"
        "Eurofins Food Testing UK, Wolverhampton\n"
        "  • Lead a team of 5 analysts testing 1,200 samples a week\n"
    )
    assert _roles(text) == [("Senior Scientist – Food Microbiology", "Eurofins Food Testing UK")]
