"""The demo catalogue (`catalogue.toml`): loaded into typed, frozen records and checked.

Order is kept exactly as written: the generator draws from these tuples with a seeded
random generator, so the order of the file is part of what a seed reproduces.
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

CATALOGUE_FILE = Path(__file__).with_name("catalogue.toml")


class CatalogueError(ValueError):
    """The catalogue file is malformed or inconsistent."""


@dataclass(frozen=True)
class DemoRole:
    """A job and the material its CVs, job descriptions and answers are written from."""

    title: str
    mission: str  # completes "... is hiring a <title> to ..."
    skills: tuple[str, ...]  # requirements named in job descriptions (lexicon names)
    extras: tuple[str, ...]  # nice-to-haves and other CV skills
    duties: tuple[str, ...]
    projects: tuple[str, ...]
    actions: tuple[str, ...]  # past tense, first person, no subject
    results: tuple[str, ...]  # "{n}" is filled in with a figure
    employers: tuple[str, ...]  # where candidates worked before
    hirers: tuple[str, ...]  # who is hiring: the role's hirer groups joined in order


@dataclass(frozen=True)
class Quality:
    """Candidates of one quality: how common, how qualified, how they answer."""

    name: str
    weight: float
    skill_share: float  # share of the job's requirements named on the CV
    drop_per_question: float  # chance of leaving before answering each question
    years: tuple[int, int]  # years of experience, inclusive range
    tagline: str
    answers: tuple[str, ...]  # templates naming {employer} {project} {action} {skill} {result}


@dataclass(frozen=True)
class ProviderProfile:
    """How a provider behaves in the simulation: latency, failures, token counts."""

    model: str
    median_ms: float
    spread: float  # sigma of the log-normal latency
    error_rate: float
    tokens: bool = True


@dataclass(frozen=True)
class Chain:
    """A configured fallback chain and the share of sessions that use it."""

    providers: tuple[str, ...]
    share: float


@dataclass(frozen=True)
class ErrorKind:
    """One way a provider call fails."""

    outcome: str  # a ModelCall outcome: "error" or "invalid"
    message: str
    weight: float
    timeout: bool = False


@dataclass(frozen=True)
class Catalogue:
    """Everything the demo generator writes from."""

    roles: tuple[DemoRole, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    qualities: tuple[Quality, ...]
    schools: tuple[str, ...]
    cv_file_types: tuple[str, ...]
    culture: tuple[str, ...]
    closing_hints: tuple[str, ...]
    closing_weak: str
    closing_plan: str
    providers: dict[str, ProviderProfile]
    chains: tuple[Chain, ...]
    errors: tuple[ErrorKind, ...]
    incident_providers: tuple[str, ...]
    owners: int

    def quality(self, name: str) -> Quality:
        """The quality called `name`."""
        return next(q for q in self.qualities if q.name == name)


def _strings(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise CatalogueError(f"{where}: '{key}' must be a non-empty list of strings")
    return tuple(value)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _check_fields(templates: tuple[str, ...], allowed: set[str], where: str) -> None:
    for template in templates:
        unknown = _fields(template) - allowed
        if unknown:
            raise CatalogueError(f"{where}: unknown fields {sorted(unknown)} in {template!r}")


def _role(data: dict[str, Any], groups: dict[str, tuple[str, ...]]) -> DemoRole:
    title = data.get("title")
    if not isinstance(title, str) or not title:
        raise CatalogueError("a role has no title")
    where = f"role {title!r}"
    hirers: tuple[str, ...] = ()
    for group in _strings(data, "hirers", where):
        if group not in groups:
            raise CatalogueError(f"{where}: unknown hirer group {group!r}")
        hirers += groups[group]
    results = _strings(data, "results", where)
    for result in results:
        if _fields(result) != {"n"}:
            raise CatalogueError(f"{where}: result {result!r} must contain {{n}} and nothing else")
    fields = {
        key: _strings(data, key, where)
        for key in ("skills", "extras", "duties", "projects", "actions", "employers")
    }
    if not isinstance(data.get("mission"), str):
        raise CatalogueError(f"{where}: 'mission' must be a string")
    return DemoRole(title, data["mission"], results=results, hirers=hirers, **fields)


def _quality(data: dict[str, Any]) -> Quality:
    where = f"quality {data.get('name')!r}"
    years = data.get("years")
    if not (isinstance(years, list) and len(years) == 2 and 0 < years[0] <= years[1]):
        raise CatalogueError(f"{where}: 'years' must be [low, high]")
    for key in ("weight", "skill_share", "drop_per_question"):
        if not 0 <= data.get(key, -1) <= 1:
            raise CatalogueError(f"{where}: '{key}' must be between 0 and 1")
    answers = _strings(data, "answers", where)
    _check_fields(answers, {"employer", "project", "action", "skill", "result"}, where)
    return Quality(
        name=data["name"],
        weight=data["weight"],
        skill_share=data["skill_share"],
        drop_per_question=data["drop_per_question"],
        years=(years[0], years[1]),
        tagline=data["tagline"],
        answers=answers,
    )


def parse_catalogue(data: dict[str, Any]) -> Catalogue:
    """A checked catalogue from the parsed TOML document; raises CatalogueError."""
    try:
        groups = {k: _strings(data["hirers"], k, "hirers") for k in data["hirers"]}
        roles = tuple(_role(r, groups) for r in data["roles"])
        qualities = tuple(_quality(q) for q in data["qualities"])
        providers = {
            p["name"]: ProviderProfile(
                p["model"], float(p["median_ms"]), p["spread"], p["error_rate"], p["tokens"]
            )
            for p in data["providers"]
        }
        chains = tuple(Chain(tuple(c["providers"]), c["share"]) for c in data["chains"])
        errors = tuple(
            ErrorKind(e["outcome"], e["message"], e["weight"], e.get("timeout", False))
            for e in data["errors"]
        )
        closing = data["closing"]
        catalogue = Catalogue(
            roles=roles,
            first_names=_strings(data["names"], "first", "names"),
            last_names=_strings(data["names"], "last", "names"),
            qualities=qualities,
            schools=_strings(data["cv"], "schools", "cv"),
            cv_file_types=_strings(data["cv"], "file_types", "cv"),
            culture=_strings(data["job_description"], "culture", "job_description"),
            closing_hints=_strings(closing, "hints", "closing"),
            closing_weak=closing["weak"],
            closing_plan=closing["plan"],
            providers=providers,
            chains=chains,
            errors=errors,
            incident_providers=_strings(data["simulation"], "incident_providers", "simulation"),
            owners=int(data["simulation"]["owners"]),
        )
    except (KeyError, TypeError) as exc:
        raise CatalogueError(f"missing or malformed entry: {exc}") from exc
    _check(catalogue)
    return catalogue


def _check(cat: Catalogue) -> None:
    """Rules that span sections."""
    titles = [r.title for r in cat.roles]
    if len(set(titles)) != len(titles):
        raise CatalogueError("role titles must be unique")
    _check_fields((cat.closing_plan,), {"project", "skill"}, "closing")
    if "offline" not in cat.providers or cat.providers["offline"].error_rate != 0:
        raise CatalogueError("the offline provider must be listed and never fail")
    for chain in cat.chains:
        unknown = set(chain.providers) - set(cat.providers)
        if unknown:
            raise CatalogueError(f"chain {chain.providers}: unknown providers {sorted(unknown)}")
        # The simulator walks a chain until a call succeeds; only offline never fails.
        if chain.providers[-1] != "offline":
            raise CatalogueError(f"chain {chain.providers} must end with the offline provider")
    if set(cat.incident_providers) - set(cat.providers):
        raise CatalogueError("incident providers must be listed providers")
    if {e.outcome for e in cat.errors} - {"error", "invalid"}:
        raise CatalogueError("error outcomes are 'error' or 'invalid'")
    if cat.owners < 1:
        raise CatalogueError("there must be at least one demo owner")


def load_catalogue(path: Path = CATALOGUE_FILE) -> Catalogue:
    """Read and check a catalogue file."""
    with path.open("rb") as f:
        return parse_catalogue(tomllib.load(f))


@cache
def packaged_catalogue() -> Catalogue:
    """The packaged catalogue, read once."""
    return load_catalogue()
