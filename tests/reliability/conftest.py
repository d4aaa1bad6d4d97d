"""Reliability suite fixtures, and the figures it prints at the end of a run."""

from __future__ import annotations

import pytest

from tests.reliability import figures


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print what the reliability tests exercised (only figures of tests that passed)."""
    counts = figures.snapshot()
    if not counts:
        return
    terminalreporter.section("reliability figures (passing tests only)")
    for name, value in counts.items():
        terminalreporter.write_line(f"{value:>8,}  {name}")
