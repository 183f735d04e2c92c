"""Fixtures for the page at /ui: tacit's API served by uvicorn in a thread of this process (so a test can
also reach the store directly), and Debian's chromium driven by Playwright."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from agents.services import Services
from api.app import create_app
from api.ui.router import router as ui_router
from memory.db.migrate import upgrade
from memory.ports import Embedder
from memory.settings import Settings, WorkerSettings
from tests.ui.browser import CHROMIUM, CHROMIUM_ARGS, require_browser, sync_playwright


@dataclass
class Live:
    """The running API: its base URL and the parts behind it."""

    url: str
    parts: Services

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)

    def add_user(self, display_name: str = "") -> str:
        user_id = f"u-{uuid.uuid4().hex[:10]}"
        with self.client() as c:
            r = c.post("/v1/users", json={"id": user_id, "display_name": display_name})
            assert r.status_code == 201, r.text
        return user_id

    def add(self, user_id: str, text: str, **fields: Any) -> dict[str, Any]:
        with self.client() as c:
            r = c.post(f"/v1/users/{user_id}/memories", json={"text": text, **fields})
            assert r.status_code == 201, r.text
            body: dict[str, Any] = r.json()
            return body

    def get(self, user_id: str, memory_id: str) -> dict[str, Any]:
        with self.client() as c:
            r = c.get(f"/v1/users/{user_id}/memories/{memory_id}")
            assert r.status_code == 200, r.text
            body: dict[str, Any] = r.json()
            return body


def ui_app(parts: Services) -> FastAPI:
    app = create_app(services=parts)
    if not any(getattr(route, "path", None) == "/ui" for route in app.routes):
        app.include_router(ui_router)  # until api/app.py includes the page itself
    return app


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Live]:
    data: Path = tmp_path_factory.mktemp("ui") / "data"
    settings = Settings(data_dir=data, worker=WorkerSettings(in_process=False))
    upgrade(settings.sqlalchemy_url())
    parts = Services(settings, embedder=embedder)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(ui_app(parts), log_config=None, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="tacit-ui-api", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the API server for the browser tests did not start")
            time.sleep(0.05)
        yield Live(f"http://127.0.0.1:{port}", parts)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
        parts.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    require_browser()
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh browser context (no shared storage) and page at a desktop size. An uncaught exception in the
    page's scripts, or anything the Content-Security-Policy blocked, fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.set_default_timeout(10_000)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    yield pg
    context.close()
    assert not errors, f"errors in the page: {errors}"
