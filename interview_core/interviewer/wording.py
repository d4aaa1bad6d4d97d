"""The interviewer's wordings: keyed templates with named slots, read from `wordings.toml`."""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

WORDINGS_FILE = Path(__file__).with_name("wordings.toml")


class MissingSlot(KeyError):
    """A template names a slot the caller did not fill."""


@lru_cache(maxsize=1)
def wordings() -> dict[str, Any]:
    """The whole wordings file, parsed once."""
    with WORDINGS_FILE.open("rb") as handle:
        return tomllib.load(handle)


def templates(key: str) -> list[str]:
    """The variants of one wording, by dotted key ("gap.tool"), in file order."""
    node: Any = wordings()
    for part in key.split("."):
        node = node[part]
    if isinstance(node, str):
        return [node]
    if not isinstance(node, list):
        raise KeyError(f"{key} is a table, not a wording")
    return list(node)


def slots(template: str) -> set[str]:
    """The named slots a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def fill(template: str, values: Mapping[str, object]) -> str:
    """One template with its slots filled; every slot must be given."""
    missing = slots(template) - set(values)
    if missing:
        raise MissingSlot(f"{sorted(missing)} in {template!r}")
    return template.format_map(values)


def render(key: str, **values: object) -> list[str]:
    """Every variant of `key`, filled."""
    return [fill(t, values) for t in templates(key)]


def one(key: str, **values: object) -> str:
    """The first variant of `key`, filled (for wordings with a single variant)."""
    return render(key, **values)[0]


def behavioural_prompts() -> dict[str, dict[str, str]]:
    """Behavioural prompts by soft skill, then by job family ("default" for any)."""
    return wordings()["behavioural"]


def generic_questions() -> list[str]:
    """Open questions that need only the title and company, in asking order."""
    return templates("generic.questions")
