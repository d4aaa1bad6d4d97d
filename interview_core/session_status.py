"""What people call a session's status, in the flow and on the dashboard.

`SessionSummary.status` (in `interview.py`) is one of the flow's four statuses; the dashboard
(`analytics.STATUSES`) counts "documents needed" and "ready to start" together as not started.
Every front door labels both from here.
"""

from __future__ import annotations

SESSION_STATUS_LABELS: dict[str, str] = {
    "new": "Documents needed",
    "ready": "Ready to start",
    "in_progress": "In progress",
    "complete": "Complete",
}

DASHBOARD_STATUS_LABELS: dict[str, str] = {
    "complete": SESSION_STATUS_LABELS["complete"],
    "in_progress": SESSION_STATUS_LABELS["in_progress"],
    "not_started": "Not started",
}
