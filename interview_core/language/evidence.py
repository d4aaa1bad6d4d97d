"""Does a profile show a skill, directly or by implication, and with which line?

The interviewer's claims policy ("say it is missing only when nothing shows it") and the
scorer's coverage both ask this one question, so it has one answer here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .cv import LISTED, CandidateProfile
from .job import JobProfile, Need
from .skills import Skill, extract_skills, implied_skills, skill_named, surface_forms
from .text import clauses, content_stems, holds_term, sentences


@dataclass(frozen=True)
class Evidence:
    """Why we believe the candidate has `skill`: the line, and the skill that line names."""

    skill: Skill
    """The skill asked about."""
    via: Skill
    """The skill the line names: `skill` itself, or one that implies it (SMSTS → H&S)."""
    line: str
    section: str
    """Where the line sits: a CV section ("experience", "skills", ...) or "answer"."""
    employer: str | None = None
    term: str | None = None
    """The name or code shared with the job's line asking for the skill ("CDM 2015"), when
    that is how the CV shows it."""

    @property
    def direct(self) -> bool:
        """True when the line names the skill itself."""
        return self.via == self.skill


def _resolve(skill: Skill | str, profile: CandidateProfile | None = None) -> Skill | None:
    # A name the lexicon does not know may still be an item of the CV's skills list.
    if not isinstance(skill, str):
        return skill
    return skill_named(skill) or (profile.listed_skill(skill) if profile else None)


@lru_cache(maxsize=16384)  # pure: every brief asks it for each pair of skills again
def implies(named: Skill, skill: Skill) -> bool:
    """Whether naming `named` shows `skill` (itself or one of its implications)."""
    return named == skill or skill in implied_skills([named])


def evidence_for(
    profile: CandidateProfile,
    skill: Skill | str,
    answers: Iterable[str] = (),
    job: JobProfile | None = None,
) -> Evidence | None:
    """The best line showing `skill`: a CV line naming it, else one naming a skill that implies
    it, else a sentence of the candidate's answers doing either; None when nothing shows it.

    `skill` may be a lexicon skill, an item of the CV's own skills list (`profile.listed_skills`,
    or its name as a string) or a skill's name. With `job`, a skill the job asks for in a line
    naming a term ("compliance with CDM 2015") is also shown by a line naming that term.
    """
    answers = list(answers)
    wanted = _resolve(skill, profile)
    if wanted is None:
        return None
    found = _evidence_for(profile, wanted, answers)
    if found is not None or job is None:
        return found
    for need in job.asks_naming(wanted):
        shared = _term_evidence(profile, _own_terms(_about(need, wanted), wanted), answers)
        if shared is not None:
            return Evidence(wanted, wanted, shared.line, shared.section, term=shared.term)
    return None


def _evidence_for(profile: CandidateProfile, wanted: Skill, answers: list[str]) -> Evidence | None:
    for mention in profile.mentions_of(wanted):
        return Evidence(wanted, wanted, mention.text, mention.section, mention.employer)
    # By implication: the first skill the CV names that brings `wanted` with it.
    for named, found in profile.mentions:
        if found and named != wanted and implies(named, wanted):
            best = found[0]
            return Evidence(wanted, named, best.text, best.section, best.employer)
    for answer in answers:
        for sentence in sentences(answer or ""):
            for named in extract_skills(sentence):
                if implies(named, wanted):
                    return Evidence(wanted, named, sentence, "answer")
            if wanted.category == LISTED and _names_item(sentence, wanted.name):
                return Evidence(wanted, wanted, sentence, "answer")
    return None


def _names_item(text: str, item: str) -> bool:
    """Whether `text` holds the words of a listed item, in order ("menu costing")."""
    pattern = r"[\s\-]+".join(re.escape(w) for w in item.split())
    return re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE) is not None


def shows(
    profile: CandidateProfile,
    skill: Skill | str,
    answers: Iterable[str] = (),
    job: JobProfile | None = None,
) -> bool:
    """Whether the CV or the answers show `skill`, directly or by implication (with `job`,
    also by a term the job's line asking for it shares with the CV)."""
    return evidence_for(profile, skill, answers, job) is not None


@dataclass(frozen=True)
class LineEvidence:
    """A line that shows a requirement written in free words, and how it matched."""

    line: str
    section: str
    """A CV section, or "answer"."""
    via: Skill | None = None
    """The lexicon skill shared by the requirement and the line, if that is how it matched."""
    term: str | None = None
    """The name or code shared by the requirement and the line ("CDM 2015"), if that is how
    it matched."""


def _lines(profile: CandidateProfile) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for role in profile.roles:
        lines += [(h, "experience") for h in role.highlights]
        lines.append((role.title, "experience"))
    lines += [(a.text, "projects") for a in profile.projects]
    lines += [(s, "summary") for s in profile.summary]
    lines += [(c, "certifications") for c in profile.certifications]
    lines += [(e, "education") for e in profile.education]
    lines += [(m.text, m.section) for _, found in profile.mentions for m in found]
    lines += [(line, "skills") for _, line in profile.listed]
    lines += [(line, section) for line, section in profile.lines if section != "header"]
    return list(dict.fromkeys(lines))


def profile_lines(profile: CandidateProfile) -> list[tuple[str, str]]:
    """Every line of the profile that may show a skill, with its section: bullets, titles,
    projects, summary, certificates, education, skills-list lines."""
    return _lines(profile)


def _answer_lines(answers: Iterable[str]) -> list[tuple[str, str]]:
    return [(s, "answer") for answer in answers for s in sentences(answer or "")]


def _clauses(line: str) -> list[str]:
    """The clauses of a requirement line: split at commas, semicolons, "and" and "or" outside
    brackets, so "Python, Kafka, observability (Prometheus, Grafana)" asks for three things."""
    return [c.strip() for c in clauses(line, "requirement", brackets=True) if c.strip()]


def _about(need: Need, skill: Skill) -> Need:
    """The need narrowed to the clauses of its line that name `skill`: a term elsewhere in a
    long requirement line ("5+ years of Python, …, Grafana") says nothing about `skill`."""
    if len(need.skills) <= 1:
        return need
    # A name read only with a context word elsewhere on the line ("compliance" beside "health
    # and safety") still belongs to the clause that writes it ("compliance with CDM 2015").
    forms = surface_forms(need.line, skill)
    clauses = [
        c
        for c in _clauses(need.line)
        if skill in extract_skills(c) or any(holds_term(c, f) for f in forms)
    ]
    terms = tuple(t for t in need.terms if any(holds_term(c, t) for c in clauses))
    return Need(need.phrase, need.line, need.kind, (skill,), terms)


def _own_terms(need: Need, skill: Skill) -> Need:
    """The need without the terms that are only words of the skill's own name: "Safety" of
    "Site Safety and RAMS" is no name of its own, and "Personal Track Safety" does not show
    Site Safety by sharing it (the lexicon reads the skill's own names)."""
    own = {w.lower() for w in re.findall(r"[\w&]+", skill.name)}
    terms = tuple(t for t in need.terms if not {w.lower() for w in re.findall(r"[\w&]+", t)} <= own)
    return (
        need if terms == need.terms else Need(need.phrase, need.line, need.kind, need.skills, terms)
    )


def _term_evidence(
    profile: CandidateProfile, need: Need, answers: Iterable[str]
) -> LineEvidence | None:
    """A CV line (or answer) naming one of the need's terms ("CDM 2015")."""
    for term in need.terms:
        for line, section in [*_lines(profile), *_answer_lines(answers)]:
            if holds_term(line, term):
                return LineEvidence(line, section, term=term)
    return None


def evidence_for_need(
    profile: CandidateProfile, need: Need, answers: Iterable[str] = (), initials: bool = True
) -> LineEvidence | None:
    """The line showing a job's need (`JobProfile.asks`), whether the lexicon knows it or not.

    A line naming one of the need's terms ("CDM 2015") shows it; so does one showing a lexicon
    skill of the need, or sharing most content words with its phrase ("menu costing" in
    "Menu costing and GP control"). None only when nothing does: only then is it missing.
    Without `initials`, a line naming only an acronym of some of the phrase's words ("ATC"
    for "support air traffic controllers by processing flight data") does not count: it may
    show the need, but does not show it done.
    """
    answers = list(answers)
    return _term_evidence(profile, need, answers) or evidence_for_text(
        profile, need.phrase, answers, initials
    )


def evidence_for_text(
    profile: CandidateProfile,
    requirement: str,
    answers: Iterable[str] = (),
    initials: bool = True,
) -> LineEvidence | None:
    """The line showing a requirement in free words ("experience of affordable housing").

    A lexicon skill the requirement names counts when the CV or an answer shows it (directly
    or by implication); otherwise a line must share two thirds of the requirement's content
    words. None when nothing shows it: only then may the interviewer call it missing.
    """
    answers = list(answers)
    for skill in extract_skills(requirement):
        found = evidence_for(profile, skill, answers)
        if found is not None:
            return LineEvidence(found.line, found.section, found.via)
    wanted = content_stems(requirement)
    if not wanted:
        return None
    need = max(1, round(len(wanted) * 2 / 3))
    candidates = _lines(profile) + _answer_lines(answers)
    best: tuple[int, str, str] | None = None
    for line, section in candidates:
        shared = len(wanted & content_stems(line))
        if shared >= need and (best is None or shared > best[0]):
            best = (shared, line, section)
    if best:
        return LineEvidence(best[1], best[2])
    if not initials:
        return None
    # "pure tone audiometry" shown by "PTA, tympanometry", and "CBT" by "cognitive
    # behavioural therapy": a field's acronym and its words spelt out are one thing.
    for line, section in candidates:
        if _same_by_initials(requirement, line):
            return LineEvidence(line, section)
    return None


# An acronym of three to five capitals ("PTA", "NDE"): shorter ones are too often something
# else. The small words an acronym leaves out ("Royal College of Nursing" is RCN).
_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{3,5}(?![\w-])")
_UNSPELT = frozenset({"of", "and", "the", "for", "in", "on", "to", "with"})
_FIELD_SKILLS_FILE = Path(__file__).parent / "data" / "field_skills.json"


@lru_cache(maxsize=1)
def weak_words() -> frozenset[str]:
    """Words that say what kind of thing is asked ("skills", "experience"): no acronym's,
    nor the key words of a field skill (`data/field_skills.json`, read here for both)."""
    return frozenset(json.loads(_FIELD_SKILLS_FILE.read_text(encoding="utf-8"))["weak_words"])


def _spells(acronym: str, text: str) -> bool:
    """Whether some run of `text`'s words has `acronym` for initials ("pure tone audiometry",
    "Pure-tone audiometry" for PTA); a run holding "skills" or "experience" spells none."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in _UNSPELT]
    size = len(acronym)
    return any(
        "".join(w[0] for w in words[i : i + size]).upper() == acronym
        and all(len(w) >= 3 and w.lower() not in weak_words() for w in words[i : i + size])
        for i in range(len(words) - size + 1)
    )


def _same_by_initials(requirement: str, line: str) -> bool:
    """Whether the requirement names an acronym the line spells out, or the other way round."""
    return any(_spells(a, line) for a in _ACRONYM.findall(requirement)) or any(
        _spells(a, requirement) for a in _ACRONYM.findall(line)
    )


def clauses_naming(need: Need, skill: Skill) -> list[str]:
    """The clauses of a job line that name `skill` ("Ensuring compliance with Red Tractor" of
    "Ensuring compliance with Red Tractor, milk contract, …"): what the job asks of it."""
    return [c for c in _clauses(need.line) if skill in extract_skills(c)]
