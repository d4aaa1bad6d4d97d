"""The examples an advert gives of what it asks for (`language.examples`)."""

from __future__ import annotations

import pytest

from interview_core.language.examples import advert_examples, example_named, only_as_example


@pytest.mark.parametrize(
    ("line", "illustrated", "examples"),
    [
        (
            "- Experience using a booking or kennel management system (e.g. PetLedger)",
            "Experience using a booking or kennel management system",
            ("PetLedger",),
        ),
        (
            "CAD software (such as Vectorworks or SketchUp) for stage plans",
            "CAD software",
            ("Vectorworks", "SketchUp"),
        ),
        (
            "Knowledge of tide-table software such as TideCalc or Neptune; a VHF licence",
            "Knowledge of tide-table software",
            ("TideCalc", "Neptune"),
        ),
        (
            "Cloud bookkeeping, e.g. Xero or FreeAgent, and payroll",
            "Cloud bookkeeping",
            ("Xero", "FreeAgent"),
        ),
        ("A CRM (like HubSpot, Pipedrive etc.)", "A CRM", ("HubSpot", "Pipedrive")),
    ],
)
def test_examples_and_what_they_illustrate(
    line: str, illustrated: str, examples: tuple[str, ...]
) -> None:
    [found] = advert_examples(line)
    assert found.illustrated == illustrated
    assert found.examples == examples


@pytest.mark.parametrize(
    "line",
    [
        "PTS (Personal Track Safety) and COSS",  # an expansion, not an example
        "Experience of hoof care (remedial shoeing)",  # no marker: not read as examples
        "Full UK driving licence",
    ],
)
def test_lines_without_examples(line: str) -> None:
    assert advert_examples(line) == []


def test_an_example_is_named_as_a_whole_word() -> None:
    [found] = advert_examples("Rigging software (e.g. Vectorworks Spotlight or WYSIWYG)")
    assert example_named(found, "Drew lighting plots in WYSIWYG for 40 shows") == "WYSIWYG"
    assert example_named(found, "Drew lighting plots by hand") is None


def test_only_as_example() -> None:
    advert = "CAD software (such as AutoCAD or Vectorworks)\nSite safety"
    assert only_as_example(advert, "AutoCAD")
    assert not only_as_example(advert + "\nAutoCAD Civil 3D skills", "AutoCAD")
    assert not only_as_example(advert, "CAD software")
