"""Browser tests' scaffolding: Debian's Chromium through Playwright, and the Streamlit app served."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.helpers.ports import free_port, wait_until_up
from tests.helpers.servers import streamlit_args

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

ROOT = Path(__file__).resolve().parents[2]
# The system's Chromium: the tests never download a browser.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
# Bounds a hang of a starting server on a busy machine; times nothing.
BOOT_S = 60


def require_chromium() -> None:
    """Skip without Chromium on a developer's machine; fail in CI, where it must be installed."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium package"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


@contextmanager
def chromium(width: int, height: int, wait_ms: int) -> Iterator[BrowserContext]:
    """A headless Chromium window of this size; every wait in it gives up after `wait_ms`."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS), headless=True
        )
        try:
            context = browser.new_context(viewport={"width": width, "height": height})
            context.set_default_timeout(wait_ms)
            yield context
            context.close()
        finally:
            browser.close()


@contextmanager
def streamlit_app(env: Mapping[str, str], host: str = "127.0.0.1") -> Iterator[str]:
    """`streamlit run streamlit_app.py` on a free local port with `env` added; yields its URL
    (on `host`, which the app's allowed hosts must include)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, *streamlit_args(port, host)],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://{host}:{port}"
    try:
        if not wait_until_up(url + "/_stcore/health", process, BOOT_S):
            pytest.fail("the Streamlit app did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
