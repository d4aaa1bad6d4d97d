"""The offline feedback scorer: transparent, deterministic rules over the answers.

Every answer gets four rubric dimensions (0-100):

- relevance: the share of the question's own terms the answer takes up, the job
  description's skills and terms it uses, and, for "tell me about a time" questions,
  whether it tells a real past example rather than what one would do;
- structure: STAR. Marker lexicons give each part (situation, task, action, result) a
  strength that saturates (1 - 0.5^hits), so several weak signals earn partial credit and
  no single phrase decides; answers of three sentences or more lose credit when context
  crowds out action and result;
- evidence: figures, named tools, systems and organisations, concrete outcomes and "I"
  over "we", less a penalty for generic, hypothetical and buzzword language;
- communication: length within 70-260 words, filler and hedge words per 100 words, and
  run-on sentences.

An answer's score weighs them 30/25/30/15 and is then capped when the answer misses the
question or is too short to judge. The lexicons live in `data/scoring_lexicons.json`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from .ai.base import InterviewContext
from .feedback_schema import (
    AnswerStats,
    Dimensions,
    FeedbackReport,
    GeneratedBy,
    Insights,
    QuestionFeedback,
    SkillCoverage,
    StarParts,
    TalkingPoint,
    TermCount,
    headline_score,
)
from .language import skills as skill_lexicon
from .language.text import content_words, normalise_quotes, sentences, stopwords, words
from .language.text import tokens as text_tokens

OFFLINE_PROVIDER = "offline"
OFFLINE_MODEL = "rule-based scorer"

_LEXICON_FILE = Path(__file__).parent / "data" / "scoring_lexicons.json"

# Rubric weights of an answer's score: relevance, structure, evidence, communication.
WEIGHTS = (0.30, 0.25, 0.30, 0.15)
# The length band of a spoken answer of roughly 30 seconds to 2 minutes.
IDEAL_WORDS = (70, 260)

_NUMBER = re.compile(
    r"(?<![\w.])([£$€]?)(\d[\d,]*(?:\.\d+)?)"
    r"(\s?(?:%|percent\b|per cent\b|k\b|m\b|bn\b|x\b|times\b|pounds\b|dollars\b|euros\b|"
    r"minutes\b|seconds\b|hours\b|days\b|weeks\b|months\b|milliseconds\b|ms\b|points\b))?"
)
_BEHAVIOURAL = re.compile(
    r"\b(tell me about a time|tell me about an?\b|describe a\b|describe an?\b|describe how you|"
    r"give (me )?an example|a time when|a time you|have you ever|walk me through a)",
    re.IGNORECASE,
)
_MOTIVATION = re.compile(r"\bwhy (do you want|are you interested|this role|us|our)\b", re.I)
_MONTHS_DAYS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_FIRST_PERSON = frozenset({"i", "i'm", "i've", "i'd", "i'll", "my", "me", "myself"})
_TEAM_PERSON = frozenset({"we", "we're", "we've", "we'd", "we'll", "our", "us", "ourselves"})
_STAR_PARTS = ("situation", "task", "action", "result")
# A place or a date sets the scene: "at Acme", "in March", "in 2022".
_SCENE = re.compile(r"\b(?:[Aa]t|[Ii]n|[Oo]n|[Ff]or|[Ww]ith)\s+(?:(?:19|20)\d\d\b|[A-Z][\w&'\-]+)")
# Any "I <verb>ed" is an action even when the verb is not in the lexicon.
_I_PAST_VERB = re.compile(r"(?<![\w'])i\s+(?:\w+ly\s+)?(?!need|want|us|was|had|call)\w{3,}ed\b")


def _pattern(phrase: str) -> str:
    """A regex for one lexicon entry: words on boundaries, `*` for any ending."""
    parts: list[str] = []
    for token in phrase.lower().split():
        if token.endswith("*"):
            parts.append(re.escape(token[:-1]) + r"[\w'\-]*")
        else:
            parts.append(re.escape(token))
    body = r"\s+".join(parts)
    head = r"(?<![\w'])" if re.match(r"\w", phrase) else ""
    # A possessive still counts: "patient's" is a mention of "patient".
    tail = r"(?:'s)?(?![\w'])" if re.search(r"[\w*]$", phrase) else ""
    return head + body + tail


@dataclass(frozen=True)
class _Lexicon:
    """One marker list compiled to a single regex, with each match's lexicon entry."""

    entries: tuple[str, ...]
    regex: re.Pattern[str]

    @classmethod
    def of(cls, entries: Iterable[str]) -> _Lexicon:
        ordered = tuple(sorted({e.lower() for e in entries if e.strip()}, key=len, reverse=True))
        body = "|".join(f"(?:{_pattern(e)})" for e in ordered)
        return cls(ordered, re.compile(body or r"(?!x)x"))

    def spans(self, lowered: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.regex.finditer(lowered)]

    def counts(self, lowered: str) -> Counter[str]:
        """How often each marker occurs, keyed by the text as written (punctuation trimmed)."""
        found: Counter[str] = Counter()
        for m in self.regex.finditer(lowered):
            key = m.group(0).strip(" ,")
            found[" ".join(key.split())] += 1
        return found


@dataclass(frozen=True)
class Lexicons:
    """Every marker list the scorer reads, compiled."""

    star_strong: dict[str, _Lexicon]
    star_weak: dict[str, _Lexicon]
    fillers: _Lexicon
    hedges: _Lexicon
    hypothetical: _Lexicon
    generic: _Lexicon
    buzzwords: _Lexicon
    number_words: _Lexicon
    template_words: frozenset[str]
    talking_points: dict[str, tuple[str, _Lexicon]]
    # Stem -> ids of the groups of related words it belongs to ("parent" ~ "mother").
    related: dict[str, frozenset[int]]


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """The scorer's lexicons, read once from `data/scoring_lexicons.json`."""
    raw = json.loads(_LEXICON_FILE.read_text(encoding="utf-8"))
    star = raw["star"]
    return Lexicons(
        star_strong={p: _Lexicon.of(star[p]["strong"]) for p in _STAR_PARTS},
        star_weak={p: _Lexicon.of(star[p]["weak"]) for p in _STAR_PARTS},
        fillers=_Lexicon.of(raw["fillers"]),
        hedges=_Lexicon.of(raw["hedges"]),
        hypothetical=_Lexicon.of(raw["hypothetical"]),
        generic=_Lexicon.of(raw["generic"]),
        buzzwords=_Lexicon.of(raw["buzzwords"]),
        number_words=_Lexicon.of(raw["number_words"]),
        template_words=frozenset(raw["template_words"]),
        talking_points={
            key: (value["label"], _Lexicon.of(value["markers"]))
            for key, value in raw["talking_points"].items()
        },
        related=_related_groups(raw["related_terms"]),
    )


def _related_groups(groups: list[list[str]]) -> dict[str, frozenset[int]]:
    index: dict[str, set[int]] = {}
    for number, group in enumerate(groups):
        for word in group:
            index.setdefault(stem(word), set()).add(number)
    return {key: frozenset(value) for key, value in index.items()}


# --- small text helpers -----------------------------------------------------------------

_SUFFIXES = (
    "ational", "ations", "ation", "ities", "ments", "ment", "ness", "ings", "ing", "ied",
    "ies", "ers", "ity", "er", "ed", "es", "ly", "s", "e", "y",
)  # fmt: skip


def stem(word: str) -> str:
    """A light stem: one common English suffix off, then at most seven letters."""
    word = word.lower().strip("'-")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:7]


def _same_stem(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short)


def _related(a: str, b: str) -> bool:
    """Same stem, or both in one group of related words."""
    if _same_stem(a, b):
        return True
    related = lexicons().related
    return bool(related.get(a, frozenset()) & related.get(b, frozenset()))


def _saturate(hits: float, half: float = 1.0) -> float:
    """0 for no hits, rising towards 1: each `half` hits close half the remaining gap."""
    return 1.0 - 0.5 ** (max(hits, 0.0) / half)


def _clamp(value: float, lo: float = 0.0, hi: float = 100.0) -> float:
    return max(lo, min(hi, value))


def _count_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    # Overlapping markers ("i trained" from the lexicon and from the "I ...ed" rule) count once.
    kept: list[tuple[int, int]] = []
    for span in sorted(spans):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


# --- the job description ----------------------------------------------------------------


@dataclass(frozen=True)
class JobProfile:
    """What relevance is measured against: the job description's skills and terms."""

    skills: tuple[skill_lexicon.Skill, ...]
    term_stems: frozenset[str]
    terms_by_stem: dict[str, str]


@lru_cache(maxsize=64)
def job_profile(job_description: str) -> JobProfile:
    """The skills and content-word stems of a job description (cached per text)."""
    terms: dict[str, str] = {}
    for word in content_words(job_description):
        if len(word) >= 4:
            terms.setdefault(stem(word), word)
    return JobProfile(
        skills=tuple(skill_lexicon.extract_skills(job_description)),
        term_stems=frozenset(terms),
        terms_by_stem=terms,
    )


# --- one answer ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerAssessment:
    """The offline scorer's reading of one answer: scores, statistics and the signals behind them."""

    question: str
    answer: str
    score: int
    dimensions: Dimensions
    stats: AnswerStats
    behavioural: bool
    question_terms: tuple[str, ...]
    matched_question_terms: tuple[str, ...]
    job_terms: tuple[str, ...]
    number_tokens: tuple[str, ...]
    proper_nouns: tuple[str, ...]
    fillers: Counter[str] = field(default_factory=Counter)
    hedges: Counter[str] = field(default_factory=Counter)
    hypothetical: int = 0
    generic: int = 0
    buzzwords: Counter[str] = field(default_factory=Counter)
    i_count: int = 0
    we_count: int = 0
    avg_sentence_words: float = 0.0
    best_sentence: str | None = None


def _star(text: str, lowered: str, sents: Sequence[str]) -> tuple[dict[str, float], float]:
    """STAR strengths (0-1 per part) and a proportion factor (0.5-1)."""
    lex = lexicons()
    strengths: dict[str, float] = {}
    for part in _STAR_PARTS:
        strong = lex.star_strong[part].spans(lowered)
        if part == "action":
            strong += [m.span() for m in _I_PAST_VERB.finditer(lowered)]
        if part == "situation":
            strong += [m.span() for m in _SCENE.finditer(text)]
        strong = _count_spans(strong)
        weak = [
            s
            for s in _count_spans(lex.star_weak[part].spans(lowered))
            if not any(a < s[1] and s[0] < b for a, b in strong)
        ]
        strengths[part] = _saturate(len(strong) + 0.5 * len(weak))

    if len(sents) < 3:
        return strengths, 1.0
    # Label each sentence by its strongest part: context crowding out action and result, or
    # sentences with no part at all, are what "rambling" looks like on paper.
    labels: list[str | None] = []
    for sentence in sents:
        low = normalise_quotes(sentence.lower())
        best: str | None = None
        best_hits = 0.0
        for part in _STAR_PARTS:
            hits = len(lex.star_strong[part].spans(low)) + 0.5 * len(lex.star_weak[part].spans(low))
            if part == "action":
                hits += len(_I_PAST_VERB.findall(low))
            if part == "situation":
                hits += len(_SCENE.findall(sentence))
            if hits > best_hits:
                best, best_hits = part, hits
        labels.append(best)
    n = len(labels)
    context_share = sum(1 for x in labels if x in ("situation", "task")) / n
    empty_share = sum(1 for x in labels if x is None) / n
    factor = 1.0 - 0.6 * max(0.0, context_share - 0.5) - 0.6 * max(0.0, empty_share - 0.34)
    return strengths, _clamp(factor, 0.5, 1.0)


def _numbers(text: str, lowered: str) -> tuple[float, list[str]]:
    weight = 0.0
    tokens: list[str] = []
    for m in _NUMBER.finditer(text):
        currency, digits, unit = m.group(1), m.group(2), m.group(3)
        value = digits.replace(",", "")
        is_year = not currency and not unit and re.fullmatch(r"(19|20)\d\d", value) is not None
        # A year places the story (situation); a figure with a unit is evidence proper.
        weight += 0.3 if is_year else (1.2 if currency or unit else 1.0)
        if not is_year:
            tokens.append(m.group(0).strip())
    word_hits = lexicons().number_words.counts(lowered)
    weight += 0.5 * sum(word_hits.values())
    tokens.extend(word_hits)
    return weight, tokens


def _proper_nouns(sents: Sequence[str]) -> list[str]:
    found: list[str] = []
    for sentence in sents:
        tokens = text_tokens(sentence)
        for position, token in enumerate(tokens):
            if position == 0 or token == "I" or len(token) < 2:
                continue
            capitalised = token[0].isupper() or any(c.isupper() for c in token[1:])
            if capitalised and token.lower() not in _MONTHS_DAYS and token not in found:
                found.append(token)
    return found


def _length_score(word_count: int) -> float:
    lo, hi = IDEAL_WORDS
    if word_count < 15:
        return 0.1 * word_count / 15
    if word_count < lo:
        return 0.1 + 0.9 * (word_count - 15) / (lo - 15)
    if word_count <= hi:
        return 1.0
    if word_count <= 500:
        return 1.0 - 0.6 * (word_count - hi) / (500 - hi)
    return max(0.2, 0.4 - 0.2 * (word_count - 500) / 500)


def question_terms(question: str) -> list[str]:
    """The stems of what a question is about (no stopwords, no 'tell me about a time')."""
    lex = lexicons()
    seen: list[str] = []
    for word in words(question):
        if word in lex.template_words or word in stopwords() or len(word) < 3:
            continue
        s = stem(word)
        if s not in seen:
            seen.append(s)
    return seen


def assess_answer(
    question: str, answer: str, job_description: str = "", cv_text: str = ""
) -> AnswerAssessment:
    """Score one answer on the four rubric dimensions and collect the signals behind them."""
    lex = lexicons()
    text = normalise_quotes(answer or "").strip()
    lowered = text.lower()
    tokens = words(text)
    word_count = len(tokens) + len(_NUMBER.findall(text))
    sents = sentences(text)
    per100 = 100.0 / max(word_count, 1)

    # Structure.
    star, proportion = _star(text, lowered, sents)
    structure = (
        100
        * proportion
        * (
            0.2 * star["situation"]
            + 0.15 * star["task"]
            + 0.35 * star["action"]
            + 0.3 * star["result"]
        )
    )

    # Evidence.
    number_weight, number_tokens = _numbers(text, lowered)
    named_skills = [s.name for s in skill_lexicon.extract_skills(text)] if text else []
    proper = _proper_nouns(sents)
    named = {n.lower() for n in named_skills} | {p.lower() for p in proper}
    i_count = sum(1 for t in tokens if t in _FIRST_PERSON)
    we_count = sum(1 for t in tokens if t in _TEAM_PERSON)
    ownership = i_count / (i_count + we_count) if i_count + we_count else 0.5
    generic = sum(lex.generic.counts(lowered).values())
    hypothetical = sum(lex.hypothetical.counts(lowered).values())
    buzz = lex.buzzwords.counts(lowered)
    vagueness = min(45.0, (4 * generic + 5 * hypothetical + 6 * sum(buzz.values())) * per100)
    evidence = (
        100
        * (
            0.35 * _saturate(number_weight, 0.8)
            + 0.25 * _saturate(len(named), 1.5)
            + 0.2 * star["result"]
            + 0.2 * ownership
        )
        - vagueness
    )

    # Communication.
    fillers = lex.fillers.counts(lowered)
    hedges = lex.hedges.counts(lowered)
    filler_rate = sum(fillers.values()) * per100
    hedge_rate = sum(hedges.values()) * per100
    avg_sentence = word_count / max(len(sents), 1)
    communication = (
        100 * _length_score(word_count)
        - 7 * filler_rate
        - 3 * hedge_rate
        - 1.2 * max(0.0, avg_sentence - 28)
    )

    # Relevance.
    q_terms = question_terms(question)
    answer_stems = [stem(w) for w in content_words(text)]
    unique_stems = list(dict.fromkeys(answer_stems))
    matched = [q for q in q_terms if any(_related(q, a) for a in unique_stems)]
    q_cover = min(1.0, len(matched) / (0.5 * len(q_terms))) if q_terms else 0.6
    profile = job_profile(job_description) if job_description else None
    job_terms: list[str] = []
    if profile:
        for a in unique_stems:
            if a in profile.term_stems and a not in q_terms:
                job_terms.append(profile.terms_by_stem[a])
        job_skill_names = {s.name for s in profile.skills}
        job_terms.extend(n for n in named_skills if n in job_skill_names and n not in job_terms)
    job_fit = _saturate(len(job_terms), 2.0) if profile else 0.5
    behavioural = bool(_BEHAVIOURAL.search(question))
    told_example = max(star["action"], star["result"])
    hypothetical_share = min(1.0, hypothetical * per100 / 4)
    if behavioural:
        fit = told_example * (1 - hypothetical_share)
    else:
        fit = 0.5 + 0.5 * told_example * (1 - 0.5 * hypothetical_share)
    relevance = 100 * (0.5 * q_cover + 0.2 * job_fit + 0.3 * fit)

    dims = [_clamp(relevance), _clamp(structure), _clamp(evidence), _clamp(communication)]
    if word_count == 0:
        dims = [0.0, 0.0, 0.0, 0.0]
    score = sum(w * d for w, d in zip(WEIGHTS, dims, strict=True))
    # An answer that misses the question, or is too short to show anything, cannot score
    # well however polished its other parts are.
    if dims[0] < 45:
        score *= 0.55 + 0.45 * dims[0] / 45
    if word_count < 25:
        score *= 0.4 + 0.6 * word_count / 25

    stats = AnswerStats(
        word_count=word_count,
        filler_count=sum(fillers.values()),
        hedge_count=sum(hedges.values()),
        fillers_per_100_words=round(filler_rate, 1),
        numbers=len(number_tokens),
        skills_named=named_skills,
        first_person_share=round(ownership, 2),
        star=StarParts(**{p: round(v, 2) for p, v in star.items()}),
    )
    return AnswerAssessment(
        question=question,
        answer=answer,
        score=round(_clamp(score)),
        dimensions=Dimensions(
            relevance=round(dims[0]),
            structure=round(dims[1]),
            evidence=round(dims[2]),
            communication=round(dims[3]),
        ),
        stats=stats,
        behavioural=behavioural,
        question_terms=tuple(q_terms),
        matched_question_terms=tuple(matched),
        job_terms=tuple(job_terms),
        number_tokens=tuple(number_tokens),
        proper_nouns=tuple(proper),
        fillers=fillers,
        hedges=hedges,
        hypothetical=hypothetical,
        generic=generic,
        buzzwords=buzz,
        i_count=i_count,
        we_count=we_count,
        avg_sentence_words=round(avg_sentence, 1),
        best_sentence=_best_sentence(sents),
    )


def _best_sentence(sents: Sequence[str]) -> str | None:
    """The sentence most worth quoting back: figures and outcomes first."""
    lex = lexicons()
    best: tuple[float, str] | None = None
    for sentence in sents:
        low = normalise_quotes(sentence.lower())
        weight, _ = _numbers(sentence, low)
        value = (
            weight
            + len(lex.star_strong["result"].spans(low))
            + 0.5 * len(lex.star_strong["action"].spans(low))
            - len(lex.fillers.spans(low))
        )
        if value > 0 and (best is None or value > best[0]):
            best = (value, sentence)
    return _quote(best[1]) if best else None


def _quote(text: str, limit: int = 140) -> str:
    # Quotes sit inside sentences of ours, so their own closing full stop goes.
    text = " ".join(text.split()).rstrip(".")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


# --- advice on one answer ---------------------------------------------------------------------


def _display_terms(question: str, stems: Iterable[str]) -> list[str]:
    # The question's own words for a list of stems, for sentences a person reads.
    wanted = list(stems)
    shown: dict[str, str] = {}
    for word in words(question):
        s = stem(word)
        if s in wanted and s not in shown:
            shown[s] = word
    return [shown[s] for s in wanted if s in shown]


def _join(items: Sequence[str], word: str = "and") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def _top(counter: Counter[str], n: int = 3) -> str:
    return ", ".join(f"“{k}” ×{v}" for k, v in counter.most_common(n))


@dataclass(frozen=True)
class _Gap:
    short: str  # fits after "but ..." in a verdict
    advice: str  # one item of "what was missing"


def gaps(a: AnswerAssessment) -> list[_Gap]:
    """What an answer lacks, most important first."""
    s = a.stats
    out: list[_Gap] = []
    if s.word_count == 0:
        return [_Gap("there is no answer", "An answer: even two sentences with one example.")]
    if a.dimensions.relevance < 45:
        about = _join(_display_terms(a.question, a.question_terms)[:3])
        out.append(
            _Gap(
                "it does not really answer the question",
                f"An answer to the question asked{f' (about {about})' if about else ''}: "
                "start with one sentence that answers it directly.",
            )
        )
    if s.word_count < 40:
        out.append(
            _Gap(
                "it is too short to show what you did",
                f"Detail: {s.word_count} words is too short; aim for 100-250 words built "
                "around one concrete example.",
            )
        )
    if a.hypothetical >= 2 and a.hypothetical > a.i_count / 3:
        out.append(
            _Gap(
                "it says what you would do, not what you did",
                "A real example: what you did on one occasion, not what you would do.",
            )
        )
    if 45 <= a.dimensions.relevance < 60:
        about = _join(_display_terms(a.question, a.question_terms)[:3])
        out.append(
            _Gap(
                "it drifts from the question",
                "Focus: tie each part back to what was asked" + (f" ({about})." if about else "."),
            )
        )
    motivation = bool(_MOTIVATION.search(a.question))
    if s.star.result < 0.5 and not motivation:
        out.append(
            _Gap(
                "it has no clear result",
                "A result: what changed because of your actions, ideally with a number.",
            )
        )
    if s.star.action < 0.5 and not motivation:
        out.append(
            _Gap(
                "your own actions are unclear",
                "Your actions: two or three concrete steps you took yourself, with “I”.",
            )
        )
    if a.we_count >= 3 and a.we_count > a.i_count:
        out.append(
            _Gap(
                "it says “we” more than “I”",
                f"Your own part: it says “we” {_times(a.we_count)} and “I” {_times(a.i_count)}; "
                "say what you did.",
            )
        )
    if s.numbers == 0 and s.word_count >= 25 and not motivation:
        out.append(
            _Gap(
                "no figures back it up",
                "Figures: how much, how many, how fast — one number makes a claim credible.",
            )
        )
    if s.star.situation < 0.35 and s.word_count >= 30 and a.behavioural:
        out.append(
            _Gap("it lacks context", "Context: one sentence on where, when and what was at stake.")
        )
    if sum(a.buzzwords.values()) + a.generic >= 3:
        examples = _join([f"“{k}”" for k, _ in (a.buzzwords + Counter()).most_common(2)])
        out.append(
            _Gap(
                "it relies on general claims",
                "Specifics instead of general claims"
                + (f" such as {examples}" if examples else "")
                + ": show it with one example.",
            )
        )
    if a.dimensions.structure < 50 and s.word_count >= 30 and not motivation:
        out.append(
            _Gap(
                "the story is hard to follow",
                "Structure: situation, task, action, result — in that order, a sentence or "
                "two each.",
            )
        )
    if s.word_count > 300:
        out.append(
            _Gap(
                "it is long",
                f"Focus: {s.word_count} words; aim for under 250 — cut background, keep "
                "actions and result.",
            )
        )
    if s.fillers_per_100_words >= 3:
        out.append(
            _Gap(
                "filler words get in the way",
                f"Fewer filler words: {_top(a.fillers)}.",
            )
        )
    if not s.skills_named and not a.proper_nouns and s.word_count >= 30:
        out.append(
            _Gap(
                "it names no tools, systems or organisations",
                "Names: the tools, systems, teams or organisations involved.",
            )
        )
    return out


def _praise(a: AnswerAssessment) -> str:
    s = a.stats
    if s.numbers and s.star.result >= 0.5:
        return "a concrete example with a measurable result"
    if s.star.action >= 0.75 and s.first_person_share >= 0.6:
        return "clear ownership of what you did"
    if s.skills_named:
        return f"it names the tools ({_join(s.skills_named[:3])})"
    if a.dimensions.relevance >= 70:
        return "it stays on the question"
    return "it answers the question"


def verdict(a: AnswerAssessment) -> str:
    """One line on an answer: how good it is and the main reason."""
    found = gaps(a)
    if a.stats.word_count == 0:
        return "Not answered."
    gap = found[0].short if found else None
    if a.score >= 75:
        return f"Strong answer: {_praise(a)}." + (f" One thing to add: {gap}." if gap else "")
    if a.score >= 55:
        return f"Good foundation — {_praise(a)} — but {gap or 'it could be sharper'}."
    if a.score >= 35:
        return f"Partly there: {gap or 'it needs a concrete example'}."
    return f"Weak answer: {gap or 'it needs a concrete example'}."


def _cv_lines(cv_text: str) -> list[str]:
    lines: list[str] = []
    for line in (cv_text or "").splitlines():
        line = re.sub(r"^[\s\-*•·–—>#|]+", "", line).strip()
        if not line:
            continue
        if len(line) > 200:
            lines.extend(s for s in sentences(line) if len(s) >= 20)
        elif len(line) >= 20:
            lines.append(line)
    return lines


def best_cv_line(cv_text: str, question: str, prefer: Iterable[str] = ()) -> str | None:
    """The CV line most related to a question (and to the `prefer` terms), if any is."""
    q_stems = question_terms(question) + [stem(p) for p in prefer]
    best: tuple[float, str] | None = None
    for line in _cv_lines(cv_text):
        stems = {stem(w) for w in content_words(line)}
        overlap = sum(1 for q in q_stems if any(_related(q, s) for s in stems))
        if not overlap:
            continue
        value = overlap + (0.5 if re.search(r"\d", line) else 0)
        if best is None or value > best[0]:
            best = (value, line)
    return _quote(best[1]) if best else None


def stronger_answer(
    a: AnswerAssessment,
    cv_text: str,
    job_skills: Sequence[str],
    company: str = "",
    all_job_skills: Sequence[str] = (),
) -> list[str]:
    """An outline of a stronger answer, built from the candidate's own answer and CV.

    `job_skills` are the job's skills this question is about; of the skills the answer
    names, those the job asks for come first (all of them when the job names none).
    """
    cv_line = best_cv_line(cv_text, a.question, a.stats.skills_named)
    cv_hint = f" — your CV has one: “{cv_line}”" if cv_line else ""
    named = [s for s in a.stats.skills_named if not all_job_skills or s in all_job_skills]
    tools = list(dict.fromkeys([*named, *job_skills]))[:3]
    naming = f", naming {_join(tools)} where you used them" if tools else ""
    figures = [t for t in a.number_tokens if any(c.isdigit() for c in t)][:2]
    result = (
        f"Result: keep your figures ({_join([f'“{f}”' for f in figures])}) and say what they "
        "meant for the team, the customer or the business."
        if figures
        else "Result: a measurable outcome (time, money, quality or satisfaction) and what "
        "you learned."
    )
    if _MOTIVATION.search(a.question):
        job = f" at {company}" if company else ""
        return [
            f"Open with one specific thing that draws you to this role{job}"
            + (f", such as {_join(job_skills[:2])}" if job_skills else "")
            + ".",
            f"Link it to what you have already done{cv_hint}.",
            "Say what you would bring in your first months, in one sentence.",
        ]
    if a.behavioural:
        scene = (
            "Situation: keep your setting to one sentence — where, when, what was at stake."
            if a.stats.star.situation >= 0.5
            else f"Situation: pick one real example and set it in one sentence{cv_hint}."
        )
        return [
            scene,
            "Task: what you were responsible for, and the goal or target.",
            f"Action: two or three steps you took yourself, with “I”{naming}.",
            result,
        ]
    has_example = max(a.stats.star.action, a.stats.star.result) >= 0.75
    return [
        "Open with your approach in one sentence.",
        "Keep your example and make clear which decisions were yours."
        if has_example
        else f"Prove it with one real example{cv_hint}.",
        f"Say what you did step by step{naming}.",
        result,
    ]


# --- the whole interview --------------------------------------------------------------------

_DIMENSION_TIPS = {
    "relevance": "answer the question asked in your first sentence and tie it to the job",
    "structure": "tell each example as situation, task, action, result — and never skip the result",
    "evidence": "bring a figure, a named tool or system, and say what you did with “I”",
    "communication": "keep answers to 100-250 words and drop filler words",
}


@dataclass(frozen=True)
class InterviewAnalysis:
    """Everything computed locally about an interview, whoever judges the answers."""

    assessments: tuple[AnswerAssessment, ...]
    skill_coverage: tuple[SkillCoverage, ...]
    insights: Insights
    job_skills: tuple[str, ...]


def _answered(ctx: InterviewContext) -> list[tuple[str, str]]:
    return [(t.question, t.answer or "") for t in ctx.turns]


def _skill_coverage(ctx: InterviewContext, answers: Sequence[str]) -> list[SkillCoverage]:
    job_skills = job_profile(ctx.job_description).skills if ctx.job_description else ()
    cv_skills = set(skill_lexicon.extract_skills(ctx.cv_text)) if ctx.cv_text else set()
    out: list[SkillCoverage] = []
    for skill in job_skills:
        shown_in: int | None = None
        quote: str | None = None
        for number, answer in enumerate(answers, start=1):
            mentions = skill_lexicon.find_mentions(answer, skill)
            if mentions:
                shown_in, quote = number, mentions[0]
                break
        if shown_in is not None:
            out.append(
                SkillCoverage(
                    skill=skill.name,
                    category=skill.category,
                    status="demonstrated",
                    evidence=quote,
                    question=shown_in,
                )
            )
        elif skill in cv_skills:
            cv_mentions = skill_lexicon.find_mentions(ctx.cv_text, skill)
            out.append(
                SkillCoverage(
                    skill=skill.name,
                    category=skill.category,
                    status="undemonstrated",
                    evidence=cv_mentions[0] if cv_mentions else None,
                )
            )
        else:
            out.append(SkillCoverage(skill=skill.name, category=skill.category, status="missing"))
    return out


def _insights(
    ctx: InterviewContext,
    assessments: Sequence[AnswerAssessment],
    coverage: Sequence[SkillCoverage],
) -> Insights:
    lex = lexicons()
    answers = [a.answer for a in assessments]
    total_words = sum(a.stats.word_count for a in assessments)
    answered = [a for a in assessments if a.stats.word_count]

    job_terms: Counter[str] = Counter()
    by_name = {
        s.name: s for s in (job_profile(ctx.job_description).skills if ctx.job_description else ())
    }
    for item in coverage:
        if item.status == "demonstrated" and item.skill in by_name:
            job_terms[item.skill] = sum(
                len(skill_lexicon.find_mentions(answer, by_name[item.skill])) for answer in answers
            )
    skill_words = {w for name in job_terms for w in words(name)}
    all_stems = Counter(stem(w) for answer in answers for w in content_words(answer))
    for a in assessments:
        for term in a.job_terms:
            if term in by_name or term.lower() in skill_words:
                continue
            job_terms[term] = max(job_terms[term], all_stems[stem(term)], 1)

    top_words = Counter(w for answer in answers for w in content_words(answer) if len(w) >= 4)
    fillers: Counter[str] = Counter()
    hedges: Counter[str] = Counter()
    for a in assessments:
        fillers.update(a.fillers)
        hedges.update(a.hedges)

    points: list[TalkingPoint] = []
    for key, (label, markers) in lex.talking_points.items():
        where: list[int] = []
        for number, a in enumerate(assessments, start=1):
            lowered = normalise_quotes(a.answer.lower())
            hit = bool(markers.spans(lowered))
            if key == "skills":
                hit = hit or bool(a.stats.skills_named)
            if key == "experience":
                # "4 years", "at Acme", "in 2022": the answer draws on real experience.
                hit = hit or bool(re.search(r"\b\d+\s+years\b", lowered) or _SCENE.search(a.answer))
            if hit:
                where.append(number)
        points.append(TalkingPoint(key=key, label=label, covered=bool(where), questions=where))

    return Insights(
        total_words=total_words,
        average_answer_words=round(total_words / len(answered), 1) if answered else 0.0,
        job_terms=[TermCount(term=t, count=c) for t, c in job_terms.most_common(12) if c > 0],
        top_words=[TermCount(term=t, count=c) for t, c in top_words.most_common(10) if c >= 2],
        filler_words=[TermCount(term=t, count=c) for t, c in fillers.most_common(8)],
        hedge_words=[TermCount(term=t, count=c) for t, c in hedges.most_common(8)],
        fillers_per_100_words=round(sum(fillers.values()) * 100 / max(total_words, 1), 1),
        talking_points=points,
    )


def analyse_interview(ctx: InterviewContext) -> InterviewAnalysis:
    """Score every answer and compute skill coverage and insights (no advice text yet)."""
    assessments = tuple(
        assess_answer(q, a, ctx.job_description, ctx.cv_text) for q, a in _answered(ctx)
    )
    coverage = tuple(_skill_coverage(ctx, [a.answer for a in assessments]))
    job_skills = tuple(
        s.name for s in (job_profile(ctx.job_description).skills if ctx.job_description else ())
    )
    return InterviewAnalysis(
        assessments=assessments,
        skill_coverage=coverage,
        insights=_insights(ctx, assessments, coverage),
        job_skills=job_skills,
    )


def mean_dimensions(items: Sequence[Dimensions]) -> Dimensions:
    """The average of several sets of rubric scores (zeros for none)."""
    if not items:
        return Dimensions(relevance=0, structure=0, evidence=0, communication=0)
    n = len(items)
    return Dimensions(
        relevance=round(sum(d.relevance for d in items) / n),
        structure=round(sum(d.structure for d in items) / n),
        evidence=round(sum(d.evidence for d in items) / n),
        communication=round(sum(d.communication for d in items) / n),
    )


def _relevant_job_skills(a: AnswerAssessment, job_skills: Sequence[str]) -> list[str]:
    # The job's skills that this question is about; else none (no generic name-dropping).
    q_stems = set(a.question_terms)
    return [s for s in job_skills if any(_related(stem(w), q) for w in words(s) for q in q_stems)]


def _pad(points: list[str], extras: Iterable[str], low: int = 3, high: int = 5) -> list[str]:
    out = list(dict.fromkeys(points))
    for extra in extras:
        if len(out) >= low:
            break
        if extra not in out:
            out.append(extra)
    return out[:high]


def _strengths(an: InterviewAnalysis, ctx: InterviewContext) -> list[str]:
    items = [a for a in an.assessments if a.stats.word_count]
    out: list[str] = []
    best_index, best = max(enumerate(an.assessments, start=1), key=lambda p: p[1].score)
    if items and best.score >= 55:
        quote = f": “{best.best_sentence}”" if best.best_sentence else "."
        out.append(f"Question {best_index} was your strongest answer ({best.score}/100){quote}")
    with_figures = [i for i, a in enumerate(an.assessments, 1) if a.stats.numbers]
    if len(with_figures) >= 2:
        sample = next(
            (t for a in an.assessments for t in a.number_tokens if any(c.isdigit() for c in t)),
            None,
        )
        out.append(
            f"You backed {len(with_figures)} of {len(an.assessments)} answers with figures"
            + (f" (for example “{sample}”)" if sample else "")
            + ", which makes them credible."
        )
    shown = [c for c in an.skill_coverage if c.status == "demonstrated"]
    if shown:
        first = shown[0]
        out.append(
            f"You showed {_join([c.skill for c in shown[:4]])} in your answers, not just on "
            f"paper — e.g. “{first.evidence}” (question {first.question})."
        )
    dims = mean_dimensions([a.dimensions for a in items]).model_dump()
    top_dim, top_value = max(dims.items(), key=lambda kv: kv[1])
    if items and top_value >= 60:
        out.append(f"{top_dim.capitalize()} was your strongest dimension ({top_value}/100).")
    i_total = sum(a.i_count for a in items)
    we_total = sum(a.we_count for a in items)
    if i_total >= 8 and i_total >= 2 * we_total:
        out.append(
            f"You spoke about your own part: “I” {i_total} times against “we” {we_total} times."
        )
    ins = an.insights
    if ins.total_words >= 200 and ins.fillers_per_100_words < 1:
        out.append("Clean delivery: hardly any filler words.")
    in_band = [a for a in items if IDEAL_WORDS[0] <= a.stats.word_count <= IDEAL_WORDS[1]]
    if len(in_band) >= max(2, len(items) * 3 // 4):
        out.append(
            f"Your answers were a good length (about {round(ins.average_answer_words)} words on "
            "average): long enough for an example, short enough to follow."
        )
    covered = [p.label.lower() for p in ins.talking_points if p.covered]
    extras = [
        f"You answered all {len(items)} questions."
        if items and len(items) == len(an.assessments)
        else f"You answered {len(items)} of {len(an.assessments)} questions.",
        f"You covered {_join(covered)}." if covered else "",
        f"{top_dim.capitalize()} was your best dimension ({top_value}/100); build on it.",
        "You went through a full practice interview; the outlines below show what each "
        "answer needs, so the next attempt can start from them.",
    ]
    return _pad(out, [e for e in extras if e])


def _weaknesses(an: InterviewAnalysis, ctx: InterviewContext) -> list[str]:
    items = list(an.assessments)
    if not items:
        return []
    out: list[str] = []
    worst_index, worst = min(enumerate(items, start=1), key=lambda p: p[1].score)
    worst_gaps = gaps(worst)
    if worst.score < 70:
        gap = worst_gaps[0].short if worst_gaps else "it needs a concrete example"
        out.append(f"Question {worst_index} was your weakest answer ({worst.score}/100): {gap}.")
    dims = mean_dimensions([a.dimensions for a in items]).model_dump()
    low_dim, low_value = min(dims.items(), key=lambda kv: kv[1])
    if low_value < 75:
        out.append(
            f"{low_dim.capitalize()} was your weakest dimension ({low_value}/100): "
            f"{_DIMENSION_TIPS[low_dim]}."
        )
    answered = [a for a in items if a.stats.word_count]
    no_result = [
        i for i, a in enumerate(items, 1) if a.stats.word_count and a.stats.star.result < 0.5
    ]
    if len(no_result) >= 2:
        out.append(
            f"{len(no_result)} answers (questions {_join([str(i) for i in no_result])}) ended "
            "without a result: say what changed because of you."
        )
    no_numbers = [i for i, a in enumerate(items, 1) if a.stats.word_count and not a.stats.numbers]
    if len(no_numbers) >= max(2, len(answered) // 3):
        out.append(f"{len(no_numbers)} of {len(answered)} answers had no figures at all.")
    hypothetical = [i for i, a in enumerate(items, 1) if a.hypothetical >= 2]
    if hypothetical:
        out.append(
            f"In question {_join([str(i) for i in hypothetical])} you said what you would do "
            "instead of what you did; interviewers score real examples."
        )
    i_total = sum(a.i_count for a in items)
    we_total = sum(a.we_count for a in items)
    if we_total >= 5 and we_total > i_total:
        out.append(
            f"You said “we” {_times(we_total)} and “I” {_times(i_total)}, which hides your own part."
        )
    ins = an.insights
    if ins.fillers_per_100_words >= 2:
        fillers = _join([f"“{t.term}”" for t in ins.filler_words[:3]])
        out.append(
            f"Filler words ({fillers}) came {ins.fillers_per_100_words} times per 100 words."
        )
    hedge_total = sum(t.count for t in ins.hedge_words)
    if ins.total_words and hedge_total * 100 / ins.total_words >= 1.5:
        hedges = _join([f"“{t.term}”" for t in ins.hedge_words[:3]])
        out.append(f"Hedging ({hedges}) makes you sound unsure of your own work.")
    claimed = [c.skill for c in an.skill_coverage if c.status == "undemonstrated"]
    if claimed:
        out.append(
            f"The job asks for {_join(claimed[:4])}; your CV claims "
            f"{'it' if len(claimed) == 1 else 'them'} but no answer showed "
            f"{'it' if len(claimed) == 1 else 'them'} in action."
        )
    short = [i for i, a in enumerate(items, 1) if 0 < a.stats.word_count < 40]
    if len(short) >= 2:
        out.append(f"{len(short)} answers were under 40 words — too short to show what you did.")
    long_ = [i for i, a in enumerate(items, 1) if a.stats.word_count > 300]
    if long_:
        out.append(
            f"Question {_join([str(i) for i in long_])}: over 300 words; keep to one example."
        )
    best = max(items, key=lambda a: a.score)
    best_gaps = gaps(best)
    extras = [
        f"Even your best answer could improve: {best_gaps[0].advice[0].lower()}{best_gaps[0].advice[1:]}"
        if best_gaps
        else "",
        f"{low_dim.capitalize()} is where the most points are to gain: {_DIMENSION_TIPS[low_dim]}.",
        "Practise closing every answer with its result: one sentence on what changed, with a number.",
    ]
    return _pad(out, [e for e in extras if e])


def _cv_improvements(an: InterviewAnalysis, ctx: InterviewContext) -> list[str]:
    out: list[str] = []
    cv = ctx.cv_text or ""
    cv_skills = set(skill_lexicon.extract_skills(cv)) if cv else set()
    cv_skill_names = {s.name for s in cv_skills}
    # Skills the answers showed that the CV never names.
    unlisted: list[tuple[str, int]] = []
    for number, a in enumerate(an.assessments, start=1):
        for name in a.stats.skills_named:
            if name not in cv_skill_names and name not in [u[0] for u in unlisted]:
                unlisted.append((name, number))
    if unlisted:
        names = _join([u[0] for u in unlisted[:3]])
        out.append(
            f"Add {names} to your CV: you talked about "
            f"{'it' if len(unlisted) == 1 else 'them'} (question {unlisted[0][1]}) but the CV "
            "does not name " + ("it." if len(unlisted) == 1 else "them.")
        )
    # Results told in the interview that are not on the CV.
    for number, a in enumerate(an.assessments, start=1):
        figures = [t for t in a.number_tokens if any(c.isdigit() for c in t)]
        digits = [re.sub(r"[^\d.]", "", f) for f in figures]
        if a.best_sentence and figures and not any(d and d in cv for d in digits):
            out.append(f"Put the result from question {number} on your CV: “{a.best_sentence}”")
            break
    missing = [c.skill for c in an.skill_coverage if c.status == "missing"]
    if missing:
        out.append(
            f"The job description asks for {_join(missing[:4])}; if you have that experience, "
            "add a line for each with where you used it and the outcome."
        )
    claimed = [c for c in an.skill_coverage if c.status == "undemonstrated" and c.evidence]
    if claimed:
        c = claimed[0]
        out.append(
            f"Back “{c.skill}” on your CV with a project and its outcome, not just the name: "
            f"now it only appears as “{c.evidence}”."
        )
    bare = [
        line
        for line in _cv_lines(cv)
        if not re.search(r"\d", line) and len(line.split()) >= 5 and ":" not in line[:25]
    ]
    if bare:
        out.append(
            f"Quantify this CV line — how many, how much, how fast: “{_quote(bare[0], 100)}”."
        )
    job_skills = [s for s in an.job_skills if s in cv_skill_names][:3]
    title = ctx.job_title or "the role"
    extras = [
        "End each CV bullet with a measurable result, the way your strongest answers did.",
        f"Open the CV with a two-line profile aimed at {title}"
        + (f" that names {_join(job_skills)}." if job_skills else "."),
        "Use the job description's own wording for skills you have, so screening tools find them.",
    ]
    return _pad(out, extras)


def build_question_feedback(an: InterviewAnalysis, ctx: InterviewContext) -> list[QuestionFeedback]:
    """The offline scorer's per-question feedback."""
    out: list[QuestionFeedback] = []
    for number, a in enumerate(an.assessments, start=1):
        out.append(
            QuestionFeedback(
                number=number,
                question=a.question,
                answer=a.answer,
                score=a.score,
                dimensions=a.dimensions,
                verdict=verdict(a),
                missing=[g.advice for g in gaps(a)[:4]],
                stronger_answer=stronger_answer(
                    a,
                    ctx.cv_text,
                    _relevant_job_skills(a, an.job_skills),
                    ctx.company_name,
                    an.job_skills,
                ),
                stats=a.stats,
            )
        )
    return out


def score_interview(
    ctx: InterviewContext, *, fallback: bool = False, analysis: InterviewAnalysis | None = None
) -> FeedbackReport:
    """The offline, deterministic feedback of an interview (the heuristic scorer)."""
    an = analysis or analyse_interview(ctx)
    questions = build_question_feedback(an, ctx)
    overall = round(sum(q.score for q in questions) / len(questions)) if questions else 0
    return FeedbackReport(
        score=headline_score(overall),
        overall_score=overall,
        dimensions=mean_dimensions([q.dimensions for q in questions]),
        questions=questions,
        strengths=_strengths(an, ctx),
        weaknesses=_weaknesses(an, ctx),
        cv_improvements=_cv_improvements(an, ctx),
        skill_coverage=list(an.skill_coverage),
        insights=an.insights,
        generated_by=GeneratedBy(
            provider=OFFLINE_PROVIDER, model=OFFLINE_MODEL, fallback=fallback, heuristic=True
        ),
        generated_at=datetime.now(UTC),
    )
