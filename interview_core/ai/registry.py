"""The provider catalogue: the one list of provider classes, and what is derived from it.

Each class declares its own entry (name, label, key rule, default model and base URL,
settings prefix; see `base.Provider`). Configuration (`config.load_settings`), the settings
page and the names shown to people read this catalogue, so adding a provider is one class
and one line in `BUILT_IN` — or, from another package, one entry point in the
``mock_interview_studio.providers`` group naming the class::

    [project.entry-points."mock_interview_studio.providers"]
    acme = "acme_provider:AcmeProvider"

The SDKs are imported when a provider is built, so the offline default starts without them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import entry_points
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..config import ConfigError
from .base import Provider
from .gemini import GeminiProvider
from .offline import OfflineProvider
from .openai_compat import OpenAIProvider, OpenRouterProvider

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..config import Settings

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "mock_interview_studio.providers"

# The catalogue, in the order the settings page lists it. A new provider is one line here.
BUILT_IN: tuple[type[Provider], ...] = (
    OfflineProvider,
    GeminiProvider,
    OpenRouterProvider,
    OpenAIProvider,
)

# Writes the feedback when no provider of the chain could: it needs no network and no key.
LAST_RESORT: type[Provider] = OfflineProvider

_registered: dict[str, type[Provider]] = {}


def register(cls: type[Provider]) -> type[Provider]:
    """Add a provider class to the catalogue (usable as a class decorator); returns it."""
    if not (isinstance(cls, type) and issubclass(cls, Provider)):
        raise TypeError(f"{cls!r} is not a Provider class")
    if not cls.name or cls.name != cls.name.lower() or "," in cls.name:
        raise ValueError(f"provider name {cls.name!r} must be lower case, without commas")
    known = provider_classes()
    if cls.name in known and known[cls.name] is not cls:
        raise ValueError(f"a provider called {cls.name!r} is already registered")
    _registered[cls.name] = cls
    provider_classes.cache_clear()
    return cls


def _plugins() -> list[type[Provider]]:
    """Provider classes installed by other packages under `ENTRY_POINT_GROUP`."""
    found: list[type[Provider]] = []
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            cls = point.load()
        except Exception:  # noqa: BLE001 - a broken plugin must not stop the app
            log.exception("provider plugin %r could not be loaded", point.value)
            continue
        if isinstance(cls, type) and issubclass(cls, Provider):
            found.append(cls)
        else:
            log.error("provider plugin %r is not a Provider class", point.value)
    return found


@lru_cache(maxsize=1)
def provider_classes() -> Mapping[str, type[Provider]]:
    """Name -> class of every provider: built in, installed as plugins, then registered."""
    catalogue: dict[str, type[Provider]] = {}
    for cls in (*BUILT_IN, *_plugins(), *_registered.values()):
        # A plugin cannot take over a built-in name.
        catalogue.setdefault(cls.name, cls)
    return MappingProxyType(catalogue)


def provider_class(name: str) -> type[Provider]:
    """The class of provider `name`; KeyError when none is catalogued."""
    try:
        return provider_classes()[name]
    except KeyError:
        raise KeyError(f"No AI provider called {name!r}") from None


def catalogue_label(name: str) -> str | None:
    """The label provider `name` declares, or None when it is not catalogued."""
    cls = provider_classes().get(name)
    return cls.display_name() if cls is not None else None


def _missing_key(cls: type[Provider], settings: Settings) -> str | None:
    """The key setting `cls` needs under `settings` but lacks, if any."""
    conf = settings.provider(cls.name)
    key = cls.key_setting()
    if key and not conf.api_key and cls.needs_key(conf):
        return key
    return None


def validate_settings(settings: Settings) -> None:
    """Raise ConfigError, in one sentence, if a provider in the chain lacks its key."""
    for position, name in enumerate(settings.provider_chain):
        if name not in provider_classes():
            raise ConfigError(f"No AI provider called {name!r} is registered.")
        key = _missing_key(provider_class(name), settings)
        if key is None:
            continue
        where = "INTERVIEW_AI_PROVIDER is" if position == 0 else "INTERVIEW_AI_FALLBACKS includes"
        raise ConfigError(
            f"{where} {name!r} but {key} is not set: add it to the environment or "
            f".streamlit/secrets.toml, or choose another provider."
        )


def build_provider(name: str, settings: Settings) -> Provider:
    """Instantiate provider `name` from settings; raises ConfigError for bad config."""
    cls = provider_class(name)
    key = _missing_key(cls, settings)
    if key is not None:
        raise ConfigError(f"The {name!r} provider needs {key}, which is not set.")
    return cls.from_settings(settings.provider(name), settings)


@dataclass(frozen=True)
class ProviderInfo:
    """What the settings page shows about a provider: never its key, only whether it is set."""

    name: str
    label: str
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
    """Label, model, base URL and key status of provider `name` as configured."""
    cls = provider_class(name)
    conf = settings.provider(name)
    return ProviderInfo(
        name=name,
        label=cls.display_name(),
        model=conf.model or cls.model,
        base_url=conf.base_url or cls.default_base_url,
        key_setting=cls.key_setting(),
        key_set=bool(conf.api_key),
        key_required=cls.key_setting() is not None and cls.needs_key(conf),
    )


def chain_overview(settings: Settings) -> list[ProviderInfo]:
    """Every provider of the configured chain, primary first, as the settings page lists it."""
    return [describe_provider(name, settings) for name in settings.provider_chain]


def catalogue_overview(settings: Settings) -> list[ProviderInfo]:
    """Every catalogued provider, configured or not, in catalogue order."""
    return [describe_provider(name, settings) for name in provider_classes()]
