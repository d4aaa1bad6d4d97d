"""A short answer about life outside work is redirected, not asked for more detail."""

from __future__ import annotations

from interview_core.interviewer.answers import read

QUESTION = (
    "Describe a time you coached a new colleague on the tills: what was at stake, what did you "
    "do yourself, and how did it turn out?"
)


def test_a_short_answer_about_life_outside_work_is_off_topic() -> None:
    answer = "Honestly I mostly go to gigs at the weekend, loads of bands at the local pub."
    reading = read(QUESTION, answer)
    assert reading.signals.is_vague  # short and hedged, yet its topic is its own
    assert reading.kind == "off_topic"


def test_a_short_hedged_work_answer_beside_the_question_stays_vague() -> None:
    answer = "Stock counts are a big part of what I do. We sorted a few out and it was fine."
    assert read(QUESTION, answer).kind == "vague"
