"""The interviewer's wordings: keyed templates with named slots, read from `wordings.toml`."""

from __future__ import annotations

import hashlib
import re
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


_ABBREVIATION_THEN_STOP = re.compile(r"(\b[A-Za-z]{1,4}\.)\.(?!\.)")


# "chartered/ registered", "on-call /standby": a slash with a space on one side only, as
# an advert's text is often typed, is said closed up ("chartered/registered").
_LOPSIDED_SLASH = re.compile(r"(?<=\w)(?: /(?=\w)|/ (?=\w))")


def slots(template: str) -> set[str]:
    """The named slots a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def fill(template: str, values: Mapping[str, object]) -> str:
    """One template with its slots filled; every slot must be given."""
    missing = slots(template) - set(values)
    if missing:
        raise MissingSlot(f"{sorted(missing)} in {template!r}")
    # A name that ends on its abbreviation's dot ("Fietsly B.V.") before a template's full
    # stop keeps one dot.
    tidy = {k: _LOPSIDED_SLASH.sub("/", v) if isinstance(v, str) else v for k, v in values.items()}
    return _ABBREVIATION_THEN_STOP.sub(r"\1", template.format_map(tidy))


def rendezvous(salt: str, key: str, variants: list[str]) -> list[str]:
    """`variants` best first for `salt` by rendezvous hashing on (salt, key, variant).

    Each variant's score depends only on itself, so adding a variant changes the choice only
    where the new one wins, and removing one only where it was chosen.
    """

    def score(variant: str) -> bytes:
        return hashlib.sha256("\x1f".join((salt, key, variant)).encode("utf-8")).digest()

    return sorted(variants, key=score, reverse=True)


def render(
    key: str, salt: str | None = None, skip: tuple[str, ...] = (), **values: object
) -> list[str]:
    """Every variant of `key`, filled; best first for `salt` when one is given. Variants
    whose template holds one of the `skip` phrases are left out, unless all would be."""
    variants = templates(key)
    if salt is not None:
        variants = rendezvous(salt, key, variants)
    kept = [t for t in variants if not any(p in t for p in skip)] or variants
    # A phrase with commas of its own before the template's comma reads as a list ("When it
    # comes to managing a caseload, chairing core groups, walk me through…"): such variants
    # go last.
    listed = [t for t in kept if _comma_after_comma(t, values)]
    return [fill(t, values) for t in [t for t in kept if t not in listed] + listed]


def _comma_after_comma(template: str, values: Mapping[str, object]) -> bool:
    """Whether a slot whose value holds a comma is followed by a comma in `template`."""
    return any(
        "," in str(values.get(name, "")) and f"{{{name}}}," in template for name in slots(template)
    )


def phrases(key: str) -> tuple[str, ...]:
    """A list of template phrases by dotted key ("premise.presumes_now")."""
    return tuple(templates(key))


def one(key: str, **values: object) -> str:
    """The first variant of `key`, filled (for wordings with a single variant)."""
    return render(key, **values)[0]


def behavioural_prompts() -> dict[str, dict[str, str]]:
    """Behavioural prompts by soft skill, then by job family ("default" for any)."""
    return wordings()["behavioural"]


def generic_questions() -> list[str]:
    """Open questions that need only the title and company, in asking order."""
    return templates("generic.questions")
