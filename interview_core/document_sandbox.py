"""PDF and DOCX parsing in a child process with wall-clock, CPU and memory limits.

Parser libraries meet hostile files here: a small PDF with a huge content stream can take
minutes of CPU, a DOCX can unpack to hundreds of MB. Parsing in the server's own process
would hold a worker (and its memory) hostage, so each file is parsed by a fresh child
(``python -m interview_core.document_sandbox``: the kind on the first line of stdin, the
bytes after it). The child first limits itself with ``resource.setrlimit`` (CPU seconds,
address space), then parses and writes one JSON object to stdout. The parent waits at
most `WALL_LIMIT_S` and kills the child after that. Any limit reached becomes a
`ValidationFailed` with one sentence; the server's threads never parse anything
themselves and keep serving meanwhile.

A child costs about half a second of imports, so one spare is kept started (it waits on
stdin with its imports done) and each parse takes it and starts the next. A child is
used for one file only.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ValidationFailed

WALL_LIMIT_S = 5.0
CPU_LIMIT_S = 5
MEMORY_LIMIT_BYTES = 768 * 2**20

MSG_TOO_SLOW = (
    "This document is too complex to read in time (over {seconds:g} seconds); save it "
    "again as a simpler PDF or DOCX, or upload a TXT file."
)
MSG_TOO_BIG = (
    "This document needs too much memory to read; save it again without embedded media, "
    "or upload a shorter PDF, DOCX or TXT file."
)
MSG_UNREADABLE = (
    "This document could not be read; save it again as PDF or DOCX, or upload a TXT file."
)

logger = logging.getLogger(__name__)

_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)
_spare_lock = threading.Lock()
_spare: subprocess.Popen[bytes] | None = None


@dataclass(frozen=True)
class Parsed:
    """What the child read: the text and, for a PDF, its page count."""

    text: str
    pages: int | None


def _start_child() -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
    return subprocess.Popen(  # noqa: S603 - our own module, fixed arguments
        [sys.executable, "-m", "interview_core.document_sandbox"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def _take_child() -> subprocess.Popen[bytes]:
    """The spare child (or a new one), leaving a fresh spare in its place."""
    global _spare
    with _spare_lock:
        child, _spare = _spare, _start_child()
    if child is None or child.poll() is not None:
        child = _start_child()
    return child


@atexit.register
def _stop_spare() -> None:
    with _spare_lock:
        if _spare is not None and _spare.poll() is None:
            _spare.kill()


def parse(kind: str, data: bytes, *, wall_limit_s: float = WALL_LIMIT_S) -> Parsed:
    """Parse `data` as `kind` ("pdf" or "docx") in a limited child; ValidationFailed if not."""
    child = _take_child()
    try:
        out, err = child.communicate(kind.encode() + b"\n" + data, timeout=wall_limit_s)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        logger.warning("%s upload: parsing passed the %g s wall-clock limit", kind, wall_limit_s)
        raise ValidationFailed(MSG_TOO_SLOW.format(seconds=wall_limit_s)) from None
    except OSError as exc:  # the child died before reading its input
        child.kill()
        logger.warning("%s upload: parser child failed: %r", kind, exc)
        raise ValidationFailed(MSG_UNREADABLE) from None
    reply = _reply(out)
    if reply is None:
        # Killed at its CPU limit (SIGXCPU/SIGKILL), or crashed before it could answer.
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:]
        logger.warning("%s upload: parser child ended with %s: %s", kind, child.returncode, tail)
        if child.returncode in (-9, -24):
            raise ValidationFailed(MSG_TOO_SLOW.format(seconds=CPU_LIMIT_S))
        raise ValidationFailed(MSG_UNREADABLE)
    if reply.get("refused"):
        raise ValidationFailed(str(reply["refused"]))
    if reply.get("limit") == "memory":
        logger.warning(
            "%s upload: parsing passed the %d MB memory limit", kind, MEMORY_LIMIT_BYTES // 2**20
        )
        raise ValidationFailed(MSG_TOO_BIG)
    return Parsed(text=str(reply["text"]), pages=reply.get("pages"))


def _reply(out: bytes) -> dict[str, Any] | None:
    try:
        reply = json.loads(out.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return reply if isinstance(reply, dict) else None


def _limit_self() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT_S, CPU_LIMIT_S + 1))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    # No core files from a child killed at its limit.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _child() -> int:
    """The child: limit itself, import the parsers, wait for one file, parse, answer."""
    _limit_self()
    from . import documents  # imported before the input arrives: the spare is warm

    kind = sys.stdin.buffer.readline().strip().decode("ascii", "replace")
    data = sys.stdin.buffer.read()
    try:
        if kind == "pdf":
            text, pages = documents.parse_pdf(data)
            reply: dict[str, Any] = {"text": text, "pages": pages}
        elif kind == "docx":
            reply = {"text": documents.parse_docx(data), "pages": None}
        else:
            reply = {"refused": MSG_UNREADABLE}
    except ValidationFailed as exc:
        reply = {"refused": exc.message}
    except MemoryError:
        reply = {"limit": "memory"}
    sys.stdout.write(json.dumps(reply))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(_child())
