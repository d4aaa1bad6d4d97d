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

from ..language.text import compound_parts, sentences, stem, stopwords
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
    for token in _WORD.findall(text):
        word = token.lower().replace("’", "'")
        if not word[:1].isalpha() or word in skip:
            runs.append([])
            continue
        runs[-1].extend(stem(p) for p in (compound_parts(word) or [word]))
    return tuple(tuple(r) for r in runs if r)


def _pairs(text: str) -> set[tuple[str, str]]:
    """Two content words said in a row, as stems ("risk assess", "door inspect")."""
    return {
        (a, b) for run in _stem_runs(text) for a, b in zip(run, run[1:], strict=False) if a != b
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


def tells_line(line: str, answer: str, common: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """Whether `answer` tells the piece of work `line` sets out as the candidate's own
    occasion: a sentence names one of the line's pairs of words in a row that is not
    `common` (see `common_pairs`) as a thing the candidate did, and that sentence with those around it (`window`) says
    at least half (`min_share`, two at least) of the line's words of substance, tells
    `min_doings` things the candidate did (in the past tense) and an outcome. A duty line is read as the
    interviewer says it ("carry out fire risk assessments of council buildings"), without
    its lead-in. A result quoted in passing ("our reading challenge reached 1,640
    children") is no account of the work: it is still asked."""
    found = as_duty(line, duty=True)
    phrase = found[1] if found else line
    wanted = _stems(phrase)
    vocabulary = _vocabulary()
    if len(wanted) < vocabulary["min_words"]:
        return False
    pairs = _pairs(phrase) - common
    if not pairs:
        return False
    need = max(vocabulary["min_shared"], len(wanted) * vocabulary["min_share"])
    told = sentences(answer)
    before, after = vocabulary["window"]
    for index, sentence in enumerate(told):
        if not pairs & _pairs(sentence) or not own_doings(sentence, past=True):
            continue  # named, but not as a thing the candidate did: "I've written property"
        window = " ".join(told[max(0, index - before) : index + after + 1])
        if (
            len(wanted & _stems(window)) >= need
            and own_doings(window, past=True) >= vocabulary["min_doings"]
            and read_answer(window).has_outcome
        ):
            return True
    return False
