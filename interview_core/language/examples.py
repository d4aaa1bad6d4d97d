"""The examples an advert gives of what it asks for, and what each example illustrates.

"Experience using an ERP or brewery management system (e.g. Ekos)" gives Ekos as an example
of the system asked for; "CAD software such as Vectorworks or SketchUp" gives two. A CV or an
answer naming one of the examples shows the requirement, and an example is never a gap of
its own while the requirement it illustrates is listed. The marker words live in
`data/advert_examples.json`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .text import holds_term, normalise_quotes, phrase_alternation

_DATA = Path(__file__).parent / "data" / "advert_examples.json"


@dataclass(frozen=True)
class AdvertExample:
    """Examples the advert gives of one thing it asks for."""

    illustrated: str
    """The words the examples illustrate: "Experience using an ERP or brewery management
    system" (from the clause's start to the marker)."""
    examples: tuple[str, ...]
    """The examples as written: ("Ekos",), ("Vectorworks", "SketchUp")."""
    line: str


@lru_cache(maxsize=1)
def _settings() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _bracketed() -> re.Pattern[str]:
    """ "(e.g. Ekos)", "(such as AutoCAD or Vectorworks)", "(like Xero)"."""
    words = phrase_alternation(_settings()["markers"] + _settings()["bracket_markers"])
    return re.compile(rf"\(\s*(?:{words})(?![\w])[\s,:]*([^()]+)\)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _running() -> re.Pattern[str]:
    """ "such as Vectorworks or SketchUp", ", e.g. Sage": examples running on in the line,
    up to a semicolon, a bracket, ", and" (another thing asked for) or the line's end."""
    words = phrase_alternation(_settings()["markers"])
    return re.compile(
        rf"(?<![\w(])(?:{words})(?![\w])[\s,:]*((?:(?!,\s*and\s)[^;()])+)", re.IGNORECASE
    )


# Where the thing illustrated starts: the clause before the examples ends at a comma or
# semicolon outside brackets, or at an "and" opening another thing asked for.
_CLAUSE_START = re.compile(r"[;,]\s*|\s+and\s+|^\s*[-•*]\s*")
_BARE_CLAUSE_START = re.compile(r"[;,]\s*|^\s*[-•*]\s*")
# A bracket with no marker word: "(ACCA, CIMA, ACA)".
_BARE = re.compile(r"\(([^()]+)\)")


def _names_only(items: tuple[str, ...]) -> bool:
    """Whether a bare bracket's items are names the advert gives as instances of the thing
    before it ("ACCA, CIMA, ACA", "PostGIS, Oracle Spatial"): at least the settings' number
    of them, each opening on a capital; "(desirable)", "(2 years)" or one expansion of an
    acronym ("(NIPE)") are none."""
    return len(items) >= _settings()["bare_bracket_min_items"] and all(
        i[:1].isupper() and len(i.split()) <= 4 for i in items
    )


def _illustrated(line: str, end: int, bare: bool = False) -> str:
    """The words the examples ending the line's text at `end` illustrate. A bare bracket
    ("spatial databases and data pipelines (PostGIS, FME)") illustrates its whole clause,
    "and" and all: its names may be of either thing."""
    before = line[:end].rstrip(" ,;:-–—")
    depth, start = 0, 0
    starts = _BARE_CLAUSE_START if bare else _CLAUSE_START
    for match in re.finditer(r"[()]|" + starts.pattern, before):
        token = match.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            start = match.end()
    return before[start:].strip(" ,;:-–—")


def _items(text: str) -> tuple[str, ...]:
    """The examples of a list: "AutoCAD or Vectorworks" → ("AutoCAD", "Vectorworks")."""
    text = text.strip().rstrip(".")
    for tail in sorted(_settings()["trailing"], key=len, reverse=True):
        text = re.sub(rf"[\s,]*{re.escape(tail)}\s*$", "", text, flags=re.IGNORECASE)
    pattern = "|".join(re.escape(s) for s in _settings()["separators"])
    items = [i.strip(" .:-–—") for i in re.split(pattern, text, flags=re.IGNORECASE)]
    return tuple(i for i in items if i and re.search(r"[A-Za-z0-9]", i))


def advert_examples(line: str) -> list[AdvertExample]:
    """The example lists of one advert line, each with what it illustrates."""
    line = normalise_quotes(line)
    out: list[AdvertExample] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_bracketed(), _running()):
        for match in pattern.finditer(line):
            if any(s <= match.start() < e for s, e in taken):
                continue
            items = _items(match.group(1))
            illustrated = _illustrated(line, match.start())
            if items and illustrated:
                out.append(AdvertExample(illustrated, items, line))
                taken.append(match.span())
    # "a professional accountancy qualification (ACCA, CIMA, ACA)": names in a bracket with
    # no marker word are instances of the thing before them, any one of which will do.
    for match in _BARE.finditer(line):
        if any(s <= match.start() < e for s, e in taken):
            continue
        items = _items(match.group(1))
        illustrated = _illustrated(line, match.start(), bare=True)
        if _names_only(items) and illustrated:
            out.append(AdvertExample(illustrated, items, line))
            taken.append(match.span())
    return out


def examples_in(job_text: str) -> list[AdvertExample]:
    """Every example list of an advert, line by line."""
    return [example for line in job_text.splitlines() for example in advert_examples(line)]


def example_named(example: AdvertExample, text: str) -> str | None:
    """The first of the examples that `text` names as a whole word, or None."""
    return next((item for item in example.examples if holds_term(text, item)), None)


def only_as_example(job_text: str, name: str) -> bool:
    """Whether the advert names `name` only among its examples ("AutoCAD" in "CAD software
    (such as AutoCAD or Vectorworks)"), never as a thing asked for in its own right."""
    found = False
    for line in job_text.splitlines():
        if not holds_term(line, name):
            continue
        rest = normalise_quotes(line)
        for pattern in (_bracketed(), _running()):
            rest = pattern.sub(" ", rest)
        rest = _BARE.sub(lambda m: " " if _names_only(_items(m.group(1))) else m.group(0), rest)
        if holds_term(rest, name):
            return False
        found = True
    return found
