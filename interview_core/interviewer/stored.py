"""The interviewer's reading of a session's documents as JSON, stored once with the session.

Reading a CV and a job description is the costly, turn-independent part of the interviewer;
the core stores the two profiles with the first question, so a later turn in any process
rebuilds the interviewer from them instead of reading the documents again. A stored reading
names its format (a fingerprint of the profile types): one written by a version whose
profiles differ is ignored and the documents are read again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache

from pydantic import TypeAdapter, ValidationError

from ..language.profile import CandidateProfile, JobProfile


@dataclass(frozen=True)
class StoredReading:
    """What is stored: the format, then the job's and the CV's profiles."""

    format: str
    job: JobProfile
    cv: CandidateProfile


@lru_cache(maxsize=1)
def _adapter() -> TypeAdapter[StoredReading]:
    return TypeAdapter(StoredReading)


@lru_cache(maxsize=1)
def current_format() -> str:
    """A fingerprint of the profile types: it changes whenever a field does."""
    schema = TypeAdapter(tuple[JobProfile, CandidateProfile]).json_schema()
    digest = hashlib.sha256(json.dumps(schema, sort_keys=True).encode()).hexdigest()
    return digest[:16]


def is_current(text: str | None) -> bool:
    """Whether `text` is a stored reading of the current format (checked without parsing)."""
    return text is not None and text.startswith(f'{{"format":"{current_format()}"')


def encode(job: JobProfile, cv: CandidateProfile) -> str:
    """The two profiles as the JSON text to store."""
    reading = StoredReading(format=current_format(), job=job, cv=cv)
    return _adapter().dump_json(reading).decode()


def decode(text: str | None) -> tuple[JobProfile, CandidateProfile] | None:
    """The job's and the CV's profiles from a stored reading; None when there is none or it
    is of another format."""
    if not is_current(text):
        return None
    try:
        reading = _adapter().validate_json(text or "")
    except ValidationError:
        return None
    return reading.job, reading.cv
