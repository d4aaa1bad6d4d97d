"""Session status labels: one map for the flow, one for the dashboard's grouping."""

from __future__ import annotations

from interview_core import analytics
from interview_core.session_status import DASHBOARD_STATUS_LABELS, SESSION_STATUS_LABELS
from interview_core.ui.components import STATUS_COLOURS


def test_every_status_has_one_label() -> None:
    assert set(DASHBOARD_STATUS_LABELS) == set(analytics.STATUSES)
    assert set(STATUS_COLOURS) == set(SESSION_STATUS_LABELS)
    shared = set(DASHBOARD_STATUS_LABELS) & set(SESSION_STATUS_LABELS)
    assert all(DASHBOARD_STATUS_LABELS[s] == SESSION_STATUS_LABELS[s] for s in shared)
