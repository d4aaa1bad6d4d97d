"""Whether a job asks for people leadership that the CV does not clearly show.

A team leader's or a manager's advert asks the candidate to lead people ("Lead and develop
the payroll team", "Experience coaching or leading others"). When the CV shows people led
in earnest (a post that leads them, "Supervised a team of 8 receptionists"), the plan's
other questions may cover it; when it shows it only weakly (mentoring two students) or not
at all, the plan asks about it once. "Lead on P11D submissions" takes charge of a task, not
of people. The words live in `leadership.toml`.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from lemminflect import getAllLemmas

from ..language.cv import CandidateProfile
from ..language.job import JobProfile
from ..language.people import is_people_word, leads_people_in
from ..language.text import stem

_FILE = Path(__file__).with_name("leadership.toml")


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    with _FILE.open("rb") as handle:
        return tomllib.load(handle)


def asks_people_leadership(line: str) -> bool:
    """Whether a job line asks the candidate to lead people."""
    low = " ".join(line.lower().split())
    if any(re.search(rf"\b{re.escape(p)}\b", low) for p in _words()["job_phrases"]):
        return True
    # "Lead, rota and develop a team": the verbs of an opening list share its object, so
    # each is read as if right before it ("lead a team").
    verbs = _words()["job_verbs"]
    listed = r"\b([a-z][\w-]*)(?:,\s*[a-z][\w-]*)*,?\s+(?:and|or|&)\s+[a-z][\w-]*"
    shared = re.sub(listed, lambda m: _first(m, verbs), low)
    return leads_people_in(low, verbs=verbs) or leads_people_in(shared, verbs=verbs)


def _first(match: re.Match[str], verbs: list[str]) -> str:
    """The first verb of a list whose verbs share the object after it, when it is a verb of
    leading ("lead, rota and develop" → "lead"); the list as it stands otherwise."""
    word = match.group(1)
    lemmas = {word, *getAllLemmas(word).get("VERB", ())}
    return word if lemmas & set(verbs) else match.group(0)


def job_leadership_line(job: JobProfile) -> str:
    """The first duty, then requirement, of `job` that asks for people leadership; ""."""
    lines = (*job.responsibilities, *job.requirements)
    return next((line for line in lines if asks_people_leadership(line)), "")


def shows_people_led(cv: CandidateProfile) -> str:
    """How far the CV shows people led: "strong" (a post that leads people, or a line of
    leading them by a verb of managing: "Supervised a team of 8"), "weak" (only mentoring,
    coaching or training others), or ""."""
    posts = "|".join(re.escape(p) for p in _words()["posts"])
    if any(re.search(rf"\b(?:{posts})", r.title.lower()) for r in cv.roles if r.title):
        return "strong"
    lines = [*(h for r in cv.roles for h in r.highlights), *cv.summary]
    if any(leads_people_in(line, verbs=_words()["strong_verbs"]) for line in lines):
        return "strong"
    if any(_leads_by_noun(line) for line in lines):
        return "strong"
    if any(leads_people_in(line) for line in lines):
        return "weak"
    return ""


def names_people_of(cv_line: str, duty: str) -> bool:
    """Whether a CV line names people the duty leads, or leads people itself ("teach
    foundation pharmacists" for "educate and supervise pharmacists and technicians")."""
    if leads_people_in(cv_line):
        return True
    people = {stem(w) for w in re.findall(r"[a-z]+", duty.lower()) if is_people_word(w)}
    return bool(people & {stem(w) for w in re.findall(r"[a-z]+", cv_line.lower())})


def _leads_by_noun(line: str) -> bool:
    """Whether a CV line says people led by a noun of leading ("clinical supervision for two
    Band 5 OTs"): the noun, "of" or "for", then a count or people within four words."""
    nouns = "|".join(re.escape(n) for n in _words()["strong_nouns"])
    for found in re.finditer(rf"\b(?:{nouns})\s+(?:of|for)\s+((?:[\w-]+\s*){{1,4}})", line.lower()):
        words = found.group(1).split()
        counted = bool(words) and (words[0].isdigit() or words[0] in _words()["counts"])
        if counted or any(is_people_word(w) for w in words):
            return True
    return False
