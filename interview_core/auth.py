"""Identities, roles and ownership checks."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from .db import Database
from .errors import Conflict, Forbidden, ValidationFailed
from .models import InterviewSession, User

# Without accounts the Streamlit app is one coach's desk: its sessions share this owner key.
LOCAL_OWNER = "local"


class Role(StrEnum):
    COACH = "coach"
    RECRUITER = "recruiter"
    ADMIN = "admin"


@dataclass(frozen=True)
class Actor:
    """Who is asking: an owner key (browser id, user id or `local`) and a role."""

    id: str
    role: Role = Role.COACH

    @classmethod
    def local(cls) -> Actor:
        """The Streamlit app's identity when no one is signed in."""
        return cls(LOCAL_OWNER)


def can_read(actor: Actor, session: InterviewSession) -> bool:
    """Owners read their sessions; recruiters and admins read every session."""
    return actor.role in (Role.RECRUITER, Role.ADMIN) or session.owner == actor.id


def can_write(actor: Actor, session: InterviewSession) -> bool:
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


def create_user(db: Database, username: str, password: str, role: Role = Role.COACH) -> Actor:
    """Register an account with a salted password hash; returns its identity."""
    username = username.strip()
    if not 3 <= len(username) <= 80:
        raise ValidationFailed("Username must be 3 to 80 characters.")
    if len(password) < 8:
        raise ValidationFailed("Password must be at least 8 characters.")
    with db.session() as s:
        user = User(username=username, password_hash=generate_password_hash(password), role=role)
        s.add(user)
        try:
            s.commit()
        except IntegrityError:
            raise Conflict("That username is taken.") from None
        return Actor(f"user:{user.id}", Role(user.role))


def authenticate(db: Database, username: str, password: str) -> Actor | None:
    """The identity for a correct username and password, else None."""
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username.strip()))
        if user is None or not check_password_hash(user.password_hash, password):
            return None
        return Actor(f"user:{user.id}", Role(user.role))
