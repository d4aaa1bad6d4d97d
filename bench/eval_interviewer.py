"""Evaluation of the offline interviewer on the labelled development set.

    python bench/eval_interviewer.py            # dev, then heldout, opened, blind, blind2 (reported)

Prints the CV/job reading figures (from `bench/eval_reading.py`), then for every pair × answer
script: the share of fluent questions and of turns asking one question, false absence claims,
probes after vague, outcome-less and off-topic answers, repeats, job responsibilities covered
(and, apart, those no question named that a strong answer told unasked), and whether a
behavioural and a forward-looking question were asked. The heldout and blind splits are
reported, never tuned on; the opened split (blind until 2026-12-06, opened for diagnosis
after its figures were recorded) is reported on its own. An empty split is skipped.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.dev_interviews import played  # noqa: E402
from bench.devset import AS_OF, SCRIPT_KINDS, SPLITS, DevPair, load_pairs  # noqa: E402
from interview_core.interviewer.answers import lemma_set, read  # noqa: E402
from interview_core.interviewer.engine import PROBE_OF, PROBES, interviewer_for  # noqa: E402
from interview_core.interviewer.fluency import problems  # noqa: E402
from interview_core.language.dates import as_of  # noqa: E402
from interview_core.language.text import content_words, is_same_question, sentences  # noqa: E402

MAX_QUESTIONS = 8
SPLIT_NOTES = {
    "heldout": " (reported only, never tuned on)",
    "opened": " (blind until 2026-12-06, opened for diagnosis)",
    "blind": " (reported only, never tuned on)",
}
WEAK_KINDS = ("vague", "no_outcome", "off_topic")
# A sentence that says the CV lacks something, however it is worded.
_ABSENCE = re.compile(
    r"\b(?:don't see|do not see|couldn't find|could not find|can't see|doesn't come up|"
    r"does not come up|isn't on|is not on|not on your cv|no mention|doesn't mention|"
    r"does not mention|missing from|absent from|lacks?)\b",
    re.IGNORECASE,
)
_BEHAVIOURAL = re.compile(
    r"\b(?:tell me about a time|describe a time|a time (?:you|when)|a situation where|"
    r"an occasion|a shift where|a week where|a deal where|a negotiation where|"
    r"tell me about (?:a|one) (?:case|situation|moment|decision|problem|mistake))\b",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"\b(?:first (?:30|60|90|100) days|first (?:few )?(?:weeks|months|term|half term|year)|"
    r"looking ahead|in (?:a|one) year'?s? time|by the end of your first)\b",
    re.IGNORECASE,
)


@dataclass
class RunResult:
    pair: str
    script: str
    questions: list[str]
    fluent: int = 0
    single: int = 0
    """Turns that ask one question: one question mark, no "two things: …" (see
    `one_question`); a turn of two questions is also not fluent."""
    problems: list[str] = field(default_factory=list)
    absence_claims: int = 0
    false_absence: list[str] = field(default_factory=list)
    weak: int = 0
    probed: int = 0
    folded: int = 0
    """Probes among `probed` folded into the next planned question's lead-in."""
    unprobed: list[str] = field(default_factory=list)
    fitting: int = 0
    """Probes of the kind the answer calls for: a redirect after an off-topic answer, a
    request for an example after a vague one, for the result after one without."""
    misfit: list[str] = field(default_factory=list)
    weak_last: int = 0
    """Weak answers to question 7: the closing question after them is one question of its
    own (probes happen up to question 7; none is glued to the close)."""
    close_alone: int = 0
    off_topic: int = 0
    """Off-topic answers to questions 1–7 with no redirect made on their question yet, also
    answers to a first probe: each must be redirected next (questions 1–6; question 8 is the
    close). After two follow-ups in a row the interview moves on instead."""
    redirected: int = 0
    strong: int = 0
    """Strong answers (each tells its result) to questions 1–7 that were not probes."""
    needless_result: list[str] = field(default_factory=list)
    """Strong answers followed by a request for their result all the same."""
    repeats: int = 0
    responsibilities: int = 0
    responsibilities_total: int = 0
    responsibilities_told: int = 0
    """Responsibilities no question named that the candidate told all the same, unasked: in
    an answer to questions 2–7 labelled strong (its own steps and result), by the rule a
    question covers one (half the duty's words and two at least). Counted apart from those
    covered: the interviewer leaves work told already unasked, and the two are not the same
    evidence (an answer may use a duty's words in passing)."""
    behavioural: bool = False
    forward: bool = False
    current_role: bool = False
    readings: list[tuple[str, str]] = field(default_factory=list)


_SECOND_QUESTION = re.compile(r"\btwo things\b|\bthen tell me\b", re.IGNORECASE)


def one_question(question: str) -> bool:
    """Whether a turn asks one question: at most one question mark outside quotes (a request
    may end on a full stop: "Tell me how you've done that before: …, and what came of it."),
    and no "two things: …" or "…, and then tell me…" joining a second one on."""
    unquoted = re.sub(r'"[^"]*"', '""', question)
    return unquoted.count("?") <= 1 and not _SECOND_QUESTION.search(unquoted)


def _claimed_missing(sentence: str) -> str:
    """The thing an absence claim says is missing ("" when none can be read)."""
    for pattern in (
        r"(?:don't|do not|can't) see (.+?) on your CV",
        r"couldn't find on your CV(?: is|:) (.+?)(?:,|\.|$)",
        r"^(?:.*?\.\s)?(.+?) doesn't come up in your CV",
        r"your CV doesn't mention (.+?)(?:,|\.|$)",
        r"the role asks for (.+?), and I couldn't find",
    ):
        found = re.search(pattern, sentence, re.IGNORECASE)
        if found:
            return found.group(1)
    return sentence


def _shown(thing: str, evidence: Iterable[str]) -> str | None:
    """The evidence that shows `thing` (all its content words, as lemmas), if any."""
    words = content_words(thing)
    if not words:
        return None
    for item in evidence:
        have = lemma_set(item)
        # Every word of the thing shown in some form, or every word of the evidence in it.
        if have and all(lemma_set(w) & have for w in words):
            return item
        if have and have <= lemma_set(thing):
            return item
    return None


def _covers(question: str, responsibility: str) -> bool:
    """Whether the question takes up at least half (and two) of the duty's content words,
    each matched in any of its forms."""
    words = set(content_words(responsibility))
    have = lemma_set(question)
    matched = sum(1 for w in words if lemma_set(w) & have)
    return len(words) >= 2 and matched >= max(2, len(words) / 2)


@as_of(AS_OF)
def run_interview(pair: DevPair, script: str) -> RunResult:
    """One interview over `pair` with the answers of `script`, measured."""
    answers = pair.scripts[script]
    ctx, decisions = played(pair, [answers[n % len(answers)].text for n in range(MAX_QUESTIONS)])
    turns = list(ctx.turns)
    questions = [t.question for t in turns]
    result = RunResult(pair.id, script, questions)
    for index, turn in enumerate(turns):
        context = interviewer_for(ctx).context
        reading = read(turn.question, turn.answer or "", context).kind
        result.readings.append((answers[index % len(answers)].kind, reading))
    labels = pair.labels
    shown = [*labels.cv_shows, *(n for s in labels.key_skills for n in s.names)]
    for index, question in enumerate(questions):
        found = problems(question)
        result.fluent += not found
        result.single += one_question(question)
        result.problems += [f"Q{index + 1}: {p}" for p in found]
        said = [a.text for a in answers[:index]]
        for sentence in sentences(question):
            if _ABSENCE.search(sentence) and re.search(r"\bCV\b", sentence):
                result.absence_claims += 1
                thing = _claimed_missing(sentence)
                proof = _shown(thing, [*shown, pair.cv_text, *said])
                if proof is not None:
                    result.false_absence.append(f"Q{index + 1}: {thing!r} (shown: {proof[:60]!r})")
        for earlier in questions[:index]:
            if is_same_question(question, earlier):
                result.repeats += 1
    # Weak answers to questions 1–6 that were not probes themselves must be probed next.
    for index in range(MAX_QUESTIONS - 2):
        kind = answers[index % len(answers)].kind
        if kind not in WEAK_KINDS or decisions[index].asked.followup in PROBES:
            continue
        result.weak += 1
        followup = decisions[index + 1].asked.followup
        if followup is None and decisions[index + 1].asked.folded in PROBES:
            # Folded into the next planned question's lead-in: no slot of a must-ask taken.
            followup = decisions[index + 1].asked.folded
            result.folded += 1
        if followup in PROBES:
            result.probed += 1
            if followup == PROBE_OF[kind]:
                result.fitting += 1
            else:
                result.misfit.append(f"A{index + 1} [{kind}] → Q{index + 2} asks {followup}")
        else:
            result.unprobed.append(f"A{index + 1} [{kind}] → Q{index + 2}")
    # After a weak answer to question 7 the close is still one question of its own.
    last = MAX_QUESTIONS - 2
    kind = answers[last % len(answers)].kind
    if kind in WEAK_KINDS and decisions[last].asked.followup not in PROBES:
        result.weak_last += 1
        close = decisions[last + 1]
        if close.asked.followup is None and close.text.count("?") == 1:
            result.close_alone += 1
        else:
            result.unprobed.append(f"A{last + 1} [{kind}] → Q{last + 2} (the close asks two)")
    # An off-topic answer is redirected once, whatever came before it (also a probe), until
    # a redirect has been made on its question.
    for index in range(MAX_QUESTIONS - 2):
        if answers[index % len(answers)].kind != "off_topic":
            continue
        chain = []
        for decision in reversed(decisions[: index + 1]):
            if decision.asked.followup not in PROBES:
                break
            chain.append(decision.asked.followup)
        if "redirect" in chain or len(chain) >= 2:
            # Redirected already, or two follow-ups on the question already: the interview
            # moves on to another duty (at most two follow-ups in a row on one topic).
            continue
        result.off_topic += 1
        after = decisions[index + 1].asked
        if after.followup == "redirect" or after.followup is None and after.folded == "redirect":
            result.redirected += 1
        else:
            result.unprobed.append(f"A{index + 1} [off_topic] → Q{index + 2} not redirected")
    # A strong answer tells its result: asking for it again shows the answer was not heard.
    for index in range(MAX_QUESTIONS - 1):
        if answers[index % len(answers)].kind != "strong":
            continue
        if decisions[index].asked.followup in PROBES:
            continue
        result.strong += 1
        if decisions[index + 1].asked.followup == "outcome":
            result.needless_result.append(f"A{index + 1} [strong] → Q{index + 2} asks its result")
    result.responsibilities_total = len(labels.job.responsibilities)
    result.responsibilities = sum(
        any(_covers(q, r) for q in questions) for r in labels.job.responsibilities
    )
    result.responsibilities_told = sum(
        not any(_covers(q, r) for q in questions)
        and any(
            answers[n % len(answers)].kind == "strong" and _covers(turns[n].answer or "", r)
            for n in range(1, MAX_QUESTIONS - 1)
        )
        for r in labels.job.responsibilities
    )
    result.behavioural = any(_BEHAVIOURAL.search(q) for q in questions[1:-1])
    result.forward = bool(_FORWARD.search(questions[-1]))
    if labels.current is not None:
        opener = questions[0].lower()
        result.current_role = labels.current.employer.lower() in opener
    return result


@dataclass
class Summary:
    runs: list[RunResult]

    def _sum(self, name: str) -> int:
        return sum(getattr(r, name) for r in self.runs)

    @property
    def questions(self) -> int:
        return sum(len(r.questions) for r in self.runs)

    @property
    def fluent_share(self) -> float:
        return self._sum("fluent") / max(1, self.questions)

    @property
    def false_absence(self) -> int:
        return sum(len(r.false_absence) for r in self.runs)

    @property
    def probed_share(self) -> float:
        return self._sum("probed") / max(1, self._sum("weak"))

    @property
    def fitting_share(self) -> float:
        return self._sum("fitting") / max(1, self._sum("weak"))

    @property
    def repeats(self) -> int:
        return self._sum("repeats")

    @property
    def three_responsibilities(self) -> float:
        wanted = [r for r in self.runs if r.responsibilities_total >= 3]
        return sum(r.responsibilities >= 3 for r in wanted) / max(1, len(wanted))

    @property
    def behavioural_and_forward(self) -> float:
        return sum(r.behavioural and r.forward for r in self.runs) / max(1, len(self.runs))

    @property
    def current_role(self) -> float:
        return sum(r.current_role for r in self.runs) / max(1, len(self.runs))


def evaluate(pairs: Sequence[DevPair]) -> Summary:
    """Every pair × every answer script, measured."""
    return Summary([run_interview(p, s) for p in pairs for s in SCRIPT_KINDS])


def report(title: str, summary: Summary, verbose: bool) -> None:
    runs = summary.runs
    print(
        f"\n== Offline interviewer: {title} ({len(runs)} interviews, {summary.questions} questions)"
    )
    print(f"fluent questions                     {summary.fluent_share:7.1%}")
    single = summary._sum("single") / max(1, summary.questions)
    print(f"one question per turn                {single:7.1%}")
    claims = summary._sum("absence_claims")
    print(f"absence claims / false ones          {claims:4d} / {summary.false_absence}")
    print(
        f"weak answers probed (vague, no outcome, off-topic)  "
        f"{summary._sum('probed')}/{summary._sum('weak')} = {summary.probed_share:.1%}"
    )
    print(
        f"  folded into the next planned question's lead-in   "
        f"{summary._sum('folded')}/{summary._sum('probed')}"
    )
    print(
        f"  of the kind the answer calls for                  "
        f"{summary._sum('fitting')}/{summary._sum('weak')} = {summary.fitting_share:.1%}"
    )
    print(
        f"result asked again after a strong answer         "
        f"{sum(len(r.needless_result) for r in runs)}/{summary._sum('strong')}"
    )
    print(
        f"weak answers to Q7 followed by the close alone    "
        f"{summary._sum('close_alone')}/{summary._sum('weak_last')}"
    )
    print(
        f"off-topic answers redirected (also after a probe) "
        f"{summary._sum('redirected')}/{summary._sum('off_topic')}"
    )
    print(f"repeated questions                   {summary.repeats:4d}")
    covered = summary._sum("responsibilities")
    total = summary._sum("responsibilities_total")
    print(
        f"responsibilities covered             {covered}/{total}; "
        f"interviews covering ≥3: {summary.three_responsibilities:.1%}"
    )
    print(
        f"  not asked, told unasked in a strong answer      {summary._sum('responsibilities_told')}"
    )
    print(f"behavioural + forward-looking        {summary.behavioural_and_forward:7.1%}")
    print(f"opener names the current employer   {summary.current_role:7.1%}")
    if verbose:
        confusion = Counter(pair for r in runs for pair in r.readings)
        print("answer reading (label → read):")
        for (label, got), count in sorted(confusion.items()):
            print(f"  {label:10s} → {got:10s} {count}")
        for r in runs:
            issues = [*r.problems, *r.false_absence, *r.unprobed, *r.misfit, *r.needless_result]
            if r.repeats:
                issues.append(f"{r.repeats} repeat(s)")
            if r.responsibilities < 3:
                issues.append(f"responsibilities {r.responsibilities}/{r.responsibilities_total}")
            if not (r.behavioural and r.forward):
                issues.append(f"behavioural={r.behavioural} forward={r.forward}")
            for issue in issues:
                print(f"  {r.pair}/{r.script}: {issue}")


def _reading(pairs: Sequence[DevPair], title: str) -> None:
    try:
        from bench.eval_reading import reading_metrics
    except ImportError:
        print(f"\n== CV/job reading: {title}: bench/eval_reading.py is not available here")
        return
    print(f"\n== CV/job reading: {title}")
    metrics = reading_metrics(pairs)
    items = metrics.items() if isinstance(metrics, dict) else vars(metrics).items()
    for name, value in items:
        # Counts (pairs, blurb leaks) print as whole numbers, shares as percentages.
        count = name in ("pairs", "job_blurb_leaks") or not isinstance(value, float)
        shown = int(value) if count else f"{value:.1%}"
        print(f"{name:36s} {shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    for split in SPLITS:
        pairs = load_pairs(split)
        if not pairs:
            print(f"\n(no {split} pairs)")
            continue
        title = f"{split} split, {len(pairs)} pairs"
        title += SPLIT_NOTES.get(split, "")
        _reading(pairs, title)
        report(title, evaluate(pairs), args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
