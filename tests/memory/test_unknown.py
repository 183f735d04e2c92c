"""What tacit does not know: ``unknown`` in the context response, and the opt-in question line (``elicit``)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from memory.store.schemas import NewMemory, NewUser
from memory.store.service import MemoryStore
from memory.types import MemoryKind

RESTAURANT = "Can you recommend a restaurant for dinner tonight?"


def dims(body: dict[str, object]) -> list[str]:
    unknown = body["unknown"]
    assert isinstance(unknown, list)
    return [u["dimension"] for u in unknown]


def test_covered_dimensions_are_never_listed(client: TestClient, store: MemoryStore) -> None:
    store.create_user(NewUser(id="ana"))
    store.add("ana", NewMemory(text="Is vegetarian", kind=MemoryKind.constraint, category="food"))
    body = client.post("/v1/users/ana/context", json={"query": RESTAURANT}).json()
    assert "food.diet" not in dims(body)
    assert {"food.cuisine", "food.budget"} <= set(dims(body))
    assert all(u["question"].endswith("?") and u["category"] == "food" for u in body["unknown"])
    assert "Is vegetarian" in body["prefix"] and "question" not in body["prefix"]  # not in the prefix unless asked


def test_a_new_user_gets_every_dimension_of_the_topic(client: TestClient) -> None:
    body = client.post("/v1/users/nobody/context", json={"query": RESTAURANT}).json()
    assert body["prefix"] == "" and "food.diet" in dims(body)
    with_line = client.post("/v1/users/nobody/context", json={"query": RESTAURANT, "elicit": True}).json()
    assert with_line["prefix"].count("\n") == 1 and body["unknown"][0]["question"] in with_line["prefix"]
    assert with_line["tokens"] > 0


def test_elicit_adds_exactly_one_line_after_the_memory_block(client: TestClient, store: MemoryStore) -> None:
    store.create_user(NewUser(id="bo"))
    store.add("bo", NewMemory(text="Is allergic to peanuts", kind=MemoryKind.constraint, category="food"))
    plain = client.post("/v1/users/bo/context", json={"query": RESTAURANT}).json()
    asked = client.post("/v1/users/bo/context", json={"query": RESTAURANT, "elicit": True}).json()
    assert "food.diet" not in dims(plain)  # 'allergic' covers it
    assert asked["prefix"].startswith(plain["prefix"])
    extra = asked["prefix"][len(plain["prefix"]) :]
    assert extra.count("\n") == 1 and plain["unknown"][0]["question"] in extra and "at most one" in extra
    assert asked["tokens"] > plain["tokens"]


def test_a_request_with_no_preference_topic_lists_nothing(client: TestClient) -> None:
    body = client.post("/v1/users/nobody/context", json={"query": "What is the capital of Australia?", "elicit": True})
    assert body.json()["unknown"] == [] and body.json()["prefix"] == ""


def test_one_users_memory_does_not_cover_anothers_dimensions(client: TestClient, store: MemoryStore) -> None:
    store.create_user(NewUser(id="cy"))
    store.add("cy", NewMemory(text="Is vegetarian", kind=MemoryKind.constraint, category="food"))
    assert "food.diet" in dims(client.post("/v1/users/dee/context", json={"query": RESTAURANT}).json())


def test_coverage_read_from_the_pool_follows_every_write(client: TestClient, store: MemoryStore) -> None:
    """The user's pool answers what is covered (no SQL read); a write makes a new pool, so a new memory covers
    its dimension on the very next request, and a deleted one stops covering it."""
    store.create_user(NewUser(id="eve"))
    store.add("eve", NewMemory(text="Likes jazz", category="music"))
    before = dims(client.post("/v1/users/eve/context", json={"query": RESTAURANT}).json())
    assert "food.diet" in before and before == dims(
        client.post("/v1/users/eve/context", json={"query": RESTAURANT}).json()
    )
    added = store.add("eve", NewMemory(text="Is vegan", kind=MemoryKind.constraint, category="food"))
    assert "food.diet" not in dims(client.post("/v1/users/eve/context", json={"query": RESTAURANT}).json())
    store.delete("eve", added.id)
    assert "food.diet" in dims(client.post("/v1/users/eve/context", json={"query": RESTAURANT}).json())
