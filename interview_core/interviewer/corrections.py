"""What the candidate corrected: names to say their way, terms not to ask about again (a
term turned down is read by the shared denial reader, `language/denials.py`)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..language.denials import denies_term
from ..language.skills import extract_skills, surface_forms
from ..language.text import clauses, normalise_quotes, phrase_alternation

_FILE = Path(__file__).with_name("corrections.toml")


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    with _FILE.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    """A lead-in and the name after it: capitalised words, "&", and joiners inside."""
    vocabulary = _vocabulary()
    leads = phrase_alternation(vocabulary["name_leads"])
    joiners = phrase_alternation(w for w in vocabulary["name_joiners"] if w != "&")
    word = r"(?:[A-Z][\w'’.-]*|&)"
    name = rf"{word}(?:(?:,\s+|\s+)(?:(?:{joiners})\s+)?{word})*"
    return re.compile(rf"\b(?i:{leads})\s+(?i:actually\s+)?(?P<name>{name})")


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{phrase_alternation(_vocabulary()['correction_cues'])})\b", re.IGNORECASE
    )


def _sentences(text: str) -> list[str]:
    return [s for s in clauses(normalise_quotes(text), "stops_semicolons") if s.strip()]


def _capitalised(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", text)}


@lru_cache(maxsize=4096)
def renamed(names: tuple[str, ...], question: str, answer: str) -> tuple[tuple[str, str], ...]:
    """(wrong, right) for each of `names` the question used and the answer corrected."""
    used = [n for n in names if n and n in question]
    found: list[tuple[str, str]] = []
    for sentence in _sentences(answer):
        if not _cue_pattern().search(sentence):
            continue
        for match in _name_pattern().finditer(sentence):
            right = match.group("name").strip(" ,.")
            for wrong in used:
                if right == wrong or right in wrong or len(right) < 3:
                    continue
                # The name the candidate corrects shares a word with theirs, or is the one
                # the same sentence turns down ("…, not Professional Services").
                turned_down = rf"\b(?:not|rather than|instead of)\s+(?:the\s+)?{re.escape(wrong)}"
                if _capitalised(wrong) & _capitalised(right) or re.search(turned_down, sentence):
                    found.append((wrong, right))
    return tuple(found)


@lru_cache(maxsize=4096)
def retracted(names: tuple[str, ...], question: str, answer: str) -> tuple[str, ...]:
    """The names the question used that the answer turns down without giving the right one:
    "actually I'm the deputy, not the manager" to "your time as a Front Office Manager",
    "actually I'm on the buying side" to "your time as a Sales Manager". Later questions do
    not say them again: saying nothing is better than repeating a false statement."""
    used = [n for n in names if n and n in question]
    if not used:
        return ()
    vocabulary = _vocabulary()
    selves = phrase_alternation(vocabulary["self_description_leads"])
    out: list[str] = []
    for index, sentence in enumerate(_sentences(answer)):
        if not _cue_pattern().search(sentence):
            continue
        lowered = sentence.lower()
        for name in used:
            name_words = [w.lower() for w in re.findall(r"[\w'’&-]+", name)]
            # "…, not the manager": the words turned down end the name.
            for found in re.finditer(
                r"\b(?:not|rather than|instead of)\s+(?:a|an|the|at|in|with)?\s*([\w'’&-]+(?:\s+[\w'’&-]+){0,2})",
                lowered,
            ):
                said = found.group(1).split()
                if said and any(said[-k:] == name_words[-k:] for k in range(1, len(said) + 1)):
                    out.append(name)
            # "Actually I'm on the buying side", opening the answer: a different account of
            # themselves than the title the question gave them ("as a Sales Manager").
            as_title = re.search(rf"\bas\s+(?:a|an|the)?\s*{re.escape(name)}", question)
            described = re.search(
                rf"\bactually,?\s+(?:{selves})\s+([\w'’-]+(?:\s+[\w'’-]+)?)", lowered
            )
            other = described is not None and not set(described.group(1).split()) & set(name_words)
            if index == 0 and as_title and other and name not in out:
                out.append(name)
    return tuple(dict.fromkeys(out))


def _says(text: str, name: str) -> bool:
    """Whether `text` says `name` on its own: not as the end of a longer name ("Assistant
    Front Office Manager" does not say "Front Office Manager")."""
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        before = text[: match.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1][-1:] in ".!?:":
            return True
    return False


@dataclass(frozen=True)
class Corrections:
    """Names the candidate corrected and terms they denied, applied to later questions."""

    renamed: tuple[tuple[str, str], ...] = ()
    denied: frozenset[str] = field(default_factory=frozenset)
    retracted: frozenset[str] = field(default_factory=frozenset)
    """Names turned down without a right one given: never said again."""

    def amend(self, text: str) -> str | None:
        """`text` with corrected names said the candidate's way; None when it asks about a
        term the candidate denied or says a name they turned down."""
        for term in self.denied:
            if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE):
                return None
        for name in self.retracted:
            if _says(text, name):
                return None
        for wrong, right in self.renamed:
            if right in text:
                text = text.replace(right, "\x00")
            text = text.replace(wrong, right).replace("\x00", right)
        return text

    def apply(self, options: Sequence[str]) -> list[str]:
        """The options still fit to ask, amended."""
        if not self.renamed and not self.denied and not self.retracted:
            return list(options)
        return [t for t in (self.amend(o) for o in options) if t is not None]


def read_corrections(
    exchanges: Sequence[tuple[str, str]], names: tuple[str, ...], terms_in: Any
) -> Corrections:
    """The corrections in `exchanges` ((question, answer) pairs, in order); `names`: the
    employers and titles the interviewer may use; `terms_in(question)`: the skill terms a
    question names."""
    pairs: list[tuple[str, str]] = []
    gone: set[str] = set()
    dropped: set[str] = set()
    for question, answer in exchanges:
        if not answer:
            continue
        found = renamed(names, question, answer)
        pairs += found
        gone |= {t for t in terms_in(question) if denies_term(t, answer)}
        # A name corrected to another is said the new way; only the others are dropped.
        dropped |= set(retracted(names, question, answer)) - {wrong for wrong, _ in found}
    return Corrections(tuple(dict.fromkeys(pairs)), frozenset(gone), frozenset(dropped))


def question_terms(question: str, exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """The things a question names that a candidate may deny: its skill terms as it writes
    them, and names inside a sentence ("TurfPlanner"), except words of `exclude` (the
    employers, titles and company: a name the candidate corrects, never denies)."""
    terms: list[str] = []
    for skill in extract_skills(question):
        terms += surface_forms(question, skill)
    kept = {w.lower() for name in exclude for w in re.findall(r"[\w'’&-]+", name)}
    for sentence in _sentences(question):
        for word in re.findall(r"(?<=\s)[A-Z][\w-]*[a-z][A-Z][\w-]*|(?<=\s)[A-Z]{2,}\w*", sentence):
            if word.lower() not in kept:
                terms.append(word)
    return tuple(dict.fromkeys(t for t in terms if len(t) > 2))
