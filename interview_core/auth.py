"""Identities, roles, accounts, sign-in and ownership checks.

Two modes, decided by the database alone: with no account the app is a *local desk*
(Streamlit's one local user, the web shim's anonymous per-browser owners); as soon as one
account exists, both front doors require sign-in and sessions belong to accounts.
"""

from __future__ import annotations

import hmac
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from sqlalchemy import exists, func, select, update
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from .db import Database
from .errors import Conflict, Forbidden, InterviewError, NotFound, ValidationFailed
from .models import InterviewSession, User

# Without accounts the Streamlit app is one coach's desk: its sessions share this owner key.
LOCAL_OWNER = "local"
USER_PREFIX = "user:"
# Werkzeug's scrypt (memory-hard, salted); hashes name their method, so it can change later.
PASSWORD_METHOD = "scrypt"
MIN_PASSWORD_CHARS = 8
MAX_PASSWORD_CHARS = 1_024

# Sign-in attempts: failures allowed per window, per account and per address.
ATTEMPT_WINDOW_S = 15 * 60
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20

MSG_BAD_CREDENTIALS = "Wrong username or password."
MSG_TOO_MANY = "Too many failed sign-in attempts; wait {minutes} minutes and try again."


class Role(StrEnum):
    COACH = "coach"
    RECRUITER = "recruiter"
    ADMIN = "admin"


@dataclass(frozen=True)
class Actor:
    """Who is asking: an owner key (browser id, user id or `local`) and a role."""

    id: str
    role: Role = Role.COACH
    username: str | None = None

    @classmethod
    def local(cls) -> Actor:
        """The Streamlit desk when no account exists.

        It reads every session and the dashboard like a recruiter (it runs on the machine
        that holds the database file) but writes only its own sessions.
        """
        return cls(LOCAL_OWNER, Role.RECRUITER)

    @property
    def is_account(self) -> bool:
        """True for a signed-in account, False for the local desk or an anonymous browser."""
        return self.id.startswith(USER_PREFIX)


class TooManyAttempts(InterviewError):
    """Sign-in refused for a while after repeated failures."""

    status = 429


class Owned(Protocol):
    """A session row or its summary: whatever names the session's owner."""

    @property
    def owner(self) -> str: ...


def can_read(actor: Actor, session: Owned) -> bool:
    """Owners read their sessions; recruiters and admins read every session."""
    return actor.role in (Role.RECRUITER, Role.ADMIN) or session.owner == actor.id


def can_write(actor: Actor, session: Owned) -> bool:
    """Only the owner (or an admin) changes a session; recruiters are read-only."""
    return actor.role is Role.ADMIN or session.owner == actor.id


def check_read(actor: Actor, session: InterviewSession) -> None:
    """Raise Forbidden unless `actor` may read `session`."""
    if not can_read(actor, session):
        raise Forbidden()


def check_write(actor: Actor, session: InterviewSession) -> None:
    """Raise Forbidden unless `actor` may change `session`."""
    if not can_write(actor, session):
        raise Forbidden()


def read_only_for(db: Database, actor: Actor, session_id: int | str) -> bool:
    """True when `actor` may read the session but not change it (a recruiter's view).

    Pages use it to show a session without writing to it (no question or feedback generated
    on a visit, no answer box). An unknown session is not read-only: the caller's own read
    then reports it as not found.
    """
    try:
        sid = int(session_id)
    except (TypeError, ValueError):
        return False
    with db.session() as s:
        row = s.get(InterviewSession, sid)
        return row is not None and can_read(actor, row) and not can_write(actor, row)


def can_create_sessions(actor: Actor) -> bool:
    """Coaches, admins and the local desk open sessions; recruiters only read."""
    return actor.role is not Role.RECRUITER or actor.id == LOCAL_OWNER


# --- accounts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Account:
    """An account as listed: no password hash."""

    id: int
    username: str
    role: Role
    created_at: datetime


def _actor(user: User) -> Actor:
    return Actor(f"{USER_PREFIX}{user.id}", Role(user.role), user.username)


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise ValidationFailed(f"Role must be one of {names}.") from None


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValidationFailed(f"Password must be at least {MIN_PASSWORD_CHARS} characters.")
    if len(password) > MAX_PASSWORD_CHARS:
        raise ValidationFailed(f"Password must be at most {MAX_PASSWORD_CHARS} characters.")


def hash_password(password: str) -> str:
    """A salted scrypt hash of `password`."""
    return generate_password_hash(password, method=PASSWORD_METHOD)


# How long a front door may trust its last answer to "does any account exist?" (asked on
# every request). This process forgets it at once when it adds or removes an account; another
# process (the `users` command, a second worker) is seen within this many seconds.
ACCOUNTS_CHECK_TTL_S = 5.0
_accounts_seen: weakref.WeakKeyDictionary[Database, tuple[float, bool]] = (
    weakref.WeakKeyDictionary()
)


def has_accounts(db: Database, max_age: float = 0.0) -> bool:
    """True once one account exists: then both front doors require sign-in.

    With `max_age`, an answer this process read from `db` less than `max_age` seconds ago is
    reused (a statement saved on every request)."""
    if max_age > 0:
        seen = _accounts_seen.get(db)
        if seen is not None and time.monotonic() - seen[0] < max_age:
            return seen[1]
    with db.session() as s:
        found = bool(s.scalar(select(exists().where(User.id.is_not(None)))))
    _accounts_seen[db] = (time.monotonic(), found)
    return found


def _accounts_changed() -> None:
    """Forget every cached answer of `has_accounts` (an account was added or removed)."""
    _accounts_seen.clear()


def create_user(db: Database, username: str, password: str, role: Role | str = Role.COACH) -> Actor:
    """Register an account with a salted password hash; returns its identity."""
    username = username.strip()
    if not 3 <= len(username) <= 80:
        raise ValidationFailed("Username must be 3 to 80 characters.")
    if any(ch.isspace() or not ch.isprintable() for ch in username):
        raise ValidationFailed("Username cannot contain spaces or control characters.")
    _check_password(password)
    with db.session() as s:
        user = User(username=username, password_hash=hash_password(password), role=_role(role))
        s.add(user)
        try:
            s.commit()
        except IntegrityError:
            raise Conflict("That username is taken.") from None
        _accounts_changed()
        return _actor(user)


def list_users(db: Database) -> list[Account]:
    """Every account, oldest first."""
    with db.session() as s:
        rows = s.scalars(select(User).order_by(User.id)).all()
        return [Account(u.id, u.username, Role(u.role), u.created_at) for u in rows]


def _user(s, username: str) -> User:  # type: ignore[no-untyped-def]
    user = s.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise NotFound(f"No account called {username.strip()!r}.")
    return user


def set_role(db: Database, username: str, role: Role | str) -> Actor:
    """Give an account another role."""
    with db.session() as s:
        user = _user(s, username)
        user.role = _role(role)
        s.commit()
        return _actor(user)


def set_password(db: Database, username: str, password: str) -> Actor:
    """Replace an account's password; its open sign-ins end (their token no longer matches)."""
    _check_password(password)
    with db.session() as s:
        user = _user(s, username)
        user.password_hash = hash_password(password)
        s.commit()
        return _actor(user)


def remove_user(db: Database, username: str) -> int:
    """Delete an account; its sessions stay (an admin still reads them). Returns its id."""
    with db.session() as s:
        user = _user(s, username)
        user_id = user.id
        s.delete(user)
        s.commit()
        _accounts_changed()
        return user_id


def account_by_username(db: Database, username: str) -> Actor | None:
    """The account called `username` (case-insensitive), if any: for single sign-on by e-mail."""
    with db.session() as s:
        user = s.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
        return _actor(user) if user is not None else None


def _token(user: User) -> str:
    return f"{user.id}:{user.password_hash[-16:]}:{user.sign_in_epoch}"


def sign_in_token(db: Database, actor: Actor) -> str | None:
    """An opaque token naming the account, its password and its sign-in epoch; None if gone.

    Kept in the signed cookie or the Streamlit session instead of the bare id, so changing
    the password, signing out (`end_sign_ins`) or removing the account ends every sign-in
    made before, also a copy of the cookie kept elsewhere.
    """
    with db.session() as s:
        user = s.get(User, _user_id(actor.id))
        return _token(user) if user is not None else None


def actor_for_token(db: Database, token: str) -> Actor | None:
    """The account a `sign_in_token` stands for, with its current role; None if stale."""
    user_id = token.split(":", 1)[0]
    if not user_id.isdigit():
        return None
    with db.session() as s:
        user = s.get(User, int(user_id))
        if user is None or not hmac.compare_digest(_token(user), token):
            return None
        return _actor(user)


def end_sign_ins(db: Database, actor: Actor) -> None:
    """Sign-out: every sign-in of this account ends, on every device and front door."""
    with db.session() as s:
        s.execute(
            update(User)
            .where(User.id == _user_id(actor.id))
            .values(sign_in_epoch=User.sign_in_epoch + 1)
        )
        s.commit()


def _user_id(owner: str) -> int:
    if not owner.startswith(USER_PREFIX) or not owner[len(USER_PREFIX) :].isdigit():
        return -1
    return int(owner[len(USER_PREFIX) :])


def claim_sessions(db: Database, anonymous_owner: str, actor: Actor) -> int:
    """Give `actor` the sessions an anonymous browser created in local mode.

    Only the first account to sign in from that browser gets them: afterwards the browser's
    owner key is dropped, and the sessions are no longer anonymous.
    """
    if not actor.is_account or actor.id == anonymous_owner:
        return 0
    with db.session() as s:
        result = s.execute(
            update(InterviewSession)
            .where(InterviewSession.owner == anonymous_owner)
            .values(owner=actor.id)
        )
        s.commit()
        return int(result.rowcount or 0)


# --- sign-in ------------------------------------------------------------------------------


class AttemptLimiter:
    """Failed sign-ins per key in a sliding window (per process; both doors keep one each)."""

    def __init__(
        self, window_s: float = ATTEMPT_WINDOW_S, clock: Callable[[], float] = time.monotonic
    ):
        self.window_s = window_s
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str) -> deque[float]:
        now = self._clock()
        times = self._failures.setdefault(key, deque())
        while times and now - times[0] >= self.window_s:
            times.popleft()
        return times

    def blocked_for(self, key: str, limit: int) -> float:
        """Seconds until `key` may try again; 0 when it may try now."""
        with self._lock:
            times = self._recent(key)
            if len(times) < limit:
                return 0.0
            return max(0.0, self.window_s - (self._clock() - times[-limit]))

    def fail(self, key: str) -> None:
        """Record a failed attempt for `key`."""
        with self._lock:
            self._recent(key).append(self._clock())

    def reset(self, key: str) -> None:
        """Forget `key`'s failures (after a successful sign-in)."""
        with self._lock:
            self._failures.pop(key, None)


# One limiter per process, shared by every request and every Streamlit session.
LIMITER = AttemptLimiter()

# A real hash, so a wrong username costs as much time as a wrong password.
_DUMMY_HASH = generate_password_hash("not a password of anyone", method=PASSWORD_METHOD)


def authenticate(db: Database, username: str, password: str) -> Actor | None:
    """The identity for a correct username and password, else None."""
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username.strip()))
        if user is None:
            check_password_hash(_DUMMY_HASH, password)
            return None
        if not check_password_hash(user.password_hash, password):
            return None
        return _actor(user)


def sign_in(
    db: Database,
    username: str,
    password: str,
    address: str | None,
    limiter: AttemptLimiter | None = None,
) -> Actor:
    """Check a sign-in, rate-limited per account and per address; raises on refusal."""
    limiter = limiter or LIMITER
    keys = [(f"account:{username.strip().lower()}", MAX_FAILURES_PER_ACCOUNT)]
    if address:
        keys.append((f"address:{address}", MAX_FAILURES_PER_ADDRESS))
    wait = max(limiter.blocked_for(key, limit) for key, limit in keys)
    if wait > 0:
        raise TooManyAttempts(MSG_TOO_MANY.format(minutes=max(1, round(wait / 60))))
    actor = authenticate(db, username, password)
    if actor is None:
        for key, _ in keys:
            limiter.fail(key)
        raise ValidationFailed(MSG_BAD_CREDENTIALS)
    limiter.reset(keys[0][0])
    return actor
