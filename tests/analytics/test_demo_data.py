"""The demo-data generator and its command line, on small runs."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from interview_core import demo
from interview_core.__main__ import main
from interview_core.call_log import recent_calls
from interview_core.db import Database
from interview_core.models import (
    Feedback,
    FeedbackSkill,
    InterviewSession,
    Message,
    ModelCall,
)

END = date(2025, 6, 30)
ROOT = Path(__file__).resolve().parents[2]


def check_consistency(db: Database, sessions: int, end: date = END, days: int = 90) -> None:
    """Every generated session obeys the interview contract and the schema's meaning."""
    with db.session() as s:
        rows = s.scalars(select(InterviewSession).order_by(InterviewSession.id)).all()
        assert len(rows) == sessions
        first = datetime(end.year, end.month, end.day, tzinfo=UTC).toordinal() - (days - 1)
        messages = s.execute(
            select(
                Message.session_id, Message.role, Message.question_index, Message.timestamp
            ).order_by(Message.session_id, Message.timestamp)
        ).all()
        by_session: dict[int, list[tuple[str, int, datetime]]] = {}
        for sid, role, index, ts in messages:
            by_session.setdefault(sid, []).append((role, index, ts))
        feedback = {f.session_id: f for f in s.scalars(select(Feedback))}
        calls = s.execute(select(ModelCall.session_id, ModelCall.purpose, ModelCall.outcome)).all()
        skills = s.execute(select(FeedbackSkill.feedback_id, FeedbackSkill.session_id)).all()
    for row in rows:
        assert first <= row.created_at.toordinal() <= end.toordinal()
        turns = by_session.get(row.id, [])
        roles = [t[0] for t in turns]
        assert roles == (["assistant", "user"] * 8)[: len(roles)]
        assert sum(r == "assistant" for r in roles) == row.question_count
        assert sum(r == "user" for r in roles) == row.answer_count
        assert row.is_complete == (row.answer_count == 8)
        assert all(t[2] >= row.created_at for t in turns)
        if row.is_complete:
            assert row.completed_at == turns[-1][2]
        else:
            assert row.completed_at is None
            assert row.id not in feedback
        if row.question_count:
            assert row.cv_text and row.job_description
        questions = [c for c in calls if c[0] == row.id and c[1] == "question"]
        assert sum(c[2] == "ok" for c in questions) == row.question_count
    for fid, sid in skills:
        assert feedback[sid].id == fid


def snapshot(db: Database) -> list[tuple]:
    """Everything a reader sees of the generated rows, ids included."""
    with db.engine.connect() as conn:
        out = list(
            conn.execute(
                select(
                    InterviewSession.id,
                    InterviewSession.owner,
                    InterviewSession.job_title,
                    InterviewSession.company_name,
                    InterviewSession.created_at,
                    InterviewSession.question_count,
                    InterviewSession.answer_count,
                ).order_by(InterviewSession.id)
            )
        )
        out += list(conn.execute(select(Message.content, Message.provider).order_by(Message.id)))
        out += list(
            conn.execute(select(Feedback.overall_score, Feedback.payload).order_by(Feedback.id))
        )
        out += list(
            conn.execute(select(ModelCall.latency_ms, ModelCall.outcome).order_by(ModelCall.id))
        )
    return out


def test_generate_writes_consistent_sessions(db: Database) -> None:
    summary = demo.generate(db, 40, seed=5, end=END, pool_size=6)
    assert summary.sessions == 40 and summary.pool == 6
    counts = demo.count_rows(db)
    assert counts["sessions"] == 40
    assert counts["messages"] == summary.messages > 0
    assert counts["feedback"] == summary.feedback > 0
    assert counts["model_calls"] == summary.model_calls > counts["messages"] / 2
    assert counts["feedback_skills"] > 0
    check_consistency(db, 40)
    with db.session() as s:
        statuses = {
            (r.question_count > 0, r.is_complete) for r in s.scalars(select(InterviewSession))
        }
        providers = set(s.scalars(select(ModelCall.provider)))
        outcomes = set(s.scalars(select(ModelCall.outcome)))
    assert (True, True) in statuses and (True, False) in statuses  # complete and abandoned
    assert "offline" in providers and len(providers) >= 2
    assert "ok" in outcomes


def test_cli_fills_the_given_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    args = ["demo-data", "--sessions", "30", "--database-url", url, "--seed", "3"]
    assert main([*args, "--end-date", "2025-06-30", "--pool", "5"]) == 0
    out, err = capsys.readouterr()
    assert "Added 30 sessions" in out
    assert "sessions" in err and "100%" in err  # the progress line
    db = Database.from_url(url)
    check_consistency(db, 30)
    db.dispose()


def test_cli_uses_the_configured_database_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'configured.db'}"
    monkeypatch.setenv("INTERVIEW_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INTERVIEW_DATABASE_URL", url)
    assert main(["demo-data", "--sessions", "12", "--pool", "3", "--quiet"]) == 0
    db = Database.from_url(url)
    assert demo.count_rows(db)["sessions"] == 12
    check_consistency(db, 12, end=datetime.now(UTC).date())
    db.dispose()


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 9), ("b", 9), ("c", 10)):
        db = Database.from_url(f"sqlite:///{tmp_path / name}.db")
        demo.generate(db, 25, seed=seed, end=END, pool_size=4)
        dumps.append(snapshot(db))
        db.dispose()
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]


def test_replace_removes_earlier_demo_sessions_only(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    db = Database.from_url(url)
    with db.session() as s, s.begin():
        s.add(InterviewSession(owner="real-coach", job_title="Chef", company_name="Bistro"))
    base = ["demo-data", "--database-url", url, "--pool", "3", "--quiet", "--sessions", "10"]
    assert main(base) == 0
    assert main([*base, "--replace"]) == 0
    assert demo.count_rows(db)["sessions"] == 11
    with db.session() as s:
        owners = set(s.scalars(select(InterviewSession.owner)))
        orphans = s.scalars(
            select(Message.id).where(Message.session_id.not_in(select(InterviewSession.id)))
        ).all()
    assert "real-coach" in owners and not orphans
    db.dispose()


def test_remove_deletes_demo_sessions_and_their_rows_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    db = Database.from_url(url)
    with db.session() as s, s.begin():
        real = InterviewSession(owner="real-coach", job_title="Chef", company_name="Bistro")
        s.add(real)
        s.flush()
        s.add(
            ModelCall(
                session_id=real.id,
                provider="gemini",
                model="m",
                purpose="question",
                latency_ms=900.0,
                outcome="ok",
            )
        )
    base = ["demo-data", "--database-url", url, "--pool", "3", "--quiet", "--sessions", "10"]
    assert main(base) == 0
    # AI settings shows only the real call, never the simulated ones.
    calls = recent_calls(db)
    assert calls["provider"].tolist() == ["gemini"] and calls["latency_ms"].tolist() == [900.0]
    capsys.readouterr()
    assert main(["demo-data", "--database-url", url, "--remove"]) == 0
    assert "Removed 10 demo sessions" in capsys.readouterr().out
    counts = demo.count_rows(db)
    assert counts["sessions"] == 1 and counts["model_calls"] == 1
    assert counts["messages"] == 0 and counts["feedback"] == 0
    db.dispose()


@pytest.mark.parametrize("bad", [["--sessions", "0"], ["--end-date", "30/06/2025"]])
def test_cli_rejects_bad_arguments(bad: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["demo-data", *bad])
    assert exit_.value.code == 2


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'entry.db'}"
    env = {**os.environ, "INTERVIEW_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "interview_core",
            "demo-data",
            "--sessions",
            "8",
            "--pool",
            "2",
            "--database-url",
            url,
            "--end-date",
            "2025-06-30",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Added 8 sessions" in done.stdout
    assert "pool" in done.stderr
