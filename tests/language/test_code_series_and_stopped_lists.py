"""Skills and certificate lines of fields the lexicon does not know, read whole.

A series of codes after a comma ("Rule Book modules S, TS, G1", "IPAF 3a, 3b") is one
certificate, not a fragment per code; a module code ("Modules A1–A4") is no language level;
a skills list ending on a full stop is still a list; "Competences" heads a skills list; a
trade's "renewals" or an interpreter's "witness statements" are no sales or legal skill.
"""

from __future__ import annotations

import pytest

from interview_core.language.cv import join_code_series, speaks
from interview_core.language.profile import analyse_cv
from interview_core.language.skills import extract_skills


def _read(text: str):  # type: ignore[no-untyped-def]
    return analyse_cv(text, this_year=2026)


@pytest.mark.parametrize(
    ("pieces", "joined"),
    [
        (["Rule Book modules S", "TS", "G1"], ["Rule Book modules S, TS, G1"]),
        (["PASMA", "IPAF 3a", "3b"], ["PASMA", "IPAF 3a, 3b"]),
        (["NPTC CS30", "CS31", "Brushcutter"], ["NPTC CS30, CS31", "Brushcutter"]),
        (["EAL Units 301", "302", "305"], ["EAL Units 301, 302, 305"]),
        # A code after a whole item, or alone, is an item of its own.
        (["Python", "R", "SQL"], ["Python", "R", "SQL"]),
        (["COSS", "PICOP", "PTS"], ["COSS", "PICOP", "PTS"]),
        (["LOLER", "PUWER", "COSHH"], ["LOLER", "PUWER", "COSHH"]),
        (["Python 3", "Go"], ["Python 3", "Go"]),
    ],
)
def test_codes_that_carry_on_a_series_join_it(pieces: list[str], joined: list[str]) -> None:
    assert join_code_series(pieces) == joined


def test_a_code_series_in_a_tickets_list_is_one_certificate() -> None:
    cv = (
        "Experience\nScaffolder, Altrad Services, 2019 – present\n\n"
        "Tickets\nCISRS Advanced Scaffolder Card\nPASMA, IPAF 3a, 3b\n"
        "Track safety: PTS with DCCR, Rule Book modules T2, T3, TS1\n"
    )
    certs = _read(cv).certifications
    assert "IPAF 3a, 3b" in certs
    assert "3b" not in certs
    assert not any(c in ("T3", "TS1") for c in certs)


def test_a_code_series_in_a_skills_list_is_one_item() -> None:
    cv = (
        "Experience\nSignalling Technician, Siemens Mobility, 2018 – present\n\n"
        "Skills\nRule Book modules S, TS, G1; possession planning; fault finding\n"
    )
    profile = _read(cv)
    items = [item for item, _ in profile.listed]
    assert "Rule Book modules S, TS, G1" in profile.certifications
    # "fault finding" is a lexicon skill: read as one, not as an item of the CV's own words
    assert items == ["Possession planning"]
    assert "Fault Finding" in {s.name for s in profile.skills}
    cv = cv.replace("Rule Book modules S, TS, G1", "NPTC CS30, CS31")
    assert [item for item, _ in _read(cv).listed][0] == "NPTC CS30, CS31"


def test_a_module_code_is_no_language_level() -> None:
    assert not speaks("CISRS Scaffold Inspection, Modules A1–A4")
    assert not speaks("Units B1, B2 and C1 of the award")
    assert speaks("Polish (native), English (C2), Russian (B1)")
    assert speaks("German B2")
    cv = "Skills\nModules A1–A4, track safety, tube and fitting\n"
    profile = _read(cv)
    assert profile.spoken_languages == ()
    assert "Track safety" in [item for item, _ in profile.listed]


@pytest.mark.parametrize(
    ("skills", "wanted"),
    [
        (
            "Fault finding on relay and microprocessor controllers, traction and hydraulic lifts,\n"
            "escalator maintenance, lift entrapment release, LOLER, BS EN 81-20.",
            {"Escalator maintenance", "LOLER", "BS EN 81-20"},
        ),
        (
            "Multibeam echosounder surveys, QPS Qimera, sub-bottom profiling, tidal reduction.",
            {"Hydrographic Surveying", "Sub-bottom profiling", "Tidal reduction"},
        ),
        (
            "Consecutive interpreting, sight translation, legal terminology, note-taking,\n"
            "impartiality under the NRPSI Code of Professional Conduct.",
            {"Interpreting", "Legal terminology"},
        ),
    ],
)
def test_a_skills_list_ending_on_a_full_stop_is_a_list(skills: str, wanted: set[str]) -> None:
    cv = f"Experience\nEngineer, Otis Ltd, 2019 – present\n\nSkills\n{skills}\n"
    profile = _read(cv)
    # each item read: in the CV's own words, or as the lexicon skill it names
    items = {item for item, _ in profile.listed} | {s.name for s in profile.skills}
    assert wanted <= items


@pytest.mark.parametrize(
    "line",
    [
        "I am a calm and reliable person who enjoys a challenge.",
        "References available on request.",
        "Brewing, fermentation.",
    ],
)
def test_a_sentence_or_a_short_line_with_a_full_stop_is_no_list(line: str) -> None:
    cv = f"Experience\nBrewer, Fyne Ales, 2019 – present\n\nSkills\n{line}\n"
    assert not _read(cv).listed


def test_competences_heads_a_skills_list() -> None:
    cv = (
        "Experience\nTree Surgeon, Oakleaf Tree Care, 2019 – present\n\n"
        "Competences\nAerial rescue, sectional dismantling, stump grinding\n"
    )
    items = [item for item, _ in _read(cv).listed]
    assert items == ["Aerial rescue", "Sectional dismantling", "Stump grinding"]


@pytest.mark.parametrize(
    "line",
    [
        "Plain line renewals, sleeper changes and stoneblowing support",
        "Roof renewals and chimney repairs on listed buildings",
        "Sight-translate witness statements, pre-sentence reports and bail conditions",
    ],
)
def test_a_trade_renewal_or_an_interpreted_statement_is_no_business_skill(line: str) -> None:
    names = {s.name for s in extract_skills(line)}
    assert not names & {"Renewals", "Customer Retention", "Litigation"}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Managed renewals for 40 SaaS accounts worth £2m ARR", "Renewals"),
        ("Handled policy renewals for commercial clients", "Renewals"),
        ("Drafted witness statements for the claimant in civil proceedings", "Litigation"),
    ],
)
def test_renewals_and_witness_statements_keep_their_meaning_in_context(
    line: str, name: str
) -> None:
    assert name in {s.name for s in extract_skills(line)}


def test_modules_passed_among_the_skills_are_a_certificate() -> None:
    cv = (
        "Experience\nTrack Operative, Amey Rail, 2017 – present\n\n"
        "Competences\nPTS with DCCR; COSS; Rule Book modules T2, T3, TS1\n"
        "Track patrolling, rail stressing\n"
    )
    profile = _read(cv)
    assert "Rule Book modules T2, T3, TS1" in profile.certifications
    assert {s.name for s in profile.credentials} >= {"Personal Track Safety", "COSS"}
    assert [item for item, _ in profile.listed] == ["Track patrolling", "Rail stressing"]


def test_pts_is_a_track_card_only_beside_the_railway() -> None:
    assert "Personal Track Safety" in {s.name for s in extract_skills("PTS with DCCR, COSS")}
    assert not extract_skills("Scored 12 pts in the county quiz league")


@pytest.mark.parametrize(
    ("paragraph", "wanted"),
    [
        (
            "I am at home with felling licence applications, harvest planning and timber\n"
            "measurement, and I use ArcGIS and Forester GIS every day.",
            [
                "Felling licence applications",
                "Harvest planning",
                "Timber measurement",
                "Forester GIS",
            ],  # ArcGIS is read by the lexicon; Forester GIS is a product that brings GIS
        ),
        (
            "I specialise in reed voicing, flue pipe regulation and tonal finishing.",
            ["Reed voicing", "Flue pipe regulation", "Tonal finishing"],
        ),
        (
            "I am confident in wort production, dry hopping and CIP, which I carry out daily.",
            ["Wort production", "Dry hopping", "CIP"],
        ),
    ],
)
def test_skills_told_in_sentences_are_read(paragraph: str, wanted: list[str]) -> None:
    cv = f"Experience\nForester, Tilhill Forestry, 2019 – present\n\nSkills\n{paragraph}\n"
    assert [item for item, _ in _read(cv).listed] == wanted


@pytest.mark.parametrize(
    "paragraph",
    [
        "I am a hard-working and reliable person who enjoys working with people.",
        "I enjoy working with customers and colleagues, and I am always punctual.",
    ],
)
def test_sentences_about_the_person_give_no_skill(paragraph: str) -> None:
    cv = f"Experience\nBrewer, Fyne Ales, 2019 – present\n\nSkills\n{paragraph}\n"
    assert not _read(cv).listed


def _roles(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(r.title, r.employer, r.start_year) for r in _read(text).roles]


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        # Title, employer, town and country over a dates line: a role, not a skills list.
        (
            "Conservator (Books), Bodleian Libraries, Oxford, UK",
            "Conservator (Books)",
            "Bodleian Libraries",
        ),
        ("Audiologist, Lakeside Hearing, Leeds, United Kingdom", "Audiologist", "Lakeside Hearing"),
        # "at the" parts the title from the employer as "at" does.
        (
            "Conservator (Books) at the Bodleian Libraries",
            "Conservator (Books)",
            "Bodleian Libraries",
        ),
        ("Forester at the Forestry Commission", "Forester", "Forestry Commission"),
        # Two columns run together: the title's bracket closes it.
        (
            "Reed Voicer (Pipe Organs) Harrison & Harrison Ltd",
            "Reed Voicer (Pipe Organs)",
            "Harrison & Harrison Ltd",
        ),
        (
            "Audiologist (Paediatrics) Leeds Teaching Hospitals NHS Trust",
            "Audiologist (Paediatrics)",
            "Leeds Teaching Hospitals NHS Trust",
        ),
    ],
)
def test_a_role_line_over_its_dates_keeps_title_bracket_and_employer(
    line: str, title: str, employer: str
) -> None:
    cv = f"Experience\n{line}\nMarch 2019 – Present\n- Did the work\n"
    assert _roles(cv) == [(title, employer, 2019)]


def test_at_the_before_a_word_in_lower_case_is_no_joint() -> None:
    cv = "Experience\nTeam Leader at the weekend market\n2019 – Present\n- Ran the stall\n"
    assert _roles(cv)[0][0] == "Team Leader at the weekend market"


def test_a_country_bracket_and_a_legal_ending_stay_in_the_firm_name() -> None:
    cv = "Experience\nSenior Buyer, Halcyon Rail (UK) Ltd\n2019 – Present\n- Bought parts\n"
    assert _roles(cv) == [("Senior Buyer", "Halcyon Rail (UK) Ltd", 2019)]
