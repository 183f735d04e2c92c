"""The proxy in front of the real model: a streamed completion comes back byte for byte with the memory
prefix in the system prompt; a server that dies or freezes mid-stream ends the stream with an error event,
logged, within the upstream timeout."""

from __future__ import annotations

import json
import logging
import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from fastapi.testclient import TestClient

from agents.llm.local_server import MODEL_ALIAS, LocalServer
from agents.services import Services
from api.app import create_app
from memory.settings import UpstreamSettings
from memory.store.schemas import NewMemory, NewUser
from memory.types import MemoryKind
from tests.llm_local.conftest import CALL_TIMEOUT_S, Recording

HEADERS = {"X-Tacit-User": "ana"}


def ask(max_tokens: int) -> dict[str, object]:
    return {
        "model": MODEL_ALIAS,
        "stream": True,
        "max_tokens": max_tokens,
        "temperature": 0,
        "messages": [
            {"role": "system", "content": "You are a helpful cook."},
            {"role": "user", "content": "What should I cook for dinner tonight?"},
        ],
    }


@contextmanager
def proxy(parts: Services, server: LocalServer, upstream: Recording, timeout_s: float) -> Iterator[TestClient]:
    """The app forwarding /v1/chat/completions to ``server`` through the recording transport."""
    parts.store.create_user(NewUser(id="ana"))
    parts.store.add("ana", NewMemory(text="Is vegetarian", kind=MemoryKind.constraint, category="food"))
    up = UpstreamSettings(openai_base_url=server.base_url, timeout_s=timeout_s)
    services = Services(parts.settings.model_copy(update={"upstream": up}), embedder=parts.embedder, index=parts.index)
    with TestClient(create_app(services=services)) as c:
        plain = c.app.state.http  # type: ignore[attr-defined]
        c.app.state.http = httpx.AsyncClient(transport=upstream, timeout=plain.timeout)  # type: ignore[attr-defined]
        assert c.portal is not None
        c.portal.call(plain.aclose)
        yield c
    services.close()


def events(raw: bytes) -> list[str]:
    return [line[len("data: ") :] for line in raw.decode().split("\n\n") if line.startswith("data: ")]


def test_a_real_stream_is_relayed_byte_for_byte_with_the_prefix(parts: Services, local_model: LocalServer) -> None:
    upstream = Recording()
    with (
        proxy(parts, local_model, upstream, CALL_TIMEOUT_S) as c,
        c.stream("POST", "/v1/chat/completions", json=ask(24), headers=HEADERS) as r,
    ):
        received = b"".join(r.iter_raw())
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    [sent] = upstream.sent
    [relayed] = upstream.received
    assert received == bytes(relayed) and len(received) > 0
    system = sent["messages"][0]  # type: ignore[index]
    assert system["role"] == "system" and system["content"].startswith("<user_memory>")
    assert "Is vegetarian" in system["content"] and system["content"].endswith("You are a helpful cook.")
    data = events(received)
    assert data[-1] == "[DONE]" and len(data) >= 3
    chunks = [json.loads(d) for d in data[:-1]]
    assert all(ch["object"] == "chat.completion.chunk" for ch in chunks)
    text = "".join(ch["choices"][0]["delta"].get("content") or "" for ch in chunks if ch["choices"])
    assert text.strip()
    logged = [(m.role, m.content) for m in reversed(parts.log.list("ana"))]
    assert logged == [("user", "What should I cook for dinner tonight?"), ("assistant", text)]


def broken_stream(
    parts: Services, server: LocalServer, break_it: str, timeout_s: float, caplog: pytest.LogCaptureFixture
) -> tuple[bytes, float]:
    """Stream a long answer; on the upstream's first chunk kill (or freeze) the server. Returns what the
    client received and how long the request took."""
    assert server.process is not None
    pid = server.process.pid

    def on_chunk(_: bytes) -> None:
        if break_it == "kill":
            server.kill()
        elif not frozen:
            frozen.append(pid)
            os.kill(pid, signal.SIGSTOP)

    frozen: list[int] = []
    upstream = Recording(on_chunk)
    with caplog.at_level(logging.ERROR, logger="tacit.proxy"), proxy(parts, server, upstream, timeout_s) as c:
        t0 = time.monotonic()
        with c.stream("POST", "/v1/chat/completions", json=ask(2000), headers=HEADERS) as r:
            received = b"".join(r.iter_raw())
            assert r.status_code == 200
        took = time.monotonic() - t0
    for p in frozen:
        os.kill(p, signal.SIGCONT)
    return received, took


@pytest.mark.parametrize("break_it", ["kill", "freeze"])
def test_a_server_dying_mid_stream_ends_the_stream_with_an_error_event(
    parts: Services, doomed_model: LocalServer, break_it: str, caplog: pytest.LogCaptureFixture
) -> None:
    timeout_s = 3.0
    received, took = broken_stream(parts, doomed_model, break_it, timeout_s, caplog)
    data = events(received)
    assert len(data) >= 2 and json.loads(data[0])["object"] == "chat.completion.chunk"  # the start went through
    error = json.loads(data[-1])["error"]
    assert error["code"] == "upstream_stream_broken" and doomed_model.base_url in error["message"]
    assert ("went silent" if break_it == "freeze" else "broke off") in error["message"]
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any(m.startswith(f"the upstream stream from {doomed_model.base_url}") for m in logged)
    assert took < CALL_TIMEOUT_S  # nothing waited for the (long) answer
    if break_it == "freeze":
        assert took >= timeout_s  # it was the read timeout that ended it
