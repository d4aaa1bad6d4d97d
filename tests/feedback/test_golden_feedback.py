"""The offline coach's reports on the development set's interviews match the golden files.

Regenerate with `python bench/golden_feedback.py` and review the diff.
"""

from __future__ import annotations

import pytest

from bench.golden_feedback import GOLDEN_DIR, rendered


@pytest.mark.slow
# 93 whole interviews scored: about three minutes on an idle machine, more on a busy one.
@pytest.mark.timeout(900)
def test_golden_feedback_reports_are_current() -> None:
    now = rendered()
    assert len(now) >= 30
    stale = [
        name
        for name, text in now.items()
        if not (GOLDEN_DIR / name).exists()
        or (GOLDEN_DIR / name).read_text(encoding="utf-8") != text
    ]
    assert not stale, f"regenerate with python bench/golden_feedback.py: {stale}"
