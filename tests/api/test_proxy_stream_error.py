"""An upstream that breaks off mid-stream: the proxy ends the stream with an error event in the client's wire
format (the SDKs raise on it). The real-model version (a killed llama.cpp server) is in tests/llm_local."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from agents.services import Services
from api.app import create_app
from memory import wire
from memory.settings import UpstreamSettings

FIRST = {
    "openai": b'data: {"object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Hi"}}]}\n\n',
    "anthropic": b'event: message_start\ndata: {"type":"message_start"}\n\n',
}


@pytest.fixture
def dies_mid_stream() -> Iterator[tuple[str, list[bytes]]]:
    """A server on 127.0.0.1 that answers each request with the start of an event stream (the chunks queued in
    the list, one per request), then closes the connection without ending the chunked body."""
    sock = socket.create_server(("127.0.0.1", 0))
    queued: list[bytes] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    data += conn.recv(65536)
                head, _, rest = data.partition(b"\r\n\r\n")
                length = next(
                    int(h.split(b":")[1]) for h in head.split(b"\r\n") if h.lower().startswith(b"content-length")
                )
                while len(rest) < length:
                    rest += conn.recv(65536)
                chunk = queued.pop(0)
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
                    + f"{len(chunk):x}\r\n".encode()
                    + chunk
                    + b"\r\n"
                )

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}", queued
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept (closing alone does not, on Linux)
    sock.close()
    thread.join(timeout=5)
    assert not thread.is_alive()


@pytest.mark.parametrize("flavor", ["openai", "anthropic"])
def test_a_stream_broken_off_ends_with_an_error_event(
    parts: Services, dies_mid_stream: tuple[str, list[bytes]], flavor: wire.Flavor
) -> None:
    url, queued = dies_mid_stream
    queued.append(FIRST[flavor])
    up = UpstreamSettings(openai_base_url=f"{url}/v1", anthropic_base_url=url, timeout_s=10)
    services = Services(parts.settings.model_copy(update={"upstream": up}), embedder=parts.embedder, index=parts.index)
    path = "/v1/chat/completions" if flavor == "openai" else "/v1/messages"
    body = {"model": "m", "max_tokens": 50, "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    with (
        TestClient(create_app(services=services)) as c,
        c.stream("POST", path, json=body, headers={"X-Tacit-User": "ana"}) as r,
    ):
        received = b"".join(r.iter_raw())
    services.close()
    assert r.status_code == 200 and received.startswith(FIRST[flavor])
    last = received[len(FIRST[flavor]) :].decode()
    if flavor == "openai":
        assert last.startswith("data: ") and last.endswith("\n\n")
        error = json.loads(last[len("data: ") :])["error"]
        assert error["code"] == "upstream_stream_broken" and "broke off mid-stream" in error["message"]
    else:
        assert last.startswith("event: error\ndata: ")
        event = json.loads(last.split("data: ", 1)[1])
        assert event["type"] == "error" and "broke off mid-stream" in event["error"]["message"]


def test_a_half_sent_event_is_closed_off_before_the_error() -> None:
    half = b'data: {"object":"chat.comp'
    out = wire.stream_error("openai", "gone", relayed=half)
    assert out.startswith(b"\n\ndata: ") and json.loads(out.strip()[len("data: ") :])["error"]["message"] == "gone"
    assert wire.stream_error("openai", "gone", relayed=b"data: x\n\n").startswith(b"data: ")
