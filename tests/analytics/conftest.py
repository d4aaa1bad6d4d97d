"""The hand-built data set of `tests/helpers/analytics_data.py`, on each database of `db`."""

from __future__ import annotations

import pytest

from interview_core.db import Database
from tests.helpers.analytics_data import build


@pytest.fixture
def built(db: Database) -> tuple[Database, dict[str, int]]:
    """The `db` fixture filled with the hand-built data set."""
    return db, build(db)
