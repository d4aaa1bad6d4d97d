"""Golden transcripts of the offline interviewer: every pair × every answer script.

    python bench/golden_transcripts.py           # write tests/golden/transcripts/*.txt
    python bench/golden_transcripts.py --check   # exit 1 and show a diff when one changed

A transcript is plain text meant to be read as a human interviewer would read it, and
reviewed as a text diff whenever the interviewer's behaviour changes.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.devset import AS_OF  # noqa: E402
from interview_core.context import InterviewContext, Turn  # noqa: E402
from interview_core.interviewer.engine import plan_question  # noqa: E402
from interview_core.language.dates import as_of  # noqa: E402

GOLDEN_DIR = ROOT / "tests" / "golden" / "transcripts"
DOCUMENTS = ROOT / "tests" / "data" / "documents"
DOCUMENT_SCRIPTS = ROOT / "tests" / "golden" / "answer_scripts.json"
SCRIPTS = ("strong", "vague", "no_outcome", "off_topic", "rambling")

# The document pairs that predate the development set, with the session they belong to.
DOCUMENT_PAIRS = (
    ("software", "Senior Backend Engineer", "Northwind Logistics"),
    ("data", "Senior Data Analyst", "Fernway Bank"),
    ("sales", "Enterprise Account Executive", "Tessellate Analytics"),
    ("nursing", "Registered Nurse", "Calder Valley NHS Trust"),
)


@dataclass(frozen=True)
class Answer:
    kind: str
    text: str


@dataclass(frozen=True)
class Run:
    """One interview to transcribe: a CV/job pair and a script of answers."""

    pair: str
    script: str
    job_title: str
    company: str
    cv: str
    jd: str
    answers: tuple[Answer, ...]

    @property
    def name(self) -> str:
        return f"{self.pair}__{self.script}"


def _answers(items: list[dict[str, str]]) -> tuple[Answer, ...]:
    return tuple(Answer(str(a.get("kind", "")), str(a["text"])) for a in items)


def _document_runs() -> Iterator[Run]:
    scripts = json.loads(DOCUMENT_SCRIPTS.read_text(encoding="utf-8"))
    for key, title, company in DOCUMENT_PAIRS:
        cv = next(DOCUMENTS.glob(f"{key}_cv.*")).read_text(encoding="utf-8")
        jd = next(DOCUMENTS.glob(f"{key}_jd.*")).read_text(encoding="utf-8")
        for script in SCRIPTS:
            yield Run(f"doc-{key}", script, title, company, cv, jd, _answers(scripts[script]))


def _dev_runs() -> Iterator[Run]:
    from bench.devset import load_pairs

    for pair in load_pairs():
        for script in SCRIPTS:
            answers = tuple(Answer(a.kind, a.text) for a in pair.scripts.get(script, ()))
            if answers:
                yield Run(
                    pair.id,
                    script,
                    pair.job_title,
                    pair.company,
                    pair.cv_text,
                    pair.job_text,
                    answers,
                )


def runs() -> list[Run]:
    """Every run, in a stable order."""
    return sorted([*_document_runs(), *_dev_runs()], key=lambda r: r.name)


@as_of(AS_OF)
def interview(run: Run, max_questions: int = 8) -> list[Turn]:
    """Ask every question of `run`, feeding its answers in order."""
    turns: list[Turn] = []
    for number in range(max_questions):
        ctx = InterviewContext(run.job_title, run.company, run.cv, run.jd, tuple(turns))
        question = plan_question(ctx)
        turns.append(Turn(question, run.answers[number % len(run.answers)].text))
    return turns


def _wrap(label: str, text: str) -> str:
    return textwrap.fill(text, width=96, initial_indent=label, subsequent_indent=" " * len(label))


def transcript(run: Run) -> str:
    """The readable transcript of one run."""
    lines = [
        f"pair: {run.pair}",
        f"script: {run.script}",
        f"role: {run.job_title} at {run.company}",
        "",
    ]
    for number, turn in enumerate(interview(run), start=1):
        kind = run.answers[(number - 1) % len(run.answers)].kind
        lines.append(_wrap(f"Q{number}. ", turn.question))
        lines.append(_wrap(f"A{number} [{kind}]. ", turn.answer or ""))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def check() -> list[str]:
    """Diffs between the stored goldens and today's transcripts (empty when all match)."""
    problems: list[str] = []
    expected_names = set()
    for run in runs():
        path = GOLDEN_DIR / f"{run.name}.txt"
        expected_names.add(path.name)
        new = transcript(run)
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if new != old:
            diff = difflib.unified_diff(
                old.splitlines(), new.splitlines(), f"golden/{path.name}", "now", lineterm=""
            )
            problems.append("\n".join(diff))
    for stale in sorted(p.name for p in GOLDEN_DIR.glob("*.txt")):
        if stale not in expected_names:
            problems.append(f"golden/{stale} has no run any more")
    return problems


def write() -> int:
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    names = set()
    for run in runs():
        path = GOLDEN_DIR / f"{run.name}.txt"
        path.write_text(transcript(run), encoding="utf-8")
        names.add(path.name)
    for stale in GOLDEN_DIR.glob("*.txt"):
        if stale.name not in names:
            stale.unlink()
    return len(names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        print(f"{len(problems)} transcript(s) differ" if problems else "all transcripts match")
        return 1 if problems else 0
    print(f"wrote {write()} transcripts to {GOLDEN_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
