"""Towns beside a title are locations, not employers; "Key achievements" inside a role does
not end the experience; "or NPORS equivalent" names the other body's card. Invented CVs
from fields the development set does not hold."""

from __future__ import annotations

import pytest

from interview_core.language.cv import looks_like_title
from interview_core.language.field_skills import field_skills
from interview_core.language.places import is_place
from interview_core.language.profile import analyse_cv, analyse_job


@pytest.mark.parametrize(
    "text",
    ["Leeds", "Leeds, UK", "Harrogate", "Milton Keynes", "Remote", "Lyon, France", "Wetherby"],
)
def test_towns_regions_and_countries_are_places(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize(
    "text",
    [
        "Womenswear",  # a line of work
        "Kew Gardens",  # a venue that employs people, though a district shares its name
        "Argos",  # a brand named like a town
        "March",  # a month first
        "Bindery Team",
        "leeds",  # places are written with a capital
        "Hartfield Stores Ltd",
    ],
)
def test_lines_of_work_venues_brands_and_teams_are_no_places(text: str) -> None:
    assert not is_place(text)


_TOWNS = """Experience
Sommelier – Edinburgh | 2021 – present
The Balmoral Hotel
• Ran a wine list of 400 bins.
Piano Tuner – Harrogate | 2017 – 2021
• Tuned 600 pianos a year.
Bookbinder, Conservation – York
Minster Bindery Ltd | 2014 – 2017
• Rebound 200 parish registers.
"""


def test_a_town_beside_the_title_is_where_the_job_was_not_the_employer() -> None:
    roles = analyse_cv(_TOWNS, this_year=2026).roles
    assert [(r.title, r.employer, r.location) for r in roles] == [
        ("Sommelier", "The Balmoral Hotel", "Edinburgh"),
        ("Piano Tuner", None, "Harrogate"),  # no employer named: none invented
        ("Bookbinder, Conservation", "Minster Bindery Ltd", "York"),
    ]


_SUB_HEADING = """FARRIER
Experience
Farrier | Hale Forge, Ludlow | 2019 – present
- Shod 40 horses a week
Key achievements:
- Won the county shoeing competition in 2022
Apprentice Farrier, Ridgeway Farriery
- Forged 300 shoes under supervision
- Trimmed hooves for the riding school
Education
Diploma in Farriery, Hereford College
"""


def test_key_achievements_inside_a_role_does_not_end_the_experience() -> None:
    cv = analyse_cv(_SUB_HEADING, this_year=2026)
    assert [(r.title, r.employer) for r in cv.roles] == [
        ("Farrier", "Hale Forge"),
        ("Apprentice Farrier", "Ridgeway Farriery"),
    ]
    assert "Won the county shoeing competition in 2022" in cv.roles[0].highlights


_TOP_LEVEL = """Experience
Stage Manager | Lyric Theatre Company Ltd | 2020 – present
- Called 300 performances
Achievements
- Best Stage Manager, Regional Theatre Awards 2023
Education
BA Theatre Production, Rose Bruford College
"""


def test_an_achievements_section_headed_like_the_others_stays_a_section() -> None:
    cv = analyse_cv(_TOP_LEVEL, this_year=2026)
    assert len(cv.roles) == 1
    assert not cv.roles[0].highlights[1:]
    assert any("Regional Theatre Awards" in a.text for a in cv.projects)


def _names(requirement: str) -> list[str]:
    job = analyse_job("Site Supervisor", "Acme", f"Requirements\n- {requirement}\n")
    return [f.name for f in field_skills(job)]


def test_another_bodys_equivalent_is_that_bodys_card_of_the_same_name() -> None:
    names = _names("CPCS Crane Supervisor (A62) or NPORS equivalent")
    assert "NPORS equivalent" not in names
    assert {"CPCS Crane Supervisor", "NPORS Crane Supervisor"} <= set(names)


def test_an_equivalent_of_a_qualification_names_only_the_other_body() -> None:
    names = _names("NVQ Level 3 in Farriery or BAL equivalent")
    assert "BAL equivalent" not in names
    assert not any(n.startswith("BAL Level") for n in names)


_SAME_STYLE = """Experience
Company Stage Manager | Lyric Theatre Company Ltd | 2023 – present
- Ran a company of 25
Key achievements
- Kept a 28-week tour on budget
Props Assistant
Hall Green Little Theatre
- Made props for six productions
Volunteering
Youth Theatre Leader, Stage2 Birmingham (current)
- Run weekly workshops for 20 young people
"""


def test_roles_after_an_achievements_list_headed_like_the_section_are_read() -> None:
    roles = analyse_cv(_SAME_STYLE, this_year=2026).roles
    assert [(r.title, r.employer) for r in roles] == [
        ("Company Stage Manager", "Lyric Theatre Company Ltd"),
        # a digit inside a name is part of the name, not a project's figure
        ("Youth Theatre Leader", "Stage2 Birmingham"),
        ("Props Assistant", "Hall Green Little Theatre"),
    ]


_TABLE = (
    "Employment History\n"
    "Dates\tRole\tEmployer\n"
    "Apr 2022 – Present\tLegal Adviser\tHM Courts & Tribunals Service, Manchester\n"
    "Jan 2018 – Aug 2019\tListing Officer\tSalford Crown Court\n"
    "\n"
    "Work history\n"
    "Nordvind Service AS, Stavanger          2019 – 2021\n"
    "Wind Turbine Technician\n"
    "- Offshore rotations\n"
    "Broadwood Pianos          Summer 2014\n"
    "Workshop Apprentice\n"
    "- Action rebuilding\n"
)


def test_a_table_flattened_with_tabs_or_column_gaps_keeps_its_cells_apart() -> None:
    roles = analyse_cv(_TABLE, this_year=2026).roles
    assert [(r.title, r.employer) for r in roles] == [
        ("Legal Adviser", "HM Courts & Tribunals Service"),
        ("Wind Turbine Technician", "Nordvind Service AS"),  # "AS" is a legal ending
        ("Listing Officer", "Salford Crown Court"),
        ("Workshop Apprentice", "Broadwood Pianos"),  # a season in a column of its own
    ]


_EMPLOYER_FIRST = """Experience
Steinway & Sons, London          Jan 2016 – Dec 2019
Concert Piano Technician
- Prepared concert grands for 120 recitals a year
Mar 2017 - Dec 2020 | Countryside Ranger | National Trust, Longshaw Estate
- Led 60 volunteers on path repair
Vineyard Manager, Ridgeview Estate — West Sussex | 2020 – present
- 40 hectares of Chardonnay
"""


def test_an_employer_beside_its_town_is_no_title_and_a_named_site_is_no_employer() -> None:
    roles = analyse_cv(_EMPLOYER_FIRST, this_year=2026).roles
    assert [(r.title, r.employer, r.location) for r in roles] == [
        ("Vineyard Manager", "Ridgeview Estate", "West Sussex"),
        ("Countryside Ranger", "National Trust", "Longshaw Estate"),
        ("Concert Piano Technician", "Steinway & Sons", "London"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Bookbinder",
        "Toolmaker",
        "Harbourmaster",
        "Groundsman",
        "Signwriter",
        "Luthier",
        "Piano Tuner",
    ],
)
def test_trades_named_by_their_ending_or_their_word_are_titles(title: str) -> None:
    cv = analyse_cv(f"Experience\n{title} | Hale & Moss Ltd | 2020 – present\n- Work.\n")
    assert [(r.title, r.employer) for r in cv.roles] == [(title, "Hale & Moss Ltd")]


@pytest.mark.parametrize("text", ["Binder", "Master", "Jo Wainwright"])
def test_an_ending_alone_or_a_surname_is_no_title(text: str) -> None:
    assert not looks_like_title(text)


def test_a_grade_tail_is_cut_before_the_or_can_part_it() -> None:
    names = _names("IRATA Level 1 or above")
    assert names == ["IRATA Level 1"]
    assert "above" not in [a for f in _fields("IRATA Level 1 or above") for a in f.alternatives]


def test_two_adjectives_sharing_one_noun_name_two_whole_alternatives() -> None:
    assert _names("BSc in Animal or Veterinary Science") == [
        "BSc in Animal Science",
        "BSc in Veterinary Science",
    ]


def _fields(requirement: str) -> list:
    job = analyse_job("Site Supervisor", "Acme", f"Requirements\n- {requirement}\n")
    return field_skills(job)


_FORM = """Work experience
Job title: Community Fundraising Manager
Employer: Hospice of the Downs, Brighton
Dates: March 2022 – present
- Ran 40 community events a year
Position: Events Assistant
Company: Brighton Dome
Period: 2016 – 2018
- Box office and front of house
"""


def test_a_forms_field_labels_are_not_part_of_the_title_or_the_employer() -> None:
    roles = analyse_cv(_FORM, this_year=2026).roles
    assert [(r.title, r.employer) for r in roles] == [
        ("Community Fundraising Manager", "Hospice of the Downs"),
        ("Events Assistant", "Brighton Dome"),
    ]


@pytest.mark.parametrize("title", ["Senior Conveyancer", "Clinical Coder", "Community Fundraiser"])
def test_common_job_nouns_the_lists_lacked_are_titles(title: str) -> None:
    assert looks_like_title(title)
