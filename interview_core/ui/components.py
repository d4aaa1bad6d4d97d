"""Rendering pieces the Streamlit pages share: labels, progress, chat messages, dates."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator
from datetime import UTC, datetime, tzinfo
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from ..ai.names import provider_name
from ..interview import MessageView, Progress, SessionSummary
from ..session_status import SESSION_STATUS_LABELS
from ..untrusted import markdown_literal

T = TypeVar("T")

# How often a streamed answer updates on screen at most. Every update is a message to the
# browser and a re-render there; a provider sends a few words per chunk, far more often.
STREAM_UPDATE_S = 0.05


# Badge colour for each `SessionSummary.status`; the labels are `SESSION_STATUS_LABELS`.
STATUS_COLOURS = {"new": "orange", "ready": "blue", "in_progress": "violet", "complete": "green"}


def escape_markdown(text: str) -> str:
    """Show `text` literally in Markdown: CVs, answers and model output are untrusted.

    Escapes every ASCII punctuation character (which also covers Streamlit's `$` LaTeX and
    `:` colours and icons) and defuses bare URLs and e-mail addresses, which the chat and
    Markdown elements would otherwise turn into links.
    """
    # Keep the writer's line breaks: a single newline is only a space in Markdown.
    return markdown_literal(text).replace("\n", "  \n")


def count_of(n: int, noun: str) -> str:
    """'1 filler word', '3 filler words': a count with its noun in agreement."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def provider_label(provider: str | None) -> str:
    """A reader-friendly name for the provider that wrote a question, as a label."""
    name = provider_name(provider)
    return name.removeprefix("the ").removeprefix("an ")


def question_caption(message: MessageView, max_questions: int) -> str:
    """'Question 3 of 8 · offline interviewer', with a fallback badge when one stood in."""
    caption = (
        f"Question {message.question_index} of {max_questions} · "
        f"{escape_markdown(provider_label(message.provider))}"
    )
    if message.fallback:
        caption += " · :orange-badge[:material/warning: fallback]"
    return caption


def progress_text(progress: Progress) -> str:
    """'Question 3 of 8', or where the interview stands before and after."""
    if progress.is_complete:
        return f"All {progress.max_questions} questions answered"
    if not progress.is_started:
        return f"{progress.max_questions} questions, one at a time"
    return f"Question {progress.question_count} of {progress.max_questions}"


def render_progress(progress: Progress) -> None:
    """A progress bar labelled with the question number."""
    st.progress(progress.fraction, text=progress_text(progress))


def status_badge(summary: SessionSummary) -> str:
    """A coloured Markdown badge for the session's status."""
    colour = STATUS_COLOURS[summary.status]
    return f":{colour}-badge[{SESSION_STATUS_LABELS[summary.status]}]"


def render_message(message: MessageView, max_questions: int) -> None:
    """One turn of the conversation as a chat bubble; questions say who wrote them."""
    with st.chat_message(message.role):
        st.markdown(escape_markdown(message.content))
        if message.role == "assistant":
            st.caption(question_caption(message, max_questions))


def coalesced(
    chunks: Iterator[str],
    interval_s: float = STREAM_UPDATE_S,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[str]:
    """The same text in fewer chunks: what arrived within `interval_s` of the last chunk
    passed on goes out together. An empty chunk (a retraction) passes through at once,
    after the text before it."""
    pending: list[str] = []
    last = clock()
    for chunk in chunks:
        if not chunk:
            if pending:
                yield "".join(pending)
                pending.clear()
            yield chunk
            last = clock()
            continue
        pending.append(chunk)
        now = clock()
        if now - last >= interval_s:
            yield "".join(pending)
            pending.clear()
            last = now
    if pending:
        yield "".join(pending)


def write_stream(chunks: Iterator[str]) -> str:
    """`st.write_stream` the text, escaped; start over when the stream retracts what it showed.

    The AI service marks "clear what you have shown" with an empty chunk (real text chunks
    are never empty), then streams the replacement. Chunks are coalesced (`coalesced`), so
    a fast provider costs a few updates, not one per word. Returns the text shown last.
    """
    chunks = coalesced(chunks)
    slot = st.empty()
    retracted = True
    shown = ""
    while retracted:
        retracted = False

        def until_retraction() -> Iterator[str]:
            nonlocal retracted
            for chunk in chunks:
                if not chunk:
                    retracted = True
                    return
                yield escape_markdown(chunk)

        # Each pass writes into the same slot, replacing the retracted text.
        with slot.container():
            written = st.write_stream(until_retraction())
        shown = written if isinstance(written, str) else ""
    return shown


class StreamCapture(Generic[T]):
    """Iterate a generator (e.g. for `st.write_stream`) and keep what it returns in `value`."""

    def __init__(self, generator: Generator[str, None, T]) -> None:
        self._generator = generator
        self.value: T | None = None

    def __iter__(self) -> Iterator[str]:
        self.value = yield from self._generator


def _viewer_timezone() -> tzinfo:
    name = st.context.timezone
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return UTC


def format_when(moment: datetime, *, with_time: bool = True) -> str:
    """A date (and time) in the viewer's time zone (UTC when the browser did not say)."""
    tz = _viewer_timezone()
    local = moment.astimezone(tz)
    if not with_time:
        return local.strftime("%d %b %Y")
    text = local.strftime("%d %b %Y, %H:%M")
    return f"{text} UTC" if tz is UTC else text
