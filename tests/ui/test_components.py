"""Pure rendering helpers: Markdown escaping, labels, progress text, stream capture."""

from __future__ import annotations

from collections.abc import Generator
from datetime import UTC, datetime

import pytest
from streamlit.testing.v1 import AppTest

from interview_core.interview import MessageView, Progress
from interview_core.ui import components


def message(**changes: object) -> MessageView:
    values: dict[str, object] = {
        "id": 1,
        "session_id": 1,
        "role": "assistant",
        "content": "Why Kafka?",
        "timestamp": datetime(2026, 1, 1, tzinfo=UTC),
        "question_index": 3,
        "provider": "offline",
        "fallback": False,
    }
    values.update(changes)
    return MessageView(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("Grew revenue from $2M to $5M", r"Grew revenue from \$2M to \$5M"),
        ("**bold** and _it_", r"\*\*bold\*\* and \_it\_"),
        (
            "![x](http://evil.example/?q=cv)",
            "\\!\\[x\\]\\(http\\:\u2060//evil\\.example/?q\\=cv\\)",
        ),
        (":red[alarm] :material/home:", r"\:red\[alarm\] \:material/home\:"),
        ("mail me@example.com", "mail me@\u2060example\\.com"),
        ("line one\nline two", "line one  \nline two"),
        ("plain words", "plain words"),
    ],
)
def test_escape_markdown(raw: str, escaped: str) -> None:
    assert components.escape_markdown(raw) == escaped


def test_provider_labels() -> None:
    assert components.provider_label("offline") == "offline interviewer"
    assert components.provider_label("gemini") == "Gemini"
    assert components.provider_label("custom-llm") == "custom-llm"
    assert components.provider_label(None) == "interviewer"


def test_question_caption_marks_fallbacks() -> None:
    assert components.question_caption(message(), 8) == "Question 3 of 8 · offline interviewer"
    caption = components.question_caption(message(fallback=True), 8)
    assert caption.startswith("Question 3 of 8 · offline interviewer · ")
    assert "fallback" in caption


@pytest.mark.parametrize(
    ("progress", "text"),
    [
        (Progress(0, 8, 0), "8 questions, one at a time"),
        (Progress(3, 8, 2), "Question 3 of 8"),
        (Progress(8, 8, 7), "Question 8 of 8"),
        (Progress(8, 8, 8), "All 8 questions answered"),
    ],
)
def test_progress_text(progress: Progress, text: str) -> None:
    assert components.progress_text(progress) == text


def test_stream_capture_keeps_the_return_value() -> None:
    def words() -> Generator[str, None, int]:
        yield "a "
        yield "b"
        return 42

    capture = components.StreamCapture(words())
    assert capture.value is None
    assert list(capture) == ["a ", "b"]
    assert capture.value == 42


def test_write_stream_starts_over_after_a_retraction() -> None:
    script = """
import streamlit as st
from interview_core.ui import components

shown = components.write_stream(iter(["Tell ", "me ", "", "Describe ", "*one* ", "project."]))
st.caption(f"shown: {shown}")
"""
    at = AppTest.from_string(script, default_timeout=30).run()
    assert not at.exception
    assert [m.value for m in at.markdown] == [components.escape_markdown("Describe *one* project.")]
    assert [c.value for c in at.caption] == [
        "shown: " + components.escape_markdown("Describe *one* project.")
    ]


def test_a_fast_stream_is_shown_in_fewer_updates_and_retractions_pass_at_once() -> None:
    ticks = iter([0.0, 0.01, 0.02, 0.06, 0.07, 0.08, 0.2, 0.21])
    chunks = iter(["Tell ", "me ", "more ", "", "Describe ", "one ", "project."])
    out = list(components.coalesced(chunks, interval_s=0.05, clock=lambda: next(ticks)))
    # Text before a retraction goes out before it; nothing is lost or reordered.
    assert out == ["Tell me more ", "", "Describe one ", "project."]


def test_providers_are_named_for_people_in_both_front_doors() -> None:
    from interview_core.ai.names import provider_name

    assert provider_name("offline") == "the offline interviewer"
    assert provider_name("openai") == "an OpenAI-compatible model"
    assert provider_name(None) == "the interviewer"
    assert provider_name("custom") == "custom"
    assert components.provider_label("openai") == "OpenAI-compatible model"


def test_counts_agree_with_their_noun() -> None:
    assert components.count_of(1, "filler word") == "1 filler word"
    assert components.count_of(0, "filler word") == "0 filler words"
    assert components.count_of(1200, "word") == "1,200 words"
