from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from harness.backends import Postgres
from memory.db.engine import make_engine
from memory.db.migrate import downgrade, pending, upgrade
from memory.db.tables import Base

TABLES = {
    "users",
    "messages",
    "memories",
    "memory_events",
    "jobs",
    "profiles",
    "vector_outbox",
    "api_keys",
    "answer_memories",
    "answer_feedback",
    "alembic_version",
}


def test_upgrade_downgrade_upgrade_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    engine = make_engine(url)
    assert pending(engine)
    upgrade(url)
    assert set(inspect(engine).get_table_names()) == TABLES
    assert not pending(engine)
    downgrade(url, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    upgrade(url)
    assert not pending(engine)
    engine.dispose()


def test_migrations_match_the_tables(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_downgrade_upgrade_postgres(postgres: Postgres) -> None:
    url = postgres.create_database("migrations")
    engine = make_engine(url)
    upgrade(url)
    assert set(inspect(engine).get_table_names()) == TABLES
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    downgrade(url, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    upgrade(url)
    assert not pending(engine)
    engine.dispose()
