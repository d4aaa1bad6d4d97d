"""Any OpenAI-compatible chat-completions server: OpenAI, OpenRouter, Ollama, vLLM, llama.cpp.

The `openai` SDK is used with its own retries off (``max_retries=0``): `RetryPolicy` is the
only retry owner. Questions are streamed (SSE, with the usage chunk requested through
``stream_options``); feedback uses JSON mode (``response_format={"type": "json_object"}``).
SDK exceptions become `ProviderError`s with redacted messages, so no key travels further.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import openai

from .base import InterviewContext, Provider, ProviderReply, Usage
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

DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1"
# Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the SDK insists on one.
NO_KEY_PLACEHOLDER = "not-needed"


class OpenAICompatibleProvider(Provider):
    """Chat completions from one model on one OpenAI-compatible server."""

    language_model = True

    def __init__(
        self,
        *,
        name: str,
        model: str,
        api_key: str | None,
        base_url: str | None = None,
        timeout_s: float = 30.0,
        policy: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        temperature: float = 0.7,
    ) -> None:
        self.name = name
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
        if isinstance(exc, openai.APIStatusError):
            return error_from_status(
                exc.status_code, exc.message, exc.response.headers, self._secrets
            )
        if isinstance(exc, openai.APITimeoutError):
            return ProviderError(f"timed out after {self.timeout_s:g} s", transient=True)
        if isinstance(exc, openai.APIConnectionError):
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
                    stream = self._client.chat.completions.create(
                        model=self.model,
                        messages=prompt.as_messages(),  # type: ignore[arg-type]
                        stream=True,
                        stream_options={"include_usage": True},
                        temperature=self.temperature,
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
        return ProviderReply(chunks=self._texts(stream, rest, first, usage), usage=usage)

    def _texts(self, stream: Any, items: Iterator[Any], first: Any, usage: Usage) -> Iterator[str]:
        try:
            chunk = first
            while chunk is not None:
                if getattr(chunk, "usage", None) is not None:
                    usage.tokens_in = chunk.usage.prompt_tokens
                    usage.tokens_out = chunk.usage.completion_tokens
                for choice in chunk.choices or ():
                    text = choice.delta.content if choice.delta else None
                    if text:
                        yield text
                chunk = next(items, None)
        except ProviderError:
            raise
        except Exception as exc:  # noqa: BLE001 - mid-stream failures are classified too
            raise self._error(exc) from None
        finally:
            stream.close()

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
