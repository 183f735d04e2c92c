"""Fixtures for the public package: tacit in-process over the test parts, a real tacit server (uvicorn on a
free port), the LLM API stubs, and a user with one memory."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest
import uvicorn

from agents.services import Services
from api.app import create_app
from memory.store.schemas import NewMemory, NewUser
from memory.types import MemoryKind
from tacit import Memory

VEGETARIAN = "Is vegetarian"


@pytest.fixture
def memory(parts: Services) -> Iterator[Memory]:
    with Memory(services=parts) as m:
        yield m


@pytest.fixture
def ana(parts: Services) -> str:
    """User ``ana``, who is vegetarian."""
    parts.store.create_user(NewUser(id="ana"))
    parts.store.add("ana", NewMemory(text=VEGETARIAN, kind=MemoryKind.constraint, category="food"))
    return "ana"


@pytest.fixture
def server_url(parts: Services) -> Iterator[str]:
    """A real tacit server over the test parts, on 127.0.0.1 and a free port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(services=parts), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="tacit-test-server", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "the tacit server did not start"
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(15)
        sock.close()


@pytest.fixture
def closed_port() -> int:
    """A port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def eventually(check: Callable[[], bool], timeout_s: float = 5.0) -> None:
    """Poll ``check`` until it holds (observation runs in the background)."""
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def logged(parts: Services, user_id: str) -> list[tuple[str, str]]:
    """The user's conversation log, oldest first, as (role, content)."""
    try:
        return [(m.role, m.content) for m in reversed(parts.log.list(user_id))]
    except Exception:
        return []


def strip_volatile(value: object) -> object:
    """A dumped SDK object without the fields that differ between two identical replies (ids, times)."""
    if isinstance(value, dict):
        return {k: strip_volatile(v) for k, v in value.items() if k not in ("id", "created", "system_fingerprint")}
    if isinstance(value, list):
        return [strip_volatile(v) for v in value]
    return value
