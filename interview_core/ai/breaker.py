"""A circuit breaker per provider: skip a provider that keeps failing, for a cooldown.

Closed: calls go through and consecutive failures are counted. After `threshold`
consecutive failed calls (each already retried by the retry policy) the breaker opens and
the provider is skipped for `cooldown_s`, so the fallback chain answers at once instead of
waiting through timeouts. After the cooldown one trial call is let through (half-open): a
success closes the breaker, a failure opens it for another cooldown. A trial that never
reports back (an abandoned stream) stops blocking after one more cooldown.

Thread-safe: one breaker serves every session of the process.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


@dataclass(frozen=True)
class BreakerSnapshot:
    """A breaker's state for display: no secrets, just counters and times."""

    name: str
    state: BreakerState
    consecutive_failures: int
    threshold: int
    cooldown_s: float
    retry_in_s: float  # seconds until the next trial when open, else 0
    total_failures: int
    total_successes: int


class CircuitBreaker:
    """Counts consecutive failures of one provider and opens after `threshold` of them."""

    def __init__(
        self,
        name: str,
        *,
        threshold: int = 3,
        cooldown_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if threshold < 1:
            raise ValueError("threshold must be at least 1")
        self.name = name
        self.threshold = threshold
        self.cooldown_s = cooldown_s
        self._clock = clock
        self._lock = threading.Lock()
        self._state = BreakerState.CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._trial_started: float | None = None
        self._total_failures = 0
        self._total_successes = 0

    def allow(self) -> bool:
        """Whether a call may go through now (in half-open state: one trial at a time)."""
        with self._lock:
            now = self._clock()
            if self._state is BreakerState.CLOSED:
                return True
            if self._state is BreakerState.OPEN:
                if now - self._opened_at < self.cooldown_s:
                    return False
                self._state = BreakerState.HALF_OPEN
                self._trial_started = now
                return True
            # Half-open: a trial is running; allow another only if that one went silent.
            if self._trial_started is not None and now - self._trial_started < self.cooldown_s:
                return False
            self._trial_started = now
            return True

    def record_success(self) -> None:
        """The provider answered: close the breaker and forget past failures."""
        with self._lock:
            self._state = BreakerState.CLOSED
            self._failures = 0
            self._trial_started = None
            self._total_successes += 1

    def record_failure(self) -> None:
        """A call failed after its retries: count it, and open the breaker when due."""
        with self._lock:
            self._failures += 1
            self._total_failures += 1
            if self._state is BreakerState.HALF_OPEN or self._failures >= self.threshold:
                self._state = BreakerState.OPEN
                self._opened_at = self._clock()
                self._trial_started = None

    @property
    def state(self) -> BreakerState:
        """The state as a caller would see it now (an expired open state reads half-open)."""
        return self.snapshot().state

    def snapshot(self) -> BreakerSnapshot:
        """A consistent copy of the counters for display."""
        with self._lock:
            now = self._clock()
            state = self._state
            retry_in = 0.0
            if state is BreakerState.OPEN:
                retry_in = max(0.0, self.cooldown_s - (now - self._opened_at))
                if retry_in == 0.0:
                    state = BreakerState.HALF_OPEN
            return BreakerSnapshot(
                name=self.name,
                state=state,
                consecutive_failures=self._failures,
                threshold=self.threshold,
                cooldown_s=self.cooldown_s,
                retry_in_s=retry_in,
                total_failures=self._total_failures,
                total_successes=self._total_successes,
            )
