"""`tacit doctor`: every kind of disagreement between SQL, the index and the queue is found, named, and the
repairable ones are repaired (real SQL, real Chroma, real embeddings; problems made the way a crash or a
bug would leave them)."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import delete, select

from agents.services import Services
from memory.db.engine import write_tx
from memory.db.tables import JobRow, MemoryEventRow, MemoryRow
from memory.doctor import diagnose, doctor
from memory.learn.jobs import JobQueue
from memory.learn.log import NewTurns
from memory.ports import VectorRecord
from memory.settings import Settings
from memory.store.changes import Add
from memory.store.convert import bytes_to_vector
from memory.store.schemas import NewMemory, NewUser
from memory.types import MemorySource
from memory.vector.partition import partition_key
from tests.fakes import FlakyIndex

pytestmark = pytest.mark.both_backends


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def _fill(parts: Services) -> dict[str, list[str]]:
    store = parts.store
    store.create_user(NewUser(id="u1"))
    store.create_user(NewUser(id="u2"))
    u1 = [m.id for m in store.add_many("u1", [NewMemory(text=t) for t in ["Likes chess", "Owns a dog", "Vegan"]])]
    store.delete("u1", u1[2])
    u2 = [store.add("u2", NewMemory(text="Plays bass guitar")).id]
    return {"u1": u1, "u2": u2}


def test_a_consistent_store_is_healthy(parts: Services) -> None:
    _fill(parts)
    report = doctor(parts)
    assert report.healthy, report.to_dict()
    assert [c.name for c in report.checks] == [
        "schema",
        "outbox",
        "index",
        "leases",
        "search",
        "inputs",
        "memories",
        "failed_jobs",
        "text",
    ]
    assert report.check("index").checked == 2
    assert report.check("memories").checked == 4


def test_every_problem_is_found_and_the_repairable_ones_fixed(parts: Services, flaky_index: FlakyIndex) -> None:
    ids = _fill(parts)
    store, index = parts.store, parts.index
    p1 = store.partition("u1")
    # the index lost a vector, kept an old one for an edited item, and kept a deleted item's
    index.delete(p1, [ids["u1"][0]])
    other = parts.embedder.embed(["Hates every board game"])[0]
    index.upsert(p1, [VectorRecord(id=ids["u1"][1], vector=other)])
    index.upsert(p1, [VectorRecord(id=ids["u1"][2], vector=other)])
    orphan = partition_key("default", "ghost")
    index.upsert(orphan, [VectorRecord(id="g", vector=other)])
    # an index change the index refused (it was down): waits in the outbox
    flaky_index.down = True
    late = store.add("u2", NewMemory(text="Drinks oat milk")).id
    flaky_index.down = False
    # a job claimed by a worker whose process is gone, and one whose lease ran out
    dead = f"{socket.gethostname()}:{_dead_pid()}:deadbeef"
    parts.log.append("u2", NewTurns.model_validate({"turns": [{"role": "user", "content": "I love tea."}]}))
    parts.log.append("u1", NewTurns.model_validate({"turns": [{"role": "user", "content": "I love jazz."}]}))
    held = parts.queue.claim(dead)
    expired = JobQueue(parts.sessions, lease_s=-1).claim("elsewhere:1:cafe")
    assert held is not None and expired is not None
    # half-written memories: a row without its history, a learned item without evidence
    with write_tx(parts.sessions) as s:
        s.execute(delete(MemoryEventRow).where(MemoryEventRow.memory_id == ids["u2"][0]))
    learned = store.apply(
        "u1", [Add(NewMemory(text="Likes hiking", source=MemorySource.implicit))], actor="agent:test"
    )[0].memory_id

    report, _ = diagnose(parts)
    assert not report.healthy
    idx = report.check("index")
    assert idx.problems == 3  # u1, u2 (the outbox's item) and the orphan partition
    joined = " ".join(idx.examples)
    for expected in (f"missing {ids['u1'][0]}", f"stale {ids['u1'][1]}", f"extra {ids['u1'][2]}", orphan, late):
        assert expected in joined, joined
    assert report.check("outbox").problems == 1 and late in report.check("outbox").examples[0]
    leases = report.check("leases")
    assert leases.problems == 2 and {held.id, expired.id} <= set(" ".join(leases.examples).split())
    memories = report.check("memories")
    assert memories.problems == 2
    assert any(ids["u2"][0] in e and "no history" in e for e in memories.examples)
    assert any(learned in e and "no evidence" in e for e in memories.examples)

    fixed = doctor(parts, fix=True)
    assert fixed.before is not None and not fixed.before.healthy
    assert any(r.startswith("index: reindexed 2 users") for r in fixed.repairs), fixed.repairs
    for name in ("outbox", "index", "leases", "inputs", "failed_jobs"):
        assert fixed.check(name).ok, fixed.check(name).to_dict()
    assert fixed.check("memories").problems == 2  # not repairable: a person decides
    assert not fixed.healthy
    assert index.ids(p1) == {ids["u1"][0], ids["u1"][1], learned}
    assert orphan not in index.partitions()
    with parts.sessions() as s:
        row = s.get_one(MemoryRow, ids["u1"][1])
        assert np.allclose(index.vectors(p1, [row.id])[row.id], bytes_to_vector(row.embedding or b""), atol=1e-5)
        jobs = {j.id: j for j in s.scalars(select(JobRow))}
    for job in (held, expired):
        assert jobs[job.id].state == "queued" and jobs[job.id].lease_until is None
        assert jobs[job.id].attempts == 1 and "gone" in (jobs[job.id].error or "")
    assert parts.worker.drain() == 2  # released jobs run at once
    assert doctor(parts, user_id="u2").check("memories").problems == 1  # --user scopes every check
    assert doctor(parts, user_id="u2").check("index").checked == 1


def test_a_job_that_keeps_killing_its_workers_is_parked(parts: Services) -> None:
    parts.log.append("u1", NewTurns.model_validate({"turns": [{"role": "user", "content": "I love tea."}]}))
    with write_tx(parts.sessions) as s:
        for job in s.scalars(select(JobRow)):
            job.attempts = job.max_attempts - 1
    assert JobQueue(parts.sessions, lease_s=-1).claim("elsewhere:1:cafe") is not None
    report = doctor(parts, fix=True)
    assert report.check("leases").ok
    failed = report.check("failed_jobs")
    assert failed.problems == 1 and "gone" in failed.examples[0]
    assert report.healthy  # a parked job is a warning, not ill health


def test_unmigrated_database_reports_the_schema_only(tmp_path: Path) -> None:
    fresh = Services(Settings(data_dir=tmp_path / "fresh"))
    try:
        report, _ = diagnose(fresh)
        assert [c.name for c in report.checks] == ["schema"]
        assert not report.healthy and "tacit migrate" in report.checks[0].hint
    finally:
        fresh.close()
