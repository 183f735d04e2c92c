"""A worker process killed with SIGKILL in the middle of its jobs loses nothing and duplicates nothing, and the
next worker on the host takes its jobs back at once.

The worker extracts through a local OpenAI-compatible stub that holds the third extraction call open, so the kill
always lands inside a job: the offline extractor finishes a user's jobs in milliseconds, and a test that polled
for progress before killing could find them all done (it did, once, under CI load)."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import time
from pathlib import Path

from sqlalchemy import func, select

from agents.services import Services
from harness.procs import TACIT, cli, env_for
from harness.stubs import OpenAIStub
from harness.stubs.server import RecordedRequest
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


MARKED_TURN = re.compile(r'<turn index="(\d+)" role="user" extract="yes">(.*?)</turn>')


def _one_memory_per_turn(request: RecordedRequest) -> str:
    """The extractor's answer: each marked user turn, as said, one memory."""
    prompt = request.json["messages"][-1]["content"]
    memories = [{"turn": int(i), "text": text, "kind": "fact"} for i, text in MARKED_TURN.findall(prompt)]
    return json.dumps({"memories": memories})


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


def test_sigkill_mid_job_then_a_new_worker_finishes_exactly_once(tmp_path: Path, openai_stub: OpenAIStub) -> None:
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

    openai_stub.queue_completion(_one_memory_per_turn)
    openai_stub.queue_completion(_one_memory_per_turn)
    openai_stub.queue_completion(_one_memory_per_turn, delay_s=3600)  # held open until the stub stops
    for _ in STATEMENTS * len(users):  # more than the next worker can ask for, answered at once
        openai_stub.queue_completion(_one_memory_per_turn)

    def calls() -> int:
        return sum(r.path == "/v1/chat/completions" for r in openai_stub.requests)

    # a long lease: the job the killed worker held must come back because its process is gone, not by expiring
    env = env_for(data) | {
        "TACIT_WORKER__LEASE_S": "600",
        "TACIT_WORKER__POLL_S": "0.1",
        "TACIT_LLM__BASE_URL": openai_stub.base_url,
        "TACIT_LLM__API_KEY": "k",
    }
    worker = subprocess.Popen([TACIT, "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while calls() < 3:  # the worker is inside its third extraction call, which the stub does not answer
        assert worker.poll() is None, "the worker exited before its third extraction call"
        assert time.monotonic() < deadline, "the worker never reached its third extraction call"
        time.sleep(0.05)
    worker.send_signal(signal.SIGKILL)
    worker.wait(10)
    done, total, _ = _counts(settings)
    assert 1 <= done < total, (done, total)

    finished = subprocess.run([TACIT, "worker", "--once"], env=env, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    done, total, memories = _counts(settings)
    assert done == total  # the dead worker's job was taken back at start-up, long before its lease ran out

    parts = Services(settings)
    try:
        for u in users:
            texts = [m.text for m in parts.store.list_memories(u, limit=200).items]
            assert sorted(texts) == sorted(STATEMENTS), f"lost or duplicated memories for {u}: {texts}"
        assert memories == len(users) * len(STATEMENTS)
    finally:
        parts.close()
