"""The field-neutral words of the world of work, shared by the interviewer and the coach."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

_FILE = Path(__file__).parent / "data" / "workplace.toml"


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    with _FILE.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=2)
def workplace_words(*, everyday: bool) -> frozenset[str]:
    """Words that show an answer is about work; `everyday=False` leaves out the words that
    everyday stories use as much ("people", "plan"), for readers that weigh work vocabulary."""
    vocabulary = _vocabulary()
    words = frozenset(vocabulary["words"])
    return words if everyday else words - frozenset(vocabulary["everyday"])
