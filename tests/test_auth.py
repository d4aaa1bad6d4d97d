"""Accounts, roles and who may read or change a session."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from interview_core.auth import Actor, Role, authenticate, can_read, can_write, create_user
from interview_core.errors import Conflict, ValidationFailed
from interview_core.models import InterviewSession, User


def test_accounts_store_a_salted_hash_and_authenticate(db) -> None:
    coach = create_user(db, "  ada ", "correct horse battery", Role.COACH)
    assert coach.id.startswith("user:") and coach.role is Role.COACH
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "ada"))
        assert user is not None and "correct horse" not in user.password_hash
    assert authenticate(db, "ada", "correct horse battery") == coach
    assert authenticate(db, "ada", "wrong password!") is None
    assert authenticate(db, "nobody", "correct horse battery") is None


def test_account_rules_are_explained(db) -> None:
    with pytest.raises(ValidationFailed, match="3 to 80"):
        create_user(db, "ab", "long enough password")
    with pytest.raises(ValidationFailed, match="at least 8"):
        create_user(db, "grace", "short")
    create_user(db, "grace", "long enough password", Role.RECRUITER)
    with pytest.raises(Conflict, match="taken"):
        create_user(db, "grace", "another long password")


@pytest.mark.parametrize(
    ("actor", "readable", "writable"),
    [
        (Actor("owner"), True, True),
        (Actor("someone-else"), False, False),
        (Actor("recruiter", Role.RECRUITER), True, False),
        (Actor("admin", Role.ADMIN), True, True),
    ],
)
def test_roles_and_ownership(actor: Actor, readable: bool, writable: bool) -> None:
    session = InterviewSession(owner="owner", job_title="Engineer", company_name="Initech")
    assert can_read(actor, session) is readable
    assert can_write(actor, session) is writable
