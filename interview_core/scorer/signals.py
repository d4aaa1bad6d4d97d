"""What an answer contains, counted: the signals the rubric dimensions are computed from."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from lemminflect import getAllLemmas

from ..language import skills as skill_lexicon
from ..language.figures import Figure, changes, figures
from ..language.profile import JobProfile, analyse_job
from ..language.text import (
    content_words,
    dictionary_forms,
    is_ing_form,
    normalise_quotes,
    phrasal_nouns,
    sentences,
    stem,
    stopwords,
    words,
)
from ..language.text import tokens as text_tokens
from .focus import FocusReading, read_focus
from .lexicons import (
    MOTIVATION_PARTS,
    PLAN_PARTS,
    STAR_PARTS,
    Lexicon,
    lexicon_lists,
    lexicons,
    light_stem,
    merge_spans,
    related,
    same_stem,
    saturate,
)
from .questions import QuestionReading, rarity

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
_I_SUBJECT = frozenset({"i", "i'm", "i've", "i'd", "i'll"})
_WE_SUBJECT = frozenset({"we", "we're", "we've", "we'd", "we'll"})
# A place or a date sets the scene: "at Acme", "in March", "in 2022".
_SCENE = re.compile(r"\b(?:[Aa]t|[Ii]n|[Oo]n|[Ff]or|[Ww]ith)\s+(?:(?:19|20)\d\d\b|[A-Z][\w&'\-]+)")
# Any "I <verb>ed" is an action even when the verb is not in the lexicon.
I_PAST_VERB = re.compile(r"(?<![\w'])i\s+(?:\w+ly\s+)?(?!need|want|us|was|had|call)\w{3,}ed\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Sentences this long on average run on: "…and then… and anyway by the end it was 88 percent".
RUN_ON_SENTENCE_WORDS = 45
# A stated part in the team leaves the share of "I" neutral at worst, as if neither were said.
STATED_ROLE_OWNERSHIP = 0.5


@dataclass(frozen=True)
class JobTerms:
    """What relevance is measured against: the job description's skills and content words."""

    skills: tuple[skill_lexicon.Skill, ...]
    term_stems: frozenset[str]
    terms_by_stem: dict[str, str]


@lru_cache(maxsize=1)
def _motivation_context() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rx) for rx in lexicon_lists()["motivation_context"])


def _reasons(sents: Sequence[str], company: str = "") -> int:
    """How many reasons for wanting the role the answer gives: a marker that also joins a
    story's clauses ("because it had sat empty") counts only in a sentence about the role,
    the organisation (by name too), the move or the candidate's wish, or beside another
    reason marker ("I'm interested in Tessellate because…")."""
    lex = lexicons()
    needs_context = frozenset(lexicon_lists()["reason_needs_context"])
    name = [w for w in words(company.lower()) if w not in stopwords()][:1]
    count = 0
    for sentence in sents:
        lowered = sentence.lower()
        found = [lowered[a:b].strip() for a, b in lex.motivation["reason"].spans(lowered)]
        about_role = (
            any(rx.search(lowered) for rx in _motivation_context())
            or any(f not in needs_context for f in found)
            or bool(name and re.search(rf"\b{re.escape(name[0])}\b", lowered))
        )
        count += sum(1 for f in found if about_role or f not in needs_context)
    return count


def job_profile(job_title: str, company_name: str, job_description: str) -> JobProfile:
    """The job read once per advert: what the role asks for, apart from blurb and benefits."""
    return analyse_job(job_title, company_name, job_description)


@lru_cache(maxsize=64)
def job_terms(job_description: str) -> JobTerms:
    """The skills and content-word stems of a job description (cached per text)."""
    terms: dict[str, str] = {}
    for word in content_words(job_description):
        if len(word) >= 4:
            terms.setdefault(light_stem(word), word)
    return JobTerms(
        skills=tuple(skill_lexicon.extract_skills(job_description)),
        term_stems=frozenset(terms),
        terms_by_stem=terms,
    )


@dataclass(frozen=True)
class ScoringSignals:
    """Everything counted in one answer to one question."""

    text: str
    sentences: tuple[str, ...]
    word_count: int
    star: dict[str, float]
    star_proportion: float
    plan: dict[str, float]
    motivation: dict[str, float]
    figures: tuple[Figure, ...]
    number_words: int
    skills_named: tuple[str, ...]
    proper_nouns: tuple[str, ...]
    i_count: int
    we_count: int
    generic: int
    hypothetical: int
    buzzwords: Counter[str]
    fillers: Counter[str]
    hedges: Counter[str]
    avg_sentence_words: float
    topic_matched: tuple[str, ...]
    """Topic stems of the question the answer takes up, by word family or related word."""
    topic_exact: tuple[str, ...]
    """Those it takes up in the question's own word family."""
    job_terms: tuple[str, ...]
    work_terms: tuple[str, ...]
    """Words the answer shares with the job description and the CV, and skills it names."""
    work_weight: float
    """Those words weighted by rarity (a shared "team" says little, "variance" a lot)."""
    other_weight: float
    """Rarity-weighted words found neither in the job, the CV nor the question."""
    topic_weight: float
    """Rarity-weighted words of the question's topic that the job and CV do not hold."""
    off_topic_sentences: int
    """Sentences with no topic word, no job term and no action or result of the candidate's."""
    mentions_company: bool = False
    personal_words: tuple[str, ...] = field(default_factory=tuple)
    """Stems of words about life outside work that neither the job, the CV nor the question use."""
    years: tuple[str, ...] = field(default_factory=tuple)
    focus: FocusReading = FocusReading(0.0, 0.0)
    """How far the answer takes up the question's focal terms."""
    i_subject: int = 0
    we_subject: int = 0
    """"I" and "we" as the one who acts (no "my", "our", "us"): "our rota", "our ward" set
    the scene, they do not say who did the work."""
    role_stated: bool = False
    """The candidate names their own part in the team ("I was pilot monitoring", "as scrub
    nurse I…"): "we" for the team's procedure then hides nothing."""

    @property
    def per100(self) -> float:
        """Multiply a count by this for a rate per 100 words."""
        return 100.0 / max(self.word_count, 1)

    @property
    def ownership(self) -> float:
        """'I' among 'I' and 'we' (0.5 when neither is used, nor when the candidate's own part
        in a team is stated: the team's "we" is then no sign of a hidden part)."""
        total = self.i_count + self.we_count
        share = self.i_count / total if total else 0.5
        return max(share, STATED_ROLE_OWNERSHIP) if self.role_stated else share

    @property
    def runs_on(self) -> bool:
        """Told as one or two long run-on sentences, the example and its end lost in asides."""
        return self.avg_sentence_words >= RUN_ON_SENTENCE_WORDS

    @property
    def told_example(self) -> float:
        """How clearly the answer tells something the candidate did (0-1)."""
        return max(self.star["action"], self.star["result"])

    @property
    def reflection(self) -> dict[str, float]:
        """How clearly the answer names a lesson and how the candidate's practice changed
        since, or would change next time (0-1 each): the parts of a reflective answer."""
        return reflection_parts(self.text)

    @property
    def digression_share(self) -> float:
        """The share of sentences that wander off the question and the job."""
        return self.off_topic_sentences / len(self.sentences) if self.sentences else 0.0


# One marker of a lesson or a change names it (0.75); a second leaves little doubt.
REFLECTION_HALF = 0.5


@lru_cache(maxsize=1)
def _reflection_markers() -> dict[str, tuple[re.Pattern[str], ...]]:
    raw = lexicon_lists()["reflection"]
    return {part: tuple(re.compile(rx) for rx in raw[part]) for part in ("lesson", "change")}


@lru_cache(maxsize=1024)
def reflection_parts(text: str) -> dict[str, float]:
    """The lesson and the change in practice an answer names (`data/lexicons.json`
    reflection), 0-1 each."""
    low = normalise_quotes(text.lower())
    return {
        part: saturate(sum(len(rx.findall(low)) for rx in patterns), REFLECTION_HALF)
        for part, patterns in _reflection_markers().items()
    }


def lesson_markers_removed(text: str) -> str:
    """The text with the words naming a lesson ("I learned", "taught me") blanked out: what is
    left tells the occasion, if any."""
    low = normalise_quotes(text.lower())
    for rx in _reflection_markers()["lesson"]:
        low = rx.sub(" ", low)
    return low


def _star(lowered: str, text: str) -> dict[str, float]:
    """STAR strengths, 0-1 per part: strong markers count 1, weak ones 0.5, saturating."""
    lex = lexicons()
    out: dict[str, float] = {}
    for part in STAR_PARTS:
        found = lex.star_strong[part].spans(lowered)
        if part == "action":
            found += [m.span() for m in I_PAST_VERB.finditer(lowered)]
        if part == "situation":
            found += [m.span() for m in _SCENE.finditer(text)]
        if part == "result":
            # "88 percent, from 64", "turnover now is twenty-five": a before and after is a
            # result in any words.
            found += changes(text)
        found = merge_spans(found)
        weak = [
            s
            for s in merge_spans(lex.star_weak[part].spans(lowered))
            if not any(a < s[1] and s[0] < b for a, b in found)
        ]
        out[part] = saturate(len(found) + 0.5 * len(weak))
    return out


def _sentence_label(sentence: str) -> str | None:
    lex = lexicons()
    low = normalise_quotes(sentence.lower())
    best: str | None = None
    best_hits = 0.0
    for part in STAR_PARTS:
        hits = len(lex.star_strong[part].spans(low)) + 0.5 * len(lex.star_weak[part].spans(low))
        if part == "action":
            hits += len(I_PAST_VERB.findall(low))
        if part == "situation":
            hits += len(_SCENE.findall(sentence))
        if part == "result":
            hits += len(changes(sentence))
        if hits > best_hits:
            best, best_hits = part, hits
    return best


def _proportion(sents: Sequence[str]) -> float:
    """0.5-1: context crowding out action and result is what a rambling story looks like."""
    if len(sents) < 3:
        return 1.0
    labels = [_sentence_label(s) for s in sents]
    n = len(labels)
    context_share = sum(1 for x in labels if x in ("situation", "task")) / n
    empty_share = sum(1 for x in labels if x is None) / n
    factor = 1.0 - 0.6 * max(0.0, context_share - 0.5) - 0.6 * max(0.0, empty_share - 0.34)
    return max(0.5, min(1.0, factor))


def _proper_nouns(sents: Sequence[str]) -> list[str]:
    found: list[str] = []
    for sentence in sents:
        for position, token in enumerate(text_tokens(sentence)):
            if position == 0 or token == "I" or len(token) < 2:
                continue
            capitalised = token[0].isupper() or any(c.isupper() for c in token[1:])
            if capitalised and token.lower() not in _MONTHS_DAYS and token not in found:
                found.append(token)
    return found


def _matches(stems: Sequence[str], wanted: Sequence[str]) -> list[str]:
    return [q for q in wanted if any(related(q, a) for a in stems)]


def _exact_matches(stems: Sequence[str], wanted: Sequence[str]) -> list[str]:
    return [q for q in wanted if any(same_stem(q, a) for a in stems)]


@lru_cache(maxsize=64)
def _work_stems(job_description: str, cv_text: str) -> frozenset[str]:
    return frozenset(
        light_stem(w) for w in content_words(f"{job_description}\n{cv_text}") if len(w) >= 4
    )


def _loose_number_words(lowered: str, found: Sequence[Figure]) -> int:
    """Number words that are not already part of a figure ("sixty" of "sixty percent")."""
    spans = lexicons().number_words.spans(lowered)
    return sum(1 for a, b in spans if not any(f.start < b and a < f.end for f in found))


@lru_cache(maxsize=1)
def _own_role() -> tuple[Lexicon, frozenset[str]]:
    raw = lexicon_lists()["own_role"]
    return Lexicon.of(raw["phrases"]), frozenset(raw["not_parts"])


# "I was pilot monitoring, …", "I was the lead on…", "I was scrub nurse that day": up to two
# words naming a part, then the clause ends or goes on to what the part covered.
_I_WAS_PART = re.compile(
    r"(?<![\w'])i\s+was\s+(?:the\s+)?([a-z][a-z\-]+)(?:\s+([a-z][a-z\-]+))??"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:and|on|for|that|so|while|when|with|at|during|throughout)\b)"
)
# "As scrub nurse I counted…", "as the duty manager, I…", "and as lead I…".
_AS_PART = re.compile(
    r"(?:^|[.;:,]\s*|\b(?:and|so|but|then)\s+)as\s+(?:the\s+|a\s+|an\s+)?"
    r"([a-z][a-z\-]+)(?:\s+([a-z][a-z\-]+))?,?\s+i\b"
)


def _names_a_part(words: Sequence[str | None]) -> bool:
    """Nouns naming a part ("pilot monitoring", "lead"), not a state ("fine", "nervous",
    "told", "part of"): each a noun that is no adverb nor a past form, the last one not in
    `own_role.not_parts`."""
    given = [w for w in words if w]
    # "I was working nights": a verb going on, no part named.
    if not given or given[-1] in _own_role()[1] or is_ing_form(given[0]):
        return False
    for word in given:
        lemmas = getAllLemmas(word)
        if not lemmas:
            continue  # a word the dictionary lacks ("groomer") is most often a noun
        if "NOUN" not in lemmas or "ADV" in lemmas or _past_participle(word):
            return False
    return True


def _past_participle(word: str) -> bool:
    verbs = getAllLemmas(word).get("VERB", ())
    return bool(verbs) and word not in verbs and word.endswith(("ed", "en", "wn"))


def role_stated(text: str) -> bool:
    """Whether the answer names the candidate's own part in the team's work."""
    low = normalise_quotes(text.lower())
    phrases, _ = _own_role()
    if phrases.spans(low):
        return True
    return any(
        _names_a_part(m.groups()) for rx in (_I_WAS_PART, _AS_PART) for m in rx.finditer(low)
    )


def score_signals(
    question: QuestionReading,
    answer: str,
    job_description: str = "",
    company: str = "",
    cv_text: str = "",
) -> ScoringSignals:
    """Count everything the rubric needs in one answer."""
    lex = lexicons()
    text = normalise_quotes(answer or "").strip()
    lowered = text.lower()
    sents = tuple(sentences(text))
    found_figures = tuple(figures(text))
    word_count = len(words(text)) + len(re.findall(r"(?<![\w.])\d[\d,.]*", text))

    star = _star(lowered, text)
    plan = {p: saturate(len(lex.plan[p].spans(lowered)), 1.5) for p in PLAN_PARTS}
    # A reason counts only where it speaks of the role (`_reasons`); the other parts anywhere.
    motivation = {
        p: saturate(
            _reasons(sents, company) if p == "reason" else len(lex.motivation[p].spans(lowered))
        )
        for p in MOTIVATION_PARTS
    }

    tokens = words(text)
    named = tuple(s.name for s in skill_lexicon.extract_skills(text)) if text else ()
    answer_stems = list(dict.fromkeys(light_stem(w) for w in content_words(text)))
    # "shod" and "shoes" take up "shoe", "taught" takes up "teach": the question's topic is
    # met in any form of its words, not only in those that share a spelling.
    topic_stems = list(
        dict.fromkeys(
            [*answer_stems]
            + [light_stem(f) for w in content_words(text) for f in dictionary_forms(w.lower())]
            + [light_stem(w) for w in phrasal_nouns(text)]
            # "educator" takes up "education": the Snowball stem joins derived forms.
            + [light_stem(stem(w)) for w in content_words(text)]
        )
    )
    matched = _matches(topic_stems, question.topic_stems)

    job = job_terms(job_description) if job_description else None
    used: list[str] = []
    if job:
        for a in answer_stems:
            if a in job.term_stems and a not in question.topic_stems:
                used.append(job.terms_by_stem[a])
        job_skill_names = {s.name for s in job.skills}
        lowered_used = {u.lower() for u in used}
        used.extend(n for n in named if n in job_skill_names and n.lower() not in lowered_used)

    # The world of work in general counts too: a short job description or CV misses
    # words such as "deadline" or "meeting" that any work story uses.
    work = _work_stems(job_description, cv_text) | lex.workplace
    first_word = {}
    for w in content_words(text):
        first_word.setdefault(light_stem(w), w)
    work_terms = [a for a in answer_stems if a in work] + list(named)
    # Names ("Leeds", an employer) are left out: a holiday in a city on the CV is not work.
    capitalised = {light_stem(t) for t in text_tokens(text)[1:] if t[:1].isupper() and t != "I"}
    # Squared, so a rare shared word ("prescribing") counts far more than a common one.
    work_weight = sum(
        rarity(first_word[a]) ** 2 for a in answer_stems if a in work and a not in capitalised
    ) + len(named)
    question_stems = {
        light_stem(w) for q in {question.text, question.topic_question} for w in content_words(q)
    }
    topic_weight = sum(
        rarity(first_word[a]) ** 2
        for a in answer_stems
        if a not in work and a not in capitalised and _exact_matches([a], question.topic_stems)
    )
    other_weight = sum(
        rarity(first_word[a]) ** 2
        for a in answer_stems
        if a not in work and a not in question_stems and not _matches([a], question.topic_stems)
    )

    personal = tuple(
        a
        for a in answer_stems
        if a in lex.personal_life and a not in work and a not in question_stems
    )
    off = 0
    for sentence in sents:
        s_stems = [light_stem(w) for w in content_words(sentence)]
        low = normalise_quotes(sentence.lower())
        on_question = bool(_matches(s_stems, question.topic_stems))
        on_work = any(x in work for x in s_stems) or bool(skill_lexicon.extract_skills(sentence))
        shaped = _sentence_label(sentence) is not None or any(
            lex.plan[p].spans(low) for p in PLAN_PARTS
        )
        if not on_question and not on_work and not shaped:
            off += 1

    return ScoringSignals(
        text=text,
        sentences=sents,
        word_count=word_count,
        star=star,
        star_proportion=_proportion(sents),
        plan=plan,
        motivation=motivation,
        figures=found_figures,
        number_words=_loose_number_words(lowered, found_figures),
        skills_named=named,
        proper_nouns=tuple(_proper_nouns(sents)),
        i_count=sum(1 for t in tokens if t in _FIRST_PERSON),
        we_count=sum(1 for t in tokens if t in _TEAM_PERSON),
        i_subject=sum(1 for t in tokens if t in _I_SUBJECT),
        we_subject=sum(1 for t in tokens if t in _WE_SUBJECT),
        role_stated=role_stated(text),
        generic=sum(lex.generic.counts(lowered).values()),
        hypothetical=sum(lex.hypothetical.counts(lowered).values()),
        buzzwords=lex.buzzwords.counts(lowered),
        fillers=lex.fillers.counts(lowered),
        hedges=lex.hedges.counts(lowered),
        avg_sentence_words=word_count / max(len(sents), 1),
        topic_matched=tuple(matched),
        topic_exact=tuple(_exact_matches(topic_stems, question.topic_stems)),
        job_terms=tuple(used),
        work_terms=tuple(dict.fromkeys(work_terms)),
        work_weight=work_weight,
        other_weight=other_weight,
        topic_weight=topic_weight,
        personal_words=personal,
        off_topic_sentences=off,
        mentions_company=bool(company and company.lower() in lowered),
        years=tuple(_YEAR.findall(text)),
        focus=read_focus(question.topic_question, text, job_description, cv_text),
    )
