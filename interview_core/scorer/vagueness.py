"""Answers that stay general and answers that ramble, read from their wording.

The markers live in `data/vagueness.json`; the advice rules that use them (`no_occasion`,
`rambling`) are in `rules.py`.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from ..language.text import normalise_quotes

_DATA = Path(__file__).parent / "data" / "vagueness.json"


@lru_cache(maxsize=1)
def _markers() -> dict[str, tuple[re.Pattern[str], ...]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return {
        key: tuple(re.compile(rx) for rx in entry["patterns"])
        for key, entry in data.items()
        if not key.startswith("_")
    }


def _count(key: str, text: str) -> int:
    low = normalise_quotes(text.lower())
    return sum(len(rx.findall(low)) for rx in _markers()[key])


def vague_claims(text: str) -> int:
    """Claims that it went well, or that the candidate is good at it, with nothing to show it
    ("people really liked them", "it went fine", "I always pass")."""
    return _count("vague_claims", text)


def bare_claim(sentence: str) -> bool:
    """Whether a sentence claims a skill in general, with no occasion to show it ("I use
    Python all the time", "I'm very comfortable with forecasting")."""
    return _count("bare_claims", sentence) > 0


def date_order_markers(text: str) -> int:
    """Markers of events told one after another as they happened ("and then", "in 2015")."""
    return _count("date_order", text)


__all__ = ["bare_claim", "date_order_markers", "vague_claims"]
