"""A session whose every untrusted field carries a payload, built through the core."""

from __future__ import annotations

from dataclasses import dataclass

from interview_core import feedback, interview
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.db import Database
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.helpers.fakes import ScriptedProvider
from tests.security.payloads import XSS

# Model output is untrusted too: questions that carry payloads.
HOSTILE_QUESTIONS = tuple(
    f"Question {n}: what did you learn from {XSS[(n - 1) % len(XSS)]} at work?" for n in range(1, 9)
)


@dataclass(frozen=True)
class HostileSessions:
    started: int
    done: int


def seed_hostile(db: Database, owner: Actor) -> HostileSessions:
    """Two sessions full of payloads: one in progress (3 answers), one complete with feedback."""
    ids = []
    for _ in range(2):
        sid = interview.create_session(db, owner, XSS[0][:200], XSS[2][:200]).id
        cv = SAMPLE_CV + "\n" + "\n".join(XSS)
        interview.attach_cv(db, owner, sid, "cv.md", cv.encode())
        interview.attach_job_description(db, owner, sid, SAMPLE_JD + "\n" + "\n".join(XSS))
        ids.append(sid)
    started, done = ids
    for sid, answers in ((started, 3), (done, 8)):
        ai = AIService([ScriptedProvider(*HOSTILE_QUESTIONS)])
        interview.ensure_question(db, owner, sid, ai)
        for n in range(1, answers + 1):
            text = f"In answer {n} I used Python. {XSS[(n - 1) % len(XSS)]}"
            interview.answer_question(db, owner, sid, text, ai)
    feedback.generate_feedback(db, owner, done, AIService([ScriptedProvider()]))
    return HostileSessions(started, done)
