"""The one interface every AI provider implements; its class attributes are its catalogue entry."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeAlias

from ..context import CallRecord, InterviewContext, Turn

if TYPE_CHECKING:
    # Type-only: `config` reads the catalogue (a runtime import here would be a cycle), and
    # the catalogue stays cheap to import for configuration (no pydantic schema load).
    from ..config import ProviderSettings, Settings
    from ..feedback_schema import FeedbackReport

# Re-exported: callers of the provider interface find its input types here too.
__all__ = [
    "CallRecord",
    "ProviderFeedback",
    "InterviewContext",
    "Provider",
    "ProviderReply",
    "QuestionResult",
    "Turn",
    "Usage",
]

# A model's feedback JSON (still to validate), or a report a provider computed whole.
ProviderFeedback: TypeAlias = "dict[str, Any] | FeedbackReport"


@dataclass
class Usage:
    """Token counts when the server reports them."""

    tokens_in: int | None = None
    tokens_out: int | None = None


@dataclass
class ProviderReply:
    """A provider's streamed reply: iterate `chunks`; `usage` is filled once they are drained."""

    chunks: Iterator[str]
    usage: Usage = field(default_factory=Usage)


class Provider(ABC):
    """A source of interview questions and feedback, and its entry in the catalogue.

    The class attributes are the catalogue entry `ai/registry.py` lists: configuration, the
    settings page and the names shown to people are derived from them. A provider whose
    `settings_prefix` is ``"ACME"`` is configured by ``ACME_API_KEY``, ``ACME_MODEL``,
    ``ACME_BASE_URL`` and ``ACME_<OPTION>`` for each of its `options`.
    """

    name: str = "base"
    label: str = ""  # how people read its name ("Gemini"); empty: the name itself
    model: str = "base"  # the default model; an instance holds the configured one
    settings_prefix: str | None = None  # None: the provider reads no settings of its own
    key_required: bool = False  # whether `<PREFIX>_API_KEY` must be set
    default_base_url: str | None = None  # shown on the settings page when none is set
    options: Mapping[str, str | None] = MappingProxyType({})  # extra settings and defaults
    # Language-model replies must pass the whole output contract (ai/prompts.py); a
    # deterministic provider (offline) is trusted with its wording, checked only for length.
    language_model: bool = False

    # --- the catalogue entry ----------------------------------------------------------------

    @classmethod
    def display_name(cls) -> str:
        """Its name as people read it."""
        return cls.label or cls.name

    @classmethod
    def key_setting(cls) -> str | None:
        """The setting that holds its key, if it reads one."""
        return f"{cls.settings_prefix}_API_KEY" if cls.settings_prefix else None

    @classmethod
    def needs_key(cls, conf: ProviderSettings) -> bool:
        """Whether this configuration needs a key (some servers are keyless)."""
        return cls.key_required

    @classmethod
    def from_settings(cls, conf: ProviderSettings, settings: Settings) -> Provider:
        """The provider as configured (`conf` holds its own settings, `settings` the rest)."""
        return cls()

    # --- the interface ----------------------------------------------------------------------

    @abstractmethod
    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        """Start writing question `ctx.question_number`; chunks join into the question."""

    def generate_feedback(self, ctx: InterviewContext) -> ProviderFeedback:
        """Feedback for a complete interview: a model's JSON-ready dict (validated and merged
        with what is computed locally by `feedback.py`), or a finished `FeedbackReport`."""
        raise NotImplementedError(f"{self.name} does not write feedback")

    def feedback_reply(self, ctx: InterviewContext) -> tuple[ProviderFeedback, Usage]:
        """The feedback and the tokens it took (override when the server reports them)."""
        return self.generate_feedback(ctx), Usage()

    def feedback_note(self, fallback: bool) -> str:
        """What the candidate is told while this provider writes the feedback."""
        return f"Asking {self.label or self.name} for feedback{' instead' if fallback else ''}…"


@dataclass(frozen=True)
class QuestionResult:
    """The accepted question and who wrote it."""

    text: str
    provider: str
    model: str
    fallback: bool
