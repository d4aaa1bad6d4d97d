"""Scale-out smoke test: the topology of docs/deploy.md on this machine, one interview across it.

One PostgreSQL database (a fresh one on TEST_DATABASE_URL's server, dropped at the end),
migrated once with `python -m interview_core migrate`; the web shim under gunicorn with
`deploy/gunicorn.conf.py` and two workers; two Streamlit servers. Every process has a data
folder of its own and shares only the database and the secrets given in the environment.
The answers alternate between the processes (shim worker 1, Streamlit A, shim worker 2,
Streamlit B, ...), each request to the shim pinned to the worker it is meant for; after
every turn each of the four processes must show the same question index and messages.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import secrets
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.helpers.servers import (
    PROJECT_ROOT,
    Server,
    free_port,
    gunicorn_args,
    started,
    streamlit_args,
)

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
WAIT_MS = 30_000
USERNAME = "coach"
PASSWORD = "smoke test passphrase 4711"
MAX_QUESTIONS = 8
ANSWERS = [
    "At Acme I rebuilt the order pipeline on Kafka; lost events fell to zero in two months.",
    "I split the monolith's billing module out behind a queue, and deploys went from weekly to daily.",
    "When two teams disagreed on the API, I wrote both designs up and we picked one in a day.",
    "I profiled the slow report with py-spy, added an index, and it went from 40 s to 2 s.",
    "I mentor two juniors: weekly pairing, and each shipped a feature end to end this quarter.",
    "An outage taught me to add alerts on queue depth; we now catch backlogs within minutes.",
    "I keep services small and typed, with contract tests between them so changes stay safe.",
    "I would start by reading the incident history, then fix the noisiest alert first.",
]
_ACCESS_LINE = re.compile(r'"[A-Z]+ [^"]*[?&]probe=([0-9a-f]{32})[^"]*".* pid=<(\d+)>')


def _same_text(text: str) -> str:
    """Text as a page shows it: whitespace collapsed, invisible word joiners dropped."""
    return " ".join(text.replace("\u2060", "").split())


@pytest.fixture
def database_url() -> Iterator[str]:
    """A database of this test's own on TEST_DATABASE_URL's server, dropped at the end."""
    base_raw = os.environ.get("TEST_DATABASE_URL")
    if not base_raw:
        pytest.skip("needs TEST_DATABASE_URL (a PostgreSQL server)")
    base = make_url(base_raw)
    name = f"{base.database}_deploy_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _command(args: list[str], env: dict[str, str], stdin: str = "") -> str:
    done = subprocess.run(
        [sys.executable, "-m", "interview_core", *args],
        cwd=PROJECT_ROOT,
        env={**os.environ, **env},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@dataclass
class Topology:
    """The running processes."""

    shim: Server
    streamlit: list[Server]


@pytest.fixture
def topology(database_url: str, tmp_path: Path) -> Iterator[Topology]:
    """Migrate once, add an account, then start gunicorn (2 workers) and two Streamlit servers."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium package"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    # What every process gets, as docs/deploy.md says: the database, the secrets, the hosts.
    shared = {
        "INTERVIEW_DATABASE_URL": database_url,
        "INTERVIEW_SECRET_KEY": secrets.token_urlsafe(48),
        "STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_urlsafe(48),
        "INTERVIEW_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "INTERVIEW_AI_PROVIDER": "offline",
        "INTERVIEW_AI_FALLBACKS": "offline",
    }
    ops = {**shared, "INTERVIEW_DATA_DIR": str(tmp_path / "ops")}
    assert _command(["migrate"], ops).strip() == "Schema created."
    _command(["users", "add", USERNAME, "--role", "coach", "--password-stdin"], ops, PASSWORD)

    with ExitStack() as stack:
        shim_port = free_port()
        shim = stack.enter_context(
            started(
                "gunicorn",
                gunicorn_args(shim_port),
                port=shim_port,
                log_dir=tmp_path,
                env={
                    **shared,
                    "INTERVIEW_DATA_DIR": str(tmp_path / "shim"),
                    "WEB_CONCURRENCY": "2",
                },
            )
        )
        apps = []
        for name in ("streamlit_a", "streamlit_b"):
            port = free_port()
            apps.append(
                stack.enter_context(
                    started(
                        name,
                        streamlit_args(port),
                        port=port,
                        log_dir=tmp_path,
                        env={**shared, "INTERVIEW_DATA_DIR": str(tmp_path / name)},
                    )
                )
            )
        shim.wait_for_http("/readyz")
        shim.wait_until(lambda: shim.log().count("Booting worker") >= 2)
        for app in apps:
            app.wait_for_http("/_stcore/health")
        yield Topology(shim, apps)
        for server in (shim, *apps):
            assert "Traceback" not in server.log(), server.log()[-3000:]


@dataclass
class ShimClient:
    """A JSON client of the shim that picks which gunicorn worker serves each request.

    A connection is kept alive by the worker that accepted it; a tagged `/healthz` probe on
    a new connection shows (in the access log, which names the worker's pid) whose it is.
    """

    server: Server
    cookies: dict[str, str] = field(default_factory=dict)

    @property
    def port(self) -> int:
        return int(self.server.url.rsplit(":", 1)[1])

    def _served_by(self, tag: str) -> int:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            for match in _ACCESS_LINE.finditer(self.server.log()):
                if match.group(1) == tag:
                    return int(match.group(2))
            time.sleep(0.05)
        raise AssertionError(f"request {tag} is not in the access log")

    def _probe(self) -> tuple[http.client.HTTPConnection, int]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        tag = uuid.uuid4().hex
        conn.request("GET", f"/healthz?probe={tag}")
        response = conn.getresponse()
        response.read()
        assert response.status == 200
        return conn, self._served_by(tag)

    def workers(self) -> list[int]:
        """The pids of the workers, found by probing until two have answered."""
        pids: set[int] = set()
        for _ in range(100):
            conn, pid = self._probe()
            conn.close()
            pids.add(pid)
            if len(pids) == 2:
                return sorted(pids)
        raise AssertionError(f"only worker(s) {pids} answered")

    def _pinned(self, pid: int) -> http.client.HTTPConnection:
        for _ in range(100):
            conn, served_by = self._probe()
            if served_by == pid:
                return conn
            conn.close()
        raise AssertionError(f"no connection reached worker {pid}")

    def request(
        self,
        pid: int,
        method: str,
        path: str,
        form: dict[str, Any] | None = None,
        *,
        body: bytes | None = None,
        content_type: str | None = None,
    ) -> tuple[int, Any]:
        """`method path` on worker `pid` as a JSON client with this client's cookie; the body
        is `form` (url-encoded) or `body` of `content_type`."""
        conn = self._pinned(pid)
        tag = uuid.uuid4().hex
        headers = {"Accept": "application/json"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if form is not None:
            body = urlencode(form).encode()
            content_type = "application/x-www-form-urlencoded"
        if content_type:
            headers["Content-Type"] = content_type
        conn.request(method, f"{path}?probe={tag}", body=body, headers=headers)
        response = conn.getresponse()
        payload = response.read()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, value = cookie.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        conn.close()
        assert self._served_by(tag) == pid, f"{method} {path} went to another worker"
        return response.status, json.loads(payload) if payload else None

    def interview(self, pid: int, session_id: int) -> dict[str, Any]:
        status, body = self.request(pid, "GET", f"/session/{session_id}/interview")
        assert status == 200, body
        return body


class StreamlitTab:
    """One browser tab signed in to one Streamlit server, kept open for the whole interview."""

    def __init__(self, browser: Any, server: Server) -> None:
        self.server = server
        self.page = browser.new_page(viewport={"width": 1280, "height": 1600})
        self.page.set_default_timeout(WAIT_MS)

    def open(self, session_id: int) -> None:
        """Sign in at the interview's address; the sign-in lasts as long as this tab."""
        page = self.page
        page.goto(f"{self.server.url}/interview?session={session_id}")
        page.get_by_label("Username").fill(USERNAME)
        page.get_by_role("textbox", name="Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_text("Signed in as").wait_for()

    def refresh(self) -> None:
        """Run the interview page again in the same Streamlit session (a reload would be a
        new session, signed out): away to My sessions and back through the navigation."""
        self.page.get_by_role("link", name="My sessions").click()
        self.page.get_by_role("heading", name="My sessions").wait_for()
        self.page.get_by_role("link", name="Interview").click()

    def wait_for_progress(self, question_count: int, complete: bool) -> None:
        label = (
            f"All {MAX_QUESTIONS} questions answered"
            if complete
            else f"Question {question_count} of {MAX_QUESTIONS}"
        )
        self.page.get_by_text(label, exact=True).first.wait_for()

    def messages(self, count: int) -> list[str]:
        """The text of the chat bubbles, once there are `count` of them."""
        bubbles = self.page.get_by_test_id("stChatMessage")
        deadline = time.monotonic() + WAIT_MS / 1000
        while bubbles.count() != count:
            assert time.monotonic() < deadline, f"{bubbles.count()} bubbles, not {count}"
            time.sleep(0.1)
        return [_same_text(t) for t in bubbles.all_inner_texts()]

    def answer(self, text_: str) -> None:
        box = self.page.get_by_test_id("stChatInputTextArea")
        box.wait_for()
        deadline = time.monotonic() + WAIT_MS / 1000
        while not box.is_enabled():
            assert time.monotonic() < deadline, "the answer box stayed disabled"
            time.sleep(0.1)
        box.fill(text_)
        box.press("Enter")


def _check_everyone_agrees(
    shim: ShimClient, workers: list[int], tabs: list[StreamlitTab], session_id: int, answered: int
) -> None:
    """Every worker and every Streamlit server shows the same question index and messages."""
    views = [shim.interview(pid, session_id) for pid in workers]
    assert all(view == views[0] for view in views), "the shim's workers disagree"
    progress, conversation = views[0]["progress"], views[0]["conversation"]
    complete = answered == MAX_QUESTIONS
    assert progress["is_complete"] is complete
    assert progress["question_count"] == min(answered + 1, MAX_QUESTIONS)
    assert len(conversation) == progress["question_count"] + answered
    assert [m["role"] for m in conversation] == ["assistant", "user"] * answered + (
        [] if complete else ["assistant"]
    )
    for tab in tabs:
        tab.refresh()
        tab.wait_for_progress(progress["question_count"], complete)
        shown = tab.messages(len(conversation))
        for bubble, message in zip(shown, conversation, strict=True):
            assert _same_text(message["content"]) in bubble, (tab.server.name, bubble)


def test_an_interview_across_two_workers_and_two_streamlit_servers(
    topology: Topology, database_url: str
) -> None:
    from playwright.sync_api import sync_playwright

    started_at = time.monotonic()
    shim = ShimClient(topology.shim)
    workers = shim.workers()
    status, body = shim.request(
        workers[0], "POST", "/login", {"username": USERNAME, "password": PASSWORD}
    )
    assert status == 200, body
    status, body = shim.request(
        workers[1],
        "POST",
        "/session/create",
        {"job_title": "Backend Engineer", "company_name": "Initech"},
    )
    assert status in (200, 201), body
    session_id = int(body["id"])
    _upload_documents(shim, workers, session_id)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"], headless=True
        )
        tabs = [StreamlitTab(browser, server) for server in topology.streamlit]
        # Streamlit A opens the interview first and so asks question 1; B then signs in.
        for tab in tabs:
            tab.open(session_id)
            tab.wait_for_progress(1, complete=False)
        _check_everyone_agrees(shim, workers, tabs, session_id, answered=0)

        # Answers: worker 1, Streamlit A, worker 2, Streamlit B, and round again.
        for turn, answer in enumerate(ANSWERS, start=1):
            if turn % 2:
                pid = workers[(turn // 2) % 2]
                status, body = shim.request(
                    pid,
                    "POST",
                    f"/session/{session_id}/message",
                    {"answer": answer, "question_index": turn},
                )
                assert status == 200, body
                assert body["is_complete"] is (turn == MAX_QUESTIONS)
            else:
                tab = tabs[(turn // 2 - 1) % 2]
                tab.refresh()
                tab.wait_for_progress(turn, complete=False)
                tab.answer(answer)
                tab.messages(2 * turn + (0 if turn == MAX_QUESTIONS else 1))
            _check_everyone_agrees(shim, workers, tabs, session_id, answered=turn)
        browser.close()

    # The four processes wrote one conversation, in order, into the one database.
    engine = create_engine(database_url)
    with engine.connect() as conn:
        roles = conn.scalars(
            text("SELECT role FROM messages WHERE session_id = :s ORDER BY id"), {"s": session_id}
        ).all()
    engine.dispose()
    assert list(roles) == ["assistant", "user"] * MAX_QUESTIONS
    print(
        f"\nscale-out smoke test: one interview across 4 processes in {time.monotonic() - started_at:.1f} s"
    )


def _upload_documents(shim: ShimClient, workers: list[int], session_id: int) -> None:
    """The CV (a Markdown file, multipart) through one worker, the job through the other."""
    boundary = uuid.uuid4().hex
    body = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="cv_file"; filename="cv.md"\r\n'
        "Content-Type: text/markdown\r\n\r\n"
        f"{SAMPLE_CV}\r\n--{boundary}--\r\n"
    ).encode()
    status, reply = shim.request(
        workers[0],
        "POST",
        f"/session/{session_id}/upload-cv",
        body=body,
        content_type=f"multipart/form-data; boundary={boundary}",
    )
    assert status == 200, reply
    status, reply = shim.request(
        workers[1], "POST", f"/session/{session_id}/upload-job", {"job_description": SAMPLE_JD}
    )
    assert status == 200, reply
