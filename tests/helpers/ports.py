"""Servers started for a test or a benchmark: a free local port, and waiting until they answer."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(
    url: str,
    process: subprocess.Popen[bytes],
    timeout_s: float,
    *,
    ready: Callable[[], bool] = lambda: True,
    interval_s: float = 0.3,
) -> bool:
    """Poll `url` until it answers 200 and `ready()` holds; False once `process` exits or
    `timeout_s` passes first."""
    deadline = time.monotonic() + timeout_s
    while process.poll() is None and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200 and ready():
                    return True
        except OSError:
            pass  # not listening yet
        time.sleep(interval_s)
    return False
