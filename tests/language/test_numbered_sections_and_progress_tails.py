"""Numbered section headings ("3. Qualifications") and credentials whose progress is said
after a dash or in brackets ("— in progress, expected 2027", "(completing 2026)").

The CVs and lines are invented for these tests, in fields the evaluation sets do not use
(farriery, arboriculture, winemaking, archive work, hydrology, beekeeping).
"""

from __future__ import annotations

import pytest

from interview_core.language.cv import _heading_line
from interview_core.language.layout import blocks
from interview_core.language.profile import analyse_cv
from interview_core.language.progress import held_and_pending, in_progress

_SECTIONS = _heading_line()

CV = """Curriculum Vitae

Name: Tomasz Nowak
Email: t.nowak@mail.com

1. Personal statement
Farrier with nine years shoeing sport and working horses across the Welsh borders.

2. Work history
2016 – present: Farrier, Marches Equine Forge, Hereford
   • Shoe and trim 30 horses a week, including remedial work with two veterinary practices
2013 – 2016: Apprentice Farrier, Ledbury Forge

3. Qualifications
Diploma in Advanced Remedial Farriery (Equine Podiatry) — in progress, expected 2027
Diploma of the Worshipful Company of Farriers (DipWCF), 2016

4. References
Available on request
"""


def test_a_numbered_section_name_is_a_heading() -> None:
    found = blocks(CV, _SECTIONS)
    kinds = {b.text: b.kind for b in found}
    assert kinds["Qualifications"] == "heading"
    assert kinds["Work history"] == "heading"


def test_numbered_items_that_name_no_section_stay_items() -> None:
    text = "Duties\n1. Prune orchard trees in winter\n2. Fell hazardous trees\n"
    kinds = [b.kind for b in blocks(text, _SECTIONS)]
    assert kinds[1:] == ["bullet", "bullet"]


def test_a_credential_under_a_numbered_heading_in_progress() -> None:
    profile = analyse_cv(CV)
    assert not any("Remedial" in c for c in profile.certifications)
    assert any("Remedial Farriery" in p for p in profile.in_progress)
    assert any("DipWCF" in c for c in profile.certifications)


@pytest.mark.parametrize(
    "line",
    [
        "Level 4 Certificate in Arboriculture — due 2026",
        "Diploma in Viticulture (completing 2026)",
        "Postgraduate Certificate in Archival Practice – final module",
        "Postgraduate Certificate in Archival Practice — awaiting results",
        "Level 3 Award in Beekeeping – final exam May 2026",
        "MSc Hydrology (final year)",
        "Certificate in Wine Business, graduating 2027",
        "Diploma in Conservation of Stone — in progress, expected 2028",
    ],
)
def test_progress_after_a_dash_or_in_brackets(line: str) -> None:
    assert in_progress(line)
    assert held_and_pending(line) == ("", line)


@pytest.mark.parametrize(
    "line",
    [
        "Level 3 Award in Beekeeping (2021) — completed",
        "BSc Hydrology, 2019 – final year project on flood risk",
        "Diploma in Viticulture, completed 2019",
    ],
)
def test_held_credentials_stay_held(line: str) -> None:
    assert not in_progress(line)
