"""The real-model tests: SmolLM2-135M-Instruct (the ``local-llm`` extra, which ``make install`` installs)
served by llama.cpp's OpenAI-compatible server on 127.0.0.1, started once per session on a free port.

They assert behaviour and shape (schema-valid answers, what is committed, cached, relayed), never the small
model's judgment. Without the extra they fail, naming the install command.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from pydantic import BaseModel

from agents.extract.types import Usage
from agents.llm.base import LLM, ChatMessage
from agents.llm.local_server import LocalModelUnavailable, LocalServer
from agents.llm.openai_compat import OpenAICompatLLM

T = TypeVar("T", bound=BaseModel)

#: Generous: two busy cores, several test sessions at once. Nothing waits this long unless something hangs.
CALL_TIMEOUT_S = 180.0


def start_server(log: Path) -> LocalServer:
    try:
        server = LocalServer(log=log.open("wb"), threads=1)  # one thread: far faster than two on busy cores
    except LocalModelUnavailable as exc:
        pytest.fail(f"the real-model tests need the local model: {exc.message}", pytrace=False)
    return server.start()


@pytest.fixture(scope="session")
def local_model(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    """The packaged model served on 127.0.0.1 (one server for the whole session)."""
    server = start_server(tmp_path_factory.mktemp("llama") / "server.log")
    yield server
    server.stop()


@pytest.fixture
def doomed_model(tmp_path: Path) -> Iterator[LocalServer]:
    """A server of its own, for a test that kills or freezes it."""
    server = start_server(tmp_path / "server.log")
    yield server
    server.stop()


@pytest.fixture
def llm(local_model: LocalServer) -> Iterator[OpenAICompatLLM]:
    with OpenAICompatLLM(base_url=local_model.base_url, timeout_s=CALL_TIMEOUT_S) as client:
        yield client


class Counting:
    """An :class:`~agents.llm.base.LLM` that passes every call on and counts them."""

    def __init__(self, llm: LLM) -> None:
        self._llm = llm
        self.calls = 0

    @property
    def name(self) -> str:
        return self._llm.name

    @property
    def model(self) -> str:
        return self._llm.model

    def structured(self, *, system: str, messages: list[ChatMessage], schema: type[T]) -> tuple[T, Usage]:
        self.calls += 1
        return self._llm.structured(system=system, messages=messages, schema=schema)


class _Tee(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, into: bytearray, on_chunk: Callable[[bytes], None]) -> None:
        self._inner, self._into, self._on_chunk = inner, into, on_chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            self._into.extend(chunk)
            self._on_chunk(bytes(self._into))
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


class Recording(httpx.AsyncBaseTransport):
    """The proxy's upstream transport, recording each request body and the response bytes as they arrived
    (after the chunked framing, before anything else); ``on_chunk(all bytes so far)`` runs on every chunk."""

    def __init__(self, on_chunk: Callable[[bytes], None] = lambda _: None) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.on_chunk = on_chunk
        self.sent: list[dict[str, object]] = []
        self.received: list[bytearray] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(json.loads(await request.aread()))
        response = await self._inner.handle_async_request(request)
        self.received.append(bytearray())
        assert isinstance(response.stream, httpx.AsyncByteStream)
        stream = _Tee(response.stream, self.received[-1], self.on_chunk)
        return httpx.Response(
            response.status_code, headers=response.headers, stream=stream, extensions=response.extensions
        )

    async def aclose(self) -> None:
        await self._inner.aclose()
