"""Golden transcripts: the offline interviewer's questions for every pair × answer script.

Regenerate deliberately with `python bench/golden_transcripts.py` and review the text diff.
"""

from __future__ import annotations

import re

from bench.golden_transcripts import GOLDEN_DIR, check, runs
from interview_core.interviewer.engine import opening


def test_there_are_transcripts_for_every_script() -> None:
    scripts = {r.script for r in runs()}
    assert scripts == {"strong", "vague", "no_outcome", "off_topic", "rambling"}


def test_golden_transcripts_are_unchanged() -> None:
    problems = check()
    assert not problems, (
        "\n\n".join(problems) + "\n\nRegenerate: python bench/golden_transcripts.py"
    )


def _questions(text: str) -> list[str]:
    """The questions of one stored transcript, unwrapped."""
    questions: list[str] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("Q") and ". " in line[:5]:
            current = [line.split(". ", 1)[1]]
            questions.append("")
        elif current is not None and line.startswith("    "):
            current.append(line.strip())
        else:
            current = None
        if current is not None:
            questions[-1] = " ".join(current)
    return questions


def _golden_questions() -> dict[str, list[str]]:
    return {p.stem: _questions(p.read_text(encoding="utf-8")) for p in GOLDEN_DIR.glob("*.txt")}


def test_no_two_questions_in_an_interview_open_alike() -> None:
    # A person varies their wording: no probe or redirect formula twice in one interview.
    clashes = []
    for name, questions in _golden_questions().items():
        openings = [opening(q) for q in questions]
        clashes += [f"{name}: {o!r}" for o in set(openings) if openings.count(o) > 1]
    assert not clashes, "\n".join(sorted(clashes))


def test_the_first_days_are_asked_about_only_at_the_close() -> None:
    # "Your first months" before the closing question overlaps with its 90-day question.
    early = re.compile(r"first (?:months?|weeks|90 days|ninety days)", re.IGNORECASE)
    found = [
        f"{name} Q{n}"
        for name, questions in _golden_questions().items()
        for n, q in enumerate(questions[:-1], start=1)
        if early.search(q)
    ]
    assert not found, found
