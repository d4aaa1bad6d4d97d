"""Fixtures for the provider tests: the fake model server, fast retry policies, providers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from interview_core.ai.base import Provider
from interview_core.ai.retry import RetryPolicy
from tests.helpers.providers import ProviderMaker, Sleeps, build_provider
from tests.providers.fake_server import FakeModelServer


@pytest.fixture
def server() -> Iterator[FakeModelServer]:
    """A running fake model server on a free local port."""
    with FakeModelServer() as srv:
        yield srv


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def policy(sleeps: Sleeps) -> RetryPolicy:
    """Three attempts, Retry-After honoured up to 2 s, no real waiting."""
    return RetryPolicy(attempts=3, max_total_s=30.0, retry_after_cap_s=2.0, sleep=sleeps)


@pytest.fixture
def make_provider(server: FakeModelServer, policy: RetryPolicy) -> ProviderMaker:
    """Build a provider of a kind against the fake server (or another URL)."""

    def make(
        kind: str,
        url: str | None = None,
        timeout_s: float = 5.0,
        policy_override: RetryPolicy | None = None,
    ) -> Provider:
        return build_provider(kind, url or server.url, policy_override or policy, timeout_s)

    return make
