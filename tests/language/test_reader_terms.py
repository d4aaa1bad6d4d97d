"""Terms read for what they are: schemes, settings, loose aliases, a unit of a larger body,
columns set by spaces in a text file, hyphenated compounds.

Each rule is tried on invented text of fields the labelled pairs do not have (hospital
portering, leisure-centre aquatics, planetarium presenting, falconry, court listing, a
warehouse, software, a finance team).
"""

from __future__ import annotations

import pytest

from interview_core.documents import extract_cv
from interview_core.interviewer.plan import is_chosen_tool, setting_place, skill_kind
from interview_core.language.answers import life_share
from interview_core.language.profile import analyse_cv
from interview_core.language.skills import (
    Skill,
    is_scheme,
    names_setting,
    skill_named,
)
from interview_core.language.text import compound_head, compound_parts, content_stems
from tests.helpers.reading import skill_names as _names

# --- 1. schemes and programmes are no tools -------------------------------------------------


def test_a_lexicon_scheme_is_work_done_under_it_not_a_tool() -> None:
    skill = skill_named("Pharmacy First")
    assert skill is not None and is_scheme(skill)
    assert skill_kind(skill) == "practice"
    assert not is_chosen_tool(skill)


@pytest.mark.parametrize(
    "name",
    [
        "Duke of Edinburgh Award",
        "Cycle to Work Scheme",
        "Learn to Swim Programme",
        "Healthy Start Initiative",
    ],
)
def test_a_name_with_a_scheme_word_is_no_tool(name: str) -> None:
    skill = Skill(name=name, category="domain")
    assert skill_kind(skill) == "practice"
    assert not is_chosen_tool(skill)


def test_a_product_stays_a_tool() -> None:
    skill = skill_named("Salesforce")
    assert skill is not None
    assert skill_kind(skill) == "tool"


# --- 2. settings are where work happens -------------------------------------------------------


def test_a_court_is_a_setting_and_its_work_is_asked_about() -> None:
    crown = skill_named("Crown Court")
    assert crown is not None and names_setting(crown)
    assert skill_kind(crown) == "setting"
    assert not is_chosen_tool(crown)


def test_a_skill_written_as_its_setting_is_a_setting_only_so() -> None:
    emergency = skill_named("Emergency Care")
    critical = skill_named("Critical Care")
    assert emergency is not None and critical is not None
    assert names_setting(emergency, "A&E") and names_setting(critical, "ICU")
    assert not names_setting(emergency, "emergency nursing")
    assert skill_kind(emergency) == "practice"


@pytest.mark.parametrize(
    ("term", "place"),
    [
        ("A&E", "A&E"),
        ("ICU", "ICU"),
        ("theatre", "theatre"),
        ("Crown Court", "the Crown Court"),
        ("emergency department", "the emergency department"),
        ("the youth court", "the youth court"),
    ],
)
def test_a_setting_is_said_after_in(term: str, place: str) -> None:
    assert setting_place(term) == place


def _questions(cv: str, job: str, title: str, company: str) -> list[str]:
    from interview_core.context import MAX_QUESTIONS, InterviewContext, Turn
    from interview_core.interviewer.engine import interviewer_for

    ctx = InterviewContext(title, company, cv, job, ())
    asked: list[str] = []
    answers = ["I handled it.", "We listed the trials and it went fine."]
    for i in range(MAX_QUESTIONS):
        decision = interviewer_for(ctx).next_decision(ctx.turns, MAX_QUESTIONS)
        asked.append(decision.text)
        answer = answers[i] if i < len(answers) else "I can't think of one."
        ctx = InterviewContext(title, company, cv, job, (*ctx.turns, Turn(decision.text, answer)))
    return asked


def test_an_interview_asks_about_work_in_a_court_never_about_using_it() -> None:
    cv = (
        "Dana Whitfield\n\nExperience\n\nListing Officer\nHartmoor Courts Service\n2020 - Present\n"
        "- Listed trials in the Crown Court and kept the youth court lists moving\n"
        "- Cut adjourned hearings by a third with a new listing grid\n"
    )
    job = (
        "Responsibilities\n- Manage listing for the Crown Court\n- Brief judges' clerks daily\n"
        "Requirements\n- Experience of criminal listing\n"
    )
    text = " ".join(_questions(cv, job, "Senior Listing Officer", "Northshire Courts"))
    assert "Crown Court" in text
    for wrong in (
        "with Crown Court",
        "that Crown Court work",
        "used Crown Court",
        "mentions Crown",
    ):
        assert wrong not in text


# --- 3. short or loose aliases only in context ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "skill", "found"),
    [
        ("Led the shift handover for a team of porters", "Shift Management", False),
        ("Shift manager for a team of 14 pickers", "Shift Management", True),
        ("Organised the year-end party for the studio", "Month-End Close", False),
        ("Ran the year-end close and the journals", "Month-End Close", True),
        ("Worked through peak season on the tills", "Peak Planning", False),
        ("Planned agency staffing for peak season", "Peak Planning", True),
        ("Capacity planning for the database cluster", "Workforce Planning", False),
        ("Capacity planning for nursing staff across three wards", "Workforce Planning", True),
        ("Ten years in pipeline construction and welding", "Pipeline Management", False),
        ("Built £2m of pipeline in two quarters", "Pipeline Management", True),
    ],
)
def test_loose_aliases_need_their_context(text: str, skill: str, found: bool) -> None:
    assert (skill in _names(text)) is found


# --- 4. a unit of a larger body is the employer ----------------------------------------------


def _first_role(employer_line: str):  # type: ignore[no-untyped-def]
    cv = (
        "Alex Moreno\n\nExperience\n\nPresenter\n"
        f"{employer_line}\n2019 - 2023\n- Presented live shows to school groups\n"
    )
    return analyse_cv(cv, this_year=2026).roles[0]


@pytest.mark.parametrize(
    ("line", "employer", "parent"),
    [
        (
            "Jodrell Bank Discovery Centre, University of Manchester",
            "Jodrell Bank Discovery Centre",
            "University of Manchester",
        ),
        ("Bodleian Libraries, University of Oxford", "Bodleian Libraries", "University of Oxford"),
        (
            "Millbrook Leisure Centre, Bristol City Council",
            "Millbrook Leisure Centre",
            "Bristol City Council",
        ),
    ],
)
def test_a_named_unit_is_the_employer_and_its_parent_the_context(
    line: str, employer: str, parent: str
) -> None:
    role = _first_role(line)
    assert role.employer == employer
    assert role.employer_note == parent
    assert role.location is None


@pytest.mark.parametrize(
    ("line", "employer", "department"),
    [
        ("School of Physics, University of Leeds", "University of Leeds", "School of Physics"),
        (
            "Emergency Department, Harrowgate General Hospital",
            "Harrowgate General Hospital",
            "Emergency Department",
        ),
    ],
)
def test_a_part_named_by_its_function_stays_a_department(
    line: str, employer: str, department: str
) -> None:
    role = _first_role(line)
    assert role.employer == employer
    assert role.department == department


# --- 5. a text file's columns set by spaces ---------------------------------------------------


def test_runs_of_spaces_in_a_text_file_are_column_breaks() -> None:
    cv = (
        "Tom Hargreaves\nFalconer\n\nExperience\n"
        "Head Falconer                     Skyhunter Raptors             2019 - present\n"
        "  * Run free-flight displays  twice a day for 400 visitors\n"
    )
    text = extract_cv("cv.txt", cv.encode()).text
    assert "Head Falconer | Skyhunter Raptors | 2019 - present" in text
    # Indentation and a double space inside a sentence are no columns.
    assert "* Run free-flight displays twice a day" in text
    role = analyse_cv(text, this_year=2026).roles[0]
    assert (role.title, role.employer, role.start_year) == (
        "Head Falconer",
        "Skyhunter Raptors",
        2019,
    )


# --- 6. hyphenated compounds meet their spaced spelling ---------------------------------------


def test_a_compound_has_its_parts_and_its_head() -> None:
    assert compound_parts("half-marathon") == ["half", "marathon"]
    assert compound_parts("follow-up") == ["follow"]
    assert compound_head("half-marathon") == "marathon"
    assert compound_head("follow-up") == ""  # "up" carries no meaning
    assert content_stems("ran a half marathon") == content_stems("ran a half-marathon")
    assert content_stems("free flight displays") == content_stems("free-flight displays")


def test_life_outside_work_reads_alike_hyphenated_or_not() -> None:
    question = "Tell me about a time you calmed an upset visitor."
    spaced = "On Sunday I ran a half marathon with my sister, then we had a long lunch."
    hyphenated = spaced.replace("half marathon", "half-marathon")
    assert life_share(question, spaced) == life_share(question, hyphenated)


def test_a_supply_chain_named_as_suppliers_is_no_supply_chain_management() -> None:
    """Invented: a survey firm's contractors called its "supply chain" is who supplies data,
    while a buyer running stock and suppliers manages one."""
    assert "Supply Chain Management" not in _names(
        "Check the drone surveys delivered by our supply chain against the client brief."
    )
    assert "Supply Chain Management" in _names(
        "Ran the supply chain for 12 bakeries: suppliers, stock and weekly demand forecasts."
    )


def test_care_in_labour_is_read_only_in_a_birth_setting() -> None:
    """Invented: a birth-centre bullet told in the field's own words shows intrapartum care;
    labour as work done or paid for does not."""
    assert "Intrapartum Care" in _names("Supported women in labour in the birth pool on nights")
    assert "Intrapartum Care" not in _names("Cut labour costs on the bottling line by 8%")
    assert "Intrapartum Care" not in _names("Hired casual labour in peak season")
