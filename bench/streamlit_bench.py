"""The Streamlit figures of `bench/http_bench.py --streamlit`, in a real browser.

- Send → next question visible: answer turns in Debian's Chromium (Playwright), timed from
  the key press to the next question's caption on screen, on the Streamlit app and, in the
  same browser and run, on the web shim (`/session/<id>/interview`), for their ratio.
- Server memory: the resident set size of the Streamlit process (VmRSS in /proc) after
  start, idle once a warm-up tab has gone (the libraries and the interviewer's data are
  loaded by then), with N tabs open at once, and after a number of tabs (each a whole
  interview) have closed: at once, while Streamlit still keeps their sessions for a
  reconnect, and again after `server.disconnectedSessionTTL` when it has dropped them.

Run through `http_bench.py`, which starts the shim; this module starts Streamlit itself.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
import tomllib
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.helpers.ports import free_port  # noqa: E402
from tests.helpers.servers import streamlit_args  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CONFIG = ROOT / ".streamlit" / "config.toml"
BOOT_S = 60
WAIT_MS = 60_000  # a bound on a busy machine, not a target
MAX_QUESTIONS = 8
CAPTION = "[data-testid=stCaptionContainer]"
SUCCESS = "[data-testid=stAlertContentSuccess]"
ANSWER = (
    "At Acme Corp I owned the order pipeline. I measured lag per Kafka partition, rebuilt "
    "the consumers in Python with idempotent writes to PostgreSQL and added alerts on lag; "
    "lost events fell from about 300 a day to zero within two months."
)


@dataclass
class StreamlitFigures:
    """What one run measured; memory in MB (10^6 bytes)."""

    turns: int
    streamlit_turn_p50_ms: float
    shim_turn_p50_ms: float
    ratio: float
    rss_boot_mb: float
    rss_idle_mb: float
    concurrent: int
    rss_concurrent_mb: float
    mb_per_session: float
    closed_sessions: int
    rss_after_close_mb: float
    after_close_vs_idle: float
    session_ttl_s: int
    rss_after_ttl_mb: float | None
    after_ttl_vs_idle: float | None
    streamlit_turns_ms: list[float]
    shim_turns_ms: list[float]


def rss_mb(pid: int) -> float:
    """Resident set size of `pid` in MB, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024 / 1e6
    raise RuntimeError(f"no VmRSS for {pid}")


def session_ttl_s() -> int:
    """How long Streamlit keeps a closed tab's session for a reconnect (config, else 120)."""
    with CONFIG.open("rb") as fh:
        server = tomllib.load(fh).get("server", {})
    return int(server.get("disconnectedSessionTTL", 120))


@contextmanager
def streamlit_server(env: dict[str, str]) -> Iterator[tuple[str, int]]:
    """`streamlit run streamlit_app.py` on a free port; yields its URL and process id."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, *streamlit_args(port)],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + BOOT_S
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("Streamlit did not start") from None
                time.sleep(0.3)
        yield url, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def active_sessions(url: str) -> int | None:
    """Sessions Streamlit still holds, from its metrics endpoint (None if not served)."""
    try:
        with urllib.request.urlopen(url + "/_stcore/metrics", timeout=5) as r:
            text = r.read().decode()
    except OSError:
        return None
    found = re.search(r"^active_sessions\S*\s+(\d+)", text, re.MULTILINE)
    return int(found.group(1)) if found else None


def ready_sessions(db_url: str, count: int) -> list[int]:
    """`count` interviews of the local desk with both documents, made through the core."""
    sys.path.insert(0, str(ROOT))
    from interview_core import interview
    from interview_core.auth import Actor
    from interview_core.db import Database
    from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD

    db = Database.from_url(db_url)
    owner = Actor.local()
    ids = []
    for _ in range(count):
        summary = interview.create_session(db, owner, "Backend Engineer", "Initech")
        interview.attach_cv(db, owner, summary.id, "cv.md", SAMPLE_CV.encode())
        interview.attach_job_description(db, owner, summary.id, SAMPLE_JD)
        ids.append(summary.id)
    db.dispose()
    return ids


# --- one browser tab on each app --------------------------------------------------------


def _caption(number: int) -> re.Pattern[str]:
    # The caption under a question ("Question 2 of 8 · offline interviewer"), not the
    # progress bar ("Question 2 of 8") or the box's hint ("Answering question 2 of 8 · …").
    return re.compile(rf"^Question {number} of {MAX_QUESTIONS} · ")


# Timed in the page, so the test driver's own polling is not counted: from the key press or
# click (a capturing listener) to the first DOM change that shows the awaited text (a
# mutation observer), both on the page's clock.
_ARM_TIMER = """([selector, pattern, event]) => {
  const re = new RegExp(pattern);
  const t = (window.__turn = {start: null, end: null});
  const shown = () => [...document.querySelectorAll(selector)].some((e) => re.test(e.innerText));
  document.addEventListener(event, () => { if (t.start === null) t.start = performance.now(); },
                            {capture: true, once: true});
  const watch = new MutationObserver(() => {
    if (t.start !== null && t.end === null && shown()) {
      t.end = performance.now();
      watch.disconnect();
    }
  });
  watch.observe(document.body, {subtree: true, childList: true, characterData: true});
}"""
_READ_TIMER = "() => window.__turn.end === null ? null : window.__turn.end - window.__turn.start"


def _timed(page: Any, selector: str, pattern: str, event: str, act: Any) -> float:
    """Seconds from `event` (caused by `act()`) until an element matching `selector` shows
    text matching `pattern`, measured in the page."""
    page.evaluate(_ARM_TIMER, [selector, pattern, event])
    act()
    handle = page.wait_for_function(_READ_TIMER, timeout=WAIT_MS, polling=50)
    return float(handle.json_value()) / 1000


def open_streamlit(page: Any, url: str, session_id: int) -> None:
    """Open an interview in Streamlit and wait for question 1 and an open answer box."""
    page.goto(f"{url}/interview?session={session_id}")
    page.get_by_text(_caption(1)).wait_for(timeout=WAIT_MS)
    _streamlit_box(page)


def _streamlit_box(page: Any) -> Any:
    """The answer box, once it is open for an answer."""
    from playwright.sync_api import expect

    box = page.get_by_test_id("stChatInputTextArea")
    expect(box).to_be_enabled(timeout=WAIT_MS)
    return box


def streamlit_turn(page: Any, number: int) -> float:
    """Answer question `number`; seconds from Enter to the next question (or the end)."""
    box = _streamlit_box(page)
    box.fill(f"{ANSWER} ({number})")
    if number < MAX_QUESTIONS:
        pattern = _caption(number + 1).pattern
        return _timed(page, CAPTION, pattern, "keydown", lambda: box.press("Enter"))
    return _timed(page, SUCCESS, "Interview complete", "keydown", lambda: box.press("Enter"))


def shim_turn(page: Any, number: int) -> float:
    """The same on the web shim: the form posts with htmx and appends the next question."""
    box = page.locator("#answer")
    box.wait_for(timeout=WAIT_MS)
    box.fill(f"{ANSWER} ({number})")
    send = page.locator("#answer-form button[type=submit]")
    pattern = f"^Question {number + 1} of "
    return _timed(page, ".message-interviewer .qnum", pattern, "click", send.click)


def open_shim(browser: Any, shim_port: int) -> tuple[Any, Any]:
    """A browser tab on a fresh shim interview (its session cookie set); context and page."""
    from bench.http_bench import Client

    client = Client(shim_port)
    sid = client.ready_session()
    name, value = (client.cookie or "=").split("=", 1)
    base = f"http://127.0.0.1:{shim_port}"
    context = browser.new_context()
    context.add_cookies([{"name": name, "value": value, "url": base}])
    page = context.new_page()
    page.goto(f"{base}/session/{sid}/interview")
    return context, page


def paired_turns(
    browser: Any, url: str, shim_port: int, ids: list[int], turns: int
) -> tuple[list[float], list[float]]:
    """`turns` answer turns on each app, alternating turn by turn so both see the same load;
    a new interview on each after question 7 (the 8th answer ends it, not timed here)."""
    st_times: list[float] = []
    shim_times: list[float] = []
    tabs: list[Any] = []
    for i in range(turns):
        number = i % (MAX_QUESTIONS - 1) + 1
        if number == 1:
            for context in tabs:
                context.close()
            st_context = browser.new_context()
            st_page = st_context.new_page()
            open_streamlit(st_page, url, ids.pop())
            shim_context, shim_page = open_shim(browser, shim_port)
            tabs = [st_context, shim_context]
        st_times.append(streamlit_turn(st_page, number))
        shim_times.append(shim_turn(shim_page, number))
    for context in tabs:
        context.close()
    return st_times, shim_times


# --- the whole measurement --------------------------------------------------------------


def _launch(playwright: Any) -> Any:
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing: install Debian's chromium package")
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"], headless=True
    )


def _settle(url: str, pid: int) -> float:
    """RSS once no tab is connected any more (a minute at most) and a few seconds on."""
    deadline = time.monotonic() + 60
    while active_sessions(url) != 0 and time.monotonic() < deadline:
        time.sleep(1)
    # The script threads end and the allocator settles.
    time.sleep(5)
    return rss_mb(pid)


def _visit(browser: Any, url: str, session_id: int, answers: int) -> None:
    """One tab: open the interview, send `answers` answers, close the tab."""
    context = browser.new_context()
    page = context.new_page()
    open_streamlit(page, url, session_id)
    for number in range(1, answers + 1):
        streamlit_turn(page, number)
    context.close()


def measure(
    shim_port: int,
    env: dict[str, str],
    tmp: str,
    *,
    turns: int = 14,
    concurrent: int = 5,
    sessions: int = 20,
    wait_ttl: bool = True,
) -> StreamlitFigures:
    """Every Streamlit figure in one run; `env` is the shim's (provider, data folder).

    With `wait_ttl`, also the RSS once Streamlit has dropped the closed tabs' sessions: it
    keeps each for a reconnect for `server.disconnectedSessionTTL` seconds and drops expired
    ones when another tab disconnects, so the run waits that long and closes one more tab.
    """
    from playwright.sync_api import sync_playwright

    db_url = f"sqlite:///{tmp}/streamlit.db"
    interviews = -(-turns // (MAX_QUESTIONS - 1))
    ids = ready_sessions(db_url, interviews + concurrent + sessions + 2)
    ttl = session_ttl_s()
    after_ttl: float | None = None
    with streamlit_server({**env, "INTERVIEW_DATABASE_URL": db_url}) as (url, pid):
        boot = rss_mb(pid)
        with sync_playwright() as playwright:
            browser = _launch(playwright)
            # Warm-up: the first run imports the pages' libraries; that is not per session.
            _visit(browser, url, ids.pop(), answers=1)
            idle = _settle(url, pid)

            st_times, shim_times = paired_turns(browser, url, shim_port, ids, turns)

            # N tabs open at once, each with its interview on screen and one answer sent.
            contexts = []
            for _ in range(concurrent):
                context = browser.new_context()
                page = context.new_page()
                open_streamlit(page, url, ids.pop())
                streamlit_turn(page, 1)
                contexts.append(context)
            during = rss_mb(pid)
            for context in contexts:
                context.close()

            # `sessions` tabs, `concurrent` at a time, each through a whole interview.
            last = ids.pop()  # kept for the tab that makes Streamlit drop expired sessions
            while ids:
                opened = []
                for sid in [ids.pop() for _ in range(min(concurrent, len(ids)))]:
                    context = browser.new_context()
                    page = context.new_page()
                    open_streamlit(page, url, sid)
                    opened.append((context, page))
                for number in range(1, MAX_QUESTIONS + 1):
                    for _, page in opened:
                        streamlit_turn(page, number)
                for context, _ in opened:
                    context.close()
            closed_at = time.monotonic()
            after = _settle(url, pid)
            if wait_ttl:
                time.sleep(max(0.0, closed_at + ttl + 2 - time.monotonic()))
                _visit(browser, url, last, answers=0)
                after_ttl = _settle(url, pid)
            browser.close()

    st_p50 = statistics.median(st_times) * 1000
    shim_p50 = statistics.median(shim_times) * 1000
    return StreamlitFigures(
        turns=turns,
        streamlit_turn_p50_ms=round(st_p50, 1),
        shim_turn_p50_ms=round(shim_p50, 1),
        ratio=round(st_p50 / shim_p50, 2),
        rss_boot_mb=round(boot, 1),
        rss_idle_mb=round(idle, 1),
        concurrent=concurrent,
        rss_concurrent_mb=round(during, 1),
        mb_per_session=round((during - idle) / concurrent, 2),
        closed_sessions=sessions,
        rss_after_close_mb=round(after, 1),
        after_close_vs_idle=round(after / idle, 3),
        session_ttl_s=ttl,
        rss_after_ttl_mb=None if after_ttl is None else round(after_ttl, 1),
        after_ttl_vs_idle=None if after_ttl is None else round(after_ttl / idle, 3),
        streamlit_turns_ms=[round(t * 1000, 1) for t in st_times],
        shim_turns_ms=[round(t * 1000, 1) for t in shim_times],
    )


def table(f: StreamlitFigures) -> str:
    """The figures as a Markdown table, with each target beside its figure."""
    rows = [
        (
            "send → next question visible, p50 (Streamlit)",
            f"{f.streamlit_turn_p50_ms:,.0f} ms ({f.turns} turns; fastest "
            f"{min(f.streamlit_turns_ms):,.0f} ms)",
            "",
        ),
        (
            "the same on the web shim, same browser and run",
            f"{f.shim_turn_p50_ms:,.0f} ms (fastest {min(f.shim_turns_ms):,.0f} ms)",
            "",
        ),
        ("Streamlit ÷ shim", f"{f.ratio:.2f}×", "≤ 2×"),
        ("server RSS after start", f"{f.rss_boot_mb:.1f} MB", ""),
        ("server RSS idle (after a warm-up session has gone)", f"{f.rss_idle_mb:.1f} MB", ""),
        (
            f"server RSS with {f.concurrent} browser sessions open",
            f"{f.rss_concurrent_mb:.1f} MB ({f.mb_per_session:.1f} MB per session)",
            "≤ 15 MB per session",
        ),
        (
            f"server RSS after {f.closed_sessions} more sessions (whole interviews) closed, "
            "their state kept for a reconnect",
            f"{f.rss_after_close_mb:.1f} MB ({f.after_close_vs_idle:.2f}× idle)",
            "≤ 1.2× idle",
        ),
    ]
    if f.rss_after_ttl_mb is not None:
        rows.append(
            (
                f"the same once Streamlit has dropped them ({f.session_ttl_s} s later)",
                f"{f.rss_after_ttl_mb:.1f} MB ({f.after_ttl_vs_idle:.2f}× idle)",
                "≤ 1.2× idle",
            )
        )
    head = "| Streamlit measure | figure | target |\n|---|---|---|"
    return "\n".join([head, *(f"| {a} | {b} | {c} |" for a, b, c in rows)])
