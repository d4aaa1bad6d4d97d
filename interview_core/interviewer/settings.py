"""The kind of place a job's work is done in, for wordings that fit it: a job done with the
hands (on a site, in a workshop, a kitchen, up a tree or a turbine) is not asked about "two
urgent requests by Friday" or "a piece of work you've owned end to end"."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..language.profile import JobProfile
from .answers import lemma_set

_FILE = Path(__file__).with_name("settings.toml")


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    with _FILE.open("rb") as handle:
        return tomllib.load(handle)


def is_hands_on(title: str, lines: tuple[str, ...] | list[str]) -> bool:
    """Whether a job with this title and these duty and requirement lines is hands-on work:
    at least `hands_on_min` of the setting words, in any form."""
    vocabulary = _vocabulary()
    words = frozenset(w.lower() for w in vocabulary["hands_on_words"])
    found = lemma_set(" ".join([title, *lines])) & words
    return len(found) >= vocabulary["hands_on_min"]


def work_setting(title: str, job: JobProfile) -> str:
    """ "hands_on" for work done with the hands on a site, in a workshop or a kitchen;
    "desk" otherwise (a clinical job has wordings of its own, by its family)."""
    lines = (*job.responsibilities, *job.requirements)
    return "hands_on" if is_hands_on(title, lines) else "desk"
