"""Whether a candidate says honestly that they have not done what was asked.

"I haven't run a team myself", "Budgets aren't really something I've done", "I don't have a
line-management example": the wording lives in `data/denials.toml`, the one table of denials
for both engines. The coach reads such an answer as an honest gap, to be met with the nearest
real experience, never as an answer beside the question; the interviewer asks for the nearest
thing instead of a result (`admits_gap`) and never asks again about a term the candidate
turned down (`denies_term`: "we don't actually use Power BI").
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas

from .text import clause_at, clauses, normalise_quotes, phrase_alternation, sentences, words

_DATA = Path(__file__).parent / "data" / "denials.toml"
# A denial in this many opening sentences is what the answer leads with.
LEAD_SENTENCES = 2


@lru_cache(maxsize=1)
def _table() -> dict:
    """The denial table (`data/denials.toml`)."""
    with _DATA.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    raw = _table()
    return (_listed(raw["phrases"]), *(re.compile(p) for p in raw["patterns"]))


def _listed(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{phrase_alternation(phrases)})(?![\w'])")


@lru_cache(maxsize=1)
def _nearest() -> tuple[re.Pattern[str], ...]:
    raw = _table()
    return (_listed(raw["nearest"]), *(re.compile(p) for p in raw.get("nearest_patterns", ())))


def _nearest_lead(low: str) -> re.Match[str] | None:
    """The first lead to the nearest thing in lower-cased text with straight quotes."""
    found = [m for m in (p.search(low) for p in _nearest()) if m]
    return min(found, key=lambda m: m.start()) if found else None


@lru_cache(maxsize=1)
def _lead_in() -> frozenset[str]:
    return frozenset(_table()["nearest_lead_in"])


def says_not_done(text: str) -> bool:
    """Whether the text says the candidate has not done something ("I haven't run…")."""
    low = normalise_quotes(text.lower())
    return any(p.search(low) for p in _patterns())


def leads_with_denial(answer: str, lead: int = LEAD_SENTENCES) -> bool:
    """Whether the answer opens by saying the candidate has not done it: in its first
    sentences ("Honestly, I haven't run a team myself. …")."""
    return any(says_not_done(s) for s in sentences(answer)[:lead])


def denial_sentences(answer: str) -> list[str]:
    """The sentences of `answer` that say the candidate has not done something, each cut at
    a semicolon ("I haven't run Azure in production; all my work has been on AWS" gives the
    part before it): what they own up to, not what they bring instead."""
    parts = [p for s in sentences(answer) for p in re.split(r";|\s[–—-]\s", s)]
    return [p for p in parts if says_not_done(p)]


def offers_nearest(text: str) -> bool:
    """Whether the text brings the nearest thing the candidate has done ("The closest I've
    come is…", "What I have done is…", "nearest is onshore turbines…", "I have, however,
    run…"), sentence by sentence so a lead never reaches across a full stop."""
    return any(_nearest_lead(s) for s in _lowered_sentences(text))


def _lowered_sentences(text: str) -> list[str]:
    return [normalise_quotes(s.lower()) for s in sentences(text)]


def admits_gap(answer: str) -> bool:
    """Whether the answer owns up to not having done what was asked ("I haven't…, the
    nearest thing is…"): it opens on a denial ("I haven't used the drying kiln myself,
    but…"), or says one of the gap cues."""
    if leads_with_denial(answer, lead=1):
        return True
    lowered = " ".join(words(answer)).replace("’", "'")
    return any(re.search(rf"\b{re.escape(c)}\b", lowered) for c in _table()["gap_cues"])


def _any_ending(term: str) -> str:
    """`term` as a pattern whose last word may end otherwise ("PLC Programming" matches "PLC
    programmer", "health and safety" "health and safe…"): a denial names the person or the
    work as it comes."""
    head, _, last = term.rpartition(" ")
    if len(last) < 6 or not last.isalpha():
        return re.escape(term)
    stem = last[: max(5, len(last) - 3)]
    return (re.escape(head) + r"\s+" if head else "") + re.escape(stem) + r"\w*"


@lru_cache(maxsize=1)
def _negation() -> re.Pattern[str]:
    """A negation word or ending (`negation_words`, `negation_endings`)."""
    table = _table()
    listed = "|".join(re.escape(w) for w in table["negation_words"])
    endings = "|".join(re.escape(e) for e in table["negation_endings"])
    return re.compile(rf"(?<![\w'])(?:{listed})\b|(?:{endings})\b")


def negates(text: str) -> bool:
    """Whether `text` (lower case, straight quotes) holds a negation ("no", "never", "n't")."""
    return _negation().search(text) is not None


def denies_at(text: str, start: int, end: int) -> bool:
    """Whether the mention at `start`..`end` of `text` is turned down: a negation before it in
    its own clause (the `doer` breaks of `data/clauses.toml`: "I wouldn't call myself a PLC
    programmer", "I had no budget to run"; not the costings of "We had no budget, so I ran the
    costings")."""
    clause = clause_at(text, start, end, "doer")
    at = clause.lower().find(text[start:end].lower())
    return negates(normalise_quotes(clause[: max(0, at)]).lower())


@lru_cache(maxsize=4096)
def denies_term(term: str, answer: str) -> bool:
    """Whether `answer` turns down `term`, a thing the question named ("we don't actually use
    Power BI", "I wouldn't call myself a PLC programmer", "TurfPlanner was just an idea")."""
    escaped = _any_ending(term)
    text = normalise_quotes(answer)
    return any(
        re.search(p.replace("{term}", escaped), text, re.IGNORECASE)
        for p in _table()["term_patterns"]
    )


def nearest_told(text: str) -> str:
    """The text from the first lead to the nearest thing on ("the closest is Oracle NetSuite
    at Brightwell, where I built…"), lower-cased with straight quotes; "" without one."""
    low = normalise_quotes(text.lower())
    for sentence in _lowered_sentences(text):
        found = _nearest_lead(sentence)
        if found:
            at = low.find(sentence)
            return low[at + found.start() :] if at >= 0 else sentence[found.start() :]
    return ""


def nearest_steps(text: str) -> int:
    """How many things the candidate says they did in the sentence that brings the nearest
    thing ("What I have done is train six new brewers and run the shift when…": two), each
    item of the sentence opening on a verb. The verbs after the lead have no "I" of their own,
    so a count of "I did" steps misses them."""
    count = 0
    for sentence in _lowered_sentences(text):
        found = _nearest_lead(sentence)
        if not found:
            continue
        rest = sentence[found.end() :]
        for part in clauses(rest, "steps"):
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


__all__ = [
    "admits_gap",
    "denial_sentences",
    "denies_at",
    "denies_term",
    "leads_with_denial",
    "negates",
    "nearest_steps",
    "nearest_told",
    "offers_nearest",
    "says_not_done",
]
