"""Migrations and models describe the same schema; databases are created and upgraded by them."""

from __future__ import annotations

import os
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import make_url

from interview_core.db import MIGRATIONS_DIR, Database, alembic_config, create_schema, make_engine
from interview_core.models import Base


def _urls() -> list[str]:
    return ["sqlite", "postgresql"] if os.environ.get("TEST_DATABASE_URL") else ["sqlite"]


@pytest.fixture(params=_urls())
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of a database with no tables at all (a throwaway PostgreSQL database too)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'migrate.db'}"
        return
    base = make_url(os.environ["TEST_DATABASE_URL"])
    name = f"migrations_{uuid.uuid4().hex[:10]}"
    admin = make_engine(base.render_as_string(hide_password=False), echo=False)
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _exists_on(dialect: str):  # type: ignore[no-untyped-def]
    """Skip objects the models create only on another dialect (`Index.ddl_if`)."""

    def include(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
        wanted = getattr(getattr(obj, "_ddl_if", None), "dialect", None)
        return wanted is None or wanted == dialect

    return include


def _differences(url: str) -> list[object]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn, warnings.catch_warnings():
            # Expression indexes cannot be reflected on SQLite; their presence is checked below.
            warnings.simplefilter("ignore", UserWarning)
            context = MigrationContext.configure(
                conn, opts={"include_object": _exists_on(conn.dialect.name)}
            )
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def test_replaying_every_migration_builds_exactly_the_models(empty_url: str) -> None:
    engine = make_engine(empty_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            indexes = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'index'")))
        assert "ix_model_calls_day_sqlite" in indexes
    engine.dispose()
    assert _differences(empty_url) == []


def test_a_new_database_is_created_from_the_models_and_marked_current(empty_url: str) -> None:
    db = Database.from_url(empty_url)
    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    assert current == ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    db.dispose()
    assert _differences(empty_url) == []
    # Opening it again migrates nothing and changes nothing.
    create_schema(make_engine(empty_url))
    assert _differences(empty_url) == []
