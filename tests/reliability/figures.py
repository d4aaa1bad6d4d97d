"""Counts the reliability suite reports at its end: trials run, faults injected, files tried.

Tests add to a counter after their assertions pass, so a printed figure is a figure that
passed; the summary hook in conftest.py prints them.
"""

from __future__ import annotations

import threading
from collections import Counter

_lock = threading.Lock()
_counts: Counter[str] = Counter()


def add(name: str, amount: int = 1) -> None:
    """Count `amount` more of `name` (e.g. "answer race trials (core, sqlite)")."""
    with _lock:
        _counts[name] += amount


def snapshot() -> dict[str, int]:
    """Every figure counted so far, by name."""
    with _lock:
        return dict(sorted(_counts.items()))
