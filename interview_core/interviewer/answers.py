"""Reading an answer the way an interviewer would: vague, without an outcome, off the question, rambling."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language.skills import Skill, extract_skills

_HEDGES = (
    "some stuff",
    "stuff",
    "things like that",
    "kind of",
    "sort of",
    "i guess",
    "i think so",
    "not sure",
    "maybe",
    "a bit",
    "a few things",
    "various",
    "etc",
    "and so on",
    "whatever",
    "basically",
    "i suppose",
    "i don't know",
    "i dont know",
    "hard to say",
    "here and there",
    "bits and pieces",
    "some things",
    "a lot of things",
)
_RESULT = re.compile(
    r"\b(reduc\w*|increas\w*|improv\w*|result\w*|sav(?:ed|ing|ings)|cut|grew|grow\w*|"
    r"achiev\w*|exceed\w*|decreas\w*|doubl\w*|halv\w*|tripl\w*|faster|fewer|lower|higher|"
    r"outcome|impact|led to|so that|which meant|meaning that|won|closed|hit|beat|"
    r"shipped|launched|delivered|recovered|stabilis\w*|stabiliz\w*|prevented|avoided|"
    r"eliminat\w*|promoted|adopted|renewed|signed|praised|thanked|discharged|percent|"
    r"per cent|zero|none of|no longer|went from|down from|up from|on time|ahead of)\b",
    re.IGNORECASE,
)
_ACTION = re.compile(
    r"\b(i|we)\s+(?:\w+\s+)?(\w+ed|built|led|ran|wrote|made|set|took|drove|cut|chose|found|"
    r"got|sold|won|spoke|met|brought|gave|kept|began|did|went|put|sent|taught|told|held|"
    r"called|asked|moved|split|rewrote|shipped)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d|%|£|\$|€|\b(?:twice|half|double|dozen|hundred|thousand|million)\b", re.I)


@dataclass(frozen=True)
class AnswerSignals:
    """What a quick read of an answer tells an interviewer."""

    words: int
    hedges: int
    specificity: int
    has_outcome: bool
    skills: tuple[Skill, ...]

    @property
    def is_vague(self) -> bool:
        """Too short or too hedgy to learn from without a concrete example."""
        if self.words < 8:
            return True
        if self.words < 25 and self.specificity < 2:
            return True
        return (
            self.hedges >= 2 and self.specificity < 2 or self.hedges >= 1 and self.specificity == 0
        )


def read_answer(answer: str) -> AnswerSignals:
    """Signals from one answer: length, hedging, specifics, and whether it gives a result."""
    text = answer or ""
    lowered = text.lower()
    words = re.findall(r"[\w'’%£$€.-]+", text)
    hedges = sum(len(re.findall(rf"\b{re.escape(h)}\b", lowered)) for h in _HEDGES)
    skills = tuple(extract_skills(text))
    # Capitalised words inside a sentence are names: employers, products, people, places.
    proper = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+", text)
    proper = [p for p in proper if p not in ("I", "I'm", "I've", "I'd")]
    specificity = (
        int(bool(_NUMBER.search(text)))
        + int(bool(skills or proper))
        + int(bool(_ACTION.search(text)))
    )
    has_outcome = bool(_NUMBER.search(text) or _RESULT.search(text))
    return AnswerSignals(len(words), hedges, specificity, has_outcome, skills)
