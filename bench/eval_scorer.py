"""Evaluate the offline coach: answer-pair ranking and the labelled report items.

    python bench/eval_scorer.py            # figures for docs/quality.md
    python bench/eval_scorer.py --unlabelled FILE   # write report items still to judge

1. Answer pairs: two answers to one question, one labelled better. From
   `tests/data/feedback_pairs.json` (hand-written, by category) and from the development
   set (`tests/data/interviewer_dev/`): at each question the offline interviewer asks, the
   strong script's answer against the vague, no-outcome, off-topic and rambling ones.
2. Report items: the verdicts, missing items, outline lines, strengths, weaknesses and CV
   improvements of the development set's interviews, each judged right or wrong by a reader
   in `tests/data/feedback_items.json` (keyed by kind and text). Items not judged yet are
   counted, never guessed.
3. Text checks over every generated string: contact lines quoted, figures repeated within
   one item, keyword-list fragments.
4. Relevance labels (`tests/data/relevance_labels.json`): whether the coach reads an answer
   as on the question (no drift, not off-topic) where a reader labelled it on, and not on
   where it is on a neighbouring matter or off.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.dev_interviews import interview, pairs  # noqa: E402
from interview_core.feedback_schema import FeedbackReport  # noqa: E402
from interview_core.scorer import assess_answer, score_interview  # noqa: E402

PAIRS_FILE = ROOT / "tests" / "data" / "feedback_pairs.json"
ITEMS_FILE = ROOT / "tests" / "data" / "feedback_items.json"
RELEVANCE_FILE = ROOT / "tests" / "data" / "relevance_labels.json"
# Scripts whose interviews make the labelled reports: one strong, two weak in different ways.
REPORT_SCRIPTS = ("strong", "vague", "off_topic")
WEAKER_KINDS = ("vague", "no_outcome", "off_topic", "rambling")


@dataclass(frozen=True)
class PairResult:
    """One labelled pair and how the scorer ranked it."""

    id: str
    source: str  # "written" or "dev" / "heldout"
    category: str
    field: str
    stronger: int
    weaker: int
    weaker_off_topic_label: bool

    @property
    def right(self) -> bool:
        return self.stronger > self.weaker


def written_pairs() -> list[PairResult]:
    """The hand-written pairs, scored."""
    data = json.loads(PAIRS_FILE.read_text(encoding="utf-8"))
    out: list[PairResult] = []
    for p in data["pairs"]:
        job = data["jobs"][p["job"]]
        args = (job["job_description"], job["cv"])
        s = assess_answer(p["question"], p["stronger"], *args)
        w = assess_answer(p["question"], p["weaker"], *args)
        story = p["category"].startswith("off_topic")
        out.append(PairResult(p["id"], "written", p["category"], p["job"], s.score, w.score, story))
    return out


@lru_cache(maxsize=1)
def _dev_interviews() -> dict[tuple[str, str], object]:
    return {(p.id, name): interview(p, name) for p in pairs() for name in p.scripts}


def dev_pairs() -> list[PairResult]:
    """Strong against weaker answers at the same question of each development-set interview."""
    out: list[PairResult] = []
    for p in pairs():
        questions = [t.question for t in _dev_interviews()[(p.id, "strong")].turns]
        strong = p.scripts["strong"]
        for name, answers in p.scripts.items():
            if name == "strong":
                continue
            for i, (question, answer) in enumerate(zip(questions, answers, strict=True)):
                if strong[i].kind != "strong" or answer.kind not in WEAKER_KINDS:
                    continue
                s = assess_answer(question, strong[i].text, p.job_text, p.cv_text, p.company)
                w = assess_answer(question, answer.text, p.job_text, p.cv_text, p.company)
                out.append(
                    PairResult(
                        f"{p.id}/{name}/{i + 1}",
                        p.split,
                        f"strong_vs_{answer.kind}",
                        p.field,
                        s.score,
                        w.score,
                        answer.kind == "off_topic",
                    )
                )
    return out


def dev_reports() -> dict[str, FeedbackReport]:
    """The feedback of each development-set interview answered with REPORT_SCRIPTS."""
    out: dict[str, FeedbackReport] = {}
    for (pair_id, script), ctx in sorted(_dev_interviews().items()):
        if script in REPORT_SCRIPTS:
            out[f"{pair_id}/{script}"] = score_interview(ctx)
    return out


def report_items(report: FeedbackReport) -> list[tuple[str, str, str]]:
    """Every judged item of a report as (kind, text, the answer it is about or "")."""
    items: list[tuple[str, str, str]] = []
    for q in report.questions:
        # Per-question items are judged against their answer, which the development set
        # fixes: keyed by it, a judgement survives a rewording of the question.
        items.append(("verdict", q.verdict, q.answer))
        items.extend(("missing", m, q.answer) for m in q.missing)
        items.extend(("outline", o, q.answer) for o in q.stronger_answer)
    items.extend(("strength", s, "") for s in report.strengths)
    items.extend(("weakness", w, "") for w in report.weaknesses)
    items.extend(("cv", c, "") for c in report.cv_improvements)
    return items


def item_key(kind: str, text: str, answer: str = "") -> str:
    """A stable key for one item in its context (the answer it is about, if any)."""
    return hashlib.sha1(f"{kind}\n{text}\n{answer}".encode()).hexdigest()[:16]


def labels() -> dict[str, dict]:
    """The judged items: key -> {kind, text, right, why}."""
    if not ITEMS_FILE.exists():
        return {}
    return {i["key"]: i for i in json.loads(ITEMS_FILE.read_text(encoding="utf-8"))["items"]}


# --- relevance labels ---


def relevance_reading(question: str, answer: str, job: str, cv: str, company: str = "") -> str:
    """How the coach reads an answer's relevance: "off", "neighbour" (drifting) or "on"."""
    from interview_core.scorer.rules import advice_for

    a = assess_answer(question, answer, job, cv, company)
    if a.off_topic:
        return "off"
    return "neighbour" if any(x.rule == "drifting" for x in advice_for(a)) else "on"


def relevance_results() -> list[tuple[dict, str]]:
    """Each labelled relevance case with the coach's reading of it."""
    from bench.devset import load_pair

    data = json.loads(RELEVANCE_FILE.read_text(encoding="utf-8"))
    dev_dir = ROOT / "tests" / "data" / "interviewer_dev"
    out: list[tuple[dict, str]] = []
    for case in data["cases"]:
        if "dev" in case:
            pair = load_pair(dev_dir / case["dev"])
            job, cv, company = pair.job_text, pair.cv_text, pair.company
        else:
            entry = data["jobs"][case["job"]]
            job, cv, company = entry["job_description"], entry["cv"], ""
        out.append((case, relevance_reading(case["question"], case["answer"], job, cv, company)))
    return out


def relevance_agreement(results: list[tuple[dict, str]]) -> tuple[int, int]:
    """Cases where the coach's on / not-on reading matches the label, and all cases."""
    right = sum((reading == "on") == (case["label"] == "on") for case, reading in results)
    return right, len(results)


# --- text checks -------------------------------------------------------------------------

# Written apart from the product's own contact rule on purpose: a check that called the
# rule it checks could not catch that rule missing a detail.
_CONTACT = re.compile(r"@\w|https?://|www\.|linkedin\.com|\+?\d[\d ()\-]{8,}\d", re.I)
# "(begin, current and position)": bare words listed in brackets, as the old scorer wrote.
_KEYWORD_LIST = re.compile(r"\((?:about )?[a-z][\w\-]*(?:, [a-z][\w\-]*)+ and [a-z][\w\-]*\)")
_QUOTED = re.compile(r"“([^”]+)”")


def text_problems(text: str) -> list[str]:
    """What is wrong with one generated string, if anything."""
    problems: list[str] = []
    if _CONTACT.search(text):
        problems.append("quotes a contact detail")
    if _KEYWORD_LIST.search(text):
        problems.append("keyword-list fragment")
    quoted = [q.strip().lower() for q in _QUOTED.findall(text)]
    short = [q for q in quoted if len(q) <= 25]
    if len(short) != len(set(short)):
        problems.append("repeats a quoted figure or phrase")
    for q in short:
        if re.fullmatch(r"[\d,.]+", q) or re.fullmatch(r"(?:19|20)\d\d", q):
            problems.append(f"quotes a bare number or year as a figure: {q}")
    return problems


def all_strings(report: FeedbackReport) -> list[str]:
    """Every string the coach wrote in a report."""
    out = [text for _, text, _ in report_items(report)]
    out += [c.evidence or "" for c in report.skill_coverage]
    return [s for s in out if s]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unlabelled", type=Path, help="write unjudged items here (JSON)")
    args = parser.parse_args()

    results = written_pairs() + dev_pairs()
    by_cat: dict[str, list[PairResult]] = defaultdict(list)
    for r in results:
        by_cat[f"{r.source if r.source != 'written' else 'written'}:{r.category}"].append(r)
    print(f"Answer pairs: {len(results)} from {len({r.field for r in results})} fields")
    for cat, rs in sorted(by_cat.items()):
        right = sum(r.right for r in rs)
        print(f"  {cat:38} {right:4}/{len(rs):<4} {right / len(rs):6.1%}")
    right = sum(r.right for r in results)
    print(f"  {'overall':38} {right:4}/{len(results):<4} {right / len(results):6.1%}")
    off = [r for r in results if r.weaker_off_topic_label]
    above = [r for r in off if r.weaker > 20]
    print(
        f"  off-topic answers: {len(off)}, above 20: {len(above)}, highest {max(r.weaker for r in off)}"
    )

    reports = dev_reports()
    judged = labels()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # right, wrong, unjudged
    todo: dict[str, dict] = {}
    problems: list[str] = []
    for name, report in reports.items():
        asked = {q.answer: (q.number, q.question) for q in report.questions}
        for kind, text, answer in report_items(report):
            key = item_key(kind, text, answer)
            if key in judged:
                counts[kind][0 if judged[key]["right"] else 1] += 1
            else:
                counts[kind][2] += 1
                number, question = asked.get(answer, (None, ""))
                todo[key] = {
                    "key": key,
                    "kind": kind,
                    "text": text,
                    "report": name,
                    "number": number,
                    "question": question,
                    "answer": answer,
                }
        for s in all_strings(report):
            problems.extend(f"{name}: {p}: {s[:90]}" for p in text_problems(s))
    print(f"Report items of {len(reports)} reports (judged right / judged)")
    for kind in ("verdict", "missing", "outline", "strength", "weakness", "cv"):
        r, w, u = counts[kind]
        share = f"{r / (r + w):6.1%}" if r + w else "   n/a"
        print(f"  {kind:10} {r:4}/{r + w:<4} {share}   not judged yet: {u}")
    r_all = sum(c[0] for c in counts.values())
    w_all = sum(c[1] for c in counts.values())
    if r_all + w_all:
        print(f"  {'all':10} {r_all:4}/{r_all + w_all:<4} {r_all / (r_all + w_all):6.1%}")
    rel = relevance_results()
    print("Relevance labels (on / not on the question, agreeing with the label)")
    for source in ("dev", "job"):
        part = [(c, r) for c, r in rel if source in c]
        right, n = relevance_agreement(part)
        name = "development" if source == "dev" else "invented fields"
        print(f"  {name:16} {right:4}/{n:<4} {right / max(n, 1):6.1%}")
    right, n = relevance_agreement(rel)
    print(f"  {'all':16} {right:4}/{n:<4} {right / max(n, 1):6.1%}")
    print(f"Text checks over every generated string: {len(problems)} problems")
    for p in problems[:20]:
        print("  ", p)
    if args.unlabelled:
        args.unlabelled.write_text(json.dumps(list(todo.values()), indent=1, ensure_ascii=False))
        print(f"{len(todo)} unjudged items written to {args.unlabelled}")


if __name__ == "__main__":
    main()
