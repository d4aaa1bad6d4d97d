"""Accounts, roles and who may read or change a session."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from interview_core import auth
from interview_core.auth import Actor, Role, authenticate, can_read, can_write, create_user
from interview_core.errors import Conflict, NotFound, ValidationFailed
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


def test_passwords_are_hashed_with_scrypt(db) -> None:
    create_user(db, "ada", "correct horse battery", Role.COACH)
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "ada"))
        assert user is not None and user.password_hash.startswith("scrypt:")


def test_account_management(db) -> None:
    assert not auth.has_accounts(db)
    create_user(db, "ada", "correct horse battery", Role.COACH)
    assert auth.has_accounts(db)
    assert auth.set_role(db, "ada", "admin").role is Role.ADMIN
    with pytest.raises(ValidationFailed, match="Role must be"):
        auth.set_role(db, "ada", "owner")
    token = auth.sign_in_token(db, authenticate(db, "ada", "correct horse battery"))
    assert token is not None and auth.actor_for_token(db, token).role is Role.ADMIN
    auth.set_password(db, "ada", "another long password")
    assert authenticate(db, "ada", "correct horse battery") is None
    assert authenticate(db, "ada", "another long password") is not None
    # The old sign-in ends with the password it was made with.
    assert auth.actor_for_token(db, token) is None
    assert [a.username for a in auth.list_users(db)] == ["ada"]
    auth.remove_user(db, "ada")
    assert not auth.has_accounts(db)
    with pytest.raises(NotFound):
        auth.remove_user(db, "ada")


def test_the_account_check_may_be_cached_for_a_while_but_not_across_a_change(db) -> None:
    assert not auth.has_accounts(db, max_age=60)
    with db.engine.begin() as conn:  # another process adds an account behind this one's back
        conn.execute(
            User.__table__.insert().values(username="bob", password_hash="x", role=Role.COACH)
        )
    assert not auth.has_accounts(db, max_age=60)  # the cached answer, within its age
    assert auth.has_accounts(db)  # asked afresh
    auth.remove_user(db, "bob")
    assert not auth.has_accounts(db, max_age=60)  # this process's change is seen at once
    create_user(db, "ada", "correct horse battery", Role.COACH)
    assert auth.has_accounts(db, max_age=60)


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_sign_in_is_rate_limited_per_account(db) -> None:
    create_user(db, "ada", "correct horse battery")
    clock = _Clock()
    limiter = auth.AttemptLimiter(clock=clock)
    for _ in range(auth.MAX_FAILURES_PER_ACCOUNT):
        with pytest.raises(ValidationFailed, match="Wrong username or password"):
            auth.sign_in(db, "ada", "wrong password!", "10.0.0.1", limiter)
    # Even the right password is refused now, from any address.
    with pytest.raises(auth.TooManyAttempts, match="wait 15 minutes"):
        auth.sign_in(db, "ada", "correct horse battery", "10.0.0.2", limiter)
    clock.now += auth.ATTEMPT_WINDOW_S
    assert auth.sign_in(db, "ada", "correct horse battery", "10.0.0.2", limiter).username == "ada"


def test_sign_in_is_rate_limited_per_address(db) -> None:
    create_user(db, "ada", "correct horse battery")
    limiter = auth.AttemptLimiter(clock=_Clock())
    for n in range(auth.MAX_FAILURES_PER_ADDRESS):
        with pytest.raises(ValidationFailed):
            auth.sign_in(db, f"guess{n}", "wrong password!", "10.0.0.9", limiter)
    with pytest.raises(auth.TooManyAttempts):
        auth.sign_in(db, "ada", "correct horse battery", "10.0.0.9", limiter)
    # Another address is not affected.
    assert auth.sign_in(db, "ada", "correct horse battery", "10.0.0.1", limiter)


def test_claiming_anonymous_sessions(db) -> None:
    from interview_core.interview import create_session

    create_session(db, Actor("browser:abc"), "Engineer", "Initech")
    coach = create_user(db, "ada", "correct horse battery")
    assert auth.claim_sessions(db, "browser:abc", coach) == 1
    with db.session() as s:
        owners = s.scalars(select(InterviewSession.owner)).all()
    assert owners == [coach.id]
    assert auth.claim_sessions(db, "browser:abc", coach) == 0
