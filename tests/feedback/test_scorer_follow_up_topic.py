"""A bare follow-up ("Let's go back to that occasion…", "What happened in the end?") names no
topic of its own: the coach reads it with the question it follows up, so a story on a
neighbouring matter told in answer to it is not praised as on the question. Invented text
from fields the repository does not hold (audiology, forestry, air traffic control)."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.scorer import assess_answer
from interview_core.scorer.answer import continues_story, read_follow_up
from interview_core.scorer.questions import read_question
from interview_core.scorer.rules import advice_for
from interview_core.scorer.summary import analyse_interview

AUDIOLOGY_JOB = (
    "Audiologist, adult hearing service.\n"
    "- Assess adult hearing and fit and verify hearing aids using real-ear measurement\n"
    "- Run tinnitus support groups and counsel patients and families\n"
    "- Keep clinic records and equipment calibration up to date"
)
AUDIOLOGY_CV = (
    "Audiologist, Fenwick Hearing Centre, 2020-present\n"
    "- Fitted and verified about 600 hearing aids a year with real-ear measurement\n"
    "- Set up a monthly tinnitus support group"
)
FITTING_QUESTION = (
    "In this role you'd fit and verify hearing aids using real-ear measurement. Tell me about "
    "a time you did that for a patient whose fitting was difficult."
)
BACK_TO_IT = "Let's go back to that occasion. What did you do yourself, what did you decide, and what came of it?"
VAGUE = "I've done lots of fittings, some are harder than others, it usually works out in the end."
# A well-told story about the support group: the job's matter, not the fitting asked about.
GROUP_STORY = (
    "Our tinnitus support group had dwindled to four regulars, and people said the evening slot "
    "clashed with work. I surveyed the thirty patients on the list, moved the group to a Saturday "
    "morning, and invited a psychologist to give a talk on sleep. I also wrote a short leaflet "
    "for the waiting room. Within three months attendance was back to fifteen, and two members "
    "now co-run the sessions with me."
)
FITTING_STORY = (
    "An older patient with a steeply sloping loss kept returning her hearing aids, saying speech "
    "was tinny. I repeated the real-ear measurement and found the high frequencies were well "
    "over target, so I brought the fitting down to the prescription, added a little low-frequency "
    "gain and verified it again with her own voice. I booked a follow-up at two weeks. She kept "
    "the aids, her questionnaire score improved from 40 to 72, and she wears them all day now."
)


def _rules(question: str, answer: str, previous: str = "", previous_question=None) -> set[str]:
    a = assess_answer(
        question,
        answer,
        AUDIOLOGY_JOB,
        AUDIOLOGY_CV,
        previous=previous,
        previous_question=previous_question,
    )
    return {x.rule for x in advice_for(a)}


def test_a_bare_follow_up_takes_the_topic_of_the_question_before() -> None:
    reading = read_follow_up(BACK_TO_IT, read_question(FITTING_QUESTION))
    assert reading.text == BACK_TO_IT
    assert reading.topic_question == FITTING_QUESTION
    assert set(read_question(FITTING_QUESTION).topic_stems) == set(reading.topic_stems)


def test_a_neighbouring_story_told_for_a_bare_follow_up_drifts() -> None:
    before = read_question(FITTING_QUESTION)
    assert "drifting" in _rules(BACK_TO_IT, GROUP_STORY, VAGUE, before)


def test_a_story_on_the_earlier_question_stays_on_it() -> None:
    before = read_question(FITTING_QUESTION)
    assert "drifting" not in _rules(BACK_TO_IT, FITTING_STORY, VAGUE, before)


def test_alone_the_follow_up_still_names_nothing_to_drift_from() -> None:
    # Single answers keep working without the turn before: nothing to compare against.
    assert "drifting" not in _rules(BACK_TO_IT, GROUP_STORY)


def test_an_answer_going_on_with_the_story_before_is_not_read_against_its_words() -> None:
    more = "Could you tell me more about that occasion: what exactly did you do?"
    going_on = (
        "At the two-week follow-up the patient still found speech a little tinny in the car, so "
        "I turned the high frequencies down a touch more in a separate car programme. Her "
        "questionnaire score went up again, and she told me she wears them in the car and at "
        "church now."
    )
    assert continues_story(going_on, FITTING_STORY)
    before = read_question(FITTING_QUESTION)
    a = assess_answer(
        more, going_on, AUDIOLOGY_JOB, previous=FITTING_STORY, previous_question=before
    )
    # Read as the story it goes on with, not against the earlier question's words.
    assert a.reading.topic_question == more
    assert "drifting" not in {x.rule for x in advice_for(a)}


def test_a_follow_up_asking_about_an_occasion_is_a_story_question() -> None:
    more = "Could you tell me more about that occasion: what exactly did you do?"
    assert read_question(more).kind == "technical"  # its own words give it no type
    assert read_follow_up(more, read_question(FITTING_QUESTION)).kind == "behavioural"


def test_a_follow_up_naming_its_own_topic_is_read_alone() -> None:
    before = read_question(
        "In this role you'd fell and extract timber on steep ground. Tell me about a time you "
        "planned a difficult felling."
    )
    own = "I'd like to pick up on Excel, which you just mentioned: how exactly did you use it?"
    assert read_follow_up(own, before).topic_question == own
    closing = (
        "Before we close, on that last scenario: what would you do first, and what would you "
        "want to have achieved by the end of your first 90 days?"
    )
    assert read_follow_up(closing, before).topic_question == closing
    result = "What was the result of that, and how did you measure it?"
    assert read_follow_up(result, before).topic_question == result


def test_the_interview_reads_each_follow_up_with_its_turn_before() -> None:
    ctx = InterviewContext(
        job_title="Air Traffic Control Assistant",
        company_name="Northmoor Airport",
        cv_text="ATC Assistant, Halden Airfield, 2019-present\n- Flight data and strip handling",
        job_description=(
            "- Prepare and update flight progress strips and flight data for controllers\n"
            "- Answer the telephone and radio from airfield users and pass messages\n"
            "- Keep the visitor and training logs"
        ),
        turns=(
            Turn(
                "In this role you'd prepare and update flight progress strips for the "
                "controllers. Tell me about a time the strip board got busy.",
                "It gets busy sometimes, I just keep going and it works out.",
            ),
            Turn(
                "What happened in the end?",
                "We had a group of forty schoolchildren visiting the tower, and the visitor "
                "log had not been set up. I drew up a sign-in sheet, split the children into "
                "four groups with a teacher each, and briefed the duty manager on timings. I "
                "led two of the groups myself round the visitor gallery. The visit ran to time, "
                "the school sent a thank-you card, and they have booked again for next year.",
            ),
        ),
    )
    analysis = analyse_interview(ctx)
    follow_up = analysis.assessments[1]
    assert follow_up.reading.topic_question == ctx.turns[0].question
    # A tower visit for a question on the strip board: not on the question it follows up.
    assert {"drifting", "off_topic"} & {x.rule for x in advice_for(follow_up)}


# Lift maintenance, a field the repository does not hold.
LIFT_JOB = (
    "Lift Engineer, service and repair.\n"
    "- Carry out planned maintenance and fault repairs on passenger and goods lifts\n"
    "- Lead call-outs for trapped passengers and restore service safely"
)
LIFT_CV = (
    "Lift Engineer, Ardent Vertical Transport, 2018-present\n"
    "- Maintained a route of 60 passenger lifts across office buildings"
)
TRAPPED_QUESTION = (
    "Tell me about a call-out for trapped passengers that didn't go to plan: what did you do?"
)
TRAPPED_STORY = (
    "A goods lift stopped between floors with two porters inside and the controller showed a "
    "door lock fault. I isolated the supply, hand-wound the car to the landing and released "
    "them, then traced the fault to a worn door contact."
)
TURNED_OUT = "How did that turn out: what changed as a result, and how did you measure it?"
# Another story altogether, told where the ending of the call-out was asked for.
RAFFLE = (
    "Funnily enough what comes to mind is when I organised our depot's summer raffle. We "
    "sold 200 tickets and raised £450 for the hospice. It was great for morale."
)
ENDING = (
    "The porters were out within twenty minutes and the lift was back in service that "
    "afternoon after I replaced the contact; I now check door contacts on every service visit."
)


def test_another_story_told_for_how_a_story_ended_is_off_the_question() -> None:
    story = assess_answer(TRAPPED_QUESTION, TRAPPED_STORY, LIFT_JOB, LIFT_CV)
    raffle = assess_answer(
        TURNED_OUT,
        RAFFLE,
        LIFT_JOB,
        LIFT_CV,
        previous=TRAPPED_STORY,
        previous_question=story.reading,
    )
    ending = assess_answer(
        TURNED_OUT,
        ENDING,
        LIFT_JOB,
        LIFT_CV,
        previous=TRAPPED_STORY,
        previous_question=story.reading,
    )
    assert raffle.off_topic and raffle.score <= 20
    assert not ending.off_topic and ending.score > 50
    # The ending is told: the reply is not asked again for what it did and how it ended.
    assert not {x.rule for x in advice_for(ending)} & {"vague_detail", "vague_result"}
