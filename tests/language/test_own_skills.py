"""Skills a CV or job states in its own words, in fields the lexicon does not know, and
what only sounds like a skill (praise, practicalities, sentences). All text is invented."""

from __future__ import annotations

import pytest

from interview_core.language.field_skills import field_skill_coverage, field_skills
from interview_core.language.own_skills import (
    is_practicality,
    is_sentence,
    is_trait,
    normalise_item,
)
from interview_core.language.profile import analyse_cv, analyse_job


@pytest.mark.parametrize(
    "item",
    [
        "Hard-working",
        "Reliable and punctual",
        "Highly motivated",
        "Self-motivated",
        "Detail-oriented",
        "Well-organised",
        "Customer-focused",
        "Friendly and approachable",
        "Quick learner",
        "Team player",
        "Can-do attitude",
        "Dependable",
    ],
)
def test_praise_of_the_person_is_no_skill(item: str) -> None:
    assert is_trait(item)


@pytest.mark.parametrize(
    "item",
    [
        "Curtain walling",
        "Glass cutting",
        "Hot and cold shoeing",
        "Hand-stitching",
        "Fault-finding",
        "Forge work",
        "Spirit varnish",
        "Electrical",
        "Queen rearing",
        "memoQ",
        "ISAD(G)",
        "Transcreation",
        "Time-served electrical",
        "Analytical and numerical skills",
        "Confident anaesthetic monitoring",
    ],
)
def test_a_field_skill_is_no_trait(item: str) -> None:
    assert not is_trait(item)
    assert not is_practicality(item)


def test_practicalities_and_sentences_are_no_skills() -> None:
    assert is_practicality("Available immediately")
    assert is_practicality("Willing to relocate")
    assert is_sentence("I am a hard-working and flexible person who enjoys working alone.")
    assert not is_sentence("Marine radio (VHF, GMDSS), weather observation and reporting")
    # A code in capitals is no verb: "IS-04" is not "is".
    assert not is_sentence("Video over IP: ST 2110, NMOS IS-04/IS-05, PTP")


@pytest.mark.parametrize(
    ("item", "named"),
    [
        ("glass cutting", "Glass cutting"),
        ("HONEY EXTRACTION", "Honey extraction"),
        ("CSCS CARD", "CSCS card"),
        ("memoQ", "memoQ"),
        ("ISAD(G)", "ISAD(G)"),
        ("Curtain walling", "Curtain walling"),
    ],
)
def test_items_are_named_in_sentence_case(item: str, named: str) -> None:
    assert normalise_item(item) == named


def _listed(cv: str) -> list[str]:
    return [s.name for s in analyse_cv(cv, this_year=2026).listed_skills]


def test_a_glaziers_skills_list_is_read_whole() -> None:
    cv = (
        "Dean Okafor\ndean@example.com | 07700 900123\n\nEXPERIENCE\n"
        "Senior Glazier, Clearview Glass Ltd, Leeds\nMarch 2019 – Present\n"
        "- Installed curtain walling on three office blocks\n\n"
        "SKILLS\nCurtain walling, glass cutting, CSCS card, working at height, "
        "customer liaison, Hard-working, Available immediately\n"
    )
    listed = _listed(cv)
    assert {"Curtain walling", "Glass cutting", "Customer liaison"} <= set(listed)
    assert not any("work" in n.lower() and "hard" in n.lower() for n in listed)
    assert "Available immediately" not in listed


def test_a_translators_tools_in_brackets_are_named() -> None:
    cv = (
        "Marta K\nmarta@example.com\n\nSKILLS\n"
        "Checking tools (Xbench, Verifika), terminology management, transcreation\n"
        "Team player, reliable and punctual\n"
    )
    listed = _listed(cv)
    assert {
        "Xbench",
        "Verifika",
        "Checking tools",
        "Terminology management",
        "Transcreation",
    } <= set(listed)
    assert "Reliable and punctual" not in listed and "reliable and punctual" not in listed


def test_a_sentence_in_the_skills_section_gives_no_items() -> None:
    cv = (
        "James F\n\nSKILLS & ABILITIES\n- Diesel generator maintenance\n"
        "- I am a hard-working and flexible person who enjoys working alone.\n"
    )
    listed = _listed(cv)
    assert listed == ["Diesel generator maintenance"]


def test_a_requirement_list_after_a_label_gives_each_skill() -> None:
    job = analyse_job(
        "Bee Farmer",
        "Glen Honey",
        "Requirements\n- Skills: queen rearing, varroa management and swarm control\n"
        "- Reliable, punctual and hard-working\n- Checking tools: Xbench or Verifika\n",
    )
    names = {f.name.lower() for f in field_skills(job)}
    assert {"queen rearing", "varroa management", "swarm control", "xbench", "verifika"} <= names
    assert not names & {"reliable", "punctual", "hard-working"}


def test_a_compound_ending_on_its_noun_is_a_field_skill_and_a_duty_is_not() -> None:
    job = analyse_job(
        "Site Glazier",
        "Apex",
        "Requirements\n- Curtain wall installation experience\n"
        "- Glass cutting and glazing bead fitting\n"
        "- Catalogue newly deposited estate collections\n",
    )
    names = {f.name for f in field_skills(job)}
    assert "Curtain wall installation" in names  # "experience" only says what kind
    assert "glazing bead fitting" in names
    assert not any(n.startswith("Catalogue") for n in names)


def test_a_listed_item_meets_the_jobs_own_words() -> None:
    job = analyse_job(
        "Luthier", "Strings Co", "Requirements\n- Bow rehairing experience\n- French polishing\n"
    )
    cv = analyse_cv(
        "Sofia L\n\nSkills: French polishing, bow rehairing, spirit varnish, Strong work ethic\n",
        this_year=2026,
    )
    status = {f.name: f.status for f in field_skill_coverage(job, cv)}
    assert status.get("Bow rehairing") == "undemonstrated"
    assert status.get("French polishing") == "undemonstrated"
