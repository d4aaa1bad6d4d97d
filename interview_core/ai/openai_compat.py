"""Any OpenAI-compatible chat-completions server: OpenAI, OpenRouter, Ollama, vLLM, llama.cpp.

The `openai` SDK is used with its own retries off (``max_retries=0``): `RetryPolicy` is the
only retry owner. Questions are streamed (SSE, with the usage chunk requested through
``stream_options``); feedback uses JSON mode (``response_format={"type": "json_object"}``).
SDK exceptions become `ProviderError`s with redacted messages, so no key travels further.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

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
    from ..config import ProviderSettings, Settings

DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1"
# Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the SDK insists on one.
NO_KEY_PLACEHOLDER = "not-needed"


def _reader(usage: Usage) -> Callable[[Any], str]:
    """Read one streamed chunk (a plain dict): note the usage chunk's token counts, return
    its text; raises InvalidReply for a chunk that is not shaped like one."""

    def read(chunk: Any) -> str:
        try:
            counts = chunk.get("usage")
            if counts:
                usage.tokens_in = counts.get("prompt_tokens")
                usage.tokens_out = counts.get("completion_tokens")
            choices = chunk.get("choices")
            if not choices:
                return ""
            # One choice is asked for; any others are joined rather than lost.
            return "".join((c.get("delta") or {}).get("content") or "" for c in choices)
        except (AttributeError, TypeError) as exc:
            raise InvalidReply(f"malformed stream event: {type(exc).__name__}") from None

    return read


class OpenAICompatibleProvider(Provider):
    """Chat completions from one model on one OpenAI-compatible server."""

    name = "openai-compatible"
    language_model = True

    def __init__(
        self,
        *,
        name: str | None = None,
        model: str,
        api_key: str | None,
        base_url: str | None = None,
        timeout_s: float = 30.0,
        policy: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        temperature: float = 0.7,
    ) -> None:
        import openai  # here, not at the top: the SDK loads only when a provider is built

        self._openai = openai
        self.name = name or type(self).name
        self.model = model
        self.base_url = base_url or DEFAULT_OPENAI_BASE_URL
        self.timeout_s = timeout_s
        self.policy = policy or RetryPolicy()
        self.temperature = temperature
        self._secrets = (api_key,)
        self._client = openai.OpenAI(
            api_key=api_key or NO_KEY_PLACEHOLDER,
            base_url=self.base_url,
            timeout=timeout_s,
            max_retries=0,  # the RetryPolicy is the one retry owner
            default_headers=dict(headers or {}),
        )

    def _error(self, exc: BaseException) -> ProviderError:
        """The ProviderError for an SDK or transport exception (redacted, classified)."""
        if isinstance(exc, ProviderError):
            return exc
        if isinstance(exc, self._openai.APIStatusError):
            return error_from_status(
                exc.status_code, exc.message, exc.response.headers, self._secrets
            )
        if isinstance(exc, self._openai.APITimeoutError):
            return ProviderError(f"timed out after {self.timeout_s:g} s", transient=True)
        if isinstance(exc, self._openai.APIConnectionError):
            return ProviderError("could not connect to the server", transient=True)
        if is_transport_error(exc):
            return ProviderError(describe(exc, self._secrets), transient=True)
        if isinstance(exc, ValueError):  # JSONDecodeError, pydantic ValidationError
            return InvalidReply("malformed reply: " + describe(exc, self._secrets))
        return ProviderError(describe(exc, self._secrets), transient=False)

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        """Open a streamed completion for the next question (retried until it starts)."""
        prompt = question_prompt(ctx)
        usage = Usage()

        def open_stream() -> tuple[Deadline, Any, Iterator[Any], Any]:
            # One deadline per attempt bounds connecting, the first event and the whole
            # stream after it (see ai/deadline.py).
            deadline = Deadline(self.timeout_s)

            def start() -> tuple[Any, Iterator[Any], Any]:
                stream = None
                try:
                    # The SDK's low-level call with plain-dict events: `create()` would
                    # re-walk the request against its typed schema and build a pydantic
                    # object per event, twice the CPU of the whole request for nothing we
                    # read (issue 14). Errors, headers and SSE parsing are the SDK's still.
                    stream = self._client.post(
                        "/chat/completions",
                        body={
                            "model": self.model,
                            "messages": prompt.as_messages(),
                            "stream": True,
                            "stream_options": {"include_usage": True},
                            "temperature": self.temperature,
                        },
                        cast_to=object,
                        stream=True,
                        stream_cls=self._openai.Stream[object],
                    )
                    items = iter(stream)
                    # Reading the first event inside the retried call: a stream that fails
                    # before its first chunk is retried like any failed request.
                    first = next(items, None)
                except Exception as exc:  # noqa: BLE001 - every SDK failure is classified
                    if stream is not None:
                        stream.close()
                    raise self._error(exc) from None
                return stream, items, first

            stream, items, first = call_within(deadline, start, discard=lambda r: r[0].close())
            return deadline, stream, items, first

        deadline, stream, items, first = self.policy.call(open_stream, provider=self.name)
        rest = iterate_within(deadline, items, close=stream.close)
        return ProviderReply(
            chunks=stream_texts(first, rest, _reader(usage), self._error, close=stream.close),
            usage=usage,
        )

    def feedback_reply(self, ctx: InterviewContext) -> tuple[dict[str, Any], Usage]:
        """Feedback JSON (parsed, not yet validated) and the tokens it took."""
        prompt = feedback_prompt(ctx)

        def call() -> Any:
            try:
                return self._client.chat.completions.create(
                    model=self.model,
                    messages=prompt.as_messages(),  # type: ignore[arg-type]
                    response_format={"type": "json_object"},
                    temperature=0.2,
                )
            except Exception as exc:  # noqa: BLE001 - every SDK failure is classified
                raise self._error(exc) from None

        completion = self.policy.call(
            lambda: call_within(Deadline(self.timeout_s), call), provider=self.name
        )
        text = completion.choices[0].message.content if completion.choices else None
        try:
            data = parse_json_object(text or "")
        except ValueError as exc:
            raise InvalidReply(f"{self.name} feedback: {exc}") from None
        usage = Usage()
        if completion.usage is not None:
            usage = Usage(completion.usage.prompt_tokens, completion.usage.completion_tokens)
        return data, usage

    def generate_feedback(self, ctx: InterviewContext) -> dict[str, Any]:
        """Feedback as a dict parsed from the model's JSON; raises InvalidReply if not JSON."""
        return self.feedback_reply(ctx)[0]


class OpenRouterProvider(OpenAICompatibleProvider):
    """Models on OpenRouter, with its optional app attribution headers."""

    name = "openrouter"
    label = "OpenRouter"
    model = "openai/gpt-4o-mini"
    settings_prefix = "OPENROUTER"
    key_required = True
    default_base_url = "https://openrouter.ai/api/v1"
    # OpenRouter's attribution: OPENROUTER_SITE_URL (HTTP-Referer), OPENROUTER_APP_TITLE.
    options = MappingProxyType({"site_url": None, "app_title": "Mock Interview Studio"})

    @classmethod
    def from_settings(cls, conf: ProviderSettings, settings: Settings) -> OpenRouterProvider:
        """OpenRouter as configured by ``OPENROUTER_*``."""
        headers = {"X-Title": conf.option("app_title") or "Mock Interview Studio"}
        if conf.option("site_url"):
            headers["HTTP-Referer"] = conf.option("site_url") or ""
        return cls(
            model=conf.model,
            api_key=conf.api_key,
            base_url=conf.base_url or cls.default_base_url,
            timeout_s=settings.ai_timeout_s,
            policy=RetryPolicy.from_settings(settings),
            headers=headers,
        )


class OpenAIProvider(OpenAICompatibleProvider):
    """OpenAI itself, or any OpenAI-compatible server named by ``OPENAI_BASE_URL``.

    The key is required when the calls go to OpenAI (no base URL, or one on openai.com);
    other servers (Ollama, vLLM, llama.cpp, usually local and keyless) get it only when set.
    """

    name = "openai"
    label = "an OpenAI-compatible model"
    model = "gpt-4o-mini"
    settings_prefix = "OPENAI"
    key_required = True
    default_base_url = DEFAULT_OPENAI_BASE_URL

    @classmethod
    def needs_key(cls, conf: ProviderSettings) -> bool:
        """Only OpenAI's own servers need the key."""
        if not conf.base_url:
            return True
        host = (urlparse(conf.base_url).hostname or "").lower()
        return host == "openai.com" or host.endswith(".openai.com")

    @classmethod
    def from_settings(cls, conf: ProviderSettings, settings: Settings) -> OpenAIProvider:
        """The server ``OPENAI_BASE_URL`` names (default: OpenAI), model ``OPENAI_MODEL``."""
        return cls(
            model=conf.model,
            api_key=conf.api_key,
            base_url=conf.base_url,
            timeout_s=settings.ai_timeout_s,
            policy=RetryPolicy.from_settings(settings),
        )
