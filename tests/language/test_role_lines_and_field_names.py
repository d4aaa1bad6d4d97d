"""Role lines and job skills read as a recruiter reads them: a long role line with its sites,
a show's name in quotes beside the job, words that need their field's context, and job skill
names in the advert's own words. CVs and adverts invented for the test (cartography, film
sound, water treatment, care, gemmology, conveyancing), in no evaluation set."""

from __future__ import annotations

import pytest

from interview_core.language.field_skills import field_skill_coverage, field_skills
from interview_core.language.profile import analyse_cv, analyse_job
from interview_core.language.skills import extract_skills

CARTOGRAPHER = """Isla Munro
Inverness | 07700 900123 | isla@example.com

Experience
Senior Cartographer — Ordnance Mapping Partnership, survey contracts for the Highland, Moray and Argyll and Bute councils
May 2020 – present
• Produced 140 flood-risk map sheets a year for three councils.

Junior Cartographer — Glenmore Surveys, Aberdeen
June 2016 – April 2020
• Digitised 1,200 estate plans.
"""


def test_a_long_role_line_with_its_sites_over_its_dates_is_the_current_role() -> None:
    roles = analyse_cv(CARTOGRAPHER, this_year=2026).roles
    assert [(r.title, r.employer, r.is_current) for r in roles] == [
        ("Senior Cartographer", "Ordnance Mapping Partnership", True),
        ("Junior Cartographer", "Glenmore Surveys", False),
    ]


def test_a_long_sentence_over_dates_is_no_role() -> None:
    cv = """Name

Experience
I spent the years below working across the islands on contract, mostly for small estates and two councils
May 2020 – present
• Produced map sheets.
"""
    roles = analyse_cv(cv, this_year=2026).roles
    assert not any("islands" in (r.title + str(r.employer)) for r in roles)


@pytest.mark.parametrize(
    "line",
    [
        'Boom Operator — "Low Tide at Kessock" feature film, Firthlight Pictures',
        "Boom Operator | “Low Tide at Kessock” feature film | Firthlight Pictures",
    ],
)
def test_a_quoted_production_beside_the_job_is_neither_title_nor_employer(line: str) -> None:
    cv = f"Name\n\nExperience\n{line}\nMarch 2023 – October 2023\n• Recorded dialogue.\n"
    role = analyse_cv(cv, this_year=2026).roles[0]
    assert (role.title, role.employer) == ("Boom Operator", "Firthlight Pictures")


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        # SCADA is watched and analysed by many trades; programming it is PLC work
        ("SCADA alarm monitoring for 14 pumping stations", "PLC Programming", False),
        ("Programmed S7 PLCs and configured the SCADA HMI", "PLC Programming", True),
        # manual handling is a safety course in any trade; care is moving people
        ("Manual handling, forklift and racking inspection", "Personal Care", False),
        ("Manual handling of residents using hoists on a dementia unit", "Personal Care", True),
        # several sites of a hotel group are no store
        ("Multi-site experience across a hotel group", "Store Management", False),
        ("Multi-site retail experience across 12 stores", "Store Management", True),
        # a benefit paid at the employer's discretion asks for no quality
        ("Bonus paid at the company's discretion", "Professionalism", False),
        # the CV's own words: staff training, not an HR department's name for it
        ("Staff training, cellar management", "Learning and Development", False),
        ("Staff training, cellar management", "Staff Training", True),
    ],
)
def test_words_that_need_their_field(line: str, skill: str, found: bool) -> None:
    assert (skill in [s.name for s in extract_skills(line)]) is found


JOB = """Requirements
- Sound knowledge of workshop health and safety law
- Current FGA Gemmology Diploma
- Working knowledge of hydraulic and pneumatic press systems
- Strong organisational and planning skills
"""

JEWELLER = """Ana Silva
Birmingham | 07700 900125 | ana@example.com

Experience
Bench Jeweller — Facet Works, Birmingham	2019 – Present
- Serviced pneumatic press systems and polishing lathes for a 9-person workshop.

Qualifications
FGA Gemmology Diploma, 2018
"""


def test_job_skills_are_named_in_the_adverts_words_whole() -> None:
    job = analyse_job("Workshop Lead", "Facet & Stone", JOB)
    names = [f.name for f in field_skills(job)]
    # "health and safety" is one skill the lexicon knows: no "workshop health"
    assert not any("health" in n.lower() or "safety law" in n.lower() for n in names)
    assert "Health and Safety" in [s.name for s in job.skills]
    # "current" only says it must be in date
    assert "FGA Gemmology Diploma" in names
    # coordinated adjectives share their noun
    assert "hydraulic and pneumatic press systems" in names
    # an adjective beside a noun is not coordinated adjectives
    assert not any("organisational" in n for n in names)


def test_either_coordinated_adjective_shows_the_skill_on_the_cv() -> None:
    job = analyse_job("Workshop Lead", "Facet & Stone", JOB)
    found = {f.name: f for f in field_skill_coverage(job, analyse_cv(JEWELLER, this_year=2026))}
    press = found["hydraulic and pneumatic press systems"]
    assert press.status == "undemonstrated"
    assert "pneumatic press" in (press.evidence or "")
    assert found["FGA Gemmology Diploma"].status == "undemonstrated"


def test_a_long_need_is_named_by_what_comes_before_its_scope() -> None:
    job = analyse_job(
        "Rail Fitter",
        "Acme",
        "Requirements\n- Strong diagnostic skills across hydraulic and pneumatic brake circuits\n",
    )
    assert [f.name for f in field_skills(job)] == ["diagnostic skills"]
