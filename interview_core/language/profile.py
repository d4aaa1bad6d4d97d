"""Deterministic reading of a job description and a CV into structured profiles.

No model is involved: headings, bullets, date ranges and the skills lexicon are enough to
learn what a role asks for and what a candidate has done. The CV reader lives in `cv.py`,
the job reader in `job.py`, and "does this profile show skill X" in `evidence.py`; this
module is the one place the rest of the core imports them from.
"""

from __future__ import annotations

from .cv import (
    LISTED,
    Achievement,
    CandidateProfile,
    Mention,
    Position,
    analyse_cv,
    looks_like_department,
    looks_like_organisation,
    looks_like_title,
    tidy_name,
)
from .evidence import (
    Evidence,
    LineEvidence,
    evidence_for,
    evidence_for_need,
    evidence_for_text,
    shows,
)
from .job import Duty, JobProfile, Need, analyse_job, duty_phrase, need_phrase

__all__ = [
    "LISTED",
    "Achievement",
    "CandidateProfile",
    "Duty",
    "Evidence",
    "LineEvidence",
    "JobProfile",
    "Mention",
    "Need",
    "Position",
    "analyse_cv",
    "analyse_job",
    "duty_phrase",
    "evidence_for",
    "evidence_for_need",
    "evidence_for_text",
    "looks_like_department",
    "looks_like_organisation",
    "looks_like_title",
    "need_phrase",
    "shows",
    "tidy_name",
]
