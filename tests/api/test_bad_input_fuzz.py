"""Bad input found by fuzzing a running server (Schemathesis from /openapi.json, then by hand): each case here was a
500 with a stack trace in the log, or a write the API then could not reach. Each now gets a 422 naming the field,
and nothing is written."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

BEYOND_64_BITS = 2**63  # SQLite's INTEGER holds up to 2**63 - 1; Python's sqlite3 raised OverflowError past it


def _export(client: TestClient, user: str) -> dict[str, Any]:
    r = client.get(f"/v1/users/{user}/export")
    assert r.status_code == 200, r.text
    doc: dict[str, Any] = r.json()
    return doc


def _all_memories(client: TestClient, user: str) -> list[dict[str, Any]]:
    r = client.get(f"/v1/users/{user}/memories?status=active&status=superseded&status=deleted&limit=200")
    assert r.status_code == 200, r.text
    items: list[dict[str, Any]] = r.json()["items"]
    return items


def _problems(r: Any) -> list[str]:
    assert r.status_code == 422, (r.status_code, r.text[:300])
    assert "Traceback" not in r.text
    problems: list[str] = r.json()["error"]["problems"]
    return problems


@pytest.fixture
def ana(client: TestClient) -> dict[str, Any]:
    """User ana with one memory, and her export document."""
    assert client.post("/v1/users", json={"id": "ana"}).status_code == 201
    r = client.post("/v1/users/ana/memories", json={"text": "Prefers window seats on long flights"})
    assert r.status_code == 201, r.text
    return _export(client, "ana")


def test_feedback_on_a_message_id_past_64_bits_is_422_naming_it(client: TestClient) -> None:
    assert client.post("/v1/users", json={"id": "ana"}).status_code == 201
    r = client.post("/v1/users/ana/feedback", json={"message_id": BEYOND_64_BITS, "rating": "up"})
    assert r.status_code == 422, r.text[:300]
    assert any(e["loc"][-1] == "message_id" for e in r.json()["detail"]), r.text


@pytest.mark.both_backends
@pytest.mark.parametrize("field", ["seen_count", "use_count"])
def test_import_counters_past_the_column_range_are_422_and_nothing_is_written(
    client: TestClient, ana: dict[str, Any], field: str
) -> None:
    before = _all_memories(client, "ana")
    item = dict(ana["memories"][0], id="01a2433a-0000-7000-8000-000000000001", text="Enjoys jazz in small clubs")
    item[field] = BEYOND_64_BITS
    r = client.post("/v1/users/ana/import?mode=merge", json=dict(ana, memories=[item]))
    assert any(p.startswith(f"memories.0.{field}:") for p in _problems(r)), r.text
    assert _all_memories(client, "ana") == before


@pytest.mark.both_backends
def test_an_import_merged_into_a_stored_item_keeps_its_seen_count_in_range(
    client: TestClient, ana: dict[str, Any]
) -> None:
    """A stored item reinforced by an imported copy of itself adds the copy's count; the sum stays storable (a
    32-bit INTEGER on PostgreSQL) instead of overflowing the column."""
    stored = ana["memories"][0]
    biggest = 2**31 - 1
    copy = dict(stored, id="01a2433a-0000-7000-8000-000000000002", seen_count=biggest, history=[])
    r = client.post("/v1/users/ana/import?mode=merge", json=dict(ana, memories=[copy]))
    assert r.status_code == 200, r.text[:300]
    assert r.json()["merged"] == 1
    got = client.get(f"/v1/users/ana/memories/{stored['id']}").json()
    assert got["seen_count"] == biggest


@pytest.mark.parametrize("bad_id", ["a/b", "..", "a b", "café", "%2e%2e"])
def test_import_ids_the_api_could_never_address_are_422_and_nothing_is_written(
    client: TestClient, ana: dict[str, Any], bad_id: str
) -> None:
    """A memory id outside the rule of ``/memories/{memory_id}`` was stored, and the item could then never be
    read, edited or deleted on its own."""
    before = _all_memories(client, "ana")
    item = dict(ana["memories"][0], id=bad_id, text="Enjoys jazz in small clubs", history=[])
    r = client.post("/v1/users/ana/import?mode=merge", json=dict(ana, memories=[item]))
    assert any(p.startswith("memories.0.id:") for p in _problems(r)), r.text
    assert _all_memories(client, "ana") == before
    # the rule refuses only what the API cannot address: a UUID-shaped id (any case) still imports and is usable
    mid = "01A2433A-0000-7000-8000-00000000000F"
    r = client.post("/v1/users/ana/import?mode=merge", json=dict(ana, memories=[dict(item, id=mid)]))
    assert r.status_code == 200 and r.json()["added"] == 1, r.text[:300]
    assert client.patch(f"/v1/users/ana/memories/{mid}", json={"pinned": True}).status_code == 200
    assert client.delete(f"/v1/users/ana/memories/{mid}").status_code == 204


def test_import_holds_memory_text_to_the_same_limit_as_the_api(client: TestClient, ana: dict[str, Any]) -> None:
    """A memory added over the API is held to TACIT_LIMITS__MAX_TEXT_CHARS; an import may not go round it."""
    before = _all_memories(client, "ana")
    long_text = "Prefers trains " * 300  # 4,500 characters, over the default 4,000
    assert client.post("/v1/users/ana/memories", json={"text": long_text}).status_code == 422
    item = dict(ana["memories"][0], id="01a2433a-0000-7000-8000-000000000003", text=long_text)
    problems = _problems(client.post("/v1/users/ana/import?mode=merge", json=dict(ana, memories=[item])))
    assert any(p.startswith("memories.0.text:") and "TACIT_LIMITS__MAX_TEXT_CHARS" in p for p in problems), problems
    assert _all_memories(client, "ana") == before


def test_import_refuses_a_memory_that_ends_before_it_starts(client: TestClient, ana: dict[str, Any]) -> None:
    before = _all_memories(client, "ana")
    first = ana["memories"][0]
    item = dict(first, id="01a2433a-0000-7000-8000-000000000004", text="Enjoys jazz in small clubs")
    item["valid_to"] = "2000-01-01T00:00:00Z"
    problems = _problems(client.post("/v1/users/ana/import?mode=merge", json=dict(ana, memories=[item])))
    assert any(p.startswith("memories.0.valid_to:") for p in problems), problems
    assert _all_memories(client, "ana") == before


def test_import_refuses_a_time_without_a_zone_naming_the_field(client: TestClient, ana: dict[str, Any]) -> None:
    """A time without a zone reached the UTC column and was a 500; tacit's exports always carry one."""
    before = _all_memories(client, "ana")
    item = dict(ana["memories"][0], id="01a2433a-0000-7000-8000-000000000005", text="Enjoys jazz in small clubs")
    item["valid_from"] = "2026-01-01T00:00:00"
    problems = _problems(client.post("/v1/users/ana/import?mode=merge", json=dict(ana, memories=[item])))
    assert any(p.startswith("memories.0.valid_from:") and "timezone" in p for p in problems), problems
    assert _all_memories(client, "ana") == before


def test_an_import_says_how_many_messages_it_did_not_import(client: TestClient) -> None:
    """An export with its message log restores the memory; the messages are counted in the report, not dropped
    without a word."""
    assert client.post("/v1/users", json={"id": "ana"}).status_code == 201
    turns = [{"role": "user", "content": "I am vegetarian."}, {"role": "user", "content": "I live in Porto."}]
    assert client.post("/v1/users/ana/messages?wait=true", json={"turns": turns}).status_code in (200, 202)
    doc = client.get("/v1/users/ana/export?messages=true").json()
    assert len(doc["messages"]) == 2
    assert client.post("/v1/users", json={"id": "bo"}).status_code == 201
    for m in doc["memories"]:
        m["id"] = m["id"][:-4] + "beef"
    report = client.post("/v1/users/bo/import", json=doc).json()
    assert report["messages_not_imported"] == 2 and report["added"] == len(doc["memories"]) > 0
