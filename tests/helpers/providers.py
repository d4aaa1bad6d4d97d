"""Provider test material: fake keys, the provider kinds, real providers aimed at a fake server."""

from __future__ import annotations

from collections.abc import Callable

from interview_core.ai.base import Provider
from interview_core.ai.gemini import GeminiProvider
from interview_core.ai.openai_compat import OpenAICompatibleProvider
from interview_core.ai.retry import RetryPolicy

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


def protocol_of(kind: str) -> str:
    """The wire protocol a provider kind speaks."""
    return "gemini" if kind == "gemini" else "openai"
