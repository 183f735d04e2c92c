"""Ingest over HTTP with the default offline extractor, and the input rules of the endpoint."""

from __future__ import annotations

from fastapi.testclient import TestClient


def post(client: TestClient, user: str, turns: list[dict[str, object]], wait: bool = True) -> dict[str, object]:
    r = client.post(f"/v1/users/{user}/messages", params={"wait": wait}, json={"turns": turns})
    assert r.status_code == (200 if wait else 202), r.text
    body: dict[str, object] = r.json()
    return body


def test_conversation_becomes_memories_with_evidence(client: TestClient) -> None:
    body = post(
        client,
        "ana",
        [
            {"role": "user", "content": "Hi! I'm vegetarian and I live in Lisbon."},
            {"role": "assistant", "content": "Nice to meet you!"},
            {"role": "user", "content": "What's the capital of France?"},
        ],
    )
    job = body["job"]
    assert isinstance(job, dict) and job["state"] == "done", job
    ids = body["message_ids"]
    assert isinstance(ids, list)
    items = client.get("/v1/users/ana/memories").json()["items"]
    assert items, "the offline extractor should learn something from 'I'm vegetarian and I live in Lisbon'"
    assert all(e["message_id"] == ids[0] for m in items for e in m["evidence"])
    assert any("vegetarian" in m["text"].lower() for m in items)
    assert client.get(f"/v1/jobs/{job['id']}").json()["result"]["extractor"] == "offline"

    # the same statement again reinforces instead of duplicating
    post(client, "ana", [{"role": "user", "content": "As I said, I'm vegetarian."}])
    again = client.get("/v1/users/ana/memories").json()["items"]
    veg = [m for m in again if "vegetarian" in m["text"].lower()]
    assert len(veg) == 1 and veg[0]["seen_count"] == 2


def test_accepted_without_wait_then_visible_on_the_job(client: TestClient) -> None:
    body = post(client, "bo", [{"role": "user", "content": "I love hiking."}], wait=False)
    job = client.get(f"/v1/jobs/{body['job_id']}").json()
    assert job["state"] == "queued" and job["attempts"] == 0 and job["user_id"] == "bo"
    assert client.get("/v1/jobs/nope").status_code == 404
    r = client.post(f"/v1/jobs/{body['job_id']}/retry")
    assert r.status_code == 409 and "only a failed job" in r.json()["error"]["message"]


def test_bad_batches_are_422_naming_the_field(client: TestClient) -> None:
    def bad(payload: object) -> list[object]:
        r = client.post("/v1/users/ana/messages", json=payload)
        assert r.status_code == 422, r.text
        return [d["loc"] for d in r.json()["detail"]]

    assert bad({"turns": []}) == [["body", "turns"]]
    assert bad({"turns": [{"role": "robot", "content": "x"}]}) == [["body", "turns", 0, "role"]]
    assert bad({"turns": [{"role": "user", "content": "x" * 32_001}]}) == [["body", "turns", 0, "content"]]
    assert bad({"turns": [{"role": "user", "content": "hi"}] * 501}) == [["body", "turns"]]
    nul = client.post("/v1/users/ana/messages", json={"turns": [{"role": "user", "content": "bin\u0000ary"}]})
    assert nul.status_code == 422 and nul.json()["error"]["field"] == "turns[0].content"  # refused at the edge
    r = client.post(
        "/v1/users/ana/messages",
        content=b'{"turns": [{"role": "user", "content": "\xff\xfe"}]}',
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 422
    assert client.get("/v1/users/ana").status_code == 404  # nothing half-written: not even the user
