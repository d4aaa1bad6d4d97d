"""At most two follow-ups in a row on one topic, the gap's follow-up among them, and one
question on an occasion lived besides the opener; a long answer wandering into the
candidate's life is brought back to the question, not cut short for its length; the result
of work that is no quantity is asked as what changed, not how it was measured; a duty
joining a verb to a bare noun ("planning and rota staff") is said another way. Invented
fields the repository has no pair of: a kennel manager, a coastal survey officer, a
tenancy support officer."""

from __future__ import annotations

import itertools

from interview_core.context import MAX_QUESTIONS, InterviewContext, Turn
from interview_core.interviewer.answers import read, working_world
from interview_core.interviewer.engine import asks_past_example, interviewer_for
from interview_core.interviewer.fluency import is_fluent, problems
from interview_core.interviewer.phrases import as_duty
from interview_core.interviewer.plan import Asked
from interview_core.interviewer.render import is_measurable_work

KENNEL_JOB = """Kennel Manager | Barkwell Rescue

Responsibilities
- Planning and rota kennel staff to keep every shift covered
- Oversee the health and welfare of up to 60 dogs
- Manage adoption assessments and home checks
- Control the kennel budget and order supplies
- Work with vets on treatment plans

Requirements
- Experience supervising animal care staff
- Knowledge of the Animal Welfare Act
"""
KENNEL_CV = """Jo Tarrant
Experience
Senior Kennel Assistant, Hillside Dog Rescue | 2018 - present
- Supervised 6 kennel assistants on a 40-dog site
- Cut kennel cough cases by half by changing the cleaning routine
- Carried out home checks for adopters
Groomer, Paws Parlour | 2014 - 2018
- Groomed 20 dogs a day
"""
ANSWERS = {
    "strong": (
        "Last spring two of our assistants left in the same month. I rebuilt the rota with "
        "the team, trained two volunteers to cover feeds, and every shift stayed covered; "
        "sickness absence fell from 9% to 4% by the summer."
    ),
    "vague": "I think it's really important to communicate well and be organised.",
    "no_outcome": (
        "I sat down with the adopter, listened to what worried them about the dog, went "
        "through his routine with them and agreed a plan for the first fortnight."
    ),
    "off_topic": (
        "At weekends I love sea swimming and I play the ukulele in a band, and my son has "
        "just started college, so home is busy."
    ),
    "denial": (
        "I haven't done that myself yet, to be honest, but I've watched my manager do it "
        "and helped with parts of it."
    ),
    "rambling": " ".join(
        [
            "So, well, I suppose it's a big thing really, and you know, there's a lot to it, "
            "and I think you have to be flexible, and basically it depends on the day,"
        ]
        * 6
    ),
}


def _play(kinds: list[str]) -> list[Asked]:
    turns: list[Turn] = []
    asked: list[Asked] = []
    for kind in kinds:
        ctx = InterviewContext("Kennel Manager", "Barkwell Rescue", KENNEL_CV, KENNEL_JOB)
        decision = interviewer_for(ctx).next_decision(turns, MAX_QUESTIONS)
        asked.append(decision.asked)
        turns.append(Turn(decision.text, ANSWERS[kind]))
    return asked


def test_never_more_than_two_follow_ups_in_a_row_and_one_occasion_asked() -> None:
    # Every mix of weak answers, owned-up gaps and rambling: two follow-ups in a row at most
    # (a gap's follow-up is one of them), and one planned question after the opener asks
    # for one occasion the candidate lived.
    kinds = list(ANSWERS)
    mixes = list(itertools.product(kinds, repeat=3))[::7]
    for mix in mixes:
        script = ["strong", *mix, *mix][:MAX_QUESTIONS]
        asked = _play(script)
        run = longest = 0
        for a in asked:
            run = run + 1 if a.followup is not None else 0
            longest = max(longest, run)
        assert longest <= 2, (script, [(a.kind, a.followup) for a in asked])
        planned = [a for a in asked[1:-1] if a.followup is None]
        assert any(asks_past_example(a.text) for a in planned), script


def test_a_gap_follow_up_after_a_probe_ends_the_run() -> None:
    asked = _play(["strong", "vague", "denial", "rambling", "strong", "strong"])
    followups = [a.followup for a in asked]
    for n in range(2, len(followups)):
        assert not all(f is not None for f in followups[n - 2 : n + 1]), followups


def test_a_past_example_question_is_one_occasion_not_a_plan() -> None:
    assert asks_past_example(
        "This role involves rostering lifeguards. Tell me about a time the rota fell apart: "
        "what did you do, and how did it end?"
    )
    assert not asks_past_example(
        "In this role you'd rota lifeguards. Your CV says you supervised pool staff. How "
        "would you build on that experience for this, and where would you expect it to differ?"
    )
    assert not asks_past_example(
        "Your CV says you ran the pool plant. How did you go about it day to day?"
    )


# --- a long answer that wanders into the candidate's life ----------------------------------

SURVEY_QUESTION = (
    "This role involves planning the tide-pool survey season. Tell me about a time you "
    "planned a field survey: what did you do, and how did it end?"
)
LIFE_STORY = (
    "Well, so, I grew up by the sea in Cornwall and my dad was a fisherman, so I basically "
    "spent all my childhood on the boats with him and my brothers, and then when I was at "
    "school I was really into swimming and I did a lot of galas, and my mum always drove me "
    "to them at weekends, and these days I still swim most mornings and I play the ukulele "
    "in a little band with friends at the pub on Fridays, and we went on holiday to Portugal "
    "last summer which was lovely, and my partner and I have a dog called Biscuit who loves "
    "the beach, so yes, I suppose I have always loved the coast really, you know, it's just "
    "part of who I am honestly."
)
SURVEY_WORLD = working_world(
    "Marine Ecologist. Surveyed rocky shores for the county wildlife trust.",
    "Coastal Survey Officer. Plan and lead tide-pool surveys; train volunteer recorders.",
)


def test_a_long_life_story_is_read_as_off_the_question_not_as_rambling() -> None:
    reading = read(SURVEY_QUESTION, LIFE_STORY, SURVEY_WORLD)
    assert reading.rambling  # long and run on, yet its first problem is where it went
    assert reading.kind == "off_topic"


def test_a_long_answer_on_the_question_is_still_asked_for_its_point() -> None:
    on_it = " ".join(
        [
            "So, well, planning a survey season is a big thing really, and you know, the "
            "tides decide a lot, and I think you have to be flexible with the volunteers, "
            "and basically it depends on the weather and the survey sites,"
        ]
        * 5
    )
    assert read(SURVEY_QUESTION, on_it, SURVEY_WORLD).kind == "rambling"


# --- the result of work that is no quantity ------------------------------------------------


def test_work_without_a_quantity_is_asked_what_changed() -> None:
    visit = (
        "I did a welfare visit to a tenant who had stopped answering the phone, talked with "
        "her about the letters she had been sent, and referred her to the food bank."
    )
    assert not is_measurable_work("Tell me about a time you supported a tenant.", visit)
    assert is_measurable_work(
        "Tell me about a time you reduced rent arrears.", "I set up payment plans for 30 tenants."
    )
    assert is_measurable_work("Tell me about a time.", "Void turnaround fell from 40 to 21 days.")


def test_the_outcome_probe_wording_follows_the_work() -> None:
    job = """Tenancy Support Officer | Harbourside Homes
Responsibilities
- Carry out welfare visits to vulnerable tenants
- Reduce rent arrears through payment plans
"""
    cv = """Sam Okafor
Experience
Housing Assistant, Northgate Housing | 2019 - present
- Visited tenants at risk of losing their tenancy
"""
    ctx = InterviewContext("Tenancy Support Officer", "Harbourside Homes", cv, job)
    render = interviewer_for(ctx).render
    asked = Asked("duty:0", "duty", None)
    changed = render.outcome_followup(asked, False, salt="3", measurable=False)
    measured = render.outcome_followup(asked, False, salt="3", measurable=True)
    assert changed and all("measure" not in t for t in changed)
    assert any("measure" in t for t in measured)
    for hypothetical in (True, False):
        for text in render.outcome_followup(asked, hypothetical, measurable=False):
            assert "measure" not in text and is_fluent(text)


# --- a verb joined to a bare noun before its object ----------------------------------------


def test_a_verb_joined_to_a_bare_noun_is_not_fluent() -> None:
    for question in (
        "This role involves planning and rota lifeguards for the summer. How do you do it?",
        "In this role you'd plan and rota lifeguards for the summer. How do you do it?",
        "This role involves scheduling and payroll drivers each week. How do you do it?",
    ):
        assert any("bare noun" in p for p in problems(question)), question
    for question in (
        "In this role you'd plan and roster lifeguards for the summer. How do you do it?",
        "This role involves planning and rostering lifeguards. How do you do it?",
        "In this role you'd lead and develop lifeguards. How do you do it?",
        "In this role you'd manage sales and marketing teams. How do you do it?",
        "This role involves training and support for lifeguards. How do you do it?",
    ):
        assert is_fluent(question), (question, problems(question))


def test_a_duty_joining_a_verb_to_a_bare_noun_is_said_with_the_noun_after_its_object() -> None:
    form, phrase = as_duty("Planning and rota pool lifeguards to keep the pool safe", duty=True)
    assert (form, phrase) == ("base", "plan pool lifeguards and their rota to keep the pool safe")
    assert is_fluent(f"In this role you'd {phrase}. How do you do it now?")
    # Two nouns of one object after "of" stay a noun phrase ("train and development of…").
    assert as_duty("Training and development of volunteer recorders", duty=True) == (
        "noun",
        "training and development of volunteer recorders",
    )


def test_the_kennel_interview_never_says_the_duty_as_two_nouns() -> None:
    asked = _play(["strong"] * MAX_QUESTIONS)
    for a in asked:
        assert "and rota kennel" not in a.text, a.text
