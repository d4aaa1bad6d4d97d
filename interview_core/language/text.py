"""One tokeniser, one stopword list and one "same question" rule for all of the core."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import snowballstemmer
from lemminflect import getAllLemmas

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
    return list(_content_words(text))


@lru_cache(maxsize=4096)  # pure: the documents and answers are read again for every skill
def _content_words(text: str) -> tuple[str, ...]:
    stop = stopwords()
    return tuple(w for w in words(text) if len(w) >= 3 and w not in stop and "'" not in w)


def compound_parts(word: str) -> list[str]:
    """The parts of a hyphenated compound that carry meaning ("half-marathon" → half,
    marathon; "follow-up" → follow): at least three letters, no stopwords. The tokeniser keeps
    a compound one word, while skill names match "half marathon" and "half-marathon" alike;
    readers that compare words use these parts so both spellings meet."""
    if "-" not in word:
        return []
    stop = stopwords()
    return [p for p in word.split("-") if len(p) >= 3 and p.lower() not in stop]


def compound_head(word: str) -> str:
    """The head of a hyphenated compound, its last part when it carries meaning
    ("half-marathon" → marathon; "follow-up" → ""), for reading it as its words apart would be."""
    parts = compound_parts(word)
    return parts[-1] if parts and parts[-1] == word.rsplit("-", 1)[-1] else ""


@lru_cache(maxsize=16384)
def dictionary_forms(word: str) -> frozenset[str]:
    """The word and its dictionary forms in every part of speech ("escalated" → escalate)."""
    return frozenset({word, *(lemma for group in getAllLemmas(word).values() for lemma in group)})


def is_dictionary_word(word: str) -> bool:
    """Whether the dictionary knows `word` in any part of speech (a name like "Hartwell" not)."""
    return bool(getAllLemmas(word.lower()))


def can_be_adjective(word: str) -> bool:
    """Whether the dictionary knows `word` as an adjective ("clinical", "technical")."""
    return "ADJ" in getAllLemmas(word.lower())


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """The word's stem (Snowball English): "costing", "costs" and "cost" share "cost"."""
    return _stemmer().stemWord(word.lower())


def content_stems(text: str) -> set[str]:
    """The stems of the content words of `text`, for matching a phrase against a line."""
    # A compound by its parts ("half-marathon" → half, marathon), as "half marathon" gives.
    return {stem(p) for w in content_words(text) for p in (compound_parts(w) or [w])}


# A named term: an acronym or code with an optional number ("CDM 2015", "BS 7671", "NEBOSH"),
# or capitalised words in a row ("Signs of Safety", "Manchester Triage System").
_CODE = r"[A-Z][A-Za-z0-9&/+-]*[A-Z0-9][A-Za-z0-9&/+-]*(?:[ :-]\d[\d.:-]*[A-Za-z]?)?"
_NAME = r"[A-Z][a-z'’]+(?:\s+(?:of|for|the|&|de)\s+[A-Z][a-z'’]+|\s+[A-Z][a-z'’]+)*"
# A name may end in a number or a part letter ("Section 278", "Eurocode 7", "Level 5").
_LEVEL = r"(?:\s+(?:Level|Part|Stage|Grade|Band)\s+\d+[A-Za-z]?|\s+\d[\d.:]*[A-Za-z]?(?![\w%£$]))?"
_TERM = re.compile(rf"(?<![\w-])(?:{_CODE}|{_NAME}){_LEVEL}(?![\w-])")


@lru_cache(maxsize=1)
def _generic_terms() -> frozenset[str]:
    lines = (_DATA / "generic_terms.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def generic_terms() -> frozenset[str]:
    """Terms many documents share without naming a skill (`data/generic_terms.txt`), lower case."""
    return _generic_terms()


def is_code_word(word: str) -> bool:
    """An acronym or code: two capitals or more ("CDM", "IStructE")."""
    return sum(c.isupper() for c in word) >= 2


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    # The first words of requirements' lead-ins ("Knowledge of"): never part of a name.
    lines = (_DATA / "requirement_leads.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.split()[0].lower() for w in lines if w.strip() and not w.startswith("#"))


_CONNECTORS = ("of", "for", "the", "&", "de")


def named_terms(text: str) -> list[str]:
    """The names, codes and acronyms of `text` ("CDM 2015", "CIPD Level 5", "Signs of Safety").

    A capitalised word that only opens the line or a sentence is not a name ("Strong Excel
    skills" names Excel); place names, months and other terms every document shares
    (`data/generic_terms.txt`) are left out, and so are acronyms under three characters
    ("UK", "HR")."""
    out: list[str] = []
    generic = _generic_terms()
    text = normalise_quotes(text)
    for match in _TERM.finditer(text):
        parts = match.group(0).split()
        if re.fullmatch(r"(?:19|20)\d\d", parts[-1]) and not is_code_word(parts[0]):
            parts = parts[:-1]  # "March 2021", "Tesco 2019": a date, not a code ("CDM 2015")
        before = text[: match.start()].rstrip()
        opening = not before or before[-1] in ".!?:;•|(–—-\n"
        if parts and opening and not is_code_word(parts[0]):
            joined = len(parts) > 2 and parts[1].lower() in _CONNECTORS
            if not joined or parts[0].lower() in _lead_words():
                # Drop the opening word (and the small words after it).
                parts = parts[1:]
                while parts and parts[0].lower() in _CONNECTORS:
                    parts = parts[1:]
        if not parts or not parts[0][:1].isupper():
            continue
        term = " ".join(parts)
        if term.lower() in generic or term.lower() in stopwords():
            continue
        if len(re.sub(r"[^A-Za-z0-9]", "", term)) < 3:
            continue
        out.append(term)
    return list(dict.fromkeys(out))


def holds_term(text: str, term: str) -> bool:
    """Whether `text` names `term` as a whole word (case ignored, spaces and hyphens alike)."""
    pattern = r"[\s\-]*".join(re.escape(p) for p in re.split(r"[\s\-]+", term) if p)
    return re.search(rf"(?<![\w]){pattern}(?![\w])", text, re.IGNORECASE) is not None


def sentences(text: str) -> list[str]:
    """`text` cut into sentences (and lines)."""
    return [s.strip() for s in _SENTENCE_SPLIT.split(text.strip()) if s.strip()]


def _may_be_near(a: str, b: str) -> bool:
    """Whether `SequenceMatcher(a, b).ratio()` can reach SAME_QUESTION_RATIO at all.

    The same upper bounds as the matcher's `real_quick_ratio` and `quick_ratio` (lengths,
    then shared characters), without building the matcher: most pairs of questions fail them,
    so the slow exact ratio runs only for pairs that may be near-identical.
    """
    total = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / total < SAME_QUESTION_RATIO:
        return False
    shared = (Counter(a) & Counter(b)).total()
    return 2.0 * shared / total >= SAME_QUESTION_RATIO


@lru_cache(maxsize=8192)  # pure: each candidate question meets the same earlier ones again
def is_same_question(a: str, b: str) -> bool:
    """Whether two questions ask the same thing: near-identical wording or content words."""
    wa, wb = words(a, numbers=True), words(b, numbers=True)
    if not wa or not wb:
        return a.strip().lower() == b.strip().lower() != ""
    joined_a, joined_b = " ".join(wa), " ".join(wb)
    if _may_be_near(joined_a, joined_b) and (
        difflib.SequenceMatcher(None, joined_a, joined_b, autojunk=False).ratio()
        >= SAME_QUESTION_RATIO
    ):
        return True
    ca, cb = set(content_words(a)), set(content_words(b))
    if len(ca) < _MIN_CONTENT_WORDS or len(cb) < _MIN_CONTENT_WORDS:
        return False
    return len(ca & cb) / len(ca | cb) >= SAME_QUESTION_JACCARD
