"""The scorer's marker lexicons (`data/lexicons.json`), compiled once, and word matching."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..language.figures import number_words
from ..language.plans import is_plan
from ..language.workplace import personal_life_words, workplace_words

LEXICONS_FILE = Path(__file__).parent / "data" / "lexicons.json"
STAR_PARTS = ("situation", "task", "action", "result")
PLAN_PARTS = ("steps", "reasoning", "check")
MOTIVATION_PARTS = ("reason", "bring")
QUESTION_TYPES = ("closing", "motivation", "reflective", "behavioural", "situational")


def _pattern(phrase: str) -> str:
    """A regex for one lexicon entry: words on boundaries, `*` for any ending."""
    parts: list[str] = []
    for token in phrase.lower().split():
        if token.endswith("*"):
            parts.append(re.escape(token[:-1]) + r"[\w'\-]*")
        else:
            parts.append(re.escape(token))
    body = r"\s+".join(parts)
    head = r"(?<![\w'])" if re.match(r"\w", phrase) else ""
    # A possessive still counts: "patient's" is a mention of "patient".
    tail = r"(?:'s)?(?![\w'])" if re.search(r"[\w*]$", phrase) else ""
    return head + body + tail


@dataclass(frozen=True)
class Lexicon:
    """One marker list compiled to a single regex; `keep`, when given, says which matches
    count (the text, the match's start and end)."""

    regex: re.Pattern[str]
    keep: Callable[[str, int, int], bool] | None = None

    @classmethod
    def of(
        cls, entries: Iterable[str], keep: Callable[[str, int, int], bool] | None = None
    ) -> Lexicon:
        """Compile a list of phrases, longest first so the longest match wins."""
        ordered = tuple(sorted({e.lower() for e in entries if e.strip()}, key=len, reverse=True))
        body = "|".join(f"(?:{_pattern(e)})" for e in ordered)
        return cls(re.compile(body or r"(?!x)x"), keep)

    def _matches(self, lowered: str) -> list[re.Match[str]]:
        found = list(self.regex.finditer(lowered))
        if self.keep is None:
            return found
        return [m for m in found if self.keep(lowered, m.start(), m.end())]

    def spans(self, lowered: str) -> list[tuple[int, int]]:
        """Where the markers occur in lower-cased text."""
        return [m.span() for m in self._matches(lowered)]

    def counts(self, lowered: str) -> Counter[str]:
        """How often each marker occurs, keyed by the text as written (punctuation trimmed)."""
        found: Counter[str] = Counter()
        for m in self._matches(lowered):
            key = m.group(0).strip(" ,")
            found[" ".join(key.split())] += 1
        return found


@dataclass(frozen=True)
class Lexicons:
    """Every marker list the scorer reads, compiled."""

    star_strong: dict[str, Lexicon]
    star_weak: dict[str, Lexicon]
    plan: dict[str, Lexicon]
    motivation: dict[str, Lexicon]
    question_types: dict[str, tuple[re.Pattern[str], ...]]
    fillers: Lexicon
    hedges: Lexicon
    hypothetical: Lexicon
    generic: Lexicon
    buzzwords: Lexicon
    number_words: Lexicon
    template_words: frozenset[str]
    talking_points: dict[str, tuple[str, Lexicon]]
    # Stem -> ids of the groups of related words it belongs to ("parent" ~ "mother").
    related: dict[str, frozenset[int]]
    # Stems of words about life outside work (leisure, family, home, travel).
    personal_life: frozenset[str] = frozenset()
    # Stems of field-neutral words of the world of work.
    workplace: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon_lists() -> dict[str, Any]:
    """`data/lexicons.json` as written, read once: for lists used as plain word sets."""
    return json.loads(LEXICONS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """The scorer's lexicons, compiled once from `data/lexicons.json`."""
    raw = lexicon_lists()
    star = raw["star"]
    return Lexicons(
        star_strong={p: Lexicon.of(star[p]["strong"]) for p in STAR_PARTS},
        star_weak={p: Lexicon.of(star[p]["weak"]) for p in STAR_PARTS},
        plan={p: Lexicon.of(raw["plan"][p]) for p in PLAN_PARTS},
        motivation={p: Lexicon.of(raw["motivation"][p]) for p in MOTIVATION_PARTS},
        question_types={
            kind: tuple(re.compile(rx, re.IGNORECASE) for rx in raw["question_types"][kind])
            for kind in QUESTION_TYPES
        },
        fillers=Lexicon.of(raw["fillers"]),
        hedges=Lexicon.of(raw["hedges"]),
        # Only a real plan: not "I would say…", a habit in a story, reported speech,
        # "I'd been" nor "I would have liked" (language/plans.py).
        hypothetical=Lexicon.of(raw["hypothetical"], keep=is_plan),
        generic=Lexicon.of(raw["generic"]),
        buzzwords=Lexicon.of(raw["buzzwords"]),
        number_words=Lexicon.of(list(number_words())),
        template_words=frozenset(raw["template_words"]),
        talking_points={
            key: (value["label"], Lexicon.of(value["markers"]))
            for key, value in raw["talking_points"].items()
        },
        related=_related_groups(raw["related_terms"]),
        personal_life=frozenset(light_stem(w) for w in personal_life_words()),
        workplace=frozenset(light_stem(w) for w in workplace_words(everyday=False)),
    )


def _related_groups(groups: list[list[str]]) -> dict[str, frozenset[int]]:
    index: dict[str, set[int]] = {}
    for number, group in enumerate(groups):
        for word in group:
            index.setdefault(light_stem(word), set()).add(number)
    return {key: frozenset(value) for key, value in index.items()}


_SUFFIXES = (
    "ational", "ations", "ation", "ities", "ments", "ment", "ness", "ings", "ing", "ied",
    "ies", "ers", "ity", "er", "ed", "es", "ly", "s", "e", "y",
)  # fmt: skip


def light_stem(word: str) -> str:
    """A light stem: one common English suffix off, then at most seven letters."""
    word = word.lower().strip("'-")
    for suffix in _SUFFIXES:
        # One-letter endings need a longer rest: "care" is not "car".
        rest = 3 if len(suffix) > 1 else 4
        if word.endswith(suffix) and len(word) - len(suffix) >= rest:
            word = word[: -len(suffix)]
            break
    return word[:7]


def same_stem(a: str, b: str) -> bool:
    """Two stems of one word family ("optimis" and "optimisation" both start "optimis")."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # "plan" and "plann(ed)" are one family; "camp" and "campaig(n)" are not.
    return len(short) >= 4 and len(long_) - len(short) <= 2 and long_.startswith(short)


def related(a: str, b: str) -> bool:
    """Same stem, or both in one group of related words."""
    if same_stem(a, b):
        return True
    groups = lexicons().related
    return bool(groups.get(a, frozenset()) & groups.get(b, frozenset()))


def saturate(hits: float, half: float = 1.0) -> float:
    """0 for no hits, rising towards 1: each `half` hits close half the remaining gap."""
    return 1.0 - 0.5 ** (max(hits, 0.0) / half)


def clamp(value: float, lo: float = 0.0, hi: float = 100.0) -> float:
    """`value` kept within [lo, hi]."""
    return max(lo, min(hi, value))


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping matches counted once."""
    kept: list[tuple[int, int]] = []
    for span in sorted(spans):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept
