"""`Idempotency-Key` on POST /v1/users/{id}/messages: a retry stores nothing new and answers with the same job."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from agents.services import Services
from harness.procs import Server, cli
from memory.db.tables import JobRow, MessageRow

TURNS = {"turns": [{"role": "user", "content": "I love jazz."}, {"role": "assistant", "content": "Noted!"}]}


def _counts(parts: Services) -> tuple[int, int]:
    with parts.sessions() as s:
        messages = s.scalar(select(func.count()).select_from(MessageRow)) or 0
        jobs = s.scalar(select(func.count()).select_from(JobRow)) or 0
    return messages, jobs


def test_a_retry_with_the_same_key_stores_nothing_and_answers_the_same_job(client: TestClient, parts: Services) -> None:
    first = client.post("/v1/users/u/messages", json=TURNS, headers={"Idempotency-Key": "k-1"})
    assert first.status_code == 202, first.text
    assert first.json()["replayed"] is False and "Idempotent-Replayed" not in first.headers
    again = client.post("/v1/users/u/messages", json=TURNS, headers={"Idempotency-Key": "k-1"})
    assert again.status_code == 202, again.text
    assert again.headers["Idempotent-Replayed"] == "true"
    body = again.json()
    assert body["replayed"] is True
    assert (body["job_id"], body["message_ids"]) == (first.json()["job_id"], first.json()["message_ids"])
    assert _counts(parts) == (2, 1)

    # a new key, no key, or the same key for another user: stored
    assert (
        client.post("/v1/users/u/messages", json=TURNS, headers={"Idempotency-Key": "k-2"}).json()["replayed"] is False
    )
    assert client.post("/v1/users/u/messages", json=TURNS).status_code == 202
    other = client.post("/v1/users/v/messages", json=TURNS, headers={"Idempotency-Key": "k-1"})
    assert other.status_code == 202 and other.json()["replayed"] is False
    assert other.json()["job_id"] != first.json()["job_id"]
    assert _counts(parts) == (8, 4)
    assert [m.content for m in parts.log.list("u")].count("I love jazz.") == 3

    # ?wait=true on a retry processes (or reports) the first call's job
    waited = client.post("/v1/users/u/messages?wait=true", json=TURNS, headers={"Idempotency-Key": "k-1"})
    assert waited.status_code == 200 and waited.json()["job"]["id"] == first.json()["job_id"]
    assert waited.json()["job"]["state"] == "done"
    assert _counts(parts) == (8, 4)


def test_the_same_key_for_other_turns_is_a_conflict(client: TestClient, parts: Services) -> None:
    assert client.post("/v1/users/u/messages", json=TURNS, headers={"Idempotency-Key": "k"}).status_code == 202
    other = {"turns": [{"role": "user", "content": "I love opera."}]}
    r = client.post("/v1/users/u/messages", json=other, headers={"Idempotency-Key": "k"})
    assert r.status_code == 409, r.text
    assert "Idempotency-Key" in r.text
    assert _counts(parts) == (2, 1)


def test_a_bad_key_is_a_422_naming_the_header(client: TestClient, parts: Services) -> None:
    for key in (b"x" * 201, "café".encode(), b"tab\there", b"del\x7f"):
        r = client.post("/v1/users/u/messages", json=TURNS, headers={"Idempotency-Key": key})  # type: ignore[dict-item]
        assert r.status_code == 422, (key, r.text)
        assert "Idempotency-Key" in r.text, r.text
    assert client.post("/v1/users/u/messages", json=TURNS, headers={"Idempotency-Key": "x" * 200}).status_code == 202
    assert _counts(parts) == (2, 1)


def test_two_identical_requests_at_once_store_one_batch(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    server = Server(data, TACIT_WORKER__IN_PROCESS="false")
    try:
        answers: list[httpx.Response] = []
        go = threading.Barrier(8)

        def post(key: str) -> None:
            with httpx.Client(base_url=server.url, timeout=60) as c:
                go.wait()
                answers.append(c.post("/v1/users/racer/messages", json=TURNS, headers={"Idempotency-Key": key}))

        threads = [threading.Thread(target=post, args=(f"key-{i % 2}",)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(a.status_code for a in answers) == [202] * 8, [a.text for a in answers]
        jobs = {a.json()["job_id"] for a in answers}
        assert len(jobs) == 2  # one per key
        assert sum(not a.json()["replayed"] for a in answers) == 2
        exported = httpx.get(f"{server.url}/v1/users/racer/export", params={"messages": "true"}).json()
        assert len(exported["messages"]) == 4, exported["messages"]  # two turns per key, once each
    finally:
        assert server.stop() in (0, -signal.SIGTERM)
