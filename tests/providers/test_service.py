"""The provider chain without a network: streaming, hold-back, retraction, fallback, records."""

from __future__ import annotations

from collections import deque
from collections.abc import Generator, Iterator
from typing import Any

import pytest

from interview_core.ai.base import Provider, ProviderReply, QuestionResult, Usage
from interview_core.ai.retry import ProviderError
from interview_core.ai.service import RETRACT, STREAM_HOLD_CHARS, AIService, Retraction
from interview_core.context import CallRecord, InterviewContext, Turn
from interview_core.errors import ModelFailure
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.helpers.fakes import ScriptedProvider

LONG_OPENING = (
    "You led the migration of forty services to Kubernetes at Acme Corp, and this role "
    "asks for the same depth with observability tooling, so "
)
assert len(LONG_OPENING) > STREAM_HOLD_CHARS


class StreamingModel(Provider):
    """A language-model double: each call streams the next script (a list of chunks).

    An Exception inside a script is raised at that point of the stream.
    """

    language_model = True

    def __init__(self, name: str, *scripts: list[str | Exception]) -> None:
        self.name = name
        self.model = f"{name}-model"
        self.scripts: deque[list[str | Exception]] = deque(scripts)
        self.calls = 0
        self.closed = 0

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        self.calls += 1
        script = self.scripts.popleft()
        usage = Usage()

        def chunks() -> Iterator[str]:
            try:
                for item in script:
                    if isinstance(item, Exception):
                        raise item
                    yield item
                usage.tokens_in, usage.tokens_out = 100, 20
            finally:
                self.closed += 1

        return ProviderReply(chunks=chunks(), usage=usage)


def ctx(turns: tuple[Turn, ...] = ()) -> InterviewContext:
    return InterviewContext("Backend Engineer", "Initech", SAMPLE_CV, SAMPLE_JD, turns)


def run(
    gen: Generator[str, None, QuestionResult],
) -> tuple[list[str], QuestionResult]:
    chunks: list[str] = []
    while True:
        try:
            chunks.append(next(gen))
        except StopIteration as stop:
            return chunks, stop.value


def visible(chunks: list[str]) -> str:
    """What a display that honours RETRACT shows at the end."""
    shown: list[str] = []
    for chunk in chunks:
        if isinstance(chunk, Retraction):
            shown.clear()
        else:
            shown.append(chunk)
    return "".join(shown)


def test_a_long_valid_question_streams_before_it_is_complete() -> None:
    tail = "how did you decide which metrics to alert on?"
    model = StreamingModel("m", [LONG_OPENING, tail])
    gen = AIService([model]).stream_question(ctx())
    first = next(gen)
    # The opening was released while the provider had not yet sent the tail.
    assert LONG_OPENING.startswith(first) and model.scripts == deque()
    chunks, result = run(gen)
    assert first + "".join(chunks) == LONG_OPENING + tail == result.text
    assert RETRACT not in chunks


def test_a_label_is_dropped_before_anything_is_shown() -> None:
    model = StreamingModel("m", ["Question 2: ", LONG_OPENING, "what would you monitor first?"])
    chunks, result = run(AIService([model]).stream_question(ctx()))
    assert result.text.startswith("You led") and "".join(chunks) == result.text


def test_a_reply_opening_as_feedback_is_never_shown() -> None:
    feedback = "Great answer! Overall you showed " + "strong skills and clear ownership. " * 5
    model = StreamingModel("m", [feedback], [feedback])
    fallback = ScriptedProvider("What would you do in your first month at Initech?")
    records: list[CallRecord] = []
    chunks, result = run(AIService([model, fallback]).stream_question(ctx(), records.append))
    assert "Great" not in "".join(chunks) and RETRACT not in chunks
    assert (result.provider, result.fallback) == ("scripted", True)
    assert [(r.provider, r.outcome) for r in records] == [
        ("m", "invalid"),
        ("m", "invalid"),
        ("scripted", "ok"),
    ]
    assert "feedback" in (records[0].error or "")


def test_text_already_shown_then_rejected_is_retracted() -> None:
    rambling = [LONG_OPENING] + ["and also tell me more about everything else, "] * 15
    model = StreamingModel("m", rambling, rambling)
    fallback = ScriptedProvider("What would you do in your first month at Initech?")
    chunks, result = run(AIService([model, fallback]).stream_question(ctx()))
    assert chunks.count(RETRACT) == 2  # once per rejected attempt
    assert visible(chunks) == result.text == "What would you do in your first month at Initech?"
    assert model.closed == 2  # the rambling streams were closed, not drained


def test_a_stream_that_breaks_midway_is_retracted_and_falls_back() -> None:
    model = StreamingModel("m", [LONG_OPENING, ProviderError("connection reset", transient=True)])
    fallback = ScriptedProvider("What would you do in your first month at Initech?")
    records: list[CallRecord] = []
    service = AIService([model, fallback])
    chunks, result = run(service.stream_question(ctx(), records.append))
    assert RETRACT in chunks and visible(chunks) == result.text
    assert model.calls == 1  # an error is not an invalid reply: no second try
    assert records[0].outcome == "error" and "connection reset" in (records[0].error or "")
    assert service.breakers["m"].snapshot().consecutive_failures == 1


def test_an_invalid_reply_is_asked_for_once_more() -> None:
    model = StreamingModel("m", [""], ["How do you test Kafka consumers?"])
    records: list[CallRecord] = []
    chunks, result = run(AIService([model]).stream_question(ctx(), records.append))
    assert (result.provider, result.fallback, model.calls) == ("m", False, 2)
    assert [r.outcome for r in records] == ["invalid", "ok"]
    assert (records[1].tokens_in, records[1].tokens_out) == (100, 20)


def test_a_repeat_of_an_earlier_question_is_rejected() -> None:
    asked = (Turn("How do you test Kafka consumers?", "With contract tests."),)
    model = StreamingModel(
        "m", ["How do you test Kafka consumers?"], ["So how do you test your Kafka consumers?"]
    )
    records: list[CallRecord] = []
    with pytest.raises(ModelFailure):
        run(AIService([model]).stream_question(ctx(asked), records.append))
    assert [r.outcome for r in records] == ["invalid", "invalid"]
    assert "repeats question 1" in (records[0].error or "")


def test_a_deterministic_provider_is_trusted_with_its_wording() -> None:
    offline = ScriptedProvider("Could you make that concrete? What happened next?")
    chunks, result = run(AIService([offline]).stream_question(ctx()))
    assert result.text == "Could you make that concrete? What happened next?"
    assert len(chunks) > 1 and "".join(chunks) == result.text


def test_open_breaker_skips_the_provider_but_never_the_last_resort() -> None:
    now = [0.0]
    failing = ScriptedProvider(*[RuntimeError("down")] * 5)
    failing.name = "remote"
    last = StreamingModel("last", *[[RuntimeError("also down")]] * 5)
    service = AIService([failing, last], breaker_threshold=1, clock=lambda: now[0])
    records: list[CallRecord] = []
    for _ in range(2):
        with pytest.raises(ModelFailure):
            run(service.stream_question(ctx(), records.append))
    # Second round: "remote" was skipped, "last" was still tried although its breaker is open.
    assert [(r.provider, r.outcome) for r in records] == [
        ("remote", "error"),
        ("last", "error"),
        ("remote", "skipped"),
        ("last", "error"),
    ]
    assert failing.calls == 1 and last.calls == 2
    states = {s.name: s.state for s in service.breaker_snapshots()}
    assert states == {"remote": "open", "last": "open"}


def test_model_failure_is_one_plain_sentence_and_the_detail_goes_to_the_log(caplog) -> None:
    model = StreamingModel("m", [ProviderError("HTTP 503: busy", transient=True)])
    records: list[CallRecord] = []
    with pytest.raises(ModelFailure) as failure:
        run(AIService([model]).stream_question(ctx(), records.append))
    assert failure.value.message == (
        "The interviewer could not write the next question; your answer is saved, please try again."
    )
    assert "m: HTTP 503: busy" in caplog.text
    assert [r.error for r in records] == ["HTTP 503: busy"]


def test_a_reply_that_streams_too_long_is_cut_off() -> None:
    endless: list[str | Exception] = ["Tell me more. "] * 100
    model = StreamingModel("m", endless, endless)
    records: list[CallRecord] = []
    with pytest.raises(ModelFailure):
        run(AIService([model]).stream_question(ctx(), records.append))
    assert model.closed == 2 and "longer than 600" in (records[0].error or "")


def test_a_stream_past_its_deadline_counts_as_a_failure() -> None:
    model = StreamingModel("m", ["How ", "do ", "you ", "test?"])
    records: list[CallRecord] = []
    service = AIService([model], stream_deadline_s=0.0)
    with pytest.raises(ModelFailure):
        run(service.stream_question(ctx(), records.append))
    assert [r.outcome for r in records] == ["error"] and model.closed == 1
    assert "longer than 0 s" in (records[0].error or "")


# --- feedback through the chain -------------------------------------------------------------


class FeedbackDouble(Provider):
    def __init__(self, name: str, *replies: dict[str, Any] | Exception) -> None:
        self.name = name
        self.model = name
        self.replies = deque(replies)

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        raise NotImplementedError

    def generate_feedback(self, ctx: InterviewContext) -> dict[str, Any]:
        reply = self.replies.popleft()
        if isinstance(reply, Exception):
            raise reply
        return reply


def test_feedback_skips_providers_without_feedback_and_labels_the_fallback() -> None:
    class NoFeedback(ScriptedProvider):
        pass

    records: list[CallRecord] = []
    service = AIService([NoFeedback(), FeedbackDouble("judge", {"score": 1})])
    result = service.generate_feedback(ctx(), records.append)
    assert (result.data, result.provider, result.fallback) == ({"score": 1}, "judge", True)
    assert [(r.provider, r.outcome, r.purpose) for r in records] == [("judge", "ok", "feedback")]


def test_feedback_rejected_by_the_validator_is_retried_once_then_fails_over() -> None:
    def validate(data: dict[str, Any]) -> int:
        if "score" not in data:
            raise ValueError("score missing")
        return int(data["score"])

    first = FeedbackDouble("a", {}, {"nope": 1})
    second = FeedbackDouble("b", RuntimeError("down"), {"score": 7})
    records: list[CallRecord] = []
    service = AIService([first, second, FeedbackDouble("c", {"score": 9})])
    result = service.generate_feedback(ctx(), records.append, validate=validate)
    assert (result.data, result.provider) == (9, "c")
    assert [(r.provider, r.outcome) for r in records] == [
        ("a", "invalid"),
        ("a", "invalid"),
        ("b", "error"),
        ("c", "ok"),
    ]
    assert "score missing" in (records[0].error or "")


def test_feedback_failure_from_every_provider_is_a_model_failure() -> None:
    with pytest.raises(ModelFailure, match="feedback could not be written"):
        AIService([FeedbackDouble("a", RuntimeError("x"))]).generate_feedback(ctx())
