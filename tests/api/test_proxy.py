"""The drop-in proxy against local stubs that speak the OpenAI and Anthropic wire formats."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from agents.services import Services
from api.app import create_app
from harness.stubs import AnthropicStub, OpenAIStub, SSEEvent, StubReply
from memory.settings import UpstreamSettings
from memory.store.schemas import NewMemory, NewUser
from memory.types import MemoryKind

HEADERS = {"X-Tacit-User": "ana"}


def proxy_app(parts: Services, **upstream: object) -> TestClient:
    settings = parts.settings.model_copy(update={"upstream": UpstreamSettings(**upstream)})  # type: ignore[arg-type]
    services = Services(settings, embedder=parts.embedder, index=parts.index)
    return TestClient(create_app(services=services))


@pytest.fixture
def with_memory(parts: Services) -> Services:
    parts.store.create_user(NewUser(id="ana"))
    parts.store.add("ana", NewMemory(text="Is vegetarian", kind=MemoryKind.constraint, category="food"))
    parts.store.add("ana", NewMemory(text="Plays the cello", category="music"))
    return parts


def test_openai_request_gets_the_prefix_and_the_answer_comes_back_unchanged(
    with_memory: Services, openai_stub: OpenAIStub
) -> None:
    openai_stub.queue_completion("Try a mushroom risotto.")
    body = {
        "model": "gpt-x",
        "temperature": 0.2,
        "messages": [
            {"role": "system", "content": "You are a chef."},
            {"role": "user", "content": "What should I cook tonight?"},
        ],
    }
    with proxy_app(with_memory, openai_base_url=openai_stub.base_url) as c:
        r = c.post("/v1/chat/completions", json=body, headers={**HEADERS, "Authorization": "Bearer client-key"})
    assert r.status_code == 200
    assert r.json()["choices"][0]["message"]["content"] == "Try a mushroom risotto."
    sent = openai_stub.last.json
    assert sent["model"] == "gpt-x" and sent["temperature"] == 0.2
    system = sent["messages"][0]
    assert system["role"] == "system" and system["content"].startswith("<user_memory>")
    assert "Is vegetarian" in system["content"] and system["content"].endswith("You are a chef.")
    assert "cello" not in system["content"]
    assert sent["messages"][1:] == body["messages"][1:]
    assert openai_stub.last.headers["authorization"] == "Bearer client-key"
    logged = [(m.role, m.content) for m in reversed(with_memory.log.list("ana"))]
    assert logged == [("user", "What should I cook tonight?"), ("assistant", "Try a mushroom risotto.")]


def test_openai_stream_is_relayed_byte_for_byte(with_memory: Services, openai_stub: OpenAIStub) -> None:
    events = [
        SSEEvent({"id": "c1", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": p}}]})
        for p in ["Mush", "room ", "risotto"]
    ] + [SSEEvent("[DONE]")]
    openai_stub.enqueue(StubReply(events=events))
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "Dinner idea?"}]}
    with (
        proxy_app(with_memory, openai_base_url=openai_stub.base_url) as c,
        c.stream("POST", "/v1/chat/completions", json=body, headers=HEADERS) as r,
    ):
        received = b"".join(r.iter_raw())
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    assert received == b"".join(e.encode() for e in events)
    assert openai_stub.last.json["messages"][0]["role"] == "system"
    assert next(m.content for m in with_memory.log.list("ana")) == "Mushroom risotto"


def test_anthropic_system_injection_stream_and_user_from_metadata(
    with_memory: Services, anthropic_stub: AnthropicStub
) -> None:
    anthropic_stub.queue_text("Sure: lentil soup.")
    body = {
        "model": "claude-x",
        "max_tokens": 100,
        "system": [{"type": "text", "text": "Be brief."}],
        "metadata": {"user_id": "ana"},
        "stream": True,
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Lunch idea?"}]}],
    }
    with (
        proxy_app(with_memory, anthropic_base_url=anthropic_stub.base_url) as c,
        c.stream(
            "POST", "/v1/messages", json=body, headers={"x-api-key": "client-key", "anthropic-version": "2023-06-01"}
        ) as r,
    ):
        raw = b"".join(r.iter_raw())
    assert r.status_code == 200 and b"content_block_delta" in raw
    sent = anthropic_stub.last
    assert (
        sent.json["system"][0]["text"].startswith("<user_memory>") and "Is vegetarian" in sent.json["system"][0]["text"]
    )
    assert sent.json["system"][1] == {"type": "text", "text": "Be brief."}
    assert sent.json["messages"] == body["messages"]
    assert sent.headers["x-api-key"] == "client-key" and sent.headers["anthropic-version"] == "2023-06-01"
    assert with_memory.log.list("ana")[0].content == "Sure: lentil soup."


def test_upstream_errors_come_back_unchanged(with_memory: Services, openai_stub: OpenAIStub) -> None:
    openai_stub.queue_error(429, "slow down")
    with proxy_app(with_memory, openai_base_url=openai_stub.base_url) as c:
        r = c.post(
            "/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "hi"}]},
            headers=HEADERS,
        )
    assert r.status_code == 429 and r.json()["error"]["message"] == "slow down"
    assert r.headers["retry-after"] == "2"


def test_upstream_down_or_slow(with_memory: Services, openai_stub: OpenAIStub) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    with proxy_app(with_memory, openai_base_url="http://127.0.0.1:9/v1") as c:
        r = c.post("/v1/chat/completions", json=body, headers=HEADERS)
    assert r.status_code == 502 and "cannot reach" in r.json()["error"]["message"]
    openai_stub.queue_completion("late", delay_s=3)
    with proxy_app(with_memory, openai_base_url=openai_stub.base_url, timeout_s=0.5) as c:
        r = c.post("/v1/chat/completions", json=body, headers=HEADERS)
    assert r.status_code == 504 and "did not answer in time" in r.json()["error"]["message"]


def test_bad_input_and_unknown_users(parts: Services) -> None:
    with proxy_app(parts) as c:
        r = c.post("/v1/chat/completions", json={"model": "m", "messages": [{"role": "user", "content": "hi"}]})
        assert r.status_code == 400 and "X-Tacit-User" in r.json()["error"]["message"]
        r = c.post("/v1/messages", json={"model": "m", "messages": []})
        assert r.status_code == 400 and "metadata.user_id" in r.json()["error"]["message"]
        r = c.post("/v1/chat/completions", content=b"{oops", headers={**HEADERS, "content-type": "application/json"})
        assert r.status_code == 400
        # a user tacit has never seen: no prefix, the request still goes through (to the echo model here)
        body = {"model": "m", "user": "newcomer", "messages": [{"role": "user", "content": "I love sailing."}]}
        r = c.post("/v1/chat/completions", json=body)
        assert r.status_code == 200 and "Injected memory:\n(nothing)" in r.json()["choices"][0]["message"]["content"]
    assert parts.log.list("newcomer")[1].content == "I love sailing."


def test_a_user_the_proxy_serves_exists_before_the_answer_goes_out(parts: Services) -> None:
    """The exchange is observed after the answer, off the request; the user is created before it, so the other
    endpoints find them at once. A request with no user turn is observed as nothing, so only that path made them."""
    with proxy_app(parts) as c:
        body = {"model": "m", "user": "first-timer", "messages": [{"role": "system", "content": "Be brief."}]}
        assert c.post("/v1/chat/completions", json=body).status_code == 200
        assert c.get("/v1/users/first-timer").status_code == 200
        assert c.post("/v1/users/first-timer/memories", json={"text": "Likes tea"}).status_code == 201


def test_echo_model_shows_the_injected_memory(with_memory: Services) -> None:
    with proxy_app(with_memory) as c:
        r = c.post(
            "/v1/messages",
            json={"model": "m", "max_tokens": 50, "messages": [{"role": "user", "content": "Recipe for tonight?"}]},
            headers=HEADERS,
        )
        text = r.json()["content"][0]["text"]
        assert "Is vegetarian" in text and "Recipe for tonight?" in text
        with c.stream(
            "POST",
            "/v1/chat/completions",
            json={"model": "m", "stream": True, "messages": [{"role": "user", "content": "Dinner?"}]},
            headers=HEADERS,
        ) as s:
            chunks = [json.loads(line[6:]) for line in s.iter_lines() if line.startswith("data: {")]
    assert "Is vegetarian" in "".join(ch["choices"][0]["delta"].get("content", "") for ch in chunks)
