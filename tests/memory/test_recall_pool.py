"""Recall's in-process pool of a user's memories: reused while SQL says nothing changed, never served stale."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from sqlalchemy import update

from agents.services import Services
from memory.db.tables import MemoryRow
from memory.db.types import utcnow
from memory.recall.pool import PoolCache, UserPool
from memory.recall.rank import Candidate
from memory.recall.service import RecallService
from memory.recall.types import ContextRequest
from memory.store.schemas import MemoryPatch, NewMemory, NewUser
from memory.store.service import MemoryStore
from memory.types import MemoryKind

pytestmark = pytest.mark.both_backends

FLIGHT = "Book me a flight to Lisbon for next month"


def chosen(recall: RecallService, user: str, query: str = FLIGHT) -> list[str]:
    return [c.memory.text for c in recall.context(user, ContextRequest(query=query)).items]


def test_every_kind_of_change_reaches_the_next_request(parts: Services, store: MemoryStore) -> None:
    store.create_user(NewUser(id="ana"))
    seat = store.add("ana", NewMemory(text="Prefers aisle seats on long flights")).id
    assert chosen(parts.recall, "ana") == ["Prefers aisle seats on long flights"]  # the pool is built here
    assert chosen(parts.recall, "ana") == ["Prefers aisle seats on long flights"]  # ... and reused here

    store.add("ana", NewMemory(text="Only flies with airlines that allow a cabin bag"))
    assert "Only flies with airlines that allow a cabin bag" in chosen(parts.recall, "ana")

    store.update("ana", seat, MemoryPatch(text="Prefers window seats on long flights"), actor="test", by_human=False)
    now = chosen(parts.recall, "ana")
    assert "Prefers window seats on long flights" in now and "Prefers aisle seats on long flights" not in now

    # a style item goes in whatever the request (a constraint does too unless the relevance model rules it out)
    store.update("ana", seat, MemoryPatch(kind=MemoryKind.style), actor="test", by_human=False)
    result = parts.recall.context("ana", ContextRequest(query="How do I reverse a linked list?"))
    assert [(c.memory.text, c.section) for c in result.items] == [("Prefers window seats on long flights", "core")]

    new = store.supersede("ana", seat, NewMemory(text="Prefers exit-row seats on long flights"), actor="test")
    now = chosen(parts.recall, "ana")
    assert "Prefers exit-row seats on long flights" in now and "Prefers window seats on long flights" not in now

    store.delete("ana", new.id, actor="test")
    assert "Prefers exit-row seats on long flights" not in chosen(parts.recall, "ana")


def test_users_never_share_a_pool(parts: Services, store: MemoryStore) -> None:
    for user, text in (("ana", "Prefers aisle seats on long flights"), ("bo", "Prefers window seats on flights")):
        store.create_user(NewUser(id=user))
        store.add(user, NewMemory(text=text))
    assert chosen(parts.recall, "ana") == ["Prefers aisle seats on long flights"]
    assert chosen(parts.recall, "bo") == ["Prefers window seats on flights"]
    assert chosen(parts.recall.for_tenant("other"), "ana") == []  # same user id, another tenant: nothing


def test_a_user_over_the_exact_limit_is_served_by_the_index_alike(parts: Services, store: MemoryStore) -> None:
    store.create_user(NewUser(id="ana"))
    texts = [
        "Prefers aisle seats on long flights",
        "Is severely allergic to peanuts",
        "Plays the violin in an amateur orchestra",
        "Loves hiking in the Alps",
        "Only flies with airlines that allow a cabin bag",
    ]
    store.add_many("ana", [NewMemory(text=t) for t in texts], actor="test")
    store.add("ana", NewMemory(text="Answers in Portuguese", kind=MemoryKind.style))
    parts.store.outbox.drain()
    indexed = RecallService(
        parts.sessions, parts.embedder, parts.index, parts.categorizer, exact_limit=2, reranker=parts.reranker
    )
    for query in (FLIGHT, "What should I practise before the concert?", "Plan a weekend in the mountains"):
        assert sorted(chosen(indexed, "ana", query)) == sorted(chosen(parts.recall, "ana", query))


def test_where_the_user_lives_is_a_candidate_on_both_paths(parts: Services, store: MemoryStore) -> None:
    """More than 48 memories nearer to a restaurant request than "Lives in Lisbon": the pool (up to the exact
    limit) and the vector index path (above it) both hand the home place to the reranker."""
    store.create_user(NewUser(id="lu"))
    kinds = ("Thai", "sushi", "ramen", "tapas", "pizza", "dim sum", "taco", "falafel", "pho", "seafood")
    ways = (
        "Loves {} restaurants",
        "Often eats out at {} places",
        "Orders {} for dinner",
        "Books {} restaurants for dates",
    )
    texts = [w.format(k) for w in (*ways, "Tries new {} restaurants", "Goes out for {} on Fridays") for k in kinds]
    store.add_many("lu", [NewMemory(text=t) for t in [*texts, "Lives in Lisbon", "Loves live music"]], actor="test")
    parts.store.outbox.drain()
    indexed = RecallService(
        parts.sessions, parts.embedder, parts.index, parts.categorizer, exact_limit=2, reranker=parts.reranker
    )
    for recall in (parts.recall, indexed):
        assert "Lives in Lisbon" in chosen(recall, "lu", "Any restaurant ideas for tonight?")
        assert "Lives in Lisbon" not in chosen(recall, "lu", "Write a poem about autumn")


def candidate(i: int) -> Candidate:
    return Candidate(f"m{i}", f"text {i}", "preference", "general", "", False, 0.8, 1, utcnow())


def test_pool_cache_is_bounded_by_the_memories_it_holds() -> None:
    cache = PoolCache(max_items=5)
    pools = {u: UserPool((u,), [(candidate(i), None) for i in range(2)], 384) for u in "abc"}
    for u, pool in pools.items():
        cache.put(u, pool)
    assert cache.get("a", ("a",)) is None  # evicted: 6 memories would exceed 5
    assert cache.get("b", ("b",)) is pools["b"] and cache.get("c", ("c",)) is pools["c"]
    assert cache.get("b", ("changed",)) is None  # a different revision is never served
    cache.put("huge", UserPool(("h",), [(candidate(i), None) for i in range(6)], 384))
    assert cache.get("huge", ("h",)) is None and cache.get("c", ("c",)) is pools["c"]  # too big to hold at all


def test_keyword_candidates_are_the_first_rows_containing_a_word() -> None:
    texts = ["A cat", "Dog\nhouse", "The cat sat", "Catalog of dogs", "sat"]
    rows = [
        (Candidate(f"m{i}", t, "preference", "general", "", False, 0.8, 1, utcnow()), None) for i, t in enumerate(texts)
    ]
    pool = UserPool(("r",), rows, 384)
    query = np.zeros(384, dtype=np.float32)

    def found(words: list[str], limit: int) -> list[str]:
        return [c.text for c in pool.pick(query, words, nearest=48, lexical=limit).candidates]

    assert found(["cat"], 2) == ["A cat", "The cat sat"]
    assert found(["cat"], 10) == ["A cat", "The cat sat", "Catalog of dogs"]
    assert found(["house", "sat"], 10) == ["Dog\nhouse", "The cat sat", "sat"]
    assert found(["dogs", "sat"], 2) == ["The cat sat", "Catalog of dogs"]
    assert found(["tdog"], 10) == found(["zebra"], 10) == []  # never across two texts


def test_a_change_is_applied_to_the_pool_as_a_delta(parts: Services, store: MemoryStore) -> None:
    store.create_user(NewUser(id="ana"))
    seat = store.add("ana", NewMemory(text="Prefers aisle seats on long flights")).id
    store.add("ana", NewMemory(text="Plays the violin in an amateur orchestra"))
    assert chosen(parts.recall, "ana") == ["Prefers aisle seats on long flights"]
    (key,) = parts.recall._pools._pools  # the one pool built so far
    before = parts.recall._pools.peek(key)
    assert before is not None and seat in before.memories

    store.add("ana", NewMemory(text="Only flies with airlines that allow a cabin bag"))
    assert "Only flies with airlines that allow a cabin bag" in chosen(parts.recall, "ana")
    after = parts.recall._pools.peek(key)
    assert after is not None and after is not before
    assert after.memories[seat] is before.memories[seat]  # carried over: the delta, not a fresh read
    assert len(after) == 3


def test_changes_the_delta_cannot_see_force_a_fresh_read(parts: Services, store: MemoryStore) -> None:
    store.create_user(NewUser(id="ana"))
    seat = store.add("ana", NewMemory(text="Prefers aisle seats on long flights")).id
    cabin = store.add("ana", NewMemory(text="Only flies with airlines that allow a cabin bag")).id
    assert "Prefers aisle seats on long flights" in chosen(parts.recall, "ana")

    store.delete("ana", cabin, actor="test", hard=True)  # gone without a trace of an update
    assert chosen(parts.recall, "ana") == ["Prefers aisle seats on long flights"]

    # another process whose clock runs well behind writes a change the delta's time window misses
    with parts.sessions.begin() as s:
        s.execute(
            update(MemoryRow)
            .where(MemoryRow.id == seat)
            .values(
                text="Prefers window seats", version=MemoryRow.version + 1, updated_at=utcnow() - timedelta(hours=1)
            )
        )
    assert chosen(parts.recall, "ana") == ["Prefers window seats"]
