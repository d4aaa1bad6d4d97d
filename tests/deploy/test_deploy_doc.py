"""docs/deploy.md stays true: real setting names, real files, the checked-in nginx example."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")


def _directives(text: str) -> set[str]:
    """nginx lines without comments or indentation; `# ...` lines dropped."""
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return {" ".join(line.split()) for line in lines if line}


def test_every_interview_setting_named_is_read_by_the_config() -> None:
    config = (ROOT / "interview_core" / "config.py").read_text(encoding="utf-8")
    names = set(re.findall(r"\bINTERVIEW_[A-Z_]+\b", DOC))
    assert {"INTERVIEW_SECRET_KEY", "INTERVIEW_ALLOWED_HOSTS", "INTERVIEW_PROXY_HOPS"} <= names
    assert not {n for n in names if f'"{n}"' not in config}


def test_every_file_named_exists() -> None:
    paths = set(re.findall(r"`((?:deploy|docs|tests|interview_core)/[\w./]+)`", DOC))
    assert "deploy/gunicorn.conf.py" in paths and "deploy/nginx.conf" in paths
    assert not [p for p in paths if not (ROOT / p.rstrip("/")).exists()]


def test_the_nginx_example_is_the_checked_in_one() -> None:
    [block] = re.findall(r"```nginx\n(.*?)```", DOC, re.S)
    shown = _directives(block)
    assert {"ip_hash;", "proxy_set_header Upgrade $http_upgrade;"} <= shown
    assert shown <= _directives((ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8"))
