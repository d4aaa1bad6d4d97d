"""An off-topic answer is always redirected once: also when it shares the trade's words or a
town with the CV (a brewer's holiday tasting beer, a farrier's day at the races), also right
after another follow-up, also at question 7 (never in the closing question, which is one question of its own); never twice
on one question (invented brewing, farriery and glazing interviews)."""

from __future__ import annotations

from interview_core.context import InterviewContext
from interview_core.interviewer.answers import lemma_set, read
from tests.helpers.reading import decisions_over

BREWER_CV = """Experience
Head Brewer, Tollgate Brewing Co, Bruges Road, Ely — 2017 – present
- Brew 4,000 hectolitres of cask and keg beer a year; run the tasting panel
- Cut out-of-spec batches from 6% to 2% with daily gravity and pH checks
"""
BREWER_JOB = """Responsibilities
- Run quality control on every batch: gravity, pH, dissolved oxygen and tasting
- Plan brewing and packaging
"""
FARRIER_CV = """Experience
Farrier (DipWCF), Heath Forge, Newmarket — 2014 – present
- Shoe racehorses and hunters for twelve yards; remedial shoeing with the yard vets
"""
FARRIER_JOB = """Responsibilities
- Shoe and trim horses to the yard's standard
- Work with vets on remedial and surgical shoeing
"""


def _reading(question: str, answer: str, cv: str, job: str):
    return read(question, answer, frozenset(lemma_set(f"{cv} {job}")))


def test_a_holiday_tasting_the_trades_own_product_is_off_the_question() -> None:
    question = (
        "In this role you'd run quality control on every batch. Tell me about a batch that "
        "failed a check: what did you do, and what came of it?"
    )
    answer = (
        "Last year I went on holiday to Bruges with my wife and we spent the whole week "
        "tasting beer in the little bars by the canals. The Belgians really know their beer."
    )
    assert _reading(question, answer, BREWER_CV, BREWER_JOB).kind == "off_topic"


def test_a_day_at_the_races_in_the_cvs_town_is_off_the_question() -> None:
    question = (
        "Tell me about a remedial shoeing case you worked on with a vet: what was wrong, what "
        "did you do, and how did the horse do?"
    )
    answer = (
        "My favourite day of the year is the July meeting at Newmarket races, my brother and I "
        "put a tenner on every race and we always end up in the pub on the high street."
    )
    assert _reading(question, answer, FARRIER_CV, FARRIER_JOB).kind == "off_topic"


def test_a_remedial_case_told_in_the_trades_words_is_on_the_question() -> None:
    question = (
        "Tell me about a remedial shoeing case you worked on with a vet: what was wrong, what "
        "did you do, and how did the horse do?"
    )
    answer = (
        "A three-year-old came in lame with a quarter crack before a race. The vet x-rayed it, "
        "I fitted a bar shoe and a patch, and she raced sound three weeks later."
    )
    assert not _reading(question, answer, FARRIER_CV, FARRIER_JOB).off_topic


GLAZIER_CV = """Experience
Senior Glazier — Clearview Glass Ltd, Leeds
Mar 2019 – present
- Install and seal unitised curtain walling panels on office schemes
- Cut glass breakage on site from 4% to 1.5% with suction-lifter checks and a racking plan
"""
GLAZIER_JOB = """Responsibilities
- Lead a team of glaziers installing curtain walling and shopfronts
- Check glass and frames on delivery and reject damaged units
- Carry out site surveys and take accurate measurements
- Keep the site safe: RAMS briefings and working at height
"""
STORY = (
    "We had a delivery of twenty units for a shopfront and I checked each one against the "
    "schedule. Three were out of tolerance on the diagonal, so I rejected them on the delivery "
    "note and the supplier remade them within a week; the shopfront was handed over on time."
)
FISHING = "On Sundays I go fishing at the reservoir with my brother."
NETBALL = "My daughter's netball team won the county cup last weekend, we were all so proud."
OPENER = (
    "I've been a glazier for twelve years, the last five at Clearview leading curtain walling "
    "gangs. At Clearview I brought breakage down from 4% to 1.5% with suction-lifter checks."
)


def _play(answers: list[str]):
    ctx = InterviewContext("Lead Glazier", "Pane & Frame", GLAZIER_CV, GLAZIER_JOB)
    return [d.asked for d in decisions_over(ctx, answers)]


def test_an_off_topic_answer_to_a_probe_is_redirected_once_then_the_interview_moves_on() -> None:
    asked = _play([OPENER, "It went fine.", FISHING, NETBALL])
    assert asked[2].followup == "example"  # the vague answer is probed
    assert asked[3].followup == "redirect"  # the fishing answer to the probe is brought back
    assert asked[4].followup is None  # off again: one redirect is enough, never a loop


def test_an_off_topic_answer_at_question_six_is_redirected_at_question_seven() -> None:
    asked = _play([OPENER, STORY, STORY, STORY, "It went okay I think.", FISHING, NETBALL])
    assert asked[5].followup == "example"
    assert asked[6].followup == "redirect"
    assert asked[7].kind == "closing" and asked[7].followup is None  # no second redirect


def test_an_off_topic_answer_at_question_seven_gets_the_close_alone() -> None:
    # Question 8 is the closing question, one question of its own: probes happen up to
    # question 7, and no redirect is folded into the close.
    grumble = "Honestly the traffic into Leeds is a nightmare and parking costs a fortune."
    asked = _play([OPENER, STORY, STORY, STORY, STORY, "It went okay I think.", grumble])
    assert asked[6].followup == "example"
    assert asked[7].kind == "closing" and asked[7].followup is None
    assert asked[7].text.count("?") == 1 and "and then" not in asked[7].text
