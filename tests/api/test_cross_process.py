"""Several processes on one embedded data folder: what the CLI writes, a running server finds at once (search and
context), and nobody's writes are lost from the index's search when they take turns (checked by `tacit doctor`,
whose ``search`` check asks the index the way a search does)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from harness.procs import Server, cli, env_for

TOPICS = ["jazz", "board games", "green tea", "sci-fi novels", "trains", "sushi", "cats", "rain", "linen", "opera"]


def _export(user: str, n: int) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    memories = [
        {
            "id": str(uuid.uuid4()),
            "text": f"Likes {TOPICS[i % len(TOPICS)]}, note {i}",
            "kind": "preference",
            "category": "general",
            "source": "import",
            "confidence": 0.8,
            "status": "active",
            "valid_from": now,
            "last_seen_at": now,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]
    return {
        "schema": "tacit.export",
        "version": 1,
        "exported_at": now,
        "user": {"id": user, "created_at": now},
        "memories": memories,
    }


def _texts(server: Server, user: str, query: str, k: int = 5) -> list[str]:
    r = httpx.post(f"{server.url}/v1/users/{user}/memories/search", json={"query": query, "k": k}, timeout=60)
    assert r.status_code == 200, r.text
    return [h["memory"]["text"] for h in r.json()["hits"]]


def _doctor(data: Path) -> dict[str, Any]:
    done = cli(data, "doctor", "--json", timeout=300)
    assert done.returncode in (0, 1), done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def test_cli_writes_are_found_by_a_running_server_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    server = Server(data, TACIT_WORKER__IN_PROCESS="false")
    try:
        assert httpx.post(f"{server.url}/v1/users", json={"id": "u"}).status_code == 201
        added = httpx.post(f"{server.url}/v1/users/u/memories", json={"text": "Loves jazz music"})
        assert added.status_code == 201, added.text
        assert _texts(server, "u", "hiking") == ["Loves jazz music"]  # the server has the partition in memory now

        done = cli(data, "memories", "add", "u", "Goes hiking in the Alps every summer")
        assert done.returncode == 0, done.stderr
        assert _texts(server, "u", "mountain walks", k=1) == ["Goes hiking in the Alps every summer"]
        context = httpx.post(f"{server.url}/v1/users/u/context", json={"query": "plan a hiking trip"}, timeout=60)
        assert "Goes hiking in the Alps every summer" in context.json()["prefix"], context.text

        # more than Chroma's flush threshold (100) from another process, then a write by the server itself: the
        # server must not persist an index that misses the other process's vectors
        doc = tmp_path / "import.json"
        doc.write_text(json.dumps(_export("u", 150)))
        done = cli(data, "import", str(doc))
        assert done.returncode == 0, done.stderr
        assert _texts(server, "u", "locomotives and railways", k=3)[0].startswith("Likes trains")
        after = httpx.post(f"{server.url}/v1/users/u/memories", json={"text": "Writes with a fountain pen"})
        assert after.status_code == 201, after.text
        assert _texts(server, "u", "ink pens", k=1) == ["Writes with a fountain pen"]
    finally:
        assert server.stop() in (0, -signal.SIGTERM)

    report = _doctor(data)
    assert report["healthy"], report
    search = next(c for c in report["checks"] if c["name"] == "search")
    assert search["checked"] == 10 and search["problems"] == 0, search


STALE_WRITER = """
import sys, chromadb, numpy as np
from chromadb.config import Settings
# a process that opened the folder before another wrote to it, and writes without taking turns (as tacit did)
client = chromadb.PersistentClient(path=sys.argv[1], settings=Settings(anonymized_telemetry=False))
collection = client.get_collection(sys.argv[2], embedding_function=None)
collection.query(query_embeddings=np.ones((1, 384), dtype=np.float32), n_results=1)
print("loaded", flush=True)
sys.stdin.readline()
got = collection.get(ids=[sys.argv[3]], include=["embeddings"])
for _ in range(120):  # past Chroma's flush threshold: it persists the index it holds
    collection.upsert(ids=got["ids"], embeddings=np.asarray(got["embeddings"], dtype=np.float32))
print("written", flush=True)
"""


def test_doctor_finds_memories_the_index_stores_but_its_search_lost(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    assert cli(data, "users", "create", "u").returncode == 0
    done = cli(data, "memories", "add", "u", "Loves jazz music")
    assert done.returncode == 0, done.stderr
    first = json.loads(done.stdout)["id"]
    from memory.vector.partition import partition_key

    stale = subprocess.Popen(
        [sys.executable, "-c", STALE_WRITER, str(data / "chroma"), partition_key("default", "u"), first],
        env=env_for(data),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert stale.stdin is not None and stale.stdout is not None
    try:
        assert stale.stdout.readline().strip() == "loaded"
        doc = tmp_path / "import.json"
        doc.write_text(json.dumps(_export("u", 150)))
        done = cli(data, "import", str(doc))
        assert done.returncode == 0, done.stderr
        stale.stdin.write("go\n")
        stale.stdin.flush()
        assert stale.stdout.readline().strip() == "written"
    finally:
        stale.stdin.close()
        stale.wait(60)

    report = _doctor(data)
    assert not report["healthy"]
    search = next(c for c in report["checks"] if c["name"] == "search")
    assert not search["ok"] and search["problems"] >= 5, json.dumps(search)
    assert "user 'u'" in search["examples"][0], search

    repaired = cli(data, "reindex", "--user", "u")  # what the check's hint says to do
    assert repaired.returncode == 0, repaired.stderr
    search = next(c for c in _doctor(data)["checks"] if c["name"] == "search")
    assert search["ok"] and search["checked"] == 10, (json.dumps(search), repaired.stdout, repaired.stderr)
