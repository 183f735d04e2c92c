"""A worker process killed with SIGKILL in the middle of its jobs loses nothing and duplicates nothing, and the
next worker on the host takes its jobs back at once."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

from sqlalchemy import func, select

from agents.services import Services
from harness.procs import TACIT, cli, env_for
from memory.db.tables import JobRow, MemoryRow
from memory.settings import Settings

STATEMENTS = [
    "I'm vegetarian.",
    "I live in Lisbon.",
    "I can't stand crowded places.",
    "I work as a nurse.",
    "I prefer trains over planes.",
    "I have two cats.",
    "I'm allergic to peanuts.",
    "I love jazz music.",
    "I'm learning Japanese.",
    "I prefer short answers.",
]


def _counts(settings: Settings) -> tuple[int, int, int]:
    parts = Services(settings)
    try:
        with parts.sessions() as s:
            done = s.scalar(select(func.count()).select_from(JobRow).where(JobRow.state == "done")) or 0
            total = s.scalar(select(func.count()).select_from(JobRow)) or 0
            memories = s.scalar(select(func.count()).select_from(MemoryRow)) or 0
        return done, total, memories
    finally:
        parts.close()


def test_sigkill_mid_job_then_a_new_worker_finishes_exactly_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    users = [f"user{i}" for i in range(6)]
    convo = tmp_path / "convos.jsonl"
    convo.write_text(
        "\n".join(
            json.dumps({"user_id": u, "turns": [{"role": "user", "content": s}]}) for u in users for s in STATEMENTS
        )
    )
    assert cli(data, "migrate").returncode == 0
    queued = cli(data, "ingest", str(convo), "--no-wait")
    assert queued.returncode == 0, queued.stderr
    settings = Settings(data_dir=data)
    assert _counts(settings)[1] == len(users) * len(STATEMENTS)

    # a long lease: the job the killed worker held must come back because its process is gone, not by expiring
    env = env_for(data) | {"TACIT_WORKER__LEASE_S": "600", "TACIT_WORKER__POLL_S": "0.1"}
    worker = subprocess.Popen([TACIT, "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _counts(settings)[0] < 5:
        time.sleep(0.05)
    worker.send_signal(signal.SIGKILL)
    worker.wait(10)
    done, total, _ = _counts(settings)
    assert 5 <= done < total, "the worker should have been killed part-way through"

    finished = subprocess.run([TACIT, "worker", "--once"], env=env, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    done, total, memories = _counts(settings)
    assert done == total  # the dead worker's job was taken back at start-up, long before its lease ran out

    parts = Services(settings)
    try:
        for u in users:
            texts = [m.text for m in parts.store.list_memories(u, limit=200).items]
            assert len(texts) == len(set(texts)), f"duplicate memories for {u}: {texts}"
            assert len(texts) >= 8, texts  # nearly every statement became one memory, once
        assert memories == sum(len(parts.store.list_memories(u, limit=200).items) for u in users)
    finally:
        parts.close()
