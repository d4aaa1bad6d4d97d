"""HTTP benchmark of the web shim under gunicorn, read against a bare Flask route.

One interleaved run: for each client count, `GET /session/<id>/interview` on the shim, the
same number of requests to a bare Flask route (`bench/bare_app.py`) under the same server
settings, then answer turns (`POST /session/<id>/message`, JSON) on the shim. For each it
reports requests per second, p50 and p99 latency, and the server's CPU time per request
(user + system time of the gunicorn workers, read from /proc before and after).

    .venv/bin/python bench/http_bench.py                       # SQLite, offline provider
    .venv/bin/python bench/http_bench.py --provider fake       # a local fake model server
    .venv/bin/python bench/http_bench.py --provider offline,fake   # both, one after the other
    .venv/bin/python bench/http_bench.py --postgres postgresql+psycopg://postgres@127.0.0.1:5432/bench_http
    .venv/bin/python bench/http_bench.py --streamlit            # and the Streamlit figures

Use a database of its own for PostgreSQL (never the test suite's `test`): its tables are
dropped and created again. `--json PATH` keeps every raw figure. `--streamlit` adds the
Streamlit app measured in Chromium against the shim in the same run (`bench/streamlit_bench.py`).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import streamlit_bench  # noqa: E402
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD  # noqa: E402
from tests.helpers.ports import free_port, wait_until_up  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")
BOOT_S = 60
WORKERS = 2
ANSWER = (
    "At Acme Corp I owned the order pipeline. I measured lag per Kafka partition, rebuilt "
    "the consumers in Python with idempotent writes to PostgreSQL and added alerts on lag; "
    "lost events fell from about 300 a day to zero within two months."
)


@dataclass
class Figure:
    """One measured load: what, on which server and database, and the results."""

    target: str
    database: str
    provider: str
    clients: int
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    cpu_ms_per_request: float


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks
    return total / CLK_TCK


@contextmanager
def gunicorn(app_spec: str, env: dict[str, str]) -> Iterator[tuple[int, list[int]]]:
    """Serve `app_spec` with gunicorn (2 sync workers); yields the port and worker pids."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-w",
            str(WORKERS),
            "-b",
            f"127.0.0.1:{port}",
            "--timeout",
            "120",
            app_spec,
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        def workers_up() -> bool:
            return len(_children(proc.pid)) == WORKERS

        if not wait_until_up(f"http://127.0.0.1:{port}/healthz", proc, BOOT_S, ready=workers_up):
            raise RuntimeError(f"gunicorn did not start {app_spec}")
        yield port, _children(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


class Client:
    """One keep-alive connection with a cookie jar of one cookie, speaking JSON."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookie: str | None = None

    def request(
        self, method: str, path: str, fields: dict[str, str] | None = None
    ) -> tuple[int, dict]:
        headers = {"Accept": "application/json"}
        body = None
        if self.cookie:
            headers["Cookie"] = self.cookie
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        data = response.read()
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        try:
            return response.status, json.loads(data or b"{}")
        except json.JSONDecodeError:
            return response.status, {}

    def upload_cv(self, session_id: int) -> None:
        boundary = "benchboundary"
        body = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="cv_file"; '
            f'filename="cv.md"\r\nContent-Type: text/markdown\r\n\r\n{SAMPLE_CV}\r\n'
            f"--{boundary}--\r\n"
        ).encode()
        headers = {
            "Accept": "application/json",
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Cookie": self.cookie or "",
        }
        self.conn.request("POST", f"/session/{session_id}/upload-cv", body=body, headers=headers)
        response = self.conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"CV upload failed: {response.status}")

    def ready_session(self) -> int:
        """A session of this client with both documents and question 1 asked."""
        status, body = self.request(
            "POST", "/session/create", {"job_title": "Backend Engineer", "company_name": "Initech"}
        )
        if status != 201:
            raise RuntimeError(f"create failed: {status} {body}")
        sid = int(body["id"])
        self.upload_cv(sid)
        status, _ = self.request(
            "POST", f"/session/{sid}/upload-job", {"job_description": SAMPLE_JD}
        )
        status, _ = self.request("GET", f"/session/{sid}/interview")
        if status != 200:
            raise RuntimeError(f"interview failed: {status}")
        return sid


def _run(clients: int, work: Callable[[int, list[float]], None]) -> tuple[list[float], float]:
    """Run `work(client_number, latencies)` in `clients` threads; all latencies and wall time."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    threads = [threading.Thread(target=work, args=(n, latencies[n])) for n in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [x for each in latencies for x in each], time.perf_counter() - start


def _figure(
    target: str,
    database: str,
    provider: str,
    clients: int,
    latencies: list[float],
    seconds: float,
    cpu: float,
) -> Figure:
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    return Figure(
        target=target,
        database=database,
        provider=provider,
        clients=clients,
        requests=len(latencies),
        seconds=round(seconds, 3),
        rps=round(len(latencies) / seconds, 1),
        p50_ms=round(statistics.median(latencies) * 1000, 1),
        p99_ms=round(p99 * 1000, 1),
        cpu_ms_per_request=round(cpu * 1000 / len(latencies), 2),
    )


def measure_gets(
    port: int, workers: list[int], path: str, clients: int, per_client: int
) -> tuple[list[float], float, float]:
    """`per_client` GETs of `path` from each of `clients` connections."""
    owner_cookie: str | None = None
    if "{sid}" in path:
        owner = Client(port)
        sid = owner.ready_session()
        owner_cookie = owner.cookie
        path = path.format(sid=sid)

    def work(_: int, out: list[float]) -> None:
        client = Client(port)
        client.cookie = owner_cookie
        for _ in range(per_client):
            t0 = time.perf_counter()
            status, _body = client.request("GET", path)
            out.append(time.perf_counter() - t0)
            if status != 200:
                raise RuntimeError(f"GET {path}: {status}")

    before = _cpu_seconds(workers)
    latencies, seconds = _run(clients, work)
    return latencies, seconds, _cpu_seconds(workers) - before


def _answer_all(client: Client, sid: int, out: list[float]) -> None:
    for index in range(1, 9):
        t0 = time.perf_counter()
        status, body = client.request(
            "POST",
            f"/session/{sid}/message",
            # Each session's answers are its own, so no cache hits across sessions.
            {"answer": f"{ANSWER} ({sid}.{index})", "question_index": str(index)},
        )
        out.append(time.perf_counter() - t0)
        if status != 200:
            raise RuntimeError(f"answer {index}: {status} {body}")


def warm_up(port: int, interviews: int) -> None:
    """Whole interviews, untimed, so every worker has loaded what a turn needs (lexicons,
    word lists) before anything is measured: the figures are per turn, not per start."""
    client = Client(port)
    for _ in range(interviews):
        _answer_all(client, client.ready_session(), [])


def measure_turns(
    port: int, workers: list[int], clients: int, sessions_per_client: int
) -> tuple[list[float], float, float]:
    """Each client answers all 8 questions of its own sessions; only the answers are timed."""
    prepared: list[list[tuple[Client, int]]] = []
    for _ in range(clients):
        client = Client(port)
        prepared.append([(client, client.ready_session()) for _ in range(sessions_per_client)])

    def work(n: int, out: list[float]) -> None:
        for client, sid in prepared[n]:
            _answer_all(client, sid, out)

    before = _cpu_seconds(workers)
    latencies, seconds = _run(clients, work)
    return latencies, seconds, _cpu_seconds(workers) - before


def _reset_postgres(url: str) -> None:
    from sqlalchemy import text

    from interview_core.db import make_engine

    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", help="also measure on this PostgreSQL database")
    parser.add_argument(
        "--provider",
        default="offline",
        help="offline, fake, or both in one run: offline,fake (default offline)",
    )
    parser.add_argument("--clients", default="1,8,32", help="client counts (default 1,8,32)")
    parser.add_argument("--gets", type=int, default=400, help="GETs per client count")
    parser.add_argument("--turn-sessions", type=int, default=2, help="sessions per client")
    parser.add_argument("--warm-up", type=int, default=2 * WORKERS, help="untimed interviews first")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--streamlit", action="store_true", help="add the Streamlit figures")
    parser.add_argument("--streamlit-turns", type=int, default=14, help="timed turns per app")
    parser.add_argument("--streamlit-concurrent", type=int, default=5, help="tabs open at once")
    parser.add_argument("--streamlit-sessions", type=int, default=20, help="tabs to close")
    parser.add_argument(
        "--streamlit-no-ttl-wait",
        action="store_true",
        help="skip waiting for Streamlit to drop closed tabs' sessions (a quick check)",
    )
    args = parser.parse_args(argv)
    counts = [int(c) for c in args.clients.split(",")]
    providers = [p.strip() for p in args.provider.split(",") if p.strip()]
    if not providers or any(p not in ("offline", "fake") for p in providers):
        parser.error("--provider takes offline, fake or offline,fake")
    figures: list[Figure] = []
    streamlit_figures = None

    for provider in providers:
        streamlit_figures = (
            _measure_provider(
                args, provider, counts, figures, streamlit_figures is None and args.streamlit
            )
            or streamlit_figures
        )
    print()
    print(_heading(argv))
    print()
    print(_table(figures))
    if streamlit_figures is not None:
        print()
        print(streamlit_bench.table(streamlit_figures))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        raw: list[dict] = [asdict(f) for f in figures]
        if streamlit_figures is not None:
            raw.append({"target": "Streamlit", **asdict(streamlit_figures)})
        args.json.write_text(json.dumps(raw, indent=2))
    return 0


def _measure_provider(
    args: argparse.Namespace,
    provider: str,
    counts: list[int],
    figures: list[Figure],
    streamlit: bool,
) -> streamlit_bench.StreamlitFigures | None:
    """Every database and client count with one provider; the Streamlit figures if asked."""
    streamlit_figures = None
    with tempfile.TemporaryDirectory() as tmp, contextmanager(_model_env)(provider) as model:
        databases = [("SQLite", f"sqlite:///{tmp}/bench.db")]
        if args.postgres:
            databases.append(("PostgreSQL", args.postgres))
        for name, url in databases:
            if name == "PostgreSQL":
                _reset_postgres(url)
            env = {
                "INTERVIEW_DATA_DIR": tmp,
                "INTERVIEW_DATABASE_URL": url,
                # A random key: the app refuses placeholders.
                "INTERVIEW_SECRET_KEY": secrets.token_urlsafe(48),
                **model,
            }
            # Create the schema once, before the workers start.
            subprocess.run(
                [sys.executable, "-c", "from interview_core.web import create_app; create_app()"],
                cwd=ROOT,
                env={**os.environ, **env},
                check=True,
            )
            with (
                gunicorn("interview_core.web:app", env) as (app_port, app_workers),
                gunicorn("bench.bare_app:app", env) as (bare_port, bare_workers),
            ):
                warm_up(app_port, args.warm_up)
                for clients in counts:
                    per_client = max(1, args.gets // clients)
                    for target, port, workers, path in (
                        ("GET interview", app_port, app_workers, "/session/{sid}/interview"),
                        ("bare Flask route", bare_port, bare_workers, "/"),
                    ):
                        lat, secs, cpu = measure_gets(port, workers, path, clients, per_client)
                        figures.append(_figure(target, name, provider, clients, lat, secs, cpu))
                    lat, secs, cpu = measure_turns(
                        app_port, app_workers, clients, args.turn_sessions
                    )
                    figures.append(_figure("answer turn", name, provider, clients, lat, secs, cpu))
                    for f in figures[-3:]:
                        print(_row(f), flush=True)
                if streamlit and name == "SQLite":
                    # While the shim is up: its turns in the browser are the yardstick.
                    streamlit_figures = streamlit_bench.measure(
                        app_port,
                        env,
                        tmp,
                        turns=args.streamlit_turns,
                        concurrent=args.streamlit_concurrent,
                        sessions=args.streamlit_sessions,
                        wait_ttl=not args.streamlit_no_ttl_wait,
                    )
    return streamlit_figures


def _model_env(provider: str) -> Iterator[dict[str, str]]:
    """Provider settings for the app: offline, or a local fake OpenAI-compatible server."""
    if provider == "offline":
        yield {"INTERVIEW_AI_PROVIDER": "offline", "INTERVIEW_AI_FALLBACKS": "offline"}
        return
    from tests.providers.fake_server import FakeModelServer

    with FakeModelServer() as server:
        yield {
            "INTERVIEW_AI_PROVIDER": "openai",
            "INTERVIEW_AI_FALLBACKS": "offline",
            "OPENAI_BASE_URL": server.openai_base_url,
            "OPENAI_MODEL": "fake-model",
        }


def _heading(argv: list[str] | None) -> str:
    """When and how the figures were made, to paste above them."""
    words = sys.argv[1:] if argv is None else argv
    command = " ".join(["python bench/http_bench.py", *words])
    return f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPU cores: `{command}`"


def _row(f: Figure) -> str:
    return (
        f"| {f.target} | {f.database} | {f.provider} | {f.clients} | {f.requests} | "
        f"{f.rps:,.0f} | {f.p50_ms:.1f} | {f.p99_ms:.1f} | {f.cpu_ms_per_request:.2f} |"
    )


def _table(figures: list[Figure]) -> str:
    head = (
        "| what | database | provider | clients | requests | req/s | p50 ms | p99 ms | "
        "server CPU ms/request |\n|---|---|---|---|---|---|---|---|---|"
    )
    return "\n".join([head, *(_row(f) for f in figures)])


if __name__ == "__main__":
    sys.exit(main())
