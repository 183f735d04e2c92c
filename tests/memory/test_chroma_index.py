from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from memory.ports import VectorRecord
from memory.vector.chroma import ChromaIndex
from memory.vector.local_view import _in_wal_mode, drop_system, use_wal
from memory.vector.partition import partition_key


def unit(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(384).astype(np.float32)
    return v / np.linalg.norm(v)


def test_partitions_are_isolated_and_exact(tmp_path: Path) -> None:
    index = ChromaIndex(path=tmp_path)
    a, b = partition_key("t", "a"), partition_key("t", "b")
    index.upsert(a, [VectorRecord(id=f"a{i}", vector=unit(i)) for i in range(20)])
    index.upsert(b, [VectorRecord(id=f"b{i}", vector=unit(100 + i)) for i in range(20)])
    hits = index.query(a, unit(3), 5)
    assert hits[0].id == "a3" and abs(hits[0].score - 1.0) < 1e-4
    assert all(h.id.startswith("a") for h in hits)
    assert all(h.id.startswith("b") for h in index.query(b, unit(3), 20))
    assert index.partitions() == {a, b}


def test_upsert_delete_drop_and_missing_partition(tmp_path: Path) -> None:
    index = ChromaIndex(path=tmp_path)
    p = partition_key("t", "u")
    assert index.query(p, unit(0), 3) == []
    assert index.ids(p) == set()
    index.delete(p, ["nothing"])  # deleting from a partition that does not exist is a no-op
    index.upsert(p, [VectorRecord(id="x", vector=unit(1), metadata={"kind": "fact"})])
    index.upsert(p, [VectorRecord(id="x", vector=unit(2))])  # replace the vector
    assert index.query(p, unit(2), 1)[0].score > 0.999
    index.delete(p, ["x"])
    assert index.ids(p) == set()
    index.drop_partition(p)
    index.drop_partition(p)  # twice is fine
    assert index.partitions() == set()


def test_partition_key_is_name_safe_and_tenant_scoped() -> None:
    k = partition_key("default", "weird/../id with spaces")
    assert k.startswith("tacit_u_") and k.replace("_", "").isalnum()
    assert partition_key("a", "x") != partition_key("b", "x")


def journal_mode(folder: Path) -> str:
    with contextlib.closing(sqlite3.connect(folder / "chroma.sqlite3")) as con:
        return str(con.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def test_the_database_runs_in_wal_mode_new_or_existing(tmp_path: Path) -> None:
    """A new folder starts in WAL mode; one Chroma created in rollback-journal mode is switched on the next open,
    and what it held is still found."""
    fresh = ChromaIndex(path=tmp_path / "fresh")
    fresh.upsert(partition_key("t", "u"), [VectorRecord(id="x", vector=unit(1))])
    assert journal_mode(tmp_path / "fresh") == "wal"

    old = tmp_path / "old"
    client = chromadb.PersistentClient(path=str(old), settings=ChromaSettings(anonymized_telemetry=False))
    client.get_or_create_collection(partition_key("t", "u"), embedding_function=None).upsert(
        ids=["y"], embeddings=np.stack([unit(2)])
    )
    assert journal_mode(old) == "delete"
    drop_system(old)  # as a restart: Chroma's cached system for the folder is gone
    reopened = ChromaIndex(path=old)
    assert reopened.query(partition_key("t", "u"), unit(2), 1)[0].id == "y"
    assert journal_mode(old) == "wal"


def test_the_wal_switch_opens_no_connection_once_the_file_says_wal(tmp_path: Path) -> None:
    """A reconnect must not open and close a second SQLite connection beside Chroma's (local_view._in_wal_mode)."""
    db = tmp_path / "chroma.sqlite3"
    with contextlib.closing(sqlite3.connect(db)) as con:
        con.execute("CREATE TABLE t (x)")
        con.commit()
    assert not _in_wal_mode(db)
    use_wal(tmp_path)
    assert _in_wal_mode(db)
    assert not _in_wal_mode(tmp_path / "missing.sqlite3")
