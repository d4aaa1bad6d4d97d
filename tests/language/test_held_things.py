"""The words naming a thing held (`language/data/held_things.toml`), shared by the job reader
and the interviewer's requirements. Texts invented, from fields the repository holds no
documents of."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from interview_core.interviewer import requirements
from interview_core.language import field_skills
from interview_core.language.field_skills import FieldSkill, held_words, is_held_thing

_LANGUAGE_DATA = Path(field_skills.__file__).parent / "data"
_INTERVIEWER = Path(requirements.__file__).parent


def test_no_reader_lists_a_shared_word_again() -> None:
    # A word is either shared or one reader's own: a copy would drift from the shared list.
    nouns, statuses = held_words()["nouns"], held_words()["statuses"]
    own = json.loads((_LANGUAGE_DATA / "field_skills.json").read_text("utf-8"))
    plurals = {f"{n}s" for n in nouns}
    assert not (nouns | plurals) & set(own["credential_nouns"])
    assert not statuses & set(own["status_words"])
    with (_INTERVIEWER / "requirements.toml").open("rb") as handle:
        interviewer = tomllib.load(handle)
    assert not nouns & set(interviewer["countable"])
    assert "status_words" not in interviewer


@pytest.mark.parametrize(
    ("name", "held"),
    [
        # A tree surgeon's climbing ticket, a beekeeper's status, a pilot's rating: held.
        ("NPTC aerial tree rescue ticket", True),
        ("Master Beekeeper status", True),
        ("Glider instructor rating", False),  # "rating" is the interviewer's own word
        ("hive inspection", False),
    ],
)
def test_the_job_reader_reads_the_shared_words(name: str, held: bool) -> None:
    assert is_held_thing(FieldSkill(name, name)) is held


@pytest.mark.parametrize(
    ("word", "held"),
    [
        ("tickets", True),
        ("Licence", True),
        ("membership,", True),
        ("rating", True),
        ("hive", False),
    ],
)
def test_the_interviewer_reads_the_shared_words_and_its_own(word: str, held: bool) -> None:
    assert requirements._held_word(word) is held


@pytest.mark.parametrize(
    ("word", "held"),
    [
        ("status", True),  # not "statu": a word ending in "s" is not always a plural
        ("Status,", True),
        ("statuses", True),
        ("certifications", True),
        ("analysis", False),
        ("bus", False),
        ("gas", False),
        ("process", False),
        ("processes", False),
    ],
)
def test_a_held_word_is_read_in_its_singular(word: str, held: bool) -> None:
    assert requirements._held_word(word) is held


def test_the_words_naming_a_status_held_are_set_apart_from_the_work() -> None:
    # Invented: a driving-instructor advert.
    assert requirements._without_held_words("Approved Driving Instructor status") == (
        "Approved Driving Instructor"
    )
    assert requirements._names_held_word("ADI status since 2019")
    assert not requirements._names_held_word("Ran the bus route analysis process")
