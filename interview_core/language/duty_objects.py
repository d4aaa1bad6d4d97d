"""Skills a CV shows in its own bullets' words: the things its duties work on ("Run foot
trimming …", "Pressure care, seating and postural assessments …") that the CV names again
in another line. The lexicon need not know them, so this holds in any field; a thing named
once is only a detail of one duty, and recurrence is what makes it the candidate's own.
The small word lists live in `data/duty_objects.toml`.
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas

from .job import duty_verbs
from .own_skills import not_a_skill
from .skills import extract_skills
from .text import stopwords
from .workplace import workplace_words

_DATA = Path(__file__).parent / "data" / "duty_objects.toml"
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]")


@lru_cache(maxsize=1)
def _table() -> dict:
    with _DATA.open("rb") as handle:
        return tomllib.load(handle)


def _is_verb(word: str) -> bool:
    """A duty's verb: one adverts open a duty with, or a word with a verb's reading only."""
    readings = getAllLemmas(word.lower())
    if "VERB" not in readings:
        return False
    lemmas = {word.lower(), *readings["VERB"]}
    return bool(lemmas & duty_verbs()) or "NOUN" not in readings


def _verb_only(word: str) -> bool:
    """ "supported", "carried": a verb's form with no noun or adjective reading."""
    readings = getAllLemmas(word.lower())
    return "VERB" in readings and not {"NOUN", "ADJ"} & set(readings)


def things_worked_on(line: str) -> list[str]:
    """The things a bullet works on, in lower case: after its opening verb ("Carry out roof
    surveys"), or listed as its opening ("Pressure care, seating and postural assessments on
    the ward"), each of two or three plain words, up to the first small word. A verb after
    "and" opens the next duty ("… and supported tenancy audits"). A capitalised word past
    the first names something (a product, a place), not a skill in common words."""
    table = _table()
    leads, joins, small = set(table["leads"]), set(table["joins"]), stopwords()
    particles = set(table["particles"])
    words = _TOKEN.findall(line)
    out: list[str] = []
    current: list[str] = []
    named = False
    at = 0
    if words and _is_verb(words[0]):
        at = 1 + (len(words) > 1 and words[1].lower() in particles)

    def close() -> None:
        if table["min_words"] <= len(current) <= table["max_words"] and not named:
            out.append(" ".join(current))

    while at < len(words):
        word, low = words[at], words[at].lower()
        at += 1
        if low in joins:
            close()
            current, named = [], False
            continue
        if not current and (low in leads or low in particles or _verb_only(word)):
            continue  # "the", or "… and supported": the next duty's verb
        if not word[:1].isalpha() or low in small or (current and _verb_only(word)):
            break
        named = named or (word[:1].isupper() and at > 1)
        current.append(low)
    close()
    return out


def _plain_work(thing: str) -> bool:
    """Whether the thing ends on a plain word of work ("night shift", "team meeting"), on
    people ("abusive callers") or on a place ("community libraries"): who or where, or what
    any job has, never a skill."""
    head = thing.split()[-1]
    lemmas = {head, *getAllLemmas(head).get("NOUN", ())}
    return bool(
        lemmas
        & (workplace_words(everyday=True) | set(_table()["people"]) | set(_table()["places"]))
    )


def _stem(word: str) -> str:
    """What a word's inflections share: "studies" and "study" share "stud"."""
    readings = getAllLemmas(word.lower())
    lemmas = [lemma for forms in readings.values() for lemma in forms]
    shared = os.path.commonprefix([word.lower(), *lemmas])
    return shared if len(shared) >= 3 else word.lower()[:3]


def _pattern(thing: str) -> re.Pattern[str]:
    # Each word by its stem, so "foot trimming" meets "Cattle foot trimming" and "studies"
    # meets "study"; the words next to each other, as a name is written.
    parts = [re.escape(_stem(w)) + r"[\w'’]{0,4}" for w in thing.split()]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(parts) + r"(?![\w-])", re.IGNORECASE)


def recurring_things(
    bullets: list[str], lines: list[str], known: set[str]
) -> list[tuple[str, str]]:
    """(thing, bullet) for each thing a bullet works on that another line of the CV names too,
    which no lexicon skill reads and which is no praise or practicality; `known` holds the
    things already read (lower case)."""
    found: dict[str, str] = {}
    for bullet in bullets:
        for whole in things_worked_on(bullet):
            for thing in _forms(whole):
                if (
                    any(_within(thing, item) for item in (*known, *found))
                    or _plain_work(thing)
                    or extract_skills(thing)
                    or not_a_skill(thing)
                ):
                    continue
                pattern = _pattern(thing)
                if any(line != bullet and pattern.search(line) for line in lines):
                    found[thing] = bullet
                    break
    return list(found.items())


def _within(thing: str, item: str) -> bool:
    """Whether `thing` is `item` or words of it, in any inflection ("safety critical" of
    "safety critical communications", "category strategies" of "category strategy")."""
    return _pattern(thing).search(item) is not None


def _forms(thing: str) -> list[str]:
    """The thing, then its two-word ends ("battery storage systems": "battery storage",
    "storage systems"), as another line may name it shorter."""
    words = thing.split()
    if len(words) < 3:
        return [thing]
    # The first two only when they end on a noun ("battery storage", not "safety critical").
    first = " ".join(words[:2])
    ends_on_noun = not {"ADJ", "VERB"} & set(getAllLemmas(words[1]))
    return [thing, *([first] if ends_on_noun else []), " ".join(words[-2:])]
