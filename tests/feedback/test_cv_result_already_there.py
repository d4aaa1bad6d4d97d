"""A result told in an answer is suggested for the CV only when the CV lacks its figure, in
digits or in words."""

from __future__ import annotations

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.scorer import score_interview
from interview_core.scorer.summary import _on_cv

JD = """Senior Translator
Translate legal and technical documents from German into English; manage a glossary; review
the work of junior translators. Requirements: a degree in translation; CAT tools."""
QUESTION = "Tell me about a time you cut the number of translations clients sent back."
ANSWER = (
    "At Lexa Language Services I noticed our clients kept sending back contracts for the same "
    "terms. I built a shared glossary in our CAT tool, ran a review session each Friday and "
    "paired each junior with a senior reviser. Over the next year client returns fell by "
    "forty percent and two clients moved all their German work to us."
)


def _cv(bullet: str) -> str:
    return (
        "Ana Weber\nSenior Translator, Lexa Language Services, Bristol  Jan 2019 - Present\n"
        f"- {bullet}\n- Translate about 4,000 words a day from German into English\n"
    )


def _cv_items(cv: str) -> list[str]:
    ctx = InterviewContext("Senior Translator", "Verba", cv, JD, (Turn(QUESTION, ANSWER),))
    return score_interview(ctx).cv_improvements


def test_a_result_the_cv_already_states_in_digits_is_not_suggested() -> None:
    items = _cv_items(_cv("Built a shared glossary that cut client returns by 40%"))
    assert not any(i.startswith("Add the result") for i in items)


def test_a_result_the_cv_lacks_is_suggested() -> None:
    items = _cv_items(_cv("Reviewed the work of three junior translators"))
    assert any(i.startswith("Add the result you described in question 1") for i in items)


@pytest.mark.parametrize(
    ("figure", "cv", "there"),
    [
        ("twenty-two percent", "Grew the book 22% in two years", True),
        ("eleven percent", "Like-for-like sales up 11%", True),
        ("£1,200", "Saved £1200 a month on fuel", True),
        ("seventy percent", "Made 17 changes to the hive records", False),
        ("84%", "Cut waiting from 61 to 19 minutes", False),
    ],
)
def test_a_figure_is_found_on_the_cv_by_its_value(figure: str, cv: str, there: bool) -> None:
    assert _on_cv(figure, cv) is there
