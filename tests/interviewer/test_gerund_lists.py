"""A duty written as a list of verb phrases is said alike throughout, and the fluency check
catches a list that is not (invented duties from translation, railway signalling, event
floristry and tax advice)."""

from __future__ import annotations

import pytest

from interview_core.interviewer.fluency import problems
from interview_core.interviewer.phrases import gerund


@pytest.mark.parametrize(
    ("duty", "said"),
    [
        (
            "check source texts, query ambiguities and proofread final drafts",
            "checking source texts, querying ambiguities and proofreading final drafts",
        ),
        (
            "maintain the signal box log, report faults and liaise with the control centre",
            "maintaining the signal box log, reporting faults and liaising with the control centre",
        ),
        (
            "book venues, brief caterers and confirm numbers",
            "booking venues, briefing caterers and confirming numbers",
        ),
        # A list of things stays a list of things, a compound adjective is no verb.
        (
            "install arches, garlands, table centres and two-tier displays",
            "installing arches, garlands, table centres and two-tier displays",
        ),
        # A compound verb is turned by its last part.
        (
            "quality-assure translations and certify copies",
            "quality-assuring translations and certifying copies",
        ),
        # ... and so is one written as two words, first or after "and" (a youth worker).
        (
            "line manage two youth workers and a team of volunteers",
            "line managing two youth workers and a team of volunteers",
        ),
        (
            "plan evening sessions and line manage two youth workers",
            "planning evening sessions and line managing two youth workers",
        ),
        # A duty verb after a verb phrase with its object opens the next one (a crane
        # operator's checks); a noun before a plural noun stays a noun ("stock levels").
        (
            "carry out daily pre-use checks and record defects in the crane log",
            "carrying out daily pre-use checks and recording defects in the crane log",
        ),
        ("manage budgets and stock levels", "managing budgets and stock levels"),
        # An adverb before the verb stays before it (an estate agent's duty).
        (
            "personally carry out market appraisals and win instructions from vendors",
            "personally carrying out market appraisals and winning instructions from vendors",
        ),
    ],
)
def test_a_list_of_verb_phrases_is_turned_alike(duty: str, said: str) -> None:
    assert gerund(duty) == said


def test_a_gerund_list_with_a_bare_verb_is_not_fluent() -> None:
    found = problems(
        "This role involves preparing tax returns, advise clients on reliefs and reviewing "
        "HMRC correspondence. Tell me about a time you did something similar."
    )
    assert any("bare verb 'advise'" in p for p in found)


def test_a_gerund_list_followed_by_the_question_is_fluent() -> None:
    # What follows the list's last gerund is the question going on, not an item of it.
    assert not problems(
        "Can you pick one example of checking source texts and proofreading final drafts and "
        "tell me what you did and how it went?"
    )
    assert not problems(
        "This role involves booking venues, briefing caterers and confirming numbers."
    )
