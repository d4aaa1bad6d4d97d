"""Relevance rules, one by one, on invented text from trades the repository does not hold (a
sailmaker, a well driller, a bell founder): what a question asks about, whom the work is
for, and a skill told as done."""

from __future__ import annotations

from interview_core.scorer.dimensions import MIN_TOPIC_WEIGHT_TO_JUDGE
from interview_core.scorer.focus import (
    SKILL_TERM,
    matched_terms,
    question_focus,
    without_audience,
)
from interview_core.scorer.questions import read_question

SAIL_JOB = (
    "- Design and cut sails for cruising and racing yachts\n"
    "- Lead the loft crew: rotas, training and quality checks\n"
    "- Present quotes and designs to owners and to the racing committee\n"
    "- Keep the loft's costs and cloth stock on budget"
)


# --- the interview's own set phrases frame a question; they name no topic -----------------


def test_how_did_it_land_names_no_topic() -> None:
    focus = question_focus(
        "Tell me about a time you presented a sail design to an owner: what did you do and how "
        "did it land?"
    )
    assert "land" not in focus.terms
    assert "design" in focus.terms


def test_a_follow_up_on_that_occasion_has_no_topic_to_drift_from() -> None:
    question = "Let's stay with that occasion. What did you do yourself there, step by step?"
    assert not question_focus(question).terms
    assert sum(read_question(question).topic_weights) < MIN_TOPIC_WEIGHT_TO_JUDGE


def test_going_smoothly_and_going_wrong_frame_the_story() -> None:
    focus = question_focus(
        "Drilling a borehole is a big part of this role. Tell me about a time it didn't go "
        "smoothly, or one case that went wrong: what did you do?"
    )
    assert {"smoothly", "wrong", "big"}.isdisjoint(focus.terms)
    assert "borehole" in focus.terms


def test_a_word_alone_stays_a_topic() -> None:
    focus = question_focus("Tell me about the smoothly finished bearings you cast for a bell.")
    assert "smoothly" in focus.terms


# --- whom the work is for is not what it is about ------------------------------------------


def test_no_skill_is_read_from_whom_the_work_is_reported_to() -> None:
    question = (
        "In this role you'd present cost estimates to the parish board and to underwriting "
        "colleagues. Tell me about a time you did that."
    )
    focus = question_focus(question, SAIL_JOB, "")
    assert not any(s.name == "Underwriting" for s in focus.skills)
    # The words stay plain focal terms: the answer may still take them up.
    assert "underwriting" in focus.terms


def test_an_infinitive_is_what_is_done_not_for_whom() -> None:
    assert without_audience("You'd need to lead the loft crew") == (
        "You'd need to lead the loft crew"
    )
    assert "team" in without_audience("You'd need to lead the team")
    assert "colleagues" not in without_audience("Report findings to underwriting colleagues")
    assert "leadership" not in without_audience("Explain the plan to product and leadership")


def test_the_team_the_stock_is_kept_for_reads_no_people_skill() -> None:
    focus = question_focus(
        "In this role you'd manage drill rods and spares for the team. Where have you done that?"
    )
    assert not any(s.name == "People Management" for s in focus.skills)


# --- a skill read from a verb weighs less than one written by name -------------------------


def test_a_skill_read_from_a_verb_does_not_become_the_heart() -> None:
    focus = question_focus(
        "You'd lead the loft crew, including their training and stitching drills. Tell me "
        "about a time you got a crew up to standard.",
        SAIL_JOB,
        "",
    )
    read = f"{SKILL_TERM}Leadership"
    assert read in focus.terms
    assert focus.terms[read] < max(v for k, v in focus.terms.items() if k != read)
    assert read not in focus.core


def test_a_skill_written_by_name_keeps_its_weight() -> None:
    focus = question_focus("Thinking about leadership, tell me about a time you led a change.")
    assert focus.terms[f"{SKILL_TERM}Leadership"] == 1.0


# --- a one-word skill told as the candidate's act ------------------------------------------


def test_renewed_takes_up_renewals() -> None:
    focus = question_focus(
        "You'd win contract renewals with yacht clubs. Tell me about one you won back."
    )
    answer = (
        "The club's secretary was unhappy, so I met him monthly and he renewed for three years."
    )
    assert f"{SKILL_TERM}Renewals" in matched_terms(focus, answer)


def test_the_noun_in_another_form_is_not_the_skill() -> None:
    focus = question_focus("Tell me about your prospecting for new clients.")
    answer = "A prospect rang me about a mainsail and I quoted it the same day."
    assert not any(t.startswith(SKILL_TERM) for t in matched_terms(focus, answer))
