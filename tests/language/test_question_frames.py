"""The interviewer's own framing words are no topic of its question."""

from interview_core.language.answers import is_off_topic

# Invented: a lock-keeper's duty question in the interviewer's "what would change" frame.
QUESTION = (
    "In this role you'd operate the lock gates and sluices. Your CV says you look after the "
    "Stoke flight with one assistant. What did that involve day to day, and what "
    "would change at Riverway Trust?"
)


def test_an_answer_touching_only_the_frame_is_off_the_question() -> None:
    # A story from an earlier trade that touches the question only by "changing".
    answer = (
        "That reminds me of when I was still a florist and we did a christening for ninety "
        "guests in a village hall. The cold room kept failing, the van was tiny and the "
        "grandmother kept changing the colours. We ended up wiring the buttonholes in the "
        "vicar's porch and somehow every table was dressed before the guests sat down."
    )
    assert is_off_topic(QUESTION, answer)


def test_an_answer_on_the_duty_stays_on_it() -> None:
    answer = (
        "Most days I open the gates at seven, check the sluices after rain and log every "
        "boat through; last winter I changed how we drew down the pound before a stoppage "
        "and we cut the flooding call-outs from six to one."
    )
    assert not is_off_topic(QUESTION, answer)
