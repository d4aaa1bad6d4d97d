"""Skills read only from whole phrases and in the documents' own words, on invented CVs and
adverts from fields the repository has no data for (beekeeper, glazier, sound engineer,
actuary, bookbinder, dog groomer, translator)."""

from __future__ import annotations

import pytest

from interview_core.language.cv import analyse_cv
from interview_core.language.field_skills import _shows
from interview_core.language.job import _mask, analyse_job
from interview_core.language.skills import extract_skills


def _names(text: str) -> list[str]:
    return [s.name for s in extract_skills(text)]


@pytest.mark.parametrize(
    ("title", "company", "advert"),
    [
        (
            "Head Beekeeper",
            "Swift Apiaries Ltd",
            "Swift Apiaries Ltd keeps 400 hives in the Cotswolds.\n\n"
            "Requirements\n- Three seasons of queen rearing\n- Swift's honey house hygiene rules",
        ),
        (
            "Site Glazier",
            "Rust Glass & Glazing (Northern Windows)",
            "Northern Windows fits curtain walling across Yorkshire.\n\n"
            "What we need\n- Rust Glass experience welcome\n- CSCS card and IPAF",
        ),
        (
            "Live Sound Engineer",
            "Go Sound Hire",
            "Go Sound Hire supplies PA for festivals.\n\nRequirements\n- Mixing on DiGiCo desks",
        ),
    ],
)
def test_the_company_name_is_never_a_skill(title: str, company: str, advert: str) -> None:
    job = analyse_job(title, company, advert)
    named = {s.name for s in (*job.skills, *job.nice_to_have)}
    assert not named & {"Swift", "Rust", "Go"}


def test_the_company_cut_short_is_masked_where_it_would_read_as_a_skill() -> None:
    name = "Rust Glass & Glazing (Northern Windows)"
    masked = _mask("Rust Glass fits; Rust's vans; Northern Windows; rust on frames", name)
    assert masked == "the company fits; the company's vans; Northern Windows; rust on frames"
    # The whole name always goes; a short form naming no skill stays for the questions.
    assert _mask("Rust Glass & Glazing (Northern Windows) fits", name) == "the company fits"
    assert _mask("the Tarn design system", "Tarn Studio") == "the Tarn design system"
    # A common word written in lower case is not the company.
    assert "a swift response" in _mask("we need a swift response", "Swift Apiaries")


@pytest.mark.parametrize(
    "line",
    [
        "Audited hive inspection compliance; improved from 70% to 95%",  # beekeeper
        "Bead and putty compliance 100% on the snagging walk",  # glazier
        "Loudness compliance checked on every stem before delivery",  # sound engineer
    ],
)
def test_an_audit_rate_is_no_regulatory_compliance(line: str) -> None:
    assert "Regulatory Compliance" not in _names(line)


@pytest.mark.parametrize(
    "line",
    [
        "Solvency II reporting and compliance with PRA regulations",  # actuary
        "Worked with the compliance team on the with-profits fund",  # actuary
        "Ensured compliance with the Building Regulations Part K",  # glazier
        "Honey house hygiene and food safety compliance",  # beekeeper
        "Ran compliance checks on 40 driver files each month",  # fleet administrator
        "Led quarterly compliance audits across six boarding kennels",  # kennel manager
    ],
)
def test_compliance_with_rules_or_a_compliance_team_is_regulatory_compliance(line: str) -> None:
    assert "Regulatory Compliance" in _names(line)


@pytest.mark.parametrize(
    ("line", "rota"),
    [
        ("Groomer rotas for a six-table salon", True),  # dog groomer
        ("Rota planning for 4 booth translators at conferences", True),  # translator
        ("Rota and labour planning for the summer shows", True),  # sound engineer
        ("On the emergency swarm call-out rota", False),  # beekeeper: on a rota, not planning
    ],
)
def test_rotas_are_rota_planning_not_workforce_planning(line: str, rota: bool) -> None:
    names = _names(line)
    assert "Workforce Planning" not in names
    assert ("Rota Planning" in names) is rota


def test_workforce_planning_keeps_its_own_names() -> None:
    assert "Workforce Planning" in _names("Actuarial workforce planning for the pricing team")


def test_a_logged_tally_among_licences_is_no_certificate() -> None:
    cv = (
        "Jo Pike\nLive Sound Engineer\n\nEXPERIENCE\n"
        "FOH Engineer | Go Sound Hire | 2019 – present\n- Mixed 200 shows a year\n\n"
        "CERTIFICATES\n"
        "- Total mixing time 4,200 hrs; 1,300 hrs on DiGiCo SD12\n"
        "- IPAF 3a; First Aid at Work; Sea Survival (2 days)\n"
    )
    certs = analyse_cv(cv).certifications
    assert not any("hrs" in c for c in certs)
    assert "Sea Survival (2 days)" in certs
    assert any("IPAF" in c for c in certs)


def test_an_item_joining_a_known_skill_keeps_the_other_half() -> None:
    cv = (
        "Ann Reed\nBookbinder\n\nEXPERIENCE\n"
        "Bookbinder | Vellum & Co | 2018 – present\n- Rebound 300 ledgers\n\n"
        "SKILLS\nProject management and leather paring, SKF and PVA, gold finishing\n"
    )
    listed = [item for item, _ in analyse_cv(cv).listed]
    assert "Leather paring" in listed
    assert "Gold finishing" in listed
    # Two things the lexicon does not know stay as the CV joins them.
    assert "SKF and PVA" in listed


def test_a_slash_between_two_bodies_names_each() -> None:
    # "NPTC/City & Guilds" names NPTC: a beekeeper's or an arborist's certificate line.
    assert _shows("NPTC climbing", "NPTC/City & Guilds: CS38 (climbing and aerial rescue)")
    assert _shows("BBKA basic", "BBKA/Lantra Basic Assessment, 2021")
