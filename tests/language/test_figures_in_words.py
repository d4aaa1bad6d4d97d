"""Figures written in words, and changes told with their size, read as digits would be.

Invented lines from fields the product was not written for: dog groomer, beekeeper,
translator, customs officer, glazier, bookbinder.
"""

from __future__ import annotations

import pytest

from interview_core.language.figures import changes, figures, spelled_value


def _texts(text: str) -> list[str]:
    return [f.text for f in figures(text)]


def _changes(text: str) -> list[str]:
    return [text[a:b] for a, b in changes(text)]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("sixty", 60),
        ("twenty-five", 25),
        ("sixty five", 65),
        ("a hundred and twenty", 120),
        ("two thousand three hundred", 2300),
        ("three and a half", 3.5),
        ("one point one million", 1_100_000),
        ("five six", None),
    ],
)
def test_spelled_numbers_have_their_values(words: str, value: float | None) -> None:
    assert spelled_value(words) == value


def test_a_share_or_money_in_words_is_a_figure() -> None:
    groomer = "Repeat bookings were sixty percent and the van now takes forty thousand pounds."
    assert _texts(groomer) == ["sixty percent", "forty thousand pounds"]
    beekeeper = "We lost a third of the hives that winter, and one in five queens failed."
    assert _texts(beekeeper) == ["a third", "one in five"]
    # A share says what it measures only with its words around it: never quoted alone.
    assert not any(f.quotable for f in figures(beekeeper))


def test_a_decimal_in_words_is_one_figure() -> None:
    bookbinder = "The conservation grant, one point one million pounds, came through in May."
    assert _texts(bookbinder) == ["one point one million pounds"]
    assert figures("At one point the guillotine jammed.") == []


def test_small_counts_and_times_in_words_are_prose_not_figures() -> None:
    # Below ten, numbers are written in words as a matter of course; a time places a story.
    assert figures("Two bartenders called in sick, so I covered for three weeks.") == []
    assert figures("For about two years now I have bound the parish registers.") == []
    assert _texts("Our translators handled fourteen clients a week.") == ["fourteen clients"]


def test_a_time_in_words_inside_a_change_measures_the_result() -> None:
    glazier = "Fitting time came down from forty minutes to twelve per pane."
    assert "forty minutes" in _texts(glazier)
    assert _changes(glazier) == ["down from forty minutes to twelve"]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # A translator's first-pass acceptance, before and after, in words.
        (
            "First-pass acceptance rose from sixty-four to eighty-eight percent.",
            "from sixty-four to eighty-eight percent",
        ),
        # The after first, then the before: "88 percent, from 64".
        ("By the end it was 88 percent, from 64, which was good.", "88 percent, from 64"),
        ("Seizure errors are 3 percent, down from 11.", "3 percent, down from 11"),
        # Where a measure ended up, in words.
        ("Missed grooming slots now is twenty-five a month.", "now is twenty-five"),
        # A change word that is its own size.
        ("Customs hold times halved after the new triage.", "halved"),
    ],
)
def test_changes_with_their_size_are_found_in_any_words(text: str, change: str) -> None:
    assert change in _changes(text)


def test_periods_pronouns_and_plain_counts_are_no_change() -> None:
    assert _changes("I worked as a glazier from 2019 to 2021.") == []
    assert _changes("And now one of them runs the bindery.") == []
    assert _changes("Two officers searched the lorry with three dogs.") == []
