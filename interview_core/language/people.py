"""Who leads people: one reading for the interviewer and the coach.

A CV line leads people when it holds a post that leads them ("Team leader for 3-person
teams"), a verb of leading before the people led ("Trained 5 new technicians"), or a count
of people with the verb after them ("40 staff trained"). A duty develops people when it opens
on such a verb and names the people ("Coach and develop less experienced technicians").
A CV with such a line shows leadership, supervision, mentoring and the duty: the coach never
calls them missing, and the interviewer asks about that line instead of "the closest you've
come". The words live in `data/people_leading.toml`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas

from .text import phrase_alternation, stem

_DATA = Path(__file__).parent / "data" / "people_leading.toml"


@lru_cache(maxsize=1)
def _settings() -> dict:
    with _DATA.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def _posts() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrase_alternation(_settings()['posts'])})s?\b")


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z][\w-]*|\d+", text.lower())


def _is_verb(token: str, verbs: set[str]) -> bool:
    return bool({*getAllLemmas(token).get("VERB", ()), token} & verbs)


def _people_word(token: str) -> bool:
    """ "staff", "technicians", "assistant": people, by name or by a post's ending."""
    endings = tuple(_settings()["post_endings"])
    return token in _settings()["people"] or (len(token) > 4 and token.endswith(endings))


def is_people_word(word: str) -> bool:
    """Whether a word names people ("staff", "technicians", "managers"): by name, or by a
    post's ending."""
    return _people_word(word.lower())


def _post_in_object(after: list[str], j: int, before: str) -> bool:
    """Whether `after[j]` names people in a verb's object: by name; or by a post's ending
    when plural ("technicians", "handlers") or after "a", "an", "one" ("an assistant
    accountant"), never a word in a compound ("escape-of-water") or a thing ending alike
    ("enrolment", "paper logs", "sludge plant")."""
    token = after[j]
    if token in _settings()["people"]:
        return True
    if "-" in token or token.endswith(tuple(_settings()["thing_endings"])):
        return False
    if not _people_word(token):
        return False
    previous = after[j - 1] if j else before
    opener = previous in _settings()["singular_post_openers"] or previous in _settings()["counts"]
    return (
        token.endswith("s")
        or opener
        or previous.isdigit()
        or (j > 0 and _people_word(previous) and "-" not in previous)
    )


# How many words after a verb of leading a counted plural may stand ("tutor for two
# foundation trainee pharmacists").
_REACH = 5


def _people_after(tokens: list[str], at: int) -> list[str]:
    """The people led by the verb at `at`: within four words after it, people by name or
    by a post's ending, or a count of something plural ("six nurses", not "2m"; the plural
    within `_REACH` words). None when
    the verb takes a task by a preposition ("lead on P11D submissions") or its object is
    parties outside the team ("managed loss adjusters and contractors")."""
    after = tokens[at + 1 : at + 5]
    if after and after[0] in _settings()["task_prepositions"]:
        return []
    if set(after) & set(_settings()["outside_parties"]):
        return []
    named = [t for j, t in enumerate(after) if _post_in_object(after, j, tokens[at])]
    if named:
        return named
    counts = set(_settings()["counts"])
    counted = [j for j, t in enumerate(after) if t.isdigit() or t in counts]
    # "two foundation trainee pharmacists": the plural may stand three words after its count.
    further = tokens[at + 1 : at + 1 + _REACH]
    return [t for j in counted for t in further[j + 1 : j + 4] if t.endswith("s")][:1]


def leads_people_in(line: str, verbs: Iterable[str] | None = None) -> bool:
    """Whether one line has the candidate leading people; `verbs`: only by these verbs of
    leading (any form), else by any of the data's."""
    low = line.lower()
    if _posts().search(low):
        return True
    tokens = _tokens(low)
    verbs = set(_settings()["verbs"] if verbs is None else verbs)
    people = set(_settings()["people"])
    for i, token in enumerate(tokens):
        if not _is_verb(token, verbs):
            continue
        if _people_after(tokens, i):
            return True
        # "40 staff trained": the people counted, then the verb in its past form.
        if i >= 2 and tokens[i - 1] in people and tokens[i - 2].isdigit() and token.endswith("ed"):
            return True
    return False


def people_leading_line(text: str) -> str | None:
    """The first line of `text` (a CV) that has the candidate leading people; None if none."""
    return next((line.strip() for line in text.splitlines() if leads_people_in(line)), None)


def leads_people(text: str) -> bool:
    """Whether a line of `text` has the candidate leading people ("Tutor two foundation
    trainee pharmacists a year", "Manage an assistant accountant and a clerk")."""
    return people_leading_line(text) is not None


# Words that end a duty's object: "Develop web maps for operational teams" develops maps.
_CLAUSE_ENDS = frozenset(
    ["and", "or", "to", "in", "on", "across", "with", "for", "of", "at", "by", "from", "through"]
)


def people_developed(duty: str) -> list[str]:
    """The people a duty develops ("technicians" of "Coach and develop less experienced
    technicians"): it opens on a verb of developing people and names them; [] otherwise."""
    tokens = _tokens(duty)
    verbs = set(_settings()["developing_verbs"])
    opening = 0
    while opening < len(tokens) and (
        tokens[opening] in ("and", "or") or _is_verb(tokens[opening], verbs)
    ):
        opening += 1
    if not opening or not _is_verb(tokens[0], verbs):
        return []
    # The object: up to six words, to the next clause ("… and share good practice").
    words = []
    for token in tokens[opening : opening + 6]:
        if token in _CLAUSE_ENDS:
            break
        words.append(token)
    return [t for t in words if _people_word(t)]


def line_developing(duty: str, lines: Iterable[str]) -> str | None:
    """Of `lines` (a CV's bullets), the one that shows a duty of developing people: a line
    leading people, one leading the same people first ("Trained 5 new technicians" for
    "Coach and develop less experienced technicians"); None when the duty is no such duty
    or no line leads people."""
    developed = {stem(p) for p in people_developed(duty)}
    if not developed:
        return None
    leading = [line for line in lines if leads_people_in(line)]
    same = [line for line in leading if developed & {stem(t) for t in _tokens(line)}]
    return (same or leading or [None])[0]
