"""Advice on one answer as a table of named rules: when each applies, its label, its advice.

The wording lives in `data/advice.json`, one entry per rule; the conditions are here, one
small function each, so every rule can be tested on its own.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

from ..language import denials
from ..language.answers import tells_own_occasion
from ..language.figures import figures
from ..language.text import clauses, content_words, normalise_quotes, phrase_alternation
from .answer import (
    AnswerAssessment,
    continues_story,
    measured,
    measured_head,
    measures_a_result,
    outcome_in_words,
    outcome_sentences,
    past_form,
    tells_own_step,
)
from .deeds import names_person
from .dimensions import (
    DIGRESSION_TOLERANCE,
    LOW_RELEVANCE,
    MIN_TOPIC_WEIGHT_TO_JUDGE,
    USEFUL_WORDS,
    names_lesson,
)
from .focus import FocusReading, asks_to_choose, question_focus, weighs_demands
from .lexicons import lexicon_lists, lexicons, light_stem
from .signals import I_PAST_VERB, lesson_markers_removed
from .topics import answer_about, asked_about
from .vagueness import date_order_markers, vague_claims

_DATA = Path(__file__).parent / "data" / "advice.json"

# Thresholds the conditions read, by name.
SHORT_WORDS = 25
BRIEF_WORDS = 60
LONG_WORDS = 250
# A follow-up asking only how the story ended is answered in a sentence or three: shorter
# than this is too short even for that.
FOLLOW_UP_SHORT_WORDS = 10
WEAK_PART = 0.5
# A plan with this much of its steps' markers lays out an approach.
PLAN_STEPS = 0.3
FILLERS_PER_100 = 3.0
MIN_FILLERS = 3
GENERAL_CLAIMS = 3
WEAK_EVIDENCE = 40


@dataclass(frozen=True)
class Advice:
    """One rule that applies to an answer: its name, short label and advice sentence."""

    rule: str
    label: str
    advice: str


Condition = Callable[[AnswerAssessment], bool]

# A story's last sentences hold its outcome: a measured figure there (a share, money, a
# duration) is a result even in words the result lexicon does not know ("£2.1m in bookings").
RESULT_TAIL_SENTENCES = 2


@lru_cache(maxsize=1)
def _scene_state() -> re.Pattern[str]:
    listed = lexicon_lists()["scene_state"]["words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in listed) + r")\b")


@lru_cache(maxsize=1)
def _scene_placing() -> frozenset[str]:
    return frozenset(lexicon_lists()["scene_placing"]["words"])


@lru_cache(maxsize=1)
def _scene_reason_clause() -> re.Pattern[str]:
    listed = lexicon_lists()["scene_reasons"]["words"]
    leads = "|".join(re.escape(w) for w in listed)
    return re.compile(rf"(?:^|,\s*|\s)(?:{leads})\s+(?!i\b)([^,;]+)")


def _scene_reason(first: str) -> bool:
    """ "I redesigned our preceptorship, because we were losing a third of new nurses": the
    reason for the step, told as how things stood with someone other than "I" as its subject,
    sets the scene in the same sentence."""
    for m in _scene_reason_clause().finditer(first):
        clause = m.group(1)
        if _scene_state().search(clause) and not I_PAST_VERB.search(clause):
            return True
    return False


def scene_set(a: AnswerAssessment) -> bool:
    """The opening sentence says how things stood before the candidate acted: the scene."""
    if not a.signals.sentences:
        return False
    first = normalise_quotes(a.signals.sentences[0].lower())
    if not _scene_state().search(first):
        return False
    if _scene_reason(first):
        return True
    # "I worked with a nine-year-old who wouldn't talk in meetings": a verb placing the
    # candidate in the story is no step of it, so the sentence still sets the scene.
    placing = _scene_placing()
    acts = [m.group().split()[-1] for m in I_PAST_VERB.finditer(first)]
    return all(verb in placing for verb in acts)


def measured_ending(a: AnswerAssessment) -> bool:
    """One of the story's last sentences holds a measured figure: its result."""
    tail = a.signals.sentences[-RESULT_TAIL_SENTENCES:]
    return any(f.has_unit for sentence in tail for f in figures(sentence))


def _short_words(a: AnswerAssessment) -> int:
    """Below this many words an answer is too short: a follow-up asking for the ending has a
    range of its own (a short, exact result is the right answer to it)."""
    asked_short = a.reading.asks_result or a.reading.asks_brief
    return FOLLOW_UP_SHORT_WORDS if asked_short else SHORT_WORDS


def result_past_scene(a: AnswerAssessment) -> bool:
    """The story's result words tell what came of the work, not how things stood before it.

    "Her blood pressure dropped to 50" or "the deficit had doubled" opens a story on the
    trouble it deals with, and "I stopped the group" is a step: a story whose only result
    words are there stops before its ending. An opening telling the candidate's own work ("I
    cut the backlog by half by…") puts the result first, and counts.
    """
    sents = list(a.signals.sentences)
    if len(sents) < 2:
        return True
    # "I cut…", "we doubled…": the candidate's own work in the opening, a result put first.
    # "I was booked for…", "we were clearing scrub…" set the scene.
    if tells_own_step(normalise_quotes(sents[0].lower())):
        return True
    return any(s in outcome_sentences(sents) for s in sents[1:])


def tells_result(a: AnswerAssessment) -> bool:
    """The story says how it ended: in result words, with a measured figure at its end, or,
    in an answer long enough to tell one, in plain words ("the dog went home on day seven")."""
    return (
        (a.signals.star["result"] >= WEAK_PART and result_past_scene(a))
        or measured_ending(a)
        # "Everything was back on air within twelve minutes, and afterwards I wrote…".
        or any(measured_head(t) for t in a.signals.sentences[1:][-RESULT_TAIL_SENTENCES:])
        or (
            a.signals.word_count >= BRIEF_WORDS
            and outcome_in_words(a.signals.sentences) is not None
        )
    )


# "I made the case, then worked with IT": a subject and a past verb, with the past verbs
# joined to it in the same clause, are the steps that subject took.
_SUBJECT_VERB = r"(?<![\w'])(?:{who})\s+(?:(?:also|then|just|first|quickly|\w+ly)\s+)*([a-z]+)"
_NEXT_SUBJECT = re.compile(r"(?<![\w'])(?:i|we|he|she|they|it|you|who|which)\b")
_JOINED_VERB = re.compile(r"(?:,\s*(?:and\s+)?(?:then\s+)?|\band\s+(?:then\s+)?)([a-z]+)")
_NO_STEP = frozenset(
    {"was", "were", "had", "did", "been", "got", "would", "could", "should", "might", "must"}
)
# The candidate's own part is plain with this many steps of their own, unless the team's
# steps outnumber them this many times over.
OWN_STEPS, TEAM_STEPS_FACTOR = 2, 2


# "I coded it C2, explained it…": for counting a routine against an occasion, "it" is the
# object of the steps, not a new subject.
_NEXT_PERSON = re.compile(r"(?<![\w'])(?:i|we|he|she|they|you|who)\b")


def steps_taken(text: str, who: str, stop: re.Pattern[str] = _NEXT_SUBJECT) -> int:
    """How many steps the subject (`i` or `we`) takes in the text, joined verbs included,
    up to the next subject (`stop`)."""
    low = normalise_quotes(text.lower())
    count = 0
    for m in re.finditer(_SUBJECT_VERB.format(who=who), low):
        verb = m.group(1)
        # "I got the supervisors together, agreed…, costed it": the verbs joined to a light
        # one ("got", "had") are still the subject's steps, though it is none itself.
        if verb not in _NO_STEP:
            if not past_form(verb):
                continue
            count += 1
        rest = low[m.end() :]
        rest = clauses(rest, "stop_marks")[0]
        cut = stop.search(rest)
        rest = rest[: cut.start()] if cut else rest
        count += sum(1 for w in _JOINED_VERB.findall(rest) if w not in _NO_STEP and past_form(w))
    return count


@lru_cache(maxsize=1)
def _habit_non_steps() -> frozenset[str]:
    return frozenset(lexicon_lists()["habit_non_steps"]["words"])


def habitual_steps(text: str) -> int:
    """How many steps the candidate tells in the present, as a routine ("I triage every
    referral…, I review my list every Monday"), joined verbs included."""
    skip = _habit_non_steps()
    pattern = re.compile(_SUBJECT_VERB.format(who="i"))
    verbs = _verbs_told(text, pattern, _NEXT_PERSON)
    return sum(1 for v in verbs if v not in skip and _present_verb(v))


def _verbs_told(text: str, pattern: re.Pattern[str], stop: re.Pattern[str]) -> list[str]:
    """The verb each `pattern` match opens on, with the verbs joined to it in its sentence up
    to the next person (`stop`): "I triage every referral, then book…" gives both."""
    low = normalise_quotes(text.lower())
    verbs: list[str] = []
    for m in pattern.finditer(low):
        verbs.append(m.group(1))
        rest = clauses(low[m.end() :], "stop_marks")[0]
        cut = stop.search(rest)
        verbs += _JOINED_VERB.findall(rest[: cut.start()] if cut else rest)
    return verbs


# A routine outweighs the steps of an occasion told beside it this many times over.
ROUTINE_FACTOR = 2


@lru_cache(maxsize=4096)
def _present_verb(word: str) -> bool:
    """A verb's base form that is not also its past ("look", "triage"; not "hit", "put")."""
    lemmas = getAllLemmas(word).get("VERB", ())
    return word in lemmas and not past_form(word)


def tells_routine(a: AnswerAssessment) -> bool:
    """An answer describing what the candidate usually does rather than one occasion: two or
    more steps in the present ("I look at the risk…, then price it"), more than twice the
    steps told in the past (a figure for the year is no occasion)."""
    habits = habitual_steps(a.answer)
    if habits < OWN_STEPS or a.signals.hypothetical >= 2:
        return False
    taken = steps_taken(a.answer, "i", _NEXT_PERSON) + steps_taken(a.answer, "we", _NEXT_PERSON)
    return habits > ROUTINE_FACTOR * taken


def asks_for_routine(a: AnswerAssessment) -> bool:
    """The question asks how the candidate usually works ("how did you go about it day to
    day?") and for no one occasion: a routine answers it."""
    low = normalise_quotes(a.question.lower())
    routine = any(rx.search(low) for rx in _patterns("asks_routine"))
    return routine and not any(rx.search(low) for rx in _patterns("asks_occasion"))


def own_part_clear(a: AnswerAssessment) -> bool:
    """The candidate's own steps are plain, however often "we" sets the scene or ends it."""
    mine = steps_taken(a.answer, "i")
    return a.signals.role_stated or (
        mine >= OWN_STEPS and steps_taken(a.answer, "we") < TEAM_STEPS_FACTOR * mine
    )


@lru_cache(maxsize=1)
def _asks_reason_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rx, re.I) for rx in lexicon_lists()["asks_reason"]["patterns"])


def asks_reason(a: AnswerAssessment) -> bool:
    """The question asks why the candidate wants the role, not only what carries over."""
    text = normalise_quotes(a.question.lower())
    return any(rx.search(text) for rx in _asks_reason_patterns())


def says_not_done(a: AnswerAssessment) -> bool:
    """An honest "I haven't done that, but here is how I would…" with no occasion of its own."""
    return denials.says_not_done(a.answer) and steps_taken(a.answer, "i") < OWN_STEPS


def honest_gap(a: AnswerAssessment) -> bool:
    """An answer that says honestly the candidate has not done what was asked: it opens on
    it ("Budgets aren't really something I've done", "I haven't run a team myself"), or says
    it and tells no occasion of its own. It is an honest gap, never an answer beside the
    question: its fix is the nearest thing the candidate has done."""
    if not a.answered or a.reading.kind == "motivation":
        return False
    if denials.leads_with_denial(a.answer):
        return True
    return a.signals.hypothetical >= 1 and says_not_done(a)


def brings_nearest(a: AnswerAssessment) -> bool:
    """An honest gap followed by steps the candidate took on something near it ("What I
    have done is train the two new ASMs…", "The closest I've come is…")."""
    own = steps_taken(a.answer, "i")
    if own >= OWN_STEPS:
        return True
    # Said as the nearest thing, one step of their own or a habit of theirs is enough.
    if perfect_steps(a.answer) >= OWN_STEPS:
        return True  # "I've run the line at 8,000 cans an hour and done the changeovers"
    if not denials.offers_nearest(a.answer):
        return False
    if own + habitual_steps(a.answer) + denials.nearest_steps(a.answer) >= 1:
        return True
    # "What I did deal with was a chalkbrood outbreak: we requeened four colonies": a past
    # step of the candidate's or the team's after the lead, whatever verb it is told in.
    return tells_own_occasion(denials.nearest_told(a.answer))


def nearest_outcome(a: AnswerAssessment) -> bool:
    """The nearest thing an honest gap brings says how it turned out, in a clause after its
    steps ("…I fitted heart-bar shoes with the vet, and she was sound within five weeks";
    "…I interpreted over three days and the judge thanked me"): a clause with no step of the
    candidate's own that tells what happened or measures it."""
    told = denials.nearest_told(a.answer)
    if not told:
        return False
    pieces = [p.strip() for p in clauses(told, "outcome") if p and p.strip()][1:]
    if outcome_in_words(["", *pieces]) is not None:
        return True
    return any(measured(p) and not re.match(r"(?:i|we)\b", p) for p in pieces[-2:])


def fair_honest_gap(a: AnswerAssessment) -> bool:
    """An honest gap that brings the nearest thing the candidate has done and how it turned
    out, on the question: what is left is how they would close the gap."""
    return honest_gap(a) and not a.off_topic and brings_nearest(a) and nearest_result(a)


def nearest_result(a: AnswerAssessment) -> bool:
    """An honest gap's nearest thing says how it turned out: as any story does, or in a
    clause after its steps (`nearest_outcome`)."""
    return tells_result(a) or nearest_outcome(a)


_PERFECT = re.compile(r"(?<![\w'])i(?:'ve| have)\s+(?:also\s+|often\s+|\w+ly\s+)*([a-z]+)")


def perfect_steps(text: str) -> int:
    """How many things the candidate says they have done, in the present perfect, joined
    verbs included ("I've run the line and done the changeovers": two); "I've been", "I've
    had to" and "I've never" are none."""
    verbs = _verbs_told(text, _PERFECT, _NEXT_SUBJECT)
    return sum(1 for v in verbs if v not in _NO_STEP and v != "never" and past_form(v))


def says_how_to_close(a: AnswerAssessment) -> bool:
    """An honest gap that says how the candidate would meet it ("I would sit down with…")."""
    return a.signals.hypothetical >= 1


def new_story(a: AnswerAssessment) -> bool:
    """A follow-up asking for the result of the story before is answered with another story."""
    if not a.reading.asks_result or a.off_topic:
        return False
    if a.signals.word_count < BRIEF_WORDS or len(a.previous.split()) < BRIEF_WORDS:
        return False
    return not continues_story(a.answer, a.previous)


@lru_cache(maxsize=8)
def _patterns(key: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rx) for rx in lexicon_lists()[key]["patterns"])


# "I've done a lot: 40 to 60 volumes a year", "I have led three decants": the candidate's
# record told in the present perfect, which a plan can stand on as well as on one occasion.
_HAVE_DONE = re.compile(r"(?<![\w'])(?:i've|i have)\s+(?:(?:also|already|\w+ly)\s+)?([a-z]+)")
# Participles that tell no work done ("I've been", "I've had", "I've got").
_NOT_DONE = frozenset({"been", "had", "got", "gotten"})


def cites_measured_record(sentence: str) -> bool:
    """A sentence, not a plan, telling what the candidate has done with a figure on it
    ("Treating historic bindings I've done a lot: 40 to 60 volumes a year at the Bodleian")."""
    low = normalise_quotes(sentence.lower())
    if lexicons().hypothetical.spans(low):
        return False
    if not any(f.has_unit or f.quotable for f in figures(sentence)):
        return False
    done = any(
        m.group(1) not in _NOT_DONE and past_form(m.group(1)) for m in _HAVE_DONE.finditer(low)
    )
    return done or steps_taken(sentence, "i") >= 1


def backed_by_record(a: AnswerAssessment) -> bool:
    """A plan backed by the candidate's own record of the same thing, in a line rather than a
    full occasion ("In a similar case…", "I run calls like that every week", "I've treated
    40 to 60 of them a year"): it needs no line asking to back it."""
    hypothetical = lexicons().hypothetical
    if any(cites_measured_record(sentence) for sentence in a.signals.sentences):
        return True
    for sentence in a.signals.sentences:
        low = normalise_quotes(sentence.lower())
        for part in re.split(r";|:", low):
            if hypothetical.spans(part):
                continue  # "I'd do the same as at…" is still the plan
            if any(rx.search(part) for rx in _patterns("plan_backed")):
                return True
    return False


def ends_on_occasion(a: AnswerAssessment) -> bool:
    """The answer's last sentence tells a real case: a step the candidate or team took."""
    if not a.signals.sentences:
        return False
    last = a.signals.sentences[-1]
    if lexicons().hypothetical.spans(normalise_quotes(last.lower())):
        return False
    return steps_taken(last, "i") + steps_taken(last, "we") >= 1


def names_own_work(a: AnswerAssessment) -> bool:
    """A plan naming a tool or method the candidate made ("I'd share my journal-testing
    workflow"): their own record backs it, though told in a would-clause."""
    low = normalise_quotes(a.answer.lower())
    return any(rx.search(low) for rx in _patterns("own_work_named"))


def skips_example(a: AnswerAssessment) -> bool:
    """A question asking both for one example of the candidate's own and for what they would
    do, answered with a plan alone: a closing question that presses for an example ("give me
    one concrete example of what you did, and then…"), or a story question that also asks
    how they would go about it ("Have you ever had a tenant refuse access? How would you
    handle it here?")."""
    both = (a.reading.kind == "closing" and a.reading.asks_example) or (
        a.reading.wants_story and a.reading.asks_plan
    )
    if not both:
        return False
    return steps_taken(a.answer, "i") + steps_taken(a.answer, "we") < OWN_STEPS


# A plan for the first months placed in this many distinct periods ("in the first month",
# "by three months") has set its priorities.
PLAN_PERIODS = 2
_OUTLINE_DATA = Path(__file__).parent / "data" / "outline.json"


@lru_cache(maxsize=1)
def _outline_data() -> dict[str, Any]:
    """The outline's data file, read once for the rules that share it."""
    return json.loads(_OUTLINE_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _time_frames() -> re.Pattern[str]:
    return re.compile(_outline_data()["time_frames"])


def sets_priorities(a: AnswerAssessment) -> bool:
    """A plan that places what it would do in two or more periods of time."""
    low = normalise_quotes(a.answer.lower())
    return len({m.group(0) for m in _time_frames().finditer(low)}) >= PLAN_PERIODS


def specific_first_months(a: AnswerAssessment) -> bool:
    """A plan for the first months that is specific: placed in periods of time, or steps
    naming the role's own things (figures, tools, systems, people): its own detail is its
    backing, and a past occasion is no fix for it."""
    s = a.signals
    if sets_priorities(a):
        return True
    named = bool(s.figures or s.skills_named or s.proper_nouns) or names_things(a)
    return s.plan["steps"] >= PLAN_STEPS and named


def reflection_occasion(a: AnswerAssessment) -> bool:
    """A reflective answer tells the occasion its lesson came from: a step of the
    candidate's or the team's, a story's parts, or its scene."""
    # "I learned that…", "I realised…" name the lesson: they are no step of an occasion.
    told = lesson_markers_removed(a.answer)
    own = steps_taken(told, "i") + steps_taken(told, "we")
    return own >= 1 or a.signals.star["situation"] >= WEAK_PART or scene_set(a)


def names_goal(a: AnswerAssessment) -> bool:
    """A plan naming what it would have achieved ("I'd aim to be trusted to run a small job
    alone by the end of it"): that is how the candidate would know it had worked."""
    low = normalise_quotes(a.answer.lower())
    return any(rx.search(low) for rx in _patterns("plan_goal"))


def asks_know(a: AnswerAssessment) -> bool:
    """The question asks how the candidate would know it was working ("…and how would you
    know it was going well?"): plan_parts `know`."""
    question = normalise_quotes(a.question.lower())
    return any(rx.search(question) for rx in _plan_parts_asks("know"))


def tells_success_sign(a: AnswerAssessment) -> bool:
    """The plan names its own sign of success ("I'd know it was working when…", "I'd want
    to see fewer late check-ins"), or what it would have achieved (`names_goal`), not only
    steps that look at figures ("review the upselling figures")."""
    low = normalise_quotes(a.answer.lower())
    return names_goal(a) or any(rx.search(low) for rx in _patterns("success_signs"))


def asks_other_parts(a: AnswerAssessment) -> bool:
    """The question sets out its own parts (what comes first, whom to involve, what to tell
    the people waiting) and not how success would be known: a measure is none of them."""
    question = normalise_quotes(a.question.lower())
    # "What would you want to have achieved by 90 days?" asks for a goal, which a measure
    # states: such a question does not set only other parts.
    if asks_know(a) or any(rx.search(question) for rx in _plan_parts_asks("goal")):
        return False
    return any(rx.search(question) for rx in _patterns("other_parts_asks"))


def needs_check(a: AnswerAssessment) -> bool:
    """A plan that says nothing of how the candidate would know it had worked where that is
    asked for, or part of a plan's shape: weak check words ("review", "feedback") are steps,
    not a sign, when the question asks how they would know."""
    if a.reading.kind == "technical" or names_goal(a) or asks_other_parts(a):
        return False
    if asks_know(a):
        return not tells_success_sign(a)
    return a.signals.plan["check"] < PLAN_CHECK


# A plan's check words below this share say nothing of how success would be known.
PLAN_CHECK = 0.3


def _plan_parts_asks(name: str) -> tuple[re.Pattern[str], ...]:
    return _plan_parts()[name][0]


@lru_cache(maxsize=1)
def _plan_parts() -> dict[
    str, tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...] | None]
]:
    raw = lexicon_lists()["plan_parts"]["parts"]
    return {
        name: (
            tuple(re.compile(rx) for rx in part["asks"]),
            tuple(re.compile(rx) for rx in part["told"]) if "told" in part else None,
        )
        for name, part in raw.items()
    }


@lru_cache(maxsize=1)
def _partner_words() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    part = lexicon_lists()["plan_parts"]["parts"]["needs"]
    asks = re.compile("|".join(part["people_asks"]))
    leads = phrase_alternation(part["people_leads"])
    # The words after a lead, up to the end of its clause.
    after = re.compile(rf"(?<![\w'])(?:{leads})\s+([^,;:.!?]+)")
    served = frozenset(_outline_data()["people_words"])
    return asks, after, frozenset(part["people_groups"]), served


# A person named this many words after a lead ("meet the lead pharmacist for medicine") is
# one the plan works with; further on, the clause has moved on to something else.
PARTNER_WINDOW = 6


def names_partners(answer: str) -> bool:
    """The plan names people it would work with or rely on ("meet the lead pharmacist",
    "agree my scope with the clinical director", "pair with my mentor"): colleagues or a
    post or trade, not the people the work is for ("with the patients")."""
    _, after, groups, served = _partner_words()
    for m in after.finditer(normalise_quotes(answer.lower())):
        words = re.findall(r"[a-z]+", m.group(1))
        for at, word in enumerate(words[:PARTNER_WINDOW]):
            if word in _PLAN_SUBJECTS:
                break  # "from the first week I'd lead…": a new clause, its own verb
            # "a number of changes", "a quarter of the budget": an amount, no person.
            if word in served or words[at + 1 : at + 2] == ["of"] and word not in groups:
                continue
            if word in groups or names_person(word):
                return True
    return False


# Where a plan's next clause starts ("…with the data, then I'd…"): its words are no partner.
_PLAN_SUBJECTS = frozenset({"i", "we", "d", "ll", "would", "will", "they", "you", "he", "she"})


def parts_left_out(a: AnswerAssessment) -> list[str]:
    """The parts of a forward-looking question asking for two things or more ("What would
    success look like after your first 90 days, and what would you need from the team?")
    that the plan leaves out (`data/lexicons.json` `plan_parts`): what success would look
    like, what the candidate would need, what they would want people to say, what they
    would want to have learned. Parts that other rules judge (how they would know it worked,
    their priorities) count only towards the question's asking for two things."""
    question = normalise_quotes(a.question.lower())
    answer = normalise_quotes(a.answer.lower())
    asked = {
        name: told
        for name, (asks, told) in _plan_parts().items()
        if any(rx.search(question) for rx in asks)
    }
    if len(asked) < 2:
        return []
    # "Whose support would you need?" is answered by naming the people, in any words.
    if "needs" in asked and _partner_words()[0].search(question) and names_partners(a.answer):
        asked["needs"] = None
    return [
        name
        for name, told in asked.items()
        if told is not None and not any(rx.search(answer) for rx in told)
    ]


def _parts_advice(a: AnswerAssessment) -> Advice:
    """The `skips_part` rule naming the parts of the question the plan leaves out."""
    entry = wording()["rules"]["skips_part"]
    left = [entry["parts"][name] for name in parts_left_out(a)]
    return Advice(
        "skips_part",
        entry["label"].format(parts=join_words([p["name"] for p in left], entry["join"])),
        entry["advice"].format(advice=entry["advice_join"].join(p["advice"] for p in left)),
    )


def join_words(items: list[str], last: str) -> str:
    """ "a, b and c": the items joined, the last by `last`."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + last + items[-1]


# An answer that stays general: at least this many claims and generalities ("people really
# liked them", "I always pass", "a lot of"), fewer than OWN_STEPS steps of the candidate's
# own in the past and no measured figure: there is no one occasion, with its details, to judge.
VAGUE_MIN_MARKERS = 1


def stays_general(a: AnswerAssessment) -> bool:
    """The answer tells no specific occasion: generalities and "it went well" instead of
    which one, when, how many, what the candidate did and what changed.

    Said of every question type but motivation (whose gap is a reason for wanting the role).
    An honest "I haven't done that", a plan told for a story and a routine have rules of
    their own.
    """
    s = a.signals
    if not a.answered or a.off_topic or a.reading.kind == "motivation":
        return False
    if a.parts["relevance"].signals["drifting"]:
        return False  # about another matter (a power cut for a question on Grafana): say that first
    if s.word_count < _short_words(a):
        return False
    if vague_claims(a.answer) + s.generic < VAGUE_MIN_MARKERS:
        return False
    if any(f.has_unit or f.quotable for f in s.figures):
        return False
    if steps_taken(a.answer, "i") + steps_taken(a.answer, "we") >= OWN_STEPS:
        return False
    if a.reading.wants_plan and not a.reading.asks_result:
        # A plan question is held to it only when the answer gives no plan at all but claims
        # ("I've done quite a bit of it and it works well"): a thin plan or a view has the
        # plan rules, and one for another situation the drifting rule.
        if s.plan["steps"] >= 0.3 or s.hypothetical or _drifting(a):
            return False
        if not vague_claims(a.answer):
            return False
    return not (s.hypothetical >= 2 or says_not_done(a) or tells_routine(a))


# A rambling answer: long enough to tell an example, yet so hard to follow (communication
# below this, from run-on sentences or wandering) that the point is lost. Past LONG_WORDS
# the `too_long` rule says it.
RAMBLING_COMMUNICATION = 30
# With this many markers of events told one after another ("and then", "in 2015"), the
# verdict says the answer is told in date order.
DATE_ORDER_MARKERS = 2


def rambles(a: AnswerAssessment) -> bool:
    """The answer runs on from one point to the next: one long chain of clauses or asides
    wandering from the question, well within the length limit but hard to follow."""
    s = a.signals
    if not a.answered or a.off_topic or not BRIEF_WORDS <= s.word_count <= LONG_WORDS:
        return False
    wanders = s.runs_on or s.digression_share > DIGRESSION_TOLERANCE
    return wanders and a.dimensions.communication < RAMBLING_COMMUNICATION


def told_in_date_order(a: AnswerAssessment) -> bool:
    """The answer tells events one after another as they happened."""
    return date_order_markers(a.answer) >= DATE_ORDER_MARKERS


def _judgeable(a: AnswerAssessment) -> bool:
    return a.signals.word_count >= SHORT_WORDS and not a.off_topic


def _story(a: AnswerAssessment) -> bool:
    return a.reading.wants_story and _judgeable(a)


def _plan(a: AnswerAssessment) -> bool:
    return a.reading.wants_plan and _judgeable(a)


def _motivation(a: AnswerAssessment) -> bool:
    return a.reading.kind == "motivation" and _judgeable(a)


def _reflection(a: AnswerAssessment) -> bool:
    return a.reading.wants_reflection and _judgeable(a)


def _drifting(a: AnswerAssessment) -> bool:
    rel = a.parts["relevance"].signals
    # "What was the result of your work on ER cases?" answered with a recruitment story:
    # a follow-up that names its topic can be answered beside it too.
    if beside_focus(a):
        return True
    if a.off_topic or a.reading.kind == "motivation" or a.reading.asks_result:
        return False
    if names_lesson(a.reading, a.signals):
        return False  # the lesson is what was asked, in whatever words it is told
    if a.reading.kind == "closing" and a.signals.focus.weight < FOCUS_MIN_CLOSING_WEIGHT:
        # "Coming back to the scenario before we close: what would you do first?" is framing
        # around the first months: a plan for them answers it, whatever words it uses.
        return False
    if sum(a.reading.topic_weights) < MIN_TOPIC_WEIGHT_TO_JUDGE:
        return False  # a follow-up such as "what was the result?" names no topic to drift from
    if beside_focus(a) or (a.reading.wants_story and beside_topic(a, TIE_MIN_TOPIC)):
        return True  # a story or plan on a neighbouring matter
    if on_focus(a):
        return False
    return bool(rel["drifting"]) or a.dimensions.relevance < LOW_RELEVANCE


# A story or example taking up less than this share of a question's clear topic (by weight)
# is about a neighbouring matter: a good story on mentoring to a question on organising work.
KEEP_MIN_TOPIC = 0.5
# Told to tie the story to the question only below this share: a concise on-topic story in
# its own words ("chat response time" for "a support metric") takes up little of the
# question's wording, so the verdict needs a lower bar than the outline's keeping.
TIE_MIN_TOPIC = 0.35


# The question's focus (scorer/focus.py) must weigh this much to judge an answer by it, and
# a closing question, whose wording is mostly framing, more.
FOCUS_MIN_WEIGHT, FOCUS_MIN_CLOSING_WEIGHT = 0.9, 2.0
# An answer taking up less than this share of the question's focus is about a neighbouring
# matter. A concise answer in its own words takes up a third or more of it.
FOCUS_MIN_COVER = 0.35


# An answer taking up at least this share of a clear focus answers the question, whatever
# share of the question's other words it repeats: "the PLO meeting" or "React Testing
# Library tests" take up what was asked in the answer's own terms.
FOCUS_CLEAR_COVER = 0.6
# When the heart of the question is a skill the answer never shows ("upselling", "supervising
# staff"), the side words it shares ("room", "pharmacists") are the setting every story of the
# field is told in: it must take up this share of the focus's whole weight to answer it.
FOCUS_SHARE_WITHOUT_CORE = 0.5


def _misses_core(f: FocusReading) -> bool:
    """The answer misses the skill at the heart of the question and takes up little else."""
    return not f.takes_core and f.share < FOCUS_SHARE_WITHOUT_CORE


# A story takes up another duty of the job (an advert bullet the question does not come
# from) instead of the question's when it covers that duty by at least RIVAL_MIN_COVER, its
# core taken up, and by RIVAL_MARGIN more than it covers the question and its own duty.
RIVAL_MIN_COVER, RIVAL_MARGIN = 0.75, 0.35
# A story naming more than this share of the question's core terms ("dashboards" and
# "metrics" for "the squad's core metrics and the dashboards behind them") is on it, whatever
# other duty it also takes up.
RIVAL_CORE_NAMED_MAX = 0.5
# An answer taking up at least this share of the advert's sentence the question comes from
# answers the question, told in that sentence's fuller words.
OWN_DUTY_CLEAR_COVER = 0.75


# An answer taking up at least this share of the question's own advert sentence, its core
# included, while it takes up no other duty's own words at all (below RIVAL_NONE), answers
# the question told in the field's words: "a yaw error traced to a weeping hydraulic fitting"
# for "fault finding on turbine hydraulic systems".
OWN_DUTY_ALONE_COVER, RIVAL_NONE = 0.5, 0.25


def _on_own_duty(f: FocusReading) -> bool:
    """The answer takes up the advert's sentence the question comes from, in that sentence's
    fuller words ("Terraform state" for "Infrastructure as code (we use Terraform)"), better
    than any other duty of the job, and misses no skill at the question's core; or takes up
    a good share of it and no other duty at all."""
    if not f.takes_core:
        return False
    if f.duties.own >= OWN_DUTY_CLEAR_COVER and f.duties.own > f.duties.rival:
        return True
    return f.duties.own >= OWN_DUTY_ALONE_COVER and f.duties.rival < RIVAL_NONE


def on_rival_duty(f: FocusReading) -> bool:
    """The answer's main subject is another duty of the same job: a master key system told
    for "manage van stock and costs", an apprentice trained for "manage the brewing budget"."""
    return (
        not f.names_core_tool
        and f.core_named <= RIVAL_CORE_NAMED_MAX
        and f.duties.rival >= RIVAL_MIN_COVER
        and f.duties.rival >= max(f.cover, f.duties.own) + RIVAL_MARGIN
    )


def on_focus(a: AnswerAssessment) -> bool:
    """The answer takes up a clear share of what the question asks about (scorer/focus.py),
    in the question's words or in those of the advert's duty it comes from, and no other
    duty of the job is more clearly its subject."""
    f = a.signals.focus
    if f.weight < FOCUS_MIN_WEIGHT or on_rival_duty(f):
        return False
    return (f.cover >= FOCUS_CLEAR_COVER and not _misses_core(f)) or _on_own_duty(f)


def beside_focus(a: AnswerAssessment) -> bool:
    """A substantial answer that does not take up what the question asks about."""
    if a.off_topic or a.reading.kind == "motivation" or names_lesson(a.reading, a.signals):
        return False
    if a.signals.word_count >= BRIEF_WORDS and ignores_clash(a):
        return True
    f = a.signals.focus
    need = FOCUS_MIN_CLOSING_WEIGHT if a.reading.kind == "closing" else FOCUS_MIN_WEIGHT
    if f.weight < need:
        return False
    # Another duty taken up by most of its words is a subject even in a brief answer.
    if on_rival_duty(f) and a.signals.word_count >= SHORT_WORDS:
        return True
    if a.signals.word_count < BRIEF_WORDS:
        return False
    if _on_own_duty(f):
        return False
    # A story that meets only the question's side words ("the library", "a volunteer") and
    # none of its core ("supervising staff") is about something else, told in the setting
    # the question names.
    return (
        f.cover < FOCUS_MIN_COVER
        or (f.cover < FOCUS_CLEAR_COVER and not f.takes_core)
        or _misses_core(f)
    )


def ignores_clash(a: AnswerAssessment) -> bool:
    """A question setting two demands at once ("two urgent requests, you can't do both")
    answered with a plan for one matter, never choosing between them.

    Its words ("urgent", "waiting") are framing, so an answer on any task of the job takes
    up what little focus it has: the clash itself is what it asks about.
    """
    return asks_to_choose(a.question) and not weighs_demands(a.answer)


def beside_topic(a: AnswerAssessment, below: float = KEEP_MIN_TOPIC) -> bool:
    """The answer drifts, or takes up too little of a question's clear topic to build on."""
    rel = a.parts["relevance"].signals
    if beside_focus(a):
        return True
    if on_focus(a):
        return False
    if rel["drifting"]:
        return True
    judged = (
        not a.reading.asks_result
        and a.reading.kind not in ("motivation", "closing")
        and sum(a.reading.topic_weights) >= MIN_TOPIC_WEIGHT_TO_JUDGE
    )
    return judged and 0 < rel["topic"] < below


# Rules on how an answer is built or backed, which say nothing useful about an answer beside
# the topic: a figure added to a story on another matter does not make it answer the question.
BUILD_RULES = frozenset(
    {
        "no_figures",
        "no_names",
        "hard_to_follow",
        "no_result",
        "unclear_actions",
        "no_context",
        "no_steps",
        "no_reasoning",
        "no_check",
        "no_backing",
        "we_over_i",
    }
)


# What is still said of an honest gap: its own advice, and its length or fillers.
HONEST_GAP_RULES = frozenset({"no_direct_experience", "nearest_experience", "close_the_gap"})
HONEST_GAP_KEEPS = HONEST_GAP_RULES | {"too_long", "too_short", "fillers"}


# Priority order: the first rule that applies is the one a verdict names.
RULES: tuple[tuple[str, Condition], ...] = (
    ("no_answer", lambda a: not a.answered),
    ("off_topic", lambda a: a.off_topic),
    ("new_story", new_story),
    # A rambling answer's first problem is its length: it is named before the drift its
    # wandering causes and before what it lacks.
    # "I haven't run a team myself": honest, and the fix is the nearest real experience,
    # never an occasion made up for the question nor another example "squarely about" it.
    ("no_direct_experience", lambda a: honest_gap(a) and not brings_nearest(a)),
    (
        "nearest_experience",
        lambda a: honest_gap(a) and brings_nearest(a) and not nearest_result(a),
    ),
    (
        "close_the_gap",
        lambda a: (
            honest_gap(a) and brings_nearest(a) and nearest_result(a) and not says_how_to_close(a)
        ),
    ),
    ("too_long", lambda a: a.signals.word_count > LONG_WORDS),
    # Shorter, but one long chain of clauses or asides: the same first fix, cutting it down.
    ("rambling", rambles),
    # "I ran the groups and people really liked them": no occasion with its details to judge,
    # whatever else the answer lacks. Named before drifting, which a general answer's few
    # topic words set off.
    ("no_occasion", stays_general),
    ("drifting", lambda a: a.signals.word_count >= SHORT_WORDS and _drifting(a)),
    ("too_short", lambda a: 0 < a.signals.word_count < _short_words(a)),
    (
        "hypothetical_story",
        lambda a: (
            _story(a)
            # "Have you ever…? How would you handle it here?", "…and what would you do
            # differently?": what the candidate would do is part of what was asked.
            and not a.reading.asks_plan
            and not a.reading.asks_reflection
            and a.signals.hypothetical >= 2
            and a.signals.hypothetical > a.signals.i_count / 3
        ),
    ),
    # "I look at the risk and the survey, then price it" to "tell me about one case": a
    # routine is no occasion, and its first gap is the occasion, not a result.
    (
        "routine",
        lambda a: (
            _story(a) and not a.reading.asks_result and not asks_for_routine(a) and tells_routine(a)
        ),
    ),
    (
        "no_result",
        lambda a: _story(a) and not tells_result(a),
    ),
    # "What was the result of that?" asks for the result only, not a whole story again.
    (
        "unclear_actions",
        # Two or more steps told after "I" make the candidate's part plain, whatever the
        # action lexicon found ("I got the heads of department in a room, agreed…, costed it").
        lambda a: (
            _story(a)
            and not a.reading.asks_result
            and a.signals.star["action"] < WEAK_PART
            and not own_part_clear(a)
        ),
    ),
    (
        "we_over_i",
        lambda a: (
            _judgeable(a)
            and a.signals.we_subject >= 3
            and a.signals.we_subject > a.signals.i_subject
            and not own_part_clear(a)
        ),
    ),
    (
        "no_context",
        lambda a: (
            _story(a)
            and not a.reading.asks_result
            and a.signals.star["situation"] < 0.35
            and not scene_set(a)
        ),
    ),
    ("skips_example", lambda a: _judgeable(a) and skips_example(a)),
    # "What have you learned from…", "Looking back…": the lesson, the occasion that taught
    # it and how practice changed, in that order of need.
    ("no_lesson", lambda a: _reflection(a) and a.signals.reflection["lesson"] < WEAK_PART),
    ("no_teaching_occasion", lambda a: _reflection(a) and not reflection_occasion(a)),
    (
        "no_practice_change",
        lambda a: _reflection(a) and a.signals.reflection["change"] < WEAK_PART,
    ),
    # "I'd get to know the team and the systems": a plan for the first months that names
    # nothing of this role has no priorities yet, and a past occasion is no fix for that.
    (
        "no_priorities",
        lambda a: _plan(a) and a.reading.kind == "closing" and not specific_first_months(a),
    ),
    ("no_steps", lambda a: _plan(a) and a.signals.plan["steps"] < PLAN_STEPS),
    # "What would success look like, and what would you need from the team?" answered with
    # the plan and its goal alone: the part left out is named.
    ("skips_part", lambda a: _plan(a) and bool(parts_left_out(a))),
    (
        "no_reasoning",
        lambda a: _plan(a) and a.reading.kind != "closing" and a.signals.plan["reasoning"] < 0.3,
    ),
    ("no_check", lambda a: _plan(a) and needs_check(a)),
    (
        "no_backing",
        lambda a: (
            _plan(a)
            # A plan for the first months is judged on its priorities (no_priorities): its
            # own detail backs it, not one time the candidate did something similar.
            and a.reading.kind != "closing"
            and a.signals.told_example < WEAK_PART
            and not backed_by_record(a)
            and not names_own_work(a)
            # A closing answer asked for an example is told so by skips_example.
            and not skips_example(a)
        ),
    ),
    (
        "no_reason",
        lambda a: (
            _motivation(a)
            # "What from your current work carries over?" asks for no reason to want the role.
            and asks_reason(a)
            and a.signals.motivation["reason"] < WEAK_PART
            and not a.signals.mentions_company
        ),
    ),
    (
        "no_link",
        lambda a: (
            _motivation(a)
            and max(a.signals.star["action"], a.signals.star["situation"]) < WEAK_PART
            # "I've traced a lot of inverter faults": what carries over, told as the
            # candidate's record, is linked to it.
            and (asks_reason(a) or steps_taken(a.answer, "i") + perfect_steps(a.answer) < 1)
        ),
    ),
    (
        "no_figures",
        lambda a: (
            _judgeable(a)
            # A plan for a scenario or the first months is checked by how success would be
            # known ("no_check"), not by figures of what has not happened yet.
            # A reflection is judged on its lesson, not on a measured result.
            and a.reading.kind not in ("motivation", "situational", "closing", "reflective")
            and not a.signals.figures
            and a.signals.number_words == 0
        ),
    ),
    (
        "general_claims",
        lambda a: (
            _judgeable(a)
            and bool(a.signals.buzzwords)
            and sum(a.signals.buzzwords.values()) + a.signals.generic >= GENERAL_CLAIMS
        ),
    ),
    (
        "hard_to_follow",
        lambda a: (
            _story(a)
            and a.dimensions.structure < 50
            and a.signals.star_proportion < 0.9
            # Steps of one's own that end on how it turned out are a story told in order,
            # whatever STAR parts its wording leaves implicit.
            and not (a.signals.star["action"] >= WEAK_PART and tells_result(a))
        ),
    ),
    (
        "brief",
        lambda a: (
            a.reading.kind in ("behavioural",)
            and SHORT_WORDS <= a.signals.word_count < BRIEF_WORDS
            and not a.off_topic
            # "Tell me briefly…": a few sentences are what it asked for.
            and not a.reading.asks_brief
            # "How did that turn out?" asks for an ending, not a whole story.
            and not a.reading.asks_result
        ),
    ),
    (
        "brief_motivation",
        lambda a: (
            a.reading.kind == "motivation"
            and SHORT_WORDS <= a.signals.word_count < BRIEF_WORDS
            and not a.off_topic
            # "Tell me briefly…": a few sentences are what it asked for.
            and not a.reading.asks_brief
        ),
    ),
    (
        "brief_reflection",
        lambda a: (
            a.reading.wants_reflection
            and SHORT_WORDS <= a.signals.word_count < BRIEF_WORDS
            and not a.off_topic
            and not a.reading.asks_brief
        ),
    ),
    (
        "brief_plan",
        lambda a: (
            a.reading.wants_plan
            and SHORT_WORDS <= a.signals.word_count < BRIEF_WORDS
            and not a.off_topic
            # "Tell me briefly…": a few sentences are what it asked for.
            and not a.reading.asks_brief
        ),
    ),
    (
        "fillers",
        lambda a: (
            a.stats.filler_count >= MIN_FILLERS and a.stats.fillers_per_100_words >= FILLERS_PER_100
        ),
    ),
    (
        "no_names",
        lambda a: (
            _judgeable(a)
            and a.reading.kind != "motivation"
            and a.dimensions.evidence < WEAK_EVIDENCE
            and not a.signals.skills_named
            and not a.signals.proper_nouns
            and not names_things(a)
        ),
    ),
)


@lru_cache(maxsize=1)
def _named_things() -> tuple[re.Pattern[str], float, int]:
    raw = lexicon_lists()["named_things"]
    people = "|".join(re.escape(w) for w in raw["people"])
    pattern = re.compile(
        rf"\b(?:the|my|our|his|her|their|a|an|each|every)\s+(?:[a-z'-]+\s+)?(?:{people})s?\b"
    )
    return pattern, float(raw["rare_zipf"]), int(raw["min_rare"])


# Rare words that describe rather than name ("proactive", "meticulous", "carefully").
_NOT_NAMING_ENDINGS = ("ly", "ive", "ous", "ful", "able", "ible")


def names_things(a: AnswerAssessment) -> bool:
    """The answer names the things and people of its work in its trade's words, not by proper
    nouns: "my groundie controlled the rope on a friction device", "we brought in a MEWP",
    "I talked the client through it"."""
    people, rare_zipf, min_rare = _named_things()
    low = normalise_quotes(a.answer.lower())
    if people.search(low):
        return True
    asked = {light_stem(w) for w in content_words(a.question)}
    rare = {
        w
        for w in content_words(low)
        if len(w) >= 3
        and w.isalpha()
        and not w.endswith(_NOT_NAMING_ENDINGS)
        and light_stem(w) not in asked
        and zipf_frequency(w, "en") < rare_zipf
    }
    return len(rare) >= min_rare


@lru_cache(maxsize=1)
def wording() -> dict:
    """The advice file: rule wording, praise and verdict templates."""
    return json.loads(_DATA.read_text(encoding="utf-8"))


def _times(n: int) -> str:
    return {0: "not once", 1: "once", 2: "twice"}.get(n, f"{n} times")


def _values(a: AnswerAssessment) -> dict[str, str]:
    s = a.signals
    filler, filler_n = (s.fillers.most_common(1) or [("", 0)])[0]
    buzz = (s.buzzwords.most_common(1) or [("", 0)])[0][0]
    return {
        "words": str(s.word_count),
        "we": _times(s.we_subject),
        "i": _times(s.i_subject),
        "filler": filler,
        "filler_count": _times(filler_n),
        "buzz": buzz,
    }


def applies(rule: str, a: AnswerAssessment) -> bool:
    """Whether the named rule applies to an answer."""
    return dict(RULES)[rule](a)


def _drift_advice(a: AnswerAssessment) -> Advice:
    """The drifting rule, naming what the question asks about and what the example is about.

    Said the same way to every such answer, it would repeat word for word down a report and
    tell the candidate nothing about which matter the question wanted.
    """
    entry = wording()["rules"]["drifting"]
    if ignores_clash(a):
        return Advice("drifting", entry["label_clash"], entry["advice_clash"])
    # A bare follow-up is about what the question it follows up asked.
    asked_in = a.reading.topic_question
    focus = question_focus(asked_in)
    asked = asked_about(focus, asked_in)
    # A scenario is answered by a plan for it, not by a better-chosen past example.
    advice = entry["advice_situation"] if a.reading.kind == "situational" else None
    if not asked:
        return Advice("drifting", entry["label"], advice or entry["advice"])
    told = answer_about(focus, a.answer)
    label = (
        entry["label_named"].format(asked=asked, told=told)
        if told
        else entry["label_asked"].format(asked=asked)
    )
    return Advice("drifting", label, advice or entry["advice_asked"].format(asked=asked))


# Gaps that keep an answer from being called strong: it answers another question, or leaves
# out the one occasion the question asks for.
# A rambling answer or one with no occasion in it is not strong either, whatever it scores.
NEVER_STRONG = frozenset(
    {"drifting", "routine", "skips_example", "skips_part", "rambling", "no_occasion"}
)
# A verdict calls an answer strong from this score.
STRONG_SCORE = 75
# An answer below this score with no named gap still lacks something, and the report says what.
GOOD_SCORE = 55
# Below this an answer is weak; from it, partly there.
PARTIAL_SCORE = 35


def _vague_gap(a: AnswerAssessment) -> Advice:
    """What an answer short of good lacks when no rule names it: the example, the
    candidate's own part, the result or a figure on it (for plans, the backing or reasons)."""
    s = a.signals
    if a.reading.kind == "motivation":
        # "What would you bring from…?" asks for what carries over, not a reason to want it.
        key = "motivation" if asks_reason(a) else "carry_over"
    elif a.reading.wants_reflection:
        key = "reflection"
    elif a.reading.kind == "closing":
        # A plan for the first months is backed by its own priorities, not a past occasion.
        key = "reasons" if specific_first_months(a) else "priorities"
        if key == "reasons" and s.plan["reasoning"] >= WEAK_PART:
            key = "detail"
    elif a.reading.wants_plan:
        backed = s.told_example >= WEAK_PART or backed_by_record(a) or names_own_work(a)
        key = "reasons" if backed else "backing"
        if key == "reasons" and s.plan["reasoning"] >= WEAK_PART:
            key = "detail"
    elif a.reading.asks_result:
        key = "result" if s.star["result"] < WEAK_PART else "figure"
        key = "detail" if key == "figure" and measures_a_result(s.sentences) else key
    elif s.told_example < WEAK_PART and s.star["situation"] < WEAK_PART:
        key = "example"
    elif s.star["action"] < WEAK_PART or s.ownership < WEAK_PART:
        key = "own_part"
    elif not tells_result(a):
        key = "result"
    elif not measures_a_result(s.sentences):
        key = "figure"
    else:
        key = "detail"
    key = "run_on" if key == "detail" and s.runs_on else key
    entry = wording()["vague"][key]
    return Advice(f"vague_{key}", entry["label"], entry["advice"])


def _answer_shape(a: AnswerAssessment) -> str:
    """What the question asks to be told: a result, a reason for wanting the role, what
    carries over from the candidate's work, a lesson, a plan for the first months, another
    plan or a story. Rules whose fix depends on it word their advice by it (`by_shape`)."""
    if a.reading.asks_result:
        return "result"
    if a.reading.kind == "motivation":
        return "motivation" if asks_reason(a) else "carry_over"
    if a.reading.wants_reflection:
        return "reflection"
    if a.reading.kind == "closing":
        return "first_months"
    return "plan" if a.reading.wants_plan else "story"


def _shaped_advice(name: str, a: AnswerAssessment) -> Advice:
    """A rule worded for the shape of answer the question asks for, and a rambling answer
    told in date order said to be so."""
    entry = wording()["rules"][name]
    shape = _answer_shape(a)
    by_shape = entry.get("by_shape", {})
    # A shape with no wording of its own takes its family's: a plan for the first months is
    # a plan, what carries over a motivation answer.
    shaped = {
        **entry,
        **by_shape.get(SHAPE_FAMILY.get(shape, shape), {}),
        **by_shape.get(shape, {}),
    }
    label = shaped["label"]
    # A story or a history is told in date order to its cost; a plan is laid out in it.
    laid_out = shape in ("plan", "first_months")
    if name == "rambling" and not laid_out and told_in_date_order(a):
        label = shaped.get("label_date_order", label)
    values = _values(a)
    return Advice(name, label.format(**values), shaped["advice"].format(**values))


# Rules worded by the shape of answer the question asks for.
SHAPED_RULES = frozenset({"rambling", "no_occasion", "brief_motivation", "no_link", "no_check"})
# Shapes worded as their family where a rule has no wording of their own.
SHAPE_FAMILY = {"first_months": "plan", "carry_over": "motivation"}
# Rules whose advice is moot beside an answer to cut down: more context, or the same story
# told again in order.
MOOT_WHEN_LONG = frozenset({"no_context", "hard_to_follow", "brief", "brief_plan", "no_occasion"})
# Rules that name one part of an occasion's detail, moot beside an answer with no occasion:
# its fix, one occasion with its details, covers them. "Give it more room" stays: it says
# how long the occasion can take.
MOOT_WITHOUT_OCCASION = BUILD_RULES | {"general_claims"}


def advice_for(a: AnswerAssessment) -> list[Advice]:
    """Every rule that applies to an answer, most important first."""
    text = wording()["rules"]
    values = _values(a)
    out: list[Advice] = []
    for name, condition in RULES:
        if condition(a):
            entry = text[name]
            if name == "drifting":
                out.append(_drift_advice(a))
                continue
            if name == "skips_part":
                out.append(_parts_advice(a))
                continue
            if name in SHAPED_RULES:
                out.append(_shaped_advice(name, a))
                continue
            label = entry["label"].format(**values)
            if name == "off_topic":
                asked = asked_about(
                    question_focus(a.reading.topic_question), a.reading.topic_question
                )
                label = entry["label_asked"].format(asked=asked) if asked else label
            out.append(Advice(name, label, entry["advice"].format(**values)))
            if name in ("no_answer", "off_topic"):
                break  # nothing else is worth saying about an answer to another question
    if not out and a.answered and a.score < GOOD_SCORE and not honest_gap(a):
        # "Partly there: it could be more specific" tells the candidate nothing to do.
        out.append(_vague_gap(a))
    if any(item.rule in ("drifting", "new_story") for item in out):
        # Polishing the parts of a story that answers something else is no advice: its
        # first fix is to pick one that fits, and the outline says how to build that one.
        out = [item for item in out if item.rule not in BUILD_RULES]
    rules = {item.rule for item in out}
    if rules & {"too_long", "rambling"}:
        # Setting the scene at more length, or telling it all again in order, is no advice
        # on an answer whose first fix is to cut it down.
        out = [item for item in out if item.rule not in MOOT_WHEN_LONG]
    if "no_occasion" in rules:
        # A scene, steps, a result or a figure for an occasion the answer never names: the
        # first fix is the occasion with its details, and its advice says what they are.
        out = [item for item in out if item.rule not in MOOT_WITHOUT_OCCASION]
    if "hypothetical_story" in rules:
        # A scene, figures or a result for an occasion that never happened is no advice: the
        # first fix is the real occasion.
        out = [item for item in out if item.rule not in BUILD_RULES]
    if "drifting" in rules and ends_on_occasion(a):
        # A plan beside the question that ends on a real case ("On one client, once we
        # explained…, they adjusted"): the occasion is there, its gap is the topic.
        out = [item for item in out if item.rule != "hypothetical_story"]
    if "skips_example" in rules and a.reading.wants_story:
        # A plan alone to a question asking for an occasion and a plan: a scene, a result or
        # a routine for an occasion not told is no advice; the occasion comes first.
        out = [item for item in out if item.rule not in BUILD_RULES | {"routine"}]
    if "no_steps" in rules:
        # How one would know it had worked is moot until there is an approach to judge.
        out = [item for item in out if item.rule != "no_check"]
    if "routine" in rules:
        # A routine has no single ending to finish with: the occasion comes first.
        out = [item for item in out if item.rule != "no_result"]
    if honest_gap(a) and a.answered and not a.off_topic:
        # "I haven't done that, but I would…": the fix is the nearest real experience, not
        # another example "squarely about" the question, a routine to swap for an occasion,
        # nor a result, figures or steps for an occasion that never happened.
        # A nearest story on another matter must still say how it bears on the question.
        keeps = HONEST_GAP_KEEPS | ({"drifting"} if brings_nearest(a) else set())
        out = [i for i in out if i.rule in keeps]
    return out


def praise(a: AnswerAssessment) -> str:
    """What a good answer did best, as a phrase for a verdict or a summary line."""
    p = wording()["praise"]
    s = a.signals
    if honest_gap(a):
        # "I haven't run a team myself": praised for its honesty, never for keeping to a
        # question it says it cannot answer from experience.
        return p["honest_nearest" if brings_nearest(a) else "honest"]
    if (
        beside_focus(a)
        or (a.reading.wants_story and beside_topic(a, TIE_MIN_TOPIC))
        or new_story(a)
    ):
        # A story beside the question is never praised for its result or as on the question.
        return p["own_work"]
    # "24 tests" or "a team of 12" is the scale of the work: the praise needs a result.
    measured = measures_a_result(s.sentences)
    if (
        a.reading.wants_story
        and measured
        and s.star["result"] >= WEAK_PART
        and result_past_scene(a)
        and not tells_routine(a)
    ):
        return p["result_with_figure"]
    if a.reading.wants_reflection and s.reflection["lesson"] >= WEAK_PART:
        return p["lesson" if reflection_occasion(a) else "lesson_named"]
    # A plan that rambles or runs long is no "clear approach", whatever reasons it gives.
    long_winded = s.word_count > LONG_WORDS or rambles(a)
    if (
        a.reading.wants_plan
        and s.plan["reasoning"] >= WEAK_PART
        and s.plan["steps"] >= PLAN_STEPS
        and not long_winded
    ):
        return p["plan_with_reasons"]
    if a.reading.kind == "motivation" and s.motivation["reason"] >= WEAK_PART:
        return p["specific_motivation"]
    if s.star["action"] >= 0.75 and s.ownership >= 0.6:
        return p["ownership"]
    if a.parts["relevance"].signals["drifting"]:
        # Never "it answers the question" beside "it does not make clear how it answers".
        return p["own_work"]
    if tells_routine(a) or skips_example(a):
        # Never "it stays on the question" beside "it leaves out the occasion it asks for".
        return p["part_of_question"]
    if a.dimensions.relevance >= 70 and not beside_topic(a):
        # "It stays on the question" only for an answer the outline would build on.
        return p["on_question"]
    return p["answers"]


def _improve(found: Advice, a: AnswerAssessment, cv_line: str | None) -> str:
    """The one thing a strong answer could still add, as a coach would put it."""
    entry = wording()["rules"].get(found.rule, {})
    if cv_line and "improve_cv" in entry:
        return entry["improve_cv"].format(cv=cv_line)
    if "improve" in entry:
        return entry["improve"].format(**_values(a))
    return ""


# A report gives one verdict sentence at most this often; then the rule's variant wording.
MAX_SAME_VERDICT = 2


def verdict(
    a: AnswerAssessment, cv_line: str | None = None, given: Counter[str] | None = None
) -> str:
    """One line on an answer: how good it is and the main reason.

    `cv_line`, a CV achievement that fits the question (quoted as it stands), lets a strong
    plan with nothing behind it be tied to something the candidate has done. `given` counts
    the verdicts given so far in the report: a sentence said twice already is said in the
    rule's variant wording, so the report does not repeat itself down the page.
    """
    found = advice_for(a)
    gaps = [found[0].label] if found else [""]
    if found:
        entry = wording()["rules"].get(found[0].rule, {})
        gaps += [g.format(**_values(a)) for g in entry.get("label_variants", [])]
    line = ""
    for gap in gaps:
        line = _verdict_line(a, found, gap, cv_line)
        if given is None or given[line] < MAX_SAME_VERDICT:
            break
    if given is not None:
        given[line] += 1
    return line


def _verdict_line(a: AnswerAssessment, found: list[Advice], gap: str, cv_line: str | None) -> str:
    v = wording()["verdict"]
    if not a.answered:
        return v["none"]
    if found and found[0].rule == "new_story":
        # Another story told for the result of the one before answers another question:
        # however good, it is never praised.
        return v["partial"].format(gap=gap)
    # An answer that does not take up the question, or leaves out the example it asks for,
    # is never called strong, however good the story or plan it tells.
    if a.score >= STRONG_SCORE and not any(f.rule in NEVER_STRONG for f in found):
        improve = _improve(found[0], a, cv_line) if found else ""
        if improve:
            return v["strong_improve"].format(praise=praise(a), improve=improve)
        key = "strong_with_gap" if gap else "strong"
        return v[key].format(praise=praise(a), gap=gap)
    if a.score >= GOOD_SCORE and gap and any(f.rule == "drifting" for f in found):
        # A good story on another matter is no "good foundation" for this question: the
        # band says what the gap says.
        return v["partial"].format(gap=gap)
    if gap and (a.score >= GOOD_SCORE or (a.score >= PARTIAL_SCORE and fair_honest_gap(a))):
        # "I haven't used SAP; the closest is NetSuite, where I cut close from 9 days to 6":
        # an honest gap with the nearest thing and how it turned out is a fair answer, whose
        # band is a good foundation, not "partly there".
        return v["good"].format(praise=praise(a), gap=gap)
    if a.score >= GOOD_SCORE:
        return v["good_no_gap"].format(praise=praise(a))
    if not gap:
        return v["partial_no_gap" if a.score >= PARTIAL_SCORE else "weak_no_gap"]
    return v["partial" if a.score >= PARTIAL_SCORE else "weak"].format(gap=gap)


__all__ = ["RULES", "USEFUL_WORDS", "Advice", "advice_for", "applies", "verdict", "wording"]
