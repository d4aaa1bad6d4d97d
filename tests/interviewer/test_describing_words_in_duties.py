"""Words of a duty that describe or name things stay as they are when the duty is turned.

A participle used as a describing word ("existing", "prevailing"), a gerund with no object
before a clause of its own ("…logging and alerting so we…") and a verb that takes its object
only through its preposition ("care", "liaise") are never turned into the next verb of a list.
"""

from __future__ import annotations

import pytest

from interview_core.interviewer.fluency import problems
from interview_core.interviewer.phrases import base_form, gerund


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        (
            "auditing client files and ensuring compliance with existing consumer legislation",
            "audit client files and ensure compliance with existing consumer legislation",
        ),
        (
            "checking cellar stock and updating prevailing price lists",
            "check cellar stock and update prevailing price lists",
        ),
        (
            "improving tracing, logging and alerting so that we catch faults early",
            "improve tracing, logging and alerting so that we catch faults early",
        ),
        # A verb of a list still turns: these are the ones the rules must keep.
        (
            "setting shoeing targets and increasing visits across the yard",
            "set shoeing targets and increase visits across the yard",
        ),
        (
            "reviewing the rota and monitoring costs of production",
            "review the rota and monitor costs of production",
        ),
    ],
)
def test_base_form_keeps_describing_words_and_objectless_gerunds(phrase: str, said: str) -> None:
    assert base_form(phrase) == said


@pytest.mark.parametrize(
    ("duty", "said"),
    [
        (
            "train volunteers and care home staff in safe moving and handling",
            "training volunteers and care home staff in safe moving and handling",
        ),
        (
            "support families and care home residents through the move",
            "supporting families and care home residents through the move",
        ),
        (
            "assess horses and care for them after surgery",
            "assessing horses and caring for them after surgery",
        ),
        ("brief pilots and liaise with the tower", "briefing pilots and liaising with the tower"),
        # A verb with an object of its own is still the next verb.
        (
            "recruit volunteers and train ward staff",
            "recruiting volunteers and training ward staff",
        ),
    ],
)
def test_a_verb_that_needs_its_preposition_is_a_noun_before_another_word(
    duty: str, said: str
) -> None:
    assert gerund(duty) == said
    assert problems(f"Tell me about {said}.") == []
