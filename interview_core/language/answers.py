"""Reading an answer the way an interviewer would: vague, without an outcome, off the
question, rambling."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from lemminflect import getAllLemmas, getInflection
from wordfreq import zipf_frequency

from .cv import looks_like_title
from .figures import mentions_number, number_word_pattern
from .places import is_place
from .skills import Skill, display_term, extract_skills, surface_forms
from .text import (
    clause_breaks,
    clause_spans,
    clauses,
    compound_head,
    content_words,
    dictionary_forms,
    normalise_quotes,
    phrase_alternation,
    stopwords,
    words,
)
from .workplace import personal_life_words, workplace_words

_VOCABULARY_FILE = Path(__file__).parent / "data" / "answers.toml"


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    with _VOCABULARY_FILE.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """The vocabulary's phrase lists and patterns, compiled once."""
    vocabulary = _vocabulary()

    def expand(items: list[str]) -> str:
        return "|".join(items).replace("{number}", number_word_pattern())

    def words(items: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + expand(items) + r")\b", re.IGNORECASE)

    def raw(items: list[str]) -> re.Pattern[str]:
        return re.compile(expand(items), re.IGNORECASE)

    hedges = [phrase_alternation(vocabulary["hedges"])]
    purpose = phrase_alternation(vocabulary["purpose_before"])
    return {
        "hedge": words(hedges),
        "result": words(vocabulary["result_patterns"]),
        "purpose": re.compile(rf"\b(?:{purpose})\s+$", re.IGNORECASE),
        "action": words(vocabulary["action_patterns"]),
        "metric": raw(vocabulary["metric_patterns"]),
        "request": raw(vocabulary["request_before"]),
        "claimed": words(vocabulary["claimed_outcomes"]),
        "third": words(vocabulary["third_party_results"]),
        "reply": re.compile(r"(?:" + expand(vocabulary["third_party_replies"]) + r")\b", re.I),
        "own_step": re.compile(r"(?:" + "|".join(vocabulary["own_steps"]) + r")$", re.I),
        "noun": re.compile(vocabulary["result_nouns"] + "$", re.IGNORECASE),
        "allocation": re.compile(vocabulary["allocation"], re.IGNORECASE),
        "occasion": words(vocabulary["one_occasion"]),
        "plan": re.compile(
            rf"(?<![\w'])(?:{phrase_alternation(vocabulary['plan_cues'])})(?![\w'])",
            re.IGNORECASE,
        ),
        "standard": re.compile(
            rf"\b(?:{phrase_alternation(vocabulary['standard_before'])})\b",
            re.IGNORECASE,
        ),
    }


def _reports_result(text: str) -> bool:
    """Whether `text` reports a result: a change in the state of the work, a figure, the
    client or the patient, after the candidate's own steps. Not a purpose ("to improve"), a
    standard the candidate kept ("made sure … within two hours"), a step of their own ("we
    agreed to trial it", "I signed the form"), a name or a thing ("Approved Document B", "a
    risk improvement requirement", "zero-hours workers"), nor the situation told before
    anything was done ("When we lost two OTs my caseload went up")."""
    patterns = _patterns()
    situation_end = _situation_end(text)
    found = [(m, False) for m in patterns["result"].finditer(text)]
    found += [(m, True) for m in patterns["third"].finditer(text)]
    for match, third_party in sorted(found, key=lambda f: f[0].start()):
        start = match.start()
        if match.end() <= situation_end:
            continue  # the problem as it stood, before the candidate did anything
        if patterns["purpose"].search(text[max(0, start - 12) : start]):
            continue
        if _requested(text, start) or _allocated(text, start, match.end()):
            continue
        if _names_a_thing_not_a_change(text, match):
            continue
        clause = _clause_before(text, start)
        if patterns["standard"].search(clause):
            continue
        if third_party and patterns["reply"].match(text, start):
            continue  # "they came back with an update to try": a reply, the ending still to come
        if third_party:
            # Someone else's doing: said of them ("the client signed"), and as a fact, not
            # a condition ("if a divider stopped", "before it stopped").
            if _CONDITION.search(clause) or not _THIRD_SUBJECT.search(clause):
                continue
        elif patterns["own_step"].match(match.group()) and _own_subject(text, start, clause):
            continue
        return True
    return False


# Words between a subject and its verb: "we then", "I also quickly", "they had".
_BETWEEN = r"(?:\s+(?:\w+ly|then|also|both|all|just|finally|eventually|soon|now|together|had|have|has|'ve|’ve|did))*\s*$"
# The candidate as the subject just before a verb: "I", "we", "my colleague and I".
_OWN_SUBJECT = re.compile(r"\b(?:i|we)" + _BETWEEN, re.IGNORECASE)
# Someone else as the subject just before a verb: "he", "the client", "her daughter".
_THIRD_SUBJECT = re.compile(
    r"(?:\b(?:he|she|they|it|everyone|everybody|both|each)|\b(?:the|his|her|their|our|its|my|"
    r"every|each|both|this|that)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)" + _BETWEEN,
    re.IGNORECASE,
)
# A clause that sets a condition or a time, not a fact: "if a divider stopped".
_CONDITION = re.compile(r"\b(?:if|when|whenever|before|until|unless|in case)\b", re.I)
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "their", "our", "my", "his", "her"])


def _clause_before(text: str, start: int) -> str:
    """The words of the clause before `start`, from its last break."""
    before = text[max(0, start - 160) : start]
    # What ends a clause before a result word: a stop, a semicolon or colon, a comma, "and"/"but".
    breaks = clause_breaks(before, "before_result")
    return before[breaks[-1][1] :] if breaks else before


def _own_subject(text: str, start: int, clause: str) -> bool:
    """Whether the verb at `start` has the candidate as its subject: "we agreed to", "my
    colleague and I agreed to", or a verb in a list whose subject was the candidate ("I
    designed the feature, agreed the test…")."""
    if _OWN_SUBJECT.search(clause.strip()):
        return True
    if clause.strip():
        return False
    sentence = clauses(text[:start], "stops")[-1]
    return re.search(r"\b(?:i|we)\b", sentence, re.IGNORECASE) is not None


def _names_a_thing_not_a_change(text: str, match: re.Match[str]) -> bool:
    """Whether a result word is part of a name or a noun phrase rather than a change: written
    with a capital mid-sentence ("Approved Document B"), joined by a hyphen ("zero-hours"),
    a result noun before another noun ("an improvement requirement"), or a verb form made a
    noun or an adjective by a determiner ("split the drops", "the increased workload")."""
    word = match.group()
    start, end = match.start(), match.end()
    if word[:1].isupper() and start > 0 and not re.search(r"[.!?]\s*$", text[:start]):
        return True
    if text[end : end + 1] == "-":
        return True
    after = re.match(r"\s+([a-z]+)", text[end:])
    following = after.group(1) if after else ""
    lemmas = getAllLemmas(following) if following else {}
    if _patterns()["noun"].match(word) and following and "NOUN" in lemmas:
        return following not in stopwords() and not following.endswith("ed")
    if " " in word or _patterns()["noun"].match(word):
        return False
    previous = re.findall(r"[\w']+", text[max(0, start - 20) : start].lower())
    return bool(previous) and previous[-1] in _DETERMINERS and following not in _RESULT_LINKS


# After a result word made a noun, these still tell a change: "the drop in errors".
_RESULT_LINKS = frozenset(["in", "of", "to", "from", "by", "was", "were", "is", "meant"])


# The candidate and the verb after them: "I rang", "we then moved".
_OWN_VERB = re.compile(r"\b(?:i|we)\s+(?:\w+ly\s+|then\s+|also\s+)?([a-z]+)", re.IGNORECASE)


_SUBORDINATE = re.compile(r"\W*(?:when|while|as|because|since|after|once|if)\b", re.I)


def _situation_end(text: str) -> int:
    """Where the situation ends: the start of the first sentence (or part after a dash: the
    `situation` breaks of `data/clauses.toml`) that tells a step of the candidate's ("I rated
    every case…"); a change told in the sentences before it is the problem as it stood ("my
    caseload went up to forty"), not a result. 0 when no sentence tells one, or the first
    does."""
    for start, end in clause_spans(text, "situation"):
        sentence = text[start:end]
        main = sentence
        if _SUBORDINATE.match(sentence):
            # "When we lost two OTs in a month my caseload went up": the time of the problem.
            main = sentence.partition(",")[2]
        if (
            _patterns()["action"].search(main)
            or _FUTURE_TELLING.search(main)  # a plan is the candidate's step too
            or any(_is_past_form(m.group(1).lower()) for m in _OWN_VERB.finditer(main))
        ):
            return start
    return 0


def _requested(text: str, start: int) -> bool:
    """Whether the figure or result word at `start` is what someone asked for or aimed at
    ("the supplier asked for a 22% increase"), in the words just before it."""
    before = text[max(0, start - 24) : start]
    before = clauses(before, "stop_marks")[-1]
    return bool(_patterns()["request"].search(before))


def _measures(text: str) -> bool:
    """Whether a figure in `text` measures something, not a request or a target made of it
    ("the supplier asked for a 22% rise" is the problem, not the result), nor a share the
    candidate moved ("I moved fifteen percent of the budget to…": a step)."""
    return any(
        not _requested(text, m.start()) and not _allocated(text, m.start(), m.end())
        for m in _patterns()["metric"].finditer(text)
    )


def _allocated(text: str, start: int, end: int) -> bool:
    """Whether the figure at `start`–`end` is a share the candidate gave or moved: "I moved
    about fifteen percent of the budget", "we spent 20% of the grant"."""
    figure = re.search(rf"(?:\d+|{number_word_pattern()})\s*$", text[max(0, start - 30) : start])
    lead = start - len(figure.group()) if figure else start
    before = text[max(0, lead - 40) : lead]
    after = re.match(r"\s*(?:per ?cent|percent|%)?\s*of\b", text[end:], re.IGNORECASE)
    return bool(after) and _patterns()["allocation"].search(before) is not None


@dataclass(frozen=True)
class AnswerSignals:
    """What a quick read of an answer tells an interviewer."""

    words: int
    hedges: int
    specificity: int
    has_outcome: bool
    skills: tuple[Skill, ...]
    measured: bool = False  # a number that measures a change
    claims_outcome: bool = False  # "it all worked out": a result claimed, not shown
    general: bool = False  # habits in general ("I keep an eye on it"): no occasion, no plan

    @property
    def is_unshown_claim(self) -> bool:
        """A short answer that says it went well without showing what was done or measured:
        the interviewer asks for a concrete example, not for the result."""
        limit = _vocabulary()["claimed_outcome_max_words"]
        return self.claims_outcome and not self.measured and self.words < limit

    @property
    def is_vague(self) -> bool:
        """Too short or too hedgy to learn from without a concrete example."""
        if self.words < 8:
            return True
        if self.words < 30 and self.hedges >= 1 and not self.measured:
            return True  # "I improved them a bit, it was better after."
        if self.words < 25 and self.specificity < 2:
            return True
        if self.words < 45 and self.hedges >= 2 and not self.measured:
            return True  # a few claims, each waved through: nothing an interviewer can check
        return (
            self.hedges >= 2 and self.specificity < 2 or self.hedges >= 1 and self.specificity == 0
        )


@lru_cache(maxsize=1024)  # pure: an answer is read again for the next question's brief
def read_answer(answer: str) -> AnswerSignals:
    """Signals from one answer: length, hedging, specifics, and whether it gives a result."""
    text = answer or ""
    patterns = _patterns()
    words = re.findall(r"[\w'’%£$€.-]+", text)
    hedges = len(patterns["hedge"].findall(normalise_quotes(text)))
    skills = tuple(extract_skills(text))
    # Capitalised words inside a sentence are names: employers, products, people, places.
    proper = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+", text)
    proper = [p for p in proper if p not in ("I", "I'm", "I've", "I'd")]
    specificity = (
        int(mentions_number(text))
        + int(bool(skills or proper))
        + int(bool(patterns["action"].search(text)))
    )
    measured = _measures(text)
    has_outcome = measured or _reports_result(text)
    claims = bool(patterns["claimed"].search(normalise_quotes(text)))
    quoted = normalise_quotes(text)
    general = not (
        tells_occasion(quoted) or _FUTURE_TELLING.search(quoted) or mentions_number(text)
    )
    return AnswerSignals(
        len(words), hedges, specificity, has_outcome, skills, measured, claims, general
    )


# --- topic and shape ----------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _life_lemmas(word: str) -> frozenset[str]:
    """`_lemmas`, and for a compound those of its head too: "half-marathon" is a word of life
    outside work as "half marathon" is (the tokeniser keeps a compound one word)."""
    head = compound_head(word)
    return _lemmas(word) | _lemmas(head) if head else _lemmas(word)


def _lemmas(word: str) -> frozenset[str]:
    """The word and its dictionary forms ("escalated" → escalate), so inflections match."""
    forms = set(dictionary_forms(word))
    if len(forms) == 1 and word.endswith("s") and len(word) > 3:
        forms.add(word[:-1])  # plurals the dictionary does not know: "KPIs", "SKUs"
    return frozenset(forms)


@lru_cache(maxsize=1)
def _workplace() -> frozenset[str]:
    return frozenset(f for w in workplace_words(everyday=True) for f in _lemmas(w))


@lru_cache(maxsize=1)
def _question_frames() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _vocabulary()["question_frames"]), re.I)


def _topic_forms(text: str) -> set[str]:
    ignore = set(_vocabulary()["question_words"])
    text = _question_frames().sub(" ", text)
    # In any form: "comes" is as much the question's wording as "come".
    return {f for w in content_words(text) if not _lemmas(w) & ignore for f in _lemmas(w)}


# A run of capitalised words ("Bristol", "Consumer Duty", "Big Red Tool").
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")


def _place_names(text: str) -> set[str]:
    """Well-known one-word names inside a sentence ("Bristol", "Milan"), lowercased: a name of
    several words ("Consumer Duty") is a thing of the field, and a sentence's first word is
    capitalised anyway."""
    return {
        run.group().lower()
        for run in _CAPITALISED_RUN.finditer(text)
        if " " not in run.group()
        and run.start() > 0
        and not re.search(r"[.!?]\s*$", text[: run.start()])
        and zipf_frequency(run.group(), "en") >= _vocabulary()["place_min_zipf"]
    }


def topic_share(
    question: str, answer: str, context: frozenset[str] = frozenset(), everyday: bool = True
) -> float:
    """Share of the answer's content words that touch the question's topic, the candidate's
    working world (`context`: lemmas of the CV and job description) or work at all (the
    everyday words of work, "run", "look after", unless `everyday` is False)."""
    asked = _topic_forms(question) | (_workplace() if everyday else frozenset())
    said = content_words(answer)
    if not said:
        return 0.0
    # A word the answer shares only with the documents counts when it is a word of the field
    # ("resus", "variance"), not an everyday one that any CV holds ("car", "night", "changed"):
    # a holiday story shares those too.
    ceiling = _vocabulary()["context_max_zipf"]
    # A skill or tool the answer names ("Apache Flink", "NEWS2") is the world of work too.
    named = {w for s in extract_skills(answer) for w in content_words(s.name)}
    # A well-known name the CV shares (a city: "Bristol", "Milan") places the answer, it
    # does not put it on the topic: "five-a-side with friends from Bristol" is no work.
    places = _place_names(answer)
    touching = sum(
        1
        for w in said
        if w in named
        or _lemmas(w) & asked
        or (_lemmas(w) & context and zipf_frequency(w, "en") < ceiling and w not in places)
    )
    return touching / len(said)


def names_topic_term(question: str, answer: str) -> bool:
    """Whether the answer names a term of the question's topic that everyday speech hardly
    uses ("cauda equina", "tachograph", "subrogation"): a tangent does not happen on those,
    however much of the rest of the answer is the field's own words the documents lack."""
    ceiling = _vocabulary()["topic_term_max_zipf"]
    asked = _topic_forms(question)
    return any(
        _lemmas(w) & asked and zipf_frequency(w, "en") < ceiling for w in content_words(answer)
    )


def drifts(question: str, answer: str) -> bool:
    """Whether the answer turns to a neighbouring matter of its own ("That reminds me of the
    stock-take in the store room…" after a question on calibrating an instrument): its first
    sentence opens on a turn away (`drift_leads`) and no word of the question's topic comes
    into it. Asked for an example, the candidate would tell more of that other matter: they
    are brought back to the topic asked."""
    text = normalise_quotes(answer).strip()
    first = re.split(r"(?<=[.!?;])\s+", text, maxsplit=1)[0]
    if _cue_pattern("drift_leads").search(first) is None:
        return False
    return not _touches_question(question, answer) and not names_topic_term(question, answer)


def is_off_topic(question: str, answer: str, context: frozenset[str] = frozenset()) -> bool:
    """Whether the answer is about something else than the question (by topic, not length):
    judged by what it tells relative to the question and to the candidate's own doing, not by
    how many words it shares with the CV. A holiday in the CV's town tasting the trade's own
    product is no answer; a story of the candidate's work told in words the question did not
    use is one."""
    vocabulary = _vocabulary()
    if len(content_words(answer)) < 4:
        # Too short to judge the topic: a vague answer, not a tangent; unless all it tells
        # is life outside work in its own words ("I went on holiday to Spain."), which no
        # example of the work asked for would follow from: it is brought back to the question.
        return (
            life_share(question, answer, context) >= vocabulary["life_clause_share"]
            and _personal_words(answer, context) >= 1
            and not _touches_question(question, answer)
        )
    if names_topic_term(question, answer):
        return False  # "cauda equina" after a question on red flags that named it: on topic
    if drifts(question, answer):
        return True  # "That reminds me of the stock-take…": a neighbouring matter, not this
    if life_share(question, answer, context) >= vocabulary["life_clause_share"]:
        # Told mostly as life outside work (a weekend, a holiday, the family, a hobby),
        # whatever words of the trade or towns of the CV come into it.
        return True
    if tells_leisure_story(question, answer, context):
        # A charity ride, a university ball, a homebrew kit: life outside work that shares
        # with the question at most a word any story has ("team", "plan", "result").
        return True
    touches = _touches_question(question, answer)
    field_share = topic_share(question, answer, context, everyday=False)
    if (
        not touches
        and field_share < vocabulary["unasked_min_field_share"]
        and _own_action_share(answer) < vocabulary["unasked_min_own_share"]
    ):
        # Nothing of what was asked, hardly a word of the field, and mostly about things, not
        # what the candidate did ("the heating has never worked, the car park is a
        # nightmare"): everyday words of work ("building", "team") do not make it an answer.
        return True
    acting, working = _work_acts(question, answer, context)
    if (
        field_share < vocabulary["unasked_min_field_share"]
        and acting >= vocabulary["story_min_acts"]
        and working < vocabulary["work_acts_min_share"] * acting
    ):
        # A story of the candidate's own doings, hardly any of which touches the work the
        # question, the CV or the job names: moving house ("I chased the builders and the
        # insurer"), a race ("I walked a bit, stretched and managed to jog the last three
        # miles"). Doing things is not yet doing the work.
        return True
    if not touches and not tells_own_doing(answer):
        # Nothing of what was asked, and nothing the candidate did, does or would do: a view
        # ("I think the big teams have ruined the sport"), whatever words of the trade it uses.
        return True
    if topic_share(question, answer, context) >= vocabulary["on_topic_min_share"]:
        # A weekend told in everyday words of work ("I run with a group", "I look after my
        # two dogs") is still about life outside work when it says so often enough.
        return (
            tells_life_outside_work(answer, context) or life_share(question, answer, context) > 0
        ) and topic_share(question, answer, context, everyday=False) < vocabulary[
            "on_topic_min_share"
        ]
    # Few words of the question or the field: still an answer when the candidate tells what
    # they did or do at work (a story in the field's own words the documents lack, or a
    # neighbouring point of the same work), and no life outside work comes into it.
    # A case told in the words of work may name a mother and a father in passing: their two
    # words of life count only when enough of its clauses hold no word of work.
    return (
        life_share(question, answer, context) > 0
        or (
            _life_word_count(question, answer, context) >= 2
            and _outside_work_share(answer, question, context)
            >= vocabulary["life_words_min_outside_share"]
        )
        or not tells_own_doing(answer)
    )


@dataclass(frozen=True)
class SharedReading:
    """What both engines take from the answer reading about the answer's topic."""

    off_topic: bool = False  # the interviewer redirects it (`off_topic_reading`)
    # A story of the candidate's own doing with no word of life outside work in it, enough of
    # its clauses holding a word of work (`own_work_max_outside_share`).
    own_work: bool = False
    # Off the question into life outside work (`Reading.leaves_work`).
    leaves_work: bool = False
    # The candidate does something in it (`Reading.acts`), rather than only holding a view.
    acts: bool = True


NO_READING = SharedReading()


def off_topic_reading(question: str, answer: str, *documents: str) -> SharedReading:
    """The answer's topic read in the candidate's working world as their documents (the CV,
    the job description) tell it: the one rule by which the interviewer redirects an answer
    and the coach marks it down. A short answer off the question that waves its point through
    ("it made a real difference, I think") is asked for more, not redirected: it is vague; a
    long one is asked for its point: it is rambling."""
    context = working_world(*documents)
    reading = read(question, answer, context)
    own_work = (
        not reading.off_topic
        and reading.life == 0
        and _life_word_count(question, answer, context) < 2
        and reading.acts
        and _personal_words(answer, context, distinct=True)
        <= _vocabulary()["own_work_max_life_words"]
        and not _names_own_life(answer, context)
        and _outside_work_share(answer, question, context)
        <= _vocabulary()["own_work_max_outside_share"]
    )
    # A short answer waving its point through is vague, a long one rambling: the interviewer
    # asks for more or for the point, it does not redirect them as another matter.
    redirected = reading.off_topic and reading.kind not in ("vague", "rambling")
    return SharedReading(redirected, own_work, reading.leaves_work, bool(reading.acts))


def _names_own_life(answer: str, context: frozenset[str] = frozenset()) -> bool:
    """Whether the answer names a part of the candidate's own life ("my family", "our
    caravan"): never a person or place of a case at work."""
    life = personal_life_words() | frozenset(_vocabulary()["own_life_nouns"])
    for m in re.finditer(r"\b(?:my|our)\s+(\w+)(?:\s+(\w+))?", normalise_quotes(answer.lower())):
        for word in filter(None, m.groups()):
            lemmas = _lemmas(word)
            if lemmas & life and not lemmas & context:
                return True
    return False


# The candidate and the word after them: "I checked", "we then agreed", "I'm".
_SELF_VERB = re.compile(r"\b(?:i|we|you)(?:'m|'ve|'d|'ll)?\s+(?:\w+ly\s+)?([a-z']+)", re.I)


def _clauses(answer: str) -> list[str]:
    """The answer's clauses: cut at sentence ends and at ", and" / ", but" / ", so"."""
    return [c for c in clauses(normalise_quotes(answer), "answer") if c and c.strip()]


def _acts_in(clause: str) -> bool:
    """Whether the candidate does something in `clause` ("I checked", "we agreed"), rather than
    only holding a view or a feeling ("I think", "I love", "I'm a big fan")."""
    stances = _stance_verbs()
    return any(not _lemmas(m.group(1).lower()) & stances for m in _SELF_VERB.finditer(clause))


@lru_cache(maxsize=1)
def _stance_verbs() -> frozenset[str]:
    return frozenset(f for w in _vocabulary()["stance_verbs"] for f in _lemmas(w))


def _own_action_share(answer: str) -> float:
    """Share of the answer's clauses in which the candidate acts ("I checked", "we agreed"):
    an account of one's work says what one did, a grumble or a view says what things are
    like ("I think the resorts only care about money")."""
    clauses = _clauses(answer)
    if not clauses:
        return 0.0
    return len(_acting_clauses(answer)) / len(clauses)


def _acting_clauses(answer: str) -> list[str]:
    """The answer's clauses in which the candidate acts (`_acts_in`)."""
    acting: list[str] = []
    before = False
    for clause in _clauses(answer):
        # "I stopped them, put the strongest skier at the back, and led them down": a clause
        # that opens on a past verb goes on with the subject before it.
        first = re.match(r"\s*(?:then\s+)?([a-z]+)", clause)
        goes_on = before and first is not None and _is_past_form(first.group(1))
        before = _acts_in(clause) or goes_on
        if before:
            acting.append(clause)
    return acting


# Where a clause goes on to another doing of the candidate's: ", I booked", " and we rang".
_OWN_DOINGS = re.compile(r"(?:,|\band\b|\bthen\b)\s*(?=(?:i|we)\b)", re.IGNORECASE)


def _work_acts(question: str, answer: str, context: frozenset[str]) -> tuple[int, int]:
    """How many clauses tell the candidate acting, and in how many of them the doing touches
    some work: a word of the question's topic, of the CV or job (`_is_word_of_work`), any
    word of work, everyday ones too ("we followed the plan"), a named skill or an acronym.
    A town is no word of work ("my first half-marathon in Norwich"), whichever CV names it."""
    asked = _topic_forms(question)
    acting = _own_doing_parts(answer)
    working = 0
    for clause in acting:
        places = _place_names(clause) | {
            w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", clause) if is_place(w)
        }
        working += bool(
            any(
                _is_word_of_work(w, asked, context) or _lemmas(w) & _workplace()
                for w in content_words(clause)
                if w.lower() not in places
            )
            or extract_skills(clause)
            or _ACRONYM.search(clause)
        )
    return len(acting), working


def _own_doing_parts(answer: str) -> list[str]:
    """The candidate's doings, each on its own: "I packed every room, I booked the van and I
    rang the solicitor" tells three."""
    return [
        part
        for clause in _acting_clauses(answer)
        for part in _OWN_DOINGS.split(clause)
        if part.strip() and _acts_in(part)
    ]


# A verb joined on to the doer's: ", checked", " and found", " then rang".
_JOINED_VERB = re.compile(r"(?:,|\band\b|\bthen\b)\s+(?:then\s+)?([a-z]+)", re.IGNORECASE)
_DOER_VERB = re.compile(r"\b(?:i|we)\s+(?:\w+ly\s+|then\s+|also\s+)?([a-z]+)", re.IGNORECASE)


def own_doings(answer: str, past: bool = False) -> int:
    """How many things the candidate tells they did, do or would do (`_own_doing_parts`).
    `past`: only the things they did on an occasion, a verb in the past tense ("I walked
    every floor, checked the risers"), not what they are or usually do ("I'm the lead")."""
    parts = _own_doing_parts(answer)
    if not past:
        return len(parts)

    def did(part: str) -> int:
        found = _DOER_VERB.search(part)
        if found is None:  # goes on from the doer before it: "checked the risers"
            found = re.match(r"\W*(?:then\s+)?([a-z]+)", part.lower())
        if found is None or not (
            _is_past_form(found.group(1).lower()) or _PAST_TELLING.match(found.group(0))
        ):
            return 0
        # "I walked every floor, checked the risers and found three doors": three doings.
        joined = _JOINED_VERB.findall(part[found.end() :])
        return 1 + sum(1 for verb in joined if _is_past_form(verb.lower()))

    return sum(did(part) for part in parts)


def tells_own_doing(answer: str) -> bool:
    """Whether the answer tells something the candidate did, does or would do, in at least
    one clause ("I stopped them and led them down the blue run")."""
    return any(_acts_in(c) for c in _clauses(answer))


@lru_cache(maxsize=1)
def _leisure_frames() -> re.Pattern[str]:
    frames = "|".join(_vocabulary()["leisure_frames"])
    return re.compile(rf"\b(?:{frames})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _others_family() -> re.Pattern[str]:
    """A word of family named as someone else's: "his mother", "the father", "her foster
    mum", "the patient's daughter"; group 1 is what comes before the word, group 2 the owner
    of a possessive ("patient")."""
    vocabulary = _vocabulary()
    family = "|".join(re.escape(w) for w in vocabulary["family_words"])
    owners = "|".join(re.escape(w) for w in vocabulary["others_before_family"])
    between = r"(?:(?!(?:my|our|me)\b)[a-z-]+\s+)?"
    return re.compile(
        rf"(\b(?:(?:{owners})\s+|([\w-]+)['’]s\s+){between})(?:{family})\b", re.IGNORECASE
    )


def _own_life_text(text: str, context: frozenset[str] = frozenset()) -> str:
    """`text` without the words of family it names as someone else's ("his mother rang me",
    "explained to the father", "the client's husband"): those are people of a case; the
    candidate's own family ("my kids were there cheering") speaks of life outside work. A
    family named through a person of the candidate's own life or of no work ("the bride's
    mother", "my friend's dad", "Tom's dad") stays life: only a person of work (a word of work,
    or of the CV or job: "the patient's daughter") makes it a case."""

    def drop(match: re.Match[str]) -> str:
        owner = match.group(2)
        if owner is not None:
            forms = _lemmas(owner.lower())
            if forms & personal_life_words() or not forms & (_workplace() | context):
                return match.group()
        return match.group(1)

    return _others_family().sub(drop, text)


def _is_life_clause(clause: str, asked: set[str], context: frozenset[str]) -> bool:
    """Whether a clause speaks of life outside work: a phrase that frames leisure ("in my
    spare time", "on holiday"), two words of it whatever the CV holds (a brewer's "holiday …
    beer"), or one the candidate's working world does not use ("honeymoon") in a clause with
    no word of work in it (the question's topic, the field's own words, the words of work:
    "I rebuilt the shift pattern around the morning flight bank" is work). Words of the
    question's own topic never count as life (a question about weekend cover)."""
    if _leisure_frames().search(clause):
        return True
    life = personal_life_words()
    said = content_words(_own_life_text(clause, context))
    found = {w.lower() for w in said if _life_lemmas(w) & life and not _lemmas(w) & asked}
    if len(found) >= 2:
        return True
    outside = {w for w in found if not _lemmas(w) & context}
    if not outside:
        return False
    # A town the CV names ("a choir in Dublin") places the clause; it is no word of work.
    places = _place_names(clause) | {
        w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", clause) if is_place(w)
    }
    return not any(
        _is_word_of_work(w, asked, context)
        for w in said
        if w.lower() not in found and w.lower() not in places
    )


def _is_word_of_work(word: str, asked: set[str], context: frozenset[str]) -> bool:
    """Whether `word` is one of work: of the question's topic, a word of work everyday stories
    use less ("shift", "client"), or a rarer word of the candidate's own field."""
    forms = _lemmas(word)
    if forms & (asked | _workplace_strict()):
        return True
    return bool(forms & context) and zipf_frequency(word, "en") < _vocabulary()["context_max_zipf"]


def _outside_work_share(answer: str, question: str, context: frozenset[str]) -> float:
    """Share of the answer's clauses with no word of work in them (`_is_word_of_work`), words
    of life aside: "explained to the mother what was happening under the protection order"
    is work, whoever it names."""
    clauses = _clauses(answer)
    if not clauses:
        return 0.0
    asked = _topic_forms(question)
    life = personal_life_words()
    outside = [
        clause
        for clause in clauses
        if not any(
            _is_word_of_work(w, asked, context)
            for w in content_words(clause)
            if not _life_lemmas(w) & life
        )
    ]
    return len(outside) / len(clauses)


@lru_cache(maxsize=1)
def _workplace_strict() -> frozenset[str]:
    """The words of work that everyday stories do not use as much ("shift", "client")."""
    return frozenset(f for w in workplace_words(everyday=False) for f in _lemmas(w))


def _life_word_count(
    question: str,
    answer: str,
    context: frozenset[str] = frozenset(),
    leave_out: frozenset[str] = frozenset(),
) -> int:
    """How many distinct words of life outside work the answer uses, each once in any form
    ("race" and "raced" are one), leaving out those of the question's own topic and, when
    `context` is given, those of the candidate's working world; and `leave_out`."""
    life = personal_life_words() - leave_out
    asked = _topic_forms(question)
    found = {
        min(_life_lemmas(w) & life)
        for w in content_words(_own_life_text(answer, context))
        if _life_lemmas(w) & life and not _lemmas(w) & asked and not _lemmas(w) & context
    }
    # A named event of leisure ("the London Marathon", "the Great North Run") is a story of
    # life outside work on its own.
    named = any(
        _life_lemmas(w.lower()) & life
        for run in _CAPITALISED_RUN.finditer(answer)
        if " " in run.group()
        for w in run.group().split()
    )
    return len(found) + int(named)


def life_share(question: str, answer: str, context: frozenset[str] = frozenset()) -> float:
    """Share of the answer's clauses that speak of life outside work (`_is_life_clause`)."""
    clauses = _clauses(answer)
    if not clauses:
        return 0.0
    asked = _topic_forms(question)
    if not _leisure_frames().search(normalise_quotes(answer)) and (
        # One word of life alone ("a hotel wanted twelve shades", "the hotel reordered") is
        # a client or a place of the work; life outside work takes two, or a frame.
        _life_word_count(question, answer) < 2
    ):
        return 0.0
    return sum(1 for c in clauses if _is_life_clause(c, asked, context)) / len(clauses)


@lru_cache(maxsize=1)
def _generic_topic_words() -> frozenset[str]:
    return frozenset(f for w in _vocabulary()["generic_topic_words"] for f in _lemmas(w))


def tells_leisure_story(question: str, answer: str, context: frozenset[str] = frozenset()) -> bool:
    """Whether the answer tells a story of life outside work (a charity ride, a university
    ball, a homebrew kit) that does not touch the question's topic or the candidate's work:
    it names life outside work (two words of it the documents do not use, a leisure frame:
    "outside work I…", or a cue: money raised for a cause, "at university") and hardly any of its words are of the field (`_work_word_share`)."""
    text = normalise_quotes(answer)
    cued = _leisure_story_cues().search(text) is not None
    setting = frozenset(_vocabulary()["leisure_setting_words"])
    # One word of life alone may be a client or a place of the work ("a hotel wanted twelve
    # shades"): a story of life outside work names two, or frames itself as one.
    named = _life_word_count(question, answer, context, leave_out=setting)
    if named < 2 and not cued and not _leisure_frames().search(text):
        return False
    if names_topic_term(question, answer):
        return False
    vocabulary = _vocabulary()
    topic = _topic_forms(question)
    specific = topic - _generic_topic_words()
    life_clauses = [c for c in _clauses(answer) if _is_life_clause(c, topic, context)]
    if any(
        _lemmas(w) & specific
        for c in _clauses(answer)
        if c not in life_clauses
        for w in content_words(c)
    ):
        # A clause of work says a word of what was asked ("I shadow their lessons, … keeping
        # the children moving"): a hobby named in passing does not make it another story.
        return False
    # A clause told as life outside work ("I brew my own beer at home") or money raised for a
    # cause leaves room for a few more words of work than one word of life in passing does
    # (a match at a rugby ground).
    told = cued or bool(life_clauses)
    ceiling = vocabulary["leisure_story_max_work_share" if told else "unasked_min_field_share"]
    return _work_word_share(question, answer, context) < ceiling


@lru_cache(maxsize=1)
def _leisure_story_cues() -> re.Pattern[str]:
    cues = "|".join(f"(?:{c})" for c in _vocabulary()["leisure_story_cues"])
    return re.compile(rf"(?<![\w'])(?:{cues})(?![\w'])", re.IGNORECASE)


def _work_word_share(question: str, answer: str, context: frozenset[str]) -> float:
    """Share of the answer's content words that are of the question's topic or the field
    (`topic_share` without the everyday words of work, with those everyday stories hardly use:
    "shift", "client"; an acronym: "WMS"), leaving out the words any story
    shares with a question (`generic_topic_words`: "team", "plan", "result") and those of
    its clauses about life outside work (the "food bank" of a charity walk is no "voice
    banking")."""
    said = content_words(answer)
    if not said:
        return 0.0
    asked = _topic_forms(question) - _generic_topic_words()
    ceiling = _vocabulary()["context_max_zipf"]
    named = {w for s in extract_skills(answer) for w in content_words(s.name)}
    places = _place_names(answer)
    topic = _topic_forms(question)
    counted = 0
    for clause in _clauses(answer):
        # In a clause of life outside work only the surer words of work count: a named
        # skill, an acronym, a word everyday stories hardly use ("shift").
        life = _is_life_clause(clause, topic, context)
        acronyms = {m.group().lower() for m in _ACRONYM.finditer(clause)}
        for w in content_words(clause):
            forms = _lemmas(w)
            if forms & _generic_topic_words():
                continue
            counted += bool(
                w in named
                or w in acronyms
                or forms & _workplace_strict()
                or not life
                and (
                    forms & asked
                    or (forms & context and zipf_frequency(w, "en") < ceiling and w not in places)
                )
            )
    return counted / len(said)


def _touches_question(question: str, answer: str) -> bool:
    """Whether the answer uses any word of the question's topic, in any form."""
    asked = _topic_forms(question)
    return any(_lemmas(w) & asked for w in content_words(answer))


def touches_topic(topic: str, answer: str) -> bool:
    """Whether the answer says anything of the topic asked: a word of it in any form, or a
    term of the field the topic names. An answer that says none of it and names a thing of
    its own ("I mostly did CI/CD stuff" asked about test coverage) dodged the question."""
    return _touches_question(topic, answer) or names_topic_term(topic, answer)


def tells_life_outside_work(answer: str, context: frozenset[str] = frozenset()) -> bool:
    """Whether the answer speaks of life outside work in several distinct words that the
    candidate's working world does not use ("parkrun", "dogs", "campervan")."""
    found = _personal_words(answer, context, distinct=True)
    return found >= _vocabulary()["life_story_words"]


def filler_count(answer: str) -> int:
    """How many filler phrases pad the answer."""
    lowered = " ".join(words(answer))
    return sum(len(re.findall(rf"\b{re.escape(f)}\b", lowered)) for f in _vocabulary()["fillers"])


def is_rambling(answer: str) -> bool:
    """A long answer that circles without specifics: many words, filler, nothing concrete."""
    vocabulary = _vocabulary()
    signals = read_answer(answer)
    if signals.words >= vocabulary["rambling_always_words"]:
        return True  # past this length no interviewer lets an answer run on
    if is_run_on(answer):
        return True
    if signals.words < vocabulary["rambling_min_words"]:
        return False
    padded = filler_count(answer) >= max(3, signals.words // 40)
    if signals.words >= vocabulary["rambling_padded_words"] and padded:
        return True
    return padded and signals.specificity < 2 and not mentions_number(answer)


# What joins the clauses of a run-on sentence: commas, "and", "but", "so".
_JOIN = re.compile(r",|\b(?:and|but|so)\b", re.IGNORECASE)


def is_run_on(answer: str) -> bool:
    """An answer that runs on in one long sentence, clause after clause, and measures
    nothing: the candidate is thinking aloud, not telling one occasion."""
    vocabulary = _vocabulary()
    signals = read_answer(answer)
    if signals.words < vocabulary["runon_min_words"] or signals.measured:
        return False
    for sentence in clauses(answer, "stops_semicolons"):
        long = len(sentence.split()) >= vocabulary["runon_sentence_words"]
        if long and len(_JOIN.findall(sentence)) >= vocabulary["runon_joins"]:
            return True
    return False


@dataclass(frozen=True)
class Reading:
    """What the interviewer makes of one answer to one question."""

    signals: AnswerSignals
    off_topic: bool
    rambling: bool
    personal_words: int = 0  # words of life outside work ("beach", "gig")
    life: float = 0.0  # share of its clauses about life outside work (`life_share`)
    acts: bool = True  # the candidate tells something they did, do or would do
    drift: bool = False  # turns to a neighbouring matter of its own (`drifts`)

    @property
    def leaves_work(self) -> bool:
        """Off the question and told in words of life outside work (a weekend's gigs), or
        mostly as life outside work (a holiday in the CV's town, tasting the trade's beer)."""
        vocabulary = _vocabulary()
        return self.off_topic and (
            self.personal_words >= vocabulary["off_topic_life_words"]
            or self.life >= vocabulary["life_clause_share"]
        )

    @property
    def wanders_off(self) -> bool:
        """A long answer that is mostly off the question: into life outside work (a childhood,
        hobbies, a holiday) or, by a turn away, onto a neighbouring matter. Its length is not
        its first problem: it is brought back to the question, not asked for its point."""
        # Two words of life in a long career history ("my uncle was a keeper") do not make it
        # mostly life: the share of its clauses does.
        mostly_life = self.life >= _vocabulary()["life_clause_share"]
        return self.off_topic and (mostly_life or self.drift)

    @property
    def neighbouring(self) -> bool:
        """Off the question onto another matter of the candidate's work, not their life: told
        as a turn away (`drifts`: "That reminds me of the stock-take…"), with no life outside
        work in it. A story told without such a turn may be a hobby's: it is not called a
        piece of work."""
        return self.off_topic and self.drift and not self.leaves_work

    @property
    def kind(self) -> str:
        """ "rambling", "off_topic", "vague", "no_outcome" or "ok", first that applies."""
        if self.rambling and not self.wanders_off:
            return "rambling"
        if self.leaves_work:
            # Short, but about life outside work (a weekend's gigs): a redirect, not a
            # request for more detail.
            return "off_topic"
        # Too short to have a topic of its own; unless, off the question, it tells no doing
        # of the candidate's and waves nothing through: a grumble about the traffic has its
        # own topic, however short.
        own_topic = self.off_topic and not self.acts and not self.signals.hedges
        # A short story of a neighbouring matter ("That reminds me of the stock-take…") has
        # its own topic too: an example asked for would be one more of that matter.
        own_topic = own_topic or self.off_topic and self.drift
        if self.signals.is_vague and self.signals.words < 30 and not own_topic:
            return "vague"
        if self.off_topic:
            return "off_topic"
        if self.signals.is_vague or self.signals.is_unshown_claim:
            return "vague"
        if self.signals.general and self.signals.words < _vocabulary()["general_max_words"]:
            return "vague"  # no occasion told: a result of what? An example comes first.
        if not self.signals.has_outcome:
            return "no_outcome"
        return "ok"


@lru_cache(maxsize=1024)  # pure, and asked again by the prompt brief for the same turn
def read(question: str, answer: str, context: frozenset[str] = frozenset()) -> Reading:
    """Read `answer` as an answer to `question`, in the world of `context` (see `topic_share`)."""
    return Reading(
        read_answer(answer),
        is_off_topic(question, answer, context),
        is_rambling(answer),
        _personal_words(answer, context),
        life_share(question, answer, context),
        tells_own_doing(answer),
        drifts(question, answer),
    )


def _personal_words(
    answer: str, context: frozenset[str] = frozenset(), distinct: bool = False
) -> int:
    """How many of the answer's words speak of life outside work, in any inflection; not
    those of the candidate's working world (`context`: a social worker's "baby"). `distinct`:
    each word once ("mother" told three times in a case is one word)."""
    life = personal_life_words()
    found = [
        w.lower()
        for w in content_words(_own_life_text(answer, context))
        if _life_lemmas(w) & life and not _lemmas(w) & context
    ]
    return len(set(found)) if distinct else len(found)


def is_everyday_tool(name: str) -> bool:
    """Whether `name` is office software everyone uses (no tool worth a follow-up)."""
    return name.lower() in _vocabulary()["everyday_tools"]


def lemma_set(text: str) -> set[str]:
    """The content words of `text` with their dictionary forms, for matching topics."""
    return set(_lemma_set(text))


@lru_cache(maxsize=2048)  # pure: the CV and each answer are matched again for every skill
def _lemma_set(text: str) -> frozenset[str]:
    return frozenset(f for w in content_words(text) for f in _lemmas(w))


@lru_cache(maxsize=1)
def _leisure_heading() -> re.Pattern[str]:
    """A CV heading of the candidate's life outside work ("Hobbies", "Interests:"), with what
    follows on its line (group 1)."""
    names = "|".join(_vocabulary()["leisure_headings"])
    return re.compile(rf"^\W*(?:{names})\s*(?:[:\-–—]\s*(.*))?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _any_heading() -> re.Pattern[str]:
    """A short line that opens a CV section: a word or three, no sentence, no list."""
    return re.compile(r"^\W*[A-Za-z][A-Za-z &/’'-]{1,40}:?\s*$")


def without_leisure(text: str) -> str:
    """`text` without the part a CV gives to life outside work ("Hobbies: orienteering,
    amateur astronomy", or an INTERESTS section up to the next heading): the candidate's
    hobbies are no words of their working world, and an answer about them is off the
    question whichever CV lists them."""
    kept: list[str] = []
    inside = False
    for line in text.splitlines():
        found = _leisure_heading().match(line.strip())
        if found is not None:
            inside = not (found.group(1) or "").strip()
            continue
        if inside and line.strip() and _any_heading().match(line.strip()):
            inside = False
        if not inside:
            kept.append(line)
    return "\n".join(kept)


def working_world(*documents: str) -> frozenset[str]:
    """The candidate's working world: the lemmas of their documents (the CV, the job
    description), the CV's hobbies left out (`without_leisure`)."""
    return _lemma_set(" ".join(without_leisure(d) for d in documents))


# --- the candidate's own words ------------------------------------------------------------

# A name written in capitals, with or without digits: "NEWS2", "DASH", "PCI", "CSS".
# Two letters alone ("IV", "ED") say too little to be taken up on their own.
_ACRONYM = re.compile(r"(?<![\w-])(?:[A-Z][A-Z&]{2,}[0-9]*|[A-Z][A-Z&]*[0-9]+)(?![\w-])")


def own_term(answer: str, question: str, exclude: tuple[str, ...] = (), known: str = "") -> str:
    """A thing the candidate named that the question did not: a skill or an acronym, as they
    wrote it ("NEWS2", "health scores"), or the whole noun phrase a common word or an
    unexplained acronym stands in ("the ledger clean-up", "the SDV backlog"); "" when there is
    none. A probe that picks it up shows the interviewer listened. `exclude`: names never
    worth echoing (the company); `known`: text whose acronyms the interviewer knows (the job
    advert)."""
    asked = question.lower()
    found: list[tuple[int, str]] = []
    lexicon: set[str] = set()
    for skill in extract_skills(answer):
        for form in surface_forms(answer, skill) or [display_term(skill, answer)]:
            found.append((answer.find(form), form))
            lexicon.add(form)
    for match in _ACRONYM.finditer(answer):
        found.append((match.start(), match.group()))
    skip = {e.lower() for e in exclude if e}
    # The candidate's own lowercase names ("the arrears process") come after the lexicon's
    # skills and capitalised names, which are surer.
    last = len(answer) + 1
    found += [(last + start, phrase) for start, phrase in own_phrases(answer)]
    for start, term in sorted(f for f in found if f[0] >= 0):
        start = start - last if start >= last else start
        if not said_as_done(answer, start):
            continue  # "If I did it again I'd use Power BI": nothing was done with it
        lowered = term.lower()
        if lowered in asked or lowered in skip or lowered in _vocabulary()["never_echo"]:
            continue
        if term[:1].isdigit() or sum(c.isalpha() for c in term) < 2:
            continue  # "Band 5s" is no "5S": a number is not a name
        if not _names_a_thing(term) or _said_as_verb(answer, start, term):
            continue  # "communicate", "under pressure": no "You mentioned communicate."
        if looks_like_title(term):
            continue  # "the nurse in charge" is a person, not a thing the candidate did
        unexplained = term.isupper() and term not in lexicon and not _explained(answer, term, known)
        if term[:1].islower() or unexplained:
            # "Let's stay with ledger", "…with RMCH": a lone common noun or an acronym the
            # interviewer cannot know is no topic; the noun phrase it stands in is.
            term = whole_phrase(answer, start, term)
            if not term or term.lower() in asked:
                continue
        return (
            term
            if term.isupper() or term[:1].isupper() and not _sentence_start(answer, term)
            else term[:1].lower() + term[1:]
        )
    return ""


def _explained(answer: str, term: str, known: str) -> bool:
    """Whether `term`, an acronym, is one the interviewer knows without asking: the `known`
    text (the job advert) uses it, or the answer spells it out in brackets beside it."""
    if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", known):
        return True
    name = re.escape(term)
    return re.search(rf"\(\s*{name}\s*\)|(?<![\w-]){name}\s*\(", answer) is not None


def _noun_here(word: str, after: str) -> bool:
    """Whether `word` reads as a noun of a compound where it stands, `after` the word that
    follows it: "clean-up" and "backlog" of "the ledger clean-up", "the SDV backlog"; never
    a verb ("the ledger matches what…") nor a word of the clause going on ("was", "for")."""
    lowered = word.lower()
    stops = set(_vocabulary()["own_phrase_stops"]) | _AUXILIARIES
    if lowered in stopwords() or lowered in stops:
        return False
    if word.isupper() or word[:1].isupper():
        return True  # a name in the phrase ("the SDV Tracker")
    lemmas = getAllLemmas(lowered)
    if "-" in lowered and not lemmas:
        return not lowered.endswith(("ed", "ly"))
    if "NOUN" not in lemmas:
        return False
    if "VERB" in lemmas and lowered not in lemmas["VERB"]:
        # An inflected verb form that is a noun too ("matches", "booked"): a verb when an
        # object or a clause follows it.
        followers = set(_vocabulary()["verb_object_starts"])
        return not lowered.endswith("ed") and after.lower() not in followers
    return True


def whole_phrase(answer: str, start: int, term: str) -> str:
    """The noun phrase `term` (said at `start` of `answer`) stands in, when it is more than
    one word: "the ledger clean-up" of "ledger", "the SDV backlog" of "SDV", "the ledger of
    parts". A lone common noun the answer says with an article ("the ledger") or an acronym
    with nothing after it gives ""; a lone name or a word said as a practice ("phlebotomy")
    stays as it is."""
    if term.lower().startswith("the "):
        return term
    before = re.findall(r"[\w'’-]+", answer[:start])
    article = bool(before) and before[-1].lower() in _vocabulary()["phrase_determiners"]
    following = re.findall(r"[\w'’-]+|[^\w\s]", answer[start + len(term) :])
    words = term.split()
    limit = int(_vocabulary()["phrase_max_words"])
    index = 0
    while index < len(following) and len(words) < limit:
        word = following[index]
        after = following[index + 1] if index + 1 < len(following) else ""
        if word.lower() == "of" and after and _noun_here(after, ""):
            words += [word, after]  # "the ledger of parts"
            index += 2
            continue
        if not re.match(r"[A-Za-z]", word) or not _noun_here(word, after):
            break
        words.append(word)
        index += 1
    if len(words) == 1:
        lone_common = article and term[:1].islower()
        return "" if lone_common or term.isupper() else term
    phrase = " ".join(words)
    return f"the {phrase}" if article else phrase


def _said_as_verb(answer: str, start: int, term: str) -> bool:
    """Whether a lowercase `term` opens with a verb where the answer says it: after a
    subject or "to" ("I lead the team day to day"), so no probe says "You mentioned lead"."""
    first = term.split()[0]
    if not first[:1].islower() or "VERB" not in getAllLemmas(first.lower()):
        return False
    before = re.findall(r"[\w']+", answer[:start].lower().replace("’", "'"))
    return bool(before) and before[-1] in _vocabulary()["verb_subjects"]


def _names_a_thing(term: str) -> bool:
    """Whether `term` reads as the name of a thing after "You mentioned": a noun phrase, a
    name or an acronym, not a verb, an adjective or a phrase led by a preposition."""
    words = term.split()
    if not words or words[0].lower() in _vocabulary()["not_thing_leads"]:
        return False
    last = words[-1].strip(".,;:").lower()
    lemmas = getAllLemmas(last)
    return not lemmas or "NOUN" in lemmas or "PROPN" in lemmas or not words[-1][:1].islower()


def own_phrases(answer: str) -> list[tuple[int, str]]:
    """Lowercase names the candidate gives things of their own field, with where each
    starts: "the hip fracture pathway", "the arrears process" (as "the …"). A run of two to
    four plain words after "the"/"our"/"my"/"their", at least one of them rare in everyday
    English; everyday phrases ("the whole team", "the first month") are left alone."""
    vocabulary = _vocabulary()
    leads = "|".join(re.escape(w) for w in vocabulary["own_phrase_leads"])
    stops = set(vocabulary["own_phrase_stops"]) | stopwords()
    ceiling = vocabulary["own_phrase_max_zipf"]
    out: list[tuple[int, str]] = []
    for match in re.finditer(rf"\b(?:{leads})\s+(?=((?:[a-z][a-z-]*[a-z]\s*){{1,4}}))", answer):
        run: list[str] = []
        for word in match.group(1).split():
            if word in stops or word.endswith("ly"):
                break
            run.append(word)
        # A name's last word is a noun: never a verb's past form ("the team worked"), nor a
        # verb with its object after it ("the watch respects me").
        taken = match.group(1).split()
        after = taken[len(run)] if len(taken) > len(run) else answer[match.end(1) :].lstrip()
        if run and re.match(r"(?:me|us|him|her|them|you|it)\b", after):
            run.pop()
        while run and (run[-1].endswith("ed") or run[-1] in _AUXILIARIES):
            run.pop()
        if len(run) < 2 or min(zipf_frequency(w, "en") for w in run) >= ceiling:
            continue
        out.append((match.start(), "the " + " ".join(run)))
    return out


_AUXILIARIES = frozenset(["is", "are", "was", "were", "has", "had", "have", "does", "did"])


def _sentence_start(text: str, term: str) -> bool:
    """Whether `term` only ever appears at the start of a sentence (so its capital is not its own)."""
    for match in re.finditer(re.escape(term), text):
        before = text[: match.start()].rstrip()
        if before and before[-1] not in ".!?":
            return False
    return True


_PAST_TELLING = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:\w+ed|did|was|were|had|got|went|made|ran|led|set|took|built)\b",
    re.IGNORECASE,
)
_FUTURE_TELLING = re.compile(r"\b(?:i'd|i’d|i would|i'll|i’ll|i will|i'm going to|i would)\b", re.I)


@lru_cache(maxsize=4096)
def _is_past_form(word: str) -> bool:
    """Whether `word` is only a verb's past tense ("kept", "rebuilt", "moved"), not also its
    present ("read", "set")."""
    for lemma in getAllLemmas(word).get("VERB", ()):
        if word != lemma and word in getInflection(lemma, "VBD"):
            return True
    return False


@lru_cache(maxsize=4096)
def _is_ambiguous_past(word: str) -> bool:
    """Whether `word` is a verb whose past tense is written as its present ("split", "set")."""
    return word in getAllLemmas(word).get("VERB", ()) and word in getInflection(word, "VBD")


def tells_occasion(answer: str) -> bool:
    """Whether the answer tells something that happened: a verb in the past tense, not a
    participle ("when needed", "I've done", "was asked")."""
    if _PAST_TELLING.search(answer):
        return True
    before = set(_vocabulary()["participle_after"])
    tokens = re.findall(r"[a-z’']+", answer.lower())
    return any(
        _is_past_form(word) and (index == 0 or tokens[index - 1] not in before)
        for index, word in enumerate(tokens)
    )


def tells_own_occasion(answer: str) -> bool:
    """Whether the candidate tells something they did on an occasion ("we set up the signs"),
    not only what they are like or usually do ("I'm very thorough", "families appreciate it")."""
    text = normalise_quotes(answer)
    if _PAST_TELLING.search(text):
        return True
    for sentence in clauses(text, "stops_semicolons"):
        subject = re.search(r"\b(?:i|we)\s+", sentence, re.IGNORECASE)
        if subject is None:
            continue
        # The verb the candidate is the subject of; when it is a past form that is also a
        # present ("I split", "we set"), the verbs joined on to it decide ("I split the
        # colonies and moved the queens"): "I try to be sensible and balanced" stays a habit.
        chunks = [
            [w for w in re.findall(r"[a-z]+", c.lower()) if not w.endswith("ly")][:1]
            for c in re.split(r",|\b(?:and|then)\b", sentence[subject.end() :])
        ]
        verbs = [c[0] for c in chunks if c]
        if not verbs:
            continue
        if _is_past_form(verbs[0]):
            return True
        if _is_ambiguous_past(verbs[0]) and any(_is_past_form(v) for v in verbs[1:]):
            return True
    return False


def tells_one_occasion(answer: str) -> bool:
    """Whether the answer tells one occasion of the candidate's own ("There was a job by a
    main road… We set up the signs"), not work in general ("I did some stuff with it")."""
    text = normalise_quotes(answer)
    return tells_own_occasion(text) and _patterns()["occasion"].search(text) is not None


def is_bare_claim(answer: str) -> bool:
    """Whether the answer only claims a quality or a habit: no occasion of the candidate's own
    and no plan ("I'm a good communicator, I always listen"). A result of what? An occasion
    is asked for first."""
    quoted = normalise_quotes(answer)
    if len(words(quoted)) > _vocabulary()["bare_claim_max_words"]:
        return False
    return not tells_own_occasion(quoted) and not _FUTURE_TELLING.search(_without_hedges(quoted))


def _without_hedges(text: str) -> str:
    """`text` without the hedges worded as a plan ("I'd say", `plan_hedges`)."""
    return _cue_pattern("plan_hedges").sub(" ", text)


def tells_plan_only(answer: str) -> bool:
    """Whether the answer sets out only what the candidate would do ("I'd first check the
    logs, then I would call the supplier"), no occasion of their own: given to a question on a
    past occasion, it tells an approach, not a time it was done. Each sentence is read up to
    its first word of a plan (`plan_cues`: "I'd", "I would"), so a plan's own verbs ("I would
    need…") tell no occasion; what is left must tell none of the candidate's ("I wrote up a
    plan for how we would handle it" tells one)."""
    text = _without_hedges(normalise_quotes(answer))
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", text) if s.strip()]
    plan = _patterns()["plan"]
    cues = [plan.search(s) for s in sentences]
    if not any(cues):
        return False
    rest = " ".join(s[: m.start()] if m else s for s, m in zip(sentences, cues, strict=True))
    return not tells_own_occasion(rest)


@lru_cache(maxsize=8)
def _cue_pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{phrase_alternation(_vocabulary()[key])})(?![\w'])", re.I)


def asks_occasion(question: str) -> bool:
    """Whether a question asks for an occasion the candidate lived ("Tell me about a time…",
    "one specific example"), not what they would do in a scene it sets ("Imagine…")."""
    text = normalise_quotes(question)
    if _cue_pattern("scene_question_cues").search(text):
        return False
    return _cue_pattern("occasion_question_cues").search(text) is not None


def tells_past(answer: str) -> bool:
    """Whether the answer recounts what happened rather than what the candidate would do."""
    return bool(_PAST_TELLING.search(answer)) and not _FUTURE_TELLING.search(answer)


def said_as_done(text: str, position: int) -> bool:
    """Whether the sentence of `text` around `position` tells something done, not a wish,
    a plan or a denial ("if I did it again I'd…", "we don't use it")."""
    start = max(text.rfind(mark, 0, position) for mark in (". ", "! ", "? ", "; ", "\n")) + 1
    ends = [e for e in (text.find(mark, position) for mark in (". ", "! ", "? ", "; ")) if e >= 0]
    sentence = normalise_quotes(text[start : min(ends) if ends else len(text)]).lower()
    words = "|".join(re.escape(w) for w in _vocabulary()["not_done"])
    return re.search(rf"(?<![\w'])(?:{words})(?![\w'])", sentence) is None


# --- openings --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _opening_patterns() -> dict[str, re.Pattern[str]]:
    v = _vocabulary()

    def phrases(key: str) -> str:
        return phrase_alternation(v[key])

    return {
        "reply": re.compile(rf"\W*(?:{phrases('opening_replies')})\b"),
        "filler": re.compile(rf"^\W*(?:{phrases('opening_fillers')})\b\W*"),
        "deflection": re.compile(r"\b(?:" + "|".join(v["deflections"]) + r")\b"),
        "view": re.compile(r"^(?:" + "|".join(v["view_leads"]) + r")\b"),
    }


def opens_as_reply(sentence: str) -> bool:
    """Whether a sentence opens as a reply to the interviewer or a bridge ("Sure", "Fair
    enough", "Sorry, I went off on a tangent", "As I said…"): no opening of a story."""
    low = normalise_quotes(sentence).lower()
    return bool(_opening_patterns()["reply"].match(low))


def _concrete(sentence: str) -> bool:
    """A figure, a name or an occasion of its own ("last March", "at Kestrel", "40 beds")."""
    names = [
        m.group(0)
        for m in re.finditer(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w&'-]+", sentence.strip())
        if m.group(0) not in ("I", "I'm", "I've", "I'd", "I'll")
    ]
    return (
        mentions_number(sentence)
        or bool(names)
        or bool(_patterns()["occasion"].search(normalise_quotes(sentence)))
    )


def says_nothing_of_its_own(sentence: str) -> bool:
    """Whether a sentence has no content of its own: a reply or a filler alone, a deflection
    ("It was a team effort really", "Honestly it went fine", "Nothing special"), or a view
    with nothing concrete in it ("I think communication is key"). Such an opening is never
    offered as one to keep. A sentence with a figure, a name or an occasion of its own has
    content ("Honestly, last March the Leeds depot lost its only forklift")."""
    pats = _opening_patterns()
    low = normalise_quotes(sentence).lower().strip()
    core = low
    while True:
        shorter = pats["filler"].sub("", core, count=1)
        if shorter == core:
            break
        core = shorter
    if not words(core):
        return True
    if _concrete(sentence):
        return False
    # A view tells no event: "I think the best example was when our freezer failed" does.
    lead = pats["view"].match(core)
    view = lead is not None and not _PAST_EVENT.search(core[lead.end() :])
    return bool(pats["deflection"].search(core) or view)


_PAST_EVENT = re.compile(
    r"\b(?:was|were) when\b|\bwhen\s+(?:\w+\s+){0,3}(?:\w{3,}ed|was|were|had|went|broke|lost|came)\b"
    r"|\b(?:i|we)\s+(?:\w+\s+)?(?:\w{3,}ed|did|had|went|made|ran|led|took|built|lost)\b"
)
