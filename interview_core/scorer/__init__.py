"""The offline coach: scores answers on a four-dimension rubric and writes the advice.

- `questions`: a question's type and topic; `signals`: what an answer contains;
- `dimensions`: relevance, structure, evidence, communication, one function each;
- `rules`: advice as a table of named rules; `outline`: the stronger-answer outline;
- `summary`: coverage, insights, strengths, weaknesses, CV improvements, the report.
"""

from __future__ import annotations

from .answer import AnswerAssessment, assess_answer
from .lexicons import light_stem
from .rules import advice_for, verdict
from .summary import (
    OFFLINE_MODEL,
    OFFLINE_PROVIDER,
    InterviewAnalysis,
    analyse_interview,
    mean_dimensions,
    score_interview,
)

__all__ = [
    "OFFLINE_MODEL",
    "OFFLINE_PROVIDER",
    "AnswerAssessment",
    "InterviewAnalysis",
    "advice_for",
    "analyse_interview",
    "assess_answer",
    "mean_dimensions",
    "score_interview",
    "light_stem",
    "verdict",
]
