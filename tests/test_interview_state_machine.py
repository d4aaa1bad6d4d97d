"""Random sequences of start / answer / empty answer / reload keep every invariant."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.config import load_settings
from interview_core.db import Database
from interview_core.errors import Conflict, ValidationFailed
from interview_core.interview import (
    attach_cv,
    attach_job_description,
    conversation,
    create_session,
    ensure_question,
    get_session,
    start_interview,
    submit_answer,
)
from interview_core.user_text import is_blank
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD

# A small alphabet makes repeated answers (double submits) likely, not just possible.
answers = st.one_of(
    st.sampled_from(["Kafka at Acme", "I led it", "Kafka at Acme "]),
    st.text(min_size=1, max_size=120).filter(lambda s: s.strip()),
)


def _unstorable(text: str) -> bool:
    """Text the core refuses: too long, a NUL or lone surrogate, or nothing visible."""
    return (
        len(text.strip()) > 5000
        or "\x00" in text
        or any("\ud800" <= c <= "\udfff" for c in text)
        or is_blank(text)
    )


class InterviewMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        tmp = Path(self.tmp.name)
        self.db = Database.from_url(f"sqlite:///{tmp / 'sm.db'}")
        self.ai = AIService.from_settings(
            load_settings(env={"INTERVIEW_DATA_DIR": str(tmp)}, secrets_path=tmp / "none")
        )
        self.actor = Actor("sm")
        sid = create_session(self.db, self.actor, "Backend Engineer", "Initech").id
        attach_cv(self.db, self.actor, sid, "cv.txt", SAMPLE_CV.encode())
        attach_job_description(self.db, self.actor, sid, SAMPLE_JD)
        self.sid = sid
        self.asked = 0
        self.answered = 0
        self.last_answer: str | None = None
        self.answers: dict[int, str] = {}

    def teardown(self) -> None:
        self.db.dispose()
        self.tmp.cleanup()

    @rule()
    def start(self) -> None:
        question = start_interview(self.db, self.actor, self.sid, self.ai)
        if self.answered == 8:
            assert question is None
        else:
            if self.asked == self.answered:
                self.asked += 1
            assert question is not None and question.question_index == self.asked

    @rule(text=answers)
    def answer(self, text: str) -> None:
        try:
            submission = submit_answer(self.db, self.actor, self.sid, text)
        except Conflict:
            assert self.asked == self.answered  # nothing waiting, or complete
            return
        except ValidationFailed:
            assert _unstorable(text)
            return
        if submission.duplicate:
            # Only after the last answer: the same text again is a retry, nothing new.
            assert self.answered == 8 and text.strip() == self.last_answer
            return
        self._stored(text)

    @rule(text=answers, index=st.integers(min_value=0, max_value=9))
    def answer_named(self, text: str, index: int) -> None:
        try:
            submission = submit_answer(self.db, self.actor, self.sid, text, question_index=index)
        except ValidationFailed:
            assert _unstorable(text) or not 1 <= index <= 8
            return
        except Conflict as exc:
            # Not the open question: never stored anywhere, and the state comes along.
            assert index != self.asked or self.asked == self.answered
            assert exc.state is not None
            return
        if submission.duplicate:
            assert self.answers.get(index) == text.strip()
            return
        assert index == self.asked
        self._stored(text)

    def _stored(self, text: str) -> None:
        assert self.asked == self.answered + 1
        self.answered += 1
        self.last_answer = text.strip()
        self.answers[self.answered] = self.last_answer
        if self.answered < 8:
            ensure_question(self.db, self.actor, self.sid, self.ai)
            self.asked += 1

    @rule(text=st.sampled_from(["", "   ", "\n\t"]))
    def empty_answer(self, text: str) -> None:
        try:
            submit_answer(self.db, self.actor, self.sid, text)
        except ValidationFailed as exc:
            assert exc.message == "Answer cannot be empty."
        else:
            raise AssertionError("an empty answer was stored")

    @rule()
    def answer_after_complete(self) -> None:
        if self.answered < 8:
            return
        try:
            submit_answer(self.db, self.actor, self.sid, "late answer")
        except Conflict:
            return
        raise AssertionError("a complete interview took an answer")

    @rule()
    def reload(self) -> None:
        # A fresh connection sees exactly what was committed.
        self.db.dispose()
        assert len(conversation(self.db, self.actor, self.sid)) == self.asked + self.answered

    @invariant()
    def invariants_hold(self) -> None:
        messages = conversation(self.db, self.actor, self.sid)
        roles = [m.role for m in messages]
        assert all(r == ("assistant" if i % 2 == 0 else "user") for i, r in enumerate(roles))
        assert [m.question_index for m in messages] == [i // 2 + 1 for i in range(len(messages))]
        assert sum(r == "assistant" for r in roles) == self.asked <= 8
        assert sum(r == "user" for r in roles) == self.answered
        progress = get_session(self.db, self.actor, self.sid).progress
        assert progress.question_count == self.asked
        assert progress.is_complete == (self.answered == 8)
        # What the pages decide from: a question waiting for its answer, or one to write.
        assert progress.awaiting_answer == (bool(roles) and roles[-1] == "assistant")
        assert progress.question_due == (self.asked == self.answered < 8)


InterviewMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestInterviewStateMachine = InterviewMachine.TestCase
