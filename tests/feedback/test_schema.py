"""The published schema: ranges, coercion, and every provider's output validating against it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from interview_core.feedback_schema import (
    FeedbackReport,
    ModelFeedback,
    headline_score,
    score_band,
)
from tests.helpers.feedback import CTX, model_feedback_dict


def test_model_feedback_coerces_what_models_write() -> None:
    raw = model_feedback_dict(CTX)
    raw["questions"][0]["score"] = "81.6"
    raw["questions"][0]["dimensions"]["relevance"] = 90.4
    raw["questions"][0]["verdict"] = "  Good\n answer.  "
    raw["strengths"] = ["a", "b", "", "a", "c", "d", "e", "f"]
    parsed = ModelFeedback.model_validate(raw)
    first = parsed.questions[0]
    assert first.score == 82 and first.dimensions.relevance == 90
    assert first.verdict == "Good answer."
    assert parsed.strengths == ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("questions", 0, "score"), 101),
        (("questions", 0, "score"), "high"),
        (("questions", 0, "dimensions", "structure"), -1),
        (("questions", 0, "verdict"), ""),
        (("questions", 0, "stronger_answer"), ["only one step"]),
        (("strengths",), ["just", "two"]),
        (("questions", 0, "number"), 9),
    ],
)
def test_model_feedback_rejects_out_of_range_and_missing_values(path, value) -> None:  # type: ignore[no-untyped-def]
    raw = model_feedback_dict(CTX)
    target = raw
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValidationError):
        ModelFeedback.model_validate(raw)


def test_headline_score_maps_0_100_to_1_10() -> None:
    assert [headline_score(v) for v in (0, 4, 5, 15, 50, 94, 95, 100)] == [1, 1, 1, 2, 5, 9, 10, 10]


def test_score_bands_split_at_45_and_70() -> None:
    scores = (0, 44, 45, 69, 70, 100)
    assert [score_band(v) for v in scores] == ["weak", "weak", "fair", "fair", "strong", "strong"]


def test_report_json_round_trips() -> None:
    from interview_core.scorer import score_interview

    report = score_interview(CTX)
    assert FeedbackReport.model_validate_json(report.model_dump_json()) == report
    published = report.model_dump(mode="json")
    for key in (
        "score",
        "overall_score",
        "questions",
        "strengths",
        "weaknesses",
        "cv_improvements",
        "skill_coverage",
        "insights",
        "generated_by",
        "dimensions",
    ):
        assert key in published
    question = published["questions"][0]
    for key in (
        "question",
        "answer",
        "score",
        "dimensions",
        "verdict",
        "missing",
        "stronger_answer",
        "stats",
    ):
        assert key in question
