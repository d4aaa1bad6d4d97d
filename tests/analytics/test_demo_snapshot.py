"""Same seed, same rows: the demo generator's output is pinned by a hash of every row.

The hashes were taken from the generator before it was split into a package, so they
prove the split changed nothing. The interviewer and the scorer are stand-ins here: the
real ones are rebuilt elsewhere and may change what they write, but what the demo
generator itself makes of them (documents, answers, pacing, provider calls, the rows
written by each writer) must not change without this test saying so.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from interview_core import demo
from interview_core.db import Database
from interview_core.models import Base

END = date(2025, 6, 30)

# sha256 of every generated row (see `table_digest`), taken before the split.
EXPECTED_ROWS = "bb47784b2c22c4fb738515e126b046d184045d7551f77093ec4aa796784b060b"
# sha256 of documents and answers written for every role (see `documents_digest`).
EXPECTED_DOCUMENTS = "7f99fb9fe0b1d3b154fd7b3f49264e13a300a1ad24854f508397f9844a5fb186"


@dataclass
class Reply:
    """The one part of a provider's reply the generator reads."""

    chunks: Iterator[str]


class StandInInterviewer:
    """Asks about the job description's requirements in order, then the closing question."""

    name = "offline"

    def stream_question(self, ctx: Any) -> Reply:
        n = len(ctx.turns)
        required = [
            line.removeprefix("- Experience with ").rstrip(".")
            for line in ctx.job_description.splitlines()
            if line.startswith("- Experience with ")
        ]
        if n == 7:
            text = "What would you do in your first 90 days here?"
        else:
            text = f"Question {n + 1}: tell me about your work with {required[n % len(required)]}."
        return Reply(iter([text]))


def stand_in_scorer(ctx: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A score that depends on the whole transcript, and skills from the CV's last line."""
    digest = hashlib.sha256(
        "".join(t.question + (t.answer or "") for t in ctx.turns).encode()
    ).digest()
    score = 1 + digest[0] % 10
    skills = ctx.cv_text.strip().splitlines()[-1].removeprefix("Skills: ").split(", ")
    row = {
        "session_id": 0,
        "score": score,
        "overall_score": score * 10 - digest[1] % 10,
        "relevance": 1 + digest[2] % 5,
        "structure": 1 + digest[3] % 5,
        "evidence": 1 + digest[4] % 5,
        "communication": 1 + digest[5] % 5,
        "generated_by": "offline",
        "fallback": False,
        "payload": {"score": score, "summary": ctx.turns[0].answer[:60]},
    }
    statuses = ("demonstrated", "undemonstrated", "missing")
    return row, [
        {"session_id": 0, "skill": s, "status": statuses[i % 3]} for i, s in enumerate(skills)
    ]


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True)
    if isinstance(value, float):
        return round(value, 6)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def table_digest(db: Database) -> str:
    """sha256 over every row of every table, ids included, in id order."""
    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            h.update(table.name.encode())
            for row in conn.execute(select(table).order_by(table.c.id)):
                h.update(repr(tuple(_plain(v) for v in row)).encode())
    return h.hexdigest()


def _documents() -> Iterator[str]:
    rng = random.Random("documents-3")
    for role in demo.packaged_catalogue().roles:
        for quality in ("strong", "average", "weak"):
            cv, filename, skills = demo.write_cv(rng, role, quality, 2024)
            yield cv
            yield filename
            yield demo.write_job_description(rng, role, role.hirers[0])
            for skill in (*role.skills[:2], "nothing named"):
                yield demo.write_answer(rng, role, quality, skills, f"About {skill}?")
            yield demo.write_answer(rng, role, quality, skills, "Any questions for us?")


def documents_digest() -> str:
    """sha256 of CVs, job descriptions and answers written from one seed for every role."""
    return hashlib.sha256("\x00".join(_documents()).encode()).hexdigest()


def test_documents_are_unchanged() -> None:
    assert documents_digest() == EXPECTED_DOCUMENTS


def test_generated_rows_are_unchanged(db: Database) -> None:
    summary = demo.generate(
        db,
        120,
        seed=11,
        end=END,
        days=30,
        pool_size=9,
        batch=50,
        interviewer=StandInInterviewer(),  # type: ignore[arg-type]
        scorer=stand_in_scorer,
    )
    assert summary.sessions == 120
    assert table_digest(db) == EXPECTED_ROWS
