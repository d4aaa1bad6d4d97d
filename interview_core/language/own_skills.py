"""Skills a CV or job states in its own words, told from what only sounds like one.

A glazier's skills list ("Curtain walling, glass cutting, customer liaison"), an archivist's
("cataloguing, digitisation, ISAD(G)") or a job's requirement list names things the lexicon
does not know; they are read as they stand (`cv.CandidateProfile.listed_skills`,
`field_skills.field_skills`). What the same lists also hold is not a skill and must not be
read as one: praise of the person ("Hard-working", "Reliable and punctual", "quick
learner"), practicalities ("Available immediately", "References on request") and sentences
("I am a flexible person who enjoys working alone."). The rules are general, read from the
words' grammar (lemminflect) and a few word lists (`data/own_skills.json`), so they hold in
fields the lexicon has never seen.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

_DATA = Path(__file__).parent / "data" / "own_skills.json"

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_JOINERS = frozenset({"and", "&", "or", "very", "highly", "extremely", "always"})


@lru_cache(maxsize=1)
def _settings() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    return frozenset(_settings()["filler_phrases"])


def _plain(text: str) -> str:
    """Lower case, hyphens as spaces, no punctuation: "Can-do attitude" → "can do attitude"."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower().replace("’", "'")))


def _readings(word: str) -> dict[str, tuple[str, ...]]:
    return getAllLemmas(word.lower())


def _participle(word: str) -> bool:
    """ "motivated", "organised", "focused": a verb's past form used of a person."""
    low = word.lower()
    return low.endswith("ed") and "VERB" in _readings(low) and "NOUN" not in _readings(low)


def _adverb(word: str) -> bool:
    low = word.lower()
    return low in _JOINERS or (low.endswith("ly") and "ADV" in _readings(low))


def _trait_compound(word: str) -> bool:
    """ "Hard-working", "Self-motivated", "Detail-oriented", "Well-organised", "Cost-conscious":
    a hyphened word describing a person. "Hand-stitching", "fault-finding" name work (the
    part before the "-ing" is a thing, not a manner)."""
    parts = [p for p in word.lower().split("-") if p]
    if len(parts) < 2:
        return False
    first, last = parts[0], parts[-1]
    if _participle(last) or last.endswith("ed") and "VERB" in _readings(last):
        return True
    if last.endswith("ing"):
        return "NOUN" not in _readings(first) or first in {"self", "well", "quick", "forward"}
    readings = _readings(last)
    return "ADJ" in readings and "NOUN" not in readings


def _trait_word(word: str, alone: bool) -> bool:
    """Whether a word only describes a person: an adjective of character ("reliable",
    "punctual", "proactive"), a participle ("motivated"), a hyphened trait ("hard-working").
    Alone, an adjective must end as a character's does (`trait_suffixes`): "electrical" or
    "residential" may name a trade's branch."""
    if "-" in word:
        return _trait_compound(word)
    low = word.lower()
    readings = _readings(low)
    if _participle(low):
        return True
    if "ADJ" not in readings or "NOUN" in readings and alone:
        return False
    # "Time-served electrical": an adjective naming a trade's branch is no trait, even
    # beside one; a character's adjectives end as `trait_suffixes` say.
    if "NOUN" in readings and not low.endswith(("ive", "ful", "ous")):
        return False  # "anaesthetic monitoring": a noun names the work
    return low.endswith(tuple(_settings()["trait_suffixes"]))


def is_trait(item: str) -> bool:
    """Whether a skills-list item or a requirement's piece praises the person instead of
    naming a skill: "Hard-working", "Reliable and punctual", "Highly motivated", "team
    player". A name in capitals ("ISAD(G)", "memoQ") is never one."""
    if _plain(item) in _fillers():
        return True
    words = _WORD.findall(item)
    if not words or any(w[1:] != w[1:].lower() for w in words):
        return False  # "CSCS", "memoQ", "Hot Works Permit": a name, not a trait
    content = [w for w in words if not _adverb(w)]
    if not content:
        return False
    return all(_trait_word(w, alone=len(content) == 1) for w in content)


def is_practicality(item: str) -> bool:
    """ "Available immediately", "References on request", "Willing to relocate": how or when
    the person can work, not a skill."""
    words = set(_plain(item).split())
    return bool(words & set(_settings()["not_skill_words"]))


def is_sentence(line: str) -> bool:
    """Whether a skills-list line is a sentence about the person ("I am a hard-working and
    flexible person who enjoys working alone."): it speaks in the first person or holds a
    clause's verb ("is", "who", "enjoys"), among four words or more."""
    tokens = re.findall(r"[A-Za-z][A-Za-z'’]*", line.replace("’", "'"))
    # "IS-04", "AM/FM": a code in capitals is no "is" or "am"; "I" is the person speaking.
    said = {t.lower() for t in tokens if t == "I" or t.startswith("I'") or not t.isupper()}
    return len(tokens) >= 4 and bool(said & set(_settings()["sentence_words"]))


def not_a_skill(item: str) -> bool:
    """Whether a stated item is praise, a practicality or a sentence, never a skill."""
    return is_trait(item) or is_practicality(item) or is_sentence(item)


def normalise_item(item: str) -> str:
    """A stated skill as a name: sentence case for a list in lower case ("glass cutting" →
    "Glass cutting") or in capitals ("HONEY EXTRACTION" → "Honey extraction"); acronyms and
    names in mixed case as written ("CSCS card", "memoQ", "ISAD(G)")."""
    words = item.split()
    if not words:
        return item
    letters = [c for c in item if c.isalpha()]
    if len(words) >= 2 and letters and all(c.isupper() for c in letters):
        keep = _settings()["keep_upper_max"]

        def lower(match: re.Match[str]) -> str:
            w = match.group(0)
            common = zipf_frequency(w.lower(), "en") >= 3.0
            return w.lower() if len(w) > keep or (common and len(w) > 2) else w

        item = re.sub(r"[A-Za-z]+", lower, item)
        words = item.split()
    first = words[0]
    if first.islower() and first[:1].isalpha():
        return item[:1].upper() + item[1:]
    return item
