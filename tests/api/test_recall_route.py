"""The context route as served: auth before the body, and the same answer as the service gives in process."""

from __future__ import annotations

from fastapi.testclient import TestClient

from agents.services import Services
from api.app import create_app
from memory.keys import NewKey
from memory.recall.types import ContextRequest


def test_a_caller_without_a_key_hears_401_before_anything_about_its_body(parts: Services) -> None:
    key = parts.keys.create(NewKey(tenant="t1")).key  # a key exists, so keys are required
    with TestClient(create_app(services=parts)) as c:
        for body in ({"budget_tokens": "many"}, {"query": "tea?"}):
            r = c.post("/v1/users/ana/context", json=body)
            assert r.status_code == 401, (body, r.text)
        r = c.post("/v1/users/ana/context", json={"budget_tokens": "many"}, headers={"X-Tacit-Key": key})
        assert r.status_code == 422 and "budget_tokens" in r.text


def test_the_served_answer_is_the_services(client: TestClient, parts: Services) -> None:
    client.post("/v1/users", json={"id": "ana"})
    client.post("/v1/users/ana/memories", json={"text": "Drinks green tea, never coffee", "category": "food"})
    r = client.post("/v1/users/ana/context", json={"query": "What should I drink?", "budget_tokens": 300})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    expected = parts.recall.context("ana", ContextRequest(query="What should I drink?", budget_tokens=300))
    assert r.json() == expected.model_dump(mode="json")
    assert "green tea" in r.json()["prefix"]
