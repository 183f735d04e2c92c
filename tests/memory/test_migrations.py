from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from harness.backends import Postgres
from memory.db.engine import make_engine
from memory.db.migrate import downgrade, pending, upgrade
from memory.db.tables import Base
from memory.recall.reads import USER_REVISION

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


def test_recall_reads_a_users_revision_from_the_index_alone(tmp_path: Path) -> None:
    """USER_REVISION runs on every recall request: SQLite must answer it from ix_memories_revision (migration
    0007) without visiting the user's rows, each of which holds its text and vector."""
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade(url)
    engine = make_engine(url)
    compiled = USER_REVISION.compile(engine)
    given = {"tenant": "default", "user": "u", "model": "m"}
    params = tuple(given.get(name, compiled.params[name]) for name in compiled.positiontup or ())
    with engine.connect() as conn:
        plan = [row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).all()]
    engine.dispose()
    memories = [step for step in plan if " memories " in f" {step} "]
    assert memories == ["SEARCH memories USING COVERING INDEX ix_memories_revision (user_pk=?) LEFT-JOIN"], plan
