"""The plain cases of issue 14, over HTTP on the real stack (SQLite, Chroma, MiniLM, the shipped relevance model):
a seat preference reaches a flight booking and a reading taste does not; an allergy added without a kind is a
core constraint and reaches a question about snacks for the flight; every chosen item says why."""

from __future__ import annotations

from fastapi.testclient import TestClient


def context(client: TestClient, query: str) -> dict[str, dict[str, object]]:
    r = client.post("/v1/users/pat/context", json={"query": query})
    assert r.status_code == 200, r.text
    return {i["memory"]["text"]: i for i in r.json()["items"]}


def test_the_three_plain_cases(client: TestClient) -> None:
    assert client.post("/v1/users", json={"id": "pat"}).status_code == 201
    added = {}
    for text in ("Is allergic to peanuts", "Prefers aisle seats on long flights", "Likes sci-fi novels"):
        r = client.post("/v1/users/pat/memories", json={"text": text})
        assert r.status_code == 201, r.text
        added[text] = r.json()
    assert added["Is allergic to peanuts"]["kind"] == "constraint"
    assert added["Likes sci-fi novels"]["kind"] == "preference"

    flight = context(client, "Book me a flight to Tokyo")
    assert "Prefers aisle seats on long flights" in flight
    assert "Likes sci-fi novels" not in flight
    assert flight["Prefers aisle seats on long flights"]["why"][0].startswith("relevance model ")

    snacks = context(client, "Any snack ideas for the flight?")
    assert "Is allergic to peanuts" in snacks and "Likes sci-fi novels" not in snacks
    assert snacks["Is allergic to peanuts"]["section"] == "core"
    for items in (flight, snacks):
        assert all(item["why"] and all(isinstance(w, str) and w for w in item["why"]) for item in items.values())

    reading = context(client, "Recommend a novel for my holiday")
    assert reading["Likes sci-fi novels"]["section"] == "request"  # the model does not just shut out books
