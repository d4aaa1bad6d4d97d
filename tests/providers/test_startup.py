"""Start-up: a provider without its key fails at once, in one clear sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_core.ai.gemini import GeminiProvider
from interview_core.ai.openai_compat import OpenAICompatibleProvider
from interview_core.ai.registry import build_provider, describe_provider, validate_settings
from interview_core.ai.service import AIService
from interview_core.config import ConfigError, load_settings
from tests.helpers.providers import ALL_KEYS, GEMINI_KEY, OPENAI_KEY, OPENROUTER_KEY


def settings_from(tmp_path: Path, **env: str):  # type: ignore[no-untyped-def]
    return load_settings(
        env={"INTERVIEW_DATA_DIR": str(tmp_path), **env}, secrets_path=tmp_path / "none"
    )


@pytest.mark.parametrize(
    ("provider", "key"),
    [
        ("gemini", "GEMINI_API_KEY"),
        ("openrouter", "OPENROUTER_API_KEY"),
        ("openai", "OPENAI_API_KEY"),
    ],
)
def test_primary_without_its_key_fails_at_start_up(tmp_path: Path, provider: str, key: str) -> None:
    settings = settings_from(tmp_path, INTERVIEW_AI_PROVIDER=provider)
    with pytest.raises(ConfigError) as error:
        AIService.from_settings(settings)
    message = str(error.value)
    assert f"INTERVIEW_AI_PROVIDER is '{provider}' but {key} is not set" in message
    # One sentence: a single full stop, at the end.
    assert message.count(". ") == 0 and message.endswith(".")


def test_fallback_without_its_key_fails_at_start_up(tmp_path: Path) -> None:
    settings = settings_from(
        tmp_path,
        INTERVIEW_AI_PROVIDER="gemini",
        GEMINI_API_KEY=GEMINI_KEY,
        INTERVIEW_AI_FALLBACKS="openrouter,offline",
    )
    with pytest.raises(ConfigError, match="INTERVIEW_AI_FALLBACKS includes 'openrouter'"):
        validate_settings(settings)


def test_openai_key_is_optional_for_a_non_openai_server(tmp_path: Path) -> None:
    local = settings_from(
        tmp_path, INTERVIEW_AI_PROVIDER="openai", OPENAI_BASE_URL="http://localhost:11434/v1"
    )
    validate_settings(local)
    provider = build_provider("openai", local)
    assert isinstance(provider, OpenAICompatibleProvider)
    assert provider.base_url == "http://localhost:11434/v1"
    remote = settings_from(
        tmp_path, INTERVIEW_AI_PROVIDER="openai", OPENAI_BASE_URL="https://api.openai.com/v1"
    )
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        validate_settings(remote)
    with pytest.raises(ConfigError, match="needs OPENAI_API_KEY"):
        build_provider("openai", remote)


def test_a_full_chain_builds_with_the_configured_models_and_policy(tmp_path: Path) -> None:
    settings = settings_from(
        tmp_path,
        INTERVIEW_AI_PROVIDER="gemini",
        INTERVIEW_AI_FALLBACKS="openrouter, openai, offline",
        GEMINI_API_KEY=GEMINI_KEY,
        GEMINI_MODEL="gemini-x",
        OPENROUTER_API_KEY=OPENROUTER_KEY,
        OPENAI_API_KEY=OPENAI_KEY,
        INTERVIEW_AI_RETRY_ATTEMPTS="4",
        INTERVIEW_AI_BREAKER_THRESHOLD="5",
        INTERVIEW_AI_TIMEOUT_S="12",
    )
    ai = AIService.from_settings(settings)
    assert [p.name for p in ai.providers] == ["gemini", "openrouter", "openai", "offline"]
    gemini = ai.providers[0]
    assert isinstance(gemini, GeminiProvider) and gemini.model == "gemini-x"
    assert gemini.policy.attempts == 4 and gemini.timeout_s == 12
    assert {b.threshold for b in ai.breaker_snapshots()} == {5}
    assert ai.stream_deadline_s == 24


def test_provider_descriptions_never_carry_a_key(tmp_path: Path) -> None:
    settings = settings_from(
        tmp_path,
        GEMINI_API_KEY=GEMINI_KEY,
        OPENROUTER_API_KEY=OPENROUTER_KEY,
        OPENAI_API_KEY=OPENAI_KEY,
    )
    for name in ("gemini", "openrouter", "openai", "offline"):
        info = describe_provider(name, settings)
        assert all(key not in repr(info) for key in ALL_KEYS)
    assert describe_provider("gemini", settings).key_set is True
    assert describe_provider("offline", settings).key_setting is None


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("INTERVIEW_AI_RETRY_ATTEMPTS", "three", "whole number"),
        ("INTERVIEW_AI_RETRY_ATTEMPTS", "0", "greater than zero"),
        ("INTERVIEW_AI_BREAKER_COOLDOWN_S", "-1", "greater than zero"),
        ("INTERVIEW_AI_RETRY_MAX_S", "soon", "a number"),
    ],
)
def test_resilience_settings_are_validated(
    tmp_path: Path, name: str, value: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=f"{name} must be .*{message}"):
        settings_from(tmp_path, **{name: value})


def test_reading_the_configuration_loads_no_engine_sdk_or_database_layer(tmp_path: Path) -> None:
    # `load_settings` reads the provider catalogue; the catalogue's classes load their
    # engines and SDKs when used, so a command that only needs a setting starts quickly.
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from interview_core.config import load_settings\n"
        f"load_settings(env={{'INTERVIEW_DATA_DIR': {str(tmp_path)!r}}})\n"
        "heavy = ('openai', 'google.genai', 'sqlalchemy', 'pydantic',\n"
        "         'interview_core.scorer', 'interview_core.interviewer.engine')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == ""
