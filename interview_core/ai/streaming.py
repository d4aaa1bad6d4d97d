"""The one loop that turns a remote provider's stream of SDK events into text chunks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .retry import ProviderError


def stream_texts(
    first: Any,
    rest: Iterator[Any],
    text_of: Callable[[Any], str | None],
    error: Callable[[BaseException], ProviderError],
    close: Callable[[], None],
) -> Iterator[str]:
    """The non-empty texts of `first` and then of `rest`, as `text_of` reads each event.

    `text_of` may also note what an event carries besides text (token usage). A failure
    mid-stream becomes the provider's classified `ProviderError` (`error`), and the stream
    is closed however the loop ends.
    """
    try:
        if first is not None:
            text = text_of(first)
            if text:
                yield text
            for event in rest:
                text = text_of(event)
                if text:
                    yield text
    except ProviderError:
        raise
    except Exception as exc:  # noqa: BLE001 - mid-stream failures are classified too
        raise error(exc) from None
    finally:
        close()
