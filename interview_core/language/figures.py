"""Figures in an answer or a CV line: amounts, counts, percentages and durations.

Years place a story rather than measure it, and numbers that belong to a name are codes,
not results: "ISO 20022", "Years 7 to 13", "Band 6", "Python 3". Neither is quoted back as a
figure. Every figure is kept once, however often it is repeated.

This is the one home for what a number is: the coach quotes `figures`, the interviewer asks
`mentions_number` ("does the answer give any number at all?"), and both read the number words
of `data/number_words.txt`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas

from .text import stopwords

_NUMBER_WORDS_FILE = Path(__file__).parent / "data" / "number_words.txt"
_LABELS_FILE = Path(__file__).parent / "data" / "number_labels.txt"

_UNITS = (
    r"%|percent\b|per cent\b|k\b|m\b|bn\b|x\b|times\b|pounds\b|dollars\b|euros\b|"
    r"minutes?\b|mins?\b|seconds?\b|hours?\b|hrs?\b|days?\b|weeks?\b|months?\b|years?\b|"
    r"milliseconds?\b|ms\b|points?\b|pp\b|people\b|staff\b|users\b|customers\b|clients\b|"
    r"patients\b|pupils\b|students\b"
)
_NUMBER = re.compile(
    r"(?<![\w.\-/])([£$€]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(\s?(?:"
    + _UNITS
    + r"))|(?![\w%]))"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_MEASURE_UNIT = re.compile(
    r"%|percent|per cent|k$|m$|bn$|x$|times|pounds|dollars|euros|min|sec|hour|hr|day|week|month|year|ms$|millisecond|point|pp$"
)
# A capitalised word or an acronym right before a bare number makes it part of a name.
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w&\-]*|\b[A-Z]{2,}[\w\-]*)\s+$")
_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and)\s*$")
_NEXT_WORD = re.compile(r"(?:\s+|-)([a-z][a-z\-]+)")

_LEADING_ZERO = re.compile(r"0\d+")
# A bare number with this many digits or more is an identifier, not a count.
_MAX_BARE_DIGITS = 6


@dataclass(frozen=True)
class Figure:
    """One figure as written ("610 milliseconds", "£40k", "30 store managers")."""

    text: str
    start: int
    has_unit: bool

    @property
    def quotable(self) -> bool:
        """Says what it counts: a unit, a currency or a noun ("30 store managers"), not "34"."""
        return self.has_unit or not re.fullmatch(r"[\d,.]+", self.text)


def figures(text: str) -> list[Figure]:
    """The real figures in `text`, in order, each distinct one once."""
    out: list[Figure] = []
    seen: set[str] = set()
    code_end = -10
    for m in _NUMBER.finditer(text):
        currency, digits, unit = m.group(1), m.group(2), m.group(3)
        bare = not currency and not unit
        value = digits.replace(",", "")
        if bare and _YEAR.fullmatch(value):
            continue
        before = text[: m.start()]
        # A number after a name is a code ("Band 6 staff", "ISO 20022") unless it is money,
        # a share or a duration.
        measured = bool(currency) or bool(unit and _MEASURE_UNIT.match(unit.strip()))
        if not measured and (
            (_NAME_BEFORE.search(before[-40:]) and not _opens_with_verb(before))
            or _RANGE_JOIN.match(text[code_end : m.start()])
        ):
            code_end = m.end()
            continue
        if bare and (
            len(value.replace(".", "")) >= _MAX_BARE_DIGITS or _LEADING_ZERO.fullmatch(value)
        ):
            continue
        shown = m.group(0).strip()
        if bare:
            shown = _with_noun(text, m.end(), shown)
        key = " ".join(shown.lower().split())
        if key in seen:
            continue
        seen.add(key)
        out.append(Figure(shown, m.start(), not bare))
    return out


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    lines = _LABELS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


_OPENING_WORD = re.compile(r"(?:^|[.!?:;•\n]\s*|^\s*[-*]\s*)([A-Z][a-z]+)\s+$")


def _opens_with_verb(before: str) -> bool:
    """ "Review 40 tax returns": a verb opening the sentence, not a name with a number
    ("Band 6", "Level 3": `data/number_labels.txt`)."""
    m = _OPENING_WORD.search(before)
    if not m:
        return False
    word = m.group(1).lower()
    verbs = getAllLemmas(word).get("VERB", ())
    # Its base or past form ("Review", "Reviewed"): "Windows" is no verb opening a bullet.
    return word not in _labels() and (word in verbs or (bool(verbs) and word.endswith("ed")))


def _with_noun(text: str, end: int, shown: str) -> str:
    # "30" alone says little; "30 store managers" says what was counted.
    words: list[str] = []
    stop = stopwords()
    pos = end
    while len(words) < 2:
        m = _NEXT_WORD.match(text, pos)
        if not m or m.group(1) in stop or _verb_like(m.group(1)):
            break
        words.append(m.group(0).strip())
        pos = m.end()
        if words[-1].startswith("-"):
            break  # "142-plot" says what was counted
    return "".join([shown, *(w if w.startswith("-") else " " + w for w in words)])


def _verb_like(word: str) -> bool:
    return len(word) > 4 and word.endswith(("ed", "ly", "ing"))


def has_figure(text: str) -> bool:
    """Whether `text` holds at least one real figure."""
    return bool(figures(text))


@lru_cache(maxsize=1)
def number_words() -> tuple[str, ...]:
    """Words that stand for a number or an amount ("twelve", "dozen", "a third")."""
    lines = _NUMBER_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def number_word_pattern() -> str:
    """The number words as one regular-expression alternation, longest first."""
    ordered = sorted(number_words(), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@lru_cache(maxsize=1)
def _any_number() -> re.Pattern[str]:
    return re.compile(rf"\d|[%£$€]|\b(?:{number_word_pattern()})\b", re.IGNORECASE)


def mentions_number(text: str) -> bool:
    """Whether `text` gives any number or amount at all: a sign of specifics, not of a result."""
    return bool(_any_number().search(text))
