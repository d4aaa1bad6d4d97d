"""The demo catalogue file loads, is consistent, and its checks reject broken entries."""

from __future__ import annotations

import copy
import math
import random
import tomllib
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Table

from interview_core.demo import catalogue as catalogue_module
from interview_core.demo.catalogue import CATALOGUE_FILE, CatalogueError, parse_catalogue
from interview_core.demo.pool import PoolInterview
from interview_core.demo.simulator import Rows, Simulator, incidents
from interview_core.demo.writers import (
    CALLS,
    FEEDBACK,
    FEEDBACK_SKILLS,
    MESSAGES,
    SESSIONS,
    columns,
    feedback_values,
)
from interview_core.language.skills import skill_named


@pytest.fixture
def raw() -> dict[str, Any]:
    with CATALOGUE_FILE.open("rb") as f:
        return tomllib.load(f)


def test_packaged_catalogue_loads() -> None:
    cat = catalogue_module.load_catalogue()
    assert len(cat.roles) == 12
    assert {q.name for q in cat.qualities} == {"strong", "average", "weak"}
    assert math.isclose(sum(q.weight for q in cat.qualities), 1.0)
    assert math.isclose(sum(c.share for c in cat.chains), 1.0)
    assert cat.providers["offline"].error_rate == 0
    assert [e.message for e in cat.errors if e.timeout] == ["Timed out after 30 s"]


def test_role_skills_are_lexicon_names() -> None:
    for role in catalogue_module.packaged_catalogue().roles:
        for name in (*role.skills, *role.extras):
            skill = skill_named(name)
            assert skill is not None and skill.name == name, (role.title, name)


def test_roles_are_complete() -> None:
    for role in catalogue_module.packaged_catalogue().roles:
        # A job description names 5 or more requirements.
        assert len(role.skills) >= 5, role.title
        assert len(role.employers) >= 2 and role.hirers, role.title
        assert all("{n}" in result for result in role.results), role.title
        assert all(action == action.lower()[:1] + action[1:] for action in role.actions)


def _broken(raw: dict[str, Any], change: Any) -> dict[str, Any]:
    data = copy.deepcopy(raw)
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["roles"][0]["results"].append("revenue grew"), "must contain {n}"),
        (lambda d: d["roles"][0].update(hirers=["nowhere"]), "unknown hirer group"),
        (lambda d: d["roles"][1].update(skills=[]), "non-empty list"),
        (lambda d: d["roles"][1].update(title=d["roles"][0]["title"]), "unique"),
        (lambda d: d["chains"][0]["providers"].pop(), "must end with the offline"),
        (lambda d: d["chains"][0]["providers"].insert(0, "mystery"), "unknown providers"),
        (lambda d: d["qualities"][0]["answers"].append("I {flew}."), "unknown fields"),
        (lambda d: d["qualities"][0].update(years=[5, 2]), "'years'"),
        (lambda d: d["providers"][3].update(error_rate=0.1), "never fail"),
        (lambda d: d.pop("names"), "missing or malformed"),
    ],
)
def test_broken_catalogues_are_rejected(raw: dict[str, Any], change: Any, message: str) -> None:
    with pytest.raises(CatalogueError, match=message):
        parse_catalogue(_broken(raw, change))


def test_columns_come_from_the_models() -> None:
    assert columns(MESSAGES, {"content", "role", "session_id"}) == ("role", "content")
    with pytest.raises(ValueError, match="no columns"):
        columns(CALLS, {"provider", "latency"})
    assert "id" not in feedback_values({"id": 3, "score": 7, "extra": 1}, 5)
    assert feedback_values({"score": 7, "extra": 1}, 5) == {"score": 7, "session_id": 5}


def _unfilled_required(table: Table, filled: set[str]) -> list[str]:
    return [
        c.name
        for c in table.columns
        if c.name not in filled
        and not c.nullable
        and c.default is None
        and c.server_default is None
        and not c.primary_key
    ]


def test_simulated_rows_fill_every_required_column() -> None:
    """A column added to a model without a default makes the demo's rows incomplete."""
    role = catalogue_module.packaged_catalogue().roles[0]
    item = PoolInterview(
        role=role,
        company="Initech",
        quality="strong",
        cv_text="cv",
        cv_filename="cv.md",
        job_description="jd",
        questions=tuple(f"Question {i}?" for i in range(8)),
        answers=tuple(f"Answer {i}." for i in range(8)),
        feedback={"score": 7, "generated_by": "offline", "payload": {}},
        skills=({"skill": "Python", "status": "demonstrated"},),
    )
    rng = random.Random(1)
    simulator = Simulator(rng, [item], incidents(rng, date(2025, 6, 30), 30))
    rows = Rows()
    for hour in range(40):
        simulator.session(datetime(2025, 6, 1, hour % 24, tzinfo=UTC), rows)
    assert rows.messages and rows.calls and rows.feedback
    links = {"session_id", "feedback_id"}
    for table, keys in (
        (SESSIONS, rows.sessions[0].keys()),
        (MESSAGES, rows.messages[0][1].keys()),
        (CALLS, rows.calls[0][1].keys()),
        (FEEDBACK_SKILLS, item.skills[0].keys()),
    ):
        assert not _unfilled_required(table, {*columns(table, keys), *links}), table.name
    assert "created_at" in rows.feedback[0][2]
    assert set(columns(FEEDBACK, rows.feedback[0][2].keys())) >= {"generated_by", "created_at"}
