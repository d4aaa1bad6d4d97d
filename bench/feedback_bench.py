"""Benchmark of offline feedback: a finished interview to stored feedback, and the downloads.

Goal: a candidate who finishes an interview gets feedback within a second, offline. This
measures, on a fresh SQLite database per run:

- `score`: the pure offline scorer (`score_interview`) on an eight-answer interview;
- `generate`: `generate_feedback` end to end (read the session, score, store the row and
  its skill rows) — what the candidate waits for after the last answer;
- `cached`: the same call again, returning the stored feedback;
- `markdown` and `pdf`: rendering the downloads.

The first run of each is reported separately (cold: lexicons compiled, regexes built,
fonts loaded); then the median and worst of `--repeat` warm runs.

    python bench/feedback_bench.py --repeat 20
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from interview_core import interview  # noqa: E402
from interview_core.ai.base import Provider, ProviderReply  # noqa: E402
from interview_core.ai.registry import build_provider  # noqa: E402
from interview_core.ai.service import AIService  # noqa: E402
from interview_core.auth import Actor  # noqa: E402
from interview_core.config import load_settings  # noqa: E402
from interview_core.context import InterviewContext, Turn  # noqa: E402
from interview_core.db import Database  # noqa: E402
from interview_core.feedback import generate_feedback  # noqa: E402
from interview_core.report import render_markdown, render_pdf  # noqa: E402
from interview_core.scorer import score_interview  # noqa: E402

TARGET_GENERATE_S = 1.0
DATA = ROOT / "tests" / "data" / "feedback_pairs.json"


class _Questions(Provider):
    """Asks the benchmark's questions in order (the interviewer is not what is measured)."""

    name = "bench"
    model = "bench"

    def __init__(self, questions: list[str]) -> None:
        self.questions = questions

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        return ProviderReply(chunks=iter([self.questions[ctx.question_number - 1]]))


def _interview() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """A realistic interview: eight labelled pairs of one job, alternating strong and weak."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    job = data["jobs"]["backend"]
    pairs = [p for p in data["pairs"] if p["job"] == "backend"][:8]
    turns = [
        (p["question"], p["stronger"] if i % 2 == 0 else p["weaker"]) for i, p in enumerate(pairs)
    ]
    return job, turns


def _timed(fn: Callable[[], Any], repeat: int) -> dict[str, float]:
    started = time.perf_counter()
    fn()
    cold = time.perf_counter() - started
    warm: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        warm.append(time.perf_counter() - started)
    return {
        "cold_s": round(cold, 4),
        "median_s": round(statistics.median(warm), 4),
        "worst_s": round(max(warm), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    job, turns = _interview()
    ctx = InterviewContext(
        job_title=job["title"],
        company_name="Initech",
        cv_text=job["cv"],
        job_description=job["job_description"],
        turns=tuple(Turn(q, a) for q, a in turns),
    )
    results: dict[str, Any] = {"python": platform.python_version(), "machine": platform.machine()}
    results["score"] = _timed(lambda: score_interview(ctx), args.repeat)

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(env={"INTERVIEW_DATA_DIR": tmp}, secrets_path=Path(tmp) / "x")
        db = Database.from_url(f"sqlite:///{Path(tmp) / 'bench.db'}")
        actor = Actor("bench")
        asker = AIService([_Questions([q for q, _ in turns])])
        offline = AIService([build_provider("offline", settings)])

        def finished_session() -> int:
            summary = interview.create_session(db, actor, job["title"], "Initech")
            interview.attach_cv(db, actor, summary.id, "cv.txt", job["cv"].encode())
            interview.attach_job_description(db, actor, summary.id, job["job_description"])
            interview.start_interview(db, actor, summary.id, asker)
            for _, answer in turns:
                interview.answer_question(db, actor, summary.id, answer, asker)
            return summary.id

        # Each generate run gets its own finished session, prepared outside the timing.
        sessions = [finished_session() for _ in range(args.repeat + 1)]
        pending = iter(sessions)
        results["generate"] = _timed(
            lambda: generate_feedback(db, actor, next(pending), offline), args.repeat
        )
        results["cached"] = _timed(
            lambda: generate_feedback(db, actor, sessions[0], offline), args.repeat
        )
        report = generate_feedback(db, actor, sessions[0], offline)
        summary = interview.get_session(db, actor, sessions[0])
        results["markdown"] = _timed(lambda: render_markdown(report, summary), args.repeat)
        results["pdf"] = _timed(lambda: render_pdf(report, summary), max(3, args.repeat // 4))
        db.dispose()

    results["target_generate_s"] = TARGET_GENERATE_S
    results["meets_target"] = results["generate"]["worst_s"] <= TARGET_GENERATE_S
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
