"""Whether a CV line names a credential not held yet: "AZ-104 in progress", "SQE2 booked
for April 2026", "Level 5 Diploma – working towards, due 2027", "currently studying for the
Level 7 Advanced Diploma". The cue words live in `data/credential_progress.toml`.

Such a line is no certificate held: the CV reader keeps it apart (`in_progress`), and the
interviewer neither takes it for the credential nor calls the credential missing.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "credential_progress.toml"

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|winter"
)


@lru_cache(maxsize=1)
def _table() -> dict:
    with _DATA.open("rb") as handle:
        return tomllib.load(handle)


def _alternatives(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = _table()
    plain = re.compile(rf"(?<![\w-])(?:{_alternatives(table['phrases'])})(?![\w-])", re.I)
    dated = re.compile(
        rf"(?<![\w-])(?:{_alternatives(table['dated_leads'])})\s+"
        rf"(?:(?:{_MONTHS})\.?\s+)?(?:(?:19|20)\d{{2}}|(?:{_MONTHS})\b)",
        re.IGNORECASE,
    )
    return plain, dated


def in_progress(line: str) -> bool:
    """Whether `line` says its credential is not held yet (booked, studied for, due)."""
    plain, dated = _cues()
    if plain.search(line):
        return True
    held = set(_table()["held_before"])
    for match in dated.finditer(line):
        before = re.findall(r"[\w-]+", line[: match.start()].lower())
        if not (before and before[-1] in held):
            return True
    return False
