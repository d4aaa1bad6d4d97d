"""Reading answers: the vocabulary is data (`language/data/answers.toml`), and it reads the way an
interviewer would, in any field."""

from __future__ import annotations

import re

import pytest

from interview_core.interviewer.answers import read, read_answer
from interview_core.language import answers


def test_the_vocabulary_is_data_and_every_pattern_compiles() -> None:
    vocabulary = answers._vocabulary()
    for key in ("hedges", "result_patterns", "action_patterns", "metric_patterns"):
        assert vocabulary[key], key
        for item in vocabulary[key]:
            re.compile(item)
    assert set(answers._patterns()) >= {"hedge", "result", "action", "metric"}


@pytest.mark.parametrize(
    "answer",
    [
        "I set up a weekly review with the shift leads, and since then every missed handover "
        "has been picked up the same day.",
        "I challenged the plan privately with the consultant and he agreed to a three-way call; "
        "the patient went home two days later.",
        "I rewrote the onboarding pack and ran it for each new starter; one practical result "
        "is that new starters are now signed off in two weeks instead of four.",
    ],
)
def test_a_result_said_in_words_is_a_result(answer: str) -> None:
    assert read_answer(answer).has_outcome


@pytest.mark.parametrize(
    "answer",
    [
        "I wanted to improve the rota, so I spoke to each team leader, collected their "
        "constraints and drafted a new pattern with the union rep over two weeks.",
        "I launched the new booking form in March after testing it with five customers and "
        "writing the help pages with the support team.",
        "I wrote the results up in our log and shared them with the design team on Friday "
        "afternoon, then planned the next round of interviews.",
        "A hotel asked us to cover a wedding at short notice, so I visited the venue the "
        "next morning, costed the flowers with the supplier and quoted within a week.",
    ],
)
def test_a_purpose_or_a_finished_action_is_no_result(answer: str) -> None:
    assert not read_answer(answer).has_outcome


@pytest.mark.parametrize(
    "answer",
    [
        "I ran a big campaign on Instagram last year and it went really well, we got loads "
        "of new followers and everyone was happy with it.",
        "We did some things on cost. It came down a fair bit, I think.",
    ],
)
def test_praise_without_a_measure_is_vague(answer: str) -> None:
    assert read("Tell me about a campaign you ran.", answer).kind == "vague"


def test_a_measured_story_is_not_vague() -> None:
    answer = (
        "I ran the spring campaign on Instagram with a £4,000 budget. I tested three creatives "
        "for a week, moved the budget to the best one, and sign-ups rose from 900 to 1,400 a "
        "month; it went really well."
    )
    assert read("Tell me about a campaign you ran.", answer).kind == "ok"


@pytest.mark.parametrize(
    ("answer", "term"),
    [
        ("I think I just communicate well and people like that.", ""),
        ("I work well under pressure and keep calm on the bench.", ""),
        ("We logged every referral on EMIS and it was fine.", "EMIS"),
    ],
)
def test_a_probe_takes_up_only_the_name_of_a_thing(answer: str, term: str) -> None:
    from interview_core.interviewer.answers import own_term

    assert own_term(answer, "Tell me about your work.") == term


@pytest.mark.parametrize(
    "answer",
    [
        "I split the tender into sections, chased the surveyors for their method statements "
        "and we submitted the bid two days early.",
        "I re-did the fitting and trained two care staff. His daughter rang to say he was "
        "wearing them daily and joining in at mealtimes again.",
    ],
)
def test_ahead_of_time_or_back_to_normal_is_a_result(answer: str) -> None:
    assert read_answer(answer).has_outcome


@pytest.mark.parametrize(
    "answer",
    [
        "I proposed a beginners' course to the association, wrote the syllabus and trained two "
        "mentors. Within six months we had 40 new beekeepers registered.",
        "I re-shelved the atlases by region and wrote the finding aid, and requests are now "
        "answered in about half what they used to take.",
    ],
)
def test_a_count_reached_in_time_or_a_share_of_the_old_figure_is_measured(answer: str) -> None:
    assert read_answer(answer).measured


def test_a_count_that_sets_the_scene_is_not_measured() -> None:
    answer = "In 2019 we had 40 staff on two sites, and I ran the rota for all of them."
    assert not read_answer(answer).measured
