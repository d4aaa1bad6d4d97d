"""Skills items and role parts read for what they are: a product named after the skill it
does, a discipline no dictionary holds, a "<thing> skills" item, loose lexicon aliases out of
their field, and an operating theatre as a setting.

Each rule is tried on invented text of fields the labelled pairs do not have (forestry,
ecotoxicology, hydrogeology, dendrochronology, agronomy, orthoptics, mountain rescue,
lifeguarding, sommeliers, bus driving, estate agency, operating department practice).
"""

from __future__ import annotations

import pytest

from interview_core.interviewer.plan import kind_as_written, setting_place
from interview_core.language.cv import names_discipline
from interview_core.language.profile import analyse_cv
from interview_core.language.skills import extract_skills, names_setting, skill_named


def _names(text: str) -> set[str]:
    return {s.name for s in extract_skills(text)}


def _listed(cv: str) -> list[str]:
    return [item for item, _ in analyse_cv(cv).listed]


def _roles(cv: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.title, r.employer, r.department) for r in analyse_cv(cv).roles]


# --- 1. a product named after the skill it does ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "product", "skill"),
    [
        ("Forester GIS, ArcGIS, felling licences", "Forester GIS", "GIS"),  # forester
        ("Minitab Statistics, Six Sigma, SPC", "Minitab Statistics", "Statistics"),  # quality
        ("Xbench QA, SDL Trados Studio, memoQ", "Xbench QA", "Quality Assurance"),  # translator
        ("Cerner Millennium, e-prescribing", "Cerner Millennium", "Cerner"),  # pharmacist
    ],
)
def test_a_listed_product_is_kept_whole_and_brings_its_skill(
    line: str, product: str, skill: str
) -> None:
    profile = analyse_cv(f"Skills\n{line}\n")
    assert product in [item for item, _ in profile.listed]
    named = skill_named(skill)
    assert named is not None and profile.has(named)


def test_a_product_told_in_a_skills_paragraph_is_kept_whole() -> None:
    cv = "Skills\nI use ArcGIS and Forester GIS every day, and write woodland plans.\n"
    assert "Forester GIS" in _listed(cv)


@pytest.mark.parametrize(
    "item",
    [
        "Advanced Excel",  # a grade
        "Electrical fault finding",  # an adjective
        "Client communication",  # a plain word in sentence case
        "GIS mapping",  # what is done with the skill
        "Microsoft Excel",  # the skill's own full name
        "Kayak coaching",  # a common noun before a practice
    ],
)
def test_a_skill_with_a_grade_or_a_plain_word_is_no_product(item: str) -> None:
    assert item not in _listed(f"Skills\n{item}, Negotiation\n")


# --- 2. a discipline is never the employer --------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "Ecotoxicology",
        "Dendrochronology",
        "Agronomy",
        "Oceanography",
        "Geochemistry",
        "Orthoptics",
        "Optometry",
        "Viticulture",
        "Safety Pharmacology",
    ],
)
def test_a_discipline_is_told_by_the_shape_of_its_name(word: str) -> None:
    assert names_discipline(word)


@pytest.mark.parametrize(
    "name", ["Renishaw Metrology", "Oxford Genomics", "Tilhill Forestry", "Institute of Technology"]
)
def test_a_business_named_for_a_discipline_is_no_discipline(name: str) -> None:
    assert not names_discipline(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dendrochronologist: a discipline beside the title, the lab after it
            "Experience\nField Technician, Dendrochronology, Oxford Tree-Ring Laboratory, "
            "2014 – 2016\n- Cored oak timbers\n",
            ("Field Technician", "Oxford Tree-Ring Laboratory", "Dendrochronology"),
        ),
        (  # no employer named at all
            "Experience\nField Technician, Dendrochronology, 2014 – 2016\n- Cored oak timbers\n",
            ("Field Technician", None, "Dendrochronology"),
        ),
        (  # agronomist: a discipline in its own cell
            "Experience\nAgronomist | Agronomy | 2018 – 2022\n- Advised arable growers\n",
            ("Agronomist", None, "Agronomy"),
        ),
        (  # palaeontology technician: the discipline on the line under the title
            "Experience\nTechnician\nPalaeontology\n2010 – 2012\n- Prepared fossil specimens\n",
            ("Technician", None, "Palaeontology"),
        ),
        (  # orthoptist: the unit between title and employer
            "Experience\nOrthoptist, Orthoptics, Moorfields Eye Hospital, 2015 – 2020\n"
            "- Ran paediatric clinics\n",
            ("Orthoptist", "Moorfields Eye Hospital", "Orthoptics"),
        ),
    ],
)
def test_a_one_word_discipline_is_the_unit_not_the_employer(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _roles(text) == [expected]


def test_a_discipline_after_a_dash_stays_in_the_title_over_the_firm_below() -> None:
    # ecotoxicologist: the firm on the next line, the dates under it
    text = (
        "Experience\nSenior Scientist – Ecotoxicology\nAquatox Consulting Ltd, Stirling\n"
        "2019 – present\n- Ran chronic toxicity tests on river invertebrates\n"
    )
    assert _roles(text) == [("Senior Scientist – Ecotoxicology", "Aquatox Consulting Ltd", None)]


# --- 3. "<thing> skills" items --------------------------------------------------------------


def test_thing_skills_items_in_a_list_are_kept_or_give_the_known_skill() -> None:
    cv = "Skills\nRope access, Rescue skills, First aid skills, Casualty care skills\n"
    profile = analyse_cv(cv)
    listed = [item for item, _ in profile.listed]
    assert "Rescue skills" in listed and "Casualty care skills" in listed
    assert "First Aid" in {s.name for s in profile.skills}
    assert "First aid skills" not in listed  # the lexicon knows the thing


def test_thing_skills_lines_one_a_line_are_items_not_sub_headings() -> None:
    # mountain rescue: each line names one skill
    cv = (
        "SKILLS\nRope rescue skills\nSwiftwater rescue skills\nNegotiation skills\n"
        "EDUCATION\nBSc Geography, 2015\n"
    )
    profile = analyse_cv(cv)
    listed = [item for item, _ in profile.listed]
    assert "Rope rescue skills" in listed and "Swiftwater rescue skills" in listed
    assert "Negotiation" in {s.name for s in profile.soft_skills}


def test_a_sub_heading_over_its_own_items_stays_a_heading() -> None:
    # sommelier: "Service skills" heads the items below it; "Technical skills" groups
    cv = (
        "Skills\nService skills\n- Decanting, Coravin service\nTechnical skills\n"
        "- Cork-taint checks\n"
    )
    listed = _listed(cv)
    assert "Service skills" not in listed and "Technical skills" not in listed
    assert "Cork-taint checks" in listed


@pytest.mark.parametrize("item", ["Technical skills", "Key skills", "IT skills", "Clinical skills"])
def test_a_group_of_skills_is_no_item(item: str) -> None:
    assert item not in _listed(f"Skills\n- {item}\n- Tree climbing\n")


# --- 4. loose aliases out of their field ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Carried out market appraisals for vendors", "Performance Management"),  # estate agent
        ("Wrote option appraisals for two capital schemes", "Performance Management"),
        ("Ran monthly one to ones with personal training clients", "Performance Management"),
        ("Chaired quarterly supplier performance reviews", "Performance Management"),
        ("Improved patient compliance with home exercise programmes", "Regulatory Compliance"),
        ("100% compliance with the uniform policy on every audit", "Regulatory Compliance"),
        ("Maintained service levels above 90% on the phones", "Service Delivery"),
        ("Audited suppliers' labour standards for an ethical trade scheme", "Labour Planning"),
        ("Drove the route safely and kept the customer journey comfortable", "Customer Experience"),
    ],
)
def test_loose_aliases_do_not_fire_out_of_their_field(line: str, absent: str) -> None:
    assert absent not in _names(line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Ran annual appraisals and one-to-ones for a team of 12", "Performance Management"),
        ("Skills: rota planning, appraisals, recruitment", "Performance Management"),
        (
            "Ensured compliance with the Forestry Act and the UK Forestry Standard",
            "Regulatory Compliance",
        ),
        ("Compliance with discharge consents and permits", "Regulatory Compliance"),
        ("Negotiated service level agreements with three hauliers", "SLA Management"),
        ("Set engineered labour standards for pick and pack", "Labour Planning"),
        ("Redesigned the customer journey for online checkout", "Customer Experience"),
    ],
)
def test_the_same_aliases_count_in_their_field(line: str, present: str) -> None:
    assert present in _names(line)


# --- 5. an operating theatre is a setting ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Scrub practitioner in the operating theatres for orthopaedic lists",  # ODP
        "Anaesthetic assistance in theatres and recovery",  # anaesthetic nurse
        "Prepared theatres, instruments and patients for equine surgery",  # equine vet nurse
    ],
)
def test_an_operating_theatre_is_read(line: str) -> None:
    assert "Theatre Practice" in _names(line)


@pytest.mark.parametrize(
    "line",
    [
        "Deputy Stage Manager, Live Theatre, Newcastle",  # stage manager
        "Lighting operator for touring theatre and opera",  # lighting technician
        "Worked front of house at the Theatre Royal",
    ],
)
def test_a_playhouse_is_no_operating_theatre(line: str) -> None:
    assert "Theatre Practice" not in _names(line)


def test_theatre_and_the_delivery_suite_are_asked_about_as_settings() -> None:
    theatre = skill_named("Theatre Practice")
    intrapartum = skill_named("Intrapartum Care")
    assert theatre is not None and intrapartum is not None
    assert names_setting(theatre, "theatre") and names_setting(theatre, "operating theatres")
    assert not names_setting(theatre, "theatre practice")
    assert names_setting(intrapartum, "delivery suite")
    assert kind_as_written(theatre, "theatre") == "setting"
    assert setting_place("theatre") == "theatre"
    assert setting_place("delivery suite") == "the delivery suite"
