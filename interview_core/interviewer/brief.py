"""What the offline interviewer understands, handed to a language model as a short brief.

The remote providers get the same reading of the CV, the job and the answers that the
offline interviewer acts on: the current role, what the CV shows (with its line), what the
job asks for that nothing shows, the duties not yet asked about, and the follow-up the
adaptive policy wants next.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..context import InterviewContext
from ..language.evidence import evidence_for
from ..language.skills import is_credential
from .answers import lemma_set, read
from .engine import PROBE_OF, PROBES, interviewer_for, is_hypothetical
from .phrases import as_duty, trim_to_clause
from .plan import duty_lines, is_certainly_missing, term_for

# Small on purpose: the brief stands in for most of the CV and job text in the prompt.
MAX_SHOWN = 4
MAX_GAPS = 3
MAX_DUTIES = 3
LINE_CHARS = 90  # an evidence line is cut at a word boundary past this

# What a probe asks for, as an instruction to the model.
_PROBE_INSTRUCTIONS = {
    "example": "The last answer was vague: ask for one concrete example from it — the "
    "situation, what the candidate did themselves, and what happened.",
    "outcome": "The last answer gave no result: ask what came of it and how it was measured.",
    "redirect": "The last answer did not address the question: bring the candidate back to "
    "it politely and ask for one example that does.",
    "focus": "The last answer rambled: ask the candidate to pick one example and say briefly "
    "what they did and what the result was.",
}
_PLAN_INSTRUCTIONS = {
    "example": "The last answer was a plan without specifics: ask what exactly they would do "
    "first and why.",
    "outcome": "The last answer gave no measure of success: ask how they would know it had worked.",
    "redirect": "The last answer did not address the scenario: bring the candidate back to it.",
    "focus": "The last answer rambled: ask for the single most important step and why.",
}


@dataclass(frozen=True)
class Brief:
    """The interviewer's structured reading, ready to be quoted in a prompt."""

    current_role: str
    years: int | None
    shown: tuple[str, ...]
    gaps: tuple[str, ...]
    duties_open: tuple[str, ...]
    instruction: str

    def as_text(self) -> str:
        """The brief as short labelled lines."""
        role = self.current_role or "not stated on the CV"
        years = f"; {self.years} years of experience" if self.years else ""
        lines = [f"Current role: {role}{years}"]
        if self.shown:
            lines.append("The CV shows (skill: the line that shows it):")
            lines += [f"- {s}" for s in self.shown]
        if self.gaps:
            lines.append(
                "Asked for by the job, shown nowhere on the CV or in the answers: "
                + ", ".join(self.gaps)
            )
        else:
            lines.append("Asked for by the job, shown nowhere on the CV or in the answers: none")
        if self.duties_open:
            lines.append("Duties of the job not asked about yet:")
            lines += [f"- {d}" for d in self.duties_open]
        return "\n".join(lines)


def _covered(duty: str, questions: list[str]) -> bool:
    want = lemma_set(duty)
    if len(want) < 2:
        return False
    return any(len(want & lemma_set(q)) >= max(2, len(want) // 2) for q in questions)


def brief_for(ctx: InterviewContext) -> Brief:
    """The brief for writing question `ctx.question_number`."""
    interviewer = interviewer_for(ctx)
    docs = interviewer.docs
    answers = [t.answer or "" for t in ctx.turns]
    role = docs.cv.current_role
    current = ""
    if role is not None:
        current = role.describe()
        current += " (current)" if role.is_current else " (most recent)"
    shown: list[str] = []
    for skill in docs.job.skills:
        if len(shown) == MAX_SHOWN or is_credential(skill):
            continue
        found = evidence_for(docs.cv, skill, answers, job=docs.job)
        if found is not None:
            line = found.line
            if len(line) > LINE_CHARS:
                line = line[: LINE_CHARS - 3].rsplit(" ", 1)[0].rstrip(",;:") + "…"
            shown.append(f"{term_for(docs, skill)}: {line}")
    gaps = [
        term_for(docs, s)
        for s in docs.job.skills
        if not is_credential(s)
        and docs.job.lines_mentioning(s)
        and is_certainly_missing(docs, s, answers)
    ][:MAX_GAPS]
    questions = [t.question for t in ctx.turns]
    duties = []
    for line in duty_lines(docs.job):
        found_duty = as_duty(line, duty=True)
        if found_duty is not None and not _covered(found_duty[1], questions):
            # The duty's main clause is enough for the model to pick it up.
            duties.append(trim_to_clause(found_duty[1], max_words=12) or found_duty[1])
    return Brief(
        current_role=current,
        years=docs.cv.years_experience,
        shown=tuple(shown),
        gaps=tuple(gaps),
        duties_open=tuple(duties[:MAX_DUTIES]),
        instruction=_instruction(ctx),
    )


def _instruction(ctx: InterviewContext) -> str:
    """What the adaptive policy wants from this question."""
    if ctx.question_number == 1:
        return ""
    decision = interviewer_for(ctx).next_decision(ctx.turns, ctx.max_questions)
    followup = decision.asked.followup
    if ctx.is_last_question:
        # The close is one question of its own: probes happen up to the question before it,
        # and none is glued to the close.
        return (
            "This is the closing question: make it forward-looking (for example what they "
            "would achieve in their first 90 days). Ask that one question only: do not press "
            "on the last answer here. Do not ask again why they want this role."
        )
    if followup in PROBES:
        last = ctx.turns[-1].question
        table = _PLAN_INSTRUCTIONS if is_hypothetical(last) else _PROBE_INSTRUCTIONS
        return table[followup]
    if decision.asked.folded in PROBES:
        # Slots are short: the probe is one sentence before the next planned question.
        return (
            "The last answer was weak, but the slots left are needed for the planned "
            "questions: open with one short sentence asking the candidate to be specific "
            "(one occasion, their own part, its result) in this answer, then ask about a "
            "duty not asked about yet. Ask one question only."
        )
    if followup == "tangent" and decision.asked.skill is not None:
        return (
            f"The candidate brought up {decision.asked.skill.name}: you may follow up on it, "
            "or move to a duty not asked about yet."
        )
    return "The last answer was adequate: move to a duty or requirement not asked about yet."


__all__ = ["PROBE_OF", "Brief", "brief_for", "read"]
