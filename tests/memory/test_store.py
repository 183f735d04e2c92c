from __future__ import annotations

import pytest
from sqlalchemy import func, select

from agents.services import Services
from memory.db.tables import MemoryEventRow, MemoryRow, UserRow, VectorOutboxRow
from memory.errors import Conflict, InvalidInput, MemoryNotFound, UserExists, UserNotFound
from memory.store.schemas import MemoryFilter, MemoryPatch, NewMemory, NewUser
from memory.store.service import MemoryStore
from memory.types import EventType, MemoryKind, MemorySource, MemoryStatus
from tests.fakes import FlakyIndex

pytestmark = pytest.mark.both_backends


@pytest.fixture
def alice(store: MemoryStore) -> str:
    store.create_user(NewUser(id="alice"))
    return "alice"


def add(store: MemoryStore, user: str, text: str, **kw: object) -> str:
    return store.add(user, NewMemory(text=text, **kw)).id  # type: ignore[arg-type]


def test_add_get_and_defaults(store: MemoryStore, alice: str) -> None:
    m = store.add(alice, NewMemory(text="  Is vegetarian  ", kind=MemoryKind.constraint, category="Food"))
    got = store.get(alice, m.id)
    assert got.text == "Is vegetarian"
    assert got.category == "food"
    assert got.kind == MemoryKind.constraint
    assert got.status == MemoryStatus.active
    assert got.source == MemorySource.manual
    assert got.embedding_model == "all-MiniLM-L6-v2"
    assert got.version == 1 and got.seen_count == 1
    assert [e.type for e in store.history(alice, m.id)] == [EventType.add]


def test_unknown_user_and_memory(store: MemoryStore, alice: str) -> None:
    with pytest.raises(UserNotFound, match="'bob'"):
        store.add("bob", NewMemory(text="x"))
    with pytest.raises(MemoryNotFound, match="nope"):
        store.get(alice, "nope")


def test_duplicate_user(store: MemoryStore, alice: str) -> None:
    with pytest.raises(UserExists):
        store.create_user(NewUser(id=alice))


def test_text_limit_names_field_and_limit(store: MemoryStore, alice: str) -> None:
    with pytest.raises(InvalidInput) as err:
        store.add(alice, NewMemory(text="x" * 4001))
    assert err.value.field == "text"
    assert "4000" in err.value.message


def test_search_returns_relevant_first(store: MemoryStore, alice: str) -> None:
    add(store, alice, "Is vegetarian and never eats meat", category="food")
    add(store, alice, "Prefers window seats on long flights", category="travel")
    add(store, alice, "Writes Python at work, prefers type hints", category="work")
    hits = store.search(alice, "what should I cook for dinner tonight?", k=3)
    assert hits[0].memory.category == "food"
    assert hits[0].score > hits[1].score
    hits = store.search(alice, "booking a plane ticket", k=1)
    assert [h.memory.category for h in hits] == ["travel"]


def test_search_never_crosses_users(store: MemoryStore, alice: str) -> None:
    store.create_user(NewUser(id="bob"))
    add(store, "bob", "Loves spicy Thai food")
    add(store, alice, "Plays the cello")
    hits = store.search(alice, "Thai food", k=10)
    assert [h.memory.user_id for h in hits] == [alice]
    assert all("Thai" not in h.memory.text for h in hits)


def test_update_records_before_after_and_reembeds(store: MemoryStore, alice: str) -> None:
    mid = add(store, alice, "Likes tea")
    updated = store.update(alice, mid, MemoryPatch(text="Likes strong black coffee", confidence=0.5))
    assert updated.version == 2 and updated.human_edited and updated.confidence == 0.5
    events = store.history(alice, mid)
    assert [e.type for e in events] == [EventType.add, EventType.update]
    assert events[1].before is not None and events[1].before["text"] == "Likes tea"
    assert events[1].after is not None and events[1].after["text"] == "Likes strong black coffee"
    assert store.search(alice, "espresso", k=1)[0].memory.id == mid


def test_update_with_stale_version_conflicts(store: MemoryStore, alice: str) -> None:
    mid = add(store, alice, "Likes tea")
    store.update(alice, mid, MemoryPatch(category="drinks"))
    with pytest.raises(Conflict, match="version 2"):
        store.update(alice, mid, MemoryPatch(text="x", expected_version=1))


def test_delete_restore_and_history(store: MemoryStore, alice: str) -> None:
    mid = add(store, alice, "Enjoys hiking in the Alps")
    store.delete(alice, mid)
    assert store.get(alice, mid).status == MemoryStatus.deleted
    assert store.search(alice, "mountain hiking", k=5) == []
    with pytest.raises(Conflict, match="restore it first"):
        store.update(alice, mid, MemoryPatch(text="x"))
    restored = store.restore(alice, mid)
    assert restored.status == MemoryStatus.active and restored.valid_to is None
    assert store.search(alice, "mountain hiking", k=1)[0].memory.id == mid
    assert [e.type for e in store.history(alice, mid)] == [EventType.add, EventType.delete, EventType.restore]


def test_hard_delete_removes_history_and_vector(store: MemoryStore, parts: Services, alice: str) -> None:
    mid = add(store, alice, "Has a cat named Miso")
    store.delete(alice, mid, hard=True)
    with pytest.raises(MemoryNotFound):
        store.get(alice, mid)
    with parts.sessions() as s:
        assert s.scalar(select(func.count()).select_from(MemoryEventRow)) == 0
    assert parts.index.ids(store.partition(alice)) == set()


def test_list_filters(store: MemoryStore, alice: str) -> None:
    a = add(store, alice, "Allergic to peanuts", kind=MemoryKind.constraint, category="food", pinned=True)
    add(store, alice, "Likes jazz", category="music")
    c = add(store, alice, "Answers should be short", kind=MemoryKind.style, category="communication")
    store.delete(alice, c)

    def ids(**kw: object) -> set[str]:
        return {m.id for m in store.list_memories(alice, MemoryFilter(**kw)).items}  # type: ignore[arg-type]

    assert len(ids()) == 2
    assert ids(pinned=True) == {a}
    assert ids(kind=[MemoryKind.constraint]) == {a}
    assert ids(category=["FOOD"]) == {a}
    assert ids(status=[MemoryStatus.deleted]) == {c}
    assert ids(text_contains="PEANUT") == {a}
    assert ids(text_contains="%") == set()  # LIKE wildcards are escaped


def test_pagination_is_stable_under_inserts(store: MemoryStore, alice: str) -> None:
    created = [add(store, alice, f"Fact number {i}") for i in range(7)]
    page1 = store.list_memories(alice, limit=3)
    add(store, alice, "Inserted between pages")
    page2 = store.list_memories(alice, limit=3, cursor=page1.next_cursor)
    page3 = store.list_memories(alice, limit=3, cursor=page2.next_cursor)
    seen = [m.id for m in page1.items + page2.items + page3.items]
    assert seen == list(reversed(created))
    assert page3.next_cursor is None
    with pytest.raises(InvalidInput, match="cursor"):
        store.list_memories(alice, cursor="!!!not-a-cursor")


def test_supersede_keeps_old_item_restorable(store: MemoryStore, alice: str) -> None:
    old = add(store, alice, "Lives in Munich", kind=MemoryKind.fact, category="location")
    new = store.supersede(alice, old, NewMemory(text="Lives in Berlin", kind=MemoryKind.fact), actor="agent")
    old_item = store.get(alice, old)
    assert old_item.status == MemoryStatus.superseded
    assert old_item.superseded_by == new.id and old_item.valid_to is not None
    assert [h.memory.id for h in store.search(alice, "where does the user live", k=5)] == [new.id]
    assert store.restore(alice, old).status == MemoryStatus.active


def test_reinforce_raises_confidence_without_duplicate(store: MemoryStore, alice: str) -> None:
    mid = add(store, alice, "Prefers short answers", confidence=0.6)
    m = store.reinforce(alice, mid, [], actor="agent")
    assert m.seen_count == 2 and 0.6 < m.confidence < 1
    assert len(store.list_memories(alice).items) == 1


def test_delete_user_removes_everything(store: MemoryStore, parts: Services, alice: str) -> None:
    store.create_user(NewUser(id="bob"))
    mid = add(store, alice, "Collects vinyl records")
    add(store, "bob", "Runs marathons")
    store.delete(alice, mid)
    store.restore(alice, mid)
    store.delete_user(alice)
    with parts.sessions() as s:
        assert s.scalar(select(func.count()).select_from(UserRow).where(UserRow.external_id == alice)) == 0
        assert s.scalar(select(func.count()).select_from(MemoryRow)) == 1  # bob's only
        assert s.scalar(select(func.count()).select_from(MemoryEventRow)) == 1
        assert s.scalar(select(func.count()).select_from(VectorOutboxRow)) == 0
    assert store.partition(alice) not in parts.index.partitions()
    assert store.partition("bob") in parts.index.partitions()
    with pytest.raises(UserNotFound):
        store.get_user(alice)


def test_tenants_are_separate_namespaces(store: MemoryStore) -> None:
    other = store.for_tenant("acme")
    store.create_user(NewUser(id="sam"))
    other.create_user(NewUser(id="sam"))
    add(store, "sam", "Likes rock climbing")
    assert other.list_memories("sam").items == []
    assert other.search("sam", "climbing", k=5) == []
    assert store.partition("sam") != other.partition("sam")


def test_index_failure_keeps_sql_and_repairs(
    store: MemoryStore, parts: Services, flaky_index: FlakyIndex, alice: str
) -> None:
    flaky_index.down = True
    mid = add(store, alice, "Speaks Portuguese at home")  # committed in SQL even though the index is down
    assert store.get(alice, mid).status == MemoryStatus.active
    assert store.outbox.pending() == 1
    # search still works, from the embeddings kept in SQL
    assert store.search(alice, "which language", k=1)[0].memory.id == mid
    flaky_index.down = False
    result = store.outbox.drain()
    assert result.applied == 1 and store.outbox.pending() == 0
    assert parts.index.ids(store.partition(alice)) == {mid}


def test_the_index_holds_only_vectors_so_a_pin_or_kind_change_leaves_it_alone(
    store: MemoryStore, parts: Services, flaky_index: FlakyIndex, alice: str
) -> None:
    mid = add(store, alice, "Drinks oat milk")
    partition = store.partition(alice)
    assert set(parts.index.vectors(partition, [mid])) == {mid}
    flaky_index.down = True  # any index write would now be left pending
    store.update(alice, mid, MemoryPatch(pinned=True, kind=MemoryKind.constraint))
    assert store.outbox.pending() == 0
    store.update(alice, mid, MemoryPatch(text="Drinks soy milk"))  # a new vector: the index must follow
    assert store.outbox.pending() == 1
    flaky_index.down = False
    store.outbox.drain()
    fresh = parts.embedder.embed(["Drinks soy milk"])[0]
    assert float(parts.index.vectors(partition, [mid])[mid] @ fresh) > 0.999


def test_outbox_replay_is_idempotent_and_order_free(
    store: MemoryStore, parts: Services, flaky_index: FlakyIndex, alice: str
) -> None:
    flaky_index.down = True
    mid = add(store, alice, "Drinks oat milk")
    store.delete(alice, mid)
    store.restore(alice, mid)
    store.delete(alice, mid)
    assert store.outbox.pending() == 4
    flaky_index.down = False
    store.outbox.drain()
    store.outbox.drain()
    assert parts.index.ids(store.partition(alice)) == set()


def test_erasing_a_user_leaves_nothing_in_any_store(store: MemoryStore, parts: Services) -> None:
    from memory.db import tables
    from memory.learn.log import NewTurns

    store.create_user(NewUser(id="eve"))
    add(store, "eve", "Has a secret garden")
    receipt = parts.log.append(
        "eve", NewTurns.model_validate({"turns": [{"role": "user", "content": "I love roses."}]})
    )
    parts.profiles.refresh("eve")
    part = store.partition("eve")
    assert receipt.job_id and parts.index.ids(part)
    store.delete_user("eve")
    with parts.sessions() as s:
        for table in (
            tables.UserRow,
            tables.MemoryRow,
            tables.MemoryEventRow,
            tables.MessageRow,
            tables.JobRow,
            tables.ProfileRow,
        ):
            assert s.scalar(select(func.count()).select_from(table)) == 0, table.__tablename__
        assert s.scalar(select(func.count()).select_from(tables.VectorOutboxRow)) == 0
    assert part not in parts.index.partitions() and parts.index.ids(part) == set()


def test_profile_is_bounded_and_folds_the_least_certain(store: MemoryStore, parts: Services) -> None:
    from memory.profile.service import render

    store.create_user(NewUser(id="pat"))
    store.add("pat", NewMemory(text="Is allergic to penicillin", kind=MemoryKind.constraint, confidence=0.5))
    for i in range(60):
        store.add("pat", NewMemory(text=f"Likes board game number {i}", category="games", confidence=0.6 + i / 200))
    items = store.list_memories("pat", limit=200).items
    markdown, groups = render("pat", items, budget_tokens=300)
    assert len(markdown) <= 300 * 4 + 200
    assert "penicillin" in markdown  # constraints stay whatever their confidence
    assert "Likes board game number 59" in markdown and "Likes board game number 0 " not in markdown
    assert "more, lower confidence" in markdown
    assert sum(len(v) for v in groups.values()) == 61  # the JSON keeps everything
