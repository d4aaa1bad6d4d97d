"""A credential line may hold one credential held and the next one not yet ("PRINCE2
Foundation (2021); Practitioner booked for March"): each part is read as what it is, and a
credential named only where it is not held yet is no skill the candidate has.

Invented lines from fields the labelled pairs do not have (veterinary nursing, air traffic
control, wind-turbine work, beekeeping, project management).
"""

from __future__ import annotations

import pytest

from interview_core.language.cv import analyse_cv
from interview_core.language.progress import held_and_pending


@pytest.mark.parametrize(
    ("line", "held", "pending"),
    [
        (
            "PRINCE2 Foundation (2021); Practitioner booked for March",
            "PRINCE2 Foundation (2021)",
            "Practitioner booked for March",
        ),
        (
            "PRINCE2 Foundation (2021), Practitioner booked for March 2027",
            "PRINCE2 Foundation (2021)",
            "Practitioner booked for March 2027",
        ),
        (
            "GWO BST passed 2022 – GWO Advanced Rescue booked for June 2026",
            "GWO BST passed 2022",
            "GWO Advanced Rescue booked for June 2026",
        ),
        (  # the in-progress part names nothing of its own: it stands for the one before
            "RVN (2019); Certificate in Advanced Veterinary Nursing – working towards, due 2027",
            "RVN (2019)",
            "Certificate in Advanced Veterinary Nursing – working towards, due 2027",
        ),
        (
            "ATCO licence, Aerodrome Control (2018); Approach Radar rating in progress",
            "ATCO licence, Aerodrome Control (2018)",
            "Approach Radar rating in progress",
        ),
    ],
)
def test_a_line_mixing_held_and_in_progress_is_parted(line: str, held: str, pending: str) -> None:
    assert held_and_pending(line) == (held, pending)


@pytest.mark.parametrize(
    "line",
    [
        "Level 5 Diploma in Beekeeping – working towards, due 2027",
        "NEBOSH General Certificate – studying for, exam booked for May 2026",
        # Nothing says the first part is held: the whole line is in progress.
        "Diploma in Counselling, Level 4 working towards",
        "ITIL 4 Foundation in progress",
    ],
)
def test_a_line_wholly_in_progress_stays_whole(line: str) -> None:
    assert held_and_pending(line) == ("", line)


def test_a_held_line_with_a_renewal_date_is_held() -> None:
    line = "Sign Language Interpreter registration (2020), renewal due 2027"
    assert held_and_pending(line) == (line, "")


CV = """Robin Hale
Experience
Project Manager
Kestrel Wind Services | 2019 – Present
- Ran turbine blade repair projects for three offshore sites

Certifications
{line}
"""


def test_the_cv_keeps_the_held_part_among_its_certificates() -> None:
    cv = analyse_cv(CV.format(line="PRINCE2 Foundation (2021), Practitioner booked for March 2027"))
    assert cv.certifications == ("PRINCE2 Foundation (2021)",)
    assert cv.in_progress == ("Practitioner booked for March 2027",)
    assert "PRINCE2" in [s.name for s in cv.skills]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ITIL 4 Foundation in progress", "ITIL"),
        ("NEBOSH General Certificate – studying for, exam booked for May 2026", "NEBOSH"),
    ],
)
def test_a_credential_named_only_in_progress_is_no_skill_held(line: str, name: str) -> None:
    cv = analyse_cv(CV.format(line=line))
    assert name not in [s.name for s in cv.skills]
    # Still there to be asked about, never called missing.
    assert cv.in_progress == (line,)
    assert any(name in m.text for _, found in cv.mentions for m in found)
