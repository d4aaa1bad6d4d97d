"""One reader of denials for both engines (`language/denials.py`, `data/denials.toml`): a
whole "I haven't done that", an honest gap owned up to, and one named term turned down. The
answers are invented, from fields the repository holds no documents of."""

from __future__ import annotations

import tomllib
from pathlib import Path

from interview_core.language import denials

_CORE = Path(denials.__file__).parents[1]


def test_a_term_turned_down_is_read_in_any_ending_and_never_past_a_contrast() -> None:
    # Thatching, bookbinding, apiary work, glassblowing.
    assert denials.denies_term("Reed Grading", "Honestly we don't use reed grading at all.")
    assert denials.denies_term("bookbinding", "I wouldn't call myself a bookbinder, really.")
    assert denials.denies_term("Glory Hole", "No glory hole at our studio; we reheat in the kiln.")
    assert not denials.denies_term(
        "lampworking", "I haven't taught a class, but I do lampworking every week."
    )
    assert not denials.denies_term("queen rearing", "I started queen rearing in 2019.")


def test_an_honest_gap_is_owned_up_to_by_a_lead_denial_or_a_gap_cue() -> None:
    assert denials.admits_gap("I haven't rethatched a whole roof myself, but I've ridged three.")
    assert denials.admits_gap(
        "Splitting a colony in spring? The closest I've come is helping my mentor."
    )
    assert not denials.admits_gap("I split four colonies last May and all four queens took.")


def _at(text: str, mention: str) -> tuple[int, int]:
    start = text.index(mention)
    return start, start + len(mention)


def test_a_mention_is_turned_down_by_a_negation_before_it_in_its_own_clause() -> None:
    # Farriery, actuarial work, tree surgery: the reader the coach's skill coverage uses.
    text = "I wouldn't call myself a farrier, but I shoe our own ponies."
    assert denials.denies_at(text, *_at(text, "farrier"))
    assert not denials.denies_at(text, *_at(text, "shoe"))
    text = "There was no reserving review that year, so I rebuilt the reserving model."
    assert not denials.denies_at(text, *_at(text, "rebuilt"))
    text = "I've hardly done crown reduction; mostly felling."
    assert denials.denies_at(text, *_at(text, "crown reduction"))
    assert denials.negates("we haven't") and denials.negates("no") and not denials.negates("know")


def test_the_denial_wording_has_one_table() -> None:
    table = tomllib.loads((_CORE / "language" / "data" / "denials.toml").read_text("utf-8"))
    assert {"phrases", "patterns", "nearest", "gap_cues", "term_patterns"} <= set(table)
    assert {"negation_words", "negation_endings"} <= set(table)
    corrections = tomllib.loads((_CORE / "interviewer" / "corrections.toml").read_text("utf-8"))
    answers = tomllib.loads((_CORE / "language" / "data" / "answers.toml").read_text("utf-8"))
    assert "denials" not in corrections and "term_patterns" not in corrections
    assert "gap_cues" not in answers


def test_a_term_turned_down_and_a_negated_mention_are_two_readings() -> None:
    # Why the coach's `denies_at` and the interviewer's `denies_term` stay two rules.
    turned_down = "Crown reduction isn't something I've done."
    negated = "I hardly touched crown reduction."
    for text, term, mention in ((turned_down, True, False), (negated, False, True)):
        start = text.lower().index("crown reduction")
        assert denials.denies_term("crown reduction", text) is term
        assert denials.denies_at(text, start, start + len("crown reduction")) is mention
