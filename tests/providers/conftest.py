"""Fixtures for the provider tests: the fake model server, fast retry policies, providers."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from interview_core.ai.base import Provider
from interview_core.ai.gemini import GeminiProvider
from interview_core.ai.openai_compat import OpenAICompatibleProvider
from interview_core.ai.retry import RetryPolicy
from tests.providers.fake_server import FakeModelServer

# Shaped like real keys so that the redaction patterns are exercised too.
GEMINI_KEY = "AIzaSyTEST-gemini-0123456789abcdefSECRET"
OPENAI_KEY = "sk-test-openai-0123456789abcdefSECRET"
OPENROUTER_KEY = "sk-or-v1-test-0123456789abcdefSECRET"
ALL_KEYS = (GEMINI_KEY, OPENAI_KEY, OPENROUTER_KEY)

# Small enough that a hang costs little real time, large enough for a loaded CI machine.
TEST_TIMEOUT_S = 0.25

KINDS = ("openai", "openrouter", "gemini")


class Sleeps:
    """A sleep that records how long it was asked to wait and returns at once."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


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


ProviderMaker = Callable[..., Provider]


def build_provider(
    kind: str,
    url: str,
    policy: RetryPolicy,
    timeout_s: float = 5.0,
) -> Provider:
    """A real provider of `kind` whose SDK talks to `url` (the fake server's root URL)."""
    if kind == "gemini":
        return GeminiProvider(
            api_key=GEMINI_KEY,
            model="gemini-test",
            base_url=url,
            timeout_s=timeout_s,
            policy=policy,
        )
    if kind == "openrouter":
        return OpenAICompatibleProvider(
            name="openrouter",
            model="vendor/model-test",
            api_key=OPENROUTER_KEY,
            base_url=url + "/v1",
            timeout_s=timeout_s,
            policy=policy,
            headers={"HTTP-Referer": "https://studio.example", "X-Title": "Mock Interview Studio"},
        )
    return OpenAICompatibleProvider(
        name="openai",
        model="gpt-test",
        api_key=OPENAI_KEY,
        base_url=url + "/v1",
        timeout_s=timeout_s,
        policy=policy,
    )


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


def protocol_of(kind: str) -> str:
    """The wire protocol a provider kind speaks."""
    return "gemini" if kind == "gemini" else "openai"
