"""AppTest of pages/dashboard.py over demo data: filters, empty state, drill-down, export."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import streamlit as st
from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from interview_core import analytics, demo
from interview_core.auth import Actor
from interview_core.db import Database
from interview_core.models import InterviewSession, Message, ModelCall
from interview_core.ui import resources

PAGE = Path(__file__).resolve().parents[2] / "pages" / "dashboard.py"
END = date(2025, 6, 30)
# Bounds a hang on a busy machine; it times nothing.
TIMEOUT_S = 60


@dataclass(frozen=True)
class Row:
    id: int
    title: str
    company: str
    day: date
    started: bool
    complete: bool
    providers: frozenset[str]


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file with 60 demo sessions, made once for the module."""
    url = f"sqlite:///{tmp_path_factory.mktemp('dash') / 'demo.db'}"
    db = Database.from_url(url)
    demo.generate(db, 60, seed=21, end=END, days=60)
    db.dispose()
    return url


@pytest.fixture(scope="module")
def rows(demo_url: str) -> list[Row]:
    """The demo sessions read plainly, to compute expected figures without the analytics."""
    db = Database.from_url(demo_url)
    with db.session() as s:
        served: dict[int, set[str]] = {}
        for sid, provider in s.execute(
            select(ModelCall.session_id, ModelCall.provider).where(ModelCall.outcome == "ok")
        ):
            served.setdefault(sid, set()).add(provider)
        out = [
            Row(
                r.id,
                r.job_title,
                r.company_name,
                r.created_at.date(),
                r.question_count > 0,
                r.is_complete,
                frozenset(served.get(r.id, ())),
            )
            for r in s.scalars(select(InterviewSession))
        ]
    db.dispose()
    return out


def _point_app_at(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEW_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INTERVIEW_DATABASE_URL", url)
    monkeypatch.setenv("INTERVIEW_AI_PROVIDER", "offline")
    monkeypatch.setenv("INTERVIEW_AI_FALLBACKS", "offline")


@pytest.fixture
def app(demo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppTest]:
    """The dashboard over the demo data, run once."""
    _point_app_at(demo_url, tmp_path, monkeypatch)
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT_S)
    at.run()
    assert not at.exception
    yield at
    st.cache_data.clear()
    st.cache_resource.clear()


def metric(at: AppTest, label: str) -> tuple[str, str]:
    m = next(m for m in at.metric if m.label == label)
    return m.value, m.delta


def count(
    rows: list[Row], start: date, end: date, provider: str | None = None, **want: object
) -> int:
    """Sessions created from `start` to `end` with the wanted attributes (and provider)."""
    return sum(
        start <= r.day <= end
        and (provider is None or provider in r.providers)
        and all(getattr(r, key) == value for key, value in want.items())
        for r in rows
    )


def default_range(rows: list[Row]) -> tuple[date, date, date, date]:
    last = max(r.day for r in rows)
    start = last - timedelta(days=29)
    return start, last, start - timedelta(days=30), start - timedelta(days=1)


def test_headline_matches_the_data(app: AppTest, rows: list[Row]) -> None:
    start, end, prev_start, prev_end = default_range(rows)
    now, before = count(rows, start, end), count(rows, prev_start, prev_end)
    assert now > 0 and before > 0
    assert metric(app, "Sessions") == (str(now), f"{now - before:+d}")
    started = count(rows, start, end, started=True)
    completed = count(rows, start, end, complete=True)
    assert metric(app, "Started")[0] == str(started)
    assert metric(app, "Completed")[0] == str(completed)
    assert metric(app, "Completion rate")[0] == f"{completed / started:.0%}"
    assert [m.label for m in app.metric] == [
        "Sessions",
        "Started",
        "Completed",
        "Completion rate",
        "Median score",
        "Median time to complete",
        "Median answer length",
    ]
    assert len(app.get("vega_lite_chart")) >= 5
    assert app.dataframe[0].value["id"].tolist() == sorted(
        (r.id for r in rows if start <= r.day <= end), reverse=True
    )


def test_job_title_filter(app: AppTest, rows: list[Row]) -> None:
    start, end, *_ = default_range(rows)
    title = min({r.title for r in rows if start <= r.day <= end})
    app.multiselect(key="dash_titles").set_value([title]).run()
    assert not app.exception
    expected = count(rows, start, end, title=title)
    assert expected < count(rows, start, end)
    assert metric(app, "Sessions")[0] == str(expected)
    assert set(app.dataframe[0].value["job_title"]) == {title}


def test_company_filter(app: AppTest, rows: list[Row]) -> None:
    start, end, *_ = default_range(rows)
    company = min({r.company for r in rows if start <= r.day <= end})
    app.multiselect(key="dash_companies").set_value([company]).run()
    assert metric(app, "Sessions")[0] == str(count(rows, start, end, company=company))
    assert set(app.dataframe[0].value["company_name"]) == {company}


def test_status_filter(app: AppTest, rows: list[Row]) -> None:
    start, end, *_ = default_range(rows)
    app.multiselect(key="dash_statuses").set_value(["complete"]).run()
    completed = count(rows, start, end, complete=True)
    assert metric(app, "Sessions")[0] == str(completed)
    assert metric(app, "Completed")[0] == str(completed)
    assert metric(app, "Completion rate")[0] == "100%"
    app.multiselect(key="dash_statuses").set_value(["not_started"]).run()
    assert metric(app, "Started")[0] == "0"
    assert metric(app, "Median score")[0] == "—"


def test_provider_filter(app: AppTest, rows: list[Row]) -> None:
    start, end, *_ = default_range(rows)
    app.multiselect(key="dash_providers").set_value(["gemini"]).run()
    expected = count(rows, start, end, provider="gemini")
    assert 0 < expected < count(rows, start, end)
    assert metric(app, "Sessions")[0] == str(expected)


def test_date_range_filter(app: AppTest, rows: list[Row]) -> None:
    first = min(r.day for r in rows)
    start, end = first, first + timedelta(days=13)
    app.date_input(key="dash_dates").set_value((start, end)).run()
    assert not app.exception
    now = count(rows, start, end)
    before = count(rows, start - timedelta(days=14), start - timedelta(days=1))
    assert metric(app, "Sessions") == (str(now), f"{now - before:+d}")


def test_weekly_grain_renders(app: AppTest) -> None:
    app.button_group(key="dash_grain").set_value("week").run()
    assert not app.exception
    assert len(app.get("vega_lite_chart")) >= 5


def test_drill_down_shows_transcript_and_feedback(app: AppTest, demo_url: str) -> None:
    db = Database.from_url(demo_url)
    with db.session() as s:
        session = s.scalars(
            select(InterviewSession).where(InterviewSession.is_complete.is_(True)).limit(1)
        ).one()
        n_messages = len(
            s.scalars(select(Message.id).where(Message.session_id == session.id)).all()
        )
    db.dispose()
    app.number_input(key="dash_open").set_value(session.id).run()
    assert not app.exception
    assert any(
        h.value == f"Session {session.id}: {session.job_title} at {session.company_name}"
        for h in app.subheader
    )
    assert len(app.chat_message) == n_messages == 16
    assert [t.label for t in app.tabs] == ["Transcript", "Feedback"]
    assert any(m.label == "Score" for m in app.metric)
    app.number_input(key="dash_open").set_value(999_999).run()
    assert app.warning[0].value == "Session not found"


def test_csv_export(app: AppTest, demo_url: str, rows: list[Row]) -> None:
    assert app.get("download_button")[0].label == "Download CSV"
    start, end, *_ = default_range(rows)
    title = min({r.title for r in rows})
    db = Database.from_url(demo_url)
    data = analytics.sessions_csv(
        db, analytics.Filters(start=start, end=end, job_titles=(title,)), "id", False
    )
    db.dispose()
    exported = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert [int(r["id"]) for r in exported] == sorted(
        r.id for r in rows if start <= r.day <= end and r.title == title
    )
    assert {r["job_title"] for r in exported} == {title}
    assert list(exported[0]) == list(analytics.SORTABLE)


def test_empty_database_points_to_demo_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    _point_app_at(url, tmp_path, monkeypatch)
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT_S).run()
    try:
        assert not at.exception
        assert "No interview sessions yet" in at.info[0].value
        assert "python -m interview_core demo-data" in at.code[0].value
        assert not at.metric and not at.get("vega_lite_chart")
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()


def test_coaches_cannot_open_the_dashboard(
    demo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _point_app_at(demo_url, tmp_path, monkeypatch)
    monkeypatch.setattr(resources, "get_actor", lambda: Actor("coach-1"))
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT_S).run()
    try:
        assert "recruiters and admins" in at.error[0].value
        assert not at.metric
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()


def test_the_empty_dashboard_and_the_readme_name_the_same_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    _point_app_at(url, tmp_path, monkeypatch)
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT_S).run()
    try:
        readme = (PAGE.parents[1] / "README.md").read_text(encoding="utf-8")
        assert f"`{at.code[0].value}`" in readme
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()


@pytest.fixture
def own_copy(demo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private copy of the demo database, for tests that write to it."""
    source = Path(demo_url.removeprefix("sqlite:///"))
    target = tmp_path / "copy.db"
    shutil.copyfile(source, target)
    url = f"sqlite:///{target}"
    _point_app_at(url, tmp_path, monkeypatch)
    yield url
    st.cache_data.clear()
    st.cache_resource.clear()


def _add_real_session(url: str, day: date) -> None:
    db = Database.from_url(url)
    created = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    with db.session() as s, s.begin():
        s.add(
            InterviewSession(
                owner="coach-1", job_title="Chef", company_name="Bistro", created_at=created
            )
        )
    db.dispose()


def test_demo_sessions_are_labelled_and_can_be_left_out(own_copy: str, rows: list[Row]) -> None:
    start, end, *_ = default_range(rows)
    _add_real_session(own_copy, end)
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT_S).run()
    assert not at.exception
    toggle = at.toggle(key="dash_demo")
    assert toggle.label == f"Include {len(rows)} demo sessions" and toggle.value
    with_demo = count(rows, start, end) + 1
    assert metric(at, "Sessions")[0] == str(with_demo)
    assert any(f"Includes {len(rows)} demo sessions." in c.value for c in at.caption)
    toggle.set_value(False).run()
    assert metric(at, "Sessions")[0] == "1"
    assert any("Demo sessions left out." in c.value for c in at.caption)


def test_a_write_after_the_first_read_shows_at_once(own_copy: str, rows: list[Row]) -> None:
    start, end, *_ = default_range(rows)
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT_S).run()
    before = int(metric(at, "Sessions")[0])
    assert any("Figures read at" in c.value for c in at.caption)
    _add_real_session(own_copy, end)
    at.run()  # well within the cache's lifetime
    assert int(metric(at, "Sessions")[0]) == before + 1
    at.button(key="dash_refresh").click().run()
    assert not at.exception
    assert int(metric(at, "Sessions")[0]) == before + 1


def test_a_single_day_reads_naturally_and_is_drawn(app: AppTest, rows: list[Row]) -> None:
    day = max(r.day for r in rows)
    app.date_input(key="dash_dates").set_value((day, day)).run()
    assert not app.exception
    assert any(
        c.value.startswith(f"{day:%d %b %Y}, compared with the day before.") for c in app.caption
    )
    sessions_chart = next(
        c for c in app.get("vega_lite_chart") if '"Sessions per day"' in c.proto.spec
    )
    assert '"point": true' in sessions_chart.proto.spec.replace('"point":true', '"point": true')
    assert all(v != "None" for v in app.dataframe[0].value["overall_score"].astype(str))
