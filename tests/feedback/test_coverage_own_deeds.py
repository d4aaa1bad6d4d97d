"""A skill is shown only by the candidate's own deed: not by another actor's work, a
supposition ("If I …, I'd …") or a credential being studied for.

Invented fields only (stage rigging, kennel management, railway signalling).
"""

from __future__ import annotations

from interview_core.language import skills as skill_lexicon
from interview_core.scorer.deeds import (
    does_work,
    others_do,
    shows_skill,
    studied_for,
    word_span,
)
from interview_core.scorer.summary import _shows_nothing, _story_asked_about


def _skill(name: str) -> skill_lexicon.Skill:
    skill = skill_lexicon.skill_named(name)
    assert skill is not None
    return skill


def _others(sentence: str, word: str) -> bool:
    span = word_span(sentence, word)
    assert span is not None
    return others_do(sentence, *span)


def test_another_subject_doing_the_work_makes_it_theirs() -> None:
    assert _others("The venue's own crew does the RAMS and we just sign them.", "RAMS")
    assert _others("Honestly the depot planner wrote the rota and I followed it.", "rota")
    assert not _others("I wrote the RAMS for the arena load-in.", "RAMS")
    assert not _others("On the night shift we rebuilt the kennel rota from scratch.", "rota")
    # A state is no one's work: the story's subject is still the candidate.
    assert not _others("The hardest one was a rota clash on the branch line.", "rota")
    assert not shows_skill(
        "The venue's own crew does the RAMS and we just sign them.", _skill("RAMS"), story=True
    )
    assert shows_skill("I wrote the RAMS for the arena load-in.", _skill("RAMS"), story=True)


def test_a_supposition_tells_no_deed() -> None:
    supposed = (
        "If I took over a signal box that was short of relief staff, I'd look at the rota first."
    )
    assert _shows_nothing(supposed)
    assert not does_work("If we found two dogs fighting in the run, we'd separate them.")
    # A condition in passing leaves the deed after it.
    assert does_work("If I remember rightly, I rebuilt the kennel rota that spring.")
    assert not _shows_nothing("If I remember rightly, I rebuilt the kennel rota that spring.")


def test_a_credential_being_studied_for_is_not_held() -> None:
    studying = "I've been reading up on load calculations for my NEBOSH course."
    span = word_span(studying, "NEBOSH")
    assert span is not None and studied_for(studying, *span)
    assert not shows_skill(studying, _skill("NEBOSH"))
    assert not shows_skill("I'm revising for my IOSH exam on my days off.", _skill("IOSH"))
    assert shows_skill(
        "I passed my NEBOSH exam in 2022 and use it on every tour.", _skill("NEBOSH")
    )
    assert shows_skill("I've held my First Aid certificate since 2019.", _skill("First Aid"))


def test_a_story_asked_about_the_skill_must_do_it_itself() -> None:
    question = ["Tell me about your experience with RAMS on a tour."]
    theirs = (
        "The production company does the RAMS mostly and we just read them. "
        "I rigged the truss for the main stage and checked every shackle."
    )
    mine = (
        "I wrote the RAMS for the arena leg of the tour. "
        "I rigged the truss for the main stage and checked every shackle."
    )
    asks = lambda q: "RAMS" in q  # noqa: E731
    assert _story_asked_about("RAMS", asks, question, [theirs], frozenset({0})) is None
    shown = _story_asked_about("RAMS", asks, question, [mine], frozenset({0}))
    assert shown is not None and shown.status == "demonstrated"
