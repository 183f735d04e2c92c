"""A change committed in SQL whose index change is still in the outbox (another process between its commit and
its outbox apply) is read by search and by the learning path's ``relate`` as SQL holds it: a user's next job
reinforces the memory the previous job added instead of adding it twice (seen under load as a duplicate "Is
vegetarian" when two workers learned one user's turns back to back)."""

from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy import select

from agents.services import Services
from memory.db.tables import MemoryRow
from memory.learn.log import NewTurns
from memory.ports import Embedder
from memory.store.schemas import MemoryPatch, NewMemory, NewUser
from memory.store.service import MemoryStore
from tests.fakes import FlakyIndex

pytestmark = pytest.mark.both_backends


def test_search_finds_a_memory_whose_index_change_is_still_in_the_outbox(
    store: MemoryStore, flaky_index: FlakyIndex
) -> None:
    for user in ("alice", "bob"):
        store.create_user(NewUser(id=user))
    store.add("alice", NewMemory(text="Prefers window seats on long flights", category="travel"))
    flaky_index.writes_held = True
    veg = store.add("alice", NewMemory(text="Is vegetarian and never eats meat", category="food"))
    thai = store.add("bob", NewMemory(text="Loves spicy Thai food", category="food"))
    assert store.outbox.pending() == 2  # committed, not in the index
    hits = store.search("alice", "what should I cook for dinner tonight?", k=2)
    assert len(hits) == 2 and hits[0].memory.id == veg.id
    assert thai.id not in {h.memory.id for h in store.search("alice", "Thai food", k=10)}  # never another user's
    assert [h.memory.id for h in store.search("bob", "Thai food", k=10)] == [thai.id]
    flaky_index.writes_held = False
    store.outbox.drain()
    again = store.search("alice", "what should I cook for dinner tonight?", k=2)
    assert [(h.memory.id, h.score) for h in again] == [(h.memory.id, h.score) for h in hits]  # same as indexed


def test_an_edit_not_yet_indexed_is_scored_by_its_new_text(
    store: MemoryStore, flaky_index: FlakyIndex, embedder: Embedder
) -> None:
    store.create_user(NewUser(id="alice"))
    m = store.add("alice", NewMemory(text="Likes jazz music"))
    flaky_index.writes_held = True
    store.update("alice", m.id, MemoryPatch(text="Likes hiking in the mountains"))
    query = "plan a weekend on mountain trails"
    (hit,) = store.search("alice", query, k=1)
    want = float(np.dot(*embedder.embed([query, "Likes hiking in the mountains"])))
    assert hit.memory.text == "Likes hiking in the mountains"
    assert hit.score == pytest.approx(want, abs=1e-4)  # not the indexed vector of "Likes jazz music"
    store.delete("alice", m.id)
    assert store.search("alice", query, k=5) == []  # deleted in SQL, still in the index: never shown


def test_the_next_job_reinforces_what_the_last_one_added_before_it_was_indexed(
    learning: Services, flaky_index: FlakyIndex
) -> None:
    turn = NewTurns.model_validate({"turns": [{"role": "user", "content": "I'm vegetarian."}]})
    flaky_index.writes_held = True  # every job's index change stays in the outbox
    for _ in range(2):
        learning.log.append("ana", turn)
        assert learning.worker.drain() == 1
    with learning.sessions() as s:
        active = list(s.scalars(select(MemoryRow).where(MemoryRow.status == "active")))
    assert [(m.text, m.seen_count) for m in active] == [("Is vegetarian", 2)]
