"""The stronger-answer outline does not ask for what the answer already tells, on fields
outside the development set (farrier, locksmith, archivist, audiologist, brewer, tree surgeon).

An ending that tells what happened to the people the work was for has said what it meant; a
story ending on when things happened ("four days later") is not praised for a measured
result; a question asking for reasons, trade-offs or a lesson gets that shape, not steps and
a figure; the scene-setting first sentence is not quoted as a step; "how you used X" is asked
only of a tool the question names; a fragment run onto a CV line after a semicolon is left out;
a motivation answer closing on what it would bring, and a closing plan set out by period, are
not asked for those again.
"""

from __future__ import annotations

from interview_core.scorer import assess_answer
from interview_core.scorer.outline import (
    beyond_steps,
    brings_told,
    cv_part,
    lines,
    measured_change,
    people_told,
    sets_priorities,
    stronger_answer,
    tool_asked,
)

MEANT = "say what it meant for the people affected"


def test_people_as_the_subject_of_the_ending_tell_what_it_meant() -> None:
    assert people_told("the mare went sound and the owner rode her at the county show")
    assert people_told("none of the tenants were locked out again that winter")
    # Counted people are the scale of the work, not what it meant for them.
    assert not people_told("we fitted 600 locks a year for 40 landlords")
    assert not people_told("the catalogue of the estate papers was finished")
    # A measure of people is a figure like any other: what it meant is still to be said.
    assert not people_told("customer complaints dropped by a third")
    assert not people_told("staff turnover fell from 30% to 12%")


def test_an_ending_told_for_people_gets_no_line_asking_what_it_meant() -> None:
    q = (
        "Tell me about a time you were called out to an urgent lock-out. What did you do, "
        "and how did it turn out?"
    )
    answer = (
        "Last winter I was called at midnight to a flat in Leeds where an elderly woman had "
        "locked herself out in the snow. I picked the euro cylinder rather than drilling it, "
        "I fitted a new cylinder from the van and I set up a key safe with her daughter. She "
        "was back inside within forty minutes, and her daughter asked me to do the same for "
        "her other parent."
    )
    a = assess_answer(q, answer, "Locksmith at Keyline", "")
    outline = stronger_answer(a, "", [], "")
    assert not any(MEANT in line for line in outline), outline


def test_an_ending_on_when_is_no_measured_change() -> None:
    q = "Tell me about a time a brew went wrong. What did you do, and what happened?"
    when = assess_answer(
        q,
        "A fermenter at our brewery stalled in June. I checked the gravity, I pitched fresh "
        "yeast and I raised the temperature two degrees. The batch finished four days later "
        "and went out on time.",
        "Brewer",
        "",
    )
    assert not measured_change(when)
    counted = assess_answer(
        q,
        "A fermenter at our brewery kept stalling. I checked the gravity, I changed the "
        "yeast supplier and I raised the temperature two degrees. Stalled batches fell from "
        "9 a quarter to 1.",
        "Brewer",
        "",
    )
    assert measured_change(counted)
    restarted = assess_answer(
        q,
        "A fermenter at our brewery stalled in June. I checked the gravity, I pitched fresh "
        "yeast and I cleaned the heat exchanger. Production restarted after 36 hours, and "
        "there was no repeat that summer.",
        "Brewer",
        "",
    )
    assert not measured_change(restarted)


def test_a_question_asking_for_more_than_steps_names_it() -> None:
    assert "reasons" in beyond_steps("Why did you choose lime mortar over cement for that wall?")
    assert "fell short" in beyond_steps("What drawbacks did the new audiometer have?")
    assert "learned" in beyond_steps("Tell me about a complaint and what you learned from it.")
    assert beyond_steps("Tell me about a time a brew went wrong. What happened?") == ""
    shapes = lines()["story"]["shape_asked"]
    assert all("{beyond}" in line for line in shapes)


def test_the_scene_sentence_is_not_quoted_as_a_step() -> None:
    q = (
        "Tell me about a time you fitted a difficult horse. What did you do, and how did it "
        "turn out?"
    )
    answer = (
        "I worked with a young thoroughbred at a yard near Newbury who would not stand for "
        "the farrier. I spent two short visits just handling her feet with the owner, I "
        "switched to a cold fit so there was no smoke, and I shod her in the stocks with "
        "the vet there. She stood quietly by the third visit and has been shod without "
        "sedation for a year."
    )
    a = assess_answer(q, answer, "Farrier at Downs Equine", "")
    outline = stronger_answer(a, "", [], "")
    # The scene may be kept as the story's opening, never quoted as one of its steps.
    steps = [line for line in outline if not line.startswith("Keep your opening")]
    assert not any("I worked with a young thoroughbred" in line for line in steps), outline


def test_how_you_used_is_asked_only_of_a_tool_the_question_names() -> None:
    assert tool_asked("Pro Tools", "How have you used Pro Tools on a live recording?")
    assert tool_asked("A/B testing", "You'd design and analyse A/B tests on the website.")
    assert not tool_asked("A/B testing", "You'd run usability testing with customers.")
    assert not tool_asked("Customer Satisfaction", "You'd handle snagging and customer care.")


def test_a_trailing_fragment_of_a_cv_line_is_not_quoted() -> None:
    line = "Surveyed 300 street trees for decay with a resistograph; climbing and rigging"
    assert cv_part(line) == "Surveyed 300 street trees for decay with a resistograph"
    # Two items, each with its own verb or figure, are quoted whole.
    both = "Catalogued 4,000 estate papers; digitised the tithe maps for the website"
    assert cv_part(both) == both
    assert cv_part("Led tree surveys for the council") == "Led tree surveys for the council"


def test_what_the_answer_already_closes_on_is_not_asked_again() -> None:
    motivation = assess_answer(
        "Why do you want this archivist role at Northshire Record Office?",
        "I've catalogued parish records at Calder Archives for six years. What draws me is "
        "your oral history collection. I'd like to bring the volunteer transcription scheme "
        "I set up at Calder to Northshire.",
        "Archivist",
        "",
    )
    assert brings_told(motivation)
    closing = assess_answer(
        "To close: what would you want to have achieved in your first 90 days here?",
        "In the first month I'd sit in on clinics and meet the ENT consultants. By three "
        "months I'd want the hearing aid review backlog triaged and a new booking pattern "
        "running.",
        "Audiologist",
        "",
    )
    assert sets_priorities(closing)
    outline = stronger_answer(closing, "", [], "")
    assert not any(line.startswith("Name the two or three priorities") for line in outline)


BRIEF = "what you were responsible for"


def test_a_story_told_in_own_steps_gets_no_line_on_its_brief() -> None:
    q = "Tell me about a time a hive fell ill. What did you do, and how did it turn out?"
    answer = (
        "Last June one of the hives at the Ashby apiary showed chalkbrood across half the "
        "frames. I moved the colony to a dry, sunny stand, I replaced the queen with one from "
        "our hygienic line, and I culled the worst frames and fed the colony through the dearth. "
        "By August the brood pattern was solid again and the hive gave 18 kilos of honey."
    )
    a = assess_answer(q, answer, "Apiary Technician at Hillside Honey", "")
    outline = stronger_answer(a, "", [], "")
    assert not any(BRIEF in line or "yours to deliver" in line for line in outline), outline


def test_an_opening_that_names_the_role_states_the_brief() -> None:
    from interview_core.scorer.outline import responsibility_stated

    q = "Tell me about a time the studio ran behind. What did you do?"
    for answer in (
        "As engineer on the session I moved the vocal takes to the evening and it finished on time.",
        "One Saturday in charge of the studio, the console failed before a live session.",
    ):
        assert responsibility_stated(assess_answer(q, answer, "Sound Engineer at Loft", ""))
