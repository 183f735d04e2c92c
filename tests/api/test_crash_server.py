"""Crash safety with real processes: `tacit serve` and `tacit reindex` are SIGKILLed in the middle of their
work; after a restart every acknowledged write is there exactly once, nothing is half-written, and
`tacit doctor` says so (or says what diverged, and `--fix` repairs it). The restarted server takes back the
jobs its dead predecessor held at once, not after their lease. Graceful shutdown: SIGTERM finishes or gives
back the job in hand."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import threading
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from sqlalchemy import func, select

from agents.services import Services
from harness.procs import TACIT, Server, cli, env_for
from harness.stubs import OpenAIStub
from memory.db.tables import JobRow, MemoryEventRow, MemoryRow, MessageRow, UserRow
from memory.learn.log import NewTurns
from memory.ports import Embedder
from memory.settings import Settings
from memory.store.convert import bytes_to_vector
from memory.store.schemas import NewMemory
from memory.vector.chroma import ChromaIndex
from tests.fakes import FlakyIndex


def doctor(data: Path, *args: str) -> tuple[int, dict[str, Any]]:
    done = cli(data, "doctor", "--json", *args, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


def failing(report: dict[str, Any]) -> set[str]:
    return {c["name"] for c in report["checks"] if not c["ok"] and c["severity"] == "error"}


def sql_parts(data: Path) -> Services:
    """SQL only (this process never opens the Chroma folder a tacit process is using)."""
    return Services(Settings(data_dir=data))


def _write_locked(db: Path) -> bool:
    """Whether another process holds the SQLite write lock right now (it is inside a write transaction)."""
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return True
        raise
    finally:
        conn.close()


def _export_document(user: str, n: int) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    topics = ["jazz", "hiking", "green tea", "sci-fi novels", "trains", "chess", "sushi", "cats", "rain", "linen"]
    memories = []
    for i in range(n):
        mid = str(uuid.uuid4())
        text = f"Likes {topics[i % len(topics)]}, variant {i}"
        snap = {"text": text, "kind": "preference", "category": "general", "status": "active", "version": 1}
        memories.append(
            {
                "id": mid,
                "text": text,
                "kind": "preference",
                "category": "general",
                "source": "import",
                "confidence": 0.8,
                "status": "active",
                "valid_from": now,
                "last_seen_at": now,
                "created_at": now,
                "updated_at": now,
                "history": [{"type": "add", "actor": "import", "before": None, "after": snap, "created_at": now}],
            }
        )
    return {
        "schema": "tacit.export",
        "version": 1,
        "exported_at": now,
        "user": {"id": user, "created_at": now},
        "memories": memories,
    }


def test_sigkill_during_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    db = data / "tacit.db"
    doc = _export_document("imp", 300)
    server = Server(data, TACIT_WORKER__IN_PROCESS="false")  # the import is the only writer
    outcome: dict[str, Any] = {}

    def post() -> None:
        try:
            outcome["response"] = httpx.post(f"{server.url}/v1/users/imp/import", json=doc, timeout=120)
        except httpx.HTTPError as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=post)
    thread.start()
    deadline = time.monotonic() + 60
    while not _write_locked(db):  # the import's one transaction has begun: kill it there
        assert thread.is_alive() and time.monotonic() < deadline, f"the import ended first: {outcome}"
    server.kill()
    thread.join(30)
    assert "error" in outcome, "the import must not have been acknowledged"

    parts = sql_parts(data)
    try:
        with parts.sessions() as s:
            stored = s.scalar(select(func.count()).select_from(MemoryRow)) or 0
            user = s.scalar(select(UserRow).where(UserRow.external_id == "imp"))
        assert stored in (0, 300)  # all or nothing; killed inside its transaction, it is nothing
        assert stored == 0 and user is None, stored
    finally:
        parts.close()
    rc, report = doctor(data)
    assert rc == 0, report

    server = Server(data, TACIT_WORKER__IN_PROCESS="false")
    try:
        again = httpx.post(f"{server.url}/v1/users/imp/import", json=doc, timeout=120)
        assert again.status_code == 200, again.text
        assert again.json()["added"] == 300
        search = httpx.post(f"{server.url}/v1/users/imp/memories/search", json={"query": "board games", "k": 1})
        assert search.json()["hits"][0]["memory"]["text"].startswith("Likes chess")
    finally:
        assert server.stop() in (0, -signal.SIGTERM)
    parts = sql_parts(data)
    try:
        with parts.sessions() as s:
            ids = list(s.scalars(select(MemoryRow.id)))
            events = Counter(s.scalars(select(MemoryEventRow.memory_id)))
        assert sorted(ids) == sorted(m["id"] for m in doc["memories"])  # every item exactly once
        assert set(events) == set(ids) and set(events.values()) == {1}
    finally:
        parts.close()
    rc, report = doctor(data)
    assert rc == 0 and report["healthy"], report


LONG_LEASE_S = 120


def _state(c: httpx.Client, job_id: str) -> str:
    state: str = c.get(f"/v1/jobs/{job_id}").json()["state"]
    return state


def test_sigkill_mid_job_the_restarted_server_runs_the_users_next_job_at_once(
    tmp_path: Path, openai_stub: OpenAIStub
) -> None:
    """The server dies inside a user's job (its LLM call is slow), with that user's next job queued behind it.
    The restarted server takes the job back at start-up: both finish within seconds, not after the lease."""
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    env = {
        "TACIT_WORKER__LEASE_S": f"{LONG_LEASE_S}",
        "TACIT_WORKER__POLL_S": "0.1",
        "TACIT_LLM__BASE_URL": openai_stub.base_url,
        "TACIT_LLM__API_KEY": "k",
    }
    openai_stub.queue_json({"memories": []}, delay_s=15)  # the call the first job is in when the server dies
    server = Server(data, **env)
    turn = {"role": "user", "content": "I love jazz."}
    with httpx.Client(base_url=server.url, timeout=30) as c:
        first = c.post("/v1/users/g/messages", json={"turns": [turn]}).json()["job_id"]
        deadline = time.monotonic() + 30
        while not any(r.path == "/v1/chat/completions" for r in openai_stub.requests):  # inside its LLM call
            assert time.monotonic() < deadline, "the first job never called its LLM"
            time.sleep(0.05)
        assert _state(c, first) == "running"
        second = c.post("/v1/users/g/messages", json={"turns": [{**turn, "content": "I prefer tea."}]}).json()
    server.kill()
    openai_stub.queue_json({"memories": []})  # the first job, again
    openai_stub.queue_json({"memories": []})  # the second
    started = time.monotonic()
    server = Server(data, **env)
    ready = time.monotonic()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            deadline = started + LONG_LEASE_S / 2
            while {_state(c, first), _state(c, second["job_id"])} != {"done"}:
                assert time.monotonic() < deadline, "the user's jobs waited for the dead server's lease"
                time.sleep(0.1)
            took = time.monotonic() - started
            job = c.get(f"/v1/jobs/{first}").json()
        assert job["attempts"] == 2, job  # the dead server's attempt is counted
        after_ready = time.monotonic() - ready
        print(f"restart to both jobs done: {took:.1f} s, {after_ready:.1f} s after ready (lease {LONG_LEASE_S} s)")
    finally:
        assert server.stop() in (0, -signal.SIGTERM)


FOODS = ["sushi", "ramen", "tacos", "falafel", "pho", "paella", "dumplings", "curry", "gnocchi", "tapas"]


def test_sigkill_during_batch_ingest_loses_no_acknowledged_message(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    # a lease far longer than the test waits: the dead server's jobs must come back because its process is gone
    env = {"TACIT_WORKER__LEASE_S": f"{LONG_LEASE_S}", "TACIT_WORKER__POLL_S": "0.1"}
    server = Server(data, **env)
    acked: dict[int, str] = {}  # tag -> job id, answered 2xx before the kill
    sent: list[int] = []
    stop = threading.Event()
    lock = threading.Lock()

    def ingest(user: int) -> None:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            for i in range(100):
                if stop.is_set():
                    return
                tag = user * 1000 + i
                turn = {"role": "user", "content": f"I love {FOODS[i % len(FOODS)]}.", "metadata": {"tag": tag}}
                with lock:
                    sent.append(tag)
                try:
                    r = c.post(f"/v1/users/b{user}/messages", json={"turns": [turn]})
                except httpx.HTTPError:
                    return
                if r.status_code // 100 == 2:
                    with lock:
                        acked[tag] = r.json()["job_id"]

    threads = [threading.Thread(target=ingest, args=(u,)) for u in range(4)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 60
    while len(acked) < 40 and time.monotonic() < deadline:
        time.sleep(0.01)
    server.kill()  # requests are in flight, the in-process worker is mid-queue
    stop.set()
    for t in threads:
        t.join(30)
    assert 40 <= len(acked) < len(sent) < 400, (len(acked), len(sent))

    server = Server(data, **env)  # no `doctor --fix`: the restarted server takes the dead one's jobs back itself
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            deadline = time.monotonic() + LONG_LEASE_S / 2
            pending = set(acked.values())
            while pending and time.monotonic() < deadline:
                pending = {j for j in pending if c.get(f"/v1/jobs/{j}").json()["state"] != "done"}
                time.sleep(0.2)
            assert not pending, f"{len(pending)} acknowledged jobs unfinished long before the lease would end"
    finally:
        assert server.stop() in (0, -signal.SIGTERM)

    parts = sql_parts(data)
    try:
        with parts.sessions() as s:
            tags = Counter(m.meta.get("tag") for m in s.scalars(select(MessageRow)))
            states = Counter(s.scalars(select(JobRow.state)))
            rows = list(s.execute(select(MemoryRow.user_pk, MemoryRow.text).where(MemoryRow.status == "active")))
        assert all(tags[t] == 1 for t in acked), "an acknowledged message is missing or doubled"
        assert set(tags) <= set(sent) and max(tags.values()) == 1
        assert states == {"done": sum(tags.values())}, states  # every logged batch's job ran, once
        assert len(rows) == len(set(rows)) and len(rows) >= 4 * 5, rows  # no duplicate memories
    finally:
        parts.close()
    rc, report = doctor(data)
    assert rc == 0, report


WORDS = ["jazz", "tea", "hiking", "chess", "trains", "cats", "rain", "sushi", "poetry", "linen", "tennis", "opera"]


def test_sigkill_during_reindex_then_doctor_fixes(tmp_path: Path, embedder: Embedder) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    # 2,000 memories in SQL; their vectors went to another folder, so data/chroma is an index to rebuild
    parts = Services(Settings(data_dir=data), embedder=embedder, index=ChromaIndex(path=tmp_path / "elsewhere"))
    rng = np.random.default_rng(7)
    users = [f"r{i}" for i in range(40)]
    try:
        for u in users:
            parts.log.append(u, NewTurns.model_validate({"turns": [{"role": "assistant", "content": "hi"}]}))
            texts = [f"{u} likes {' and '.join(rng.choice(WORDS, 3, replace=False))}, note {i}" for i in range(50)]
            parts.store.add_many(u, [NewMemory(text=t, category="hobbies") for t in texts])
    finally:
        parts.close()

    proc = subprocess.Popen(
        [TACIT, "reindex", "-v"], env=env_for(data), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    assert proc.stderr is not None
    done_users = 0
    for line in proc.stderr:
        done_users += line.startswith("user ")
        if done_users == 10:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL, "reindex finished before it could be killed"

    rc, report = doctor(data)
    assert rc == 1 and failing(report) == {"index"}, report
    index = next(c for c in report["checks"] if c["name"] == "index")
    assert 20 <= index["problems"] <= 30, index  # the users not reached yet (and perhaps the one in hand)
    rc, report = doctor(data, "--fix")
    assert rc == 0 and report["before"]["healthy"] is False, report
    assert doctor(data)[0] == 0

    parts = Services(Settings(data_dir=data), embedder=embedder)
    try:
        for u in users[::8]:
            with parts.sessions() as s:
                user = s.scalar(select(UserRow).where(UserRow.external_id == u))
                assert user is not None
                rows = list(s.scalars(select(MemoryRow).where(MemoryRow.user_pk == user.pk)))
            matrix = np.stack([bytes_to_vector(r.embedding or b"") for r in rows])
            for query in ("music", "board games", "weather"):
                vec = embedder.embed([query])[0]
                exact = [rows[i].id for i in np.argsort(-(matrix @ vec))[:5]]
                found = [m.id for m in parts.index.query(parts.store.partition(u), vec, 5)]
                assert found == exact, (u, query)
    finally:
        parts.close()


def test_sigterm_finishes_the_job_in_hand(tmp_path: Path, openai_stub: OpenAIStub) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    openai_stub.queue_json({"memories": []}, delay_s=4)  # the extraction call the job is in when SIGTERM comes
    server = Server(data, TACIT_LLM__BASE_URL=openai_stub.base_url, TACIT_LLM__API_KEY="k")
    r = httpx.post(f"{server.url}/v1/users/g/messages", json={"turns": [{"role": "user", "content": "I love jazz."}]})
    job_id = r.json()["job_id"]
    deadline = time.monotonic() + 30
    while httpx.get(f"{server.url}/v1/jobs/{job_id}").json()["state"] != "running":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    started = time.monotonic()
    assert server.stop() in (0, -signal.SIGTERM)
    assert time.monotonic() - started < 30
    parts = sql_parts(data)
    try:
        with parts.sessions() as s:
            job = s.get_one(JobRow, job_id)
        assert (job.state, job.attempts, job.lease_until) == ("done", 1, None)
        assert job.result["extractor"] != "offline"
    finally:
        parts.close()
    assert [r.path for r in openai_stub.requests if r.method == "POST"] == ["/v1/chat/completions"]


class GatedExtractor:
    """The offline extractor, held at a gate until the test opens it (a slow LLM call, say)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.entered = threading.Event()
        self.gate = threading.Event()

    def extract(self, turns: Any, focus: Any) -> Any:
        self.entered.set()
        self.gate.wait(30)
        return self.inner.extract(turns, focus)


def test_stop_past_the_grace_period_releases_the_job(
    settings: Settings, embedder: Embedder, flaky_index: FlakyIndex
) -> None:
    from agents.offline.extractor import OfflineExtractor
    from memory.db.migrate import upgrade

    upgrade(settings.sqlalchemy_url())
    gated = GatedExtractor(OfflineExtractor(embedder))
    parts = Services(settings, embedder=embedder, index=flaky_index, extractor=gated)
    try:
        receipt = parts.log.append(
            "g", NewTurns.model_validate({"turns": [{"role": "user", "content": "I love jazz."}]})
        )
        assert receipt.job_id is not None
        worker = parts.worker
        worker.start()
        assert gated.entered.wait(30)
        assert worker.stop(timeout_s=0.2) is False  # still in the job: given back, not burned
        job = parts.queue.get(receipt.job_id, "default")
        assert (job.state, job.attempts, job.error) == ("queued", 0, None)
        gated.gate.set()  # the old job finishes late: its completion and its memories are refused together
        assert worker._thread is not None
        worker._thread.join(30)
        assert parts.queue.get(receipt.job_id, "default").state == "queued"
        assert parts.store.list_memories("g").items == []
        assert type(worker)(parts.queue, parts.learner).drain() == 1
        job = parts.queue.get(receipt.job_id, "default")
        assert (job.state, job.attempts) == ("done", 1)
        assert [m.text for m in parts.store.list_memories("g").items] != []
    finally:
        parts.close()
