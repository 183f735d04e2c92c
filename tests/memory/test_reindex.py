from __future__ import annotations

import pytest

from agents.services import Services
from memory.errors import UserNotFound
from memory.store.reindex import Reindexer
from memory.store.schemas import NewMemory, NewUser
from memory.store.service import MemoryStore
from memory.vector.partition import partition_key

pytestmark = pytest.mark.both_backends


class RenamedEmbedder:
    """The same model under another name: what switching TACIT_EMBEDDING__MODEL_NAME looks like."""

    def __init__(self, inner: object, name: str) -> None:
        self._inner = inner
        self.model_name = name

    @property
    def dimension(self) -> int:
        return self._inner.dimension  # type: ignore[attr-defined, no-any-return]

    def embed(self, texts):  # type: ignore[no-untyped-def]
        return self._inner.embed(texts)  # type: ignore[attr-defined]


def fill(store: MemoryStore) -> list[str]:
    store.create_user(NewUser(id="u1"))
    store.create_user(NewUser(id="u2"))
    ids = [store.add("u1", NewMemory(text=t)).id for t in ["Likes chess", "Owns a dog", "Vegan"]]
    store.add("u2", NewMemory(text="Plays bass guitar"))
    store.delete("u1", ids[2])
    return ids


def test_reindex_rebuilds_lost_partitions_and_drops_orphans(store: MemoryStore, parts: Services) -> None:
    ids = fill(store)
    parts.index.drop_partition(store.partition("u1"))
    orphan = partition_key("default", "ghost")
    from memory.ports import VectorRecord

    parts.index.upsert(orphan, [VectorRecord(id="g", vector=parts.embedder.embed(["ghost"])[0])])

    check = parts.reindexer.run(fix=False)
    assert not check.consistent
    assert {u.user_id: u.missing for u in check.users} == {"u1": 2, "u2": 0}
    assert check.orphan_partitions == 1

    report = parts.reindexer.run()
    assert sum(u.indexed for u in report.users) == 3
    assert parts.index.ids(store.partition("u1")) == set(ids[:2])
    assert orphan not in parts.index.partitions()
    assert parts.reindexer.run(fix=False).consistent


def test_reindex_one_user_and_unknown_user(store: MemoryStore, parts: Services) -> None:
    fill(store)
    report = parts.reindexer.run(user_id="u2")
    assert [u.user_id for u in report.users] == ["u2"]
    with pytest.raises(UserNotFound):
        parts.reindexer.run(user_id="nobody")


def test_model_change_reembeds_and_records_the_model(store: MemoryStore, parts: Services) -> None:
    fill(store)
    renamed = RenamedEmbedder(parts.embedder, "all-MiniLM-L6-v2@v2")
    report = Reindexer(parts.sessions, renamed, parts.index).run()  # type: ignore[arg-type]
    assert sum(u.reembedded for u in report.users) == 3
    assert {m.embedding_model for m in store.list_memories("u1").items} == {"all-MiniLM-L6-v2@v2"}
    assert store.search("u1", "board games", k=1)[0].memory.text == "Likes chess"


class LostSearch:
    """The real index, whose search does not find ``lost`` until its partition is built afresh: what a process
    that persisted a search structure missing another's writes leaves behind (upserts alone do not mend it)."""

    def __init__(self, inner: object, lost: set[str]) -> None:
        self._inner = inner
        self.lost = lost
        self.dropped: list[str] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    def query(self, partition, vector, k):  # type: ignore[no-untyped-def]
        hits = self._inner.query(partition, vector, k)  # type: ignore[attr-defined]
        return [h for h in hits if h.id not in self.lost]

    def drop_partition(self, partition: str) -> None:
        self.dropped.append(partition)
        self.lost = set()
        self._inner.drop_partition(partition)  # type: ignore[attr-defined]


def test_reindex_builds_a_partition_afresh_when_its_search_still_loses_memories(
    store: MemoryStore, parts: Services
) -> None:
    ids = fill(store)
    index = LostSearch(parts.index, {ids[1]})
    report = Reindexer(parts.sessions, parts.embedder, index).run(user_id="u1")  # type: ignore[arg-type]
    (u1,) = report.users
    assert u1.rebuilt and index.dropped == [store.partition("u1")]
    assert any(e == f"rebuilt, search had lost {ids[1]}" for e in u1.examples), u1.examples
    assert parts.index.ids(store.partition("u1")) == set(ids[:2])  # every active memory is back after the drop
    assert store.search("u1", "a pet", k=1)[0].memory.text == "Owns a dog"

    healthy = LostSearch(parts.index, set())
    again = Reindexer(parts.sessions, parts.embedder, healthy).run(user_id="u1")  # type: ignore[arg-type]
    assert not again.users[0].rebuilt and healthy.dropped == []
