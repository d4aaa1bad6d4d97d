"""Three readings the report's summary and outline rest on, each tried on invented text from
fields outside the development set (vineyards, ferries, orchestras, zoos, glassblowing):

- a figure is a result (a change or an outcome) or the scale of the work (its budget, its size,
  a price set), and only results are counted and quoted as "a measured result of your own";
- an opening with no content of its own (a deflection, a filler, a view with nothing concrete)
  is never offered as an opening to keep;
- an acronym's plural ("GPs", "KPIs") is no named system to call a gap, and its singular on
  the CV ("KPI") comes close to it.
"""

from __future__ import annotations

import pytest

from interview_core.language.answers import opens_as_reply, says_nothing_of_its_own
from interview_core.language.figures import RESULT, SCALE, figure_role, figures
from interview_core.scorer import assess_answer
from interview_core.scorer.answer import result_figures
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.summary import (
    _figure_example,
    _term_word_in,
    names_system,
    result_evidence,
)


def _roles(sentence: str) -> dict[str, str]:
    return {f.text: figure_role(sentence, f) for f in figures(sentence)}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("I ran a £2m replanting budget across the three vineyards.", "£2m"),
        ("She looked after a charter book worth €3.1m.", "€3.1m"),
        ("I put an eight percent loading on the winter sailings.", "eight percent"),
        ("On the night ferry I managed 40 cabins and 12 staff.", "12 staff"),
        ("The orchestra's tour had a budget of £450,000.", "£450,000"),
        ("I look after 30 dive schools, about €2.4m ARR.", "€2.4m"),
        ("I priced the hull cover at technical rate plus six percent.", "six percent"),
    ],
)
def test_the_size_of_the_work_or_a_price_set_is_scale(sentence: str, figure: str) -> None:
    assert _roles(sentence)[figure] == SCALE


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Bottling losses fell from 6 percent to 2 percent in a season.", "2 percent"),
        ("The new rota saved £18,000 a year in overtime.", "£18,000"),
        ("We had 20% fewer late sailings by the spring.", "20%"),
        ("Keeper injuries were cut by 30% after the new gates went in.", "30%"),
        ("Subscriber retention reached 94% that season.", "94%"),
        ("The new season's package added €400k ARR.", "€400k"),
    ],
)
def test_a_change_or_an_outcome_is_a_result(sentence: str, figure: str) -> None:
    assert _roles(sentence)[figure] == RESULT


def test_what_came_of_the_work_valued_is_no_scale() -> None:
    sentence = "That's worth about £11,000 a year on the grape price."
    assert _roles(sentence)["£11,000"] != SCALE


def test_a_sentence_can_hold_both() -> None:
    roles = _roles("We cut the £2m glass budget by 10% and saved £40k on gas.")
    assert roles == {"£2m": SCALE, "10%": RESULT, "£40k": RESULT}


FERRY_JD = """Ferry Operations Manager
You will run the port's sailings, cut late departures and lead the shore team.
Requirements: marine operations; safety management; leadership."""
FERRY_CV = """Niamh Doyle
Duty Manager, Westsound Ferries, Oban  2017 - Present
- Run a fleet of four vessels on the island routes
"""


def test_the_size_of_the_work_is_no_measured_result() -> None:
    a = assess_answer(
        "Tell me about the largest operation you have run.",
        "At Westsound I ran a £2m refit programme and managed 12 staff across two vessels. "
        "I planned each dry dock and briefed the crews every morning.",
        FERRY_JD,
        FERRY_CV,
    )
    assert result_evidence(a) == []


def test_the_example_figure_is_the_result_not_the_budget() -> None:
    a = assess_answer(
        "Tell me about a time you reduced late departures.",
        "Late departures were costing us connections. I moved the freight check-in earlier "
        "and split the car deck loading into two lanes. On a £2m route budget, late "
        "departures fell to 4% within a season.",
        FERRY_JD,
        FERRY_CV,
    )
    found = result_evidence(a)
    assert "£2m" not in found
    assert _figure_example(a, found) == "4%"
    assert all(f.text != "£2m" for f in result_figures(a.best_sentence() or ""))


@pytest.mark.parametrize(
    "sentence",
    [
        "It was a team effort really.",
        "Honestly it went fine, nothing major.",
        "To be honest, it's hard to pick one out of so many.",
        "I think safety is everything when you're working with big cats.",
        "For me, it's all about the animals and how settled they are.",
        "Nothing special, we just got on with it as a crew.",
    ],
)
def test_an_opening_with_nothing_of_its_own(sentence: str) -> None:
    assert says_nothing_of_its_own(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly, last March the Leeds depot lost its only forklift on a Friday night.",
        "I think the best example was when our glory hole furnace failed mid-commission.",
        "I worked with a young keeper who froze every time the tigers were moved.",
        "Our second violins had lost three players in a month before the Vienna tour.",
    ],
)
def test_an_opening_with_content_of_its_own(sentence: str) -> None:
    assert not says_nothing_of_its_own(sentence)


def test_a_reply_to_the_interviewer_is_read_as_one() -> None:
    assert opens_as_reply("Sure, the first thing that comes to mind is the kiln.")
    assert not opens_as_reply("The kiln cracked two days before the commission was due.")


ZOO_JD = """Senior Zookeeper
You will lead the carnivore section, plan animal moves and keep husbandry records.
Requirements: animal husbandry; safe animal moves; leading keepers."""
ZOO_CV = """Tom Varga
Keeper, Highmoor Wildlife Park  2016 - Present
- Care for the big cat section of six animals
"""


@pytest.mark.parametrize(
    "deflection", ["It was a team effort really.", "Honestly it went fine in the end."]
)
def test_a_deflecting_opening_is_not_kept(deflection: str) -> None:
    a = assess_answer(
        "Tell me about a time you moved a dangerous animal safely.",
        f"{deflection} The tiger had to go to the new enclosure at Highmoor in March. I "
        "planned the crate training over three weeks, briefed the vet and the keepers, and "
        "closed the public paths that morning. She walked into the crate on the first try "
        "and the move took 40 minutes with no injuries.",
        ZOO_JD,
        ZOO_CV,
    )
    lines = stronger_answer(a, ZOO_CV, ["safe animal moves"])
    assert not any(deflection.rstrip(".") in line for line in lines)


def test_an_acronym_plural_is_no_named_system() -> None:
    assert not names_system("liaising with GPs")
    assert not names_system("store KPIs")
    assert not names_system("SOPs")
    assert names_system("CGM")
    assert names_system("NPTC CS30/31")
    assert names_system("RSPCA SOPs")


def test_an_acronym_plural_is_read_as_its_singular_on_the_cv() -> None:
    assert _term_word_in("weekly KPIs", "Reported the KPI pack for the glass studio each week")
    assert _term_word_in("ROVs", "Piloted an ROV on the wind farm inspections")
    assert not _term_word_in("ROVs", "Dived the wind farm inspections")


def test_a_skill_is_not_held_up_from_an_answer_beside_its_question() -> None:
    from types import SimpleNamespace

    from interview_core.scorer.summary import _shown_at_work

    on = assess_answer(
        "Tell me about a time you moved a dangerous animal safely.",
        "The tiger had to go to the new enclosure at Highmoor in March. I planned the crate "
        "training over three weeks, briefed the vet and the keepers, and closed the public "
        "paths that morning. She walked into the crate on the first try and the move took "
        "40 minutes with no injuries to keepers or to her, and the vet signed her off the "
        "next day.",
        ZOO_JD,
        ZOO_CV,
    )
    off = assess_answer(
        "Tell me about a time you moved a dangerous animal safely.",
        "Last summer I built a treehouse with my nephew in the garden. I planned the frame, "
        "I cut every plank myself and we painted it green over a long weekend. My sister "
        "loved it and we had a barbecue to celebrate with the neighbours and their kids, "
        "and it is still standing.",
        ZOO_JD,
        ZOO_CV,
    )
    an = SimpleNamespace(assessments=[on, off])
    assert _shown_at_work("I planned the crate training over three weeks", 1, an)
    assert not _shown_at_work("I planned the frame", 2, an)


def test_the_skill_a_question_asks_about_is_read_from_its_words() -> None:
    from interview_core.scorer.summary import _asked_skill

    assert _asked_skill("communication skills", "How do you communicate with a nervous diver?")
    assert not _asked_skill("communication skills", "How do you plan a decompression dive?")
