"""Engine and session factory for SQLite (embedded) and PostgreSQL."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _sqlite_begin) instead of pysqlite's implicit, deferred one.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # A write transaction takes the write lock up front (BEGIN IMMEDIATE): a deferred one that read first
    # fails with "database is locked" instead of waiting when another writer got there in between.
    # Reads stay deferred so that, under WAL, they never wait for a writer.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


WRITE_OPTION = "tacit_write"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; for SQLite the directory is created and WAL, foreign keys and a busy timeout
    are switched on (foreign keys make a user's deletion cascade)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # a file database keeps as many connections as there are request threads (anyio's 40): with SQLAlchemy's
        # default 5 + 10 overflow, a server under load opened (and set up) a connection on most requests
        pool = {"pool_size": 40, "max_overflow": 40} if parsed.database and parsed.database != ":memory:" else {}
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10}, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


_WRITERS: dict[str, threading.RLock] = {}  # SQLite database -> its writers in this process, one at a time
_WRITERS_LOCK = threading.Lock()


def _writer_lock(engine: Engine) -> threading.RLock | None:
    """SQLite takes one writer at a time. Threads of one process that all ask for the write lock at once make
    SQLite's busy handler sleep and retry (1, 2, 5 ... 100 ms): under load the writers convoyed and the proxy's
    observations fell behind (32 clients: 19.8 req/s). In process they wait their turn on a lock instead; other
    processes still meet the busy timeout."""
    if engine.dialect.name != "sqlite":
        return None
    key = str(engine.url)
    with _WRITERS_LOCK:
        return _WRITERS.setdefault(key, threading.RLock())


@contextmanager
def write_tx(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session in a write transaction, committed on success and rolled back on any error."""
    bind = sessions.kw.get("bind")
    lock = _writer_lock(bind) if isinstance(bind, Engine) else None
    with lock or contextlib.nullcontext(), sessions.begin() as session:
        session.connection(execution_options={WRITE_OPTION: True})
        yield session
