from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from agents.services import Services
from tests.fakes import FlakyIndex

pytestmark = pytest.mark.both_backends


def make_user(client: TestClient, user_id: str = "alice") -> None:
    r = client.post("/v1/users", json={"id": user_id, "display_name": "Alice"})
    assert r.status_code == 201, r.text


def add(client: TestClient, text: str, user: str = "alice", **kw: object) -> dict[str, object]:
    r = client.post(f"/v1/users/{user}/memories", json={"text": text, **kw})
    assert r.status_code == 201, r.text
    body: dict[str, object] = r.json()
    return body


def test_the_whole_lifecycle_over_http(client: TestClient) -> None:
    make_user(client)
    veg = add(client, "Is vegetarian", kind="constraint", category="food")
    add(client, "Prefers aisle seats on planes", category="travel")
    add(client, "Likes answers with code examples in Go", kind="style", category="communication")

    r = client.post("/v1/users/alice/memories/search", json={"query": "recipe ideas for dinner", "k": 3})
    assert r.status_code == 200
    hits = r.json()["hits"]
    assert hits[0]["memory"]["id"] == veg["id"]
    assert len(hits) == 3

    r = client.patch(f"/v1/users/alice/memories/{veg['id']}", json={"text": "Is vegan", "pinned": True})
    assert r.status_code == 200 and r.json()["text"] == "Is vegan" and r.json()["pinned"] is True

    assert client.delete(f"/v1/users/alice/memories/{veg['id']}").status_code == 204
    listed = client.get("/v1/users/alice/memories").json()["items"]
    assert veg["id"] not in [m["id"] for m in listed] and len(listed) == 2
    deleted = client.get("/v1/users/alice/memories", params={"status": "deleted"}).json()["items"]
    assert [m["id"] for m in deleted] == [veg["id"]]

    r = client.post(f"/v1/users/alice/memories/{veg['id']}/restore")
    assert r.status_code == 200 and r.json()["status"] == "active"

    history = client.get(f"/v1/users/alice/memories/{veg['id']}/history").json()
    assert [e["type"] for e in history] == ["add", "update", "delete", "restore"]
    assert history[1]["before"]["text"] == "Is vegetarian" and history[1]["after"]["text"] == "Is vegan"

    user = client.get("/v1/users/alice").json()
    assert user["memory_count"] == 3


def test_users_crud_and_pagination(client: TestClient) -> None:
    for uid in ["u3", "u1", "u2"]:
        make_user(client, uid)
    page = client.get("/v1/users", params={"limit": 2}).json()
    assert [u["id"] for u in page["items"]] == ["u1", "u2"]
    page2 = client.get("/v1/users", params={"limit": 2, "cursor": page["next_cursor"]}).json()
    assert [u["id"] for u in page2["items"]] == ["u3"] and page2["next_cursor"] is None
    assert client.delete("/v1/users/u2").status_code == 204
    assert client.get("/v1/users/u2").status_code == 404


def test_errors_are_clear_4xx(client: TestClient) -> None:
    make_user(client)
    r = client.get("/v1/users/bob")
    assert r.status_code == 404 and "'bob'" in r.json()["error"]["message"]
    r = client.get("/v1/users/alice/memories/0190-nope")
    assert r.status_code == 404 and "0190-nope" in r.json()["error"]["message"]
    r = client.post("/v1/users", json={"id": "alice"})
    assert r.status_code == 409 and "already exists" in r.json()["error"]["message"]

    r = client.post("/v1/users/alice/memories", json={"text": ""})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "text"]
    r = client.post("/v1/users/alice/memories", json={"text": "x" * 4001})
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "text" and "4000" in r.json()["error"]["message"]
    r = client.post("/v1/users/alice/memories", json={"text": "ok", "kind": "opinion"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "kind"]
    r = client.post("/v1/users/alice/memories", json={"text": "ok", "confidence": 1.5})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "confidence"]
    r = client.post("/v1/users/alice/memories", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422
    r = client.post("/v1/users/alice/memories", json={"text": "ok", "surprise": 1})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "surprise"]
    r = client.get("/v1/users/alice/memories", params={"limit": 500})
    assert r.status_code == 422 and r.json()["error"]["field"] == "limit"
    r = client.post("/v1/users", json={"id": "../etc/passwd"})
    assert r.status_code == 422

    m = add(client, "Likes tea")
    client.delete(f"/v1/users/alice/memories/{m['id']}")
    r = client.patch(f"/v1/users/alice/memories/{m['id']}", json={"text": "x"})
    assert r.status_code == 409 and "restore" in r.json()["error"]["message"]


def test_health_and_readiness(client: TestClient, flaky_index: FlakyIndex) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    r = client.get("/readyz")
    assert r.status_code == 200 and r.json()["checks"] == {"database": "ok", "vector_index": "ok"}
    flaky_index.down = True
    r = client.get("/readyz")
    assert r.status_code == 503 and "down" in r.json()["checks"]["vector_index"]
    assert client.get("/docs").status_code == 200
    assert "/v1/users/{user_id}/memories/search" in client.get("/openapi.json").json()["paths"]


def test_restart_repairs_a_write_whose_index_change_was_lost(
    client: TestClient, parts: Services, flaky_index: FlakyIndex
) -> None:
    from api.app import create_app

    make_user(client)
    flaky_index.down = True
    m = add(client, "Grows tomatoes on the balcony")
    assert parts.store.outbox.pending() == 1
    flaky_index.down = False
    # a new process starting on the same data repairs the index before serving
    with TestClient(create_app(services=parts)) as again:
        assert parts.store.outbox.pending() == 0
        hits = again.post("/v1/users/alice/memories/search", json={"query": "gardening"}).json()["hits"]
        assert hits[0]["memory"]["id"] == m["id"]


def test_metrics_and_request_ids(client: TestClient) -> None:
    make_user(client)
    r = client.get("/v1/users/alice", headers={"X-Request-ID": "abc123"})
    assert r.headers["x-request-id"] == "abc123"
    assert len(client.get("/healthz").headers["x-request-id"]) == 16
    text = client.get("/metrics").text
    assert 'tacit_http_requests_total{method="GET",route="/v1/users/{user_id}",status="200"}' in text
    assert "tacit_http_request_seconds_bucket" in text and "tacit_outbox_pending 0.0" in text
    assert "tacit_jobs" in text
    client.post("/v1/users/alice/memories", json={"text": "Likes green tea"})
    for _ in range(2):  # the first reads alice's rows into the pool, the second finds them there
        client.post("/v1/users/alice/context", json={"query": "What should I drink?"})
    text = client.get("/metrics").text
    assert "tacit_recall_pool_reads 1.0" in text and "tacit_recall_pool_hits 1.0" in text
    assert "tacit_recall_rerank_failures 0.0" in text
