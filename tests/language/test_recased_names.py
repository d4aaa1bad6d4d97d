"""Titles and employers written in capitals are said in ordinary case; acronyms stay capitals.

Invented fields only (lighthouse keeping, falconry, brewing, air-traffic control).
"""

from __future__ import annotations

import pytest

from interview_core.language.cv import analyse_cv, recase


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("NORTHERN LIGHTHOUSE BOARD", "Northern Lighthouse Board"),
        ("RSPB SCOTLAND AND THE ISLANDS", "RSPB Scotland and the Islands"),
        ("HAWK CONSERVANCY TRUST", "Hawk Conservancy Trust"),
        ("BDO LLP", "BDO LLP"),
        ("SAP BREWING COMPANY", "SAP Brewing Company"),
        ("ALDER & FINCH BREWING CO LTD", "Alder & Finch Brewing Co Ltd"),
        ("BRITISH GAS", "British Gas"),
        ("Harbour Brewing Co", "Harbour Brewing Co"),
    ],
)
def test_names_in_capitals_are_recased_and_acronyms_kept(written: str, said: str) -> None:
    assert recase(written) == said


def test_an_employer_in_capitals_is_read_in_ordinary_case() -> None:
    cv = """Morag Leith
Lighthouse Technician

EXPERIENCE
Senior Lighthouse Technician
NORTHERN LIGHTHOUSE BOARD, Oban | 03/2019 – Present
- Kept 14 remote lights and fog signals in service across the Inner Hebrides.

Lighthouse Technician
NORTHERN LIGHTHOUSE BOARD, Oban | 06/2014 – 02/2019
- Serviced solar and battery systems on 22 minor lights.
"""
    roles = analyse_cv(cv).roles
    assert [r.employer for r in roles] == ["Northern Lighthouse Board"] * 2
    assert roles[0].is_current
