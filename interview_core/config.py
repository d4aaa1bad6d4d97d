"""One typed settings object: environment variables first, then `.streamlit/secrets.toml`."""

from __future__ import annotations

import os
import secrets
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .private_files import FILE_MODE, private_dir, write_private

if TYPE_CHECKING:
    from .ai.base import Provider

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SECRETS_PATH = PROJECT_ROOT / ".streamlit" / "secrets.toml"

# Host names the front doors answer to unless INTERVIEW_ALLOWED_HOSTS says otherwise: this
# machine only, so a page elsewhere cannot reach the app by re-pointing its own DNS name.
DEFAULT_ALLOWED_HOSTS = ("localhost", "127.0.0.1")
MIN_SECRET_KEY_CHARS = 32
_PLACEHOLDERS_PATH = Path(__file__).parent / "data" / "secret_key_placeholders.txt"


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class ProviderSettings:
    """One provider's own settings, read under the prefix its class declares."""

    api_key: str | None = field(default=None, repr=False)  # never printed
    model: str = ""
    base_url: str | None = None
    options: tuple[tuple[str, str | None], ...] = ()  # (option, value) for each it declares

    def option(self, name: str) -> str | None:
        """The value of one of the provider's declared options."""
        return dict(self.options).get(name)


@dataclass(frozen=True)
class Settings:
    """Every setting the app reads, resolved once."""

    data_dir: Path
    database_url: str
    ai_provider: str = "offline"
    ai_fallbacks: tuple[str, ...] = ("offline",)
    ai_timeout_s: float = 30.0
    secret_key: str | None = None
    # Each catalogued provider's own settings, in catalogue order (see `ai/registry.py`).
    providers: tuple[tuple[str, ProviderSettings], ...] = ()
    # Resilience of the remote providers (interview_core/ai/retry.py and breaker.py).
    ai_retry_attempts: int = 3
    ai_retry_max_s: float = 20.0
    ai_retry_after_cap_s: float = 10.0
    ai_breaker_threshold: int = 3
    ai_breaker_cooldown_s: float = 60.0
    allowed_hosts: tuple[str, ...] = DEFAULT_ALLOWED_HOSTS
    # Reverse proxies in front of the web shim whose X-Forwarded-For/-Proto/-Host to trust.
    proxy_hops: int = 0

    @property
    def provider_chain(self) -> tuple[str, ...]:
        """The primary provider followed by its fallbacks, without repeats."""
        chain: list[str] = []
        for name in (self.ai_provider, *self.ai_fallbacks):
            if name not in chain:
                chain.append(name)
        return tuple(chain)

    def provider(self, name: str) -> ProviderSettings:
        """The own settings of provider `name` (empty for one that reads none)."""
        return dict(self.providers).get(name, ProviderSettings())

    def ensure_secret_key(self) -> str:
        """The configured secret key, or one generated once and kept under the data dir."""
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret_key"
        if not path.exists():
            # Created 0600 from the start; if another process was first, its key is read.
            write_private(path, secrets.token_urlsafe(48))
        else:
            private_dir(self.data_dir)
            os.chmod(path, FILE_MODE)
        key = path.read_text(encoding="utf-8").strip()
        if not key:
            raise ConfigError(f"{path} is empty; delete it and a new key is generated.")
        return key


@lru_cache(maxsize=1)
def _placeholder_words() -> tuple[str, ...]:
    lines = _PLACEHOLDERS_PATH.read_text(encoding="utf-8").splitlines()
    return tuple(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def check_secret_key(key: str, name: str = "INTERVIEW_SECRET_KEY") -> str:
    """`key` if it is long and random-looking, else a ConfigError in one sentence."""
    lowered = key.lower()
    if (
        len(key) < MIN_SECRET_KEY_CHARS
        or len(set(key)) < 12
        or any(word in lowered for word in _placeholder_words())
    ):
        raise ConfigError(
            f"{name} is a placeholder or shorter than {MIN_SECRET_KEY_CHARS} "
            'characters: set it to a random value (python -c "import secrets; '
            'print(secrets.token_urlsafe(48))") or unset it to have one generated in the data '
            "folder."
        )
    return key


def parse_hosts(raw: str) -> tuple[str, ...]:
    """Comma-separated host names (`example.com`, or `.example.com` with its subdomains)."""
    return tuple(h.strip().lower() for h in raw.split(",") if h.strip())


def _read_secrets(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path.name} is not valid TOML: {exc}") from exc
    return {str(k).upper(): str(v) for k, v in raw.items() if not isinstance(v, dict)}


def _positive_number(name: str, raw: str, *, integer: bool = False) -> float:
    """`raw` as a number greater than zero, or a ConfigError naming the setting."""
    try:
        value = int(raw) if integer else float(raw)
    except ValueError as exc:
        kind = "a whole number" if integer else "a number"
        raise ConfigError(f"{name} must be {kind}, not {raw!r}.") from exc
    if value <= 0:
        raise ConfigError(f"{name} must be greater than zero.")
    return value


def _split_chain(value: str) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in value.split(",") if part.strip())


def _proxy_hops(raw: str) -> int:
    try:
        hops = int(raw)
    except ValueError:
        hops = -1
    if hops < 0:
        raise ConfigError(f"INTERVIEW_PROXY_HOPS must be a whole number, 0 or more, not {raw!r}.")
    return hops


def _secret_key(raw: str | None) -> str | None:
    return check_secret_key(raw.strip()) if raw and raw.strip() else None


def load_settings(
    env: Mapping[str, str] | None = None, secrets_path: Path | None = None
) -> Settings:
    """Resolve settings from `env` (default: os.environ), then the secrets file."""
    env = os.environ if env is None else env
    file_values = _read_secrets(secrets_path or DEFAULT_SECRETS_PATH)

    def get(name: str, default: str | None = None) -> str | None:
        value = env.get(name)
        if value is None or value == "":
            value = file_values.get(name)
        return default if value is None or value == "" else value

    data_dir = Path(get("INTERVIEW_DATA_DIR") or PROJECT_ROOT / "data")
    database_url = get("INTERVIEW_DATABASE_URL") or f"sqlite:///{data_dir / 'interview.db'}"

    # The catalogue is the provider package's; configuration only reads what it declares.
    from .ai.registry import provider_classes

    catalogue = provider_classes()
    provider = (get("INTERVIEW_AI_PROVIDER", "offline") or "offline").lower()
    fallbacks = _split_chain(get("INTERVIEW_AI_FALLBACKS", "offline") or "")
    for name in (provider, *fallbacks):
        if name not in catalogue:
            raise ConfigError(
                f"Unknown AI provider {name!r}: choose one of {', '.join(catalogue)}."
            )
    timeout_raw = get("INTERVIEW_AI_TIMEOUT_S", "30") or "30"
    try:
        timeout = float(timeout_raw)
    except ValueError as exc:
        raise ConfigError(
            f"INTERVIEW_AI_TIMEOUT_S must be a number of seconds, not {timeout_raw!r}."
        ) from exc
    if timeout <= 0:
        raise ConfigError("INTERVIEW_AI_TIMEOUT_S must be greater than zero.")

    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        ai_provider=provider,
        ai_fallbacks=fallbacks,
        ai_timeout_s=timeout,
        secret_key=_secret_key(get("INTERVIEW_SECRET_KEY")),
        allowed_hosts=parse_hosts(get("INTERVIEW_ALLOWED_HOSTS") or "") or DEFAULT_ALLOWED_HOSTS,
        proxy_hops=_proxy_hops(get("INTERVIEW_PROXY_HOPS", "0") or "0"),
        providers=tuple(
            (name, _provider_settings(cls, get))
            for name, cls in catalogue.items()
            if cls.settings_prefix
        ),
        ai_retry_attempts=int(
            _positive_number(
                "INTERVIEW_AI_RETRY_ATTEMPTS",
                get("INTERVIEW_AI_RETRY_ATTEMPTS", "3") or "3",
                integer=True,
            )
        ),
        ai_retry_max_s=_positive_number(
            "INTERVIEW_AI_RETRY_MAX_S", get("INTERVIEW_AI_RETRY_MAX_S", "20") or "20"
        ),
        ai_retry_after_cap_s=_positive_number(
            "INTERVIEW_AI_RETRY_AFTER_CAP_S", get("INTERVIEW_AI_RETRY_AFTER_CAP_S", "10") or "10"
        ),
        ai_breaker_threshold=int(
            _positive_number(
                "INTERVIEW_AI_BREAKER_THRESHOLD",
                get("INTERVIEW_AI_BREAKER_THRESHOLD", "3") or "3",
                integer=True,
            )
        ),
        ai_breaker_cooldown_s=_positive_number(
            "INTERVIEW_AI_BREAKER_COOLDOWN_S", get("INTERVIEW_AI_BREAKER_COOLDOWN_S", "60") or "60"
        ),
    )


def _provider_settings(
    cls: type[Provider], get: Callable[[str, str | None], str | None]
) -> ProviderSettings:
    """`<PREFIX>_API_KEY`, `_MODEL`, `_BASE_URL` and each declared `_<OPTION>` of `cls`."""
    prefix = cls.settings_prefix
    return ProviderSettings(
        api_key=get(f"{prefix}_API_KEY", None),
        model=get(f"{prefix}_MODEL", None) or cls.model,
        base_url=get(f"{prefix}_BASE_URL", None),
        options=tuple(
            (option, get(f"{prefix}_{option.upper()}", default))
            for option, default in cls.options.items()
        ),
    )


def host_allowed(host: str | None, allowed: tuple[str, ...]) -> bool:
    """Whether a `Host` (or `Origin` host) header names one of `allowed` (port ignored).

    The same rule as the web shim's `TRUSTED_HOSTS` (Werkzeug's), for the Streamlit app.
    """
    from werkzeug.sansio.utils import host_is_trusted

    return bool(host) and host_is_trusted(host.strip().lower(), allowed)
