"""Whether an earlier answer already told a piece of work the plan means to ask about.

A candidate asked what carries over who answers with the fire risk assessment they carried
out, step by step and with its result, has answered the plan's later question on carrying
out fire risk assessments: asking it next tells them the answer was not heard. A line is
told by an answer that names the line's own thing (two of its words in a row that no other
duty of the job and not the job's title share: "risk assessment", "door inspections") and
half its words of substance. The engine counts it only for an answer that tells the
candidate's own steps and an outcome (see `Interviewer._remaining`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from wordfreq import zipf_frequency

from ..language.figures import number_words
from ..language.skills import Skill, extract_skills
from ..language.text import compound_parts, content_stems, sentences, stem, stopwords
from .answers import own_doings, read_answer
from .phrases import as_duty

_FILE = Path(__file__).with_name("told.toml")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[,;:.!?()]")


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    with _FILE.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=4096)
def _stem_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """The runs of content words of `text` as stems, broken at every stopword and mark: the
    phrases the text says ("fire door inspections" of "the programme of fire door
    inspections" is one run, "programme" another)."""
    skip = stopwords() | frozenset(_vocabulary()["weak_words"])
    runs: list[list[str]] = [[]]
    previous = "."
    for token in _WORD.findall(text):
        word = token.lower().replace("’", "'")
        # A word capitalised inside a sentence is a name ("rated Good", "Outstanding"), kept
        # though written small it would be a stopword.
        named = token[:1].isupper() and len(token) > 3 and previous not in ".!?:"
        previous = token
        if not word[:1].isalpha() or (word in skip and not named):
            runs.append([])
            continue
        runs[-1].extend(stem(p) for p in (compound_parts(word) or [word]))
    return tuple(tuple(r) for r in runs if r)


def _pairs(text: str) -> set[tuple[str, str]]:
    """Two content words said in a row, as stems ("risk assess", "door inspect"), in either
    order: "rated Good" says what "a Good rating" does."""
    return {
        pair
        for run in _stem_runs(text)
        for a, b in zip(run, run[1:], strict=False)
        if a != b
        for pair in ((a, b), (b, a))
    }


def _stems(text: str) -> set[str]:
    return {s for run in _stem_runs(text) for s in run}


def common_pairs(title: str, duties: Sequence[str]) -> frozenset[tuple[str, str]]:
    """The pairs of words in a row that name the field, not one piece of its work: those of
    the job's title, and those two or more of its duties say ("fire safety" in a fire safety
    officer's every duty)."""
    seen: set[tuple[str, str]] = set()
    common = set(_pairs(title))
    for duty in duties:
        pairs = _pairs(duty)
        common |= pairs & seen
        seen |= pairs
    return frozenset(common)


# Where a line holding several pieces of work breaks into them: a semicolon, a bullet mark
# run into the line ("… studies o Raised recruitment …"), a sentence's end.
_PIECE_BREAK = re.compile(r"\s*;\s+|\s+[o•·▪◦–—-]\s+(?=[A-Z])|(?<=[a-z0-9)%])\.\s+(?=[A-Z])")


def _pieces(phrase: str) -> list[str]:
    """The line whole, then each piece of work it holds ("Led preparation for the CQC
    inspection; overall rating moved to Good"): an answer telling one piece tells the line."""
    parts = [p.strip(" .,;:") for p in _PIECE_BREAK.split(phrase)]
    return list(dict.fromkeys([phrase, *(p for p in parts if p and p != phrase)]))


def title_stems(title: str) -> frozenset[str]:
    """The words of the job's title as stems: they name the field ("audit" of an audit
    senior's), so an answer saying one tells no piece of its work by it."""
    return frozenset(_stems(title))


def tells_line(
    line: str,
    answer: str,
    common: frozenset[tuple[str, str]] = frozenset(),
    field: frozenset[str] = frozenset(),
) -> bool:
    """Whether `answer` tells the piece of work `line` sets out as the candidate's own
    occasion, with their steps (`min_doings` things they did, in the past tense) and an
    outcome told after the work is named: a sentence says one of the line's pairs of words in a row (in either order: "rated Good"
    for "a Good rating") that is not `common` (see `common_pairs`), and that sentence with
    those around it (`window`) says a share (`min_share`, `min_shared` at least) of the
    line's words of substance, none counted that the job's title says (`field`: see
    `title_stems`; "finance director" and "audit" tell an audit senior's planning story, not
    "report findings to clients' finance directors and audit committees").

    A duty line is read as the interviewer says it, without its lead-in; a line of several
    pieces ("…; …") is told by an answer telling one. A result quoted in passing ("our
    reading challenge reached 1,640 children") is no account of the work: it is still
    asked."""
    found = as_duty(line, duty=True)
    phrase = found[1] if found else line
    return any(_tells_piece(piece, answer, common, field) for piece in _pieces(phrase))


def _tells_piece(
    phrase: str,
    answer: str,
    common: frozenset[tuple[str, str]],
    field: frozenset[str] = frozenset(),
) -> bool:
    wanted = _stems(phrase)
    vocabulary = _vocabulary()
    if len(wanted) < vocabulary["min_words"]:
        return False
    told = sentences(answer)
    if own_doings(answer, past=True) < vocabulary["min_doings"]:
        return False
    pairs = _pairs(phrase) - common
    need = max(vocabulary["min_shared"], len(wanted) * vocabulary["min_share"])
    before, after = vocabulary["window"]
    for index, sentence in enumerate(told):
        if not pairs & _pairs(sentence) or not own_doings(sentence, past=True):
            continue  # named, but not as a thing the candidate did: "where I've worked on …"
        window = " ".join(told[max(0, index - before) : index + after + 1])
        # The account of the work runs on from where it is named; its ending comes last.
        rest = " ".join(told[max(0, index - before) :])
        if (
            len((wanted & _stems(window)) - field) >= need
            and own_doings(rest, past=True) >= vocabulary["min_doings"]
            and read_answer(rest).has_outcome
        ):
            return True
    return False


def about_line(line: str, answer: str) -> bool:
    """Whether `answer` is about the work of `line` (a CV line a question quoted): it says a
    share (`about_share`, `min_shared` at least) of the words of substance of the line, or
    of one piece of it. "Last winter we had snow … I asked the duty manager" is not about
    "on-time performance improved from 81% to 92% by re-planning stand allocation with the
    duty manager and pre-positioning GSE", though it says three of its words."""
    vocabulary = _vocabulary()
    said = _stems(answer)
    for piece in _pieces(line):
        wanted = _stems(piece)
        need = max(vocabulary["min_shared"], len(wanted) * vocabulary["about_share"])
        if wanted and len(wanted & said) >= need:
            return True
    return False


def tells_skill(skill: Skill, answer: str) -> bool:
    """Whether `answer` tells the candidate's own work with `skill`, named by any of the
    lexicon's names for it ("recruiting site" for participant recruitment) in an account of
    `min_doings` things they did, in the past tense, whose outcome is told where the skill is
    named or after. A skill named in passing, or in someone else's doing, is not
    told."""
    if own_doings(answer, past=True) < _vocabulary()["min_doings"]:
        return False
    told = sentences(answer)
    return any(
        skill in extract_skills(sentence) and read_answer(" ".join(told[index:])).has_outcome
        for index, sentence in enumerate(told)
    )


def admitted_parts(denials: Sequence[str]) -> list[str]:
    """What each denial sentence owns up to, cut before a word of contrast ("I haven't
    managed anyone, but I train new starters" owns up to managing only)."""
    words = _vocabulary()["admitted"]["contrast"]
    cut = re.compile(rf"(?:,\s*|\s)(?:{'|'.join(re.escape(w) for w in words)})\b", re.I)
    return [cut.split(d, maxsplit=1)[0] for d in denials]


def admits_line(line: str, skill: Skill | None, admitted: Sequence[str]) -> bool:
    """Whether an owned-up gap (`admitted`, from `admitted_parts`) is the work `line` (a duty
    or requirement of the job) or `skill` is about: half the line's words of substance (two
    at least, or two with one rare word), or the skill named in it."""
    if not admitted:
        return False
    table = _vocabulary()["admitted"]
    found = as_duty(line, duty=True) if line else None
    # Counts ("two assistant brewers") say how much of the work, not what it is.
    counts = {stem(w) for w in number_words()}
    wanted = content_stems(found[1] if found else line) - counts if line else set()
    rare = {stem(w.lower()) for w in _WORD.findall(line) if _is_rare(w, table["rare_zipf"])}
    for part in admitted:
        shared = wanted & content_stems(part)
        if len(shared) >= table["min_shared"] and (
            len(shared) >= table["min_share"] * len(wanted) or shared & rare
        ):
            return True
        if skill is not None and not skill.is_soft and skill in extract_skills(part):
            return True
    return False


def _is_rare(word: str, zipf: float) -> bool:
    return word[:1].isalpha() and len(word) > 2 and zipf_frequency(word.lower(), "en") < zipf
