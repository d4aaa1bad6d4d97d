"""Relevance read in the field's own words, on invented text from fields not otherwise in
the repository: a difficulty the question template sets is no topic, a phrasal verb takes up
its noun ("locked out" for a lockout),
"I got them both in a room" is a deed, and a result follow-up is read with the story before
it; stories about life outside work stay off the question and score 20 or less."""

from __future__ import annotations

from interview_core.language.text import phrasal_nouns
from interview_core.scorer import assess_answer
from interview_core.scorer.deeds import does_work
from interview_core.scorer.focus import matched_terms, question_focus
from interview_core.scorer.questions import read_question

OFF_TOPIC_MAX_SCORE = 20

_SOLAR_JOB = (
    "Solar PV Installer | BrightRoof Energy\n"
    "About the role\n"
    "- Install domestic solar PV systems, panels and inverters\n"
    "- Carry out electrical testing and commissioning\n"
    "- Work safely at height on domestic roofs\n"
)
_SOLAR_CV = (
    "Solar PV installer, SunPath Ltd, 2021 - present\n"
    "- Installed 300+ domestic arrays, inverters and batteries\n"
    "- Scaffold and roof work; IPAF\n"
)
_HOUSING_JOB = (
    "Housing Officer | Eastbrook Homes\n"
    "About the role\n"
    "- Manage a patch of 400 tenancies\n"
    "- Tackle rent arrears and antisocial behaviour\n"
    "- Support vulnerable tenants to sustain their tenancies\n"
)
_HOUSING_CV = (
    "Housing officer, Calder Housing, 2019 - present\n"
    "- Patch of 450 homes: arrears, ASB cases, tenancy sustainment\n"
)


def test_a_difficulty_the_template_sets_is_no_focal_term() -> None:
    for question in (
        "Tell me about a time a job at height was not straightforward: what did you do?",
        "Tell me about a time in your current work when it got difficult: what did you do?",
        "Tell me about a difficult lift breakdown: what did you do, and how did it end?",
    ):
        terms = question_focus(question, _SOLAR_JOB, _SOLAR_CV).terms
        assert not {"straightforward", "difficult"} & set(terms), terms


def test_a_phrasal_verb_takes_up_its_noun() -> None:
    assert {"lockout", "breakdown", "handover"} <= phrasal_nouns(
        "We were locked out, then the lift broke down and I handed over to the night shift."
    )
    focus = question_focus("Tell me about a lift breakdown you dealt with: what did you do?")
    assert "breakdown" in matched_terms(
        focus, "The goods lift broke down with a pallet inside, so I isolated the motor."
    )


def test_got_or_had_with_a_person_after_it_is_a_deed() -> None:
    assert does_work("I got them both in a room with the site agent on Monday.")
    assert does_work("I had him wire the second board while I watched.")
    assert not does_work("I got a call from the site agent on Monday.")
    assert not does_work("We had a backlog of ninety repairs.")


def test_stories_about_life_outside_work_stay_off_the_question() -> None:
    cases = (
        (
            "In this role you'd work safely at height on domestic roofs. Tell me about a time a "
            "job at height was not straightforward: what did you do and how did it go?",
            "Last summer I took my two boys camping in the Lake District. It rained for three "
            "days, the tent leaked and we ended up in a pub playing cards. We still climbed "
            "Helvellyn on the last day and the kids loved it.",
            _SOLAR_JOB,
            _SOLAR_CV,
        ),
        (
            "How do you support a vulnerable tenant who is at risk of losing their tenancy?",
            "At weekends I play bass in a covers band. We did a wedding in Harrogate last month, "
            "the singer lost her voice, so I sang half the set myself and my brother's mates "
            "booked us for his fortieth.",
            _HOUSING_JOB,
            _HOUSING_CV,
        ),
    )
    for question, answer, job, cv in cases:
        assessed = assess_answer(question, answer, job, cv, "")
        assert assessed.off_topic, answer
        assert assessed.score <= OFF_TOPIC_MAX_SCORE, answer


_CLAIMS_JOB = (
    "Operations Manager | Clearway Claims\n"
    "About the role\n"
    "- Run a claims processing team\n"
    "- Manage workflow and meet client service levels\n"
    "- Report to clients monthly\n"
)
_CLAIMS_CV = "Operations team leader, Halden Claims, 2019 - present\n- Team of 12\n"
_STORY_QUESTION = (
    "Tell me about a time you had to turn round a piece of work for a client under pressure."
)
_STORY = (
    "We had 900 claims waiting for our biggest client after a system migration. I split the "
    "team into triage and processing, set daily targets, and I got them both in a room with the "
    "client's claims lead every morning to agree the day's priorities."
)
_OUTCOME = "What was the outcome of that in concrete terms, and how did you know it had worked?"


def _follow_up(answer: str):  # type: ignore[no-untyped-def]
    return assess_answer(
        _OUTCOME,
        answer,
        _CLAIMS_JOB,
        _CLAIMS_CV,
        "Clearway Claims",
        previous=_STORY,
        previous_question=read_question(_STORY_QUESTION),
    )


def test_an_outcome_follow_up_is_answered_by_the_ending_of_the_story_before() -> None:
    assessed = _follow_up(
        "In the end the backlog was cleared in three weeks and the client renewed for two years."
    )
    assert not assessed.off_topic
    assert assessed.parts["relevance"].signals["topic"] >= 0.5
    assert "term" not in read_question(_OUTCOME).topic_stems


def test_an_outcome_follow_up_answered_with_life_outside_work_stays_off() -> None:
    assessed = _follow_up(
        "Honestly my weekends are for my kids: we went to Cornwall in the caravan and had a "
        "lovely week on the beach with my parents."
    )
    assert assessed.off_topic and assessed.score <= OFF_TOPIC_MAX_SCORE


def test_a_derived_form_of_the_question_word_takes_it_up() -> None:
    """ "As the mediator I…" takes up a question on mediation in another form."""
    question = (
        "Can you give me one example of your work on neighbour mediation: what you did, and "
        "the result?"
    )
    answer = (
        "As the mediator between two tenants on the third floor, I met each of them at home "
        "first, then brought them together in the community room with a ground rule of one "
        "speaker at a time. We agreed quiet hours after eleven and a carpet for the upstairs "
        "hallway, and there were no further noise reports for the next six months."
    )
    assessed = assess_answer(question, answer, _HOUSING_JOB, _HOUSING_CV, "Eastbrook Homes")
    assert assessed.signals.topic_exact
    assert not assessed.parts["relevance"].signals["drifting"]
