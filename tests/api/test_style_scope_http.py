"""A style item's scope over HTTP on the real stack: "answers in Spanish" reaches every request, "no spoilers in
answers about films" only a request about what to watch, and each says in its ``why`` which it is."""

from __future__ import annotations

from fastapi.testclient import TestClient


def context(client: TestClient, query: str) -> dict[str, dict[str, object]]:
    r = client.post("/v1/users/noa/context", json={"query": query})
    assert r.status_code == 200, r.text
    return {i["memory"]["text"]: i for i in r.json()["items"]}


def test_global_style_always_goes_in_and_topical_style_only_where_it_bears(client: TestClient) -> None:
    assert client.post("/v1/users", json={"id": "noa"}).status_code == 201
    spanish, spoilers = "Prefers answers in Spanish", "Wants no spoilers in answers about films or series"
    for text in (spanish, spoilers, "Is allergic to tree nuts", "Loves Korean dramas"):
        r = client.post("/v1/users/noa/memories", json={"text": text})
        assert r.status_code == 201, r.text
        if text in (spanish, spoilers):
            assert r.json()["kind"] == "style"

    snacks = context(client, "Any snack ideas for the flight?")
    assert {spanish, "Is allergic to tree nuts"} <= set(snacks) and spoilers not in snacks
    assert "global style rule" in str(snacks[spanish]["why"])

    film = context(client, "What should I watch tonight?")
    assert spanish in film and spoilers in film and film[spoilers]["section"] == "core"
    assert "topical style rule" in str(film[spoilers]["why"])
    assert not any(str(w).startswith("always applies") for w in film[spoilers]["why"])  # it does not
