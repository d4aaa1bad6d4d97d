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

from ..language.cv import CandidateProfile
from ..language.job import JobProfile
from ..language.people import leads_people_in

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
    return leads_people_in(low, verbs=_words()["job_verbs"])


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
    if any(leads_people_in(line) for line in lines):
        return "weak"
    return ""
