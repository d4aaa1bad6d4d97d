"""Wall-clock deadlines for model calls: connect, first byte and the whole reply together.

The SDKs' timeouts (httpx underneath) bound each network operation, so a server that
sends one byte a second never trips them. Here the blocking SDK call runs in a worker
thread and the caller waits at most until the deadline; a streamed reply is pumped by a
worker too, and the caller stops reading at the deadline. The caller then gets a transient
`ProviderError` ("timed out"), which the retry policy and the fallback chain handle like
any timeout. An abandoned worker is told to close its stream; it ends when the SDK's own
per-read timeout or the server lets it.
"""

from __future__ import annotations

import contextlib
import contextvars
import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from .retry import ProviderError

T = TypeVar("T")

_END = object()


class Deadline:
    """A moment `seconds` from now, on the monotonic clock."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left, never negative."""
        return max(0.0, self.at - time.monotonic())

    def error(self) -> ProviderError:
        """The transient error of a call that ran past this deadline."""
        return ProviderError(f"timed out after {self.seconds:g} s", transient=True)


def call_within(
    deadline: Deadline, fn: Callable[[], T], discard: Callable[[T], None] | None = None
) -> T:
    """`fn()` if it returns (or raises) before `deadline`; else raise the deadline's error.

    A result that arrives after the caller gave up is passed to `discard` (e.g. to close a
    stream nobody will read).
    """
    done = threading.Event()
    lock = threading.Lock()
    box: dict[str, Any] = {}
    abandoned = False
    context = contextvars.copy_context()

    def work() -> None:
        try:
            box["value"] = context.run(fn)
        except BaseException as exc:  # noqa: BLE001 - handed over to the caller
            box["error"] = exc
        with lock:
            late = abandoned
            done.set()
        if late and "value" in box and discard is not None:
            # Cleaning up after a call nobody waits for: its failures do not matter.
            with contextlib.suppress(Exception):
                discard(box["value"])

    threading.Thread(target=work, name="model-call", daemon=True).start()
    finished = done.wait(deadline.remaining())
    with lock:
        if not finished and not done.is_set():
            abandoned = True
            raise deadline.error()
    if "error" in box:
        raise box["error"]
    return box["value"]


def iterate_within(
    deadline: Deadline, items: Iterator[T], close: Callable[[], None] | None = None
) -> Iterator[T]:
    """The items of `items` that arrive before `deadline`; then the deadline's error.

    Exceptions raised by `items` are re-raised in the caller. `close` is called when the
    caller stops early (deadline, error or a generator close), from the caller's thread.
    """
    pipe: queue.Queue[Any] = queue.Queue(maxsize=64)
    stop = threading.Event()
    context = contextvars.copy_context()

    def pump() -> None:
        try:
            for item in items:
                if stop.is_set():
                    return
                pipe.put(item)
        except BaseException as exc:  # noqa: BLE001 - handed over to the caller
            if not stop.is_set():
                pipe.put(_Failure(exc))
            return
        pipe.put(_END)

    threading.Thread(target=context.run, args=(pump,), name="model-stream", daemon=True).start()
    finished = False
    try:
        while True:
            try:
                item = pipe.get(timeout=deadline.remaining())
            except queue.Empty:
                raise deadline.error() from None
            if item is _END:
                finished = True
                return
            if isinstance(item, _Failure):
                raise item.exc
            yield item
    finally:
        if not finished:
            stop.set()
            _drain(pipe)
            if close is not None:
                # The stream may already be broken; closing is best effort.
                with contextlib.suppress(Exception):
                    close()


class _Failure:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def _drain(pipe: queue.Queue[Any]) -> None:
    # Unblock a pump waiting on a full queue so it can see `stop` and end.
    try:
        while True:
            pipe.get_nowait()
    except queue.Empty:
        pass
