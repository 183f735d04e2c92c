"""The real server as a user runs it: start, write over HTTP, stop, start again, everything still there."""

from __future__ import annotations

import signal
from pathlib import Path

import httpx

from harness.procs import Server


def test_serve_persists_across_restart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    server = Server(data)
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            assert c.get("/docs").status_code == 200
            assert c.post("/v1/users", json={"id": "alice"}).status_code == 201
            ids = [
                c.post("/v1/users/alice/memories", json={"text": t, "category": cat}).json()["id"]
                for t, cat in [
                    ("Is allergic to shellfish", "food"),
                    ("Prefers trains over planes", "travel"),
                    ("Wants answers in British English", "communication"),
                ]
            ]
            assert c.delete(f"/v1/users/alice/memories/{ids[2]}").status_code == 204
    finally:
        # uvicorn shuts down gracefully, then re-raises SIGTERM so the exit status says why it stopped
        assert server.stop() in (0, -signal.SIGTERM)
    assert "Application shutdown complete" in server.log.read_text()

    server = Server(data)
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            listed = c.get("/v1/users/alice/memories").json()["items"]
            assert sorted(m["id"] for m in listed) == sorted(ids[:2])
            hits = c.post("/v1/users/alice/memories/search", json={"query": "seafood dinner", "k": 1}).json()
            assert hits["hits"][0]["memory"]["id"] == ids[0]
            history = c.get(f"/v1/users/alice/memories/{ids[2]}/history").json()
            assert [e["type"] for e in history] == ["add", "delete"]
    finally:
        server.stop()
