"""The few error types both front doors map to responses (HTTP status in `status`)."""

from __future__ import annotations


class InterviewError(Exception):
    """Base of every error the core raises on purpose; `message` is shown to the user."""

    status: int = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(InterviewError):
    """Bad input: the user can fix it and try again."""

    status = 400


class Forbidden(InterviewError):
    """The session exists but belongs to someone else."""

    status = 403

    def __init__(self, message: str = "You don't have access to this session") -> None:
        super().__init__(message)


class NotFound(InterviewError):
    """No such session."""

    status = 404

    def __init__(self, message: str = "Session not found") -> None:
        super().__init__(message)


class Conflict(InterviewError):
    """The request does not fit the session's state (complete, not ready, already answered).

    `state` optionally carries the session's current state (JSON-ready), so a client that
    acted on an old view can catch up without another request.
    """

    status = 409

    def __init__(self, message: str, state: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.state = state


class NotReady(Conflict):
    """The interview cannot start yet: the CV or the job description is missing."""


class TooLarge(ValidationFailed):
    """An upload over the size limit."""

    status = 413


class ModelFailure(InterviewError):
    """Every configured AI provider failed; whatever the user sent is already stored."""

    status = 500
