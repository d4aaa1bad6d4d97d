"""A local model server speaking both wire protocols the real SDKs use, with injectable faults.

- OpenAI chat completions: ``POST /v1/chat/completions`` (plain JSON, or SSE when
  ``"stream": true``, with a usage chunk when ``stream_options.include_usage`` is set).
- Gemini: ``POST /v1beta/models/{model}:generateContent`` and
  ``:streamGenerateContent?alt=sse``.

Every request is recorded (path, headers, JSON body) so tests can count outbound requests
and inspect prompts. Faults are queued and each request takes the next one: an HTTP status
(with ``Retry-After``), a hang, a malformed body, or a given reply text. Without a fault the
server answers like a well-behaved model: the question whose number the prompt asks for, or
valid feedback JSON when the request asks for JSON.
"""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

QUESTIONS = (
    "Could you walk me through the project on your CV that best prepares you for this role?",
    "How did you design the event pipeline you mentioned, and what trade-offs did you weigh?",
    "What was the hardest production incident you handled, and what did you change afterwards?",
    "How do you decide what to monitor in a new service, and which tools have you used for it?",
    "Describe a time you disagreed with a stakeholder about priorities and how you resolved it.",
    "How have you mentored a less experienced engineer, and what changed for them as a result?",
    "If you joined our payments team, which risk would you look into first, and why?",
    "To close, what would you want to achieve in your first three months in this role?",
)


def feedback_json(answered: int) -> dict[str, Any]:
    """Feedback JSON that a well-behaved model writes for `answered` questions."""
    return {
        "questions": [
            {
                "number": n,
                "score": 70,
                "dimensions": {
                    "relevance": 75,
                    "structure": 65,
                    "evidence": 70,
                    "communication": 72,
                },
                "verdict": "Relevant, with one measurable result.",
                "missing": ["the candidate's own decisions"],
                "stronger_answer": ["Set the scene in one sentence", "Quantify the outcome"],
            }
            for n in range(1, answered + 1)
        ],
        "strengths": ["Concrete Kafka example", "Clear ownership", "Quoted latency figures"],
        "weaknesses": ["Few numbers", "Long set-up", "Little on stakeholders"],
        "cv_improvements": ["Add metrics", "Name the payments work", "Shorten the summary"],
    }


@dataclass(frozen=True)
class Fault:
    """What the next request gets instead of a normal reply."""

    kind: str  # "status" | "hang" | "malformed" | "reply" | "drip" | "reset"
    status: int = 200
    retry_after: str | None = None
    text: str | None = None
    seconds: float = 5.0
    after: int = 0  # "drip": whole events sent before the drip starts

    @classmethod
    def http(
        cls, status: int, retry_after: str | float | None = None, message: str | None = None
    ) -> Fault:
        """An error status, optionally with a Retry-After header and an error message."""
        return cls(
            "status",
            status=status,
            retry_after=None if retry_after is None else str(retry_after),
            text=message,
        )

    @classmethod
    def hang(cls, seconds: float = 5.0) -> Fault:
        """Accept the request and send nothing for `seconds` (past the client's timeout)."""
        return cls("hang", seconds=seconds)

    @classmethod
    def drip(cls, seconds_per_byte: float = 1.0, after: int = 0) -> Fault:
        """Send the reply's headers, then `after` whole events, then one byte per interval.

        `after=0` drips the very first byte of the body (a non-streamed reply drips all of
        it); each byte arrives well within any per-read timeout, so only a deadline on
        the whole call ends it.
        """
        return cls("drip", seconds=seconds_per_byte, after=after)

    @classmethod
    def reset(cls) -> Fault:
        """Drop the connection without any response (the client sees a reset/disconnect)."""
        return cls("reset")

    @classmethod
    def malformed(cls) -> Fault:
        """HTTP 200 with a body that is not valid JSON."""
        return cls("malformed")

    @classmethod
    def reply(cls, text: str) -> Fault:
        """A normal-looking reply whose text is `text` (empty, a repeat, feedback…)."""
        return cls("reply", text=text)


@dataclass(frozen=True)
class RecordedRequest:
    """One request the server received."""

    protocol: str  # "openai" | "gemini"
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    stream: bool

    @property
    def prompt_text(self) -> str:
        """Every text the client sent as prompt, joined (system first)."""
        if self.protocol == "openai":
            return "\n".join(str(m.get("content", "")) for m in self.body.get("messages", []))
        parts: list[str] = []
        system = self.body.get("systemInstruction") or self.body.get("system_instruction")
        if system:
            parts.extend(p.get("text", "") for p in system.get("parts", []))
        for content in self.body.get("contents", []):
            parts.extend(p.get("text", "") for p in content.get("parts", []))
        return "\n".join(parts)

    @property
    def user_text(self) -> str:
        """The user-role text only (where the data blocks go)."""
        if self.protocol == "openai":
            return "\n".join(
                str(m.get("content", ""))
                for m in self.body.get("messages", [])
                if m.get("role") == "user"
            )
        return "\n".join(
            p.get("text", "")
            for content in self.body.get("contents", [])
            for p in content.get("parts", [])
        )

    @property
    def system_text(self) -> str:
        """The system-role text only (the rules)."""
        if self.protocol == "openai":
            return "\n".join(
                str(m.get("content", ""))
                for m in self.body.get("messages", [])
                if m.get("role") == "system"
            )
        system = self.body.get("systemInstruction") or self.body.get("system_instruction") or {}
        return "\n".join(p.get("text", "") for p in system.get("parts", []))

    @property
    def wants_json(self) -> bool:
        """Whether the client asked for JSON output (feedback)."""
        if self.protocol == "openai":
            return (self.body.get("response_format") or {}).get("type") == "json_object"
        config = self.body.get("generationConfig") or self.body.get("generation_config") or {}
        return (config.get("responseMimeType") or config.get("response_mime_type")) == (
            "application/json"
        )


class _QuietHandler(WSGIRequestHandler):
    """No access log: tests read the request log instead."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


_GEMINI_PATH = re.compile(r"^/(v1beta|v1)/models/([^/:]+):(generateContent|streamGenerateContent)$")


@dataclass
class FakeModelServer:
    """The server, its request log and its fault queue; use as a context manager."""

    host: str = "127.0.0.1"
    requests: list[RecordedRequest] = field(default_factory=list)
    faults: deque[Fault] = field(default_factory=deque)
    _server: BaseWSGIServer | None = None
    _thread: threading.Thread | None = None
    _release: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- lifecycle ----------------------------------------------------------------------

    def start(self) -> FakeModelServer:
        self._server = make_server(
            self.host, 0, self._app, threaded=True, request_handler=_QuietHandler
        )
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        # Faults such as a reset end requests abruptly on purpose; no tracebacks for those.
        self._server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()  # let hanging handlers finish
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeModelServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://{self.host}:{self._server.server_port}"

    @property
    def openai_base_url(self) -> str:
        return self.url + "/v1"

    # --- test helpers -------------------------------------------------------------------

    def push(self, *faults: Fault) -> None:
        """Queue faults; each request takes the next one."""
        with self._lock:
            self.faults.extend(faults)

    def count(self, protocol: str | None = None) -> int:
        """Requests received so far (of one protocol, or all)."""
        with self._lock:
            return sum(1 for r in self.requests if protocol in (None, r.protocol))

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.faults.clear()

    # --- the WSGI app -------------------------------------------------------------------

    def _app(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        return self._handle(request)(environ, start_response)

    def _handle(self, request: Request) -> Response:
        try:
            body = json.loads(request.get_data(as_text=True) or "{}")
        except json.JSONDecodeError:
            return Response("bad json", status=400)
        if request.method == "POST" and request.path == "/v1/chat/completions":
            protocol, stream = "openai", bool(body.get("stream"))
        elif request.method == "POST" and (match := _GEMINI_PATH.match(request.path)):
            protocol, stream = "gemini", match.group(3) == "streamGenerateContent"
        else:
            return Response("not found", status=404)
        recorded = RecordedRequest(
            protocol=protocol,
            path=request.full_path.rstrip("?"),
            headers={k: v for k, v in request.headers.items()},
            body=body,
            stream=stream,
        )
        with self._lock:
            self.requests.append(recorded)
            fault = self.faults.popleft() if self.faults else None

        if fault is not None and fault.kind == "status":
            headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            message = fault.text or f"fault {fault.status}"
            payload = {"error": {"code": fault.status, "message": message}}
            if protocol == "gemini":
                payload["error"]["status"] = "UNAVAILABLE"
            return Response(
                json.dumps(payload),
                status=fault.status,
                headers=headers,
                mimetype="application/json",
            )
        if fault is not None and fault.kind == "reset":
            sock = request.environ.get("werkzeug.socket")
            if sock is not None:
                # Linger 0: the kernel answers with RST rather than an orderly close.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.shutdown(socket.SHUT_RDWR)
            raise ConnectionAbortedError("fault: connection reset")
        if fault is not None and fault.kind == "hang":
            self._release.wait(fault.seconds)
        if fault is not None and fault.kind == "malformed":
            if stream:
                return Response("data: {not json\n\n", mimetype="text/event-stream")
            return Response("{not json", mimetype="application/json")

        text = fault.text if fault is not None and fault.kind == "reply" else None
        if text is None:
            text = self._default_text(recorded)
        if protocol == "openai":
            response = self._openai(body, text, stream)
        else:
            response = self._gemini(text, stream)
        if fault is not None and fault.kind == "drip":
            response.response = self._dripping(list(response.iter_encoded()), fault)
        return response

    def _dripping(self, events: list[bytes], fault: Fault) -> Iterator[bytes]:
        """The body `events`: the first `fault.after` as they are, the rest a byte at a time."""
        for event in events[: fault.after]:
            yield event
        for event in events[fault.after :]:
            for i in range(len(event)):
                if self._release.wait(fault.seconds):
                    return  # the server is stopping
                yield event[i : i + 1]

    @staticmethod
    def _default_text(recorded: RecordedRequest) -> str:
        prompt = recorded.user_text
        if recorded.wants_json:
            match = re.search(r"for the (\d+) answered", prompt)
            return json.dumps(feedback_json(int(match.group(1)) if match else 8))
        match = re.search(r"write question (\d+) of", prompt)
        number = int(match.group(1)) if match else 1
        return QUESTIONS[(number - 1) % len(QUESTIONS)]

    @staticmethod
    def _pieces(text: str) -> list[str]:
        words = re.findall(r"\S+\s*|\s+", text)
        size = max(1, len(words) // 3)
        return ["".join(words[i : i + size]) for i in range(0, len(words), size)] or [""]

    def _openai(self, body: dict[str, Any], text: str, stream: bool) -> Response:
        created = int(time.time())
        model = body.get("model", "fake")
        usage = {"prompt_tokens": 321, "completion_tokens": 23, "total_tokens": 344}
        if not stream:
            return Response(
                json.dumps(
                    {
                        "id": "chatcmpl-fake",
                        "object": "chat.completion",
                        "created": created,
                        "model": model,
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": text},
                                "finish_reason": "stop",
                            }
                        ],
                        "usage": usage,
                    }
                ),
                mimetype="application/json",
            )
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))

        def events() -> Iterator[str]:
            base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": created}
            for i, piece in enumerate(self._pieces(text)):
                delta: dict[str, Any] = {"content": piece}
                if i == 0:
                    delta["role"] = "assistant"
                chunk = {
                    **base,
                    "model": model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
                }
                yield f"data: {json.dumps(chunk)}\n\n"
            done = {
                **base,
                "model": model,
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            }
            yield f"data: {json.dumps(done)}\n\n"
            if include_usage:
                yield f"data: {json.dumps({**base, 'model': model, 'choices': [], 'usage': usage})}\n\n"
            yield "data: [DONE]\n\n"

        return Response(events(), mimetype="text/event-stream")

    def _gemini(self, text: str, stream: bool) -> Response:
        def chunk(piece: str, last: bool) -> dict[str, Any]:
            candidate: dict[str, Any] = {
                "content": {"role": "model", "parts": [{"text": piece}]},
                "index": 0,
            }
            if last:
                candidate["finishReason"] = "STOP"
            return {
                "candidates": [candidate],
                "usageMetadata": {
                    "promptTokenCount": 412,
                    "candidatesTokenCount": 19,
                    "totalTokenCount": 431,
                },
                "modelVersion": "fake-gemini",
            }

        if not stream:
            return Response(json.dumps(chunk(text, True)), mimetype="application/json")
        pieces = self._pieces(text)

        def events() -> Iterator[str]:
            for i, piece in enumerate(pieces):
                yield f"data: {json.dumps(chunk(piece, i == len(pieces) - 1))}\r\n\r\n"

        return Response(events(), mimetype="text/event-stream")


def closed_port_url(host: str = "127.0.0.1") -> str:
    """A URL on which nothing listens (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port = sock.getsockname()[1]
    return f"http://{host}:{port}"
