"""Concurrency: 50 ingests at once for one user and 50 for 50 users, while four learning workers run. No
duplicate memories, no lost message, job or event, no deadlock; on SQLite + embedded Chroma and on
PostgreSQL + a Chroma server."""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from agents.services import Services
from agents.worker import Worker
from memory.db.tables import JobRow, MemoryEventRow, MemoryRow, MessageRow, UserRow
from memory.doctor import doctor
from memory.learn.log import IngestReceipt, NewTurns

pytestmark = pytest.mark.both_backends

THINGS = [
    "jazz music", "hiking in the mountains", "green tea", "science fiction novels", "travelling by train",
    "playing chess", "Japanese food", "cats", "rainy days", "linen shirts", "tennis", "the opera",
    "gardening", "board games", "spicy food", "long walks", "podcasts about history", "baking bread",
    "watercolour painting", "swimming in the sea", "documentaries", "vintage cars", "yoga", "folk music",
    "camping", "crossword puzzles", "dark chocolate", "cycling to work", "museums", "poetry",
    "mechanical keyboards", "photography", "salsa dancing", "bird watching", "black coffee", "kayaking",
    "minimalist design", "stand-up comedy", "origami", "skiing", "Italian cinema", "rock climbing",
    "fountain pens", "astronomy", "woodworking",
]  # fmt: skip
REPEATED = "I'm vegetarian."
WORKERS = 4
DEADLINE_S = 240


def _turn(text: str) -> NewTurns:
    return NewTurns.model_validate({"turns": [{"role": "user", "content": text}]})


def test_fifty_concurrent_ingests_for_one_user_and_for_fifty_users(learning: Services) -> None:
    parts = learning
    solo = [f"I love {t}." for t in THINGS] + [REPEATED] * 5  # 45 distinct, one said five times
    many = [(f"u{i}", f"I love {THINGS[i]}." if i < len(THINGS) else REPEATED) for i in range(50)]
    ingests = [("solo", text) for text in solo] + many
    assert len(solo) == 50 and len(ingests) == 100

    workers = [Worker(parts.queue, parts.learner, poll_s=0.05) for _ in range(WORKERS)]
    for w in workers:
        w.start()  # learning runs while the ingests arrive
    start = threading.Barrier(len(ingests))
    began = time.monotonic()

    def ingest(item: tuple[str, str]) -> IngestReceipt:
        start.wait(30)
        return parts.log.append(item[0], _turn(item[1]))

    try:
        with ThreadPoolExecutor(len(ingests)) as pool:
            receipts = [f.result(timeout=DEADLINE_S) for f in [pool.submit(ingest, i) for i in ingests]]
        job_ids = {r.job_id for r in receipts}
        assert None not in job_ids and len(job_ids) == 100
        while time.monotonic() - began < DEADLINE_S:
            with parts.sessions() as s:
                states = Counter(s.scalars(select(JobRow.state)))
            if states == {"done": 100}:
                break
            assert "failed" not in states, states
            time.sleep(0.1)
    finally:
        stopped = [w.stop(timeout_s=60) for w in workers]
    assert all(stopped), "a worker did not stop (deadlock?)"
    assert states == {"done": 100}, f"not finished in {DEADLINE_S} s: {states}"
    assert sum(w.stats["failed_attempts"] for w in workers) == 0
    assert sum(w.stats["done"] for w in workers) == 100  # each job ran once
    assert sum(1 for w in workers if w.stats["done"]) >= 2  # the work really was shared

    with parts.sessions() as s:
        users = {u.pk: u.external_id for u in s.scalars(select(UserRow))}
        messages = Counter((users[m.user_pk], m.content) for m in s.scalars(select(MessageRow)))
        jobs = list(s.scalars(select(JobRow)))
        active = [(users[m.user_pk], m) for m in s.scalars(select(MemoryRow).where(MemoryRow.status == "active"))]
        events = len(s.scalars(select(MemoryEventRow.id)).all())
    assert len(users) == 51  # the solo user was created once, by whichever ingest came first
    assert messages == Counter(ingests)  # every message, once
    assert all(j.attempts == 1 for j in jobs)

    texts = Counter((u, m.text) for u, m in active)
    assert max(texts.values()) == 1, [t for t, n in texts.items() if n > 1]  # no duplicate memories
    assert {u for u, _ in active} == set(users.values())  # every statement was learned
    # no event lost: every change a job reported is one history row (a supersede writes two)
    ops = Counter(m["op"] for j in jobs for m in j.result["memories"])
    assert events == ops["add"] + ops["reinforce"] + ops["update"] + 2 * ops["supersede"], ops
    # the statement said five times is one memory, reinforced four times, with all five quotes
    veg = [m for u, m in active if u == "solo" and "vegetarian" in m.text.lower()]
    assert len(veg) == 1 and veg[0].seen_count == 5, [(m.text, m.seen_count) for m in veg]
    assert len({e["message_id"] for e in veg[0].evidence}) == 5
    assert doctor(parts).healthy  # and the index agrees with SQL
