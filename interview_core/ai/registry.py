"""The one place that maps provider names to provider classes, and checks their settings.

Keys: ``gemini`` needs ``GEMINI_API_KEY`` and ``openrouter`` needs ``OPENROUTER_API_KEY``.
``openai`` needs ``OPENAI_API_KEY`` when it talks to OpenAI itself (no ``OPENAI_BASE_URL``,
or one on api.openai.com); pointed at any other server (Ollama, vLLM, llama.cpp, usually
local and keyless) the key is optional and sent only when set.

The SDKs are imported when a provider is built, so the offline default starts without them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlparse

from ..config import ConfigError, Settings
from .base import Provider
from .offline import OfflineProvider
from .retry import RetryPolicy

ProviderFactory = Callable[[Settings], Provider]


def _gemini(settings: Settings) -> Provider:
    from .gemini import GeminiProvider

    return GeminiProvider(
        api_key=settings.gemini_api_key or "",
        model=settings.gemini_model,
        base_url=settings.gemini_base_url,
        timeout_s=settings.ai_timeout_s,
        policy=RetryPolicy.from_settings(settings),
    )


def _openrouter(settings: Settings) -> Provider:
    from .openai_compat import OpenAICompatibleProvider

    # OpenRouter's optional app attribution: the site URL and a display title.
    headers = {"X-Title": settings.openrouter_app_title}
    if settings.openrouter_site_url:
        headers["HTTP-Referer"] = settings.openrouter_site_url
    return OpenAICompatibleProvider(
        name="openrouter",
        model=settings.openrouter_model,
        api_key=settings.openrouter_api_key,
        base_url=settings.openrouter_base_url,
        timeout_s=settings.ai_timeout_s,
        policy=RetryPolicy.from_settings(settings),
        headers=headers,
    )


def _openai(settings: Settings) -> Provider:
    from .openai_compat import OpenAICompatibleProvider

    return OpenAICompatibleProvider(
        name="openai",
        model=settings.openai_model,
        api_key=settings.openai_api_key,
        base_url=settings.openai_base_url,
        timeout_s=settings.ai_timeout_s,
        policy=RetryPolicy.from_settings(settings),
    )


_FACTORIES: dict[str, ProviderFactory] = {
    "offline": lambda settings: OfflineProvider(),
    "gemini": _gemini,
    "openrouter": _openrouter,
    "openai": _openai,
}


def register(name: str, factory: ProviderFactory) -> None:
    """Make `name` available to `INTERVIEW_AI_PROVIDER` and the fallback chain."""
    _FACTORIES[name] = factory


def openai_needs_key(settings: Settings) -> bool:
    """Whether the `openai` provider talks to OpenAI itself, which requires a key."""
    if not settings.openai_base_url:
        return True
    host = (urlparse(settings.openai_base_url).hostname or "").lower()
    return host == "openai.com" or host.endswith(".openai.com")


def _missing_key(name: str, settings: Settings) -> str | None:
    """The name of the key setting `name` needs but lacks, if any."""
    if name == "gemini" and not settings.gemini_api_key:
        return "GEMINI_API_KEY"
    if name == "openrouter" and not settings.openrouter_api_key:
        return "OPENROUTER_API_KEY"
    if name == "openai" and not settings.openai_api_key and openai_needs_key(settings):
        return "OPENAI_API_KEY"
    return None


def validate_settings(settings: Settings) -> None:
    """Raise ConfigError, in one sentence, if a provider in the chain lacks its key."""
    for position, name in enumerate(settings.provider_chain):
        if name not in _FACTORIES:
            raise ConfigError(f"No AI provider called {name!r} is registered.")
        key = _missing_key(name, settings)
        if key is None:
            continue
        where = "INTERVIEW_AI_PROVIDER is" if position == 0 else "INTERVIEW_AI_FALLBACKS includes"
        raise ConfigError(
            f"{where} {name!r} but {key} is not set: add it to the environment or "
            f".streamlit/secrets.toml, or choose another provider."
        )


def build_provider(name: str, settings: Settings) -> Provider:
    """Instantiate provider `name` from settings; raises ConfigError for bad config."""
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise KeyError(f"No AI provider called {name!r}") from None
    key = _missing_key(name, settings)
    if key is not None:
        raise ConfigError(f"The {name!r} provider needs {key}, which is not set.")
    return factory(settings)


@dataclass(frozen=True)
class ProviderInfo:
    """What the settings page shows about a provider: never its key, only whether it is set."""

    name: str
    model: str
    base_url: str | None
    key_setting: str | None
    key_set: bool
    key_required: bool

    @property
    def key_status(self) -> str:
        """`set`, `missing` or `not needed`."""
        if self.key_set:
            return "set"
        return "missing" if self.key_required else "not needed"


def describe_provider(name: str, settings: Settings) -> ProviderInfo:
    """Model, base URL and key status of provider `name` as configured."""
    if name == "gemini":
        return ProviderInfo(
            name,
            settings.gemini_model,
            settings.gemini_base_url or "https://generativelanguage.googleapis.com",
            "GEMINI_API_KEY",
            bool(settings.gemini_api_key),
            key_required=True,
        )
    if name == "openrouter":
        return ProviderInfo(
            name,
            settings.openrouter_model,
            settings.openrouter_base_url,
            "OPENROUTER_API_KEY",
            bool(settings.openrouter_api_key),
            key_required=True,
        )
    if name == "openai":
        return ProviderInfo(
            name,
            settings.openai_model,
            settings.openai_base_url or "https://api.openai.com/v1",
            "OPENAI_API_KEY",
            bool(settings.openai_api_key),
            key_required=openai_needs_key(settings),
        )
    return ProviderInfo(name, OfflineProvider.model, None, None, False, key_required=False)


def chain_overview(settings: Settings) -> list[ProviderInfo]:
    """Every provider of the configured chain, primary first, as the settings page lists it."""
    return [describe_provider(name, settings) for name in settings.provider_chain]
