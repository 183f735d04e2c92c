"""Where the user lives bears on place-bound requests, over HTTP on the real stack (SQLite, Chroma, MiniLM, the
shipped relevance model): after "I am vegetarian and I live in Lisbon. Keep answers short." a restaurant for
tonight, the weekend, the weather, a dentist, events near me and a commute get "Lives in Lisbon"; a Python error,
a poem and how vaccines work do not (issue 14, found by trying the product)."""

from __future__ import annotations

from fastapi.testclient import TestClient

HOME = "Lives in Lisbon"
PLACE_BOUND = (
    "Any restaurant ideas for tonight?",
    "What should I do this weekend?",
    "Is it going to rain tomorrow?",
    "What's the weather like this week?",
    "Find me a dentist",
    "Any events near me?",
    "How long is my commute by metro to the city centre?",
)
PLACELESS = ("Fix this Python error: KeyError 'name'", "Write a poem about autumn", "Explain how vaccines work")


def context(client: TestClient, query: str) -> dict[str, dict[str, object]]:
    r = client.post("/v1/users/lu/context", json={"query": query})
    assert r.status_code == 200, r.text
    return {i["memory"]["text"]: i for i in r.json()["items"]}


def test_where_the_user_lives_goes_in_for_place_bound_requests_only(client: TestClient) -> None:
    assert client.post("/v1/users", json={"id": "lu"}).status_code == 201
    for text in ("Is vegetarian", HOME, "Keep answers short"):
        r = client.post("/v1/users/lu/memories", json={"text": text})
        assert r.status_code == 201, r.text

    restaurant = context(client, PLACE_BOUND[0])
    assert {"Is vegetarian", HOME, "Keep answers short"} <= set(restaurant)
    why = restaurant[HOME]["why"]
    assert isinstance(why, list) and why[0].startswith("where the user lives bears on a place-bound request")
    for request in PLACE_BOUND[1:]:
        assert HOME in context(client, request), request
    for request in PLACELESS:
        items = context(client, request)
        assert HOME not in items, request
        assert "Keep answers short" in items  # a global style rule still goes everywhere


DISHES = (
    "Thai curry",
    "sushi",
    "ramen",
    "tapas",
    "pizza",
    "dim sum",
    "tacos",
    "falafel",
    "pho",
    "paella",
    "risotto",
    "dumplings",
    "burritos",
    "gnocchi",
    "kimchi stew",
    "pad thai",
    "biryani",
    "shakshuka",
    "pierogi",
    "moussaka",
)


def test_where_the_user_lives_reaches_a_user_with_many_nearer_memories(client: TestClient) -> None:
    """60 food memories are all nearer to a restaurant request than "Lives in Lisbon" (cosine 0.04-0.18), more
    than the 48 nearest that recall reads: the home place is a candidate whatever its rank."""
    assert client.post("/v1/users", json={"id": "gourmet"}).status_code == 201
    texts = [f"{verb} {dish}" for verb in ("Loves", "Often orders", "Cooks") for dish in DISHES] + [HOME]
    for text in texts:
        r = client.post("/v1/users/gourmet/memories", json={"text": text})
        assert r.status_code == 201, r.text
    r = client.post("/v1/users/gourmet/context", json={"query": PLACE_BOUND[0]})
    assert r.status_code == 200, r.text
    assert HOME in {i["memory"]["text"] for i in r.json()["items"]}
    r = client.post("/v1/users/gourmet/context", json={"query": PLACELESS[1]})
    assert HOME not in {i["memory"]["text"] for i in r.json()["items"]}
