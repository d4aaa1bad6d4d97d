"""Misreadings met on CVs from fields the labelled pairs do not have, fixed by general rules.

Invented CVs and lines: a lift engineer, an escalator technician, a wine-country bar worker, a
ski technician, a cellar hand, a beekeeper, a farrier's apprentice, a locksmith, a tram
driver, an orthotist, a deaf support teacher.
"""

from __future__ import annotations

import pytest

from interview_core.language.cv import analyse_cv, looks_like_title
from interview_core.language.dates import find_lone_year
from interview_core.language.places import is_place, names_town_elsewhere
from interview_core.language.skills import extract_skills


def _names(text: str) -> set[str]:
    return {s.name for s in extract_skills(text)}


def _roles(cv: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.title, r.employer, r.location) for r in analyse_cv(cv).roles]


# 1. An employer named like a town abroad, before the town where the job was.


def test_employer_named_like_a_town_abroad_stays_the_employer() -> None:
    cv = """Dana Hart
EXPERIENCE
Lift Engineer, Otis, Birmingham
Jan 2019 – Present
- Serviced 40 passenger lifts a month
Escalator Technician, Kone, Leeds | 2016 – 2018
- Maintained escalators at two shopping centres
Apprentice Lift Engineer, Schindler, Leeds
Sep 2013 – Dec 2015
- Assisted with lift modernisations
"""
    assert _roles(cv) == [
        ("Lift Engineer", "Otis", "Birmingham"),
        ("Escalator Technician", "Kone", "Leeds"),
        ("Apprentice Lift Engineer", "Schindler", "Leeds"),
    ]


@pytest.mark.parametrize(
    ("first", "then", "elsewhere"),
    [
        ("Otis", "Birmingham", True),
        ("Kone", "Leeds", True),
        ("Stratford", "London", False),
        ("Salford", "Manchester", False),
        ("Beaune", "Dijon", False),
    ],
)
def test_a_district_before_its_city_is_no_employer(first: str, then: str, elsewhere: bool) -> None:
    assert names_town_elsewhere(first, then) is elsewhere


# 2. A town abroad after the title's dash, the employer on the dated line below.


@pytest.mark.parametrize("name", ["Saint-Émilion", "Sainte-Maxime", "San Gimignano", "Val Thorens"])
def test_towns_opened_by_a_saint_or_valley_word_are_places(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize(
    "name", ["St Mungo's", "St John Ambulance", "Château Saint-Jean", "Saint-Gobain"]
)
def test_charities_firms_and_houses_so_named_are_no_places(name: str) -> None:
    assert not is_place(name)


def test_place_after_a_dash_with_the_employer_below() -> None:
    cv = """Luc Martin
EXPERIENCE
Bar Staff – Saint-Émilion
Château Figeac | 2019 – 2021
- Served guests at tastings
Ski Technician – Val Thorens
Skiset | 2017 – 2019
- Fitted boots for 90 guests a day
Dog Groomer – Much Wenlock
Pawfect Grooming Ltd | 2015 – 2017
- Groomed 12 dogs a day
"""
    assert _roles(cv) == [
        ("Bar Staff", "Château Figeac", "Saint-Émilion"),
        ("Ski Technician", "Skiset", "Val Thorens"),
        ("Dog Groomer", "Pawfect Grooming Ltd", "Much Wenlock"),
    ]


# 3. A role held within one year, dated by that year alone.


def test_roles_of_one_year_are_positions() -> None:
    cv = """Ivy Cole
WORK HISTORY
Cellar Hand | Beaune | 2018
- Racked barrels
Assistant Beekeeper, Hexham, 2016
- Inspected 30 hives weekly
Farrier's Apprentice – Newmarket – Jun 2015
- Shod racehorses
Apprentice Locksmith, Keyworks Ltd, Derby, 2014
- Cut keys
"""
    roles = analyse_cv(cv).roles
    assert [(r.title, r.start_year, r.end_year) for r in roles] == [
        ("Cellar Hand", 2018, 2018),
        ("Assistant Beekeeper", 2016, 2016),
        ("Farrier's Apprentice", 2015, 2015),
        ("Apprentice Locksmith", 2014, 2014),
    ]
    assert roles[3].employer == "Keyworks Ltd"
    assert not any(r.is_current for r in roles)


def test_a_lone_year_needs_a_job_line_over_bullets() -> None:
    cv = """Ivy Cole
EXPERIENCE
Tram Driver | Metrolink | 2019 – Present
- Drove 40 services a week
Best Newcomer Award, 2019
Highly commended, Tram Skills Challenge, 2020
"""
    assert [r.title for r in analyse_cv(cv).roles] == ["Tram Driver"]
    assert find_lone_year("BSc Zoology, 2018") is not None  # a year; the caller decides
    assert find_lone_year("2018") is None


# 4. A duty line named by a noun from a verb is no title.


@pytest.mark.parametrize(
    "line",
    [
        "Supervision of apiary volunteers",
        "Training of new tram drivers",
        "Coordination of interpreter bookings",
        "Line management of two assistant brewers",
        "Oversight of locksmith apprentices",
    ],
)
def test_duties_opening_on_a_verbal_noun_are_no_titles(line: str) -> None:
    assert not looks_like_title(line)


@pytest.mark.parametrize(
    "line",
    ["Head of Apiary Operations", "Teacher of the Deaf", "Director of Brewing", "Clerk of Works"],
)
def test_titles_with_of_stay_titles(line: str) -> None:
    assert looks_like_title(line)


# 5. Helpdesks of other trades, product clouds, credentials being studied for.


@pytest.mark.parametrize(
    "line",
    [
        "Helpdesk for reactive maintenance",
        "Ran the tenant repairs helpdesk",
        "Logged calls on the estates help desk and booked contractors for leaks",
    ],
)
def test_helpdesks_of_other_trades_are_no_it_support(line: str) -> None:
    assert "IT Support" not in _names(line)


@pytest.mark.parametrize(
    "line",
    [
        "IT helpdesk: password resets and laptop builds",
        "Helpdesk support for 300 users on Windows 11",
    ],
)
def test_it_helpdesks_are_it_support(line: str) -> None:
    assert "IT Support" in _names(line)


def test_salesforce_clouds_are_read_by_name() -> None:
    assert "Salesforce Service Cloud" in _names("Worked cases in Salesforce Service Cloud")
    assert "Salesforce Marketing Cloud" in _names("Built Marketing Cloud journeys for donors")


def test_a_skill_named_only_in_a_credential_studied_for_is_not_claimed() -> None:
    cv = """Tom Reed
PROFILE
Tram driver for six years, and working towards AWS certification.
EXPERIENCE
Tram Driver | Metrolink | 2019 – Present
- Drove 40 services a week
"""
    assert "AWS" not in {s.name for s in analyse_cv(cv).skills}


# 6. Professional registrations and awards.


def test_registration_with_a_regulator_is_a_credential() -> None:
    cv = """Maya Okafor
EXPERIENCE
Orthotist | Opcare | 2019 – Present
- Assessed 600 patients a year
CERTIFICATIONS
HCPC Orthotist (OR04512)
"""
    assert "HCPC Registration" in {s.name for s in analyse_cv(cv).credentials}


def test_a_named_award_from_a_university_is_a_certification() -> None:
    cv = """Rhys Evans
EXPERIENCE
Teacher of the Deaf | Cardiff Council | 2016 – Present
- Taught 14 deaf pupils
EDUCATION AND QUALIFICATIONS
* National Award for SEN Coordination (NASENCo), Cardiff Metropolitan University, 2022
* Award in Education and Training, Coleg Gwent, 2019
* BA (Hons) Linguistics, University of Bristol, 2012
"""
    certs = analyse_cv(cv).certifications
    assert any("NASENCo" in c for c in certs)
    assert any("Award in Education and Training" in c for c in certs)
    assert not any("Linguistics" in c for c in certs)
