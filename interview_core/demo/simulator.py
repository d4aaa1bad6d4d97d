"""Simulating sessions over days: creation times, fates, pacing, provider calls, incidents.

Each generated session copies a pool interview and gets its own owner, creation time,
provider chain, pace and fate: not started, abandoned after question k, or complete with
feedback. Which provider wrote each question and the `model_calls` rows (latency, errors,
fallbacks, the odd provider incident) are simulated per session.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..models import DEMO_OWNER_PREFIX, MAX_QUESTIONS
from .catalogue import packaged_catalogue
from .pool import PoolInterview

# How long a call that times out takes (the providers' default timeout).
TIMEOUT_MS = 30_000.0


@dataclass(frozen=True)
class Incident:
    """A stretch of days when one provider fails far more often than usual."""

    provider: str
    start: date
    days: int
    error_rate: float

    def covers(self, provider: str, day: date) -> bool:
        """Whether this incident affects `provider` on `day`."""
        return provider == self.provider and self.start <= day < self.start + timedelta(
            days=self.days
        )


@dataclass
class Rows:
    """Rows waiting to be written; session keys are indexes into `sessions`."""

    sessions: list[dict[str, Any]] = field(default_factory=list)
    messages: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    calls: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    feedback: list[tuple[int, PoolInterview, dict[str, Any]]] = field(default_factory=list)


def creation_times(rng: random.Random, n: int, end: date, days: int) -> list[datetime]:
    """`n` creation instants over `days` days ending on `end`: busier weekdays, steady growth."""
    first = end - timedelta(days=days - 1)
    day_list = [first + timedelta(days=d) for d in range(days)]
    weights = [
        (1.0 + 0.6 * d / max(days - 1, 1)) * (0.45 if day.weekday() >= 5 else 1.0)
        for d, day in enumerate(day_list)
    ]
    hours = list(range(24))
    hour_weights = [0.2 if h < 7 or h > 21 else 1.5 if 9 <= h <= 17 else 0.8 for h in hours]
    picked_days = rng.choices(day_list, weights, k=n)
    picked_hours = rng.choices(hours, hour_weights, k=n)
    out = [
        datetime(d.year, d.month, d.day, h, tzinfo=UTC) + timedelta(seconds=rng.uniform(0, 3600))
        for d, h in zip(picked_days, picked_hours, strict=True)
    ]
    out.sort()  # rows arrive in time order in a real database too
    return out


def incidents(rng: random.Random, end: date, days: int) -> list[Incident]:
    """One stretch of bad days per listed incident provider, within the covered days."""
    first = end - timedelta(days=days - 1)
    out = []
    for provider in packaged_catalogue().incident_providers:
        start = first + timedelta(days=rng.randrange(max(days - 3, 1)))
        out.append(Incident(provider, start, rng.randint(1, 3), rng.uniform(0.2, 0.45)))
    return out


class Simulator:
    """Turns a pool interview and a creation time into one session's rows."""

    def __init__(self, rng: random.Random, pool: list[PoolInterview], incidents: list[Incident]):
        self.rng = rng
        self.pool = pool
        self.incidents = incidents
        cat = packaged_catalogue()
        self.profiles = cat.providers
        self.errors = cat.errors
        self.error_weights = [e.weight for e in cat.errors]
        self.drop = {q.name: q.drop_per_question for q in cat.qualities}
        self.chains = [c.providers for c in cat.chains]
        self.chain_weights = [c.share for c in cat.chains]
        self.owners = [f"{DEMO_OWNER_PREFIX}{i:03d}" for i in range(1, cat.owners + 1)]
        self.offline_model = cat.providers["offline"].model

    def _error_rate(self, provider: str, day: date) -> float:
        rate = self.profiles[provider].error_rate
        for incident in self.incidents:
            if incident.covers(provider, day):
                rate = max(rate, incident.error_rate)
        return rate

    def _call(
        self, chain: tuple[str, ...], purpose: str, started: datetime, question: int
    ) -> tuple[list[dict[str, Any]], str, bool, datetime]:
        """Walk the chain; returns the call rows, who answered, fallback, and when it ended."""
        rng = self.rng
        rows: list[dict[str, Any]] = []
        at = started
        for position, provider in enumerate(chain):
            profile = self.profiles[provider]
            model = self.offline_model if provider == "offline" else profile.model
            failed = rng.random() < self._error_rate(provider, at.date())
            scale = 2.5 if purpose == "feedback" else 1.0
            if failed:
                kind = rng.choices(self.errors, self.error_weights)[0]
                outcome, message = kind.outcome, kind.message
                latency = TIMEOUT_MS if kind.timeout else rng.uniform(120, 700)
            else:
                outcome, message = "ok", None
                latency = profile.median_ms * scale * math.exp(rng.gauss(0, profile.spread))
            tokens_in = (1_200 + 350 * question + rng.randint(0, 400)) if profile.tokens else None
            tokens_out = (
                (rng.randint(40, 110) if purpose == "question" else rng.randint(600, 1400))
                if profile.tokens and outcome == "ok"
                else None
            )
            rows.append(
                {
                    "provider": provider,
                    "model": model,
                    "purpose": purpose,
                    "started_at": at,
                    "latency_ms": round(latency, 1),
                    "tokens_in": tokens_in,
                    "tokens_out": tokens_out,
                    "outcome": outcome,
                    "error": message,
                    "fallback": position > 0,
                }
            )
            at = at + timedelta(milliseconds=latency)
            if outcome == "ok":
                return rows, provider, position > 0, at
        raise AssertionError("every chain ends with the offline provider, which does not fail")

    def session(self, created: datetime, out: Rows) -> None:
        """Append one session's rows to `out`."""
        rng = self.rng
        item = self.pool[rng.randrange(len(self.pool))]
        key = len(out.sessions)
        fate = rng.random()
        has_documents = fate >= 0.04
        started = fate >= 0.09
        chain = rng.choices(self.chains, self.chain_weights)[0]
        now = created + timedelta(seconds=rng.uniform(60, 900))  # uploading the documents
        asked = answered = 0
        if started:
            drop = self.drop[item.quality]
            for q in range(1, MAX_QUESTIONS + 1):
                calls, provider, fallback, now = self._call(chain, "question", now, q)
                out.calls.extend((key, c) for c in calls)
                out.messages.append(
                    (
                        key,
                        {
                            "role": "assistant",
                            "question_index": q,
                            "content": item.questions[q - 1],
                            "content_chars": len(item.questions[q - 1]),
                            "timestamp": now,
                            "provider": provider,
                            "fallback": fallback,
                        },
                    )
                )
                asked = q
                if rng.random() < drop:
                    break
                answer = item.answers[q - 1]
                # Reading, thinking and typing: longer answers take longer.
                now += timedelta(seconds=rng.uniform(30, 90) + len(answer) / rng.uniform(2.5, 5))
                out.messages.append(
                    (
                        key,
                        {
                            "role": "user",
                            "question_index": q,
                            "content": answer,
                            "content_chars": len(answer),
                            "timestamp": now,
                            "provider": None,
                            "fallback": False,
                        },
                    )
                )
                answered = q
        complete = answered == MAX_QUESTIONS
        completed_at = now if complete else None
        if complete and rng.random() < 0.97:
            calls, provider, fallback, now = self._call(chain, "feedback", now, MAX_QUESTIONS)
            out.calls.extend((key, c) for c in calls)
            row = dict(item.feedback)
            row["generated_by"] = provider
            row["fallback"] = fallback
            row["created_at"] = now
            out.feedback.append((key, item, row))
        out.sessions.append(
            {
                "owner": rng.choice(self.owners),
                "job_title": item.role.title,
                "company_name": item.company,
                "cv_text": item.cv_text if has_documents else None,
                "cv_filename": item.cv_filename if has_documents else None,
                "job_description": item.job_description if has_documents else None,
                "question_count": asked,
                "answer_count": answered,
                "is_complete": complete,
                "created_at": created,
                "updated_at": now,
                "completed_at": completed_at,
            }
        )
