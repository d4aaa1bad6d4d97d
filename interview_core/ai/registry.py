"""The one place that maps provider names to provider classes."""

from __future__ import annotations

from collections.abc import Callable

from ..config import Settings
from .base import Provider
from .offline import OfflineProvider

ProviderFactory = Callable[[Settings], Provider]

_FACTORIES: dict[str, ProviderFactory] = {
    "offline": lambda settings: OfflineProvider(),
}


def register(name: str, factory: ProviderFactory) -> None:
    """Make `name` available to `INTERVIEW_AI_PROVIDER` and the fallback chain."""
    _FACTORIES[name] = factory


def build_provider(name: str, settings: Settings) -> Provider:
    """Instantiate provider `name` from settings; raises ConfigError for bad config."""
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise KeyError(f"No AI provider called {name!r}") from None
    return factory(settings)
