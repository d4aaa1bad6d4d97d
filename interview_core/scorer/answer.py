"""One answer assessed: its score, dimensions, statistics and the signals behind them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas

from ..feedback_schema import AnswerStats, Dimensions, StarParts
from ..language.answers import off_topic_reading
from ..language.figures import SCALE, Figure, changes, figure_role, figures
from ..language.text import (
    clause_breaks,
    clauses,
    content_words,
    letter_runs,
    normalise_quotes,
    phrase_alternation,
)
from .dimensions import MIN_TOPIC_WEIGHT_TO_JUDGE, DimensionScore, combine
from .focus import question_focus
from .lexicons import lexicon_lists, lexicons, light_stem
from .questions import QuestionReading, read_question, typed_by_words
from .signals import ScoringSignals, score_signals


@dataclass(frozen=True)
class AnswerAssessment:
    """The offline coach's reading of one answer."""

    reading: QuestionReading
    answer: str
    signals: ScoringSignals
    score: int
    dimensions: Dimensions
    parts: dict[str, DimensionScore]
    stats: AnswerStats
    # The answer given just before, for a follow-up ("What was the result of that?").
    previous: str = ""

    @property
    def question(self) -> str:
        """The question as asked."""
        return self.reading.text

    @property
    def off_topic(self) -> bool:
        """Whether the answer is about something other than the question and the job."""
        return bool(self.parts["relevance"].signals["off_topic"])

    @property
    def answered(self) -> bool:
        """Whether there is an answer at all."""
        return self.signals.word_count > 0

    def best_sentence(self) -> str | None:
        """The sentence most worth quoting back: a result with a figure first."""
        return best_result_sentence(self.signals.sentences)


# A count of things ("24 tests", "a team of 12") is the scale of the work, not its result,
# unless a change leads up to it ("down to 3 complaints", "from 40 to 12 defects").
_CHANGE_BEFORE = re.compile(
    r"\b(?:to|from|by|only|just|under|over|fewer than|more than|down|up|cut|rose|fell"
    # "turnover now is 25", "it is now twenty-five": where the measure ended up.
    r"|now|now is|now are|now at|(?:is|are|was)\s+now)\s+(?:about\s+|around\s+)?[£$€]?$"
)


# A figure after these words is a frequency or a rate of the work ("every 6 weeks").
_EVERY_BEFORE = re.compile(r"\b(?:every|each|per|once\s+an?|twice\s+an?)\s+$")


def result_figures(sentence: str, quotable: bool = True) -> list[Figure]:
    """The figures of a result sentence that measure an outcome, not the work's scale.

    With `quotable`, only those that say what they count ("96%", "3 jobs"), to quote back;
    without, bare ones too ("fell from 6.1 to 2.4 per plot").
    """
    out: list[Figure] = []
    for f in figures(sentence):
        if quotable and not f.quotable:
            continue
        before = sentence[: f.start].lower().rstrip() + " "
        # "a check every 12 weeks": how often the work is done, not what came of it.
        if _EVERY_BEFORE.search(before):
            continue
        # "a £2m budget", "40 beds", "12 staff": the size of the work, not what came of it,
        # is never quoted back as the result.
        if quotable and figure_role(sentence, f) == SCALE:
            continue
        if f.has_unit or _CHANGE_BEFORE.search(before):
            out.append(f)
    return out


def measures_a_result(sentences: tuple[str, ...] | list[str]) -> bool:
    """Whether the answer puts a figure on an outcome ("from 6.1 to 2.4", "from about half to
    nine in ten"), not only on the scale of the work ("24 tests", "a team of 12")."""
    if any(result_figures(sentence, quotable=False) for sentence in sentences):
        return True
    # "Turnover now is twenty-five", "88 percent, from 64", "bookings doubled".
    if any(changes(sentence) for sentence in sentences):
        return True
    result = best_result_sentence(sentences)
    return bool(result and lexicons().number_words.spans(normalise_quotes(result.lower())))


# "I reviewed his file, raised the risk…": a sentence led by the candidate's own past-tense
# verb is a step they took, not what came of it, whatever change words it holds.
_LED_BY_I = re.compile(r"^(?:[^,.;]{0,60},\s*)?(?:then\s+|so\s+|first\s+)?i\s+(?:\w+ly\s+)?(\w+)\b")
# An outcome is read from the story's last sentences too, in words the result lexicon may
# not know ("we recalled him within 24 hours").
RESULT_TAIL = 2


def led_by_action(sentence: str) -> bool:
    """The sentence tells a step the candidate took ("I reviewed…", "After that, I set up…")."""
    m = _LED_BY_I.match(normalise_quotes(sentence.lower()).strip())
    if not m:
        return False
    verb = m.group(1)
    lemmas = getAllLemmas(verb).get("VERB", ())
    # A past form ("reviewed", "wrote"), not "I think" or "I am"; "found" and "saw" are past
    # forms though they are also verbs of their own. "Put" or "set", the same in the present,
    # say no more than a habit.
    own_base = verb in lemmas and len(lemmas) == 1
    return past_form(verb) and not own_base and verb not in ("was", "were", "had")


def measured(sentence: str) -> bool:
    """The sentence holds a figure, a time or a count ("within 24 hours", "85%", "three out of 38")."""
    if any(f.has_unit or f.quotable for f in figures(sentence)):
        return True
    low = normalise_quotes(sentence.lower())
    return bool(
        lexicons().number_words.spans(low)
        or re.search(r"\b\d+\s+(?:out\s+)?of\s+\d+", low)
        or changes(sentence)
    )


def outcome_sentences(sents: tuple[str, ...] | list[str]) -> list[str]:
    """The sentences telling what came of the work: outcome words or the story's end, never a
    step the candidate took."""
    lex = lexicons()
    out = []
    for position, sentence in enumerate(sents):
        low = normalise_quotes(sentence.lower())
        # Late in the story is not enough: the opening sets the scene ("The uprights were
        # going out of regulation…"), and a sentence telling a step of the candidate's ("…, so
        # I drew up a rolling schedule every 12 weeks") is an action, whatever figure it holds.
        tail = position >= len(sents) - RESULT_TAIL and position > 0 and not _tells_own_i_step(low)
        if led_by_action(sentence) or lex.hypothetical.spans(low):
            continue
        if tail or lex.star_strong["result"].spans(low) or changes(sentence):
            out.append(sentence)
    return out


# "The dog went home on day seven", "the judge accepted my evidence", "joint visits are now
# routine": one of a story's last sentences that tells what happened, or what is so since,
# with no step of the candidate's or the team's in it, is its outcome in plain words.
_SINCE = re.compile(r"\b(?:now|since|still|from then on|to this day|ever since)\b")
_OWN_STEP = re.compile(
    r"(?<![\w'])(?:i|we)\s+(?:(?:also|then|just|first|quickly|\w+ly)\s+)*([a-z]+)"
)
_NOT_STEPS = frozenset({"was", "were", "had", "did"})
_STATES = frozenset({"was", "were", "been", "had", "did", "got"})


@lru_cache(maxsize=8192)
def past_form(word: str) -> bool:
    """A verb's past form or participle ("went", "placed", "accepted"), not its base, -s or
    -ing form."""
    for lemma in getAllLemmas(word).get("VERB", ()):
        forms = getAllInflections(lemma, upos="VERB")
        if word in forms.get("VBD", ()) or word in forms.get("VBN", ()):
            return True
    return False


def tells_own_step(low: str) -> bool:
    """ "I/we" and a past verb anywhere in the sentence: a step taken, not what came of it."""
    return any(
        past_form(m.group(1)) and m.group(1) not in _NOT_STEPS for m in _OWN_STEP.finditer(low)
    )


def _tells_own_i_step(low: str) -> bool:
    """ "I" and a past verb anywhere in the sentence ("…, so I drew up a schedule")."""
    return any(
        m.group(0).startswith("i") and past_form(m.group(1)) and m.group(1) not in _NOT_STEPS
        for m in _OWN_STEP.finditer(low)
    )


_OWN_HABIT = re.compile(r"(?<![\w'])i\s+(?:(?:now|still|always|usually|also|\w+ly)\s+)*([a-z]+)")
_MODALS = frozenset({"would", "will", "can", "could", "should", "might", "must", "may", "do"})


def tells_own_habit(sentence: str) -> bool:
    """ "Since then I keep pull requests small": what the candidate now does, a habit, not a
    result to put on a CV."""
    low = normalise_quotes(sentence.lower())
    for m in _OWN_HABIT.finditer(low):
        verb = m.group(1)
        if verb in _MODALS or past_form(verb):
            continue
        if verb in getAllLemmas(verb).get("VERB", ()):
            return True
    return False


# A clause this short ("It worked") before the candidate's next step is too little to read
# as a measured outcome.
MIN_HEAD_WORDS = 4


def measured_head(sentence: str) -> str | None:
    """The opening of a sentence, before a step of the candidate's that follows it, when it
    tells a measured outcome: "Everything was back on air within twelve minutes, and
    afterwards I wrote the incident report" ends the story on its result, whatever step comes
    after it."""
    low = normalise_quotes(sentence.lower())
    steps = [
        m.start()
        for m in _OWN_STEP.finditer(low)
        if m.start() > 0 and past_form(m.group(1)) and m.group(1) not in _NOT_STEPS
    ]
    head = low[: steps[0]] if steps else low
    if len(re.findall(r"[a-z]+", head)) < MIN_HEAD_WORDS or tells_own_step(head):
        return None
    # "…came back at ten the next morning, so I ran the payroll": what the step answered.
    if steps and _response_link().search(head):
        return None
    if led_by_action(head) or lexicons().hypothetical.spans(head) or not measured(head):
        return None
    # A measure of the scale or the length of the work ("for two weeks the line was down",
    # "the ward had 30 beds") is no outcome: the clause must tell one, in result words, a
    # change, or a measure of how fast or how far it came ("within twelve minutes").
    outcome = (
        lexicons().star_strong["result"].spans(head)
        or changes(head)
        or _outcome_lead().search(head)
    )
    if not outcome:
        return None
    # "…within twelve minutes, and afterwards": the words leading into the step go with it.
    return _TRAILING_LINK.sub("", sentence[: len(head)]).strip(" ,;")


_TRAILING_LINK = re.compile(
    r"(?:[\s,;]+(?:and|then|afterwards|after that|later|next|also))+[\s,;]*$", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _response_link() -> re.Pattern[str]:
    words = lexicon_lists()["response_links"]["words"]
    return re.compile(rf"\b(?:{phrase_alternation(words)})[\s,]*$")


@lru_cache(maxsize=1)
def _outcome_lead() -> re.Pattern[str]:
    words = lexicon_lists()["outcome_measure_leads"]["words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+\S")


def outcome_in_words(sents: tuple[str, ...] | list[str], scene_first: bool = True) -> str | None:
    """The story's outcome told without result words or figures, if one of its last
    sentences tells it; `scene_first=False` for a reply that is all ending."""
    hypothetical = lexicons().hypothetical
    # The first sentence of a story sets the scene ("Response times were too slow"), never
    # the outcome.
    for sentence in reversed(list(sents)[int(scene_first) :][-RESULT_TAIL:]):
        low = normalise_quotes(sentence.lower())
        if "?" in low or hypothetical.spans(low) or tells_own_step(low):
            continue
        said = letter_runs(low)
        # "was" or "had" alone tells how things stood; a verb of its own tells what happened.
        if _SINCE.search(low) or any(past_form(w) and w not in _STATES for w in said):
            return sentence
    return None


def measured_outcome(sents: tuple[str, ...] | list[str]) -> str | None:
    """The last outcome sentence that already carries a figure, a time or a count."""
    found = [s for s in outcome_sentences(sents) if measured(s)]
    return result_clause(found[-1]) if found else None


def best_result_sentence(sents: tuple[str, ...] | list[str]) -> str | None:
    """The sentence holding the clearest result: figures and outcome words, no fillers; of a
    long sentence, the clause that holds it (`result_clause`)."""
    lex = lexicons()
    best: tuple[float, str] | None = None
    for position, sentence in enumerate(sents):
        low = normalise_quotes(sentence.lower())
        # "88 percent, from 64" is an outcome in any words.
        outcome = len(lex.star_strong["result"].spans(low)) + len(changes(sentence))
        if not outcome:
            continue
        # Results come late in a story; a later sentence wins a tie.
        value = (
            1.2 * len(figures(sentence))
            + outcome
            + 0.1 * position
            - len(lex.fillers.spans(low))
            - len(lex.hypothetical.spans(low))
        )
        if value > 1 and (best is None or value >= best[0]):
            best = (value, sentence)
    return result_clause(best[1]) if best else None


# A sentence longer than this, quoted from its start, would be cut before its result: it is
# quoted by the clause that holds the result instead.
LONG_SENTENCE_CHARS = 120
# A clause this short ("from 64") is quoted with the one before it.
MIN_CLAUSE_WORDS = 4
_CLAUSE_LEAD = re.compile(
    r"^(?:(?:and then|and|but|so|then|anyway|well|um|uh|er|which|because|while|like)"
    r"\b[\s,]*)+",
    re.IGNORECASE,
)


def result_clause(sentence: str) -> str:
    """The clause of a long sentence that holds its result, the change it tells ("by the end it
    was 88 percent, from 64"): a rambling sentence's opening ("On staff turnover, so when I
    came in…") is no result to quote."""
    text = normalise_quotes(sentence).strip()
    if len(text) <= LONG_SENTENCE_CHARS:
        return sentence
    anchor = _result_anchor(text)
    if anchor is None:
        return sentence
    breaks = clause_breaks(text, "result")
    ends = [b for a, b in breaks if b <= anchor[0]]
    starts = [a for a, b in breaks if a >= anchor[1]]
    right = starts[0] if starts else len(text)
    left = ends[-1] if ends else 0
    clause = _CLAUSE_LEAD.sub("", text[left:right]).strip(" ,;:.")
    # Too short to read alone: take the clause before it too.
    if len(clause.split()) < MIN_CLAUSE_WORDS and len(ends) >= 2:
        clause = _CLAUSE_LEAD.sub("", text[ends[-2] : right]).strip(" ,;:.")
    return clause[:1].upper() + clause[1:] if clause else sentence


def ranked_clause(result: str, sentences: tuple[str, ...] | list[str]) -> str:
    """The result to quote from the sentence `result` was cut from: a later measured clause
    the candidate ranks above it ("…have roughly doubled since, and more importantly the hit
    rate on them is over forty percent"), else `result` as it is."""
    key = normalise_quotes(result).strip(" .…").lower()
    for sentence in sentences:
        text = normalise_quotes(sentence)
        at = text.lower().find(key)
        if not key or at < 0:
            continue
        for later in clauses(text[at + len(key) :], "result"):
            later = _CLAUSE_LEAD.sub("", later).strip(" ,;:.")
            lead = _emphasis().match(later)
            if lead and measured(later):
                rest = later[lead.end() :].strip(" ,")
                return rest[:1].upper() + rest[1:]
        break
    return result


@lru_cache(maxsize=1)
def _emphasis() -> re.Pattern[str]:
    words = lexicon_lists()["result_emphasis_leads"]["words"]
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")\b,?\s*", re.I)


def _result_anchor(text: str) -> tuple[int, int] | None:
    """Where a long sentence tells its result: its last change with a size ("from 64 to 88
    percent", "now is twenty-five"). A result word alone ("reduced", "improved") may sit in
    the scene ("a reduced movements lady"): the sentence is then quoted whole."""
    found = changes(text)
    return found[-1] if found else None


# A story long enough to tell one whose last sentences say how it ended, in plain words
# ("she walked unaided again", "the client signed") or with a figure the result lexicon does
# not know ("took 40 minutes instead of two hours"), has a result: its STAR result part is
# at least this, whatever words it uses.
TOLD_RESULT = 0.6
TOLD_RESULT_MIN_WORDS = 60


def _with_told_result(reading: QuestionReading, signals: ScoringSignals) -> ScoringSignals:
    if not reading.wants_story or signals.star["result"] >= TOLD_RESULT:
        return signals
    sents = list(signals.sentences)
    if reading.asks_result:
        # The reply to "How did that turn out?" is all ending, however short: "The porters
        # were out within twenty minutes" tells it from its first sentence.
        told = outcome_in_words(sents, scene_first=False) is not None or any(
            measured(s) and not led_by_action(s) for s in sents
        )
    elif signals.word_count < TOLD_RESULT_MIN_WORDS:
        return signals
    else:
        tail = sents[-RESULT_TAIL:]
        told = outcome_in_words(sents) is not None or any(
            measured(s) and not led_by_action(s) for s in tail if s in outcome_sentences(sents)
        )
    if not told:
        return signals
    return replace(signals, star={**signals.star, "result": TOLD_RESULT})


# A follow-up whose own topic words weigh less than this ("Let's go back to that occasion.
# What did you do yourself?", "What happened in the end?") takes its topic from the question
# it follows up: the answer is still to be about what that question asked. It is the weight
# below which a question says too little to judge an answer's drift by.
FOLLOW_UP_MIN_WEIGHT = MIN_TOPIC_WEIGHT_TO_JUDGE
# Or whose focal terms (a skill it names) weigh this much: it names its own topic.
FOLLOW_UP_OWN_FOCUS = 0.9
# Question types whose own words set what is asked whatever they weigh: a "why us" or a
# "first 90 days" question is never read as about the question before it.
_OWN_TOPIC_KINDS = frozenset({"motivation", "closing"})


def read_follow_up(question: str, previous: QuestionReading | None) -> QuestionReading:
    """A question read in its interview: a bare follow-up that names too little of its own
    takes its topic (and, when its words give it no type, its type) from the question it
    follows up; a question naming its own topic is read alone.

    A follow-up asking only for the result ("What was the result of that?") is left as it
    is: its answer continues a story, whose result need not repeat the story's words.
    """
    own = read_question(question)
    if previous is None or own.kind in _OWN_TOPIC_KINDS or own.asks_result:
        return own
    if previous.kind in _OWN_TOPIC_KINDS or not previous.topic_stems:
        return own
    if sum(own.topic_weights) >= FOLLOW_UP_MIN_WEIGHT or _names_own_focus(question):
        return own
    kind = own.kind if typed_by_words(question) else previous.kind
    return QuestionReading(
        question,
        kind,
        previous.topic_stems,
        previous.topic_weights,
        topic_text=previous.topic_question,
    )


# An answer to a follow-up continues the story before it when at least this share of its
# content words are the earlier answer's: the result of the same story names its people,
# places and things again. Below it, the answer tells another story.
NEW_STORY_SHARED = 0.25
# A story shorter than this is too little to tell whether an answer continues it.
STORY_MIN_WORDS = 60


def _content_stems(text: str) -> set[str]:
    return {light_stem(w) for w in content_words(text) if len(w) >= 4}


def continues_story(answer: str, previous: str) -> bool:
    """The answer goes on with the story told in the answer before it."""
    mine = _content_stems(answer)
    shared = len(mine & _content_stems(previous)) / max(1, len(mine))
    return shared >= NEW_STORY_SHARED


def _names_own_focus(question: str) -> bool:
    """ "I'd like to pick up on Android, which you just mentioned": a follow-up naming a
    skill has a topic of its own, whatever its other words weigh."""
    return question_focus(question).weight >= FOLLOW_UP_OWN_FOCUS


def _follows_work_story(
    reading: QuestionReading,
    previous: str,
    previous_question: QuestionReading | None,
    cv_text: str,
    job_description: str,
) -> bool:
    """The question follows up the answer before it (its own words name no topic of their
    own, or it asks how that story ended), and that answer was on its question: a story of
    the work, not one the coach marks off-topic, whose words would make more of it look like
    work."""
    if previous_question is None or not previous.strip():
        return False
    if not (reading.asks_result or reading.topic_text):
        return False
    return not assess_answer(previous_question.text, previous, job_description, cv_text).off_topic


def assess_answer(
    question: str,
    answer: str,
    job_description: str = "",
    cv_text: str = "",
    company: str = "",
    previous: str = "",
    previous_question: QuestionReading | None = None,
) -> AnswerAssessment:
    """Score one answer on the four rubric dimensions and collect the signals behind them.

    `previous` is the answer given just before, which a follow-up asking for the result of
    "that" refers to; `previous_question` is the reading of the question it answered, from
    which a bare follow-up ("Let's go back to that occasion: what did you do?") takes its
    topic, unless the answer goes on with the story told before.
    """
    reading = read_question(question)
    if previous_question is not None and not (
        len(previous.split()) >= STORY_MIN_WORDS and continues_story(answer, previous)
    ):
        reading = read_follow_up(question, previous_question)
    # The CV only helps tell a story about one's work from one about something else; for a
    # follow-up, the work story it follows up does too: "the backlog was cleared" answers
    # "what was the outcome of that?" in the words of the story before it.
    context = cv_text
    if _follows_work_story(reading, previous, previous_question, cv_text, job_description):
        context = f"{cv_text}\n{previous}"
    signals = score_signals(reading, answer, job_description, company, context)
    signals = _with_told_result(reading, signals)
    shared = off_topic_reading(question, answer, context, job_description)
    if (
        shared.off_topic
        and shared.acts
        and reading.asks_result
        and previous.strip()
        and not continues_story(answer, previous)
        # Read with the story known: `shared` was, when the context already holds it.
        and (
            context != cv_text
            or off_topic_reading(
                question, answer, f"{cv_text}\n{previous}", job_description
            ).off_topic
        )
    ):
        # "How did that turn out?" answered with another story of the candidate's doing ("what
        # comes to mind is when I organised our office bake-off"), in words the story before
        # does not share, which the interviewer redirects though it knows the story: the reply
        # leaves the work the story was about, whatever the bare question names. An ending
        # ("the backlog was cleared in three weeks") tells what came of the work, not a deed.
        shared = replace(shared, leaves_work=True)
    score, dims, parts = combine(reading, signals, bool(job_description.strip()), shared)
    stats = AnswerStats(
        word_count=signals.word_count,
        filler_count=sum(signals.fillers.values()),
        hedge_count=sum(signals.hedges.values()),
        fillers_per_100_words=round(sum(signals.fillers.values()) * signals.per100, 1),
        numbers=len(signals.figures) + signals.number_words,
        skills_named=list(signals.skills_named),
        first_person_share=round(signals.ownership, 2),
        star=StarParts(**{p: round(v, 2) for p, v in signals.star.items()}),
    )
    return AnswerAssessment(reading, answer, signals, score, dims, parts, stats, previous)
