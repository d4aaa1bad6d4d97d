"""A redirected question is read for what it asks, not for the interviewer's way back to it.

"I hear you, but let me bring us back to my question." or "You mentioned the tide tables.
Coming back to what I asked, though: …" only bring the candidate back: their words (and the
matter the answer went to) are no part of the question's topic. Fields invented here.
"""

from __future__ import annotations

from interview_core.scorer import assess_answer
from interview_core.scorer.focus import question_focus
from interview_core.scorer.questions import read_question, without_redirect
from interview_core.scorer.rules import advice_for

PILOT_JOB = """Harbour Pilot, Saltmere Port Authority
- Board and con vessels through the estuary channel under pilotage directions.
- Carry out passage planning with masters, including tidal windows and under-keel clearance.
- Keep pilotage records and report incidents to the harbour master.
"""

REDIRECTS = [
    (
        "Fair enough, though that takes us away from what I asked. Coming back to it: one "
        "example of passage planning with masters, what you did, and what came of it?"
    ),
    (
        "I hear you, but let me bring us back to my question. Can you give me one example of "
        "passage planning with masters: what you did, and how it turned out?"
    ),
    (
        "You mentioned tugboat crews. Coming back to what I asked, though: could you give me "
        "one specific example of your work with passage planning: what happened, what you did "
        "yourself, and how it ended?"
    ),
]


def test_redirect_sentences_are_no_part_of_the_topic() -> None:
    for question in REDIRECTS:
        stems = set(read_question(question).topic_stems)
        assert {"passag", "plann"} <= {s[:6] for s in stems} | {s[:5] for s in stems}
        for word in ("fair", "enough", "away", "ask", "though", "tugboat", "crew"):
            assert not any(s.startswith(word[:4]) for s in stems), (word, stems)
        terms = question_focus(question, PILOT_JOB).terms
        assert not any(t.startswith(("fair", "tug", "crew", "away")) for t in terms), terms


def test_a_mention_is_kept_when_it_is_the_question() -> None:
    # "You mentioned the bell tuning. Can you take me through one occasion?" follows the
    # mention up: it is what is asked.
    question = "You mentioned the bell tuning. Can you take me through one specific occasion?"
    assert without_redirect(question) == question
    assert "tuning" in question_focus(question).terms


def test_on_question_story_after_a_redirect_is_not_called_beside_it() -> None:
    question = REDIRECTS[2]
    answer = (
        "On a loaded bulk carrier drawing 11.2 metres, the master wanted to sail on the evening "
        "ebb. I sat with him and the mate over the passage plan, worked the tidal window and "
        "the under-keel clearance at the bar, and showed him we would have only 0.4 metres at "
        "the shallowest point. I proposed holding for the morning flood, agreed abort points "
        "and speeds with him, and briefed the tug masters. We sailed at 06:10 with 1.3 metres "
        "under the keel, and the harbour master now uses our plan sheet for deep-draught ships."
    )
    a = assess_answer(question, answer, PILOT_JOB)
    assert not a.off_topic
    assert "drifting" not in [x.rule for x in advice_for(a)]
