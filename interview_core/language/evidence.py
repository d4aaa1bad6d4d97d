"""Does a profile show a skill, directly or by implication, and with which line?

The interviewer's claims policy ("say it is missing only when nothing shows it") and the
scorer's coverage both ask this one question, so it has one answer here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .cv import CandidateProfile
from .skills import Skill, extract_skills, implied_skills, skill_named
from .text import sentences


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

    @property
    def direct(self) -> bool:
        """True when the line names the skill itself."""
        return self.via == self.skill


def _resolve(skill: Skill | str) -> Skill | None:
    return skill_named(skill) if isinstance(skill, str) else skill


def implies(named: Skill, skill: Skill) -> bool:
    """Whether naming `named` shows `skill` (itself or one of its implications)."""
    return named == skill or skill in implied_skills([named])


def evidence_for(
    profile: CandidateProfile, skill: Skill | str, answers: Iterable[str] = ()
) -> Evidence | None:
    """The best line showing `skill`: a CV line naming it, else one naming a skill that implies
    it, else a sentence of the candidate's answers doing either; None when nothing shows it."""
    wanted = _resolve(skill)
    if wanted is None:
        return None
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
    return None


def shows(profile: CandidateProfile, skill: Skill | str, answers: Iterable[str] = ()) -> bool:
    """Whether the CV or the answers show `skill`, directly or by implication."""
    return evidence_for(profile, skill, answers) is not None
