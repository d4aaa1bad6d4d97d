"""Golden feedback reports: the offline coach's report on each development-set interview.

    python bench/golden_feedback.py          # rewrite tests/data/golden_feedback/
    python bench/golden_feedback.py --check  # exit 1 if any report differs

Each interview is the offline interviewer's questions answered with one script of the
development set (strong, vague, off-topic). Review a change as a diff of these files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.devset import AS_OF, load_pairs  # noqa: E402
from bench.eval_scorer import dev_reports  # noqa: E402
from interview_core.language.dates import as_of  # noqa: E402
from interview_core.report import render_markdown  # noqa: E402

GOLDEN_DIR = ROOT / "tests" / "data" / "golden_feedback"


@as_of(AS_OF)
def rendered() -> dict[str, str]:
    """File name -> Markdown of every golden report, as the code writes it now."""
    titles = {p.id: (p.job_title, p.company) for p in load_pairs()}
    out: dict[str, str] = {}
    for name, report in dev_reports().items():
        pair_id, script = name.split("/")
        title, company = titles[pair_id]
        session = SimpleNamespace(id=0, job_title=title, company_name=company)
        report = report.model_copy(update={"generated_at": None})
        out[f"{pair_id}.{script}.md"] = render_markdown(report, session)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    now = rendered()
    if args.check:
        stale = [
            n
            for n, text in now.items()
            if not (GOLDEN_DIR / n).exists() or (GOLDEN_DIR / n).read_text(encoding="utf-8") != text
        ]
        for n in stale:
            print("differs:", n)
        return 1 if stale else 0
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    for old in GOLDEN_DIR.glob("*.md"):
        if old.name not in now:
            old.unlink()
    for n, text in now.items():
        (GOLDEN_DIR / n).write_text(text, encoding="utf-8")
    print(f"{len(now)} golden reports written to {GOLDEN_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
