"""Words related to a question's focal term beyond the advert's own sentence.

An on-topic story is often told in the field's own words, used neither by the question nor
by its advert bullet: an ArcPy script for "Python", a woman in established labour on the
delivery suite for "intrapartum care". Two sources the project already holds give such
words, each weighing less than the question's own words (`data/related_words.json`):

- the skills lexicon: the aliases and settings of the term's skill, and those of the skills
  that imply it and that it implies ("labour ward", "delivery suite" for intrapartum care);
- the CV: the lines that name the term, the candidate's own vocabulary for it ("Automated map
  production in ArcPy (Python)" ties map production to Python), each word weighed by how few
  of the CV's other lines use it.

The relevance dimension then takes up the question's focus read in these words
(`related_topic`), below the question's own words and never for a story on another duty.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..language import skills as skill_lexicon
from ..language.text import stopwords, words
from .questions import rarity

if TYPE_CHECKING:
    from .focus import FocusReading

_DATA = Path(__file__).parent / "data" / "related_words.json"
# A lexicon word shorter than this ("a&e", "ed") says too little alone.
MIN_WORD = 4


class Unit(Protocol):
    """One sentence or line of a document, as word stems (`focus._Unit`)."""

    stems: frozenset[str]
    words: dict[str, str]
    skills: frozenset[str]


@lru_cache(maxsize=1)
def settings() -> dict[str, dict[str, float]]:
    """The sources' weights (`data/related_words.json`)."""
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, ...]]:
    """Each lexicon skill's written forms: name, aliases, forms read in context, settings."""
    raw = skill_lexicon.lexicon_entries()
    out: dict[str, tuple[str, ...]] = {}
    for e in raw:
        forms = [e["name"], *e.get("aliases", []), *e.get("in_context", []), *e.get("settings", [])]
        out[e["name"]] = tuple(dict.fromkeys(f.lower() for f in forms))
    return out


@lru_cache(maxsize=1)
def _implied_by() -> dict[str, tuple[skill_lexicon.Skill, ...]]:
    """Each skill's name -> the skills that imply it directly."""
    out: dict[str, list[skill_lexicon.Skill]] = {}
    for skill in skill_lexicon.lexicon():
        for implied in skill_lexicon.implied_skills([skill]):
            out.setdefault(implied.name, []).append(skill)
    return {k: tuple(v) for k, v in out.items()}


def neighbours(skill: skill_lexicon.Skill) -> tuple[skill_lexicon.Skill, ...]:
    """The skill, those it implies and those that imply it: one topic in the lexicon."""
    near = [skill, *skill_lexicon.implied_skills([skill]), *_implied_by().get(skill.name, ())]
    # A competency (leadership, communication) is implied by half the lexicon: its
    # neighbours are no words of it.
    return tuple(dict.fromkeys(k for k in near if not k.is_soft))


def lexicon_words(
    skill: skill_lexicon.Skill,
    family: Callable[[str], frozenset[str]],
    leave_out: set[str],
) -> dict[str, float]:
    """The stems of the words the lexicon writes a skill's topic in, with weights."""
    if skill.is_soft:
        return {}
    conf = settings()["lexicon"]
    out: dict[str, float] = {}
    for near in neighbours(skill):
        for form in _forms().get(near.name, ()):
            for word in words(form):
                if len(word) < MIN_WORD or word in stopwords():
                    continue
                weight = conf["weight"] * rarity(word)
                if weight < conf["min_weight"]:
                    continue
                for s in family(word) - leave_out:
                    out[s] = max(out.get(s, 0.0), weight)
    return out


def tells_duty(unit: Unit, duty_words: frozenset[str]) -> bool:
    """A CV line telling the duty of the advert's sentence in that sentence's own related
    words: at least `cv.shared_with_advert` of them."""
    return len(unit.stems & duty_words) >= settings()["cv"]["shared_with_advert"]


def cv_words(
    inside: Callable[[Unit], bool], units: Iterable[Unit], leave_out: set[str]
) -> dict[str, float]:
    """The stems of the words the CV uses on the lines naming a term (`inside`), with
    weights: rare words met beside the term and seldom elsewhere in the CV."""
    conf = settings()["cv"]
    units = tuple(units)
    spread: Counter[str] = Counter(s for unit in units for s in unit.stems)
    beside: Counter[str] = Counter()
    word_of: dict[str, str] = {}
    for unit in units:
        if not inside(unit):
            continue
        for s in unit.stems - leave_out:
            beside[s] += 1
            word_of[s] = unit.words[s]
    out: dict[str, float] = {}
    for s, n in beside.items():
        weight = conf["weight"] * rarity(word_of[s]) * n / (spread[s] + conf["spread_prior"])
        if weight >= conf["min_weight"]:
            out[s] = weight
    return out


def related_topic(f: FocusReading) -> float:
    """The share of the question's topic an answer takes up in related words (0-1): its
    focus's cover, counted full at `clear_cover` and lowered by `factor`, when it takes up
    the focus's core (by name, by a skill that implies it, or fully in related words other
    than a competency's signs), at least `min_cover` of the focus, and its own advert duty's
    core when it comes from one, while no other duty of the job is more clearly its subject."""
    conf = settings()["relevance"]
    if not f.core_taken or f.cover < conf["min_cover"]:
        return 0.0
    if f.duties.rival >= max(f.cover, f.duties.own) + conf["rival_margin"]:
        return 0.0
    # A question from a duty of the advert is taken up in related words only by a story
    # that takes up that duty's own core ("a root cause analysis" meets "planned
    # maintenance in the CMMS" only by its trade's name).
    if f.duties.asked and not f.duties.own:
        return 0.0
    return conf["factor"] * min(1.0, f.cover / conf["clear_cover"])


def on_topic_in_related_words(f: FocusReading) -> bool:
    """The answer takes up the question's focus in the field's own words: not drifting."""
    return related_topic(f) > 0
