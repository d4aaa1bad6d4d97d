"""Every analytics figure on the hand-built data set, with exact expected numbers."""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import replace
from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st
from sqlalchemy import Float, String, delete, literal, select, union_all, update

from interview_core import analytics as an
from interview_core.auth import Actor, Role
from interview_core.errors import Forbidden
from interview_core.interview import answer_question, start_interview
from interview_core.models import (
    DEMO_OWNER_PREFIX,
    Feedback,
    InterviewSession,
    Message,
    ModelCall,
)
from tests.helpers.analytics_data import CURRENT


def round_2(x: float) -> float:
    return round(x, 2)


def metrics(frame: pd.DataFrame) -> dict[str, tuple[float, float, float]]:
    return {r.metric: (r.current, r.previous, r.delta) for r in frame.itertuples()}


def test_headline_current_previous_and_deltas(built) -> None:
    db, _ = built
    m = metrics(an.headline(db, CURRENT))
    assert list(m) == list(an.HEADLINE_METRICS)
    assert m["sessions"] == (6, 4, 2)
    assert m["started"] == (5, 3, 2)
    assert m["completed"] == (3, 2, 1)
    assert m["completion_rate"] == pytest.approx((0.6, 2 / 3, 0.6 - 2 / 3))
    # Odd count: the middle value; even count: the mean of the two middle values.
    assert m["median_score"] == (72, 70, 2)
    assert m["median_minutes_to_complete"] == pytest.approx((30, 45, -15), abs=1e-3)
    assert m["median_answer_chars"] == (200, 250, -50)


def test_headline_without_a_closed_range_has_no_previous_period(built) -> None:
    db, _ = built
    m = metrics(an.headline(db, an.Filters()))
    assert m["sessions"][0] == 12
    assert m["completed"][0] == 6
    assert pd.isna(m["sessions"][1]) and pd.isna(m["sessions"][2])


def test_headline_on_an_empty_period_is_zero_and_nan(built) -> None:
    db, _ = built
    m = metrics(an.headline(db, an.Filters(start=date(2030, 1, 1), end=date(2030, 1, 7))))
    assert m["sessions"] == (0, 0, 0)
    assert all(pd.isna(v) for v in m["completion_rate"])
    assert all(pd.isna(v) for v in m["median_score"])


def test_filters_narrow_every_figure(built) -> None:
    db, _ = built
    analyst = replace(CURRENT, job_titles=("Data Analyst",))
    m = metrics(an.headline(db, analyst))
    assert m["sessions"][:2] == (2, 2)  # C, D now; P2, P4 before
    assert m["median_score"][:2] == (90, 80)

    m = metrics(an.headline(db, replace(CURRENT, companies=("Globex",))))
    assert m["sessions"][:2] == (3, 1)

    m = metrics(an.headline(db, replace(CURRENT, statuses=("in_progress",))))
    assert m["sessions"][:2] == (2, 1)  # D, E; P2
    assert m["completion_rate"][0] == 0

    m = metrics(an.headline(db, replace(CURRENT, statuses=("not_started", "complete"))))
    assert m["sessions"][:2] == (4, 3)

    # A provider counts when it answered a call: gemini failed for B, offline stood in.
    m = metrics(an.headline(db, replace(CURRENT, providers=("gemini",))))
    assert m["sessions"][:2] == (2, 1)  # A, C; P1
    m = metrics(an.headline(db, replace(CURRENT, providers=("offline",))))
    assert m["sessions"][0] == 2  # B, D


def test_filters_validate() -> None:
    with pytest.raises(ValueError, match="after its end"):
        an.Filters(start=date(2025, 3, 2), end=date(2025, 3, 1))
    with pytest.raises(ValueError, match="Unknown status"):
        an.Filters(statuses=("abandoned",))  # type: ignore[arg-type]
    assert CURRENT.previous() == an.Filters(start=date(2025, 3, 1), end=date(2025, 3, 7))
    assert CURRENT.days == 7


def test_funnel_counts_by_question(built) -> None:
    db, _ = built
    frame = an.funnel(db, CURRENT)
    assert frame["question"].tolist() == [1, 2, 3, 4, 5, 6, 7, 8]
    assert frame["reached"].tolist() == [5, 5, 5, 4, 4, 3, 3, 3]
    assert frame["answered"].tolist() == [5, 5, 4, 4, 4, 3, 3, 3]
    assert frame["share_of_started"].tolist() == pytest.approx([1, 1, 1, 0.8, 0.8, 0.6, 0.6, 0.6])


def test_funnel_of_nothing_is_zero(built) -> None:
    db, _ = built
    frame = an.funnel(db, an.Filters(start=date(2030, 1, 1), end=date(2030, 1, 1)))
    assert frame["reached"].tolist() == [0] * 8


def test_sessions_over_time_by_day_and_week(built) -> None:
    db, _ = built
    daily = an.sessions_over_time(db, CURRENT, "day")
    assert daily["period"].dt.day.tolist() == list(range(8, 15))
    assert daily["sessions"].tolist() == [0, 0, 1, 1, 2, 1, 1]
    assert daily["completed"].tolist() == [0, 0, 1, 1, 1, 0, 0]
    weekly = an.sessions_over_time(db, CURRENT, "week")
    assert weekly["period"].dt.strftime("%Y-%m-%d").tolist() == ["2025-03-03", "2025-03-10"]
    assert weekly["sessions"].tolist() == [0, 6]
    everything = an.sessions_over_time(db, an.Filters(), "week")
    assert everything["sessions"].sum() == 12


def test_score_distribution(built) -> None:
    db, _ = built
    frame = an.score_distribution(db, CURRENT)
    assert frame["band"].tolist() == list(range(0, 100, 10))
    assert frame["label"].iloc[0] == "0–9" and frame["label"].iloc[-1] == "90–100"
    assert dict(zip(frame["band"], frame["sessions"], strict=True)) == {
        **{k: 0 for k in range(0, 100, 10)},
        50: 1,
        70: 1,
        90: 1,
    }


def test_a_perfect_score_falls_in_the_top_band(built) -> None:
    db, ids = built
    with db.engine.begin() as s:
        s.execute(update(Feedback).where(Feedback.session_id == ids["C"]).values(overall_score=100))
    frame = an.score_distribution(db, CURRENT).set_index("band")
    assert frame.loc[90, "sessions"] == 1


def test_demo_sessions_can_be_left_out(built) -> None:
    db, ids = built
    with db.engine.begin() as s:
        s.execute(
            update(InterviewSession)
            .where(InterviewSession.id == ids["A"])
            .values(owner=DEMO_OWNER_PREFIX + "1")
        )
    assert an.filter_options(db).demo_sessions == 1
    everything = an.headline(db, CURRENT).set_index("metric")
    real = an.headline(db, replace(CURRENT, include_demo=False)).set_index("metric")
    assert real.loc["sessions", "current"] == everything.loc["sessions", "current"] - 1


def test_the_data_stamp_changes_with_every_write(built) -> None:
    db, ids = built
    before = an.data_stamp(db)
    assert an.data_stamp(db) == before
    with db.engine.begin() as s:
        s.execute(delete(ModelCall).where(ModelCall.session_id == ids["D"]))
        s.execute(delete(Message).where(Message.session_id == ids["D"]))
        s.execute(delete(InterviewSession).where(InterviewSession.id == ids["D"]))
    assert an.data_stamp(db) != before


def test_rubric_by_job_title(built) -> None:
    db, _ = built
    frame = an.rubric_by_job_title(db, CURRENT).set_index("job_title")
    assert frame.loc["Backend Engineer", "sessions"] == 2
    assert frame.loc[
        "Backend Engineer", ["relevance", "structure", "evidence", "communication"]
    ].tolist() == [3.0, 2.5, 2.75, 3.5]
    assert frame.loc["Data Analyst", "relevance"] == 5.0
    assert frame.index.tolist() == ["Backend Engineer", "Data Analyst"]


def test_skill_gaps_heatmap_counts(built) -> None:
    db, _ = built
    frame = an.skill_gaps(db, CURRENT)
    cells = {
        (r.job_title, r.skill): (r.missing, r.undemonstrated, r.gaps, r.assessed)
        for r in frame.itertuples()
    }
    assert cells == {
        ("Backend Engineer", "Kafka"): (2, 0, 2, 2),
        ("Backend Engineer", "Kubernetes"): (0, 1, 1, 1),
        ("Backend Engineer", "Python"): (0, 1, 1, 2),
        ("Data Analyst", "Tableau"): (1, 0, 1, 1),
    }
    assert frame.iloc[0]["skill"] == "Kafka"  # the most often missing skill comes first
    share = frame.set_index(["job_title", "skill"])["gap_share"]
    assert share[("Backend Engineer", "Python")] == 0.5
    top = an.skill_gaps(db, CURRENT, top_skills=1, top_titles=1)
    assert top[["job_title", "skill"]].values.tolist() == [["Backend Engineer", "Kafka"]]


def test_provider_health_error_rate_latency_and_fallbacks(built) -> None:
    db, _ = built
    frame = an.provider_health(db, CURRENT)
    rows = {
        (r.period.strftime("%m-%d"), r.provider): (
            r.calls,
            r.errors,
            r.error_rate,
            r.fallback_share,
            r.mean_latency_ms,
        )
        for r in frame.itertuples()
    }
    assert rows == {
        ("03-10", "gemini"): (2, 0, 0.0, 0.0, 700.0),
        ("03-11", "gemini"): (1, 1, 1.0, 0.0, 3000.0),
        ("03-11", "offline"): (1, 0, 0.0, 1.0, 5.0),
        ("03-12", "gemini"): (1, 0, 0.0, 0.0, 1000.0),
        ("03-12", "offline"): (1, 0, 0.0, 1.0, 10.0),
        ("03-12", "openrouter"): (1, 1, 1.0, 0.0, 1200.0),
    }
    weekly = an.provider_health(db, CURRENT, "week").set_index("provider")
    assert weekly.loc["gemini", "calls"] == 4
    assert weekly.loc["gemini", "error_rate"] == 0.25
    only = an.provider_health(db, replace(CURRENT, providers=("offline",)))
    assert set(only["provider"]) == {"offline"}
    analyst = an.provider_health(db, replace(CURRENT, job_titles=("Data Analyst",)))
    assert sorted(analyst["calls"].tolist()) == [1, 1, 1]  # C's gemini, D's two calls


def test_sessions_table_sorts_and_filters(built) -> None:
    db, ids = built
    frame = an.sessions_table(db, CURRENT)
    assert frame["id"].tolist() == [ids[k] for k in ("F", "E", "D", "C", "B", "A")]
    by_score = an.sessions_table(db, CURRENT, sort="score", descending=True)
    assert by_score["id"].tolist()[:3] == [ids["C"], ids["A"], ids["B"]]
    assert by_score["score"].isna().sum() == 3  # unscored sessions sort last
    row = frame.set_index("id").loc[ids["A"]]
    assert (row["status"], row["questions"], row["overall_score"]) == ("complete", 8, 72)
    assert row["minutes_to_complete"] == pytest.approx(40, abs=1e-3)
    assert frame.set_index("id").loc[ids["D"], "status"] == "in_progress"
    assert frame.set_index("id").loc[ids["F"], "status"] == "not_started"
    page = an.sessions_table(db, CURRENT, sort="id", descending=False, limit=2, offset=1)
    assert page["id"].tolist() == [ids["B"], ids["C"]]
    with pytest.raises(ValueError, match="Cannot sort"):
        an.sessions_table(db, CURRENT, sort="cv_text")


def test_sessions_csv_is_the_filtered_table(built) -> None:
    db, ids = built
    rows = list(csv.DictReader(io.StringIO(an.sessions_csv(db, CURRENT).decode("utf-8"))))
    assert [int(r["id"]) for r in rows] == [ids[k] for k in ("F", "E", "D", "C", "B", "A")]
    assert list(rows[0]) == list(an.SORTABLE)
    a = next(r for r in rows if int(r["id"]) == ids["A"])
    assert a["created_at"] == "2025-03-10T09:00:00Z"
    assert (a["status"], a["score"], a["minutes_to_complete"]) == ("complete", "7", "40.0")
    analyst = an.sessions_csv(db, replace(CURRENT, job_titles=("Data Analyst",)))
    assert analyst.decode().count("\n") == 3  # header + C + D


def test_filter_options_and_emptiness(built) -> None:
    db, _ = built
    options = an.filter_options(db)
    assert options.job_titles == ("Backend Engineer", "Data Analyst", "Registered Nurse")
    assert options.companies == ("Globex", "Initech")
    assert options.providers == ("gemini", "offline", "openrouter")
    assert (options.first_day, options.last_day) == (date(2025, 2, 20), date(2025, 3, 15))
    assert an.has_sessions(db)


def test_empty_database(db) -> None:
    assert not an.has_sessions(db)
    assert an.filter_options(db).job_titles == ()
    assert an.sessions_table(db, an.Filters()).empty
    assert an.skill_gaps(db, an.Filters()).empty
    assert an.provider_health(db, an.Filters()).empty
    assert an.sessions_over_time(db, an.Filters()).empty


def test_session_detail_reads_transcript_and_feedback(built) -> None:
    db, ids = built
    admin = Actor("someone", Role.ADMIN)
    detail = an.session_detail(db, admin, ids["B"])
    assert detail.summary.job_title == "Backend Engineer"
    assert len(detail.transcript) == 16
    assert detail.transcript["role"].tolist()[:2] == ["interviewer", "candidate"]
    assert detail.feedback is not None and detail.feedback["score"] == 5
    assert detail.skills.to_dict("records") == [
        {"skill": "Kafka", "status": "missing"},
        {"skill": "Python", "status": "undemonstrated"},
    ]
    unscored = an.session_detail(db, admin, ids["D"])
    assert unscored.feedback is None and unscored.skills.empty
    with pytest.raises(Forbidden):
        an.session_detail(db, Actor("stranger"), ids["B"])


def test_the_interview_flow_stores_each_messages_length(db, actor, ai, make_ready_session) -> None:
    summary = make_ready_session()
    start_interview(db, actor, summary.id, ai)
    answer_question(db, actor, summary.id, "I led the Kafka migration — and it worked.", ai)
    with db.session() as s:
        rows = s.execute(select(Message.content, Message.content_chars)).all()
    assert len(rows) == 3
    assert all(chars == len(content) for content, chars in rows)


@hyp_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    groups=st.dictionaries(
        st.sampled_from(["a", "b", "c"]),
        st.lists(
            st.one_of(st.integers(-5, 40), st.floats(-50, 50, allow_nan=False).map(round_2)),
            min_size=1,
            max_size=30,
        ),
        min_size=1,
    )
)
def test_median_matches_the_textbook_definition(db, groups: dict[str, list[float]]) -> None:
    table = union_all(
        *(
            select(literal(g, String).label("g"), literal(float(x), Float).label("x"))
            for g, xs in groups.items()
            for x in xs
        )
    ).subquery("t")
    stmt = select(table.c.g).select_from(table)
    frame = an._frame(db, an._median_stmt(table.c.x, [table.c.g], stmt)).set_index("g")["median"]
    assert frame.to_dict() == pytest.approx({g: statistics.median(xs) for g, xs in groups.items()})
