"""One tokeniser, one stopword list and one "same question" rule for all of the core."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data"

# A word: letters with inner apostrophes or hyphens ("don't", "follow-up"); digits are not words.
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")
_WORD_OR_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*[A-Za-z0-9]|[A-Za-z0-9]")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'A-Z0-9£$€])|\n+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})

# Two questions are the same when their wording nearly matches, or when they share most of
# their content words (at least four each, so short questions are never merged by accident).
SAME_QUESTION_RATIO = 0.85
SAME_QUESTION_JACCARD = 0.75
_MIN_CONTENT_WORDS = 4


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The stopword list (`data/stopwords.txt`)."""
    lines = (_DATA / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def normalise_quotes(text: str) -> str:
    """Curly quotes as straight ones, so "don’t" and "don't" are one word."""
    return text.translate(_QUOTES)


def tokens(text: str, numbers: bool = False) -> list[str]:
    """The words of `text` as written (case kept; numbers only when asked for)."""
    return (_WORD_OR_NUMBER if numbers else _WORD).findall(normalise_quotes(text))


def words(text: str, numbers: bool = False) -> list[str]:
    """The words of `text`, lower-cased, possessive 's dropped (numbers only when asked for)."""
    out: list[str] = []
    for w in tokens(text, numbers):
        w = w.lower()
        out.append(w[:-2] if w.endswith("'s") and len(w) > 3 else w)
    return out


def content_words(text: str) -> list[str]:
    """The words that carry meaning: no stopwords, at least three letters."""
    stop = stopwords()
    return [w for w in words(text) if len(w) >= 3 and w not in stop and "'" not in w]


def sentences(text: str) -> list[str]:
    """`text` cut into sentences (and lines)."""
    return [s.strip() for s in _SENTENCE_SPLIT.split(text.strip()) if s.strip()]


def is_same_question(a: str, b: str) -> bool:
    """Whether two questions ask the same thing: near-identical wording or content words."""
    wa, wb = words(a, numbers=True), words(b, numbers=True)
    if not wa or not wb:
        return a.strip().lower() == b.strip().lower() != ""
    ratio = difflib.SequenceMatcher(None, " ".join(wa), " ".join(wb), autojunk=False).ratio()
    if ratio >= SAME_QUESTION_RATIO:
        return True
    ca, cb = set(content_words(a)), set(content_words(b))
    if len(ca) < _MIN_CONTENT_WORDS or len(cb) < _MIN_CONTENT_WORDS:
        return False
    return len(ca & cb) / len(ca | cb) >= SAME_QUESTION_JACCARD
