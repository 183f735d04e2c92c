"""A pick learned from a conversation comes back for the next question on the same thing, over HTTP on the real
stack (SQLite, Chroma, MiniLM, the offline extractor, the shipped relevance model). Found by trying the product
(issue 13, session 29): "I need a monitor arm for my standing desk." - "Use a grommet mount or a freestanding
base." - "Freestanding." was learned as "Prefers a freestanding base", which the request "Which monitor arm should
I buy for my desk?" did not get: nothing in it said what the base was for."""

from __future__ import annotations

from fastapi.testclient import TestClient

CONVERSATIONS = {
    "monitor arm": [
        ("user", "I need a monitor arm for my standing desk."),
        ("assistant", "Clamp arms can crack a glass top. Use a grommet mount or a freestanding base."),
        ("user", "Freestanding."),
    ],
    "ski pass": [
        ("user", "Which ski pass should I buy?"),
        ("assistant", "Epic covers Heavenly and Vail; Ikon has Palisades and Mammoth."),
        ("user", "epic then"),
    ],
}
ASKED = {
    "monitor arm": "Which monitor arm should I buy for my desk?",
    "ski pass": "Thinking about next winter's ski pass, any advice?",
}
UNRELATED = ("What should I cook tonight?", "Write a haiku about rain")


def learn(client: TestClient, user: str, turns: list[tuple[str, str]]) -> list[str]:
    assert client.post("/v1/users", json={"id": user}).status_code == 201
    body = {"turns": [{"role": r, "content": c} for r, c in turns]}
    r = client.post(f"/v1/users/{user}/messages?wait=true", json=body)
    assert r.status_code in (200, 201, 202), r.text
    listed = client.get(f"/v1/users/{user}/memories")
    assert listed.status_code == 200, listed.text
    return [m["text"] for m in listed.json()["items"]]


def chosen(client: TestClient, user: str, query: str) -> list[str]:
    r = client.post(f"/v1/users/{user}/context", json={"query": query})
    assert r.status_code == 200, r.text
    return [i["memory"]["text"] for i in r.json()["items"]]


def test_a_learned_pick_says_what_it_is_for_and_comes_back_for_it(client: TestClient) -> None:
    for n, (thing, turns) in enumerate(CONVERSATIONS.items()):
        user = f"pick{n}"
        learned = learn(client, user, turns)
        picks = [t for t in learned if t.startswith("Prefers")]
        assert picks and all(t.endswith(f"for a {thing}") for t in picks), learned
        assert set(picks) <= set(chosen(client, user, ASKED[thing])), ASKED[thing]
        for request in UNRELATED:
            assert not set(picks) & set(chosen(client, user, request)), request
