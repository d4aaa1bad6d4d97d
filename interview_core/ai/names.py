"""How each provider is named to people: one table for the Streamlit app and the web shim."""

from __future__ import annotations

PROVIDER_NAMES = {
    "offline": "the offline interviewer",
    "gemini": "Gemini",
    "openrouter": "OpenRouter",
    "openai": "an OpenAI-compatible model",
}


def provider_name(provider: str | None) -> str:
    """'the offline interviewer', 'Gemini', …; unknown providers keep their own name."""
    if not provider:
        return "the interviewer"
    return PROVIDER_NAMES.get(provider, provider)
