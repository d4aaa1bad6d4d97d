"""The smallest Flask app worth comparing with: one route that renders a short page.

`bench/http_bench.py` serves it under the same gunicorn settings as the web shim, so the
shim's figures can be read against what Flask and gunicorn cost on their own here.
"""

from __future__ import annotations

from flask import Flask, render_template_string

app = Flask(__name__)

_PAGE = "<!doctype html><title>{{ title }}</title><p>{{ body }}</p>"


@app.get("/")
def index() -> str:
    """A tiny rendered page."""
    return render_template_string(_PAGE, title="bare", body="A bare Flask route.")


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
