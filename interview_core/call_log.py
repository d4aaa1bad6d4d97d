"""Persist what the provider chain reports about its calls (the `model_calls` table)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from .ai.base import CallRecord
from .models import ModelCall


def store_calls(s: Session, session_id: int | None, calls: Iterable[CallRecord]) -> None:
    """Add one `ModelCall` row per record to the open Session `s`."""
    s.add_all(
        ModelCall(
            session_id=session_id,
            provider=c.provider,
            model=c.model,
            purpose=c.purpose,
            latency_ms=c.latency_ms,
            tokens_in=c.tokens_in,
            tokens_out=c.tokens_out,
            outcome=c.outcome,
            error=c.error,
            fallback=c.fallback,
        )
        for c in calls
    )
