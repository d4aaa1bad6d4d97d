"""Reading an answer the way an interviewer would: vague, without an outcome, off the
question, rambling, owning up to a gap. The reading lives in `language/answers.py` and
`language/denials.py`, shared with the coach, so both judge "is this answer about the
question" and "is this an honest gap" by one rule; the interviewer's modules import it from
here."""

from ..language.answers import (
    AnswerSignals,
    Reading,
    filler_count,
    is_bare_claim,
    is_everyday_tool,
    is_off_topic,
    is_rambling,
    is_run_on,
    lemma_set,
    life_share,
    names_topic_term,
    own_phrases,
    own_term,
    read,
    read_answer,
    said_as_done,
    tells_life_outside_work,
    tells_occasion,
    tells_one_occasion,
    tells_own_doing,
    tells_own_occasion,
    tells_past,
    tells_plan,
    topic_share,
    working_world,
)
from ..language.denials import admits_gap

__all__ = [
    "AnswerSignals",
    "Reading",
    "admits_gap",
    "filler_count",
    "is_bare_claim",
    "is_everyday_tool",
    "is_off_topic",
    "is_rambling",
    "is_run_on",
    "lemma_set",
    "life_share",
    "names_topic_term",
    "own_phrases",
    "own_term",
    "read",
    "read_answer",
    "said_as_done",
    "tells_life_outside_work",
    "tells_occasion",
    "tells_one_occasion",
    "tells_own_doing",
    "tells_own_occasion",
    "tells_past",
    "tells_plan",
    "topic_share",
    "working_world",
]
