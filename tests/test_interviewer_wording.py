"""Wording of the offline interviewer: templates, variant choice, phrases and fluency."""

from __future__ import annotations

import pytest

from interview_core.interviewer import wording
from interview_core.interviewer.fluency import is_fluent, problems
from interview_core.interviewer.phrases import as_duty, gerund, jd_sentence, whole_clause


def _all_keys(node: object, prefix: str = "") -> list[str]:
    # An array of tables ("closing.horizons": goals and their horizon) is a rule table kept
    # beside the wordings it picks between, not a list of templates.
    if isinstance(node, list) and node and all(isinstance(item, dict) for item in node):
        return []
    if isinstance(node, dict):
        return [k for key, value in node.items() for k in _all_keys(value, f"{prefix}{key}.")]
    return [prefix.rstrip(".")]


def test_every_wording_is_a_list_of_templates_with_named_slots() -> None:
    keys = [k for k in _all_keys(wording.wordings()) if not k.startswith("behavioural.")]
    assert len(keys) > 40
    for key in keys:
        for template in wording.templates(key):
            assert template.strip(), key
            for slot in wording.slots(template):
                assert slot.isidentifier(), (key, slot)


def test_a_missing_slot_is_an_error_not_a_silent_gap() -> None:
    with pytest.raises(wording.MissingSlot):
        wording.render("closing.questions", title="Nurse")  # no company


def test_variant_choice_is_stable_when_a_wording_is_added() -> None:
    variants = [f"variant {i}" for i in range(5)]
    moved = 0
    for salt in range(200):
        before = wording.rendezvous(str(salt), "key", variants)[0]
        after = wording.rendezvous(str(salt), "key", [*variants, "a new variant"])[0]
        # Only the interviews where the new wording wins change.
        assert after in (before, "a new variant")
        moved += after != before
    assert 0 < moved < 100


@pytest.mark.parametrize(
    ("duty", "expected"),
    [
        ("recognise and escalate deterioration", "recognising and escalating deterioration"),
        ("lead renewals and manage churn risk", "leading renewals and managing churn risk"),
        ("design, build and run the services", "designing, building and running the services"),
        ("deliver the programme to time, budget and quality",
         "delivering the programme to time, budget and quality"),
        ("take part in code review", "taking part in code review"),
        ("lead, coach and develop shift managers and team leaders",
         "leading, coaching and developing shift managers and team leaders"),
        ("assess progress, keep accurate records and use assessment data",
         "assessing progress, keeping accurate records and using assessment data"),
    ],
)  # fmt: skip
def test_a_duty_becomes_a_gerund_phrase(duty: str, expected: str) -> None:
    assert gerund(duty) == expected


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("Recognise and escalate deterioration using NEWS2",
         "In this role you'd recognise and escalate deterioration using NEWS2."),
        ("Act as a form tutor, supporting students' pastoral wellbeing",
         "In this role you'd act as a form tutor, supporting students' pastoral wellbeing."),
        ("Building and improving user interfaces in React",
         "In this role you'd build and improve user interfaces in React."),
        ("Experience with Kafka or other event streaming systems",
         "We're looking for experience with Kafka or other event streaming systems."),
        ("Able to work calmly under pressure",
         "We're looking for someone able to work calmly under pressure."),
        ("A firm commitment to safeguarding", "We're looking for a firm commitment to safeguarding."),
    ],
)  # fmt: skip
def test_job_lines_are_restated_as_whole_sentences(line: str, sentence: str) -> None:
    duty = not line.startswith(("Experience", "Able", "A "))
    assert jd_sentence(line, duty=duty) == sentence
    assert is_fluent(sentence)


def test_a_clause_is_never_cut_in_the_middle() -> None:
    long = (
        "Plan and teach well-structured, engaging mathematics lessons across KS3 and KS4, "
        "adapting teaching so every student, including those with SEND, can succeed"
    )
    assert whole_clause(long, max_words=16) == (
        "Plan and teach well-structured, engaging mathematics lessons across KS3 and KS4"
    )
    assert whole_clause("one two three four five six seven eight", max_words=4) is None
    assert as_duty("word " * 40, duty=True) is None


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        ("We're looking for recognise and escalate deterioration.", "bare verb"),
        ("We're looking for act as a form tutor.", "bare verb"),
        ("Your time at Parcelwise (logistics SaaS. What carries over?", "brackets"),
        ("It sends 12 million events per day with. In this role you'd lead.", "ends on 'with'"),
        ('Your CV says "rose from 71% to 92% over nine. Why?', "quotes"),
        ("What happened?. Tell me more.", "doubled"),
        ('Your CV mentions Kafka: "". Why?', "empty quotation"),
        ("Why " + "really " * 60 + "?", "words"),
    ],
)
def test_the_fluency_check_catches_broken_text(question: str, problem: str) -> None:
    assert any(problem in p for p in problems(question)), problems(question)


def test_the_fluency_check_passes_good_questions() -> None:
    for question in (
        "We're looking for experience with Kafka or other event streaming systems.",
        "This role involves recognising and escalating deterioration. Tell me about a time "
        "you did something similar: what was the situation, what did you do, and what was "
        "the result?",
        "How would you prioritise, and whom would you involve?",
    ):
        assert is_fluent(question), problems(question)


def test_a_slot_with_its_own_commas_is_not_followed_by_the_templates_comma() -> None:
    """ "When it comes to felling, extracting timber, tell me about…" reads as a list."""
    from interview_core.interviewer.wording import render, rendezvous, templates

    doing = "grading fleeces, keeping the shearing shed records"
    key = "story.routine_base"
    # A salt whose best variant is the one with the slot before a comma.
    assert rendezvous("s1", key, templates(key))[0].startswith("When it comes to {doing},")
    options = render(key, salt="s1", doing=doing)
    assert len(options) == len(templates("story.routine_base"))
    assert f"{doing}, tell" not in options[0]
    assert any(f"{doing}, tell" in o for o in options)  # kept as a last resort
    plain = render("story.routine_base", salt="any", doing="grading fleeces")
    assert sorted(plain) == sorted(
        render("story.routine_base", salt="other", doing="grading fleeces")
    )
