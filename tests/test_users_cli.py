"""`python -m interview_core users …`: accounts from the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from interview_core import auth
from interview_core.__main__ import main
from interview_core.auth import Role
from interview_core.db import Database


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(url: str, *args: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    command, *rest = args
    return main(["users", command, "--database-url", url, *rest])


def test_users_lifecycle(url: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    assert run(url, "list", monkeypatch=monkeypatch) == 0
    assert "local desk" in capsys.readouterr().out
    args = ("add", "ada", "--role", "admin", "--password-stdin")
    assert run(url, *args, stdin="correct horse battery\n", monkeypatch=monkeypatch) == 0
    assert "now require sign-in" in capsys.readouterr().out
    db = Database.from_url(url)
    assert auth.authenticate(db, "ada", "correct horse battery").role is Role.ADMIN

    assert run(url, "set-role", "ada", "recruiter", monkeypatch=monkeypatch) == 0
    assert auth.authenticate(db, "ada", "correct horse battery").role is Role.RECRUITER
    args = ("set-password", "ada", "--password-stdin")
    assert run(url, *args, stdin="a brand new password\n", monkeypatch=monkeypatch) == 0
    assert auth.authenticate(db, "ada", "a brand new password") is not None
    assert run(url, "list", monkeypatch=monkeypatch) == 0
    assert "ada\trecruiter" in capsys.readouterr().out
    assert run(url, "remove", "ada", monkeypatch=monkeypatch) == 0
    assert "local desk again" in capsys.readouterr().out
    assert not auth.has_accounts(db)
    db.dispose()


def test_prompted_password_must_match(url: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    answers = iter(["correct horse battery", "correct horse battery"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["users", "add", "ada", "--database-url", url]) == 0
    answers = iter(["one long password", "another long one"])
    assert main(["users", "add", "bob", "--database-url", url]) == 2
    assert "differ" in capsys.readouterr().err


def test_errors_are_one_line(url: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    assert run(url, "add", "ada", "--password-stdin", stdin="short\n", monkeypatch=monkeypatch) == 1
    assert "at least 8" in capsys.readouterr().err
    assert run(url, "remove", "nobody", monkeypatch=monkeypatch) == 1
    assert "No account called 'nobody'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["users", "add", "ada", "--role", "owner", "--database-url", url])
