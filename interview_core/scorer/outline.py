"""The outline of a stronger answer, specific to the question's type, the answer and the CV."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas

from ..language import skills as skill_lexicon
from ..language.answers import opens_as_reply, says_nothing_of_its_own
from ..language.figures import figures
from ..language.text import letter_runs, normalise_quotes, phrase_alternation
from .answer import (
    AnswerAssessment,
    best_result_sentence,
    changes,
    led_by_action,
    measured,
    measured_head,
    measured_outcome,
    measures_a_result,
    outcome_in_words,
    past_form,
    ranked_clause,
    result_figures,
    tells_own_habit,
)
from .cv import best_achievement, cv_profile, is_contact_or_header, quote, quote_cv, told_lines
from .focus import SKILL_TERM, Focus, matched_terms, question_focus, takes_up_core
from .lexicons import lexicon_lists, lexicons, light_stem, same_stem
from .rules import (
    BRIEF_WORDS,
    FOCUS_MIN_WEIGHT,
    RESULT_TAIL_SENTENCES,
    WEAK_PART,
    applies,
    asks_other_parts,
    asks_reason,
    backed_by_record,
    beside_topic,
    ignores_clash,
    measured_ending,
    new_story,
    own_part_clear,
    reflection_occasion,
    scene_set,
    sets_priorities,
    specific_first_months,
    tells_result,
    tells_success_sign,
)
from .signals import I_PAST_VERB
from .topics import asked_about

_DATA = Path(__file__).parent / "data" / "outline.json"
QUOTE_CHARS = 120
MAX_FIGURES = 3
# Openings too short, only a reply to the interviewer ("Sure", "Fair enough", "As I said…")
# or with no content of their own ("It was a team effort really", "Honestly it went fine")
# are never offered as an opening to keep (language/answers.py reads them).
MIN_OPENING_WORDS = 6
# "I would", "we can": a plan or an ability, read elsewhere, not a present description.
_MODAL_WORDS = frozenset({"would", "will", "can", "could", "should", "might", "must", "may"})


def _opening_to_keep(sentence: str) -> bool:
    """An opening worth keeping as it is: long enough, no reply to the interviewer, and with
    content of its own."""
    return (
        len(sentence.split()) >= MIN_OPENING_WORDS
        and not opens_as_reply(sentence)
        and not says_nothing_of_its_own(sentence)
    )


# "Over 2024 I prescribed for around 600 patients" sums up a period's work: no step either.
_SCENE_START = re.compile(
    r"\W*(?:when|before|at the time|back in|until|in (?:total|all)"
    r"|over (?:the )?(?:last |past |whole )?(?:\d{4}|(?:\w+ )?(?:years?|months?|seasons?)))\b"
)
# A plan's opening is kept only in an answer of at least this many words: a one-line reply
# ("I'd look at the data and see what comes out") is no opening to build on.
MIN_WORDS_TO_KEEP = 60
# An example with this much evidence (figures, names, a result) is worth keeping as it is.
SOLID_EVIDENCE = 45


@lru_cache(maxsize=1)
def lines() -> dict:
    """The outline wording (`data/outline.json`)."""
    return json.loads(_DATA.read_text(encoding="utf-8"))


def join(items: Sequence[str], word: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


# "18 months", "20 minutes": how long something took or lasted is no result on its own,
# only when a change leads up to it ("down to 8 minutes", "within 24 hours").
_DURATION = re.compile(
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|quarters?)$", re.I
)
_CHANGE_TO = re.compile(r"\b(?:to|from|by|under|within|down to|only)\s+(?:about\s+|around\s+)?$")


# "We had to fell three dead elms", "I needed to cut the backlog": what the candidate had to
# do is the task, whatever outcome word ("fell", "cut") it holds; never an ending to keep.
# Only with its subject: "…and had to add a second session" is part of a result.
_TASK = re.compile(
    r"\b(?:i|we|they|he|she)\s+(?:had to|needed to|need to|have to|was asked to|were asked to"
    r"|was told to|were told to|was meant to|were meant to|was supposed to|were supposed to)\b"
)


# "Over 2024 I prescribed for around 600 patients", "In total we fitted 300 locks": the scale
# of a period's work, no ending, unless it tells a change ("…fell from 34 to 21 days").
# "When I arrived, Rhymetime had dropped to six families a week" is the state before.
_SCALE_START = re.compile(
    r"\W*(?:over (?:the )?(?:whole )?\d{4}|in (?:total|all)|back in"
    r"|when (?:i|we) (?:first )?(?:arrived|joined|started|took (?:it )?over|came in|got there))\b"
)


_ASIDE = re.compile(r"[,;:]|\b(?:which|so|because|where|who|when|while)\b")


@lru_cache(maxsize=1)
def _present_state() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = lines()["present_state"]

    def alt(key: str) -> str:
        return phrase_alternation(table[key])

    subject = re.compile(
        rf"(?<![\w'])(?:{alt('subjects')})\s+(?:(?:also|just|\w+ly)\s+)?([a-z]+)\b"
    )
    copula = re.compile(rf"(?<![\w'])(?:{alt('copulas')})(?![\w'])")
    lasting = re.compile(rf"(?<![\w'])(?:{alt('lasting')})(?![\w'])")
    return subject, copula, lasting


def states_present(sentence: str) -> bool:
    """The sentence tells, in the present tense, what a tool does, what the candidate does as
    a rule or has to do ("It pulls the aged debt into a pivot table", "On each call I have to
    decide…", "The nearest is our portfolio"): no result of the story, unless it tells a
    change or a lasting state ("Waits are now under 20 hours")."""
    low = normalise_quotes(sentence.lower())
    subject, copula, lasting = _present_state()
    if lasting.search(low) or changes(sentence):
        return False
    # The main clause says what the sentence tells: "The ward reopened on Monday, which is
    # what mattered" tells an outcome, whatever its aside.
    main = _ASIDE.split(low, maxsplit=1)[0]
    if copula.search(main):
        return True
    for m in subject.finditer(main):
        verb = m.group(1)
        if past_form(verb) or verb in _MODAL_WORDS:
            continue
        if verb in getAllLemmas(verb).get("VERB", ()) or (
            verb.endswith("s") and verb[:-1] in getAllLemmas(verb[:-1]).get("VERB", ())
        ):
            return True
    return False


def ending_sentences(a: AnswerAssessment) -> list[str]:
    """The sentences that may hold a story's ending: not the scene it opens on ("Last spring we
    had to fell three dead elms…", "Over 2024 I prescribed for around 600 patients…"), nor a
    sentence that says what the candidate had to do or now does as a habit."""
    sents = list(a.signals.sentences)
    if len(sents) >= STORY_SENTENCES and a.reading.wants_story:
        sents = sents[1:]
    out = []
    for sentence in sents:
        low = normalise_quotes(sentence.lower())
        if _TASK.search(low) or (_SCALE_START.match(low) and not changes(sentence)):
            continue
        # "Since then I keep the gain under 30 dB": a habit the candidate keeps, a step.
        if tells_own_habit(sentence):
            continue
        # "It pulls the aged debt into a pivot table": what a tool does, no ending.
        if states_present(sentence):
            continue
        out.append(sentence)
    return out


def figure_list(a: AnswerAssessment) -> str:
    """The figures of the answer's result sentence that measure its outcome, quoted."""
    result = best_result_sentence(ending_sentences(a))
    found = result_figures(result) if result else []
    found = [
        f
        for f in found
        if not _DURATION.search(f.text)
        or _CHANGE_TO.search(result[: f.start].lower().rstrip() + " ")  # type: ignore[index]
    ]
    return join([f"“{f.text}”" for f in found[:MAX_FIGURES]])


# A duration that tells when, not how fast: "after 36 hours", "four days later", "in those
# ten weeks". "Within 24 hours" or "down to 8 minutes" measure the result; these do not.
_UNITS = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|quarters?|terms?|seasons?)"
_WHEN = re.compile(
    rf"\b(?:after|for|over|during|in (?:those|these|the (?:next|following|last|past)))"
    rf"\s+(?:\S+\s+){{1,2}}?{_UNITS}\b|\b(?:\S+\s+){{1,2}}?{_UNITS}\s+(?:later|afterwards)\b"
)


def measured_change(a: AnswerAssessment) -> bool:
    """The story ends on a result it measures ("fell from 6.1 to 2.4", "down by a third"), not
    only on when things happened ("went home four days later", "restarted after 36 hours")."""
    sents = [_WHEN.sub(" ", normalise_quotes(t)) for t in a.signals.sentences]
    tail = sents[-RESULT_TAIL_SENTENCES:]
    # A step's own figures ("I raised the temperature two degrees") measure no result.
    # Nor does a habit kept since ("Since then I keep pull requests under 300 lines").
    return bool(figure_list(a)) or any(
        measured(t) for t in tail if not led_by_action(t) and not tells_own_habit(t)
    )


def is_activity(term: str) -> bool:
    """Whether a tool's term names an activity ("data entry", "PLC Programming") rather than
    a thing one uses ("Excel", "pandas"): headed by a word of activity (`data/outline.json`)."""
    words = term.split()
    if not words:
        return False
    head = words[-1].lower()
    return head in lines()["activity_heads"] or head.endswith(tuple(lines()["activity_endings"]))


def tool_asked(tool: str, question: str) -> bool:
    """The question takes up the whole tool name, every word of it ("A/B tests" for "A/B
    testing"), not one common word of it ("customer care" is no call for "Customer
    Satisfaction", "usability testing" none for "A/B testing")."""
    asked = [light_stem(w) for w in re.findall(r"[a-z0-9]+", question.lower())]
    named = [light_stem(w) for w in re.findall(r"[a-z0-9]+", tool.lower())]
    return bool(named) and all(any(n == q or same_stem(n, q) for q in asked) for n in named)


def cv_part(line: str, question: str = "") -> str:
    """A CV line without a trailing fragment run onto it after a semicolon ("…on 94% of my
    cases; child in need plans and reviews"): a part with no figure and no verb in the past
    is no item of its own, where the line's first part is one."""
    head, sep, last = line.rpartition(";")
    if not sep or not head.strip():
        return line

    def item(part: str) -> bool:
        return bool(figures(part)) or any(past_form(w) for w in letter_runs(part))

    # The fragment may hold the very part on the question's topic ("…; visual merchandising"),
    # words the first part lacks: then the line is quoted whole.
    asked = [light_stem(w) for w in letter_runs(question)]
    had = {light_stem(w) for w in re.findall(r"[a-z]+", head.lower())}
    own = {light_stem(w) for w in re.findall(r"[a-z]{4,}", last.lower())} - had
    on_topic = any(same_stem(w, q) for w in own for q in asked)
    return head.strip() if item(head) and not item(last) and not on_topic else line


def action_sentence(a: AnswerAssessment, skip: int = 0) -> str | None:
    """The first sentence (after the first `skip`) telling what the candidate did."""
    lex = lexicons()
    for sentence in a.signals.sentences[skip:]:
        low = normalise_quotes(sentence.lower())
        if _SCENE_START.match(low):
            continue  # "When I started, they mostly sat…" sets the scene; it is no step
        # "I told the producer…, then re-patched…": a step led by an irregular past form too.
        acted = (
            lex.star_strong["action"].spans(low) or I_PAST_VERB.search(low) or led_by_action(low)
        )
        if acted and not lex.hypothetical.spans(low):
            return quote(sentence, QUOTE_CHARS)
    return None


@lru_cache(maxsize=1)
def _learning_words() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lexicon_lists()["learning_first"])
    return re.compile(rf"\b(?:{words})\b")


def new_to_candidate(skills: Sequence[str], cv_text: str) -> list[str]:
    """The job's skills the CV does not show: the work on one is a reason to want the role.

    "The work on product design" is no reason a product designer gives for a design role:
    it is the field itself.
    """
    shown = skill_lexicon.extract_skills(cv_text)
    known_skills = {*shown, *skill_lexicon.implied_skills(shown)}
    known = {s.name.lower() for s in known_skills}
    # A skill given as written ("Kafka") is known when it reads as a known one ("Apache Kafka").
    return [
        k
        for k in skills
        if k.lower() not in known
        and not set(skill_lexicon.extract_skills(k, context_free=True)) & known_skills
    ]


# "We" as the one who acts this often, and more than "I", crowds out the candidate's part
# (the we_over_i rule's bar); once or twice it is only the team's share of the story.
TEAM_CROWDS = 3


def _new_action(a: AnswerAssessment) -> tuple[str, ...]:
    """The step line for a new story: keep the team's part short only where it crowds out "I"."""
    s = a.signals
    crowded = s.we_subject >= TEAM_CROWDS and s.we_subject > s.i_subject and not own_part_clear(a)
    return ("action_team",) if crowded else ("action_new",)


# A plan with this much order in its wording (two or more markers: "first", "by the end
# of", "then") sets out its own priorities.
ORDERED_PLAN = 0.6


def linked_to_own_work(a: AnswerAssessment) -> bool:
    """The answer tells what came of the candidate's own work, with a figure or in result
    words: the link a motivation answer needs."""
    s = a.signals
    return s.star["result"] >= WEAK_PART or measures_a_result(s.sentences)


@lru_cache(maxsize=4)
def _listed(key: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rx) for rx in lines()[key])


def reason_builds_on_work(a: AnswerAssessment) -> bool:
    """A reason for the role put as the next step from work the answer tells ("a larger team
    would let me go deeper on IP", "I want to work closer to the money movement"): the link to
    the candidate's own work is there."""
    s = a.signals
    low = normalise_quotes(a.answer.lower())
    own_work = s.star["action"] >= WEAK_PART or bool(I_PAST_VERB.search(low))
    return own_work and any(rx.search(low) for rx in _listed("growth_reasons"))


def meaning_told(a: AnswerAssessment, result: str) -> bool:
    """The answer, from its result on, says what that result meant: set against a baseline
    ("compared with over forty on the last job"), with its consequence ("which meant…") or as
    what happened to the people it was for ("the children stayed off any plan")."""
    low = normalise_quotes(a.answer.lower())
    at = low.find(normalise_quotes(result.lower().rstrip(".…")))
    rest = low[at:] if at >= 0 else ""
    return any(rx.search(rest) for rx in _listed("meaning_told")) or people_told(rest)


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    return frozenset(lines()["people_words"])


_BE_HAVE = frozenset({"was", "were", "had", "have", "has", "are", "is", "got"})
# "The patients I see", "the clients we advise": people named by whom they are to the candidate.
_WHOSE = frozenset({"i", "we"})
# Words that may stand between people and their verb ("she later acted", "they all passed").
_BETWEEN = frozenset({"later", "then", "now", "also", "all", "never", "ever", "finally", "soon"})


def people_told(text: str) -> bool:
    """The text tells what happened to people, with them as the subject of a verb ("his
    father heard", "the children were placed", "she later acted"), not only counts them
    ("600 patients") or names a measure of them ("customer complaints dropped")."""
    said = re.findall(r"[a-z']+", text.lower())
    people = _people_words()
    for i, word in enumerate(said):
        if word not in people:
            continue
        after = said[i + 1 : i + 5]
        if after and after[0] in _BETWEEN:
            after = after[1:]
        # "the patients I see have…", "the clients we advise cut…": past who they are to the
        # candidate, to their own verb.
        if len(after) >= 3 and after[0] in _WHOSE:
            after = after[2:]
        if after and (after[0] in _BE_HAVE or past_form(after[0])):
            return True
    return False


def reasons_told(a: AnswerAssessment) -> bool:
    """The story's steps come with their reasons ("…so we could put beef on the rest",
    "…because most problems start in the close-up group") in enough of its sentences
    (`reasons_told_min`): a line asking to add why it chose its steps asks for what is there.
    The last sentence, where the story ends, is no step."""
    steps = [normalise_quotes(t.lower()) for t in a.signals.sentences[:-1]]
    found = sum(1 for t in steps if any(rx.search(t) for rx in _listed("reasons_told")))
    return found >= lines()["reasons_told_min"]


def specific_reason(a: AnswerAssessment) -> bool:
    """A reason for wanting the role that names something particular to it ("what draws me
    is that it's a hospital with referral orthopaedics and a team of 14"): a sentence giving a
    reason that holds a name, a figure or a term of the job's own. A line asking for one
    specific thing in the candidate's own words asks for what is there."""
    reason = lexicons().motivation["reason"]
    terms = {t.lower() for t in a.signals.job_terms}
    for sentence in a.signals.sentences:
        low = normalise_quotes(sentence.lower())
        if not reason.spans(low):
            continue
        said = set(letter_runs(low))
        named = any(w[:1].isupper() for w in sentence.split()[1:] if w.strip(",.;:") != "I")
        if named or figures(sentence) or said & terms:
            return True
    return False


def brings_told(a: AnswerAssessment) -> bool:
    """A motivation answer that closes on what the candidate would bring or do in the role."""
    tail = normalise_quotes(" ".join(a.signals.sentences[-2:]).lower())
    return any(rx.search(tail) for rx in _listed("bring_told"))


def learns_first(a: AnswerAssessment) -> bool:
    """The answer's first two sentences say how the candidate would learn the place."""
    opening = normalise_quotes(" ".join(a.signals.sentences[:2]).lower())
    return bool(_learning_words().search(opening))


def learning_how_missing(a: AnswerAssessment) -> bool:
    """The question asks what the candidate would need to learn ("…and what would you most
    need to learn first?") and the answer names no way of learning it (from whom, how, by
    when): "I'm a quick learner" says none."""
    question = normalise_quotes(a.reading.text.lower())
    if not any(rx.search(question) for rx in _listed("asks_learning")):
        return False
    answer = normalise_quotes(a.answer.lower())
    return not any(rx.search(answer) for rx in _listed("learning_how"))


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rx) for rx in lines()["role_statements"])


def responsibility_stated(a: AnswerAssessment) -> bool:
    """The answer says what was the candidate's to deliver ("I took over planning", "my
    manager asked me to look at it"): a line asking for the responsibility adds nothing.
    (Not `signals.role_stated`, which reads the candidate's part in a team's procedure.)"""
    return any(
        rx.search(normalise_quotes(sentence.lower()))
        for sentence in a.signals.sentences
        for rx in _role_patterns()
    )


# A story this long has a scene before its steps.
STORY_SENTENCES = 3


def beyond_steps(question: str) -> str:
    """What a question asks for beyond the steps and the ending (the reasons for a choice, the
    trade-offs, the drawbacks, the lesson), as the outline names it; "" if nothing."""
    low = normalise_quotes(question.lower())
    for pattern, part in lines()["beyond_steps"]:
        if re.search(pattern, low):
            return part
    return ""


def tells_occasion(a: AnswerAssessment) -> bool:
    """The answer is one occasion told: the candidate's own steps and how it ended."""
    return own_part_clear(a) and tells_result(a)


def _opening(a: AnswerAssessment) -> str | None:
    return quote(a.signals.sentences[0], QUOTE_CHARS) if a.signals.sentences else None


# CV lines tried, best first, for one that takes up a core term of the question's focus
# (scorer/focus.py), not only the field's common words.
MAX_CV_TRIES = 4


def fitting_achievement(
    a: AnswerAssessment, cv_text: str, skills: tuple[str, ...], avoid: frozenset[str]
) -> str | None:
    """The CV achievement that fits the question's topic and takes up some of its focus.

    A line sharing only the field's common words ("students", "team") with a question on
    assessment data is no example of it: when the question's focus is clear, the line must
    take up one of its focal terms, and no other piece of work on the CV be closer to it
    (`closer_line`).
    """
    # A bare follow-up ("Let's go back to that occasion…") is about the question it follows
    # up: the line must fit that question's focus, and a closer line to it wins.
    question = a.reading.topic_question
    focus = question_focus(question, "", cv_text)
    told = told_lines(cv_text, a.reading.text, question, a.answer)
    tried = set(avoid) | told
    for _ in range(MAX_CV_TRIES):
        line = best_achievement(
            cv_text, a.reading.topic_stems, skills, frozenset(tried), a.reading.topic_weights
        )
        if line is None:
            return None
        if focus.weight < FOCUS_MIN_WEIGHT:
            return line  # no clear focus to fit the line to
        if not takes_up_core(focus, line) or _core_only_as_tool_training(focus, line):
            tried.add(line)
            continue
        # A closing or motivation question asks about the role as a whole: any line on it
        # backs the answer, and none is closer to a topic it does not have.
        if a.reading.kind in ("closing", "motivation"):
            return line
        skip = told | {other for other in _work_lines(cv_text) if _quoted(other, question)}
        if not closer_line(focus, line, cv_text, skip):
            return line
        tried.add(line)
    return None


@lru_cache(maxsize=1)
def _tool_training() -> re.Pattern[str]:
    data = lines()["tool_training"]
    verbs = phrase_alternation(data["verbs"])
    links = phrase_alternation(data["links"])
    # Up to four words name whom ("the team", "five new colleagues") before what was taught.
    return re.compile(
        rf"\b(?:{verbs})\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:{links})\s+"
        rf"(?:(?:the|our|a|an|new|its|their)\s+)*(?=\S)",
        re.IGNORECASE,
    )


# How far after the link the taught thing is looked for.
TAUGHT_CHARS = 40


def teaches_a_tool(line: str) -> bool:
    """The line teaches people a named system or tool ("Trained the team on Opera Cloud",
    "taught the crew to use TrackMate"): its object is the tool, not a person's growth."""
    for m in _tool_training().finditer(line):
        taught = line[m.end() : m.end() + TAUGHT_CHARS]
        if taught[:1].isupper() or any(
            s.category in skill_lexicon.TOOL_CATEGORIES
            for s in skill_lexicon.extract_skills(taught)
        ):
            return True
    return False


def _core_only_as_tool_training(focus: Focus, line: str) -> bool:
    """The line meets the question's core only through a skill its training verb implies
    ("Trained the team on Opera Cloud" read as mentoring), and what it trained was a tool:
    no example of developing a person."""
    met = focus.core & set(matched_terms(focus, line))
    return bool(met) and all(t.startswith(SKILL_TERM) for t in met) and teaches_a_tool(line)


# Another CV line is closer to the question only by more than this much focal weight: a tie
# (two lines each taking up one term of "recipe, packaging and overhead") decides nothing.
CLOSER_MARGIN = 0.1


def _work_lines(cv_text: str) -> list[str]:
    """The lines the CV gives under its roles and projects, as written: its pieces of work,
    not its skills list, summary or headings."""
    profile = cv_profile(cv_text)
    lines = [h for role in profile.roles for h in role.highlights]
    lines += [p.text for p in profile.projects]
    return [" ".join(line.split()) for line in lines if not is_contact_or_header(line)]


def _quoted(line: str, question: str) -> bool:
    """The question quotes the CV line ("Your CV mentions…: "Preventive maintenance on four
    trucks""): it is where the question comes from, not another example."""
    return " ".join(line.split()).rstrip(".").lower() in " ".join(question.split()).lower()


def closer_line(focus: Focus, line: str, cv_text: str, told: frozenset[str] = frozenset()) -> bool:
    """Another piece of work the CV lists is closer to the question than `line`: it takes up a
    core term of the question's focus that `line` lacks, and more of the focus in all.

    "Completed child and family assessments within 45 days" shares words with a question on
    section 47 enquiries, but a CV that also says "Lead section 47 enquiries jointly with
    police" has its example of them elsewhere: the assessments line is no example to cite.
    Lines in `told` (quoted by the question, told by the answer) are the story itself, not a
    closer example.
    """
    if not focus.terms:
        return False
    own = set(matched_terms(focus, line))
    own_weight = sum(focus.terms[t] for t in own)
    key = " ".join(line.split()).rstrip(".").lower()
    for other in _work_lines(cv_text):
        if key in other.lower() or other.lower().rstrip(".") in key:
            continue  # the line itself, or the line it was cut from
        if any(t.lower() in other.lower() or other.lower() in t.lower() for t in told):
            continue
        theirs = set(matched_terms(focus, other))
        closer = sum(focus.terms[t] for t in theirs) > own_weight + CLOSER_MARGIN
        if (theirs - own) & focus.core and closer:
            return True
    return False


def stronger_answer(
    a: AnswerAssessment,
    cv_text: str,
    skills: Sequence[str],
    company: str = "",
    used_cv_lines: set[str] | None = None,
    tools: Sequence[str] = (),
    used_sentences: set[str] | None = None,
) -> list[str]:
    """Three or four lines a stronger answer to this question would follow.

    `skills` are the job's skills this question is about, as written mid-sentence, `tools`
    the hard ones among them; `used_cv_lines` collects the CV lines cited so far, so each
    question cites a different one; `used_sentences` the outline sentences given so far in
    the report, so none is repeated in another question (a variant is used, or it is left
    out).
    """
    used = used_cv_lines if used_cv_lines is not None else set()
    said = used_sentences if used_sentences is not None else set()
    cv_line = fitting_achievement(a, cv_text, tuple(skills), frozenset(used))
    if cv_line:
        used.add(cv_line)
    values = {
        "cv": quote_cv(cv_part(cv_line, a.reading.topic_question)) if cv_line else "",
        "action": "",
        "opening": _opening(a) or "",
        "figures": figure_list(a),
        "skill": skills[0] if skills else "",
        # Work the CV or the answer already shows is no reason to want the role.
        "new_skill": next(iter(new_to_candidate(skills, f"{cv_text}\n{a.answer}")), ""),
        # "How you used X" is asked only of a tool the question itself names.
        "tool": next((t for t in tools if tool_asked(t, a.reading.text)), ""),
        "activity": "",
        "company": company or "this organisation",
        "result": "",
        "asked": "",
        "beyond": "",
    }
    if values["tool"] and is_activity(values["tool"]):
        # "how you used data entry": an activity is gone about, not used.
        # An activity is a common noun mid-sentence ("spend analysis"), its acronyms kept.
        values["activity"] = re.sub(r"\b[A-Z][a-z]+\b", lambda m: m.group().lower(), values["tool"])
        values["tool"] = ""
    endings = ending_sentences(a)
    result = best_result_sentence(endings)
    if result and (
        not lexicons().star_strong["result"].spans(normalise_quotes(result.lower()))
        or led_by_action(result)
    ):
        result = None  # "I stopped all work on that elevation…" is an action, not a result
    # A result that already carries a figure, a time or a count needs no number put on it:
    # it is kept as it is ("we recalled him within 24 hours").
    counted = measured_outcome(endings)
    if not counted:
        # "Everything was back on air within twelve minutes, and afterwards I wrote the
        # report": a measured outcome before a last step of the candidate's.
        heads = (measured_head(t) for t in reversed(endings[-RESULT_TAIL_SENTENCES:]))
        counted = next((h for h in heads if h), None)
    if counted:
        result = counted
    if result:
        result = ranked_clause(result, a.signals.sentences)
    values["result"] = quote(result, QUOTE_CHARS) if result else ""
    whole_result = best_result_sentence(endings)
    # The answer ends on, or holds, a result it measures.
    ends_measured = bool(values["figures"] or counted or measured_ending(a))
    s = a.signals
    # An outcome told in plain words ("the dog went home on day seven") is kept as it is: it
    # needs no "what changed", and a number is not what it lacks.
    # In a two-line answer ("it went fairly well in the end") it is no result to build on.
    plain = None
    if not result and s.word_count >= BRIEF_WORDS:
        # Only an outcome counts: not a tool, a habit or a duty told in the present.
        plain = outcome_in_words([t for i, t in enumerate(s.sentences) if i == 0 or t in endings])

    def keep_plain() -> str:
        values["result"] = quote(plain, QUOTE_CHARS) if plain else ""
        return pick("story", "result_keep", "result_new")

    def pick(group: str, *keys: str) -> str:
        for key in keys:
            entry = lines()[group][key]
            for text in [entry] if isinstance(entry, str) else entry:
                needed = [n for n in values if "{" + n + "}" in text]
                if not all(values[n] for n in needed):
                    break  # the variants of one line need the same values
                line = text.format(**values)
                if line not in said:
                    said.add(line)
                    return line
        return ""

    def result_line(drifting: bool) -> str:
        """The line on how the story ended, kept where it has an ending of its own."""
        if drifting:
            return pick("story", "result_new")
        ending = whole_result or result or plain or ""
        if ending and meaning_told(a, ending):
            return ""  # it ends on its result and what the result meant: nothing to add
        if values["figures"] and whole_result:
            # Figures cut from their sentence ("“8%” and “61%”") may be the state before, or
            # the scale, and read as fragments: the clause holding them says what they measure.
            values["result"] = quote(whole_result, QUOTE_CHARS)
            return pick("story", "result_keep", "result_figures")
        if values["figures"]:
            return pick("story", "result_figures")
        told = result and s.star["result"] >= 0.5
        if counted or (
            told and (s.word_count >= BRIEF_WORDS or lexicons().number_words.spans(result.lower()))
        ):
            # "His lateness stopped" is a whole result: it is kept, not sent for a number.
            # "…and it all worked out" in a two-line answer is no result to build on.
            return pick("story", "result_keep", "result_new")
        if plain:
            return keep_plain()
        return pick("story", "result_new")

    if a.off_topic or not a.answered:
        out = [pick("off_topic", "answer"), pick("off_topic", "example_cv", "example_new")]
    elif a.reading.wants_story and a.reading.asks_result:
        # A follow-up asked for the result only: the advice is about the result.
        if new_story(a):
            # Another story told instead: its result is no ending for the one asked about.
            out = [pick("story", "result_previous")]
        elif values["figures"] and whole_result:
            # The clause holding the figures, not the figures cut from it.
            values["result"] = quote(whole_result, QUOTE_CHARS)
            out = [pick("story", "result_keep", "result_figures")]
        elif values["figures"]:
            out = [pick("story", "result_figures")]
        elif counted:
            out = [pick("story", "result_keep", "result_new")]
        elif s.star["result"] >= 0.5 and result:
            out = [pick("story", "result_quantify", "result_new")]
        elif plain:
            out = [keep_plain()]
        else:
            out = [pick("story", "result_new")]
        out.append(pick("story", "measure"))
    elif a.reading.wants_story:
        opening = s.sentences[0].lower() if s.sentences else ""
        drifting = beside_topic(a)
        # A rambling answer's opening and shape are no model, nor the opening of an answer
        # that names no occasion ("Training is something I'm really passionate about…"):
        # "keep your opening short, as it is" would praise what the advice asks to change.
        long_winded = any(applies(r, a) for r in ("too_long", "rambling", "no_occasion"))
        keep_opening = (
            not drifting
            and not long_winded
            and bool(s.sentences)
            and _opening_to_keep(s.sentences[0])
            and (s.star["situation"] >= 0.5 or scene_set(a))
            and len(s.sentences) >= 3
            and not lexicons().hypothetical.spans(normalise_quotes(opening))
        )
        # The first sentence of a story sets its scene ("I worked with a nine-year-old boy
        # who…"): a step to keep is looked for after it.
        later = keep_opening or len(s.sentences) >= STORY_SENTENCES
        values["action"] = action_sentence(a, skip=1 if later else 0) or ""
        # "Keep your own steps (“I did a lot on subscriptions”)" keeps nothing.
        if a.parts["evidence"].score < SOLID_EVIDENCE and not figures(values["action"]):
            values["action"] = ""
        # Own steps and an ending, in an answer long enough to tell them: a story's shape.
        told = s.word_count >= BRIEF_WORDS
        own_steps = told and own_part_clear(a)
        ended = told and tells_result(a)
        if keep_opening:
            scene = pick("story", "scene_keep")
        elif own_steps and ended and not drifting:
            # An occasion on the question, told with its own steps and its ending, needs no
            # other occasion.
            scene = ""
        else:
            scene = pick("story", "scene_cv", "scene_new")
        out = [scene]
        # A story on another matter is replaced, not completed: its new outline needs the
        # scene, the steps and the result, not a generic line on the brief.
        # A vague answer needs a story first: a line on its brief would polish nothing.
        # An answer that says what was the candidate's to do has its brief.
        if (
            s.star["task"] < 0.5
            and not drifting
            and s.word_count >= BRIEF_WORDS
            and not responsibility_stated(a)
            # Steps told in "I" show what was the candidate's to do: a line on the brief
            # would ask for what the story already makes plain.
            and not own_steps
        ):
            out.append(pick("story", "task"))
        if drifting and (own_steps or ended) and not long_winded:
            # A story on another matter that has its own steps or its ending: the occasion
            # to tell instead keeps that shape; asking for the parts reads as if they were
            # missing. Its words and figures are not kept: they belong to the wrong occasion.
            if own_steps and ended:
                shape = "shape_both" if measured_change(a) else "shape_steps"
            else:
                shape = "shape_steps" if own_steps else "shape_result"
            # A question asking for more than steps and an ending (the reasons for a choice,
            # the trade-offs, what was learned) is answered in that shape, not this story's.
            values["beyond"] = beyond_steps(a.reading.text)
            out.append(pick("story", "shape_asked") if values["beyond"] else pick("story", shape))
        else:
            # A story that does not answer the question is no base to build on: its steps and
            # figures would be kept for the wrong occasion.
            if (values["action"] or own_steps) and reasons_told(a) and not drifting:
                pass  # its own steps come with their reasons: "add why" asks for them again
            elif values["action"] and not drifting:
                out.append(pick("story", "action_keep"))
            elif own_steps and not drifting:
                # Its own steps are there, told plainly: what they lack is the why.
                out.append(pick("story", "action_why", "action_new"))
            else:
                out.append(pick("story", "action_skill", "action_activity", *_new_action(a)))
            # An answer that names no occasion has no ending of its own to keep: a description
            # of the usual ("we have a skills plan, which…") is no result.
            out.append(result_line(drifting or applies("no_occasion", a)))
    elif a.reading.wants_reflection:
        # A lesson, the occasion that taught it, how practice changed: each line only where
        # the answer lacks that part.
        r = s.reflection
        out = [
            "" if r["lesson"] >= WEAK_PART else pick("reflection", "lesson"),
            "" if reflection_occasion(a) else pick("reflection", "occasion_cv", "occasion"),
            "" if r["change"] >= WEAK_PART else pick("reflection", "change"),
        ]
        if not any(out):
            out = [pick("reflection", "keep_order")]
    elif a.reading.kind == "motivation":
        # "What carries over from your current work?" asks for no reason to want the role.
        if not asks_reason(a):
            opening = pick("motivation", "carry_over")
        elif specific_reason(a):
            opening = ""
        else:
            opening = pick("motivation", "reason_skill", "reason")
        # A reason already tied to work the answer tells ("…which is the part of my job I
        # want to grow") needs no line asking for the link.
        linked = s.motivation["reason"] >= WEAK_PART and (
            linked_to_own_work(a) or reason_builds_on_work(a)
        )
        link = "" if linked else pick("motivation", "link_cv", "link_new")
        # An answer that already closes on what it would bring needs no line asking for it.
        bring = "" if brings_told(a) else pick("motivation", "bring")
        learn = pick("motivation", "learn_how") if learning_how_missing(a) else ""
        out = [opening, link, learn or bring]
    elif a.reading.kind == "closing":
        # "Start with how you would learn" is no advice to an answer that already does.
        out = [] if learns_first(a) else [pick("closing", "listen")]
        # A plan already laid out in order ("in the first month…, by two months…") has its
        # priorities: asking for them again is advice it already follows.
        if s.plan["steps"] < ORDERED_PLAN and not sets_priorities(a):
            out.append(pick("closing", "priorities_skill", "priorities"))
        # A specific plan is backed by its own detail: a past line beside it is no advice.
        if cv_line and not specific_first_months(a):
            out.append(pick("closing", "backing_cv"))
        # A plan that names what it would have achieved by then, or how it would know it was
        # going well, has its measure.
        if not tells_success_sign(a):
            out.append(pick("closing", "measure"))
    else:
        values["action"] = action_sentence(a) or ""
        drifting = beside_topic(a)
        # An example is worth keeping only when it has substance: an action of one's own
        # with a figure or a named thing, not "I improved one and it worked better after".
        solid = bool(values["action"]) and (
            bool(figures(values["action"])) or a.parts["evidence"].score >= SOLID_EVIDENCE
        )
        has_steps = s.plan["steps"] >= 0.3 and bool(s.sentences)
        if s.word_count >= BRIEF_WORDS and ignores_clash(a):
            # Two demands at once answered with a plan for one: the plan to give starts
            # from choosing between them, not from the steps of either.
            steps = pick("plan", "steps_clash")
        elif (
            has_steps
            and not drifting
            and s.word_count >= MIN_WORDS_TO_KEEP
            and not says_nothing_of_its_own(s.sentences[0])
        ):
            steps = pick("plan", "steps_keep")
        elif has_steps and drifting and s.word_count >= MIN_WORDS_TO_KEEP:
            # Clear steps for another situation: the plan to give is for the one asked, not
            # the same steps again.
            values["asked"] = asked_about(question_focus(a.reading.text), a.reading.text) or ""
            steps = pick("plan", "steps_topic_named", "steps_topic")
        else:
            steps = pick("plan", "steps_new")
        if s.told_example >= 0.5 and solid and not drifting:
            backing = pick("plan", "backing_keep")
        elif s.told_example >= 0.5 or backed_by_record(a):
            # It has an example: on another matter, once the plan is on the question its
            # backing follows; on this one, asking for "an occasion" beside it says nothing.
            backing = ""
        else:
            backing = pick("plan", "backing_cv", "backing_new")
        out = [steps, pick("plan", "reasoning"), backing]
        # An example on the question that ends on its own measured result has shown how
        # success is known: asking how it would be measured reads as if it had not.
        # A plan naming what it would have achieved has said how success would be known.
        # A question setting its own parts (what first, whom to involve, what to tell) does
        # not ask for a measure: a line asking for one misses what it asks.
        wants_check = drifting or (
            (s.told_example < 0.5 or not ends_measured) and not tells_success_sign(a)
        )
        if wants_check and not asks_other_parts(a):
            check = ("check_new",) if drifting else ("check_figures", "check_new")
            out.append(pick("plan", *check))
    return [line for line in dict.fromkeys(out) if line]
