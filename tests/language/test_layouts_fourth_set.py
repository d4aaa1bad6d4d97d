"""Rules behind the fourth set of invented layouts (tests/data/unseen_layouts: quarter dates,
school terms, winter seasons, 'Current post' headings, 'Title (Employer)' lines, slash cells,
ship postings under a service, a profile export with durations), each tried here on invented
text from yet other fields: grants officer, piste patroller, pharmacist, fire safety,
optician, coffee roasting, air traffic control, horticulture, translation."""

from __future__ import annotations

import pytest

from interview_core.language.dates import find_range, is_duration, without_duration
from interview_core.language.profile import analyse_cv
from tests.helpers.reading import role_fields


def _roles(text: str) -> list[tuple[str, str | None, int | None, int | None, bool]]:
    return role_fields(
        text, "title", "employer", "start_year", "end_year", "is_current", this_year=2026
    )


@pytest.mark.parametrize(
    ("line", "start", "end", "current"),
    [
        ("Q3 2020 – Q2 2022 · Grants Officer · Arts Council England", (2020, 7), (2022, 6), False),
        ("Q1 2024 – present   Programme Manager", (2024, 1), (None, None), True),
        ("Summer term 2021 – present", (2021, 6), (None, None), True),
        ("Spring term 2019 – Autumn term 2020", (2019, 3), (2020, 9), False),
        (
            "Piste Patroller, Glencoe Mountain Resort   Winter season 2021/22",
            (2021, 12),
            (2022, 2),
            False,
        ),
        ("Winters 2015 – 2019   Piste Patroller, Nevis Range", (2015, 12), (2019, None), False),
    ],
)
def test_quarters_terms_and_seasons_are_read_as_dates(line, start, end, current) -> None:  # type: ignore[no-untyped-def]
    found = find_range(line)
    assert found is not None
    assert (found.start_year, found.start_month) == start
    assert (found.end_year, found.end_month) == end
    assert found.is_current is current


def test_a_plural_season_opening_the_line_is_no_part_of_the_title() -> None:
    text = (
        "Isla Grant\n\nSEASONS WORKED\n"
        "Winters 2015 – 2019   Piste Patroller, Nevis Range, Fort William\n"
        "Summers 2016 – 2018   Raft Guide, Tay Rafting, Aberfeldy\n"
    )
    assert _roles(text) == [
        ("Piste Patroller", "Nevis Range", 2015, 2019, False),
        ("Raft Guide", "Tay Rafting", 2016, 2018, False),
    ]


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("3 yrs 2 mos", True),
        ("(1 year 11 months)", True),
        ("less than a year", True),
        ("2 years", True),
        ("2 years of apprenticeship at Kew", False),
        ("Team of 4", False),
    ],
)
def test_a_line_that_only_tells_a_length(text: str, duration: bool) -> None:
    assert is_duration(text) is duration


def test_a_length_after_the_dates_is_dropped() -> None:
    assert without_duration(" · 2 yrs 10 mos") == ""
    assert without_duration(" (4 months)  Kew, London").strip() == "Kew, London"


def test_a_profile_export_groups_titles_under_an_employer_and_its_total_length() -> None:
    text = (
        "Experience\n\n"
        "Royal Botanic Gardens, Kew\n"
        "6 yrs 3 mos\n"
        "Senior Horticulturist\n"
        "Mar 2022 - Present (3 years 11 months)\n"
        "Richmond, England, United Kingdom\n"
        "Glasshouse collections and propagation.\n\n"
        "Horticulturist\n"
        "Oct 2019 - Feb 2022 (2 years 5 months)\n"
        "Richmond, England, United Kingdom\n\n"
        "RHS Garden Harlow Carr\n"
        "Trainee Gardener\n"
        "Sep 2017 - Sep 2019 (2 years 1 month)\n"
        "Harrogate, England, United Kingdom\n"
    )
    assert [r[:3] for r in _roles(text)] == [
        ("Senior Horticulturist", "Royal Botanic Gardens", 2022),
        ("Horticulturist", "Royal Botanic Gardens", 2019),
        ("Trainee Gardener", "RHS Garden Harlow Carr", 2017),
    ]


def test_current_and_previous_post_headings_are_no_titles() -> None:
    text = (
        "Dr Eilidh Ross\n\nCURRENT ROLE\n"
        "Jan 2023 – present    Advanced Clinical Pharmacist, Royal Devon University Healthcare NHS Foundation Trust\n"
        "\nPREVIOUS POSTS\n"
        "Aug 2019 – Dec 2022   Rotational Pharmacist, Torbay and South Devon NHS Foundation Trust\n"
    )
    assert [r[:2] for r in _roles(text)] == [
        ("Advanced Clinical Pharmacist", "Royal Devon University Healthcare NHS Foundation Trust"),
        ("Rotational Pharmacist", "Torbay and South Devon NHS Foundation Trust"),
    ]


def test_a_cv_writing_title_then_employer_in_brackets_does_so_on_every_line() -> None:
    text = (
        "Marcus Bell\n\nProfessional Experience\n"
        "Fire Safety Adviser (Kindred Risk), 2022 – current\n"
        "Fire Safety Inspector (Avon Fire and Rescue Service), 2016 – 2022\n"
        "Firefighter (Devon and Somerset Fire and Rescue Service), 2008 – 2016\n"
    )
    assert [r[:2] for r in _roles(text)] == [
        ("Fire Safety Adviser", "Kindred Risk"),
        ("Fire Safety Inspector", "Avon Fire and Rescue Service"),
        ("Firefighter", "Devon and Somerset Fire and Rescue Service"),
    ]


def test_a_speciality_in_brackets_stays_in_the_title_without_that_habit() -> None:
    text = (
        "Nell Fox\n\nExperience\n"
        "Translator (Portuguese), Lingo Partners Ltd, 2020 – present\n"
        "Translator (Spanish), Word Bridge Agency, 2016 – 2020\n"
    )
    assert [r[:2] for r in _roles(text)] == [
        ("Translator (Portuguese)", "Lingo Partners Ltd"),
        ("Translator (Spanish)", "Word Bridge Agency"),
    ]


def test_a_town_after_the_employer_in_the_bracket_is_its_place() -> None:
    profile = analyse_cv(
        "Ruth Penrose\n\nEmployment\n2018 – date   Dispensing Optician (Seaview Opticians Ltd, Truro)\n"
    )
    role = profile.roles[0]
    assert (role.title, role.employer, role.location) == (
        "Dispensing Optician",
        "Seaview Opticians Ltd",
        "Truro",
    )


def test_slashes_beside_the_dates_part_the_cells_of_a_role_line() -> None:
    text = (
        "Dan Okoro\n\nEXPERIENCE\n"
        "HEAD ROASTER / Ozone Coffee Roasters / 2019 – present\n"
        "Barista / Roaster, Origin Coffee, 2016 – 2019\n"
    )
    assert [r[:2] for r in _roles(text)] == [
        ("Head Roaster", "Ozone Coffee Roasters"),
        ("Barista / Roaster", "Origin Coffee"),
    ]


def test_postings_under_a_dated_service_heading_are_parts_of_it() -> None:
    profile = analyse_cv(
        "Gary Platt\n\nCAREER HISTORY\n"
        "Air Traffic Controller, NATS, 2020 – present\n\n"
        "ROYAL AIR FORCE, 2008 – 2020\n"
        "Sergeant (Air Traffic Control), RAF Brize Norton, 2014 – 2020\n"
        "Corporal (Air Traffic Control), RAF Lossiemouth, 2008 – 2014\n"
    )
    assert [(r.title, r.employer, r.department) for r in profile.roles] == [
        ("Air Traffic Controller", "NATS", None),
        ("Sergeant (Air Traffic Control)", "Royal Air Force", "RAF Brize Norton"),
        ("Corporal (Air Traffic Control)", "Royal Air Force", "RAF Lossiemouth"),
    ]


def test_a_profile_exports_scale_of_languages_is_read_as_languages() -> None:
    profile = analyse_cv(
        "Languages\nSpanish (Professional Working)\nBasque (Limited Working)\n"
        "English (Full Professional)\n\nSkills\nSubtitling, transcreation\n"
    )
    assert set(profile.spoken_languages) >= {"Spanish", "Basque", "English"}
    assert not {"Professional Working", "Limited Working", "Full Professional"} & {
        s.name for s in profile.listed_skills
    }


def test_a_toolbox_heading_lists_skills() -> None:
    profile = analyse_cv(
        "Pia Moreau\n\nWhere I've worked\nData Engineer @ Ocado (2020 – now)\n\n"
        "Toolbox\nAirflow, dbt, Snowflake, Terraform\n"
    )
    assert {"Apache Airflow", "dbt", "Snowflake", "Terraform"} <= {
        s.name for s in [*profile.skills, *profile.listed_skills]
    }


def test_a_fellowship_of_a_college_of_a_profession_is_a_credential_not_a_degree() -> None:
    profile = analyse_cv(
        "Dr Sam Idris\n\nQUALIFICATIONS\n"
        "BDS, University of Dundee, 2014\n"
        "MFDS, Royal College of Surgeons of Edinburgh, 2017\n"
        "MA Ceramics, Royal College of Art, 2012\n"
    )
    assert any("MFDS" in c for c in profile.certifications)
    assert not any("Royal College of Art" in c for c in profile.certifications)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Hydrologist, Environment Agency, 2018 → present", (2018, None), (None, None)),
        ("2015 -> 2018   Flood Risk Officer", (2015, None), (2018, None)),
        ("2020-11-02 – 2023-04-28 | Thames Water", (2020, 11), (2023, 4)),
    ],
)
def test_arrows_and_full_iso_dates_make_ranges(line, start, end) -> None:  # type: ignore[no-untyped-def]
    found = find_range(line)
    assert found is not None
    assert (found.start_year, found.start_month) == start
    assert (found.end_year, found.end_month) == end


def test_an_iso_day_is_never_read_as_a_short_end_year() -> None:
    assert find_range("Issued 2022-02-25") is None


def test_an_employer_before_a_colon_heads_the_role_line() -> None:
    text = (
        "Ana Lima\n\nExperience\n"
        "Kew Gardens: Seed Bank Technician, 2019 → present\n"
        "Natural History Museum: Curatorial Assistant, 2016 → 2019\n"
        "\nSkills\nSeed processing, germination testing\n"
    )
    assert [r[:2] for r in _roles(text)] == [
        ("Seed Bank Technician", "Kew Gardens"),
        ("Curatorial Assistant", "Natural History Museum"),
    ]


def test_a_label_before_a_colon_is_no_employer() -> None:
    text = "Ana Lima\n\nExperience\nPosition: Seed Bank Technician, Kew Gardens, 2019 – present\n"
    assert [r[:2] for r in _roles(text)] == [("Seed Bank Technician", "Kew Gardens")]


def test_a_table_header_names_which_cell_is_the_employer() -> None:
    text = (
        "Experience\n\n"
        "| From | To | Employer | Role |\n|---|---|---|---|\n"
        "| 2021-01-04 | present | Grain Trader Foods | Quality Manager |\n"
        "| 2017-05-02 | 2020-12-18 | Warburtons | Quality Technician |\n"
    )
    assert [r[:2] for r in _roles(text)] == [
        ("Quality Manager", "Grain Trader Foods"),
        ("Quality Technician", "Warburtons"),
    ]


def test_two_jobs_joined_by_and_are_one_title_not_a_partnership() -> None:
    text = "Experience\nSurveyor and Valuer, Lambert Smith Hampton, Cardiff (2014–2019)\n"
    assert [r[:2] for r in _roles(text)] == [("Surveyor and Valuer", "Lambert Smith Hampton")]


def test_a_date_column_split_over_two_lines_is_joined() -> None:
    text = (
        "Bea Holt\n\nEXPERIENCE\n\n"
        "2019 –     Head Cheesemaker, Lyburn Farmhouse Cheesemakers, Salisbury\n"
        "present    Run the make room and the maturing store.\n\n"
        "Mar 2014 – Cheesemaker, Quicke's, Exeter\n"
        "Feb 2019   Cheddar making and cloth binding.\n"
    )
    assert [r[:4] for r in _roles(text)] == [
        ("Head Cheesemaker", "Lyburn Farmhouse Cheesemakers", 2019, None),
        ("Cheesemaker", "Quicke's", 2014, 2019),
    ]


def test_a_speaker_of_a_listed_language_is_no_skill_of_its_own() -> None:
    profile = analyse_cv(
        "Skills\nSheepdog handling, lambing, Welsh speaker\n\nLanguages\nWelsh (native), English (fluent)\n"
    )
    assert "Welsh" in profile.spoken_languages
    assert "Welsh speaker" not in {s.name for s in profile.listed_skills}
    assert "Lambing" in {s.name for s in [*profile.skills, *profile.listed_skills]}


def test_roles_told_as_sentences_keep_only_the_job_and_the_employer() -> None:
    text = (
        "Rosa Quinn\n\nMy work\n"
        "Since 2020 I have been a Senior Farrier at Rossdales Equine Hospital, shoeing for the "
        "surgeons and the lameness clinic.\n"
        "From 2014 to 2020 I was an Apprentice Farrier at Newmarket Forge.\n"
    )
    assert _roles(text) == [
        ("Senior Farrier", "Rossdales Equine Hospital", 2020, None, True),
        ("Apprentice Farrier", "Newmarket Forge", 2014, 2020, False),
    ]


def test_a_since_after_the_title_still_dates_a_part_of_it() -> None:
    text = (
        "Experience\nClass Teacher and Assistant SENCo (from 2018)\n"
        "Hill Primary School — Sept 2013 – July 2019\n"
    )
    assert [r[2:4] for r in _roles(text)] == [(2013, 2019)]
