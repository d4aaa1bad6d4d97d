"""Year-first dates, years in one line of work, and field terms, on CVs invented for the test.

Fields here are not among the repository's pairs (hydrographic surveyor, piano technician,
audiologist, tree surgeon, brewer, conservator…): a rule that held for one pair only would fail.
"""

from __future__ import annotations

import pytest

from interview_core.language.dates import find_range
from interview_core.language.profile import analyse_cv
from tests.helpers.reading import role_fields
from tests.helpers.reading import skill_names as _names


def _roles(text: str) -> list[tuple[str, str | None, int | None, int | None, bool]]:
    return role_fields(
        text, "title", "employer", "start_year", "end_year", "is_current", this_year=2026
    )


# --- year-first dates: YYYY/MM, YYYY-MM, YYYY.MM ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "start", "end", "current"),
    [
        ("2019/09 – 2022/02  Hydrographic Surveyor, Fugro, Plymouth", (2019, 9), (2022, 2), False),
        ("2019/9 - 2020/3 Piano Technician", (2019, 9), (2020, 3), False),
        ("2022/03 – now", (2022, 3), (None, None), True),
        ("2018.04 – 2021.11 Audiologist, Specsavers", (2018, 4), (2021, 11), False),
        ("2021.12 - present", (2021, 12), (None, None), True),
        ("2017-06 – 2019-01 Tree Surgeon", (2017, 6), (2019, 1), False),
        # a range of years stays one, with no month
        ("2019-2021 Brewer, Cloudwater", (2019, None), (2021, None), False),
        ("2019 - 2021", (2019, None), (2021, None), False),
        # academic years: September to July of the next year
        ("2019/20 – 2021/22 Teaching Assistant", (2019, 9), (2022, 7), False),
        ("2019/20 – 2022 Wind Turbine Technician", (2019, 9), (2022, None), False),
        ("2010/11 – 2013/14", (2010, 9), (2014, 7), False),
        # "2011/12" could be an academic year, but the end is a month: both are months
        ("2011/12 – 2014/03", (2011, 12), (2014, 3), False),
    ],
)
def test_year_first_dates(line: str, start: tuple, end: tuple, current: bool) -> None:
    found = find_range(line)
    assert found is not None
    assert (found.start_year, found.start_month) == start
    assert (found.end_year, found.end_month) == end
    assert found.is_current is current


@pytest.mark.parametrize(
    "line",
    [
        "2019/2020/2021 budget codes",
        "version 2019.5 of the survey software",
        "2019/13 – 2020/14 invoice run",  # 13 is no month and no academic year of 2019
    ],
)
def test_year_first_lookalikes_are_no_range(line: str) -> None:
    found = find_range(line)
    assert found is None or found.start_month is None


def test_a_role_dated_year_slash_month_is_read() -> None:
    surveyor = (
        "Experience\n"
        "2022/03 – now  Senior Hydrographic Surveyor, Fugro, Plymouth\n"
        "- Run multibeam surveys of harbour approaches\n"
        "2019/09 – 2022/02  Hydrographic Surveyor, MMT, Southampton\n"
        "- Processed sidescan sonar data\n"
    )
    roles = _roles(surveyor)
    assert [(r[0], r[2], r[3], r[4]) for r in roles] == [
        ("Senior Hydrographic Surveyor", 2022, None, True),
        ("Hydrographic Surveyor", 2019, 2022, False),
    ]


# --- years in one line of work ----------------------------------------------------------------

_ARBORIST = """\
Profile
Qualified arborist with 5 years on utility line clearance and urban tree work, NPTC
CS30/31 and CS38/39 holder.

Experience
Senior Arborist — Treescape Ltd (Mar 2021 – present)
  - Lead a 3-person climbing team
Arborist — Green Canopy Tree Care (2019 – 2021)
  - Dismantled and reduced trees near power lines
Warehouse Operative — Parcelforce, Crewe (2013 – 2019)
  - Picked and packed 400 orders a shift
"""


def test_a_stated_figure_naming_the_line_of_work_counts_that_line_only() -> None:
    cv = analyse_cv(_ARBORIST, this_year=2026)
    # the figure ties to "arborist", and the warehouse years add to the career, not to it
    assert cv.years_in_field == 5
    assert cv.years_experience is not None and cv.years_experience > 5


def test_a_stated_figure_for_the_whole_career_stays_the_career() -> None:
    text = (
        "Profile\n"
        "Glazing site manager with 16 years in construction, the last 6 running sites.\n\n"
        "Experience\n"
        "Site Manager — Kestrel Glazing (2020 – present)\n"
        "  - Ran curtain-wall packages up to £4m\n"
        "Glazing Fitter — Clearview Windows (2010 – 2020)\n"
        "  - Fitted aluminium curtain walling\n"
    )
    cv = analyse_cv(text, this_year=2026)
    assert cv.years_experience == 16
    assert cv.years_in_field is not None and cv.years_in_field <= 7


def test_a_figure_in_a_profile_needs_a_cue_of_a_career() -> None:
    from interview_core.language.cv import stated_years

    assert stated_years("Piano technician with 6 years on Steinway and Yamaha grands") == [6]
    assert stated_years("Audiologist, 9 years as a hearing-aid dispenser") == [9]
    assert stated_years("Ran the hospital's hearing clinic for 2 years") == []
    assert stated_years("over the last 5 years I have run the clinic") == []
    assert stated_years("Brewer with 4 years' experience, after 3 years in retail") == [4]


def test_a_stated_figure_wrapped_over_two_lines_is_read() -> None:
    text = (
        "Summary\n"
        "Registered orthoptist with seven\n"
        "years' experience in paediatric clinics.\n\n"
        "Experience\n"
        "Orthoptist — Moorfields (2015 – present)\n"
    )
    assert analyse_cv(text, this_year=2026).years_experience == 7


# --- field terms: core tools and skills of fields the lexicon did not know --------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # geographic information systems (a utility's asset-data analyst, a survey firm)
        ("Maintained water-main layers in ArcGIS Pro and QGIS", "ArcGIS"),
        ("Loaded sewer survey data into PostGIS nightly", "PostGIS"),
        ("Built FME workspaces to translate CAD to shapefile", "FME"),
        ("Processed airborne LiDAR for canopy height models", "LiDAR"),
        ("Spatial analysis of flood outlines for 3 catchments", "Spatial Analysis"),
        ("Total station and GNSS topographic surveys of quarry faces", "Land Surveying"),
        ("Multibeam echosounder surveys of harbour approaches", "Hydrographic Surveying"),
        # wind, lifts and plant maintenance
        ("Holder of GWO BST and ART, offshore medical", "GWO Basic Safety Training"),
        ("SCADA monitoring of 40 substations", "SCADA"),
        ("Torque and tensioning of tower flange bolts", "Torque and Tensioning"),
        ("Rope access (IRATA Level 2) on blade repairs", "Rope Access"),
        ("Fault finding on relay-logic lift controllers", "Fault Finding"),
        ("Serviced hydraulic systems on forestry harvesters", "Hydraulics"),
        ("Applied LOTO before entering the conveyor guard", "Lockout/Tagout"),
        # midwifery and allied health
        ("Confident in intrapartum care and perineal suturing", "Intrapartum Care"),
        ("Hourly fresh eyes CTG reviews on delivery suite", "CTG Interpretation"),
        ("NIPE-trained; 300 newborn checks a year", "NIPE"),
        ("Bedside swallow assessments and IDDSI diet advice", "Dysphagia Management"),
        ("Enteral feeding plans for 20 stroke patients", "Clinical Nutrition"),
        # school business, arboriculture, ecology, trades, brewing, languages, wine
        ("Compliance with the Academy Trust Handbook", "Academy Trust Handbook"),
        ("Won two Condition Improvement Fund bids for roofing", "Condition Improvement Fund"),
        ("Twelve years in arboriculture and tree surgery", "Arboriculture"),
        ("BS5837 tree surveys for planning applications", "Tree Surveys"),
        ("Preliminary ecological appraisals and bat surveys", "Ecological Surveys"),
        ("Biodiversity net gain baselines for 15 sites", "Biodiversity Net Gain"),
        ("F-Gas Category 1 certified; VRF systems commissioning", "F-Gas Certification"),
        ("Commercial refrigeration and HVAC maintenance", "Refrigeration and Air Conditioning"),
        ("Coded welder: MIG and TIG welding to ISO 9606", "Welding"),
        ("Translated 3,000 words a day from German into English", "Translation"),
        ("Trados Studio and memoQ for all projects", "CAT Tools"),
        ("Consecutive interpreting at police interviews", "Interpreting"),
        ("Craft brewing on a 10-barrel plant", "Brewing"),
        ("WSET Level 3 in Wines", "WSET"),
    ],
)
def test_a_fields_core_terms_are_read(line: str, skill: str) -> None:
    assert skill in _names(line)


@pytest.mark.parametrize(
    ("named", "implied"),
    [
        ("ArcGIS", "GIS"),
        ("QGIS", "GIS"),
        ("PostGIS", "Spatial Databases"),
        ("PostGIS", "SQL"),
        ("ArcPy", "Python"),
        ("FME", "ETL"),
        ("Rope Access", "Working at Height"),
        ("Perineal Suturing", "Suturing"),
        ("CAT Tools", "Translation"),
        ("F-Gas Certification", "Refrigeration and Air Conditioning"),
    ],
)
def test_field_tools_imply_their_discipline(named: str, implied: str) -> None:
    from interview_core.language.skills import implied_skills, skill_named

    skill = skill_named(named)
    assert skill is not None
    assert skill_named(implied) in implied_skills([skill])


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        # brewing coffee, a register's number beside another profession, a chef's fridges
        ("Brewing filter coffee and espresso for 300 covers", "Brewing"),
        ("Registered Midwife | NMC PIN 14C0987E", "Nursing Licensure"),
        (
            "Kept refrigeration temperature logs for the kitchen",
            "Refrigeration and Air Conditioning",
        ),
        ("Interpreting sales data for the weekly meeting", "Interpreting"),
        ("Translation of user needs into acceptance criteria", "Translation"),
        # a shift pattern the candidate works is no rota planning
        ("Worked through the winter rotas (4 on / 4 off) at the depot", "Rota Planning"),
        ("Following offshore rotas of 3 weeks on, 3 weeks off", "Rota Planning"),
        # a building the work was in is no construction skill
        ("Moved the library into the new-build learning centre", "Construction"),
        # an occupation that shares a product's name
        ("Freelance Illustrator — Walker Books (2018 – present)", "Adobe Creative Suite"),
        ("Postman — Royal Mail delivery office, Leeds", "Postman"),
        ("Automated map books with Data Driven Pages", "Data Analysis"),
    ],
)
def test_look_alikes_in_other_fields_are_no_skill(line: str, absent: str) -> None:
    assert absent not in _names(line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Registered Nurse (Adult) – NMC PIN 16F1234E", "Nursing Licensure"),
        ("Current NMC registration", "Nursing Licensure"),
        ("Registered Midwife | NMC PIN 14C0987E", "Midwifery Registration"),
        ("Wrote the staff rotas for 3 depots", "Rota Planning"),
        ("Ran new-build sites of 120 plots for Bellway", "Construction"),
        ("Photoshop, Illustrator, InDesign", "Adobe Creative Suite"),
        ("Tested the endpoints in Postman", "Postman"),
    ],
)
def test_the_same_words_count_in_their_own_field(line: str, present: str) -> None:
    assert present in _names(line)


def test_a_product_named_like_an_occupation_needs_context() -> None:
    """A tool's alias that is also a job title ("illustrator", "postman") is read only beside
    its field's words: otherwise a CV's title would name a tool."""
    import json
    from pathlib import Path

    from interview_core.language.cv import line_of_work
    from interview_core.language.skills import TOOL_CATEGORIES

    data = Path(__file__).resolve().parents[2] / "interview_core/language/data/skills.json"
    for entry in json.loads(data.read_text(encoding="utf-8")):
        if entry["category"] not in TOOL_CATEGORIES:
            continue
        for alias in [*entry.get("aliases", []), *entry.get("match_case", [])]:
            if len(alias.split()) == 1:
                assert not line_of_work(alias.title()), (entry["name"], alias)


def test_a_courses_contents_are_no_skills_of_their_own() -> None:
    cv = analyse_cv(
        "Experience\nLift Engineer — Stannah (2019 – present)\n- Service 60 lifts\n\n"
        "Qualifications\n"
        "GWO Basic Safety Training (First Aid, Manual Handling, Fire Awareness, Working at "
        "Heights) – 2024\n"
        "IPAF Operator (3a, 3b)\n",
        this_year=2026,
    )
    names = {s.name for s in cv.skills}
    assert "GWO Basic Safety Training" in names
    assert not names & {"First Aid", "Health and Safety"}
    # a degree's modules are what was studied, and are kept
    graduate = analyse_cv(
        "Education\nBSc Geography (Python, remote sensing, cartography), Univ. of Leeds, 2023\n",
        this_year=2026,
    )
    assert {"Python", "Remote Sensing", "Cartography"} <= {s.name for s in graduate.skills}
