"""Request limits: body size (413), batch size and text length (422), rate per key (429 with Retry-After)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from agents.services import Services
from api.app import create_app
from api.ratelimit import TokenBuckets
from memory.keys import NewKey
from memory.settings import LimitSettings

TURN = {"role": "user", "content": "I like chess."}


def limited(parts: Services, **limits: object) -> Services:
    """The test's parts with other limits (same database, index and embedder)."""
    settings = parts.settings.model_copy(update={"limits": LimitSettings(**limits)})  # type: ignore[arg-type]
    return Services(settings, embedder=parts.embedder, index=parts.index)


@pytest.fixture
def tight(parts: Services) -> Iterator[TestClient]:
    services = limited(parts, max_body_bytes=2000, max_import_bytes=5000, max_batch_items=3)
    with TestClient(create_app(services=services)) as c:
        yield c
    services.close()


def error(r: object) -> dict[str, str]:
    body: dict[str, dict[str, str]] = r.json()  # type: ignore[attr-defined]
    return body["error"]


def test_body_over_the_limit_is_413_naming_the_limit_and_setting(tight: TestClient) -> None:
    r = tight.post("/v1/users/ana/memories", json={"text": "x" * 3000})
    assert r.status_code == 413, r.text
    e = error(r)
    assert e["code"] == "too_large" and "2000 bytes" in e["message"] and "TACIT_LIMITS__MAX_BODY_BYTES" in e["message"]
    assert r.headers["x-request-id"]  # still went through the observability middleware
    assert tight.post("/v1/users/ana/memories", json={"text": "x" * 1000}).status_code == 404  # no such user


def test_streamed_body_without_content_length_is_counted(tight: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"turns": [{"role": "user", "content": "'
        for _ in range(30):
            yield b"y" * 100
        yield b'"}]}'

    url, json_type = "/v1/users/ana/messages", {"content-type": "application/json"}
    r = tight.post(url, content=chunks(), headers=json_type)
    assert r.status_code == 413 and "MAX_BODY_BYTES" in error(r)["message"]
    small = tight.post(url, content=iter([json.dumps({"turns": [TURN]}).encode()]), headers=json_type)
    assert small.status_code == 202, small.text


def test_import_route_keeps_its_own_larger_limit(tight: TestClient) -> None:
    tight.post("/v1/users", json={"id": "ana"})
    doc = tight.get("/v1/users/ana/export").json()
    doc["profile_markdown"] = "p" * 3000  # over the body limit, under the import limit
    r = tight.post("/v1/users/ana/import", json=doc)
    assert r.status_code == 200, r.text
    doc["profile_markdown"] = "p" * 6000
    r = tight.post("/v1/users/ana/import", json=doc)
    assert r.status_code == 413 and "TACIT_LIMITS__MAX_IMPORT_BYTES" in error(r)["message"]


def test_proxy_body_over_the_limit_is_413_and_small_streams_still_stream(tight: TestClient) -> None:
    big = {"messages": [{"role": "user", "content": "z" * 3000}], "stream": True}
    r = tight.post("/v1/chat/completions", json=big, headers={"X-Tacit-User": "ana"})
    assert r.status_code == 413 and "MAX_BODY_BYTES" in error(r)["message"]
    small = {"model": "m", "messages": [{"role": "user", "content": "Hello"}], "stream": True}
    with tight.stream("POST", "/v1/chat/completions", json=small, headers={"X-Tacit-User": "ana"}) as s:
        assert s.status_code == 200 and s.headers["content-type"].startswith("text/event-stream")
        assert b"data: [DONE]" in b"".join(s.iter_raw())


def test_huge_batches_are_refused_naming_the_limit(tight: TestClient, client: TestClient) -> None:
    r = tight.post("/v1/users/ana/messages", json={"turns": [TURN] * 4})
    assert r.status_code == 422 and error(r)["field"] == "turns"
    assert "limit is 3" in error(r)["message"] and "TACIT_LIMITS__MAX_BATCH_ITEMS" in error(r)["message"]
    assert tight.post("/v1/users/ana/messages", json={"turns": [TURN] * 3}).status_code == 202
    # the schema's own ceiling, whatever the setting
    r = client.post("/v1/users/ana/messages", json={"turns": [TURN] * 501})
    assert r.status_code == 422 and "500" in r.text


def test_text_limits_are_422_naming_the_limit(client: TestClient) -> None:
    client.post("/v1/users", json={"id": "ana"})
    r = client.post("/v1/users/ana/memories", json={"text": "m" * 4001})
    assert r.status_code == 422 and error(r)["field"] == "text" and "limit is 4000" in error(r)["message"]
    r = client.post("/v1/users/ana/messages", json={"turns": [{"role": "user", "content": "m" * 32_001}]})
    assert r.status_code == 422 and "32000" in r.text and "content" in r.text


def test_rate_limit_per_key_with_retry_after(parts: Services) -> None:
    services = limited(parts, rate_per_s=0.01, rate_burst=3)
    a = {"X-Tacit-Key": services.keys.create(NewKey(tenant="a")).key}
    b = {"X-Tacit-Key": services.keys.create(NewKey(tenant="b")).key}
    with TestClient(create_app(services=services)) as c:
        assert [c.get("/v1/users", headers=a).status_code for _ in range(3)] == [200, 200, 200]
        r = c.get("/v1/users", headers=a)
        assert r.status_code == 429, r.text
        assert r.headers["retry-after"].isdigit() and int(r.headers["retry-after"]) >= 1
        e = error(r)
        assert e["code"] == "rate_limited" and "TACIT_LIMITS__RATE_PER_S" in e["message"]
        assert c.get("/v1/users", headers=b).status_code == 200  # another key has its own bucket
        assert [c.get(p).status_code for p in ("/healthz", "/readyz", "/healthz", "/healthz")] == [200] * 4
        metrics = c.get("/metrics").text
        assert 'status="429"' in metrics
        # requests without a valid key share their address's bucket (and get 401 while it lasts)
        assert [c.get("/v1/users").status_code for _ in range(4)] == [401, 401, 401, 429]
    services.close()


def test_no_rate_limit_while_keys_are_not_required(parts: Services) -> None:
    services = limited(parts, rate_per_s=0.01, rate_burst=1)
    with TestClient(create_app(services=services)) as c:
        assert {c.get("/v1/users").status_code for _ in range(5)} == {200}
    services.close()


def test_token_bucket_refills_at_the_rate() -> None:
    buckets = TokenBuckets()
    assert [buckets.take("k", rate=2, burst=2, now=0.0) for _ in range(2)] == [0.0, 0.0]
    assert buckets.take("k", rate=2, burst=2, now=0.0) == pytest.approx(0.5)
    assert buckets.take("k", rate=2, burst=2, now=0.5) == 0.0  # one token back after half a second
    assert buckets.take("other", rate=2, burst=2, now=0.5) == 0.0
    assert buckets.take("k", rate=2, burst=2, now=10.0) == 0.0  # refills up to the burst, no more
    assert buckets.take("k", rate=2, burst=2, now=10.0) == 0.0
    assert buckets.take("k", rate=2, burst=2, now=10.0) > 0
