"""Several `tacit worker` processes on PostgreSQL share one queue: every job runs exactly once."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from sqlalchemy import func, select

from agents.services import Services
from harness.backends import ChromaServer, Postgres
from harness.procs import TACIT, env_for
from memory.db.tables import JobRow, MemoryRow
from memory.settings import Settings


def test_three_workers_never_double_process(tmp_path: Path, postgres: Postgres, chroma_server: ChromaServer) -> None:
    url = postgres.create_database("workers")
    env = env_for(tmp_path) | {"TACIT_DATABASE_URL": url, "TACIT_CHROMA_URL": chroma_server.url}
    assert subprocess.run([TACIT, "migrate"], env=env, capture_output=True, check=False).returncode == 0
    statements = ["I'm vegetarian.", "I live in Porto.", "I work as a pilot.", "I love jazz.", "I have a cat."]
    convo = tmp_path / "c.jsonl"
    convo.write_text(
        "\n".join(
            json.dumps({"user_id": f"u{i}", "turns": [{"role": "user", "content": s}]})
            for i in range(8)
            for s in statements
        )
    )
    queued = subprocess.run(
        [TACIT, "ingest", str(convo), "--no-wait"], env=env, capture_output=True, text=True, check=False
    )
    assert queued.returncode == 0, queued.stderr
    workers = [
        subprocess.Popen(
            [TACIT, "worker", "--once"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        for _ in range(3)
    ]
    outputs = [w.communicate(timeout=600)[0] for w in workers]
    processed = [int(o.split()[1]) for o in outputs]
    parts = Services(Settings(data_dir=tmp_path, database_url=url, chroma_url=chroma_server.url))
    try:
        with parts.sessions() as s:
            jobs = list(s.execute(select(JobRow.state, JobRow.attempts)))
            memories = s.scalar(select(func.count()).select_from(MemoryRow))
        assert len(jobs) == 40 and all(state == "done" and attempts == 1 for state, attempts in jobs)
        assert sum(processed) == 40
        assert sum(1 for n in processed if n > 0) >= 2, processed  # the work really was shared
        for i in range(8):
            texts = [m.text for m in parts.store.list_memories(f"u{i}").items]
            assert len(texts) == len(set(texts)) and len(texts) >= 4
        assert memories == sum(len(parts.store.list_memories(f"u{i}").items) for i in range(8))
    finally:
        for p in parts.index.partitions():
            parts.index.drop_partition(p)
        parts.close()
