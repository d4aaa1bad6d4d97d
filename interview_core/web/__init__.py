"""The Flask + HTMX shim over interview_core: the documented HTTP endpoints.

Run it with `flask --app interview_core.web run`, or `gunicorn interview_core.web:app`.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from .factory import create_app

if TYPE_CHECKING:
    from flask import Flask

__all__ = ["app", "create_app"]

_app: Flask | None = None
_app_lock = threading.Lock()


def __getattr__(name: str) -> Any:
    # `app` is built on first use, not at import: importing the package (tests, the
    # Streamlit app) must not read settings, open the database or write a secret key.
    if name == "app":
        global _app
        with _app_lock:
            if _app is None:
                _app = create_app()
        return _app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
