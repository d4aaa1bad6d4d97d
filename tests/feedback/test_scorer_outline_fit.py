"""The outline and the missing items fit the question and the answer, on fields outside the
development set (horologist, stonemason, glazier, farrier, lighthouse keeper).

The ending kept is the story's result, never the scene it opens on ("we had to take down…");
a CV line is not cited when another line of the CV is closer to what was asked; a follow-up
asking what the candidate did in their first months is a past story, not a closing plan; an
answer naming its tools and people in the trade's own words is not told it names none.
"""

from __future__ import annotations

from interview_core.scorer import assess_answer
from interview_core.scorer.focus import question_focus
from interview_core.scorer.outline import closer_line, fitting_achievement, stronger_answer
from interview_core.scorer.questions import question_type
from interview_core.scorer.rules import applies, names_things

MASON_JOB = (
    "Stonemason at Oldfield Heritage. Repair and rebuild historic masonry, take down and "
    "rebuild unsafe walls and chimneys, work from scaffolds and deal with clients."
)


def test_the_scene_a_story_opens_on_is_not_kept_as_its_result() -> None:
    q = "Tell me about a difficult rebuild of an unsafe wall. What did you do?"
    answer = (
        "Last winter we had to cut two leaning gable walls down to the footings on a listed "
        "barn near Ripon. "
        "The lime mortar had failed so nothing could be trusted. I numbered every face stone, "
        "set up a scaffold with a loading bay and lowered the stones in order. My labourer "
        "kept the stones on pallets by number while I rebuilt each gable course by course."
    )
    a = assess_answer(q, answer, MASON_JOB, "")
    outline = stronger_answer(a, "", [], "")
    # "cut … down to" reads as a change, but the sentence says what had to be done.
    endings = [line for line in outline if "result" in line]
    assert not any("leaning gable walls" in line for line in endings), outline


CLOCK_CV = """Ada Finch
Horologist, Finch & Daughter, 2015-present
- Restored 30 antique pocket watches for the Whitby museum, 25% under budget
- Restore longcase and bracket clocks, including dial painting and movement overhauls
- Serviced over 400 mechanical wristwatches a year for three jewellers, with a return rate under 2%
"""
CLOCK_JOB = (
    "Horologist at Tolland Clocks. Restore antique longcase clocks and service wristwatches."
)


def test_a_cv_line_is_not_cited_when_another_line_is_closer_to_the_question() -> None:
    q = (
        "In this role you'd restore antique longcase clocks. Tell me about one longcase clock "
        "you restored: what did you do, and how did it turn out?"
    )
    a = assess_answer(q, "I fixed a clock once and it worked.", CLOCK_JOB, CLOCK_CV)
    line = fitting_achievement(a, CLOCK_CV, (), frozenset())
    # The pocket-watch line shares "restored" and "antique"; the CV's longcase line is closer.
    assert line is None or "pocket watches" not in line, line
    focus = question_focus(a.reading.text, "", CLOCK_CV)
    watches = "Restored 30 antique pocket watches for the Whitby museum, 25% under budget"
    assert closer_line(focus, watches, CLOCK_CV)


def test_a_line_on_the_question_is_still_cited() -> None:
    q = (
        "In this role you'd service mechanical wristwatches. Where have you done something "
        "like that, and what did you do?"
    )
    a = assess_answer(q, "I service watches most days.", CLOCK_JOB, CLOCK_CV)
    line = fitting_achievement(a, CLOCK_CV, (), frozenset())
    assert line is not None and "wristwatches" in line


def test_a_follow_up_on_what_was_done_in_the_first_months_is_a_past_story() -> None:
    past = (
        "You said that in your first few months at Brightpane you changed how surveys were "
        "done. What did you do, and how did it turn out?"
    )
    assert question_type(past) == "behavioural"
    assert question_type("What would you focus on in your first 90 days as keeper?") == "closing"
    mixed = (
        "On the example you just gave, what came of it, and what would you want to have "
        "achieved by the end of your first three months here?"
    )
    assert question_type(mixed) == "closing"
    answer = (
        "When I joined, remakes were running at about nine percent because surveyors measured "
        "once and rushed. I introduced a second measure on every opening and a sign-off sheet, "
        "and I went out with each surveyor for a week to show them. Within four months remakes "
        "dropped to three percent and fitters stopped losing half days on wrong frames."
    )
    a = assess_answer(past, answer, "Glazing Supervisor at Clearline Windows.", "")
    outline = stronger_answer(a, "", [], "")
    assert not any("priorities" in line or "how you would learn" in line for line in outline)


def test_tools_and_people_named_in_the_trade_s_words_count_as_named() -> None:
    job = "Farrier at Hillside Equine. Shoe horses, trim hooves, work with vets and owners."
    q = "Tell me about a time a horse was hard to shoe. What did you do?"

    def named(answer: str) -> bool:
        return names_things(assess_answer(q, answer, job, ""))

    assert named("The mare wouldn't stand, so I cold-shod her with a rasp and nippers.")
    assert named("I talked the owner through it and my apprentice held her head.")
    assert not named("I took my time, stayed calm and it went better in the end.")
    assert not named("I am proactive and collaborative, and it went well for everyone.")
    keeper = (
        "One night the lamp failed, so I checked everything, sorted it out and it was working "
        "again by the morning, and nobody had any problems after that at all."
    )
    a = assess_answer("Tell me about a time equipment failed on a night shift.", keeper, "", "")
    # A vague answer naming nothing in particular may still be told to name what it used.
    assert not names_things(a) or not applies("no_names", a)


def test_a_result_that_says_more_had_to_be_done_is_still_the_result() -> None:
    q = "Tell me about a time you grew attendance at an event you ran. What did you do?"
    answer = (
        "I run the winter lantern walks at Skerry Light, the old lighthouse on the point. "
        "When I arrived, the walks had dropped to about ten visitors a night. I asked the "
        "school and the harbour café what people wanted, moved the walk to dusk and added a "
        "climb up the tower for children. Within one season we had sixty to seventy visitors "
        "a night and had to add a second walk."
    )
    a = assess_answer(q, answer, "Lighthouse keeper and visitor guide at Skerry Light.", "")
    outline = stronger_answer(a, "", [], "")
    assert not any("When I arrived" in line for line in outline), outline


def test_a_cv_line_the_question_quotes_is_no_closer_example() -> None:
    cv = """Ada Finch
Horologist, Finch & Daughter, 2015-present
- Restore longcase and bracket clocks, including dial painting
- Rewrote the workshop's clock restoration checklists, cutting returns from 9% to 2%
"""
    q = (
        'Your CV mentions "Restore longcase and bracket clocks, including dial painting". '
        "In this role you'd restore antique longcase clocks. How do you go about a clock "
        "restoration, and what did you do on one?"
    )
    a = assess_answer(q, "I take it apart and clean it.", CLOCK_JOB, cv)
    line = fitting_achievement(a, cv, (), frozenset())
    assert line is not None and "checklists" in line, line
