"""Turning CV and job-description lines into phrases that fit a question."""

from __future__ import annotations

import hashlib
import re

from ..language.skills import skill_named

_IRREGULAR_VERBS = frozenset(
    [
        "built",
        "led",
        "ran",
        "wrote",
        "made",
        "took",
        "drove",
        "grew",
        "won",
        "cut",
        "set",
        "sold",
        "brought",
        "kept",
        "taught",
        "spoke",
        "began",
        "chose",
        "found",
        "gave",
        "held",
        "oversaw",
        "became",
        "own",
        "manage",
        "run",
        "keep",
        "care",
        "mentor",
        "document",
        "lead",
        "build",
        "maintain",
        "support",
        "work",
        "deliver",
        "design",
        "develop",
        "write",
        "coordinate",
        "train",
        "handle",
        "sell",
        "partner",
        "present",
        "drive",
        "deploy",
        "teach",
        "supervise",
        "ship",
        "plan",
        "recognise",
        "recognize",
        "escalate",
        "administer",
        "triage",
        "assess",
        "monitor",
        "produce",
        "automate",
        "introduce",
        "migrate",
        "launch",
        "create",
        "analyse",
        "analyze",
        "improve",
        "reduce",
        "increase",
        "cut",
        "close",
        "negotiate",
        "prospect",
        "grow",
        "manage",
    ]
)
_PERSON_ADJECTIVES = (
    r"(?:be\s+)?(?:able|comfortable|happy|confident|willing|fluent|experienced|familiar|"
    r"passionate|skilled|keen|eager|motivated|organised|organized|calm)\b"
)
_LEADING_ADJECTIVES = re.compile(
    r"^(?:strong|excellent|solid|proven|good|great|advanced|deep|demonstrable|"
    r"demonstrated|significant|extensive|outstanding|exceptional)\s+",
    re.IGNORECASE,
)
# Words that must never appear in a question: the interviewer does not evaluate mid-interview.
FEEDBACK_PHRASES = (
    "great answer",
    "good answer",
    "excellent answer",
    "nice answer",
    "well done",
    "good job",
    "great job",
    "impressive",
    "that's great",
    "that is great",
    "perfect",
    "brilliant",
    "fantastic",
    "love that",
    "i like that",
    "good point",
    "great point",
    "strong answer",
    "excellent",
    "awesome",
)


def stable_int(*parts: str) -> int:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    # Keep acronyms and names ("SQL", "Kafka"); lower ordinary capitalised words.
    if first[:1].isupper() and first[1:].islower() and skill_named(first) is None:
        return text[:1].lower() + text[1:]
    return text


def trim_to_clause(text: str, must_keep: str = "", max_words: int = 22) -> str:
    """The clause of `text` that keeps `must_keep`, so a quotation stays short."""
    text = text.strip().rstrip(".;:,")
    if len(text.split()) <= max_words:
        return text
    for separator in ("; ", " — ", " – ", ": ", ", "):
        pieces = [p.strip() for p in text.split(separator) if p.strip()]
        if len(pieces) < 2:
            continue
        keep = next((p for p in pieces if must_keep and must_keep.lower() in p.lower()), pieces[0])
        if len(keep.split()) <= max_words:
            return keep.rstrip(".;:")
    return " ".join(text.split()[:max_words]).rstrip(",;:") + "…"


def as_candidate_clause(line: str, must_keep: str = "") -> str | None:
    """ "Built X" → "you built X"; None when the line does not start with a verb."""
    text = trim_to_clause(line, must_keep)
    first = text.split(" ", 1)[0].lower().strip(",")
    is_verb = first in _IRREGULAR_VERBS or (
        len(first) > 4 and (first.endswith("ed") or first.endswith("ise") or first.endswith("ize"))
    )
    if not is_verb:
        return None
    clause = text[:1].lower() + text[1:]
    clause = re.sub(r"\bmy\b", "your", clause)
    clause = re.sub(r"\bI\b", "you", clause)
    return f"you {clause}"


def as_duty(line: str) -> str:
    """A job-description line as a clause after "you'd" or "we're looking for"."""
    text = re.sub(r"^(?:you will|you'll|you would|to)\s+", "", line.strip(), flags=re.I)
    text = _LEADING_ADJECTIVES.sub("", text)
    text = trim_to_clause(text)
    first = text.split(" ", 1)[0]
    if DUTY_START.match(text) and not first.isupper():
        text = text[:1].lower() + text[1:]  # "Triage patients" → "you'd triage patients"
    else:
        text = lower_first(text)
    # "Able to ..." / "Comfortable with ..." describe a person, not a thing to look for.
    if re.match(_PERSON_ADJECTIVES, text, re.IGNORECASE):
        text = "someone " + text
    return text


DUTY_START = re.compile(
    r"^(?:you will\s+|you'll\s+)?(build|lead|own|design|develop|deliver|drive|manage|maintain|"
    r"improve|work|partner|mentor|coach|create|run|support|ensure|write|review|shape|define|"
    r"scale|operate|implement|analyse|analyze|present|triage|administer|provide|carry|care|"
    r"assess|monitor|follow|contribute|handle|sell|prospect|negotiate|close|grow|keep|"
    r"collaborate|plan|coordinate|train|teach|document|report|identify|establish|champion|"
    r"help|respond|resolve|conduct|prepare|oversee|supervise|recruit|hire|set|track|"
    r"optimi[sz]e|automate|migrate|architect|research|test|deploy|investigate|communicate|"
    r"liaise|engage|win|expand|generate|promote|process|record|escalate|educate|advise|"
    r"assist|serve)\b",
    re.IGNORECASE,
)


def jd_sentence(line: str) -> str:
    """A job-description line restated by the interviewer, as a full sentence."""
    duty = as_duty(line)
    if DUTY_START.match(line.strip()):
        return f"In this role you'd {duty}."
    return f"We're looking for {duty}."
