"""One tokeniser, one stopword list, one splitter of sentences and clauses and one "same
question" rule for all of the core."""

from __future__ import annotations

import difflib
import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import snowballstemmer
from lemminflect import getAllLemmas

_DATA = Path(__file__).parent / "data"

# A word: letters with inner apostrophes or hyphens ("don't", "follow-up"); digits are not words.
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")
_LETTERS = re.compile(r"[a-z]+")
_WORD_OR_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*[A-Za-z0-9]|[A-Za-z0-9]")
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


def letter_runs(text: str) -> list[str]:
    """The runs of plain letters of `text`, lower-cased: any other character ends one
    ("follow-up" gives "follow", "up"), for comparing the words of names and titles."""
    return _LETTERS.findall(text.lower())


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


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """The word's singular form, lower-cased: the dictionary's noun lemma ("tickets" →
    ticket, "analyses" → analysis, "status", "bus", "gas", "process" as they are); a word the
    dictionary knows only in another part of speech as it is ("certified"); an unknown word
    without a plural "-s" ("KPIs" → kpi, "SKUs" → sku), unless it ends "ss" ("CSS")."""
    low = word.lower()
    lemmas = getAllLemmas(low)
    if lemmas.get("NOUN"):
        return lemmas["NOUN"][0]
    if lemmas or len(low) <= 3 or not low.endswith("s") or low.endswith("ss"):
        return low
    return low[:-1]


@lru_cache(maxsize=1)
def phrasal_particles() -> frozenset[str]:
    """The particles of a phrasal verb whose noun is one word (`data/phrasal_particles.txt`)."""
    lines = (_DATA / "phrasal_particles.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def phrasal_nouns(text: str) -> frozenset[str]:
    """The nouns of the phrasal verbs a text uses ("we were locked out" -> "lockout",
    "lock-out"; "she broke down" -> "breakdown"): a story tells in verbs what a question
    names in nouns."""
    found = words(text)
    out: set[str] = set()
    for verb, particle in zip(found, found[1:], strict=False):
        if particle not in phrasal_particles():
            continue
        for lemma in getAllLemmas(verb).get("VERB", ()):
            out.update({f"{lemma}{particle}", f"{lemma}-{particle}"})
    return frozenset(out)


def is_dictionary_word(word: str) -> bool:
    """Whether the dictionary knows `word` in any part of speech (a name like "Hartwell" not)."""
    return bool(getAllLemmas(word.lower()))


def can_be_adjective(word: str) -> bool:
    """Whether the dictionary knows `word` as an adjective ("clinical", "technical")."""
    return "ADJ" in getAllLemmas(word.lower())


def is_ing_form(word: str) -> bool:
    """Whether `word` (as written, lower case) is a verb's "-ing" form ("working", "tracing"),
    not a verb whose base ends so ("bring", "sing")."""
    verbs = getAllLemmas(word).get("VERB", ())
    return word.endswith("ing") and bool(verbs) and word not in verbs


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
def requirement_leads() -> frozenset[str]:
    """The lead-ins of a job's requirements ("Knowledge of", "Experience in"), as written
    (`data/requirement_leads.txt`)."""
    lines = (_DATA / "requirement_leads.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    # The first words of requirements' lead-ins ("Knowledge of"): never part of a name.
    return frozenset(w.split()[0].lower() for w in requirement_leads())


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


@lru_cache(maxsize=4096)
def term_pattern(term: str) -> re.Pattern[str]:
    """`term` as a whole-word pattern, case ignored, spaces and hyphens alike ("follow-up"
    finds "follow up" and "followup")."""
    pattern = r"[\s\-]*".join(re.escape(p) for p in re.split(r"[\s\-]+", term) if p)
    return re.compile(rf"(?<![\w]){pattern}(?![\w])", re.IGNORECASE)


def holds_term(text: str, term: str) -> bool:
    """Whether `text` names `term` as a whole word (case ignored, spaces and hyphens alike)."""
    return term_pattern(term).search(text) is not None


def phrase_alternation(phrases: Iterable[str]) -> str:
    """The phrases as one regular-expression alternation, longest first (so "two hundred" is
    tried before "two"), a space in a phrase matching any run of white space."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@lru_cache(maxsize=1)
def _breaks() -> dict[str, re.Pattern[str]]:
    """The break sets of the splitter (`data/clauses.toml`), compiled."""
    with (_DATA / "clauses.toml").open("rb") as handle:
        table = tomllib.load(handle)
    return {
        name: re.compile(spec["pattern"], re.IGNORECASE if spec.get("ignore_case") else 0)
        for name, spec in table.items()
    }


_BRACKET = re.compile(r"[()\[\]]")


def clause_breaks(text: str, kind: str, brackets: bool = False) -> list[tuple[int, int]]:
    """Where `text` divides by the break set `kind` (`data/clauses.toml`): the (start, end) of
    each break, in order. With `brackets`, no break inside brackets counts ("observability
    (Prometheus, Grafana)" is one clause)."""
    found = [m.span() for m in _breaks()[kind].finditer(text)]
    if not brackets:
        return found
    marks = [(m.start(), m.group()) for m in _BRACKET.finditer(text)]
    kept: list[tuple[int, int]] = []
    depth = seen = 0
    for start, end in found:
        while seen < len(marks) and marks[seen][0] < start:
            depth = depth + 1 if marks[seen][1] in "([" else max(0, depth - 1)
            seen += 1
        if depth == 0:
            kept.append((start, end))
    return kept


def clause_spans(text: str, kind: str, brackets: bool = False) -> list[tuple[int, int]]:
    """The (start, end) of each piece of `text` between the breaks of `kind`, as written."""
    spans: list[tuple[int, int]] = []
    at = 0
    for start, end in clause_breaks(text, kind, brackets):
        spans.append((at, start))
        at = end
    spans.append((at, len(text)))
    return spans


def clauses(text: str, kind: str, brackets: bool = False) -> list[str]:
    """The pieces of `text` between the breaks of `kind`, as written (unstripped; empty ones
    kept), as `re.split` gives them."""
    return [text[start:end] for start, end in clause_spans(text, kind, brackets)]


def clause_at(text: str, start: int, end: int, kind: str) -> str:
    """The clause of `text` (by the breaks of `kind`) holding the characters `start`..`end`."""
    left, right = 0, len(text)
    for cut_start, cut_end in clause_breaks(text, kind):
        if cut_end <= start:
            left = cut_end
        elif cut_start >= end:
            right = cut_start
            break
    return text[left:right].strip()


def sentences(text: str) -> list[str]:
    """`text` cut into sentences (and lines)."""
    return [s.strip() for s in clauses(text.strip(), "sentence") if s.strip()]


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
