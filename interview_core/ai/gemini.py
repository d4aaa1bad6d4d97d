"""Google Gemini through the maintained `google-genai` SDK.

The client is built with ``HttpOptions(retry_options=None)`` (the SDK then makes one
attempt per call), so `RetryPolicy` is the only retry owner. ``GEMINI_BASE_URL`` replaces
the host (a proxy or a test server); the API version is always given explicitly
(``v1beta``, which has system instructions and JSON mode), and the SDK joins them as
``{base_url}/{api_version}/models/{model}:generateContent``. The key travels in the
``x-goog-api-key`` header, never in a URL. Questions are streamed
(``streamGenerateContent?alt=sse``); feedback asks for ``application/json``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from ..context import InterviewContext
from .base import Provider, ProviderReply, Usage
from .deadline import Deadline, call_within, iterate_within
from .prompts import feedback_prompt, parse_json_object, question_prompt
from .retry import (
    InvalidReply,
    ProviderError,
    RetryPolicy,
    describe,
    error_from_status,
    is_transport_error,
)
from .streaming import stream_texts

if TYPE_CHECKING:
    from types import ModuleType

    from google.genai import types

    from ..config import ProviderSettings, Settings

GEMINI_API_VERSION = "v1beta"


@cache
def _sdk() -> tuple[ModuleType, ModuleType, ModuleType]:
    """google-genai's client, errors and types modules, imported on first use (slow)."""
    from google import genai
    from google.genai import errors, types

    return genai, errors, types


def _text_of(response: types.GenerateContentResponse) -> str:
    # Own join instead of `.text`: skip thought parts and never warn on non-text parts.
    if not response.candidates:
        return ""
    content = response.candidates[0].content
    if content is None or not content.parts:
        return ""
    return "".join(p.text for p in content.parts if p.text and not p.thought)


def _usage_into(usage: Usage, response: types.GenerateContentResponse) -> None:
    meta = response.usage_metadata
    if meta is None:
        return
    if meta.prompt_token_count is not None:
        usage.tokens_in = meta.prompt_token_count
    if meta.candidates_token_count is not None:
        usage.tokens_out = meta.candidates_token_count


def _reader(usage: Usage) -> Callable[[types.GenerateContentResponse], str]:
    """Read one streamed response: note its token counts, return its text."""

    def read(response: types.GenerateContentResponse) -> str:
        _usage_into(usage, response)
        return _text_of(response)

    return read


def _close(items: Any) -> None:
    close = getattr(items, "close", None)
    if close is not None:
        close()


class GeminiProvider(Provider):
    """Questions and feedback from one Gemini model."""

    name = "gemini"
    label = "Gemini"
    model = "gemini-2.5-flash"
    settings_prefix = "GEMINI"
    key_required = True
    default_base_url = "https://generativelanguage.googleapis.com"
    language_model = True

    @classmethod
    def from_settings(cls, conf: ProviderSettings, settings: Settings) -> GeminiProvider:
        """Gemini as configured by ``GEMINI_*`` (no base URL: Google's own)."""
        return cls(
            api_key=conf.api_key or "",
            model=conf.model,
            base_url=conf.base_url,
            timeout_s=settings.ai_timeout_s,
            policy=RetryPolicy.from_settings(settings),
        )

    def __init__(
        self,
        *,
        api_key: str,
        model: str,
        base_url: str | None = None,
        timeout_s: float = 30.0,
        policy: RetryPolicy | None = None,
        temperature: float = 0.7,
        api_version: str = GEMINI_API_VERSION,
    ) -> None:
        self.model = model
        self.base_url = base_url
        self.timeout_s = timeout_s
        self.policy = policy or RetryPolicy()
        self.temperature = temperature
        self._secrets = (api_key,)
        genai, self._errors, self._types = _sdk()
        options = self._types.HttpOptions(
            base_url=base_url,
            api_version=api_version,
            timeout=max(1, int(timeout_s * 1000)),  # milliseconds
            retry_options=None,  # one attempt per call: the RetryPolicy retries
        )
        # vertexai=False: an ambient GOOGLE_GENAI_USE_VERTEXAI must not reroute the calls.
        self._client = genai.Client(api_key=api_key, vertexai=False, http_options=options)

    def _error(self, exc: BaseException) -> ProviderError:
        """The ProviderError for an SDK or transport exception (redacted, classified)."""
        if isinstance(exc, ProviderError):
            return exc
        if isinstance(exc, self._errors.APIError):
            response = getattr(exc, "response", None)
            headers = getattr(response, "headers", None)
            return error_from_status(
                int(exc.code or 0), str(exc.message or exc.status or ""), headers, self._secrets
            )
        if is_transport_error(exc):
            if "timeout" in type(exc).__name__.lower():
                return ProviderError(f"timed out after {self.timeout_s:g} s", transient=True)
            return ProviderError(describe(exc, self._secrets), transient=True)
        if isinstance(exc, ValueError):  # UnknownApiResponseError, JSON, pydantic errors
            return InvalidReply("malformed reply: " + describe(exc, self._secrets))
        return ProviderError(describe(exc, self._secrets), transient=False)

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        """Open a streamed generation of the next question (retried until it starts)."""
        prompt = question_prompt(ctx)
        config = self._types.GenerateContentConfig(
            system_instruction=prompt.system, temperature=self.temperature, candidate_count=1
        )
        usage = Usage()

        def open_stream() -> tuple[Deadline, Iterator[types.GenerateContentResponse], Any]:
            # One deadline per attempt bounds connecting, the first chunk and the whole
            # stream after it (see ai/deadline.py).
            deadline = Deadline(self.timeout_s)

            def start() -> tuple[Iterator[types.GenerateContentResponse], Any]:
                items = None
                try:
                    items = self._client.models.generate_content_stream(
                        model=self.model, contents=prompt.user, config=config
                    )
                    # The SDK sends the request lazily: read the first chunk inside the
                    # retried call so that a failing request is retried like any other.
                    first = next(items, None)
                except Exception as exc:  # noqa: BLE001 - every SDK failure is classified
                    _close(items)
                    raise self._error(exc) from None
                return items, first

            items, first = call_within(deadline, start, discard=lambda r: _close(r[0]))
            return deadline, items, first

        deadline, items, first = self.policy.call(open_stream, provider=self.name)
        rest = iterate_within(deadline, items, close=lambda: _close(items))
        return ProviderReply(
            chunks=stream_texts(
                first, rest, _reader(usage), self._error, close=lambda: _close(rest)
            ),
            usage=usage,
        )

    def feedback_reply(self, ctx: InterviewContext) -> tuple[dict[str, Any], Usage]:
        """Feedback JSON (parsed, not yet validated) and the tokens it took."""
        prompt = feedback_prompt(ctx)
        config = self._types.GenerateContentConfig(
            system_instruction=prompt.system,
            temperature=0.2,
            candidate_count=1,
            response_mime_type="application/json",
        )

        def call() -> types.GenerateContentResponse:
            try:
                return self._client.models.generate_content(
                    model=self.model, contents=prompt.user, config=config
                )
            except Exception as exc:  # noqa: BLE001 - every SDK failure is classified
                raise self._error(exc) from None

        response = self.policy.call(
            lambda: call_within(Deadline(self.timeout_s), call), provider=self.name
        )
        try:
            data = parse_json_object(_text_of(response))
        except ValueError as exc:
            raise InvalidReply(f"{self.name} feedback: {exc}") from None
        usage = Usage()
        _usage_into(usage, response)
        return data, usage

    def generate_feedback(self, ctx: InterviewContext) -> dict[str, Any]:
        """Feedback as a dict parsed from the model's JSON; raises InvalidReply if not JSON."""
        return self.feedback_reply(ctx)[0]
