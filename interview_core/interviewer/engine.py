"""The interviewer's decisions: what to ask next, given the plan and the answers so far.

It keeps no state between calls: every call re-reads the turns so far. It replays its own
decisions for earlier turns, and when an earlier question came from another provider (after a
fallback) it infers which topics that question covered instead.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache

from wordfreq import zipf_frequency

from ..context import InterviewContext, Turn
from ..language import denials
from ..language.dates import reference_date
from ..language.profile import analyse_cv, analyse_job
from ..language.skills import (
    Skill,
    display_term,
    extract_skills,
    hard_skills,
    is_credential,
    surface_forms,
)
from ..language.text import content_stems, content_words, is_same_question
from . import stored
from .answers import (
    AnswerSignals,
    admits_gap,
    asks_occasion,
    is_bare_claim,
    is_everyday_tool,
    lemma_set,
    own_term,
    read,
    read_answer,
    said_as_done,
    tells_life_outside_work,
    tells_one_occasion,
    tells_own_doing,
    tells_own_occasion,
    tells_past,
    tells_plan_only,
    touches_topic,
    working_world,
)
from .corrections import Corrections, question_terms, read_corrections
from .duties import with_text_duties
from .employers import trusted_employers
from .fluency import is_fluent
from .other_work import other_work_story
from .phrases import as_duty, stable_int, trait_form
from .plan import (
    Asked,
    Documents,
    PlanItem,
    State,
    build_plan,
    duty_lines,
    is_askable,
    is_chosen_tool,
    skill_kind,
    term_for,
)
from .render import Renderer, brief_duty, employer_of, measurable_in, spoken_title
from .told import (
    about_line,
    admits_line,
    admitted_parts,
    common_pairs,
    tells_line,
    tells_skill,
    title_stems,
)
from .wording import templates

# Follow-ups that press on a weak answer (a tangent follow-up is not one); "gap" asks, after
# an honest "I haven't done that", what the candidate would build on or learn.
PROBES = frozenset({"example", "outcome", "redirect", "focus", "gap"})
# Probes that may be folded into the next planned question's lead-in when slots run short.
_FOLDABLE = frozenset({"example", "outcome", "redirect", "focus"})
# The probe each weak reading of an answer calls for.
PROBE_OF = {
    "vague": "example",
    "no_outcome": "outcome",
    "off_topic": "redirect",
    "rambling": "focus",
}


# Questions with a topic of their own (a duty, a skill, a CV line): a quality the candidate
# claims in answer to one is no new topic to take up.
_TOPICAL = frozenset({"duty", "story", "deep", "gap", "project", "role"})

# Questions on the field's own work (a duty, a skill of the trade): a story from another line
# of work told for one is asked back to the field (`other_work.py`).
_FIELD_WORK = frozenset({"duty", "story", "deep"})
# Readings of an answer that tell a story the interviewer takes in (off-topic and rambling
# answers have probes of their own).
_HEARD = frozenset({"ok", "vague", "no_outcome"})

# Plan items on a duty or requirement of the job that an owned-up gap may be about.
_ADMITTABLE = frozenset({"duty", "story", "gap", "soft"})

# Plan items whose payload is the job or CV line the question is built on.
_BUILT_ON_PAYLOAD = frozenset({"duty", "story", "role", "project"})


# A word of the job description rarer than this in everyday English (wordfreq's Zipf scale)
# names a thing the job asks for ("Azure", "audits"), not any word ("work", "team").
_JOB_WORD_MAX_ZIPF = 5.0

# A duty said by this many questions already is not said again by a probe: "that work".
_DUTY_SAID_MAX = 2

# An interview covers at least this many of the job's duties (see `_duties_first`).
_DUTIES_WANTED = 3

# With this many non-closing slots left (this one included), and no planned question after
# the opener yet asking for an occasion the candidate lived, the next planned one asks for one.
_PAST_EXAMPLE_BY = 3

# At most this many follow-ups in a row on one question's topic; then the interview moves on
# to a duty of the job no question has said yet.
_FOLLOWUPS_IN_A_ROW = 2


def _says_duty(question: str, line: str) -> bool:
    """Whether a question says a duty of the job: half its words of substance (two at
    least) in any form, its examples among them (a duty said without its examples, "lead
    improvement projects", may leave the candidate unsure which work is meant)."""
    found = as_duty(line, duty=True)
    wanted = content_stems(found[1] if found else line)
    have = content_stems(question)
    return len(wanted) >= 2 and len(wanted & have) >= max(2, len(wanted) / 2)


@dataclass(frozen=True)
class Decision:
    text: str
    asked: Asked


class Interviewer:
    """Plans and writes questions for one pair of documents."""

    def __init__(self, docs: Documents) -> None:
        self.docs = docs
        self.plan = build_plan(docs)
        self.render = Renderer(docs)
        self.ordinal: dict[str, int] = {}
        for item in self.plan:
            same_kind = [i for i in self.plan if i.kind == item.kind]
            self.ordinal[item.key] = same_kind.index(item)
        # The candidate's working world: an answer that touches none of it is off the topic.
        self.context = working_world(docs.cv_text, docs.jd_text)
        job = docs.job
        self.job_skills = {*job.skills, *job.nice_to_have, *job.soft_skills}
        # The names the interviewer may say that a candidate may correct.
        roles = docs.cv.roles
        self.names = tuple(
            dict.fromkeys(
                n
                for r in roles
                for n in (employer_of(r), r.title, spoken_title(r.title or ""))
                if n and len(n) > 2
            )
        )
        self.job_words = frozenset(lemma_set(docs.jd_text))
        self.plan_skills = {
            i.skill for i in self.plan if i.skill is not None and i.kind in ("deep", "gap")
        }
        self._replayed = _ReplayCache()
        # Pairs of words that name the field, not one piece of its work (`told.py`).
        self._common_pairs = common_pairs(docs.job_title, docs.job.responsibilities)
        self._title_stems = title_stems(docs.job_title)

    def next_question(self, turns: Sequence[Turn], max_questions: int) -> str:
        """The question after `turns`, replaying (or inferring) what each earlier one was."""
        return self.next_decision(turns, max_questions).text

    def next_decision(self, turns: Sequence[Turn], max_questions: int) -> Decision:
        """The next question and what it is about (its kind, skill, whether it probes)."""
        state = self.replay(turns, max_questions)
        decision = self._decide(turns, state, max_questions)
        self._replayed.put(max_questions, turns, state, decision)
        return decision

    def replay(self, turns: Sequence[Turn], max_questions: int) -> State:
        """What each earlier question was: replayed when this engine asked it, else inferred.

        Decisions are pure functions of the turns before them, so the state after a prefix
        (and the decision made there) is cached: question 8 replays no earlier question.
        """
        start, state, known = self._replayed.longest(max_questions, turns)
        for index in range(start, len(turns)):
            turn = turns[index]
            decision = known or self._decide(turns[:index], state, max_questions)
            known = None
            if decision.text.strip() == turn.question.strip():
                state.add(decision.asked)
            else:
                state.add(self._infer(turn.question, turns[:index]))
        return state

    # -- reading earlier questions --

    def _infer(self, question: str, before: Sequence[Turn]) -> Asked:
        """What another provider's question covered, judged by the topics it names."""
        lowered = question.lower()
        covers = []
        for item in self.plan:
            if item.skill is not None and (
                item.skill.name.lower() in lowered
                or term_for(self.docs, item.skill).lower() in lowered
            ):
                covers.append(item.key)
        skill = next((i.skill for i in self.plan if i.key in covers), None)
        if re.search(r"concrete example|specific example|how did you measure", lowered):
            return Asked("foreign", "foreign", skill, "example", tuple(covers), question)
        return Asked(f"foreign:{len(before)}", "foreign", skill, None, tuple(covers), question)

    # -- deciding --

    def _fresh(
        self, options: Sequence[str], previous: Sequence[str], fix: Corrections | None = None
    ) -> str | None:
        """The first option that is fluent and asks nothing asked before; among those, the
        first that does not open as an earlier question did (a person varies their wording:
        the options come best first, so this is the best variant not yet used). `fix`: what
        the candidate corrected, so no option repeats a name or a term they turned down."""
        if fix is not None:
            options = fix.apply(options)
        fresh = [
            text
            for text in options
            if is_fluent(text) and not any(is_same_question(text, p) for p in previous)
        ]
        used = {opening(p) for p in previous}
        # Nor, where it can, ends as one did: two duty questions that both close on "How do
        # you handle that in your current work…?" sound like a form being read out.
        ends = {ending(p) for p in previous}
        varied = [t for t in fresh if opening(t) not in used]
        return next(
            (t for t in varied if ending(t) not in ends),
            varied[0] if varied else fresh[0] if fresh else None,
        )

    def corrections(self, turns: Sequence[Turn]) -> Corrections:
        """What the candidate has corrected so far: names, and terms they denied."""
        exchanges = tuple((t.question, t.answer or "") for t in turns)
        exclude = (*self.names, self.docs.company, self.docs.job_title)
        fix = read_corrections(exchanges, self.names, lambda q: question_terms(q, exclude))
        # The title of the job applied for is no statement about the candidate: kept.
        job_titles = {self.docs.job_title, spoken_title(self.docs.job_title)}
        return replace(fix, retracted=fix.retracted - job_titles)

    def _decide(self, turns: Sequence[Turn], state: State, max_questions: int) -> Decision:
        decision = self._choose(turns, state, max_questions)
        term = self._denied_now(turns)
        if not term:
            return decision
        # The candidate turned down a term the last question gave them ("I wouldn't call
        # myself a PLC programmer"): said so, once, before the next question, which never
        # asks about it again (see `Corrections`).
        spoken = " ".join(w if w.isupper() else w.lower() for w in term.split())
        ack = self.render.denial_ack(spoken, salt=f"{len(turns) + 1}", before=decision.text)
        if not ack:
            return decision  # the question acknowledges the answer itself
        text = f"{ack} {decision.text}"
        return Decision(text, replace(decision.asked, text=text))

    def _denied_now(self, turns: Sequence[Turn]) -> str:
        """The term of the last question that its answer turned down ("" when none)."""
        if len(turns) < 2 or not turns[-1].answer:
            return ""
        exclude = (*self.names, self.docs.company, self.docs.job_title)
        terms = question_terms(turns[-1].question, exclude)
        return next((t for t in terms if denials.denies_term(t, turns[-1].answer)), "")

    def _choose(self, turns: Sequence[Turn], state: State, max_questions: int) -> Decision:
        number = len(turns) + 1
        previous = [t.question for t in turns]
        fix = self.corrections(turns)
        if number >= max_questions and number > 1:
            # The close is one question of its own: probes happen up to the question before
            # it, and a weak answer to that one is not folded into the close ("…, and then
            # tell me…" puts two questions in one turn).
            requirement = self._closing_requirement(turns, state, previous, fix)
            if requirement is not None:
                return requirement
            options = self.render.closing()
            text = self._fresh(options, previous, fix) or options[0]
            return Decision(text, Asked("closing", "closing", text=text))
        if number == 1:
            options = self.render.opener()
            text = self._fresh(options, previous, fix) or options[0]
            return Decision(text, Asked("opener", "opener", text=text))

        follow = self._followup(turns, state, max_questions, previous, fix)
        squeezed = follow is not None and self._squeezes_must(follow, state, turns, max_questions)
        if follow is not None and not squeezed:
            return follow
        folded = follow.asked.followup if follow is not None else None

        answers = [t.answer or "" for t in turns]
        # A duty an earlier answer already covered well (read as a full answer, on the
        # duty's words) is not asked again, must or not: another is asked in its place.
        good = [t.answer or "" for t in turns if self._answered_well(t, state)]
        # A piece of work an answer told with the candidate's own steps and its outcome is
        # not asked next as if unheard, whatever question it answered (see `told.py`).
        full = [t.answer or "" for t in turns if self._told_in_full(t)]
        remaining_plan = self._remaining(state, answers, good, full, self._admitted(turns))
        slots = max_questions - number  # non-closing slots left, this one included
        musts = [i for i in remaining_plan if i.must]
        queue = musts if len(musts) >= slots else remaining_plan
        moved_on = _followup_run(state) >= _FOLLOWUPS_IN_A_ROW
        queue = self._duties_first(queue, previous, slots, moved_on)
        # The interview asks for one occasion the candidate lived, besides the opener: when
        # probes have taken the slots of the planned one and few are left, the next planned
        # question is put as one (a story, a duty's "one example"), never as a plan only.
        past = self._past_example_wanted(state, slots)
        for wanted in (True, False) if past else (False,):
            for item in queue:
                options = self.render.planned(item, self.ordinal[item.key], answers)
                if wanted:
                    options = [o for o in options if asks_past_example(o)]
                if folded is not None:
                    options = self._with_lead(options, folded, f"{number}")
                text = self._fresh(options, previous, fix)
                if text is None:
                    continue
                where = item.cv.employer if item.cv is not None else None
                duty = self.render.duty_topic(item)
                asked = Asked(
                    item.key,
                    item.kind,
                    item.skill,
                    text=text,
                    where=where,
                    duty=duty,
                    folded=folded,
                )
                return Decision(text, asked)
        if follow is not None:
            return follow  # no planned question takes the lead-in: the probe is asked alone
        # Everything planned has been asked (or asked by someone else): one more open one.
        options = self.render.extra()
        text = self._fresh(options, previous, fix) or options[number % len(options)]
        return Decision(text, Asked(f"extra:{number}", "generic", text=text))

    def _squeezes_must(
        self, follow: Decision, state: State, turns: Sequence[Turn], max_questions: int
    ) -> bool:
        """Whether a probe asked as a question of its own would leave too few slots for the
        must-asks still to come (the duties, the behavioural question, leading people): then
        it is folded into the next planned question's lead-in instead. A requirement the
        close can carry, and the role-level scene (it gives way to probes),
        need no slot of their own; nor does a follow-up on an admitted gap or a tangent."""
        if follow.asked.followup not in _FOLDABLE:
            return False
        slots = max_questions - len(turns) - 1  # non-closing slots left, this one included
        return len(self._musts_wanted(state, turns)) > slots - 1

    def _musts_wanted(self, state: State, turns: Sequence[Turn]) -> list[PlanItem]:
        """The must-ask items still to ask that need a slot before the close (none on a gap
        the candidate owned up to: it is not asked again)."""
        admitted = self._admitted(turns)
        musts = [
            i for i in self.plan if i.must and i.key not in state.covered and i.key not in admitted
        ]
        # The role-level scene gives way to a probe (it asks what they would do, and a probe
        # asks for what they did); the close asks the requirement in the job's own words when
        # no slot was left for it.
        return [i for i in musts if i.kind != "role" and not (i.kind == "gap" and i.skill is None)]

    def _with_lead(self, options: Sequence[str], probe: str, salt: str) -> list[str]:
        """`options` each with a lead-in folding a probe of `probe`'s kind into it."""
        out: list[str] = []
        for option in options:
            leads = self.render.folded_lead(probe, is_hypothetical(option), salt=salt)
            out += [f"{lead} {option}" for lead in leads]
        return out

    def _past_example_wanted(self, state: State, slots: int) -> bool:
        """Whether the next planned question must ask for an occasion the candidate lived:
        no planned question after the opener has (`asks_past_example`), and the slots left
        before the close (`slots`, this one included) are the last few, where a probe may
        still take one."""
        if slots > _PAST_EXAMPLE_BY:
            return False
        return not any(
            a.followup is None and a.kind not in ("opener", "closing") and asks_past_example(a.text)
            for a in state.asked
        )

    def _duties_first(
        self,
        queue: Sequence[PlanItem],
        previous: Sequence[str],
        slots: int,
        moved_on: bool = False,
    ) -> list[PlanItem]:
        """`queue` with the questions on a duty no question has said yet first, when fewer
        than three of the job's duties have been said and the slots left (`slots`, this one
        included) barely hold the rest: probes and deep-dives that named no duty may have
        taken the slots, and an interview covers three duties at least. With room to spare
        the plan's order stands (a probe may still come before the next planned question).
        `moved_on`: the interview leaves a topic after two follow-ups on it, and goes to a
        duty not yet said whatever the room left."""
        lines = self.docs.job.responsibilities
        said = [line for line in lines if any(_says_duty(q, line) for q in previous)]
        needed = _DUTIES_WANTED - len(said)
        if not moved_on and (needed <= 0 or slots > needed + 1):
            return list(queue)
        fresh = [
            i
            for i in queue
            if i.kind in ("duty", "story") and not any(_says_duty(q, i.payload) for q in previous)
        ]
        return [*fresh, *(i for i in queue if i not in fresh)]

    def _duties_without_scenario(self, previous: Sequence[str], musts: Sequence[PlanItem]) -> bool:
        """Whether the interview says three of the job's duties without its role-level
        scenario: those the questions so far said, and the duty questions still to ask."""
        lines = duty_lines(self.docs.job)
        said = [line for line in lines if any(_says_duty(q, line) for q in previous)]
        coming = [
            i
            for i in musts
            if i.kind in ("duty", "story") and not any(_says_duty(line, i.payload) for line in said)
        ]
        return len(said) + len(coming) >= _DUTIES_WANTED

    def _admitted(self, turns: Sequence[Turn]) -> frozenset[str]:
        """The plan items on a gap an answer owned up to ("I haven't managed anyone yet"):
        met once, by the follow-up on the gap, and never asked about again."""
        parts = admitted_parts([d for t in turns for d in denials.denial_sentences(t.answer or "")])
        if not parts:
            return frozenset()
        return frozenset(
            i.key
            for i in self.plan
            if i.kind in _ADMITTABLE
            and any(
                admits_line(line, i.skill, parts)
                for line in (i.payload if i.kind in _BUILT_ON_PAYLOAD else "", i.jd_line)
                if line
            )
        )

    def _remaining(
        self,
        state: State,
        answers: Sequence[str],
        good: Sequence[str],
        full: Sequence[str] = (),
        admitted: frozenset[str] = frozenset(),
    ) -> list[PlanItem]:
        """The planned items still to ask, in order, without the duties the answers already
        covered: a story the candidate told unasked is left out; a must-ask duty an answer
        covered well gives its place to another duty of the job, when one is left (the
        interview still covers as many of the job's duties). `full`: the answers that told
        the candidate's own steps and an outcome; the work one of them names (a duty, the CV
        line a deep-dive is built on) is covered too."""
        todo = [i for i in self.plan if i.key not in state.covered and i.key not in admitted]
        told = {
            i.key
            for i in todo
            if self._told_already(i, good if i.must else answers) or self._told_in(i, full)
        }
        spare = [
            i for i in todo if i.kind in ("duty", "story") and not i.must and i.key not in told
        ]
        # Duties asked already in the place of a covered must-ask keep that place.
        stood_in = sum(
            1
            for i in self.plan
            if i.kind in ("duty", "story") and not i.must and i.key in state.covered
        )
        out: list[PlanItem] = []
        later: list[PlanItem] = []
        for item in todo:
            if item.key in told and not item.must:
                continue
            if item.key in told and stood_in:
                stood_in -= 1
                continue
            if item.key in told and spare:
                # In its kind: a story's place goes to a story on the other duty; a
                # deep-dive's to a duty question.
                kind = item.kind if item.kind in ("duty", "story") else "duty"
                out.append(replace(spare.pop(0), kind=kind, must=True))
                continue
            if item.key in told and item.kind not in ("duty", "story"):
                continue  # a deep-dive on work told already: nothing new to ask
            if item.key in told and self._told_in(item, full):
                # No other duty left to stand in: the one just told is asked last, only
                # when the rest leave room, never next as if the answer went unheard.
                later.append(replace(item, must=False))
                continue
            out.append(item)
        seen: set[str] = set()
        return [i for i in (*out, *later) if not (i.key in seen or seen.add(i.key))]

    def _told_in_full(self, turn: Turn) -> bool:
        """Whether an answer tells the candidate's own steps and an outcome: a full account,
        by its own words (not a probe's pressing, which may have made up for a weak one)."""
        answer = turn.answer or ""
        return read(turn.question, answer, self.context).kind == "ok" and tells_own_doing(answer)

    def _told_in(self, item: PlanItem, answers: Sequence[str]) -> bool:
        """Whether one of `answers` names the work `item` is built on: a duty's line, or the
        CV and job lines of a deep-dive or a project, or the skill a deep-dive is on named
        (by any of the lexicon's names for it) in the candidate's own account (see
        `told.tells_line`, `told.tells_skill`)."""
        if not answers:
            return False
        if item.kind in ("duty", "story"):
            lines = [item.payload]
        elif item.kind in ("deep", "project"):
            lines = [item.payload, item.cv.text if item.cv is not None else "", item.jd_line]
        else:
            return False
        common, field = self._common_pairs, self._title_stems
        if any(tells_line(line, a, common, field) for line in lines if line for a in answers):
            return True
        skill = item.skill
        return (
            item.kind == "deep"
            and skill is not None
            and not skill.is_soft
            and not is_credential(skill)
            # A tool ("React", "Figma") is used in many stories: a deep-dive on one asks about
            # the use its CV line quotes, told only by the line's own words.
            and skill_kind(skill) != "tool"
            and any(tells_skill(skill, a) for a in answers)
        )

    def _answered_well(self, turn: Turn, state: State) -> bool:
        """Whether an answer told a full account: neither weak (vague, without an outcome, off
        the question, rambling) nor an answer to a probe's pressing; an opener's account of
        the candidate's work needs no result."""
        index = next((n for n, a in enumerate(state.asked) if a.text == turn.question), None)
        asked = state.asked[index] if index is not None else None
        kind = read(turn.question, turn.answer or "", self.context).kind
        opener = asked is not None and asked.kind == "opener"
        return kind == "ok" or opener and kind == "no_outcome"

    def _told_already(self, item: PlanItem, answers: Sequence[str]) -> bool:
        """Whether an earlier answer already covers the duty a planned question is about."""
        if item.kind not in ("duty", "story"):
            return False
        found = as_duty(item.payload, duty=True)
        if found is None:
            return False
        wanted = content_stems(found[1])
        if len(wanted) < 3:
            return False
        need = max(3, round(len(wanted) * 2 / 3))
        return any(len(wanted & content_stems(a)) >= need for a in answers)

    def _followup(
        self,
        turns: Sequence[Turn],
        state: State,
        max_questions: int,
        previous: Sequence[str],
        fix: Corrections | None = None,
    ) -> Decision | None:
        """A probe after a weak answer, or a follow-up on a new thread; None to move on.

        A vague, outcome-less, off-topic or rambling answer is always probed once, whatever
        came before (also after a tangent follow-up, also at the second-to-last question):
        only the closing question outranks it. An answer to a probe is not probed again.
        """
        number = len(turns) + 1
        if not state.asked or not turns or number >= max_questions:
            return None
        last = state.asked[-1]
        if last.kind == "closing":
            return None
        if _followup_run(state) >= _FOLLOWUPS_IN_A_ROW:
            # Two follow-ups on one question's topic are enough: a third (a result asked,
            # then the point, then a way back) uses up the interview on one duty while the
            # job's other duties go unasked. The interview moves on (`_duties_first`).
            return None
        answer = turns[-1].answer or ""
        reading = read(self._topic(turns, state), answer, self.context)
        salt = f"{number}"
        kind = reading.kind
        if kind == "no_outcome" and last.kind == "opener":
            kind = "ok"  # an account of one's background and motives needs no measured result
        if kind == "off_topic" and last.kind == "opener" and not reading.leaves_work:
            # "What carries over?" is answered by any story of the candidate's work, told in
            # the field's own words the documents lack ("bloods", "readmitted").
            kind = "ok"
        kind = probe_kind(kind, answer)
        if kind == "no_outcome" and answers_with_plan(turns[-1].question, answer):
            # "I'd first…" to a question on a past occasion: a plan has no result to ask for
            # ("How did that turn out?"); a time it was actually done is asked for.
            kind = "vague"
        if (
            kind == "no_outcome"
            and quotes_result(turns[-1].question)
            and not admits_gap(answer)
            and self._on_quoted_line(state, answer)
        ):
            # The question quoted the CV's measured result ("reduced adjourned hearings by
            # 18%"): the result is on record, and asking for it again shows it was not heard.
            # An honest "I haven't done that" is still asked how the gap would be closed; a
            # story of other work ("last winter we had snow…") has an ending of its own to ask.
            kind = "ok"
        # An honest "I haven't done X" of a thing the job asks for is met, once, with what the
        # candidate would build on or learn, whatever came before it (also an answer to a
        # probe, also a full one): moving on in silence, or probing a word of the denial,
        # tells them the admission was not heard. Unless two follow-ups in a row were asked
        # already: then the interview moves on (`_FOLLOWUPS_IN_A_ROW`).
        gap = (
            kind in ("ok", "vague", "no_outcome", "off_topic")
            and "gap" not in _probe_chain(state)
            and self._admits_job_gap(answer)
        )
        if gap and (kind == "ok" or last.followup in PROBES):
            # Chosen per interview as well as per question: the same words after every
            # candidate's admission at the same point read as a form.
            options = self._probe(
                "gap", last, turns[-1].question, f"{salt}:{self.docs.seed}", answer
            )
            text = self._fresh(options, previous, fix)
            if text is not None:
                return Decision(text, _followup_on(last, number, "gap", text))
        if last.followup is None and last.kind in _FIELD_WORK and kind in _HEARD:
            # A story from an earlier job in another line of work, told for a question on the
            # field's own work ("at Currys on Black Friday I handled the queue", from a
            # lettings negotiator): heard, and one from the field asked for, gently. Never for
            # a question on a way of working, where any job's story is fair.
            story = other_work_story(self.docs, answer, turns[-1].question)
            # Only a story that says nothing of the work asked: one told in its words ("the
            # contract", "the renewal") may be the same line of work under another title.
            if (
                story is not None
                and not touches_topic(self._topic(turns, state), answer)
                and not admits_gap(answer)
            ):
                options = self.render.field_followup(last, story.other, story.field, salt=salt)
                text = self._fresh(options, previous, fix)
                if text is not None:
                    return Decision(text, _followup_on(last, number, "redirect", text))
        # A coach presses once, then moves on; but an answer to a redirect or a request to
        # focus is the first real answer on the topic, so it may be probed once more.
        before = state.asked[-2].followup if len(state.asked) >= 2 else None
        second_chance = last.followup in ("redirect", "focus") and before not in PROBES
        # An answer to a probe that goes off the question (a weekend's fishing, a view on the
        # trade) is brought back once, whatever came before: letting it pass would tell the
        # candidate it answered. Only a redirect already made on this question is not made
        # again: the interview then moves on, it never loops.
        left_work = kind == "off_topic" and "redirect" not in _probe_chain(state)
        # ... only when the planned must-asks (three duties, a behavioural question) still fit;
        # an answer that left work is brought back whatever it costs.
        musts = [i for i in self.plan if i.must and i.key not in state.covered]
        second_chance = second_chance and len(musts) <= max_questions - number - 1
        # A rambling answer is always stopped, also an answer to a redirect: letting it run
        # on tells the candidate it was fine. Only an answer to a request to focus is not
        # asked to focus again.
        rambled = kind == "rambling" and last.followup != "focus"
        # A story that stops before its ending ("they came back with an update to try") is
        # asked how it ended, once, whenever a follow-up is allowed: moving on leaves the
        # candidate's best evidence, the result, untold.
        unended = kind == "no_outcome" and "outcome" not in _probe_chain(state)
        second_chance = second_chance or left_work or rambled or unended
        if (last.followup not in PROBES or second_chance) and kind != "ok":
            # After a denial, the probe takes up what the candidate does have.
            keep = bool(self._denied_now(turns))
            options = self._probe(
                kind,
                last,
                turns[-1].question,
                salt,
                answer,
                keep,
                drift=reading.neighbouring,
                topic=self._topic(turns, state),
            )
            if self._duty_said(last, previous) >= _DUTY_SAID_MAX:
                # The planned question and a probe said the duty already: a third time
                # reads as a form; the probe says "that work".
                options = self.render.duty_said_before(last, options)
            text = self._fresh(options, previous, fix)
            if text is not None:
                return Decision(text, _followup_on(last, number, PROBE_OF[kind], text))
        return self._tangent(turns, state, max_questions, previous, reading.signals, salt, fix)

    def _duty_said(self, asked: Asked, previous: Sequence[str]) -> int:
        """How many of the questions so far said `asked`'s duty (short or in full)."""
        if not asked.duty:
            return 0
        wanted = content_stems(brief_duty(asked.duty))
        need = max(2, round(len(wanted) * 2 / 3))
        return sum(1 for q in previous if len(wanted & content_stems(q)) >= need)

    def _on_quoted_line(self, state: State, answer: str) -> bool:
        """Whether `answer` is about the CV line the last planned question quoted: a share
        (`told.about_line`) of its words, or no line to judge by (the question itself then
        quoted the result)."""
        items = {item.key: item for item in self.plan}
        planned = next((a for a in reversed(state.asked) if a.followup is None), None)
        item = items.get(planned.key) if planned is not None else None
        if item is None:
            return True
        lines = [item.payload if item.kind in _BUILT_ON_PAYLOAD else ""]
        lines.append(item.cv.text if item.cv is not None else "")
        lines = [line for line in lines if line and read_answer(line).measured]
        return not lines or any(about_line(line, answer) for line in lines)

    def _admits_job_gap(self, answer: str) -> bool:
        """Whether `answer` owns up to not having done a thing the job asks for ("I haven't
        run production workloads on Azure"): a denial whose sentence names a word of the job
        description that everyday speech uses less."""
        if not admits_gap(answer):
            return False
        denied = denials.denial_sentences(answer)
        return any(
            lemma_set(w) & self.job_words and zipf_frequency(w, "en") < _JOB_WORD_MAX_ZIPF
            for w in content_words(" ".join(denied))
        )

    @cached_property
    def _advert_skills(self) -> frozenset[Skill]:
        """Every skill the advert's whole text names, read once. Not `job_skills`: the job
        reader leaves some out (the employer's own offer, "mentoring for new starters"), and a
        denial naming one of those is still matched."""
        return frozenset(extract_skills(self.docs.jd_text))

    def _gap_term(self, answer: str) -> str:
        """The one thing the job asks for that the answer owns up to not having done ("Azure"
        of "I haven't run Azure in production"), as the interview names it; "" when the
        denial names none or several."""
        denied = " ".join(denials.denial_sentences(answer))
        named = [s for s in dict.fromkeys(extract_skills(denied)) if s in self._advert_skills]
        if len(named) != 1:
            return ""
        # Said as the candidate wrote it ("videofluoroscopy"), not by the lexicon's name for
        # the skill it belongs to ("dysphagia management"), which they may well have.
        forms = surface_forms(denied, named[0])
        return forms[0] if forms else ""

    def _topic(self, turns: Sequence[Turn], state: State) -> str:
        """What the last question was about, to judge whether its answer kept to it: the
        question (a follow-up's topic is its parent's too) and, in full, the lines of the
        job and CV it was built on. A question says a duty short ("recognise and act on red
        flags"); an answer about the examples the advert gave for it is on the topic."""
        last = state.asked[-1]
        question = turns[-1].question
        asked = [last]
        if last.followup is not None and len(turns) >= 2:
            question = f"{turns[-2].question} {question}"
            asked = state.asked[-2:]
        items = {item.key: item for item in self.plan}
        sources = [
            text
            for a in asked
            if (item := items.get(a.key)) is not None
            for text in (
                item.payload if item.kind in _BUILT_ON_PAYLOAD else "",
                item.jd_line,
                item.cv.text if item.cv is not None else "",
            )
            if text
        ]
        return " ".join([question, *sources])

    def _closing_requirement(
        self,
        turns: Sequence[Turn],
        state: State,
        previous: Sequence[str],
        fix: Corrections | None,
    ) -> Decision | None:
        """The closing question with the planned question on a requirement in the job's own
        words first, when probes left it no slot: the close still looks ahead, and no duty,
        behavioural question or probe gave way to it."""
        item = next(
            (i for i in self.plan if i.kind == "gap" and i.skill is None and i.must),
            None,
        )
        if item is None or item.key in state.covered or item.key in self._admitted(turns):
            return None
        answers = [t.answer or "" for t in turns]
        options = self.render.closing_requirement(item, salt=f"{len(turns) + 1}", answers=answers)
        text = self._fresh(options, previous, fix)
        if text is None:
            return None
        return Decision(text, Asked("closing", "closing", covers=(item.key,), text=text))

    def _probe(
        self,
        kind: str,
        last: Asked,
        question: str,
        salt: str,
        answer: str,
        keep: bool = False,
        drift: bool = False,
        topic: str = "",
    ) -> list[str]:
        """The probe of `kind` after `answer` to `question`; `topic`: what the question was
        about, its parent's and its source lines too (see `_topic`)."""
        scenario = is_hypothetical(question)
        # A scenario answered with a story is probed as a story: ask what they did, not "would".
        # A redirect or a request to focus still goes back to the scenario itself.
        hypothetical = scenario and (kind in ("off_topic", "rambling") or not tells_past(answer))
        exclude = (self.docs.company, self.docs.job_title)
        # A long account is about what was asked; only a short one's named thing is its topic,
        # but a quality the candidate claims of themselves is taken up at any length.
        short = len(answer.split()) < 40
        known = self.docs.jd_text
        term = own_term(answer, question, exclude, known) if kind in ("vague", "no_outcome") else ""
        if not short and not trait_form(term) and not keep:
            term = ""
        if term and not trait_form(term) and _is_soft(term):
            # "You mentioned working in a team": a way of working any candidate claims is no
            # thing of their own to take up; the question asked is probed instead.
            term = ""
        if trait_form(term) and (last.duty or last.kind in _TOPICAL):
            # "Good communication is key" after a question on a duty or a skill: the duty is
            # probed, not the platitude, or the question asked is dropped.
            term = ""
        if kind == "no_outcome" and term and not trait_form(term) and not keep:
            on_topic = touches_topic(topic or question, answer)
            if on_topic:
                # The story told is the one asked for: how it ended is asked of it ("How did
                # that turn out?"), never of a word picked out of it ("the CRM team" of a
                # Black Friday plan is no work of the candidate's to ask the result of).
                term = ""
        if term and not trait_form(term) and not touches_topic(topic or question, answer):
            # The answer dodged the question for a thing of its own ("I mostly did CI/CD
            # stuff" asked about test coverage): "Let's stay with CI/CD" would drop what was
            # asked for good. The thing is heard, and the question put again.
            if hypothetical or kind not in ("vague", "no_outcome"):
                term = ""
            elif not (kind == "vague" and answers_with_plan(question, answer)):
                return self.render.back_followup(last, term, salt=salt)
        if (
            kind in ("vague", "no_outcome", "off_topic", "gap")
            and admits_gap(answer)
            and not tells_life_outside_work(answer, self.context)
        ):
            # An honest "not yet" has no result to ask for, never an outcome probe: the
            # nearest thing they have done is asked for, or, when the answer brought it, what
            # they would build on to close the gap.
            nearest = denials.offers_nearest(answer) or tells_own_occasion(answer)
            return self.render.gap_followup(salt=salt, nearest=nearest, term=self._gap_term(answer))
        if kind == "vague":
            if answers_with_plan(question, answer):
                # An approach given for an occasion asked: a time it was actually done.
                return self.render.real_occasion_followup(last, salt=salt)
            # One occasion told already is not asked for again: a step in it is.
            told = not hypothetical and tells_one_occasion(answer)
            return self.render.example_followup(last, hypothetical, salt=salt, term=term, told=told)
        if kind == "no_outcome":
            measurable = measurable_in(topic or question, answer)
            return self.render.outcome_followup(
                last, hypothetical, salt=salt, term=term, answer=answer, measurable=measurable
            )
        if kind == "off_topic":
            return self.render.redirect_followup(last, hypothetical, salt=salt, drift=drift)
        return self.render.focus_followup(last, hypothetical, salt=salt)

    def _tangent(
        self,
        turns: Sequence[Turn],
        state: State,
        max_questions: int,
        previous: Sequence[str],
        signals: AnswerSignals,
        salt: str,
        fix: Corrections | None = None,
    ) -> Decision | None:
        """A follow-up on a tool the candidate brought up, when there is room for one."""
        number = len(turns) + 1
        last = state.asked[-1]
        tangents = sum(1 for a in state.asked if a.followup == "tangent")
        if number > max_questions - 2 or last.followup is not None or tangents >= 1:
            return None  # one tangent at most: the slots belong to the job's duties
        musts = [i for i in self.plan if i.must and i.key not in state.covered]
        if self._duties_without_scenario(previous, musts):
            # The role-level scenario is the must-ask that gives way to a follow-up when the
            # questions asked and the duty questions still planned say three duties.
            musts = [i for i in musts if i.kind != "role"]
        if len(musts) > max_questions - number - 2:
            # A follow-up now, and the probe its answer may need, would squeeze out a
            # planned must-ask.
            return None
        if last.kind not in (
            "opener",
            "deep",
            "soft",
            "project",
            "duty",
            "story",
            "gap",
            "generic",
        ):
            return None
        asked_skills = {s for p in previous for s in extract_skills(p)}
        fresh = [
            s
            for s in hard_skills(signals.skills)
            # Tools only ("Flink", "HubSpot"): "why did you choose it" fits a tool, not a
            # practice, a concept, a law or a process ("TUPE", "RAMS").
            if is_chosen_tool(s)
            and s not in self.plan_skills
            and s not in self.job_skills
            and s not in asked_skills
            and s != last.skill
            and not is_credential(s)
            and not is_everyday_tool(s.name)
        ]
        # A name the candidate wrote as one ("Flink", "HubSpot"), not a common noun that
        # opened a sentence ("Dashboards were…").
        answer = turns[-1].answer or ""
        if admits_gap(answer):
            return None  # a word of an honest "I haven't…" is no thread to follow
        fresh = [s for s in fresh if _named_mid_sentence(display_term(s, answer), answer)]
        # Never a tool the candidate only wished for or denied ("next time I'd use Power BI").
        fresh = [
            s for s in fresh if said_as_done(answer, max(0, answer.find(display_term(s, answer))))
        ]
        if not fresh or number < 3:
            return None
        skill = fresh[0]
        text = self._fresh(
            self.render.tangent_followup(skill, turns[-1].answer or "", salt=salt),
            previous,
            fix,
        )
        if text is None:
            return None
        covers = (f"tangent:{skill.name}",)
        asked = Asked(f"followup:{number}", "tangent", skill, "tangent", covers, text)
        return Decision(text, asked)


class _ReplayCache:
    """State after a conversation prefix and the decision made there, per interviewer.

    Bounded (oldest out first) and locked: Streamlit serves sessions from several threads.
    Entries are copies, so a caller's later `state.add` never reaches the cache.
    """

    SIZE = 256

    def __init__(self) -> None:
        self._entries: dict[tuple, tuple[State, Decision | None]] = {}
        self._lock = threading.Lock()

    def longest(
        self, max_questions: int, turns: Sequence[Turn]
    ) -> tuple[int, State, Decision | None]:
        """The longest cached prefix of `turns`: its length, a copy of its state, its decision."""
        with self._lock:
            for k in range(len(turns), 0, -1):
                entry = self._entries.get((max_questions, tuple(turns[:k])))
                if entry is not None:
                    return k, _copy(entry[0]), entry[1]
        return 0, State(), None

    def put(
        self, max_questions: int, turns: Sequence[Turn], state: State, decision: Decision
    ) -> None:
        """Remember the state after `turns` and the decision made after them."""
        key = (max_questions, tuple(turns))
        with self._lock:
            self._entries.pop(key, None)
            if len(self._entries) >= self.SIZE:
                del self._entries[next(iter(self._entries))]
            self._entries[key] = (_copy(state), decision)


def _followup_on(last: Asked, number: int, followup: str, text: str) -> Asked:
    """A follow-up at question `number` on `last`'s question: it keeps that question's kind,
    skill, place and duty, so a later probe still names them."""
    return Asked(
        f"followup:{number}", last.kind, last.skill, followup, (), text, last.where, last.duty
    )


def _followup_run(state: State) -> int:
    """How many follow-ups (probes, tangents, a follow-up on a gap the candidate owned up
    to) were asked one after another on the topic in hand up to now. A gap's follow-up opens
    no topic of its own: it asks about the same duty, and a third follow-up on it would spend
    the interview on one piece of work while the job's other duties go unasked."""
    run = 0
    for asked in reversed(state.asked):
        if asked.followup is None:
            break
        run += 1
    return run


def _probe_chain(state: State) -> list[str]:
    """The follow-ups that pressed on the last planned question, in order: the probes asked
    one after another up to now ([] when the last question was no probe)."""
    chain: list[str] = []
    for asked in reversed(state.asked):
        if asked.followup not in PROBES:
            break
        chain.insert(0, asked.followup)
    return chain


def _is_soft(term: str) -> bool:
    """Whether `term` names a soft skill only ("working in a team", "communication")."""
    found = extract_skills(term)
    return bool(found) and all(s.is_soft for s in found)


def _copy(state: State) -> State:
    return State(asked=list(state.asked), covered=set(state.covered))


_HYPOTHETICAL = re.compile(
    r"\b(?:how would you|what would you|imagine|suppose|picture|if you joined|say it's)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:tell me about|a time|describe|walk me through (?:one|a)|(?:how|what|where|when) did you|"
    r"have you|did you|you(?:'|’)ve)\b",
    re.IGNORECASE,
)


def asks_past_example(question: str) -> bool:
    """Whether a question asks for one occasion the candidate lived ("Tell me about a time…",
    "one example from your experience so far"), not what they would do or build on."""
    if is_hypothetical(question) or not asks_occasion(question):
        return False
    lowered = question.lower()
    return any(
        re.search(rf"\b{re.escape(c)}\b", lowered) for c in templates("story.one_occasion_cues")
    )


def probe_kind(kind: str, answer: str) -> str:
    """The weak reading a probe answers: an answer "without an outcome" that only claims a
    quality or a habit ("I'm very thorough") has no occasion to have an outcome, so one
    occasion is asked for ("vague"), not its result."""
    if kind == "no_outcome" and is_bare_claim(answer):
        return "vague"
    return kind


def quotes_result(question: str) -> bool:
    """Whether a question quotes a measured result ("…you reduced adjourned hearings by
    18%…"): its answer need not say the result again."""
    return read_answer(question).measured


def answers_with_plan(question: str, answer: str) -> bool:
    """Whether `answer` sets out only what the candidate would do ("I'd first…") where
    `question` asked for an occasion they lived: what they would do is no time they did it."""
    return asks_occasion(question) and not is_hypothetical(question) and tells_plan_only(answer)


def ending(question: str, words: int = 6) -> str:
    """The last `words` words of a question, lowercased: how it ends."""
    return " ".join(re.findall(r"[\w'’]+", question.lower())[-words:])


def opening(question: str, words: int = 4) -> str:
    """The first `words` words of a question, lowercased: how it opens."""
    return " ".join(re.findall(r"[\w'’]+", question.lower())[:words])


def _named_mid_sentence(term: str, text: str) -> bool:
    """Whether `term` appears capitalised inside a sentence of `text` (a proper name)."""
    if not term[:1].isupper():
        return False
    pattern = rf"(?<![.!?]\s)(?<!^)(?<![.!?]\s\s)\b{re.escape(term)}\b"
    return re.search(pattern, text.strip()) is not None


# A question that opens by setting a scene ("Imagine you've joined …") is hypothetical
# whatever tense the scene is told in.
_SCENE_LEAD = re.compile(r"^\W*(?:imagine|suppose|picture|say)\b", re.IGNORECASE)


def is_hypothetical(question: str) -> bool:
    """Whether a question asks what the candidate would do rather than what they did."""
    if _SCENE_LEAD.search(question):
        return True
    return bool(_HYPOTHETICAL.search(question)) and not _PAST.search(question)


# A reading stored with the session (`stored.py`), offered for the one call of `prepare`.
_offered: ContextVar[str | None] = ContextVar("offered_reading", default=None)


@lru_cache(maxsize=32)
def _interviewer(
    job_title: str, company: str, cv_text: str, jd_text: str, today: date
) -> Interviewer:
    # `today` is part of the key: the CV's years are counted to the reading's reference date.
    profiles = stored.decode(_offered.get())
    if profiles is None:
        profiles = (analyse_job(job_title, company, jd_text), analyse_cv(cv_text))
    # Duties set out in a table or in running sentences, when the reader found too few.
    job = with_text_duties(profiles[0], jd_text, is_askable)
    docs = Documents(
        job_title=job_title,
        company=company,
        cv_text=cv_text,
        jd_text=jd_text,
        job=job,
        # A wrapped title's bracket tail read as the employer is never named.
        cv=trusted_employers(profiles[1], cv_text),
        seed=stable_int(job_title, company, cv_text, jd_text),
    )
    return Interviewer(docs)


def interviewer_for(ctx: InterviewContext) -> Interviewer:
    """The (cached) interviewer for the documents of `ctx`."""
    return _interviewer(
        ctx.job_title, ctx.company_name, ctx.cv_text, ctx.job_description, reference_date()
    )


def prepare(ctx: InterviewContext, reading: str | None) -> str:
    """Make the interviewer for `ctx` ready, built from `reading` (what `stored.encode` wrote
    for these documents) when this process has none cached, so the documents are not read
    again; returns the reading to store: `reading` itself when it is current."""
    token = _offered.set(reading)
    try:
        interviewer = interviewer_for(ctx)
    finally:
        _offered.reset(token)
    if stored.is_current(reading):
        return reading  # type: ignore[return-value]
    return stored.encode(interviewer.docs.job, interviewer.docs.cv)


def plan_question(ctx: InterviewContext) -> str:
    """The offline interviewer's next question for `ctx`, as one string."""
    return interviewer_for(ctx).next_question(ctx.turns, ctx.max_questions)
