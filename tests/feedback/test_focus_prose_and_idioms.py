"""A prose advert gives no rival duties, and idioms of starting afresh name no topic."""

from interview_core.scorer import assess_answer
from interview_core.scorer.focus import question_focus, read_duties
from interview_core.scorer.rules import advice_for

# Invented: a prose advert for a bell foundry, its tools listed in one requirements sentence.
PROSE_ADVERT = """Bell Tuner at Wardle Foundry
We are looking for a tuner to tune and voice new and restored bells.
Requirements: experience with a tuning lathe, strobe tuners, Ellacombe chiming and
hanging frames, and good communication with church towers.
"""

TUNING_STORY = (
    "Last spring a ring of eight came back from a tower in Devon with the tenor a third of a "
    "semitone flat against the treble. I set it on the tuning lathe, took metal from the "
    "inside in four passes and checked each pass with the strobe tuner. The ring went back "
    "in tune within two cents and the tower captain wrote to thank us."
)


def test_a_prose_advert_gives_no_rival_duty() -> None:
    question = "Tell me about a time you brought a badly tuned bell back into tune."
    reading = read_duties(question, TUNING_STORY, PROSE_ADVERT)
    assert reading.rival == 0.0
    a = assess_answer(question, TUNING_STORY, PROSE_ADVERT)
    assert not a.off_topic
    assert "drifting" not in {x.rule for x in advice_for(a)}


def test_starting_afresh_is_no_topic() -> None:
    for question, idiom in (
        ("Tell me about a kiln you designed from scratch.", "scratch"),
        ("Tell me about a choir you built from the ground up.", "ground"),
        ("Describe a garden you planned from a blank sheet.", "sheet"),
    ):
        focus = question_focus(question)
        assert idiom not in focus.core
        assert focus.core
