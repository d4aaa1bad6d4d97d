"""Start-up: many workers on an empty database all boot; the schema is made exactly once.

`gunicorn -w 4` is started 20 times on an empty SQLite file and on an empty PostgreSQL
schema; every start must come up, with all four workers booted and none failing ("table
already exists", "database is locked"). Also: `python -m interview_core migrate` and the
schema lock in-process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from interview_core.db import create_schema, make_engine
from tests.helpers.ports import free_port, wait_until_up
from tests.reliability import figures

STARTS = 20
WORKERS = 4
BOOT_LIMIT_S = 60.0
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _boot(database_url: str, data_dir: Path) -> str:
    """Start gunicorn, wait for /healthz and every worker, stop it; returns its log."""
    port = free_port()
    env = {
        **os.environ,
        "INTERVIEW_DATA_DIR": str(data_dir),
        "INTERVIEW_DATABASE_URL": database_url,
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    log_path = data_dir / "gunicorn.log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-w",
                str(WORKERS),
                "-b",
                f"127.0.0.1:{port}",
                "--log-level=info",
                "interview_core.web:app",
            ],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        healthy = wait_until_up(
            f"http://127.0.0.1:{port}/healthz",
            server,
            BOOT_LIMIT_S,
            ready=lambda: log_path.read_text(errors="replace").count("Booting worker") >= WORKERS,
            interval_s=0.2,
        )
        if healthy:
            # Each worker builds the app (and checks the schema) when it boots; give the
            # last ones time to fail if they were going to.
            time.sleep(1.0)
        output = log_path.read_text(errors="replace")
        assert server.poll() is None, f"gunicorn exited:\n{output[-3000:]}"
        assert healthy, f"/healthz never answered:\n{output[-3000:]}"
        return output
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)

        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _assert_clean(output: str) -> None:
    for failure in (
        "Worker failed to boot",
        "Exception in worker",
        "Traceback",
        "already exists",
        "database is locked",
    ):
        assert failure not in output, output[-3000:]
    assert output.count("Booting worker") >= WORKERS


@pytest.mark.slow
@pytest.mark.timeout(STARTS * BOOT_LIMIT_S)
def test_gunicorn_boots_every_time_on_an_empty_sqlite_file(tmp_path: Path) -> None:
    for n in range(STARTS):
        data_dir = tmp_path / f"start{n}"
        data_dir.mkdir()
        database = data_dir / "interview.db"
        database.touch()  # an empty file, as a fresh volume mount leaves it
        _assert_clean(_boot(f"sqlite:///{database}", data_dir))
        tables = inspect(create_engine(f"sqlite:///{database}")).get_table_names()
        assert "interview_sessions" in tables or len(tables) > 3
    figures.add("gunicorn -w 4 fresh starts, all booted (sqlite)", STARTS)


def _boot_database_url() -> str:
    """A database of its own for boot tests (its schema is dropped each start)."""
    base = make_url(os.environ["TEST_DATABASE_URL"])
    name = f"{base.database}_boot"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.mark.slow
@pytest.mark.timeout(STARTS * BOOT_LIMIT_S)
@pytest.mark.skipif(not os.environ.get("TEST_DATABASE_URL"), reason="needs TEST_DATABASE_URL")
def test_gunicorn_boots_every_time_on_an_empty_postgresql_schema(tmp_path: Path) -> None:
    url = _boot_database_url()
    engine = create_engine(url)
    for n in range(STARTS):
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        data_dir = tmp_path / f"start{n}"
        data_dir.mkdir()
        _assert_clean(_boot(url, data_dir))
        assert len(inspect(engine).get_table_names()) > 3
    engine.dispose()
    figures.add("gunicorn -w 4 fresh starts, all booted (postgresql)", STARTS)


def test_concurrent_schema_creation_in_process_creates_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    results: list[str | None] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(6)

    def start() -> None:
        engine = make_engine(url)
        barrier.wait()
        try:
            results.append(create_schema(engine))
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=start) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert results.count("created") == 1 and results.count(None) == 5


def test_migrate_command_creates_then_reports_up_to_date(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    command = [sys.executable, "-m", "interview_core", "migrate", "--database-url", url]
    first = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, check=False)
    second = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, check=False)
    assert first.returncode == 0 and "Schema created." in first.stdout
    assert second.returncode == 0 and "already up to date" in second.stdout
