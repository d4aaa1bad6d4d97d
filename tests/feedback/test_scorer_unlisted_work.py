"""A work story told in the field's own words, which no word list holds, is never capped as a
story about something else; a story from life outside work still is."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.scorer import score_interview
from interview_core.scorer.answer import assess_answer
from interview_core.scorer.dimensions import OFF_TOPIC_CAP

CV = (
    "Receptionist, Harbour Vets, Truro (2021 - now)\n"
    "- Book appointments and take payments for a four-vet practice.\n"
)
JOB = (
    "Senior Receptionist. You'll run the front desk, support the practice manager and keep "
    "clients informed. Experience on a busy reception needed."
)
QUESTION = (
    "Can you give me one concrete example of supporting the practice manager on a busy day, "
    "with the details of what you personally did?"
)
WORK_STORY = (
    "One Saturday two nurses called in sick. I moved myself onto the phones, put our newest "
    "starter on the till with a checklist, and called in someone from the weekday rota. We saw "
    "everyone and our mystery shopper score that week was 92%."
)
LIFE_STORY = (
    "One Monday my sister rang to say she was coming to stay for 10 days with her two dogs, so "
    "I cleared the spare room, bought a new duvet and planned walks along the beach for us."
)


def _score(answer: str) -> int:
    ctx = InterviewContext("Senior Receptionist", "Bay Vets", CV, JOB, (Turn(QUESTION, answer),))
    return score_interview(ctx).questions[0].score


def test_a_work_story_in_unlisted_words_is_not_read_as_off_topic() -> None:
    assert not assess_answer(QUESTION, WORK_STORY, JOB, CV, "Bay Vets").off_topic
    report = score_interview(
        InterviewContext("Senior Receptionist", "Bay Vets", CV, JOB, (Turn(QUESTION, WORK_STORY),))
    )
    assert "something other than the question" not in report.questions[0].verdict


def test_a_story_from_life_outside_work_is_still_capped() -> None:
    assert assess_answer(QUESTION, LIFE_STORY, JOB, CV, "Bay Vets").off_topic
    assert _score(LIFE_STORY) <= OFF_TOPIC_CAP
