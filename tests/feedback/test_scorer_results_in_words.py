"""A result told in words ("sixty percent … now twelve", "88 percent, from 64") is heard as a
measured result, and the coach quotes the clause that holds it, not the answer's opening.

Invented answers from fields the product was not written for: dog groomer, translator,
bookbinder, beekeeper.
"""

from __future__ import annotations

from interview_core.scorer import assess_answer
from interview_core.scorer.answer import best_result_sentence, measures_a_result, result_clause
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.rules import _vague_gap, advice_for, verdict

RESULT_Q = "How did that turn out: what changed as a result, and how did you measure it?"
GROOMER_STORY = (
    "At Wagtail Grooming our no-show rate was the worst in the group. I looked at every missed "
    "appointment for a quarter, rang the owners who missed twice and rewrote the booking rules. "
    "I also moved reminders from email to text."
)
# One long sentence, the result at its very end, every figure in words.
GROOMER_RESULT = (
    "On no-shows, so when I started at the salon they were really high, forty percent, which "
    "for grooming is not unusual but still, and the reasons, well, some owners just forgot, some "
    "were the online booking, which was slow, and then I started texting owners the day before, "
    "and we took a deposit for first visits, and it took a few months, but no-shows now are "
    "twelve."
)
TRANSLATOR_Q = (
    "Tell me about a time you fixed a problem with terminology in the team's contract "
    "translations: what did you do, and what was the result?"
)
TRANSLATOR_STORY = (
    "So with the legal glossary project, um, it started because a client had sent back a couple "
    "of contracts, well not mine personally, but from the team, and the account manager "
    "mentioned it on a call, and then I said I'd look at it, and I went through the returned "
    "files, lots of files, I think it was a hundred and something, and some of them had the "
    "term right but not consistent, or consistent but wrong, and then there was the question of "
    "who signs off a new term, and we went back and forth on that, and then I built a shared "
    "termbase, and then there was the checklist idea, which actually came from a trainee, and "
    "anyway by the end first-pass acceptance was 92 percent, from 70, which was good."
)


def test_a_result_in_words_is_measured_and_not_asked_for_a_figure() -> None:
    a = assess_answer(RESULT_Q, GROOMER_RESULT, previous=GROOMER_STORY)
    assert a.signals.star["result"] >= 0.5
    assert measures_a_result(a.signals.sentences)
    said = " ".join(f"{x.label} {x.advice}" for x in advice_for(a)) + verdict(a)
    assert "no figure" not in said and "Put a figure" not in said


def test_the_quoted_result_is_the_clause_that_holds_the_change() -> None:
    a = assess_answer(RESULT_Q, GROOMER_RESULT, previous=GROOMER_STORY)
    assert best_result_sentence(a.signals.sentences) == "No-shows now are twelve"
    lines = stronger_answer(a, "", [])
    assert any("No-shows now are twelve" in line for line in lines), lines
    assert not any("On no-shows, so when" in line for line in lines), lines


def test_a_before_and_after_in_a_rambling_answer_is_its_result() -> None:
    a = assess_answer(TRANSLATOR_Q, TRANSLATOR_STORY)
    assert a.signals.star["result"] >= 0.5
    assert best_result_sentence(a.signals.sentences) == (
        "By the end first-pass acceptance was 92 percent, from 70"
    )
    said = verdict(a) + " ".join(x.advice for x in advice_for(a))
    assert "how it ended, with one figure" not in said
    assert "Put a figure" not in said
    # It has what was done and how it ended: short of good, what it lacks is a telling that
    # can be followed.
    assert a.signals.runs_on
    assert _vague_gap(a).rule == "vague_run_on"


def test_a_short_sentence_is_quoted_whole() -> None:
    bookbinder = "Repairs now take two days instead of five, down from a week."
    assert result_clause(bookbinder) == bookbinder


def test_a_change_that_is_its_own_size_counts_as_measured() -> None:
    q = "Tell me about a time you improved your hives' survival: what did you do, what happened?"
    beekeeper = (
        "Winter losses at the Dunmore apiary were the worst in the association. I treated every "
        "colony for varroa in August instead of October and moved the weakest hives out of the "
        "frost hollow. Over the next two winters our losses halved."
    )
    a = assess_answer(q, beekeeper)
    assert measures_a_result(a.signals.sentences)
    assert "Put a figure" not in " ".join(x.advice for x in advice_for(a))
