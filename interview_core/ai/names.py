"""How each provider is named to people, read from the catalogue's labels (`registry.py`)."""

from __future__ import annotations

from .registry import catalogue_label


def provider_name(provider: str | None) -> str:
    """'the offline interviewer', 'Gemini', …; unknown providers keep their own name."""
    if not provider:
        return "the interviewer"
    return catalogue_label(provider) or provider
