"""What a question asks for: its type (which decides what "structure" means) and its topic."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from wordfreq import zipf_frequency

from ..language.text import sentences, stopwords, tokens, words
from .lexicons import lexicon_lists, lexicons, light_stem

# A topic word's weight falls with how common the word is in English (Zipf scale): a
# question's rare words ("variance", "stakeholder") say more about its topic than "people".
COMMON_ZIPF, RARE_ZIPF = 6.5, 4.0
MIN_TOPIC_WEIGHT = 0.15
# The asking sentence is widened to the sentences before it until its topic weighs this much.
ASK_MIN_WEIGHT = 1.5
# A question this short that asks how something turned out is a follow-up on the result.
RESULT_FOLLOW_UP_WORDS = 26

QuestionType = Literal[
    "behavioural", "technical", "situational", "motivation", "closing", "reflective"
]

# Types whose answer is a plan or a view, not a past story: STAR does not apply to them.
FORWARD_LOOKING: frozenset[str] = frozenset({"technical", "situational", "closing"})


@dataclass(frozen=True)
class QuestionReading:
    """One question as the scorer reads it."""

    text: str
    kind: QuestionType
    topic_stems: tuple[str, ...]
    """Stems of the question's own topic words (template words such as "tell me" left out)."""
    topic_weights: tuple[float, ...] = ()
    """How much each topic word says about the topic (rare words more), 0.15-1."""
    topic_text: str = ""
    """The question the topic is read from when it is not this one: the question a bare
    follow-up ("Let's go back to that occasion: what did you do?") follows up."""

    @property
    def topic_question(self) -> str:
        """The question whose words say what the answer must be about."""
        return self.topic_text or self.text

    def topic_cover(self, exact: Sequence[str], related: Sequence[str] = ()) -> float:
        """The weighted share of the topic an answer takes up (0-1).

        `exact`: topic stems matched in their own word family; `related`: matched only by a
        related word ("son" for "family"), which counts half.
        """
        if not self.topic_stems:
            return 0.0
        weights = dict(zip(self.topic_stems, self.topic_weights, strict=True))
        enough = min(sum(weights.values()), 1.2)
        got = sum(weights[m] for m in exact if m in weights)
        got += 0.5 * sum(weights[m] for m in related if m in weights and m not in exact)
        return min(1.0, got / enough)

    @property
    def asks_result(self) -> bool:
        """A follow-up asking only how it turned out ("What was the result of that?")."""
        return (
            bool(_ASKS_RESULT.search(self.text))
            and len(self.text.split()) <= RESULT_FOLLOW_UP_WORDS
            # "Pick one concrete example: what did you do, and what came of it?" asks for a
            # whole story, not only how one turned out.
            and not _ASKS_STORY.search(self.text)
        )

    @property
    def asks_brief(self) -> bool:
        """The question asks for a short answer ("In two or three sentences, …")."""
        return any(rx.search(self.text) for rx in _asks_brief())

    @property
    def asks_example(self) -> bool:
        """The question asks, among other things, for one past example ("Before we close,
        give me one concrete example of what you did, and then…"), whatever its type."""
        return any(rx.search(self.text) for rx in lexicons().question_types["behavioural"])

    @property
    def asks_plan(self) -> bool:
        """The question asks, in a hypothetical form, what the candidate would do ("How would
        you handle it if it happened here?", "What would you do if…"), whatever its type: an
        answer saying what they would do is no fault on it."""
        return any(rx.search(self.text) for rx in _asks_plan())

    @property
    def asks_reflection(self) -> bool:
        """The question asks, among other things, for a lesson or what the candidate would do
        differently ("…and what would you do differently next time?")."""
        return any(rx.search(self.text) for rx in lexicons().question_types["reflective"])

    @property
    def wants_reflection(self) -> bool:
        """Reflective questions ask for the lesson, the occasion that taught it and how the
        candidate's practice changed: neither a story with a measured result nor a plan."""
        return self.kind == "reflective"

    @property
    def wants_story(self) -> bool:
        """Behavioural questions ask for one real past example."""
        return self.kind == "behavioural"

    @property
    def wants_plan(self) -> bool:
        """Technical, situational and closing questions ask for an approach and its reasons."""
        return self.kind in FORWARD_LOOKING


def question_type(question: str) -> QuestionType:
    """The type of a question: closing, motivation, reflective, behavioural, situational or
    technical."""
    return typed_by_words(question) or "technical"


def typed_by_words(question: str) -> QuestionType | None:
    """The type a question's own words give it, None when no pattern says (technical)."""
    return _typed_by_cues(question)


def _typed_by_cues(question: str) -> QuestionType | None:
    """The first type whose cue patterns the question matches."""
    patterns = lexicons().question_types
    # "Why this role, and what questions do you have?" asks first for motivation.
    for kind in ("motivation", "closing", "reflective", "behavioural", "situational", "technical"):
        if kind == "closing" and asks_past_of_period(question):
            continue
        # "Tell me about a time…: what did you do, and what would you do differently?" asks
        # first for the story; its reflection is a tail.
        if kind == "reflective" and any(rx.search(question) for rx in _reflective_yields()):
            continue
        if any(rx.search(question) for rx in patterns.get(kind, ())):
            return kind  # type: ignore[return-value]
    return None


@lru_cache(maxsize=1)
def _asks_plan() -> tuple[re.Pattern[str], ...]:
    raw = lexicon_lists()["asks_plan"]["patterns"]
    return tuple(re.compile(rx, re.IGNORECASE) for rx in raw)


@lru_cache(maxsize=1)
def _reflective_yields() -> tuple[re.Pattern[str], ...]:
    raw = lexicon_lists()["reflective_yields_to"]["patterns"]
    return tuple(re.compile(rx, re.IGNORECASE) for rx in raw)


@lru_cache(maxsize=1)
def _asks_brief() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rx, re.IGNORECASE) for rx in lexicon_lists()["asks_brief"])


@lru_cache(maxsize=1)
def _closing_past() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rx, re.IGNORECASE) for rx in lexicon_lists()["closing_past"])


@lru_cache(maxsize=1)
def _closing_forward() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rx, re.IGNORECASE) for rx in lexicon_lists()["closing_forward"])


def asks_past_of_period(question: str) -> bool:
    """A question on the first weeks or months that asks what the candidate did then ("In
    your first months at Brightpane you changed how surveys were done: what did you do?"),
    not what they would do in the role: a past story, not a closing plan."""
    forward = (*lexicons().question_types["situational"], *_closing_forward())
    return any(rx.search(question) for rx in _closing_past()) and not any(
        rx.search(question) for rx in forward
    )


@lru_cache(maxsize=8192)
def rarity(word: str) -> float:
    """How much a word says about a topic: 0.15 for the commonest English words, up to 1."""
    value = (COMMON_ZIPF - zipf_frequency(word, "en")) / (COMMON_ZIPF - RARE_ZIPF)
    return round(max(MIN_TOPIC_WEIGHT, min(1.0, value)), 2)


def topic_words(question: str) -> dict[str, float]:
    """The stems of what a question is about, with their weights (no template words)."""
    template = lexicons().template_words
    stop = stopwords()
    seen: dict[str, float] = {}
    # Names in a question ("at Leeds", the company) place it; they are not its topic.
    names = {t.lower() for t in tokens(question)[1:] if t[:1].isupper()}
    for word in words(question):
        if word in template or word in stop or len(word) < 3 or "'" in word or word in names:
            continue
        s = light_stem(word)
        if s not in seen:
            seen[s] = rarity(word)
    return seen


def topic_stems(question: str) -> list[str]:
    """The stems of what a question is about (no stopwords, no 'tell me about a time')."""
    return list(topic_words(question))


_FOCUS_DATA = Path(__file__).parent / "data" / "focus.json"


@lru_cache(maxsize=1)
def focus_data() -> dict[str, Any]:
    """`data/focus.json`, read once for the readers of a question's and an answer's focus
    (here, focus.py, topics.py)."""
    return json.loads(_FOCUS_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def framing_phrases() -> re.Pattern[str]:
    """Set phrases of a question's template holding a content word ("didn't go to plan",
    "how did it land?"): `data/focus.json`."""
    raw = focus_data()
    return re.compile("|".join(f"(?:{p})" for p in raw["framing_phrases"]), re.I)


def without_framing(text: str) -> str:
    """The text with the question template's set phrases blanked out."""
    return redirect_phrases().sub(" ", framing_phrases().sub(" ", text))


@lru_cache(maxsize=1)
def redirect_phrases() -> re.Pattern[str]:
    """The interviewer's phrases bringing an answer back to its question ("let me bring us
    back to my question", "coming back to what I asked"): `data/focus.json`."""
    return re.compile("|".join(f"(?:{p})" for p in focus_data()["redirect_phrases"]), re.I)


@lru_cache(maxsize=1)
def _mention_lead() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(focus_data()["mention_leads"]) + ")", re.I)


@lru_cache(maxsize=1024)
def without_redirect(question: str) -> str:
    """The question without the interviewer's bringing the answer back to it: a statement
    that only redirects ("Fair enough, though that takes us away from what I asked."), and
    one naming the matter the answer went to just before a redirect ("You mentioned
    idempotency. Coming back to what I asked, though: …"). Their words name no part of
    what is asked; a question with nothing else is left as it is."""
    parts = sentences(question)
    redirects = [bool(redirect_phrases().search(p)) for p in parts]
    kept = []
    for i, part in enumerate(parts):
        if redirects[i] and "?" not in part:
            continue
        before_redirect = i + 1 < len(parts) and redirects[i + 1]
        if before_redirect and "?" not in part and _mention_lead().search(part):
            continue
        kept.append(part)
    return " ".join(kept) if kept else question


@lru_cache(maxsize=512)
def read_question(question: str) -> QuestionReading:
    """Type and topic of a question (cached: a report reads each question several times)."""
    topic = topic_words(without_framing(ask(question)))
    return QuestionReading(question, question_type(question), tuple(topic), tuple(topic.values()))


_ASKS_RESULT = re.compile(
    r"\b(?:what was the (?:result|outcome|impact)|how did (?:that|it) turn out|what changed"
    r"|what came of it|how did you measure|leave things in the end|what difference did"
    r"|which result)",
    re.I,
)
_ASKS_STORY = re.compile(
    r"\b(?:example|what (?:exactly )?did you (?:\w+ )?do|what you did|walk me through)\b", re.I
)
_REFERS_BACK = re.compile(
    r"\b(?:for|to|with|approach|approached|handle|handled|did|do|doing) (?:that|this|it)\b", re.I
)


def ask(question: str) -> str:
    """The part of a question that asks: its interrogative sentences, plus the sentences just
    before them when those name too little ("What exposure have you had to it?").

    A question often opens with context ("Your CV mentions…", "In this role you'd…"); its
    words say where the question comes from, not what a good answer must talk about.
    """
    # "I hear you, but let me bring us back to my question.": no part of what is asked.
    parts = sentences(without_redirect(question))
    asking = [i for i, part in enumerate(parts) if "?" in part] or [len(parts) - 1]
    start = asking[0]
    # "How would you approach that?", "What has prepared you for that?": the topic is the
    # sentence before.
    if start > 0 and _REFERS_BACK.search(parts[start]):
        start -= 1
    chosen = " ".join(parts[start:])
    while start > 0 and sum(topic_words(without_framing(chosen)).values()) < ASK_MIN_WEIGHT:
        start -= 1
        chosen = " ".join(parts[start:])
    return chosen
