"""Whether a candidate says honestly that they have not done what was asked.

"I haven't run a team myself", "Budgets aren't really something I've done", "I don't have a
line-management example": the wording lives in `data/denials.toml`. The coach reads such an
answer as an honest gap, to be met with the nearest real experience, never as an answer
beside the question.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas

from .text import normalise_quotes, sentences

_DATA = Path(__file__).parent / "data" / "denials.toml"
# A denial in this many opening sentences is what the answer leads with.
LEAD_SENTENCES = 2


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    with _DATA.open("rb") as handle:
        raw = tomllib.load(handle)
    return (_listed(raw["phrases"]), *(re.compile(p) for p in raw["patterns"]))


def _listed(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w'])")


@lru_cache(maxsize=1)
def _nearest() -> re.Pattern[str]:
    with _DATA.open("rb") as handle:
        return _listed(tomllib.load(handle)["nearest"])


@lru_cache(maxsize=1)
def _lead_in() -> frozenset[str]:
    with _DATA.open("rb") as handle:
        return frozenset(tomllib.load(handle)["nearest_lead_in"])


def says_not_done(text: str) -> bool:
    """Whether the text says the candidate has not done something ("I haven't run…")."""
    low = normalise_quotes(text.lower())
    return any(p.search(low) for p in _patterns())


def leads_with_denial(answer: str, lead: int = LEAD_SENTENCES) -> bool:
    """Whether the answer opens by saying the candidate has not done it: in its first
    sentences ("Honestly, I haven't run a team myself. …")."""
    return any(says_not_done(s) for s in sentences(answer)[:lead])


def offers_nearest(text: str) -> bool:
    """Whether the text brings the nearest thing the candidate has done ("The closest I've
    come is…", "What I have done is…")."""
    return bool(_nearest().search(normalise_quotes(text.lower())))


def nearest_steps(text: str) -> int:
    """How many things the candidate says they did in the sentence that brings the nearest
    thing ("What I have done is train six new brewers and run the shift when…": two), each
    item of the sentence opening on a verb. The verbs after the lead have no "I" of their own,
    so a count of "I did" steps misses them."""
    count = 0
    for sentence in (normalise_quotes(s.lower()) for s in sentences(text)):
        found = _nearest().search(sentence)
        if not found:
            continue
        rest = sentence[found.end() :]
        for part in re.split(r",|;|\band\b|\bthen\b", rest):
            words = [w for w in re.findall(r"[a-z][a-z'-]*", part)]
            while words and words[0] in _lead_in():
                words.pop(0)
            if words and _opens_on_verb(words[0]):
                count += 1
    return count


def _opens_on_verb(word: str) -> bool:
    """A verb as an item of the nearest thing opens: its base, "-ing" or past form ("train",
    "ordering", "ran"); a plural noun that is also a verb ("nails") is not one."""
    lemmas = getAllLemmas(word).get("VERB", ())
    return bool(lemmas) and not any(word in (f"{lemma}s", f"{lemma}es") for lemma in lemmas)


__all__ = ["leads_with_denial", "nearest_steps", "offers_nearest", "says_not_done"]
