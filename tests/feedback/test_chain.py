"""The feedback provider chain: validation, one retry, fallback, labelling and call records."""

from __future__ import annotations

import json

from interview_core.ai.retry import InvalidReply
from interview_core.context import CallRecord
from interview_core.feedback import run_feedback_chain
from interview_core.feedback_schema import FeedbackReport, ModelFeedback
from tests.helpers.feedback import ANSWERS, CTX, FeedbackProvider, model_feedback_dict


def _run(ai):  # type: ignore[no-untyped-def]
    calls: list[CallRecord] = []
    report = run_feedback_chain(CTX, ai, record=calls.append)
    FeedbackReport.model_validate(report.model_dump(mode="json"))
    return report, calls


def test_valid_model_feedback_is_merged_with_local_parts(chain) -> None:
    model = FeedbackProvider(model_feedback_dict(CTX))
    report, calls = _run(chain(model))
    assert report.generated_by.provider == "fakemodel"
    assert report.generated_by.model == "fakemodel-1"
    assert not report.generated_by.fallback and not report.generated_by.heuristic
    assert [q.verdict for q in report.questions] == [f"Model verdict {i}." for i in range(1, 9)]
    assert report.overall_score == 72 and report.score == 7
    assert report.strengths == ["Concrete numbers.", "Clear ownership.", "Named tools."]
    # Statistics, insights and skill coverage are local, whatever the model said.
    assert [q.answer for q in report.questions] == list(ANSWERS)
    assert report.questions[4].stats.filler_count >= 3
    assert any(c.skill == "Python" and c.status == "demonstrated" for c in report.skill_coverage)
    assert report.insights.total_words > 200
    assert [(c.provider, c.outcome, c.purpose) for c in calls] == [("fakemodel", "ok", "feedback")]


def test_model_json_string_is_accepted(chain) -> None:
    model = FeedbackProvider(json.dumps(model_feedback_dict(CTX)))
    report, _ = _run(chain(model))
    assert report.generated_by.provider == "fakemodel"


def test_invalid_json_is_retried_once_then_used(chain) -> None:
    model = FeedbackProvider(InvalidReply("The reply is not valid JSON."), model_feedback_dict(CTX))
    report, calls = _run(chain(model))
    assert model.feedback_calls == 2
    assert report.generated_by.provider == "fakemodel"
    assert [c.outcome for c in calls] == ["invalid", "ok"]


def test_out_of_range_scores_twice_fall_back_to_offline_labelled(chain) -> None:
    bad = model_feedback_dict(CTX)
    bad["questions"][0]["score"] = 140
    worse = model_feedback_dict(CTX)
    worse["questions"][2]["dimensions"]["evidence"] = -5
    model = FeedbackProvider(bad, worse, model_feedback_dict(CTX))
    report, calls = _run(chain(model))
    assert model.feedback_calls == 2  # one retry, never a third call
    assert report.generated_by.provider == "offline"
    assert report.generated_by.heuristic and report.generated_by.fallback
    assert [(c.provider, c.outcome, c.fallback) for c in calls] == [
        ("fakemodel", "invalid", False),
        ("fakemodel", "invalid", False),
        ("offline", "ok", True),
    ]
    assert "invalid feedback" in (calls[0].error or "")


def test_wrong_number_of_questions_is_invalid(chain) -> None:
    short = model_feedback_dict(CTX)
    short["questions"] = short["questions"][:5]
    model = FeedbackProvider(short, short)
    report, calls = _run(chain(model))
    assert report.generated_by.provider == "offline" and report.generated_by.fallback
    assert "covers 5 questions" in (calls[0].error or "")


def test_missing_fields_and_bad_numbering_are_invalid(chain) -> None:
    no_strengths = model_feedback_dict(CTX)
    del no_strengths["strengths"]
    shuffled = model_feedback_dict(CTX)
    shuffled["questions"][0]["number"], shuffled["questions"][1]["number"] = 2, 1
    model = FeedbackProvider(no_strengths, shuffled)
    report, calls = _run(chain(model))
    assert report.generated_by.provider == "offline"
    assert [c.outcome for c in calls[:2]] == ["invalid", "invalid"]


def test_transport_error_moves_to_the_next_provider_without_retry(chain) -> None:
    first = FeedbackProvider(TimeoutError("read timed out"), name="primary")
    second = FeedbackProvider(model_feedback_dict(CTX), name="secondary")
    report, calls = _run(chain(first, second))
    assert first.feedback_calls == 1
    assert report.generated_by.provider == "secondary" and report.generated_by.fallback
    assert [(c.provider, c.outcome, c.fallback) for c in calls] == [
        ("primary", "error", False),
        ("secondary", "ok", True),
    ]


def test_without_an_offline_provider_the_scorer_is_still_the_last_resort(chain) -> None:
    model = FeedbackProvider(ConnectionError("refused"))
    report, calls = _run(chain(model, offline=False))
    assert report.generated_by.provider == "offline"
    assert report.generated_by.fallback and report.generated_by.heuristic
    assert calls[-1].provider == "offline" and calls[-1].fallback


def test_offline_first_never_calls_a_model(chain, offline_provider) -> None:
    from interview_core.ai.service import AIService

    model = FeedbackProvider(model_feedback_dict(CTX))
    report, calls = _run(AIService([offline_provider, model]))
    assert model.feedback_calls == 0
    assert report.generated_by.provider == "offline" and not report.generated_by.fallback
    assert [c.provider for c in calls] == ["offline"]


def test_provider_without_feedback_support_is_skipped(chain) -> None:
    from tests.helpers.fakes import ScriptedProvider

    report, calls = _run(chain(ScriptedProvider()))
    # It is passed over without a call record; the scorer stands in, labelled.
    assert [(c.provider, c.outcome, c.fallback) for c in calls] == [("offline", "ok", True)]
    assert report.generated_by.provider == "offline" and report.generated_by.fallback


def test_progress_messages_are_reported(chain) -> None:
    heard: list[str] = []
    model = FeedbackProvider(ConnectionError("down"))
    run_feedback_chain(CTX, chain(model), on_progress=heard.append)
    assert heard[0].startswith("Reading")
    assert any("Asking fakemodel" in m for m in heard)
    assert any("offline rubric" in m for m in heard)


def test_model_feedback_schema_is_usable_in_a_prompt() -> None:
    schema = ModelFeedback.model_json_schema()
    assert set(schema["required"]) == {"questions", "strengths", "weaknesses", "cv_improvements"}
    text = json.dumps(schema)
    for key in ("stronger_answer", "verdict", "missing", "relevance", "communication"):
        assert key in text
