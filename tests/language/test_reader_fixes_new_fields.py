"""Misreadings met on CVs from fields the labelled pairs do not have, fixed by general rules.

Invented CVs and lines: a police call handler, a railway signaller, a solar PV installer, a
housing officer, an orthotist, a speech and language therapist, a dietitian, a chalet chef.
"""

from __future__ import annotations

import pytest

from interview_core.language.cv import analyse_cv
from interview_core.language.dates import find_range
from interview_core.language.memberships import distinct, memberships, same_credential
from interview_core.language.progress import in_progress
from interview_core.language.skills import extract_skills


def _names(text: str) -> set[str]:
    return {s.name for s in extract_skills(text)}


# 1. Aliases another field uses for something else count only in their own context.


@pytest.mark.parametrize(
    "line",
    [
        "Used Cisco Finesse telephony to queue 999 and 101 calls",
        "Logged on via VPN to the signalling control centre when working remotely",
        "Ran DNS checks on tenants before allocating a property",
    ],
)
def test_network_names_outside_network_work_are_no_networking(line: str) -> None:
    assert "Networking" not in _names(line)


@pytest.mark.parametrize(
    "line",
    [
        "Configured Cisco switches and VLANs for the depot",
        "Set up site-to-site VPN tunnels and firewall rules for 14 solar farms",
        "Basic networking (DNS, DHCP, VLANs)",
    ],
)
def test_network_names_in_network_work_are_networking(line: str) -> None:
    assert "Networking" in _names(line)


@pytest.mark.parametrize(
    "line",
    [
        "Referred vulnerable tenants to social work teams and the mental health crisis line",
        "Worked with the social work team on hoarding cases",
        "Shared repeat-caller information with social work colleagues",
    ],
)
def test_social_work_as_a_partner_is_no_social_work(line: str) -> None:
    assert "Social Work" not in _names(line)


def test_social_work_done_is_still_read() -> None:
    assert "Social Work" in _names("Social Worker with six years in adult safeguarding")
    assert "Social Work" in _names("MA Social Work, University of Lincoln, 2018")


def test_mental_health_first_aid_is_its_own_credential() -> None:
    assert _names("Mental Health First Aid (MHFA England), 2022") == {"Mental Health First Aid"}
    assert _names("Trained Mental Health First Aider") == {"Mental Health First Aid"}
    assert "First Aid" in _names("Emergency First Aid at Work, 2024")


def test_call_handler_reads_call_control_and_de_escalation() -> None:
    cv = """Jordan Ellis
Police Call Handler

EXPERIENCE
Police Call Handler | West Yorkshire Police | Mar 2020 – Present
- Use call control techniques to keep panicking callers focused on the location
- De-escalating abusive callers and keeping them on the line until officers arrive
- Referred vulnerable callers to social work teams through safeguarding referrals

TRAINING
Mental Health First Aid (MHFA England), 2022
"""
    profile = analyse_cv(cv)
    names = {s.name for s in (*profile.skills, *profile.soft_skills)}
    assert {"Call Handling", "Conflict Resolution", "Mental Health First Aid"} <= names
    assert not names & {"Social Work", "Networking", "First Aid"}


# 2. A labelled skills line is read wherever it sits.


@pytest.mark.parametrize(
    "skills_line",
    [
        "Skills: Gait analysis, casting, 3D scanning, orthosis fitting, patient education",
        "Skills – Gait analysis, casting, 3D scanning, orthosis fitting, patient education",
    ],
)
def test_skills_line_under_a_role_is_read(skills_line: str) -> None:
    cv = f"""Sam Okafor
Orthotist

Experience
Orthotist – Leeds Teaching Hospitals | Jan 2021 – Present
• Assess and fit ankle-foot orthoses for adults after stroke in weekly clinics
{skills_line}

Education
BSc (Hons) Prosthetics and Orthotics, University of Salford, 2020
"""
    listed = {name.lower() for name, _ in analyse_cv(cv).listed}
    assert {"gait analysis", "casting", "orthosis fitting"} <= listed


def test_a_title_opening_on_skills_is_no_skills_label() -> None:
    cv = """Experience
Skills Coach – Learndirect | 2019 – 2021
- Coached 40 adult learners a year into work
"""
    profile = analyse_cv(cv)
    assert [(r.title, r.employer) for r in profile.roles] == [("Skills Coach", "Learndirect")]
    assert not profile.listed


# 3. Credentials: not held yet, named twice, memberships.


@pytest.mark.parametrize(
    "line",
    [
        "NEBOSH General Certificate – studying",
        "IOSH Managing Safely (ongoing)",
        "MCS solar PV installer certification - pending",
        "Level 4 Certificate in Housing, underway",
    ],
)
def test_progress_word_ending_the_line_is_not_held(line: str) -> None:
    assert in_progress(line)


@pytest.mark.parametrize(
    "line",
    [
        "First Aid at Work – current",
        "Provided ongoing support to tenants in arrears",
        "Studying track circuit faults with the S&T team",
    ],
)
def test_progress_words_elsewhere_say_nothing(line: str) -> None:
    assert not in_progress(line)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Hannah Cole MRCSLT", ["MRCSLT"]),
        ("Registered orthotist (MBAPO) with eight years", ["MBAPO"]),
        ("CIH Chartered Member, MCIH", ["MCIH"]),
        (
            "Member of the Royal College of Speech and Language Therapists",
            ["Member of the Royal College of Speech and Language Therapists"],
        ),
        ("Registered with the HCPC since 2016", ["HCPC registration"]),
        ("MRSA screening on admission", []),
        ("Dr Amir Khan MBChB", []),
        ("Member of the signalling team at York", []),
    ],
)
def test_memberships(line: str, found: list[str]) -> None:
    assert memberships(line) == found


def test_the_same_credential_is_listed_once() -> None:
    assert same_credential("HCPC registration (SL12345)", "HCPC registration")
    assert same_credential("HCPC registration", "Health and Care Professions Council registration")
    assert same_credential(
        "MRCSLT", "Member of the Royal College of Speech and Language Therapists"
    )
    assert not same_credential("Level 2 Food Hygiene", "Level 3 Food Hygiene")
    assert distinct(["HCPC registration", "IOSH Managing Safely", "HCPC registration (AB1)"]) == [
        "HCPC registration",
        "IOSH Managing Safely",
    ]


def test_speech_therapist_credentials() -> None:
    cv = """Hannah Cole MRCSLT
Speech and Language Therapist

Profile
HCPC registered speech and language therapist with seven years in paediatric services.

Experience
Speech and Language Therapist | Salford Royal NHS Foundation Trust | Sep 2017 – Present
• Dysphagia assessments on adult stroke wards

Qualifications
HCPC registration (SL12345)
NEBOSH General Certificate – studying
HCPC registration
"""
    profile = analyse_cv(cv)
    assert profile.certifications == ("MRCSLT", "HCPC registration (SL12345)")
    assert profile.in_progress == ("NEBOSH General Certificate – studying",)
    assert "NEBOSH" not in {s.name for s in profile.skills}


# 4. Titles and seasons.


def test_status_label_is_no_part_of_the_title() -> None:
    cv = """Ellis Ward
Railway Signaller

Experience
Current: Signaller | Network Rail, York ROC | Jun 2021 – Present
- Regulate trains across 40 route miles
Previous role: Crossing Keeper | Network Rail | 2017 – 2021
- Operated manually controlled barriers
"""
    titles = [r.title for r in analyse_cv(cv).roles]
    assert titles == ["Signaller", "Crossing Keeper"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Winter 2021/22", (2021, 12, 2022, 2)),
        ("Winter 2021/2022", (2021, 12, 2022, 2)),
        ("Winter 2019/20 – Winter 2020/21", (2019, 12, 2021, 2)),
        ("Winter 2019/20 - 2020/21", (2019, 12, 2021, 2)),
        ("Winter seasons 2019/20 – 2021/22", (2019, 12, 2022, 2)),
        ("Summer 2019 – Winter 2021/22", (2019, 6, 2022, 2)),
        ("Summers 2018 – 2022", (2018, 6, 2022, None)),
        ("Summer 2018 – Autumn 2019", (2018, 6, 2019, 9)),
        ("2019/20 – 2021/22", (2019, 9, 2022, 7)),
    ],
)
def test_season_ranges_end_in_the_season(text: str, span: tuple[int, int, int, int | None]) -> None:
    found = find_range(text)
    assert found is not None
    assert (found.start_year, found.start_month, found.end_year, found.end_month) == span


# 5. Things the bullets work on that the CV names again are skills in its own words.


def test_things_worked_on() -> None:
    from interview_core.language.duty_objects import things_worked_on

    assert things_worked_on("Carry out roof surveys and string design checks") == [
        "roof surveys",
        "string design checks",
    ]
    assert things_worked_on("Booked void inspections and supported tenancy audits") == [
        "void inspections",
        "tenancy audits",
    ]
    # A capitalised word past the first names a product or a place, not a skill.
    assert things_worked_on("Log incidents on the STORM system") == []


def test_recurring_things_are_read_as_the_candidates_own_skills() -> None:
    cv = """Kai Morgan
Solar PV Installer

Summary
Solar PV installer with five years fitting domestic systems, including battery storage.

Experience
Solar PV Installer | BrightRoof Energy, Exeter | Mar 2021 – Present
- Carry out roof surveys and string design checks before installation
- Fit battery storage systems and commission them with the customer's app
- Answer calls from abusive callers on the night shift

Electrician's Mate | Westcountry Electrical | 2019 – 2021
- Supported roof surveys and battery storage installs
- Calmed abusive callers during the night shift
"""
    listed = {name.lower() for name, _ in analyse_cv(cv).listed}
    assert {"roof surveys", "battery storage"} <= listed
    # People and plain words of work recur in any CV: never a skill.
    assert not listed & {"abusive callers", "night shift"}


def test_a_thing_named_once_is_only_a_detail() -> None:
    cv = """Ellis Ward
Railway Signaller

Experience
Signaller | Network Rail, York ROC | Jun 2019 – Present
- Grant and give up line blockages for engineering teams
- Manage degraded working during track circuit failures
"""
    assert not analyse_cv(cv).listed
