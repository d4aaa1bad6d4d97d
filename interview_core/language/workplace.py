"""Field-neutral words of the world of work and of life outside it, shared by the interviewer
and the coach."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

_FILE = Path(__file__).parent / "data" / "workplace.toml"
_LIFE_FILE = Path(__file__).parent / "data" / "personal_life.txt"


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


@lru_cache(maxsize=1)
def personal_life_words() -> frozenset[str]:
    """Words of life outside work (leisure, family, home, travel): "beach", "gig", "cousin"."""
    lines = _LIFE_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
