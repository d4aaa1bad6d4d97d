"""Whether a "would" is a real plan: the candidate saying what they would do about the
matter asked ("I'd ring the supplier first"), or only a way of speaking inside an answer that
tells what happened: a hedge ("I would say it was our busiest winter", "I'd argue…"), a habit
in a story ("we would always start with the grey", "I'd usually…"), reported speech or past
thought ("she said I would need to come back", "I knew I'd have to move fast"), "I'd" for "I
had" ("I'd been there two years") and a look back ("I would have liked more time").

The wording lives in `data/plans.toml`. The coach's hypothetical marker passes each of its
matches through `is_plan`, so a rambling past story with a "would" in passing is not told it
says what the candidate would do, while a plan given for a past occasion still is.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllInflections, getAllLemmas

_DATA = Path(__file__).parent / "data" / "plans.toml"
_WORD = re.compile(r"[a-z][a-z'-]*")
# A story tells at least this many steps in the past ("I pulled the shoe, I found a bruise").
STORY_STEPS = 2
_PAST_STEP = re.compile(
    r"(?<![\w'])(?:i|we)\s+(?:(?:also|then|just|first|quickly|\w+ly)\s+)*([a-z]+)"
)
_LIGHT = frozenset({"was", "were", "had", "did", "would", "could", "should", "might", "must"})


@lru_cache(maxsize=1)
def _table() -> dict:
    with _DATA.open("rb") as handle:
        return tomllib.load(handle)


def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in _table()[key])


@lru_cache(maxsize=8)
def _phrase_set(key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(_phrases(key), key=len, reverse=True))


def _opening(words: list[str], key: str) -> int:
    """How many of `words` the longest phrase of `key` they open with takes; 0 for none."""
    return next((len(p) for p in _phrase_set(key) if tuple(words[: len(p)]) == p), 0)


def _starts_with(words: list[str], key: str) -> bool:
    return _opening(words, key) > 0


def _holds(words: list[str], key: str) -> bool:
    return any(
        tuple(words[i : i + len(p)]) == p for p in _phrase_set(key) for i in range(len(words))
    )


@lru_cache(maxsize=8192)
def _participle(word: str) -> bool:
    """A verb's past participle that is not also its base ("been", "spoken", "worked"; the
    dictionary gives a regular verb's participle as its past)."""
    for lemma in getAllLemmas(word).get("VERB", ()):
        forms = getAllInflections(lemma, upos="VERB")
        if word != lemma and (word in forms.get("VBN", ()) or word in forms.get("VBD", ())):
            return True
    return False


@lru_cache(maxsize=8192)
def _past(word: str) -> bool:
    """A verb's past form, or a word in "-ed" the dictionary does not know ("requeened")."""
    for lemma in getAllLemmas(word).get("VERB", ()):
        forms = getAllInflections(lemma, upos="VERB")
        if word in forms.get("VBD", ()) or word in forms.get("VBN", ()):
            return True
    return word.endswith("ed") and len(word) > 4 and not getAllLemmas(word)


def tells_story(low: str) -> bool:
    """Whether lower-cased text tells what happened: two or more past steps of "I" or "we"
    ("I pulled the shoe, I found a bruise")."""
    steps = sum(
        1 for m in _PAST_STEP.finditer(low) if m.group(1) not in _LIGHT and _past(m.group(1))
    )
    return steps >= STORY_STEPS


def _clause_before(low: str, start: int) -> list[str]:
    """The words of the clause before `start`, up to a stop or a semicolon."""
    head = re.split(r"[.;!?]", low[:start])[-1]
    return _WORD.findall(head)


def is_plan(low: str, start: int, end: int, story: bool | None = None) -> bool:
    """Whether the marker at `start`..`end` of lower-cased `low` ("i would", "i'd", "would
    probably") says what the candidate would do, not a hedge, a habit told in a story
    (`story`: whether the text around it tells what happened; read from `low` when not
    given), reported speech, "I had" or a look back."""
    table = _table()
    marker = low[start:end].strip()
    said = _WORD.findall(low[end : end + 80])
    after = list(said)
    while after and after[0] in table["between"]:
        after.pop(0)
    hedge = _opening(after, "hedge_verbs")
    if not hedge and marker.startswith("you"):
        hedge = _opening(after, "you_hedge_verbs")
    if hedge and after[hedge : hedge + 1] and after[hedge] in table["hedge_not_before"]:
        hedge = 0  # "I'd say to the guest…" is a step
    if hedge:
        return False
    if marker in table["had_markers"] and after and _participle(after[0]):
        return False  # "I'd been there two years", "I'd already spoken to"
    if after[:1] == ["have"] and len(after) > 1 and after[1] != "to" and _participle(after[1]):
        return False  # "I would have escalated sooner"
    before = _clause_before(low, start)
    if marker.startswith("would") and before[-1:] and before[-1] not in table["own_subjects"]:
        return False  # "the boss would make sure…", "the treatment would probably take…"
    reach = table["report_reach"]
    if _holds(before[-reach:], "report_verbs"):
        return False
    habit = (
        _starts_with(said, "habit_after")
        or _starts_with(after, "habit_after")
        or _holds(before, "habit_before")
    )
    return not (habit and (tells_story(low) if story is None else story))


__all__ = ["is_plan", "tells_story"]
