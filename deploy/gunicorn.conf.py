"""gunicorn settings for the web shim, read from the environment the app itself reads.

    gunicorn -c deploy/gunicorn.conf.py interview_core.web:app

Run `python -m interview_core migrate` once before starting (see docs/deploy.md); the master
checks the schema before it forks, so a database behind this version stops the start with
one sentence naming that command instead of every worker failing on its own.

Overrides: `WEB_CONCURRENCY` (workers), `GUNICORN_THREADS` (threads per worker),
`GUNICORN_BIND`; any gunicorn flag on the command line or in `GUNICORN_CMD_ARGS` wins over
this file.
"""

from __future__ import annotations

import math
import os

from interview_core.ai.service import AIService
from interview_core.config import ConfigError, Settings, load_settings

# Added to the longest model wait for everything else a request does (database, parsing an
# upload, which is itself capped at 5 s, rendering) and for scheduling on a loaded machine.
REQUEST_MARGIN_S = 30
# The shortest worker timeout, whatever the providers: gunicorn's own default.
MIN_TIMEOUT_S = 30


def _settings() -> Settings:
    try:
        return load_settings()
    except ConfigError as exc:
        # One line on standard error and exit status 1, not a traceback.
        raise SystemExit(f"error: {exc}") from exc


def count_setting(name: str, default: int) -> int:
    """A whole number of at least 1 from the environment, or `default` when unset; anything
    else stops the start with one line naming the variable, not a traceback."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SystemExit(f"error: {name} must be a whole number such as 4, not {raw!r}") from None
    if value < 1:
        raise SystemExit(f"error: {name} must be at least 1, not {value}")
    return value


def default_workers(cores: int | None = None) -> int:
    """`WEB_CONCURRENCY`, else 2 × cores + 1: a request is mostly waiting on the database or
    a model, so a core keeps more than one worker busy."""
    return count_setting("WEB_CONCURRENCY", 2 * (cores or os.cpu_count() or 1) + 1)


def model_bound_s(settings: Settings) -> float:
    """The longest one request can wait on the configured model chain: the same bound the
    app holds every turn to (`AIService.worst_case_turn_s`, from `INTERVIEW_AI_TIMEOUT_S` and
    the retry settings), and never less than one model call's own deadline."""
    try:
        chain = AIService.from_settings(settings).worst_case_turn_s()
    except ConfigError as exc:
        raise SystemExit(f"error: {exc}") from exc
    return max(chain, settings.ai_timeout_s)


def request_timeout_s(settings: Settings) -> int:
    """Seconds a worker may spend on one request before the master restarts it: above the
    model bound, so a slow provider falls back inside the request instead of killing it."""
    return max(MIN_TIMEOUT_S, math.ceil(model_bound_s(settings)) + REQUEST_MARGIN_S)


_SETTINGS = _settings()

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = default_workers()
# Threads let one worker keep answering while another request waits on a remote model.
worker_class = "gthread"
threads = count_setting("GUNICORN_THREADS", 4)
timeout = request_timeout_s(_SETTINGS)
# On a restart or deploy (SIGTERM, SIGHUP) a turn in flight is given the same time to end.
graceful_timeout = timeout
# Idle keep-alive connections from a proxy on the same network.
keepalive = 5

# Logs to standard output/error for the process manager (systemd, Docker) to collect; the
# access log adds the time taken (microseconds) and the worker's pid to the combined format.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(D)sus pid=%(p)s'

# Behind a proxy the app trusts X-Forwarded-For/-Proto/-Host itself, for as many proxies as
# INTERVIEW_PROXY_HOPS says (Werkzeug's ProxyFix). gunicorn separately takes the scheme
# (X-Forwarded-Proto) only from these addresses: a proxy on this machine by default; list
# the proxy's address in FORWARDED_ALLOW_IPS when it runs elsewhere.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")


def on_starting(server: object) -> None:
    """Before forking: create an empty database, refuse one behind this version (the
    sentence names `python -m interview_core migrate`), so no worker boots into it."""
    from sqlalchemy.exc import SQLAlchemyError

    from interview_core.db import ensure_current_schema, make_engine

    engine = make_engine(_SETTINGS.database_url)
    try:
        ensure_current_schema(engine)  # SchemaNotCurrent: gunicorn prints "Error: <sentence>"
    except SQLAlchemyError as exc:
        raise RuntimeError(f"The database cannot be opened: {exc}") from exc
    finally:
        engine.dispose()  # no connection of the master's may be shared by the workers
