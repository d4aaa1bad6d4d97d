"""Employers the interviewer may name: never the tail of a bracket read as one.

A long title can wrap inside its bracket ("Category Manager (Indirect: Fleet, IT and" /
"Legal Services)"); when the CV reader takes the second line for the employer, an opener
that names it ("you're a Category Manager at Legal Services") tells the candidate the
interviewer misread the CV. The interviewer leaves such a name out and speaks of the role by
its title alone; reading the real employer is the CV reader's work.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..language.cv import CandidateProfile, is_firm_name


def is_bracket_tail(name: str, cv_text: str) -> bool:
    """Whether every place the CV writes `name` closes a bracket opened on an earlier line:
    the end of a wrapped title's note, not an employer."""
    name = " ".join(name.split())
    if not name:
        return False
    places = list(re.finditer(re.escape(name), cv_text))
    if not places:
        return False
    for found in places:
        line_start = cv_text.rfind("\n", 0, found.start()) + 1
        before = cv_text[line_start : found.start()]
        after = cv_text[found.end() : found.end() + 1]
        if after != ")" or "(" in before:
            return False
        previous_start = cv_text.rfind("\n", 0, max(0, line_start - 1)) + 1
        previous = cv_text[previous_start:line_start]
        if previous.count("(") <= previous.count(")"):
            return False  # no bracket left open on the line above
    return True


def trusted_employers(cv: CandidateProfile, cv_text: str) -> CandidateProfile:
    """`cv` with every employer name that is a bracket's tail (`is_bracket_tail`) removed
    from its positions, mentions and achievements."""
    wrong = {r.employer for r in cv.roles if r.employer and is_bracket_tail(r.employer, cv_text)}
    if not wrong:
        return cv

    def keep(name: str | None) -> str | None:
        return None if name in wrong else name

    roles = tuple(replace(r, employer=keep(r.employer)) for r in cv.roles)
    mentions = tuple(
        (skill, tuple(replace(m, employer=keep(m.employer)) for m in found))
        for skill, found in cv.mentions
    )
    projects = tuple(replace(p, employer=keep(p.employer)) for p in cv.projects)
    return replace(cv, roles=roles, mentions=mentions, projects=projects)


def _name_key(name: str) -> str:
    """A company's name for comparing: no legal suffix, "the", "&" or punctuation."""
    words = re.findall(r"[\w']+|&", name.replace("’", "'"))
    while words and is_firm_name(" ".join(words)) and len(words) > 1:
        words = words[:-1]  # "Ordnance Survey Ltd" is Ordnance Survey
    kept = [w.lower() for w in words if w.lower() not in ("the", "&", "and")]
    return " ".join(kept)


def _initials(name: str) -> str:
    """ "HM Revenue & Customs" → "hmrc": the capitals of its words, in order."""
    return "".join(c for w in name.split() for c in w if c.isupper()).lower()


def _forms(name: str) -> set[str]:
    """The ways a company may be written: whole, without its bracket, the bracket alone."""
    name = " ".join(name.split())
    found = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
    parts = [name, found.group(1), found.group(2)] if found else [name]
    return {_name_key(p) for p in parts if _name_key(p)}


def is_hiring_company(employer: str | None, company: str) -> bool:
    """Whether a CV's employer is the company hiring ("HMRC" for "HM Revenue & Customs (HMRC)",
    "Ordnance Survey Ltd" for "Ordnance Survey"): an internal candidate, whose questions say
    "here" rather than naming the company twice."""
    if not employer or not company:
        return False
    mine, theirs = _forms(employer), _forms(company)
    if mine & theirs:
        return True
    short = {k for k in (*mine, *theirs) if " " not in k and len(k) >= 2}
    long = [n for n in (employer, company) if len(n.split()) > 1]
    return any(_initials(n) in short for n in long)
