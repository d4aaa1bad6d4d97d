"""Real server processes for tests: free ports, start with a log file, wait until they answer."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# A bound on a loaded machine (two cores shared with other work); nothing here times speed.
BOOT_S = 90.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def http_status(url: str, timeout: float = 2.0) -> int | None:
    """The status of a GET of `url`, or None when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except OSError:
        return None


@dataclass
class Server:
    """A started process, the address it serves and the file its output goes to."""

    name: str
    process: subprocess.Popen[bytes]
    url: str
    log_path: Path

    def log(self) -> str:
        """Everything the process printed so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_until(self, ready: Callable[[], bool], timeout_s: float = BOOT_S) -> None:
        """Poll `ready` until it holds; fail with the end of the log if the process exits
        or the time is up."""
        deadline = time.monotonic() + timeout_s
        while not ready():
            if self.process.poll() is not None:
                raise AssertionError(f"{self.name} exited:\n{self.log()[-3000:]}")
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{self.name} not ready in {timeout_s:.0f} s:\n{self.log()[-3000:]}"
                )
            time.sleep(0.25)

    def wait_for_http(self, path: str, timeout_s: float = BOOT_S) -> None:
        """Wait until GET `path` answers 200."""
        self.wait_until(lambda: http_status(self.url + path) == 200, timeout_s)

    def stop(self, timeout_s: float = 20.0) -> None:
        """SIGTERM, then SIGKILL if it has not ended in `timeout_s`."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextmanager
def started(
    name: str,
    args: Sequence[str],
    *,
    port: int,
    log_dir: Path,
    env: Mapping[str, str] | None = None,
) -> Iterator[Server]:
    """Run `python <args>` from the project root (output to `<log_dir>/<name>.log`); stop it
    on leaving. Waiting until it answers is the caller's (`Server.wait_for_http`)."""
    log_path = log_dir / f"{name}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, *args],
            cwd=PROJECT_ROOT,
            env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT), **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = Server(name, process, f"http://127.0.0.1:{port}", log_path)
    try:
        yield server
    finally:
        server.stop()


def streamlit_args(port: int, host: str = "127.0.0.1") -> list[str]:
    """`streamlit run streamlit_app.py` on `port`, headless, listening on `host` only."""
    return [
        "-m",
        "streamlit",
        "run",
        "streamlit_app.py",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--server.address",
        host,
    ]


def gunicorn_args(port: int, *extra: str) -> list[str]:
    """The web shim under gunicorn with the checked-in `deploy/gunicorn.conf.py`."""
    return [
        "-m",
        "gunicorn",
        "-c",
        str(PROJECT_ROOT / "deploy" / "gunicorn.conf.py"),
        "-b",
        f"127.0.0.1:{port}",
        *extra,
        "interview_core.web:app",
    ]
