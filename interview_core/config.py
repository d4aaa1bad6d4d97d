"""One typed settings object: environment variables first, then `.streamlit/secrets.toml`."""

from __future__ import annotations

import os
import secrets
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SECRETS_PATH = PROJECT_ROOT / ".streamlit" / "secrets.toml"

PROVIDER_NAMES = ("offline", "gemini", "openrouter", "openai")


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    """Every setting the app reads, resolved once."""

    data_dir: Path
    database_url: str
    ai_provider: str = "offline"
    ai_fallbacks: tuple[str, ...] = ("offline",)
    ai_timeout_s: float = 30.0
    secret_key: str | None = None
    gemini_api_key: str | None = None
    gemini_model: str = "gemini-2.5-flash"
    gemini_base_url: str | None = None
    openrouter_api_key: str | None = None
    openrouter_model: str = "openai/gpt-4o-mini"
    openrouter_base_url: str = "https://openrouter.ai/api/v1"
    openai_api_key: str | None = None
    openai_model: str = "gpt-4o-mini"
    openai_base_url: str | None = None
    # Resilience of the remote providers (interview_core/ai/retry.py and breaker.py).
    ai_retry_attempts: int = 3
    ai_retry_max_s: float = 20.0
    ai_retry_after_cap_s: float = 10.0
    ai_breaker_threshold: int = 3
    ai_breaker_cooldown_s: float = 60.0
    # OpenRouter's optional app attribution headers (HTTP-Referer, X-Title).
    openrouter_site_url: str | None = None
    openrouter_app_title: str = "Mock Interview Studio"

    @property
    def provider_chain(self) -> tuple[str, ...]:
        """The primary provider followed by its fallbacks, without repeats."""
        chain: list[str] = []
        for name in (self.ai_provider, *self.ai_fallbacks):
            if name not in chain:
                chain.append(name)
        return tuple(chain)

    def ensure_secret_key(self) -> str:
        """The configured secret key, or one generated once and kept under the data dir."""
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret_key"
        if path.exists():
            key = path.read_text(encoding="utf-8").strip()
            if key:
                return key
        self.data_dir.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        # Write, then link into place: a link fails if the name exists, so of several
        # processes starting together exactly one key wins and every process uses it.
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(key, encoding="utf-8")
        os.chmod(tmp, 0o600)
        try:
            os.link(tmp, path)
        except FileExistsError:
            key = path.read_text(encoding="utf-8").strip()
        finally:
            tmp.unlink()
        return key


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

    provider = (get("INTERVIEW_AI_PROVIDER", "offline") or "offline").lower()
    fallbacks = _split_chain(get("INTERVIEW_AI_FALLBACKS", "offline") or "")
    for name in (provider, *fallbacks):
        if name not in PROVIDER_NAMES:
            raise ConfigError(
                f"Unknown AI provider {name!r}: choose one of {', '.join(PROVIDER_NAMES)}."
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
        secret_key=get("INTERVIEW_SECRET_KEY"),
        gemini_api_key=get("GEMINI_API_KEY"),
        gemini_model=get("GEMINI_MODEL", "gemini-2.5-flash") or "gemini-2.5-flash",
        gemini_base_url=get("GEMINI_BASE_URL"),
        openrouter_api_key=get("OPENROUTER_API_KEY"),
        openrouter_model=get("OPENROUTER_MODEL", "openai/gpt-4o-mini") or "openai/gpt-4o-mini",
        openrouter_base_url=get("OPENROUTER_BASE_URL", "https://openrouter.ai/api/v1")
        or "https://openrouter.ai/api/v1",
        openai_api_key=get("OPENAI_API_KEY"),
        openai_model=get("OPENAI_MODEL", "gpt-4o-mini") or "gpt-4o-mini",
        openai_base_url=get("OPENAI_BASE_URL"),
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
        openrouter_site_url=get("OPENROUTER_SITE_URL"),
        openrouter_app_title=get("OPENROUTER_APP_TITLE", "Mock Interview Studio")
        or "Mock Interview Studio",
    )
