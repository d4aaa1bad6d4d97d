"""The weakest answer named in the summary is true beside the off-topic answers."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.scorer import score_interview

CV = """Sam Reed
Dog Groomer, Fluff & Buff Salon, Leeds  Mar 2020 - Present
- Groom 8 to 10 dogs a day, including hand-stripping terriers
- Cut booking no-shows from 12% to 4% with text reminders
"""
JD = """Senior Dog Groomer
You will groom dogs of all breeds, handle anxious dogs calmly and train junior groomers.
Requirements: Level 3 dog grooming qualification; hand-stripping experience."""
ANXIOUS = Turn(
    "Tell me about a time you handled an anxious dog during a groom.",
    "I had a rescue greyhound who shook on the table. I stopped, let him sniff the dryer, "
    "switched to a towel dry and did the nails last with treats. I split the groom over two "
    "visits and by the third visit he stood for the full groom without shaking.",
)
FOOTBALL = Turn(
    "How do you train a junior groomer in hand-stripping?",
    "On Saturday I went to a football match with my brother and we had a curry after. "
    "It was a great day out and the weather held up nicely for once.",
)
THIN = Turn(
    "Tell me about a time a client was unhappy with a cut.",
    "Sometimes clients are unhappy. I just deal with it really.",
)


def _weaknesses(*turns: Turn) -> list[str]:
    ctx = InterviewContext("Senior Dog Groomer", "Waggy Tails", CV, JD, turns)
    return score_interview(ctx).weaknesses


def test_beside_an_off_topic_answer_the_weakest_is_of_the_answers_on_the_question() -> None:
    found = _weaknesses(ANXIOUS, FOOTBALL, THIN)
    assert any(w.startswith("Question 2 did not answer") for w in found)
    assert any(w.startswith("Of the answers that took up the question, question 3") for w in found)
    assert [w for w in found if "was your weakest answer" in w] == []


def test_with_every_answer_on_the_question_the_weakest_answer_is_named_plainly() -> None:
    found = _weaknesses(ANXIOUS, THIN)
    assert any(w.startswith("Question 2 was your weakest answer") for w in found)
