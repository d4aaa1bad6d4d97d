"""Benchmark of the recruiters' dashboard at scale, against the naive pandas approach.

For each database given (SQLite file and/or PostgreSQL URL) it can first fill it with demo
data, then runs three measurements, each in its own child process so that peak memory is
the measurement's own:

- `queries`: every `interview_core.analytics` function under several filter scenarios;
  median and worst of `--repeat` warm runs, plus the first (cold) run;
- `naive`: read the tables into pandas and compute the same figures there (and check that
  both give the same headline numbers and funnel);
- `page`: AppTest render of `pages/dashboard.py` with an empty result cache, after one
  warm-up render that pays for imports.

Peak memory is reported twice: the peak resident set (VmHWM; the whole process:
interpreter, libraries, data) and the tracemalloc peak of Python allocations during the measured work (a separate
pass, because tracing slows everything down).

    python bench/dashboard_bench.py --sqlite data/bench/dashboard.db \
        --postgres postgresql+psycopg://postgres@127.0.0.1:5432/bench --generate 100000
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from interview_core import analytics, demo  # noqa: E402
from interview_core.analytics import Filters  # noqa: E402
from interview_core.db import Database  # noqa: E402
from interview_core.models import Base  # noqa: E402

TARGET_QUERY_S = 1.0
TARGET_PAGE_S = 3.0
TARGET_MEMORY_MB = 500.0


def _rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Linux's VmHWM belongs to the current program image; ru_maxrss would also count the
    parent's pages the child had before exec (the benchmark parent is large).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _timed(fn: Callable[[], Any], repeat: int) -> dict[str, float]:
    first_start = time.perf_counter()
    fn()
    first = time.perf_counter() - first_start
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return {"first_s": first, "median_s": statistics.median(runs), "max_s": max(runs)}


def _scenarios(db: Database) -> dict[str, Filters]:
    options = analytics.filter_options(db)
    if options.last_day is None:
        raise SystemExit("The database is empty: run with --generate N first.")
    last = options.last_day
    month = Filters(start=last - timedelta(days=29), end=last)
    return {
        "last 30 days": month,
        "last 30 days, one job title": replace(month, job_titles=options.job_titles[:1]),
        "last 30 days, complete, gemini": replace(
            month, statuses=("complete",), providers=("gemini",)
        ),
        "all 90 days": Filters(start=last - timedelta(days=89), end=last),
    }


QUERIES: dict[str, Callable[[Database, Filters], Any]] = {
    "headline (7 metrics, 2 periods)": analytics.headline,
    "sessions per day": lambda db, f: analytics.sessions_over_time(db, f, "day"),
    "sessions per week": lambda db, f: analytics.sessions_over_time(db, f, "week"),
    "funnel": analytics.funnel,
    "score distribution": analytics.score_distribution,
    "rubric by job title": analytics.rubric_by_job_title,
    "skill gaps heatmap": analytics.skill_gaps,
    "provider health per day": lambda db, f: analytics.provider_health(db, f, "day"),
    "sessions table (500 rows)": analytics.sessions_table,
    "sessions table sorted by score": lambda db, f: analytics.sessions_table(
        db, f, sort="score", descending=True
    ),
}


# --- children ---------------------------------------------------------------------------


def child_queries(url: str, repeat: int) -> dict[str, Any]:
    base_rss = _rss_mb()
    db = Database.from_url(url, create=False)
    scenarios = _scenarios(db)
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name, fn in QUERIES.items():
        results[name] = {
            label: _timed(lambda fn=fn, f=f: fn(db, f), repeat) for label, f in scenarios.items()
        }
    csv_s = _timed(lambda: analytics.sessions_csv(db, scenarios["last 30 days"]), 1)
    rss = _rss_mb()
    tracemalloc.start()
    for fn in QUERIES.values():
        for f in scenarios.values():
            fn(db, f)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    db.dispose()
    return {
        "queries": results,
        "csv_export_s": csv_s["median_s"],
        "base_rss_mb": base_rss,
        "rss_mb": rss,
        "traced_peak_mb": traced_peak / 2**20,
    }


def child_naive(url: str, repeat: int) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "bench"))
    from naive import check_same, compute_all, read_tables

    base_rss = _rss_mb()
    db = Database.from_url(url, create=False)
    scenarios = _scenarios(db)
    f = scenarios["last 30 days"]
    start = time.perf_counter()
    tables = read_tables(db)
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    figures = compute_all(tables, f)
    compute_s = time.perf_counter() - start
    check_same(figures, analytics.headline(db, f), analytics.funnel(db, f))
    rows = {name: len(frame) for name, frame in tables.items()}
    rss = _rss_mb()
    del tables, figures
    tracemalloc.start()
    compute_all(read_tables(db), f)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    db.dispose()
    return {
        "read_s": read_s,
        "compute_s": compute_s,
        "total_s": read_s + compute_s,
        "rows": rows,
        "base_rss_mb": base_rss,
        "rss_mb": rss,
        "traced_peak_mb": traced_peak / 2**20,
    }


def child_page(url: str, repeat: int) -> dict[str, Any]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["INTERVIEW_DATABASE_URL"] = url
    page = str(ROOT / "pages" / "dashboard.py")
    base_rss = _rss_mb()

    def render() -> AppTest:
        st.cache_data.clear()  # every figure is computed afresh, as on a first visit
        at = AppTest.from_file(page, default_timeout=120)
        at.run()
        if at.exception:
            raise RuntimeError(at.exception[0].message)
        return at

    render()  # imports, connection pool, Altair's schema
    timing = _timed(render, repeat)
    at = render()
    metrics = {m.label: m.value for m in at.metric}
    start = time.perf_counter()
    at.multiselect(key="dash_statuses").set_value(["complete"]).run()
    refilter_s = time.perf_counter() - start
    rss = _rss_mb()
    tracemalloc.start()
    render()
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        **timing,
        "refilter_s": refilter_s,
        "metrics": metrics,
        "base_rss_mb": base_rss,
        "rss_mb": rss,
        "traced_peak_mb": traced_peak / 2**20,
    }


CHILDREN = {"queries": child_queries, "naive": child_naive, "page": child_page}


def run_child(mode: str, url: str, repeat: int) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; returns its JSON result."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--url", url, "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"{mode} on {url} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the parent -------------------------------------------------------------------------


def _reset(url: str) -> None:
    db = Database.from_url(url, create=False)
    if db.dialect == "sqlite":
        db.dispose()
        path = Path(db.engine.url.database or "")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    Base.metadata.drop_all(db.engine)
    with db.engine.begin() as conn:
        # Without its revision stamp the next start creates the schema afresh.
        conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    db.dispose()


def generate(url: str, sessions: int, seed: int, end: date) -> dict[str, Any]:
    """Fill an emptied database with demo data; returns rows and seconds."""
    _reset(url)
    db = Database.from_url(url)
    summary = demo.generate(db, sessions, seed=seed, end=end, progress=demo.ProgressLine())
    rows = demo.count_rows(db)
    db.dispose()
    return {"seconds": summary.seconds, "rows": rows}


def bench_database(label: str, url: str, repeat: int) -> dict[str, Any]:
    db = Database.from_url(url, create=False)
    rows = demo.count_rows(db)
    db.dispose()
    print(f"[{label}] {rows}", file=sys.stderr)
    result: dict[str, Any] = {"rows": rows}
    for mode in ("queries", "naive", "page"):
        print(f"[{label}] measuring {mode}…", file=sys.stderr)
        result[mode] = run_child(mode, url, repeat)
    return result


def _fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def markdown(report: dict[str, Any]) -> str:
    """The results as the tables in docs/benchmarks.md."""
    dbs = report["databases"]
    names = list(dbs)
    lines = [
        f"Run on {report['date']}: {report['machine']}.",
        "",
        "| rows | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for table in ("sessions", "messages", "feedback", "feedback_skills", "model_calls"):
        lines.append(
            f"| {table} | " + " | ".join(f"{dbs[n]['rows'][table]:,}" for n in names) + " |"
        )
    if report.get("generation"):
        lines.append(
            "| demo-data time | "
            + " | ".join(
                f"{report['generation'][n]['seconds']:,.0f} s" if n in report["generation"] else "—"
                for n in names
            )
            + " |"
        )
    lines += [
        "",
        "Each query: worst median over the filter scenarios (first, cold run in brackets).",
        "",
        "| query | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for query in QUERIES:
        cells = []
        for n in names:
            per = dbs[n]["queries"]["queries"][query]
            worst = max(v["median_s"] for v in per.values())
            cold = max(v["first_s"] for v in per.values())
            cells.append(f"{_fmt_s(worst)} ({_fmt_s(cold)})")
        lines.append(f"| {query} | " + " | ".join(cells) + " |")
    lines.append(
        "| CSV export, last 30 days | "
        + " | ".join(_fmt_s(dbs[n]["queries"]["csv_export_s"]) for n in names)
        + " |"
    )
    lines += [
        "",
        "| whole dashboard | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
        "| page render, AppTest, empty cache (median) | "
        + " | ".join(_fmt_s(dbs[n]["page"]["median_s"]) for n in names)
        + " |",
        "| page render, worst | "
        + " | ".join(_fmt_s(dbs[n]["page"]["max_s"]) for n in names)
        + " |",
        "| re-render after a filter change | "
        + " | ".join(_fmt_s(dbs[n]["page"]["refilter_s"]) for n in names)
        + " |",
        "| all figures in SQL (sum of query medians, last 30 days) | "
        + " | ".join(_fmt_s(_sum_sql(dbs[n])) for n in names)
        + " |",
        "| naive: read tables into pandas | "
        + " | ".join(_fmt_s(dbs[n]["naive"]["read_s"]) for n in names)
        + " |",
        "| naive: aggregate in pandas | "
        + " | ".join(_fmt_s(dbs[n]["naive"]["compute_s"]) for n in names)
        + " |",
        "| naive total | " + " | ".join(_fmt_s(dbs[n]["naive"]["total_s"]) for n in names) + " |",
        "| **speed-up, SQL vs naive** | "
        + " | ".join(f"**{dbs[n]['naive']['total_s'] / _sum_sql(dbs[n]):.0f}x**" for n in names)
        + " |",
        "",
        "| peak memory (MB) | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for mode, title in (
        ("queries", "SQL queries"),
        ("page", "page render"),
        ("naive", "naive pandas"),
    ):
        lines.append(
            f"| {title}: process RSS after imports | "
            + " | ".join(f"{dbs[n][mode]['base_rss_mb']:,.0f}" for n in names)
            + " |"
        )
        lines.append(
            f"| {title}: process max RSS | "
            + " | ".join(f"{dbs[n][mode]['rss_mb']:,.0f}" for n in names)
            + " |"
        )
        lines.append(
            f"| {title}: Python allocations peak (tracemalloc) | "
            + " | ".join(f"{dbs[n][mode]['traced_peak_mb']:,.0f}" for n in names)
            + " |"
        )
    return "\n".join(lines) + "\n"


def _sum_sql(result: dict[str, Any]) -> float:
    per = result["queries"]["queries"]
    wanted = [
        "headline (7 metrics, 2 periods)",
        "sessions per day",
        "funnel",
        "score distribution",
        "rubric by job title",
        "skill gaps heatmap",
        "provider health per day",
        "sessions table (500 rows)",
    ]
    return sum(per[q]["last 30 days"]["median_s"] for q in wanted)


def check_targets(report: dict[str, Any]) -> list[str]:
    """Targets missed, as sentences (empty when all are met)."""
    missed = []
    for name, result in report["databases"].items():
        for query, per in result["queries"]["queries"].items():
            for scenario, t in per.items():
                if t["median_s"] > TARGET_QUERY_S:
                    missed.append(f"{name}: {query} ({scenario}) took {t['median_s']:.2f} s")
        if result["page"]["median_s"] > TARGET_PAGE_S:
            missed.append(f"{name}: page render took {result['page']['median_s']:.2f} s")
        for mode in ("queries", "page"):
            if result[mode]["rss_mb"] > TARGET_MEMORY_MB:
                missed.append(f"{name}: {mode} peaked at {result[mode]['rss_mb']:.0f} MB")
    return missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sqlite", type=Path, help="SQLite file to benchmark")
    parser.add_argument("--postgres", help="PostgreSQL URL to benchmark (its own database)")
    parser.add_argument("--generate", type=int, help="first refill each database with N sessions")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--end-date", type=date.fromisoformat, default=date(2025, 6, 30))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "dashboard.json")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(CHILDREN[args.child](args.url, args.repeat)))
        return 0

    targets: dict[str, str] = {}
    if args.sqlite:
        targets["SQLite"] = f"sqlite:///{args.sqlite.resolve()}"
    if args.postgres:
        if args.postgres.rstrip("/").endswith("/test"):
            parser.error("use a database of its own, not the shared `test` one")
        targets["PostgreSQL"] = args.postgres
    if not targets:
        parser.error("give --sqlite and/or --postgres")

    report: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": f"{os.cpu_count()} cores, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}",
        "generation": {},
        "databases": {},
    }
    for name, url in targets.items():
        if args.generate:
            print(f"[{name}] generating {args.generate:,} sessions…", file=sys.stderr)
            report["generation"][name] = generate(url, args.generate, args.seed, args.end_date)
        report["databases"][name] = bench_database(name, url, args.repeat)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(markdown(report))
    missed = check_targets(report)
    for line in missed:
        print(f"TARGET MISSED: {line}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
