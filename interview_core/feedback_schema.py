"""The published feedback object, and the part of it a language model writes.

`FeedbackReport` is what every front door shows and what `GET /session/<id>/feedback`
returns as JSON. `ModelFeedback` is the judgement a model provider writes (scores, verdicts,
what was missing, a stronger-answer outline, strengths, weaknesses, CV advice); everything
countable (skill coverage, insights, per-answer statistics) is computed locally and merged,
so it is the same whichever provider judged the answers.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

SCHEMA_VERSION = 1

SkillStatus = Literal["demonstrated", "undemonstrated", "missing"]
ScoreBand = Literal["strong", "fair", "weak"]
TalkingPointKey = Literal["experience", "skills", "lessons_learned", "motivation"]


def _round_number(value: Any) -> Any:
    # Models write 72.5 or "72" as often as 72; round real numbers, leave the rest to pydantic.
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return round(value)
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return value
        return round(number) if math.isfinite(number) else value
    return value


def _one_line(value: Any) -> Any:
    return " ".join(value.split()) if isinstance(value, str) else value


Score100 = Annotated[int, Field(ge=0, le=100), BeforeValidator(_round_number)]
"""A score from 0 to 100 (fractions are rounded; anything outside the range is invalid)."""

Line = Annotated[str, Field(min_length=1, max_length=400), BeforeValidator(_one_line)]
"""One line of text: whitespace collapsed, never empty."""


def _clean_list(value: Any) -> Any:
    # Drop blank entries and exact repeats; a list of a few good points beats padding.
    if not isinstance(value, list):
        return value
    out: list[Any] = []
    for item in value:
        item = _one_line(item)
        if isinstance(item, str) and not item:
            continue
        if item not in out:
            out.append(item)
    return out


def _trim(limit: int) -> BeforeValidator:
    # More than `limit` points is not wrong, only long: keep the first ones.
    return BeforeValidator(
        lambda v: _clean_list(v)[:limit] if isinstance(v, list) else _clean_list(v)
    )


Points = Annotated[list[Line], _trim(5), Field(min_length=3, max_length=5)]
"""Three to five concrete points."""


class Dimensions(BaseModel):
    """The four rubric dimensions, each 0-100."""

    relevance: Score100 = Field(
        description="Answers the question asked and ties it to the job description."
    )
    structure: Score100 = Field(
        description="STAR: situation, task, action and result all present and in proportion."
    )
    evidence: Score100 = Field(
        description=(
            "Numbers, named tools and systems, concrete outcomes; 'I' for one's own actions."
        )
    )
    communication: Score100 = Field(
        description="Length within a sensible band; few filler and hedge words."
    )


# The dimensions' names in rubric order (the one list), and what every view calls each.
DIMENSION_NAMES: tuple[str, ...] = tuple(Dimensions.model_fields)
DIMENSION_LABELS: dict[str, str] = {name: name.capitalize() for name in DIMENSION_NAMES}


# --- what a model writes ----------------------------------------------------------------


class ModelQuestionFeedback(BaseModel):
    """A model's judgement of one answer."""

    model_config = ConfigDict(extra="ignore")

    number: int = Field(ge=1, le=8, description="The question's number, 1-based, in order.")
    score: Score100 = Field(description="Overall quality of this answer, 0-100.")
    dimensions: Dimensions
    verdict: Line = Field(description="One line: how good the answer was and why.")
    missing: Annotated[list[Line], _trim(5), Field(max_length=5)] = Field(
        default_factory=list,
        description="What the answer lacked (e.g. 'no measurable result'); empty if nothing.",
    )
    stronger_answer: Annotated[list[Line], _trim(6), Field(min_length=2, max_length=6)] = Field(
        description=(
            "Outline of a stronger answer as short bullet points, using the candidate's "
            "own experience where possible."
        )
    )


class ModelFeedback(BaseModel):
    """The part of the feedback a language model writes; the rest is computed locally."""

    model_config = ConfigDict(extra="ignore")

    questions: list[ModelQuestionFeedback] = Field(
        min_length=1, max_length=8, description="One entry per answered question, in order."
    )
    strengths: Points = Field(
        description="3-5 concrete strengths, quoting the candidate's words where possible."
    )
    weaknesses: Points = Field(
        description="3-5 concrete weaknesses, quoting the candidate's words where possible."
    )
    cv_improvements: Points = Field(
        description="3-5 concrete changes to the CV that this interview suggests."
    )

    @field_validator("questions")
    @classmethod
    def _numbered_in_order(cls, value: list[ModelQuestionFeedback]) -> list[ModelQuestionFeedback]:
        numbers = [q.number for q in value]
        if numbers != list(range(1, len(value) + 1)):
            raise ValueError(f"questions must be numbered 1..{len(value)} in order, got {numbers}")
        return value


# --- computed locally -------------------------------------------------------------------


class StarParts(BaseModel):
    """How strongly each STAR part shows in an answer, 0.0 (absent) to 1.0 (clearly there)."""

    situation: float = Field(ge=0, le=1)
    task: float = Field(ge=0, le=1)
    action: float = Field(ge=0, le=1)
    result: float = Field(ge=0, le=1)


class AnswerStats(BaseModel):
    """Countable facts about one answer."""

    word_count: int = Field(ge=0)
    filler_count: int = Field(ge=0)
    hedge_count: int = Field(ge=0)
    fillers_per_100_words: float = Field(ge=0)
    numbers: int = Field(ge=0, description="Figures quoted: percentages, amounts, counts.")
    skills_named: list[str] = Field(default_factory=list)
    first_person_share: float = Field(
        ge=0, le=1, description="'I' among 'I' and 'we' (0.5 when neither is used)."
    )
    star: StarParts


class QuestionFeedback(BaseModel):
    """The feedback on one question and its answer."""

    number: int = Field(ge=1, le=8)
    question: str
    answer: str
    score: Score100
    dimensions: Dimensions
    verdict: Line
    missing: list[str] = Field(default_factory=list)
    stronger_answer: list[str] = Field(default_factory=list)
    stats: AnswerStats


class SkillCoverage(BaseModel):
    """One job-description skill and how the interview covered it."""

    skill: str
    category: str
    status: SkillStatus
    evidence: str | None = Field(
        default=None,
        description="Where it showed: the candidate's words (demonstrated) or the CV line.",
    )
    question: int | None = Field(default=None, description="First question that showed it.")


class TermCount(BaseModel):
    """A word or term and how often the candidate used it."""

    term: str
    count: int = Field(ge=1)


class TalkingPoint(BaseModel):
    """A topic interviewers listen for, and where the candidate covered it."""

    key: TalkingPointKey
    label: str
    covered: bool
    questions: list[int] = Field(default_factory=list)


class Insights(BaseModel):
    """What practice tools show: terms, most-used words, fillers, talking points."""

    total_words: int = Field(ge=0)
    average_answer_words: float = Field(ge=0)
    job_terms: list[TermCount] = Field(
        default_factory=list, description="Job-description skills and terms used in answers."
    )
    top_words: list[TermCount] = Field(default_factory=list)
    filler_words: list[TermCount] = Field(default_factory=list)
    hedge_words: list[TermCount] = Field(default_factory=list)
    fillers_per_100_words: float = Field(ge=0)
    talking_points: list[TalkingPoint] = Field(default_factory=list)


class GeneratedBy(BaseModel):
    """Which provider judged the answers, and whether it stood in for a failed one."""

    provider: str
    model: str
    fallback: bool = False
    heuristic: bool = Field(
        default=False, description="True for the offline rule-based scorer (no language model)."
    )


class FeedbackReport(BaseModel):
    """The complete feedback of one interview, as published."""

    schema_version: int = SCHEMA_VERSION
    score: int = Field(ge=1, le=10, description="Headline score 1-10.")
    overall_score: Score100
    dimensions: Dimensions
    questions: list[QuestionFeedback]
    strengths: list[str]
    weaknesses: list[str]
    cv_improvements: list[str]
    skill_coverage: list[SkillCoverage] = Field(default_factory=list)
    insights: Insights
    generated_by: GeneratedBy
    generated_at: datetime | None = None

    def skills_with(self, status: SkillStatus) -> list[SkillCoverage]:
        """The covered skills with one status, in job-description order."""
        return [s for s in self.skill_coverage if s.status == status]


# Lower bounds of the bands every view colours a 0-100 score by.
STRONG_SCORE = 70
FAIR_SCORE = 45


def score_band(score: int) -> ScoreBand:
    """How a 0-100 score reads: strong, fair or weak."""
    if score >= STRONG_SCORE:
        return "strong"
    return "fair" if score >= FAIR_SCORE else "weak"


def headline_score(overall: int) -> int:
    """The 1-10 headline from the 0-100 overall score."""
    return max(1, min(10, round(overall / 10)))
