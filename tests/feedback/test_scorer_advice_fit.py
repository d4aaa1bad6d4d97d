"""Report items a reader found asking for what the answer has, or naming the question's matter
badly, each rule tried on text from fields the product was not written for (farrier, stage
manager, piano tuner, bookbinder, beekeeper, sommelier, cartographer, glazier)."""

from __future__ import annotations

from interview_core.language.field_skills import word_found
from interview_core.scorer import assess_answer
from interview_core.scorer.focus import question_focus
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.questions import question_type
from interview_core.scorer.rules import applies, backed_by_record, names_goal
from interview_core.scorer.summary import standalone_result
from interview_core.scorer.topics import asked_about, noun_phrases


def _asked(question: str) -> str | None:
    return asked_about(question_focus(question), question)


# --- questions on past or current practice are no scenarios --------------------------------


def test_current_practice_with_a_recent_example_asks_for_a_story() -> None:
    assert question_type(
        "In this role you'd keep the apiary records. How do you handle that in your current "
        "work, and can you give me a recent example?"
    ) == ("behavioural")


def test_what_a_tool_solved_and_its_drawbacks_is_past_practice() -> None:
    assert question_type(
        "You brought up the tuning hammer. What problem was it solving in that setup, and "
        "what were its drawbacks?"
    ) == ("behavioural")


def test_what_the_work_involved_day_to_day_is_past_practice() -> None:
    assert question_type(
        "Your CV says you ran the cellar at a hotel. What did that involve day to day, and "
        "what would change here?"
    ) == ("behavioural")


def test_think_of_a_past_piece_of_work_is_past_practice() -> None:
    assert question_type(
        "Think of the most complex binding you've owned end to end. If you joined us, how "
        "would you use what you learned from it?"
    ) == ("behavioural")


def test_scenarios_stay_scenarios() -> None:
    assert question_type("If a horse kicks out while you shoe it, how would you handle it?") == (
        "situational"
    )
    assert question_type("Think of the next show: how would you plan the get-in?") == (
        "situational"
    )
    assert question_type("How do you keep piano tuning consistent across a season?") == (
        "technical"
    )


# --- the question's topic is a clean noun phrase of what it asks about ----------------------


def test_template_words_around_the_matter_are_dropped() -> None:
    asked = _asked(
        "Your CV mentions hoof trimming at Oakley Stables. What was the hardest hoof trimming "
        "decision you made there, and what trade-offs did you weigh?"
    )
    assert asked == "hoof trimming"
    # A term the dictionary files as a verb ("Rasp") still names the matter once capitalised.
    assert "Rasp" in noun_phrases("What was the hardest Rasp decision you made at the forge?")


def test_whom_the_work_is_with_is_no_topic() -> None:
    assert _asked(
        "In this role you would work with the front-of-house staff and lighting designers to "
        "keep shows on time. Tell me about a case from that work."
    ) != ("the front-of-house staff and lighting designers")
    assert _asked(
        "In this role you would work with the stage crew on scene changes. Tell me about one "
        "case that tested you."
    ) == ("scene changes")
    # "your work with rare maps": the work is a noun, and the maps are its matter.
    assert "rare maps" in noun_phrases("Tell me about your work with rare maps at the archive.")


def test_a_team_or_a_firm_is_no_topic() -> None:
    for question in (
        "In this role you would taste with Vine and Barrel Imports. Tell me about one case.",
        "You would report to Cellar & Co. Tell me about one case from that work.",
    ):
        assert _asked(question) is None


def test_a_phrase_is_not_cut_mid_list() -> None:
    phrases = noun_phrases(
        "Can you give me one example of restoring hand-stitched, leather-bound atlases: what "
        "you did, and how it turned out?"
    )
    assert not any(p.endswith("hand-stitched") for p in phrases)
    # Two terms joined by "and" stay one phrase, however the dictionary files the first.
    assert noun_phrases("How would you go about learning Rasp and Anvil?") == [
        "learning Rasp and Anvil"
    ]


# --- a CV bullet quotes a whole clause that stands alone -----------------------------------


def test_a_cv_bullet_never_opens_on_a_pointer_back() -> None:
    assert standalone_result("That one increased honey yield by 6%, and we kept it.", "") is None
    assert standalone_result("It cut re-shoeing visits by 30%.", "") is None


def test_a_long_result_is_quoted_by_whole_clauses() -> None:
    sentence = (
        "Turbine downtime fell from 9% to 3% over the winter, and the site manager asked me to "
        "train two other technicians on the same checks, which they now run every month on "
        "every turbine."
    )
    assert standalone_result(sentence, "") == "Turbine downtime fell from 9% to 3% over the winter"
    assert standalone_result(
        "That survey settled the dispute, and chart errors fell by 40% the next year.", ""
    ) == ("Chart errors fell by 40% the next year")


# --- plan advice that asks for what the plan has -------------------------------------------

GLAZIER_CLOSE_Q = (
    "Before we close: what would you do first, and what would you want to achieve in your "
    "first 90 days with us?"
)
GLAZIER_GOAL = (
    "In the first ninety days I'd want to learn your quoting software and the way your "
    "supervisors want snags reported, then get onto a couple of your shopfront jobs to learn "
    "the systems you fit. I'd aim to be trusted to run a small glazing job on my own with an "
    "apprentice by the end of it. My question is how you split people between new-build and "
    "repair work."
)


def test_a_plan_naming_its_goal_is_not_asked_for_its_measure() -> None:
    a = assess_answer(GLAZIER_CLOSE_Q, GLAZIER_GOAL)
    assert names_goal(a)
    assert not applies("no_check", a)
    assert not any("measured" in line for line in stronger_answer(a, "", []))


SOMMELIER_Q = (
    "Say the restaurant is fully booked and two tables ask for the same rare bottle at once. "
    "How would you decide, and whom would you involve?"
)
SOMMELIER_ROUTINE = (
    "I'd first check the cellar book for a comparable vintage, then offer the second table a "
    "tasting of two alternatives before they commit, because a choice feels better than a "
    "refusal. I'd tell the head waiter so the timing of both tables holds. I handle requests "
    "like that most weeks at the Old Vicarage; our complaint rate on wine stayed under 1%."
)


def test_a_plan_backed_by_the_candidates_routine_is_not_asked_for_an_occasion() -> None:
    a = assess_answer(SOMMELIER_Q, SOMMELIER_ROUTINE)
    assert backed_by_record(a)
    assert not applies("no_backing", a)
    assert not any("one time you did" in line for line in stronger_answer(a, "", []))


# --- outline lines that ask for what the answer already has --------------------------------

BOOKBINDER_WHY_Q = (
    "What made you apply for the conservation bookbinder role here, and how has your work "
    "prepared you for it?"
)
BOOKBINDER_WHY = (
    "I've been a bookbinder at a trade bindery in Leeds for eight years, and I led the "
    "rebinding of the cathedral's two hundred parish registers last year. I'm applying "
    "because your studio does the next step, full conservation rather than repair, and a "
    "larger team would let me go deeper on paper conservation instead of being the only "
    "person who does it."
)


def test_a_reason_put_as_the_next_step_from_own_work_needs_no_link_line() -> None:
    a = assess_answer(BOOKBINDER_WHY_Q, BOOKBINDER_WHY)
    assert not any("Link it to" in line for line in stronger_answer(a, "", []))


CARTO_Q = (
    "Tell me about a time you had to bring two survey datasets together. What did you do, and "
    "how did it turn out?"
)
CARTO_OWN = (
    "On a coastal mapping contract the drone survey and the old Ordnance Survey base disagreed "
    "by up to four metres along the cliffs. I set up a control network of twelve ground "
    "points, re-projected both datasets to the same datum and ran a weekly check with the "
    "survey lead. Over two months the mismatch fell from four metres to under ten "
    "centimetres, compared with the half-metre tolerance the council had set."
)


def test_a_story_of_own_initiative_is_not_asked_for_its_responsibility() -> None:
    a = assess_answer(CARTO_Q, CARTO_OWN)
    lines = stronger_answer(a, "", [])
    assert not any("responsib" in line for line in lines)


def test_an_ending_that_says_what_it_meant_is_not_asked_for_it() -> None:
    a = assess_answer(CARTO_Q, CARTO_OWN)
    assert not any("what it meant" in line for line in stronger_answer(a, "", []))


def test_word_found_reads_two_names_joined_by_a_slash() -> None:
    assert word_found("diploma", ["NPTC/City & Guilds farriery diploma"])
    assert word_found("nptc", ["NPTC/City & Guilds farriery diploma"])
    assert not word_found("rescue", ["Tree climber and aerial survey"])


# Farrier and locksmith: fields the repository does not hold.
FARRIER_CLOSE_Q = (
    "What would success look like for you after your first 90 days at Hoofcare Partners, and "
    "what would you need from the team to get there?"
)
FARRIER_DAYS = (
    "In the first month I'd ride out with each farrier and learn the yards we shoe for. By 60 "
    "days I'd agree with the practice lead which remedial cases I take on. By 90 days I'd want "
    "a full round of my own and a shared record of every remedial shoeing."
)


def test_a_plan_saying_what_it_wants_by_a_day_names_its_goal() -> None:
    a = assess_answer(FARRIER_CLOSE_Q, FARRIER_DAYS)
    assert names_goal(a)
    assert not any("measured" in line for line in stronger_answer(a, "", []))


LOCKSMITH_WHY_Q = (
    "Could you walk me through your background and what draws you to the Senior Locksmith role "
    "at Keyline Security?"
)
LOCKSMITH_SPECIFIC = (
    "I've fitted and repaired locks for nine years, the last four running my own van. What "
    "draws me to Keyline is that you do master-key systems for hospitals and a team of 12, "
    "and I want to move from callouts to designing those systems."
)
LOCKSMITH_GENERAL = (
    "I've fitted and repaired locks for nine years, the last four running my own van. I'm "
    "applying because it seems like a great opportunity and a good next step for me."
)


def test_a_reason_naming_what_is_particular_to_the_role_is_not_asked_for_one() -> None:
    specific = assess_answer(LOCKSMITH_WHY_Q, LOCKSMITH_SPECIFIC, company="Keyline Security")
    general = assess_answer(LOCKSMITH_WHY_Q, LOCKSMITH_GENERAL, company="Keyline Security")
    asks = "Open with one specific thing about the role"
    assert not any(asks in line for line in stronger_answer(specific, "", []))
    assert any(asks in line for line in stronger_answer(general, "", []))
