"""Whether a candidate says honestly that they have not done what was asked.

"I haven't run a team myself", "Budgets aren't really something I've done", "I don't have a
line-management example": the wording lives in `data/denials.toml`. The coach reads such an
answer as an honest gap, to be met with the nearest real experience, never as an answer
beside the question.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .text import normalise_quotes, sentences

_DATA = Path(__file__).parent / "data" / "denials.toml"
# A denial in this many opening sentences is what the answer leads with.
LEAD_SENTENCES = 2


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    with _DATA.open("rb") as handle:
        raw = tomllib.load(handle)
    return (_listed(raw["phrases"]), *(re.compile(p) for p in raw["patterns"]))


def _listed(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w'])")


@lru_cache(maxsize=1)
def _nearest() -> re.Pattern[str]:
    with _DATA.open("rb") as handle:
        return _listed(tomllib.load(handle)["nearest"])


def says_not_done(text: str) -> bool:
    """Whether the text says the candidate has not done something ("I haven't run…")."""
    low = normalise_quotes(text.lower())
    return any(p.search(low) for p in _patterns())


def leads_with_denial(answer: str, lead: int = LEAD_SENTENCES) -> bool:
    """Whether the answer opens by saying the candidate has not done it: in its first
    sentences ("Honestly, I haven't run a team myself. …")."""
    return any(says_not_done(s) for s in sentences(answer)[:lead])


def offers_nearest(text: str) -> bool:
    """Whether the text brings the nearest thing the candidate has done ("The closest I've
    come is…", "What I have done is…")."""
    return bool(_nearest().search(normalise_quotes(text.lower())))


__all__ = ["leads_with_denial", "offers_nearest", "says_not_done"]
