"""The summary's general rules, on invented text from fields outside the development set."""

from interview_core.language import skills as skill_lexicon
from interview_core.language.figures import figures
from interview_core.scorer.summary import (
    _as_bullet,
    _named_as_kind,
    _reads_whole,
    _story_on_cv,
)


def test_a_code_or_a_cut_figure_is_not_quoted_as_a_figure() -> None:
    assert not any(_reads_whole(f) for f in figures("I did my CS38 1234 renewal last spring"))
    assert any(_reads_whole(f) for f in figures("Dumped batches fell to 0.8% of volume"))


def test_a_result_told_in_first_person_reads_as_a_cv_bullet() -> None:
    assert _as_bullet("I did specify and install two fermenters on time") == (
        "Specified and installed two fermenters on time"
    )
    assert _as_bullet("I was promoted within 6 months").startswith("I was")


def test_a_story_whose_figures_the_cv_already_holds_is_no_new_bullet() -> None:
    cv = "EXPERIENCE\nAudiologist | Trust | 2020 - present\n* Cut the fitting wait from 19 to 11 weeks with group clinics\n"
    answer = "The wait was 19 weeks. I set up group clinics. Within a year it was 11 weeks and complaints halved."
    assert _story_on_cv(answer, cv)
    assert not _story_on_cv("We brewed 20% more with 12-month contracts", cv)


def test_a_field_named_only_as_a_department_is_not_asked_for() -> None:
    skill = skill_lexicon.skill_named("Logistics")
    assert skill is not None
    assert _named_as_kind(skill, "You will partner the brewing and logistics leadership.")
    assert not _named_as_kind(skill, "Experience in logistics is essential.")
