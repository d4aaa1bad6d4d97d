"""A rambling answer is never held up as a model in its stronger-answer outline.

Invented fields only (farriery, orthoptics).
"""

from __future__ import annotations

from interview_core.scorer.answer import assess_answer
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.rules import applies
from tests.helpers.answers import FARRIER_RAMBLING

PRAISE = ("as it is", "as plainly as you did", "as you did here", "the way you told", "as here")

RAMBLING = FARRIER_RAMBLING

GENERAL = (
    "Practice is something I'm really passionate about, because at the end of the day when "
    "a horse goes lame on the road you fall back on what you've drilled, that's what they "
    "always told us at college and it's true. So at the forge we have a skills plan, which "
    "the master farrier signs off, and it covers all the core work, hot shoeing, remedial "
    "shoes, clips, dressing feet and so on, and we also do the online modules, which some of "
    "the apprentices aren't keen on to be honest, but they have to be done. And I try to make "
    "practice realistic, so we use cadaver feet from the knacker when we can get them, and I "
    "get the apprentices making shoes against the clock, because competition work sharpens "
    "you up, and I think that's the main thing really, keeping it real and keeping it "
    "regular, and making sure everyone gets a go, not just the keen ones, and I always "
    "say to them that you never stop learning in this trade, however long you've been at it."
)


def test_a_rambling_story_is_not_told_to_keep_its_opening_or_its_shape() -> None:
    question = "Tell me about a time you shod a horse that was difficult to handle."
    a = assess_answer(question, RAMBLING)
    assert applies("too_long", a) or applies("rambling", a)
    outline = stronger_answer(a, "", [])
    assert outline
    assert not any(p in line.lower() for line in outline for p in PRAISE), outline


def test_a_concise_story_on_the_question_may_keep_its_opening() -> None:
    question = "Tell me about a time a child would not cooperate with an eye test."
    answer = (
        "A four-year-old boy with a squint came in for a cover test and would not look at the "
        "target at all. I put the test aside, let him hold the fixation stick himself and turned "
        "it into a game of spotting stickers. Within ten minutes I had a reliable cover test and "
        "a visual acuity on a crowded Kay picture test, and his mum left with a clear plan for "
        "patching. At review six weeks later his acuity had improved by two lines."
    )
    a = assess_answer(question, answer)
    assert not applies("too_long", a) and not applies("rambling", a)
    assert stronger_answer(a, "", [])


def test_a_general_answer_is_not_told_to_keep_its_opening() -> None:
    question = (
        "Tell me about one example of keeping a team's practical skills current: what did you "
        "do, and how did it go?"
    )
    answer = GENERAL
    a = assess_answer(question, answer)
    outline = stronger_answer(a, "", [])
    assert outline
    assert not any(p in line.lower() for line in outline for p in PRAISE), outline


def test_a_general_answer_has_no_result_to_keep() -> None:
    question = "Tell me about one example of keeping a team's practical skills current."
    answer = GENERAL
    a = assess_answer(question, answer)
    assert applies("no_occasion", a)
    outline = stronger_answer(a, "", [])
    assert not any("result you already have" in line for line in outline), outline
