"""Structural reading on CVs and jobs from fields the lexicon was not grown for.

The fixtures (`fixtures/`) are written for these tests: an electrician, a social worker,
airline cabin crew, a journalist, a civil engineer, a veterinary nurse, a retail store
manager. Nothing here may be tuned on the evaluation's heldout pairs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_core.language.cv import LISTED
from interview_core.language.profile import analyse_cv, evidence_for, shows

FIXTURES = Path(__file__).parent / "fixtures"


def _cv(name: str):
    return analyse_cv((FIXTURES / name).read_text(encoding="utf-8"), this_year=2026)


# --- 1. skills the CV itself lists ----------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "items"),
    [
        (
            "electrician_cv.txt",
            # pipe-separated, then a line of columns parted by runs of spaces
            # ("Fault finding" is a lexicon skill now, read as one)
            {"Cable containment", "Three-phase installation", "Solar PV"},
        ),
        ("social_worker_cv.md", {"Signs of Safety", "Genograms", "Life-story work"}),
    ],
)
def test_unknown_items_of_a_skills_section_are_skills_with_their_line(
    fixture: str, items: set[str]
) -> None:
    cv = _cv(fixture)
    names = {s.name for s in cv.listed_skills}
    assert items <= names
    assert all(s.category == LISTED for s in cv.listed_skills)
    assert items <= {s.name for s in cv.all_skills}
    for item in items:
        found = evidence_for(cv, item)
        assert found is not None and item in found.line
        assert found.section == "skills"
        assert cv.has(cv.listed_skill(item))  # type: ignore[arg-type]


def test_a_listed_item_is_found_whatever_its_case_or_plural() -> None:
    cv = _cv("social_worker_cv.md")
    assert cv.listed_skill("genogram") is not None
    assert shows(cv, "signs of safety")
    assert not shows(cv, "Sign language")


def test_an_answer_can_show_a_listed_item() -> None:
    cv = analyse_cv("Skills\nRiver crossings, Rope rescue\n")
    skill = cv.listed_skill("Rope rescue")
    assert skill is not None
    found = evidence_for(cv, skill, ["I led a rope rescue on the Tees in 2022."])
    assert found is not None and found.section == "skills"


@pytest.mark.parametrize(
    "line",
    [
        "References available on request.",  # a sentence, not a list
        "Area | Tools",  # a table's header row
    ],
)
def test_lines_that_are_not_lists_give_no_items(line: str) -> None:
    cv = analyse_cv(f"SKILLS\n{line}\nDrafting | Sub-editing, Shorthand\n")
    names = {s.name for s in cv.listed_skills}
    assert not names & {"References available on request", "Area", "Tools", "Drafting"}
    assert {"Sub-editing", "Shorthand"} <= names


def test_the_candidates_own_name_is_no_skill() -> None:
    cv = analyse_cv(
        "Skills\nDrone photography\nLanguages\nEnglish (native), Welsh (fluent)\nMaya Price\n"
        "Contact: maya.price@example.com\n"
    )
    names = {s.name for s in cv.listed_skills}
    assert "Maya Price" not in names
    assert "Drone photography" in names
    assert cv.spoken_languages == ("English", "Welsh")


# --- 2. requirements the lexicon does not know --------------------------------------------


def _civil():
    from interview_core.language.profile import analyse_job

    cv = _cv("civil_engineer_cv.txt")
    job = analyse_job(
        "Principal Civil Engineer",
        "Afon Consulting",
        (FIXTURES / "civil_engineer_job.txt").read_text(encoding="utf-8"),
    )
    return cv, job


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("Proven experience of sustainable drainage design", "sustainable drainage design"),
        ("Knowledge of employment law", "employment law"),
        ("3+ years' experience in a busy newsroom", "busy newsroom"),
        ("Strong understanding of CDM 2015 (essential)", "CDM 2015"),
        ("Experience with Xero, ideally in a multi-entity group", "Xero"),
        ("Able to work under pressure", "work under pressure"),
    ],
)
def test_a_requirement_becomes_its_subject(line: str, phrase: str) -> None:
    from interview_core.language.job import need_phrase

    assert need_phrase(line) == phrase


def test_every_requirement_and_duty_is_a_need_with_its_line() -> None:
    _, job = _civil()
    kinds = {n.line: n.kind for n in job.asks}
    assert kinds["Proven experience of sustainable drainage design"] == "requirement"
    assert kinds["Review temporary works designs"] == "duty"
    cdm = next(n for n in job.asks if "CDM" in n.line)
    assert "CDM 2015" in cdm.terms


def test_a_need_the_cv_shows_in_its_own_words_is_shown() -> None:
    from interview_core.language.evidence import evidence_for_need

    cv, job = _civil()
    by_phrase = {n.phrase: n for n in job.asks}
    drainage = evidence_for_need(cv, by_phrase["sustainable drainage design"])
    assert drainage is not None and "SuDS" in drainage.line
    flood = evidence_for_need(cv, by_phrase["flood risk assessment"])
    assert flood is not None and flood.section == "skills"
    section = evidence_for_need(cv, by_phrase["Section 278 and Section 104 agreements"])
    assert section is not None and section.term in ("Section 278", "Section 104")
    # The CV models drainage, not culverts: this one is really not shown.
    assert evidence_for_need(cv, by_phrase["hydraulic modelling for culverts"]) is None


def test_a_skill_asked_for_in_a_line_naming_a_term_the_cv_names_is_shown() -> None:
    # "Ensure compliance with CDM 2015" asks for regulatory compliance; the CV names CDM 2015.
    from interview_core.language.skills import skill_named

    cv, job = _civil()
    compliance = skill_named("Regulatory Compliance")
    assert compliance in job.skills
    assert evidence_for(cv, compliance) is None  # the lexicon alone cannot tell
    found = evidence_for(cv, compliance, job=job)
    assert found is not None and found.term == "CDM 2015" and "CDM 2015" in found.line
    assert shows(cv, compliance, job=job)


def test_a_need_shown_only_in_an_answer() -> None:
    from interview_core.language.evidence import evidence_for_need

    cv, job = _civil()
    culverts = next(n for n in job.asks if "culverts" in n.line)
    found = evidence_for_need(
        cv, culverts, ["I built hydraulic models of culverts in Flood Modeller for the council."]
    )
    assert found is not None and found.section == "answer"


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "Ensure compliance with CDM 2015 and the Building Safety Act",
            ["CDM 2015", "Building Safety Act"],
        ),
        ("Knowledge of Section 278 and Section 104 agreements", ["Section 278", "Section 104"]),
        ("Experience of Signs of Safety", ["Signs of Safety"]),
        ("Strong Excel skills", ["Excel"]),
        ("Full UK driving licence", []),
        ("Delivered the scheme in March 2021", []),
        ("CIPD Level 5 qualified", ["CIPD Level 5"]),
    ],
)
def test_named_terms(text: str, terms: list[str]) -> None:
    from interview_core.language.text import named_terms

    assert named_terms(text) == terms


# --- 4. positions and the current role on layouts of other fields ---------------------------

LAYOUTS = {
    "title_then_employer_dates": """Experience
Firefighter
West Midlands Fire Service | Birmingham | Jan '19 – Present
- Crew member on a whole-time watch.
Retained Firefighter
Shropshire Fire and Rescue Service | Ludlow | Mar-2015 to Dec-2018
- On-call cover alongside my day job.
""",
    "employer_dates_then_title": """EMPLOYMENT
Riverside Housing Trust (2020 – present)
Tenancy Sustainment Officer
• Caseload of 60 tenants at risk of eviction.
Shelter (2017 – 2020)
Housing Adviser
• Ran the advice line for private renters.
""",
    "dates_first_line": """Work history
Jan 2021 – Present
Ecologist, Greenfield Environmental Consulting Ltd
- Bat and great crested newt surveys.
Jun 2018 – Dec 2020
Assistant Ecologist, Wild Surveys
- Phase 1 habitat surveys.
""",
    "title_at_employer_dash_dates": """Experience
Data Protection Officer at Northgate Building Society, Leeds — 2021 to date
 - Ran the GDPR programme.
Compliance Analyst at Yorkshire Bank, Leeds — 2017 to 2021
""",
    "freelance": """Experience
Freelance Photographer (Self-employed), 2018 – present
- Weddings, events and commercial shoots.
Photography Assistant, Lumen Studios, 2015 – 2018
""",
    "brand_no_orgword": """EXPERIENCE
Deliveroo — Operations Associate — Sep 2020 – Present
• Rider onboarding for the north-west.
Monzo — Customer Operations — Jan 2018 – Aug 2020
""",
    "table_dates_left": """Employment
2021 – present | Head of Year 9, Oakfield Academy
2016 – 2021 | Teacher of Geography, St Mary's Catholic School
""",
    "uppercase_employer_first": """CAREER HISTORY
NORTHUMBRIA POLICE
Detective Constable — CID | 2019 – Present
Police Constable — Response | 2015 – 2019
""",
    "all_in_one": """Experience
Acme Logistics Ltd | Leeds | Transport Planner | 2019 – 2021
Northway Freight | Hull | Planning Assistant | 2017 – 2019
""",
    "md_table": """## Experience
| Dates | Role | Employer |
|---|---|---|
| 2021 – present | Curator | Leeds Museums and Galleries |
| 2017 – 2021 | Assistant Curator | Hull Maritime Museum |
""",
    "employer_loc_title_dates": """Employment
Bright Futures Nursery — York
Room Leader
Jan 2019 – Present
- Led the toddler room.
Little Acorns — Selby
Nursery Practitioner
Jun 2016 – Dec 2018
""",
    "open_dash": """Experience
Lecturer in Law, University of Kent, Sept 2020 –
Associate Lecturer, Canterbury Christ Church University, 2017 – 2020
""",
    "tab_dates": """EXPERIENCE
Sous Director, Odeon Cinemas\t\tMay 2021 – present
Duty Manager, Vue Cinemas\t\t2018 – 2021
""",
    "industry_heading": """Aviation Experience
Flight Dispatcher, Loganair, Glasgow Airport, 2020 – present
Ramp Agent, Swissport, Glasgow Airport, 2018 – 2020
""",
    "title_dates_then_employer": """Experience
Warehouse Team Leader (2020 – present)
Amazon, Doncaster
- Led 30 associates.
Picker (2018 – 2020)
DHL Supply Chain, Doncaster
""",
    "previous_roles_heading": """Grace Holt
grace.holt@example.com | 07700 900 555
Employment History
Apr 2022 – Present | Operations Coordinator
Harbour Lights Theatre Trust, Bristol
Sep 2019 – Mar 2022 | Box Office Supervisor
Bristol Old Vic
Previous roles
Front of House Assistant | Colston Hall | Jun 2016 – Aug 2019
Usher, Tobacco Factory Theatres
Jan 2015 – May 2016
""",
    "bullet_roles": """Experience
* Head of Operations, Green Box Deliveries — 2022 – present
* Operations Manager, Green Box Deliveries — 2019 – 2022
""",
    "bullet_with_years_is_no_role": """Experience
Store Manager, Acme Ltd, 2019 – present
• Manager of the year, 2019 – 2020 region
• Led the 2021 – 2022 refit of 12 stores.
""",
    "maternity_cover": """Experience
Events Coordinator (Maternity Cover), Royal Albert Hall, London | Apr 2023 – Mar 2024
Events Assistant, Barbican Centre, London | Sep 2020 – Mar 2023
""",
    "slash_title": """Experience
Receptionist / Administrator, Brightsmile Dental Practice, 2019 – 2021
Dental Nurse, Riverside Dental Care, 2021 – present
""",
    "dash_employer_comma_location_brackets": """JAMES COLE
Leisure Operations

EXPERIENCE

Duty Manager - Everyone Active (Riverside Leisure Centre), Exeter
March 2022 - Present
* Run shifts of 12 lifeguards and reception staff.
* Cut pool closures by a third with a new rota
  and cover list.

Senior Lifeguard - Places Leisure (Hilltop Pool), Taunton
June 2018 - February 2022
* Trained 20 new lifeguards.
""",
    "same_employer_ampersand": """Priya Shah
Laboratory Experience
Senior Lab Technician | Johnson & Johnson, Leeds | Nov 2021 – present
▪ Run the QC lab.
Lab Technician | Johnson & Johnson, Leeds | Jun 2019 – Oct 2021
▪ Stability testing.
Lab Assistant | Hart & Co Analytical, York | Mar 2017 – May 2019
""",
    "description_line_bracket_note": """Experience
Brand Designer (Freelance) Jan 2023 – Present
Fox & Finch Studio
Independent design studio for food and drink brands.
- Led rebrands for 6 clients.
Junior Designer (Contract) Mar 2019 – Dec 2022
Pearson & Lowe
- Packaging design.
""",
    "team_after_title_employer_below": """Experience:
Caseworker, Immigration Team\tFeb 2023 – present
Citizens Advice Leeds, Advice Services
• Casework for 40 clients.
Support Worker\tSep 2020 – Jan 2023
St Anne's Community Services, Housing Support Team
• Key worker for 8 residents.
Volunteering:
Volunteer Adviser\tOct 2017 – May 2019
Shelter, Leeds Hub
""",
    "title_with_comma_employer_below": """Experience:
Assistant Buyer, Womenswear | Feb 2023 – present
Next plc, Head Office
• Ranges for 40 stores.
Merchandise Administrator | Sep 2020 – Jan 2023
River Island, Product Team
""",
}

EXPECTED = {
    "title_then_employer_dates": [
        ("Firefighter", "West Midlands Fire Service", True),
        ("Retained Firefighter", "Shropshire Fire and Rescue Service", False),
    ],
    "employer_dates_then_title": [
        ("Tenancy Sustainment Officer", "Riverside Housing Trust", True),
        ("Housing Adviser", "Shelter", False),
    ],
    "dates_first_line": [
        ("Ecologist", "Greenfield Environmental Consulting Ltd", True),
        ("Assistant Ecologist", "Wild Surveys", False),
    ],
    "title_at_employer_dash_dates": [
        ("Data Protection Officer", "Northgate Building Society", True),
        ("Compliance Analyst", "Yorkshire Bank", False),
    ],
    "freelance": [
        ("Freelance Photographer (Self-employed)", None, True),
        ("Photography Assistant", "Lumen Studios", False),
    ],
    "brand_no_orgword": [
        ("Operations Associate", "Deliveroo", True),
        ("Customer Operations", "Monzo", False),  # the CV's own order decides the guess
    ],
    "table_dates_left": [
        ("Head of Year 9", "Oakfield Academy", True),
        ("Teacher of Geography", "St Mary's Catholic School", False),
    ],
    "uppercase_employer_first": [
        ("Detective Constable", "Northumbria Police", True),
        ("Police Constable", "Northumbria Police", False),  # "Response" is the team
    ],
    "all_in_one": [
        ("Transport Planner", "Acme Logistics Ltd", False),
        ("Planning Assistant", "Northway Freight", False),
    ],
    "md_table": [
        ("Curator", "Leeds Museums and Galleries", True),
        ("Assistant Curator", "Hull Maritime Museum", False),
    ],
    "employer_loc_title_dates": [
        ("Room Leader", "Bright Futures Nursery", True),
        ("Nursery Practitioner", "Little Acorns", False),
    ],
    "open_dash": [  # "Sept 2020 –" with nothing after: still running
        ("Lecturer in Law", "University of Kent", True),
        ("Associate Lecturer", "Canterbury Christ Church University", False),
    ],
    "tab_dates": [
        ("Sous Director", "Odeon Cinemas", True),
        ("Duty Manager", "Vue Cinemas", False),
    ],
    "industry_heading": [  # "Aviation Experience" is a heading, not an employer
        ("Flight Dispatcher", "Loganair", True),
        ("Ramp Agent", "Swissport", False),
    ],
    "title_dates_then_employer": [
        ("Warehouse Team Leader", "Amazon", True),
        ("Picker", "DHL Supply Chain", False),
    ],
    "previous_roles_heading": [  # a Word table, then "Previous roles" as a plain line
        ("Operations Coordinator", "Harbour Lights Theatre Trust", True),
        ("Box Office Supervisor", "Bristol Old Vic", False),
        ("Front of House Assistant", "Colston Hall", False),
        ("Usher", "Tobacco Factory Theatres", False),
    ],
    "bullet_roles": [  # positions written as bullets
        ("Head of Operations", "Green Box Deliveries", True),
        ("Operations Manager", "Green Box Deliveries", False),
    ],
    "bullet_with_years_is_no_role": [("Store Manager", "Acme Ltd", True)],
    "maternity_cover": [
        ("Events Coordinator (Maternity Cover)", "Royal Albert Hall", False),
        ("Events Assistant", "Barbican Centre", False),
    ],
    "slash_title": [  # the running job first, though listed second
        ("Dental Nurse", "Riverside Dental Care", True),
        ("Receptionist / Administrator", "Brightsmile Dental Practice", False),
    ],
    "dash_employer_comma_location_brackets": [
        ("Duty Manager", "Everyone Active", True),
        ("Senior Lifeguard", "Places Leisure", False),
    ],
    "same_employer_ampersand": [
        ("Senior Lab Technician", "Johnson & Johnson", True),
        ("Lab Technician", "Johnson & Johnson", False),
        ("Lab Assistant", "Hart & Co Analytical", False),
    ],
    "description_line_bracket_note": [
        ("Brand Designer (Freelance)", "Fox & Finch Studio", True),
        ("Junior Designer (Contract)", "Pearson & Lowe", False),
    ],
    "team_after_title_employer_below": [  # the team beside the title is no employer
        ("Caseworker", "Citizens Advice Leeds", True),
        ("Support Worker", "St Anne's Community Services", False),
        ("Volunteer Adviser", "Shelter", False),
    ],
    "title_with_comma_employer_below": [  # the comma part belongs to the title
        ("Assistant Buyer, Womenswear", "Next plc", True),
        ("Merchandise Administrator", "River Island", False),
    ],
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_positions_on_layouts_of_other_fields(name: str) -> None:
    cv = analyse_cv(LAYOUTS[name], this_year=2026)
    assert [(r.title, r.employer, r.is_current) for r in cv.roles] == EXPECTED[name]


@pytest.mark.parametrize(
    ("fixture", "current"),
    [
        ("cabin_crew_cv.txt", ("Senior Cabin Crew Member (CSD relief)", "British Airways")),
        ("journalist_cv.md", ("Senior Reporter", "The Northern Echo")),
        ("vet_nurse_cv.txt", ("Registered Veterinary Nurse", "Riverside Veterinary Centre")),
        ("store_manager_cv.txt", ("Store Manager", "Aldi Stores Ltd")),
        ("electrician_cv.txt", ("Approved Electrician", "Brightwire Electrical Services Ltd")),
        (
            "civil_engineer_cv.txt",
            ("Senior Civil Engineer", "Hafren Infrastructure Consultants LLP"),
        ),
        ("social_worker_cv.md", ("Senior Social Worker", "Leicestershire County Council")),
    ],
)
def test_current_role_of_fixture_cvs(fixture: str, current: tuple[str, str]) -> None:
    cv = _cv(fixture)
    role = cv.current_role
    assert role is not None and role.is_current
    assert (role.title, role.employer) == current
    assert len(cv.roles) >= 2


@pytest.mark.parametrize(
    ("text", "start", "end", "running"),
    [
        ("Jan '19 – Present", (2019, 1), None, True),
        ("Mar-2019 to Jun-2021", (2019, 3), (2021, 6), False),
        ("Jan ’18 – Dec ’20", (2018, 1), (2020, 12), False),
    ],
)
def test_more_date_forms(text, start, end, running) -> None:
    from interview_core.language.dates import find_range

    found = find_range(text)
    assert found is not None
    assert (found.start_year, found.start_month) == start
    assert (None if end is None else (found.end_year, found.end_month)) == end
    assert found.is_current is running


def test_only_needs_nothing_shows_may_be_called_missing() -> None:
    from interview_core.language.profile import evidence_for_need

    cv, job = _civil()

    def missing(answers: list[str]) -> list[str]:
        requirements = [n for n in job.asks if n.kind == "requirement"]
        return [n.phrase for n in requirements if evidence_for_need(cv, n, answers) is None]

    assert missing([]) == ["hydraulic modelling for culverts"]
    assert missing(["I modelled culverts in HEC-RAS."]) == []


def test_a_list_of_measures_is_no_list_of_skills() -> None:
    cv = analyse_cv("Key Skills\nKPIs: AHT, FCR, abandonment rate\nTools: Genesys, Verint\n")
    names = {s.name for s in cv.listed_skills}
    assert not names & {"AHT", "FCR", "abandonment rate"}
    assert {"Genesys", "Verint"} <= names
