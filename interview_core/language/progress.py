"""Whether a CV line names a credential not held yet: "AZ-104 in progress", "SQE2 booked
for April 2026", "Level 5 Diploma – working towards, due 2027", "currently studying for the
Level 7 Advanced Diploma". The cue words live in `data/credential_progress.toml`.

Such a line is no certificate held: the CV reader keeps it apart (`in_progress`), and the
interviewer neither takes it for the credential nor calls the credential missing. A line may
hold both ("PRINCE2 Foundation (2021), Practitioner booked for March"): `held_and_pending`
parts it.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .text import phrase_alternation

_DATA = Path(__file__).parent / "data" / "credential_progress.toml"

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|winter"
)


@lru_cache(maxsize=1)
def _table() -> dict:
    with _DATA.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = _table()
    plain = re.compile(rf"(?<![\w-])(?:{phrase_alternation(table['phrases'])})(?![\w-])", re.I)
    dated = re.compile(
        rf"(?<![\w-])(?:{phrase_alternation(table['dated_leads'])})\s+"
        rf"(?:(?:{_MONTHS})\.?\s+)?(?:(?:19|20)\d{{2}}|(?:{_MONTHS})\b)",
        re.IGNORECASE,
    )
    return plain, dated


# How many words may stand between a lead ("working on") and the credential's noun.
_NOUN_REACH = 6


@lru_cache(maxsize=1)
def _leads_to_credential() -> re.Pattern[str]:
    """ "Working on the ILM Level 5 Certificate": a lead that says so only before a
    credential's noun a few words on."""
    table = _table()
    return re.compile(
        rf"(?<![\w-])(?:{phrase_alternation(table['object_leads'])})\s+"
        rf"(?:[\w'’&/().-]+\s+){{0,{_NOUN_REACH}}}?"
        rf"(?:{phrase_alternation(table['credential_nouns'])})(?![\w-])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _trailing() -> re.Pattern[str]:
    # The last word of the line or of its last bracket, after a dash, a comma or a bracket.
    return re.compile(
        rf"(?:\s[–—-]|,|\()\s*(?:{phrase_alternation(_table()['trailing'])})\s*\)?[.;]?\s*$",
        re.IGNORECASE,
    )


def without_pending(text: str) -> str:
    """`text` with each credential it says is not held yet left out ("…, and working towards
    Azure certification." → "…, and ."): what is left is what the text says is done."""
    return _pending_credential().sub(" ", text)


@lru_cache(maxsize=1)
def _pending_credential() -> re.Pattern[str]:
    # Any lead ("working towards", "working on") then, a few words on, a credential's noun.
    table = _table()
    return re.compile(
        rf"(?<![\w-])(?:{phrase_alternation([*table['phrases'], *table['object_leads']])})\s+"
        rf"(?:[\w'’&/().-]+\s+){{0,{_NOUN_REACH}}}?"
        rf"(?:{phrase_alternation(table['credential_nouns'])})(?![\w-])",
        re.IGNORECASE,
    )


def in_progress(line: str) -> bool:
    """Whether `line` says its credential is not held yet (booked, studied for, due)."""
    plain, dated = _cues()
    if plain.search(line) or _trailing().search(line) or _leads_to_credential().search(line):
        return True
    held = set(_table()["held_before"])
    for match in dated.finditer(line):
        before = re.findall(r"[\w-]+", line[: match.start()].lower())
        if not (before and before[-1] in held):
            return True
    return False


# Where a line of credentials parts one from the next.
_PARTS = re.compile(r"\s*(?:;|,|\s[–—|-])\s+")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _says_held(part: str) -> bool:
    """Whether a credential's part says it is held: a year it was gained ("(2021)") or a word
    saying so ("passed", "achieved")."""
    words = set(re.findall(r"[a-z]+", part.lower()))
    return bool(_YEAR.search(part) or words & set(_table()["held_marks"]))


def _names_own_credential(part: str) -> bool:
    """Whether the in-progress part names its credential ("Practitioner booked for March"),
    not only says how the one before stands ("– working towards", "exam booked for May")."""
    plain, dated = _cues()
    rest = dated.sub(" ", plain.sub(" ", part))
    return bool(re.search(r"\b(?:[A-Z][\w+/-]*|\d+)\b", rest)) and not re.fullmatch(
        r"\W*(?:exam|test|assessment|resit|final)s?\W*", rest, re.IGNORECASE
    )


def held_and_pending(line: str) -> tuple[str, str]:
    """The part of a credential line that is held and the part that is not yet, either ""
    when it has none: ("PRINCE2 Foundation (2021)", "Practitioner booked for March 2027").
    An in-progress part naming nothing of its own ("– working towards, due 2027") stands for
    the credential before it; the held part must say it is held ("(2019)", "passed")."""
    if not in_progress(line):
        return line, ""
    text = line.strip()
    starts = [0, *(m.end() for m in _PARTS.finditer(text))]
    ends = [*(m.start() for m in _PARTS.finditer(text)), len(text)]
    parts = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    first = next(i for i, part in enumerate(parts) if in_progress(part) or i == len(parts) - 1)
    start = first if _names_own_credential(parts[first]) else first - 1
    if start <= 0:
        return "", line
    held = text[: ends[start - 1]].strip()
    if not _says_held(held) or in_progress(held):
        return "", line
    return held, text[starts[start] :]
