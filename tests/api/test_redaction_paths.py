"""Every write path redacts secrets, over HTTP on the real stack (SQLite, Chroma, the embedding model): the
message log, memory text, context, subject and evidence on add, PATCH of text and context, import, and the
learning path (a statement about a secret is never learned, so never injected)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from agents.extract.types import Candidate
from agents.services import Services
from api.app import create_app
from memory.learn.jobs import JobState
from memory.types import MemoryKind
from tests.fakes import ScriptedExtractor

# The findings of issue 12, and what must not survive of each
FINDINGS = {
    "my passphrase is correct horse battery staple": ["correct horse battery staple", "horse battery"],
    "The password for my laptop is Summer2024!": ["Summer2024"],
    "pw: Tr1cky$Pass": ["Tr1cky$Pass"],
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY": ["wJalrXUtnFEMI"],
    "AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY": ["AKIAIOSFODNN7", "wJalrXUtnFEMI"],
    "mein Passwort ist geheim123": ["geheim123"],
    "card 4111 1111 1111 1111 exp 09/27 cvv 123": ["4111 1111", "09/27", "cvv 123"],
}
SECRETS = [s for values in FINDINGS.values() for s in values]


def leaked(payload: Any) -> list[str]:
    text = json.dumps(payload, ensure_ascii=False)
    return [s for s in SECRETS if s in text]


@pytest.fixture
def ana(client: TestClient) -> TestClient:
    assert client.post("/v1/users", json={"id": "ana"}).status_code == 201
    return client


def test_the_message_log_keeps_none_of_the_findings(ana: TestClient) -> None:
    turns = [{"role": "user", "content": text} for text in FINDINGS]
    assert ana.post("/v1/users/ana/messages", json={"turns": turns}).status_code == 202
    doc = ana.get("/v1/users/ana/export", params={"messages": True}).json()
    contents = [m["content"] for m in doc["messages"]]
    assert len(contents) == len(FINDINGS) and all("[redacted]" in c for c in contents)
    assert leaked(contents) == []


def test_memory_add_redacts_context_subject_and_evidence(ana: TestClient) -> None:
    body = {
        "text": "Works from the home office",
        "context": "when the wifi password is Summer2024!",
        "subject": "pw: Tr1cky$Pass",
        "evidence": [{"quote": "mein Passwort ist geheim123"}],
    }
    r = ana.post("/v1/users/ana/memories", json=body)
    assert r.status_code == 201, r.text
    m = r.json()
    assert m["context"] == "when the wifi password is [redacted]"
    assert leaked(m) == [] and leaked(ana.get(f"/v1/users/ana/memories/{m['id']}").json()) == []
    assert leaked(ana.get(f"/v1/users/ana/memories/{m['id']}/history").json()) == []
    hits = ana.post("/v1/users/ana/memories/search", json={"query": "Summer2024 home office wifi"}).json()["hits"]
    assert hits and leaked(hits) == []


def test_patch_redacts_text_and_context(ana: TestClient) -> None:
    m = ana.post("/v1/users/ana/memories", json={"text": "Uses a laptop for work"}).json()
    r = ana.patch(
        f"/v1/users/ana/memories/{m['id']}",
        json={"text": "The password for my laptop is Summer2024!", "context": "pw: Tr1cky$Pass"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["text"] == "The password for my laptop is [redacted]"
    assert r.json()["context"] == "pw: [redacted]"
    r = ana.patch(f"/v1/users/ana/memories/{m['id']}", json={"context": "exp 09/27 cvv 123 on my card"})
    assert r.status_code == 200 and r.json()["context"] == "exp [redacted] cvv [redacted] on my card"
    assert leaked(ana.get(f"/v1/users/ana/memories/{m['id']}/history").json()) == []
    assert leaked(ana.get("/v1/users/ana/export").json()) == []


def test_import_redacts_text_context_evidence_history_and_messages(ana: TestClient) -> None:
    ana.post("/v1/users/ana/memories", json={"text": "Plays chess", "evidence": [{"quote": "I play chess"}]})
    doc = ana.get("/v1/users/ana/export").json()
    [m] = doc["memories"]
    m["id"] = m["id"][:-4] + "beef"  # as if from another instance
    m["text"] = "Plays chess; my passphrase is correct horse battery staple"
    m["context"] = "The password for my laptop is Summer2024!"
    m["evidence"] = [{"quote": "pw: Tr1cky$Pass"}]
    m["history"][0]["after"] = {"text": "mein Passwort ist geheim123", "evidence": [{"quote": "cvv 123"}]}
    doc["messages"] = [
        {"id": 1, "role": "user", "content": "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
         "created_at": m["created_at"]}
    ]  # fmt: skip
    assert leaked(doc)
    r = ana.post("/v1/users/bo/import", params={"mode": "replace"}, json=doc)
    assert r.status_code == 200, r.text and r.json()["added"] == 1
    stored = ana.get("/v1/users/bo/export", params={"messages": True}).json()
    [item] = stored["memories"]
    assert item["text"] == "Plays chess; my passphrase is [redacted]"
    assert item["context"] == "The password for my laptop is [redacted]"
    assert leaked(stored) == [] and leaked(ana.get(f"/v1/users/bo/memories/{item['id']}/history").json()) == []


@pytest.fixture
def scripted() -> ScriptedExtractor:
    return ScriptedExtractor()


@pytest.fixture
def learning(parts: Services, scripted: ScriptedExtractor) -> Iterator[tuple[Services, TestClient]]:
    svc = Services(parts.settings, embedder=parts.embedder, index=parts.index, extractor=scripted)
    with TestClient(create_app(services=svc)) as c:
        yield svc, c
    svc.close()


def test_a_statement_about_a_secret_is_never_learned_nor_injected(
    learning: tuple[Services, TestClient], scripted: ScriptedExtractor
) -> None:
    """The extractor (as an LLM might) proposes the secret itself, a preference whose context carries one, and
    a plain preference: only the plain one is learned, and the prompt prefix never holds the secret."""
    svc, c = learning
    scripted.enqueue(
        [
            Candidate(text="Their passphrase is correct horse battery staple", kind=MemoryKind.fact),
            Candidate(text="Likes jazz", kind=MemoryKind.preference, context="pw: Tr1cky$Pass"),
            Candidate(text="Listens to jazz while working", kind=MemoryKind.preference),
        ]
    )
    text = "My passphrase is correct horse battery staple. I love jazz, I listen to it while working."
    r = c.post("/v1/users/ana/messages", json={"turns": [{"role": "user", "content": text}]})
    assert r.status_code == 202
    assert svc.worker.wait_for(r.json()["job_id"], "default").state == JobState.done
    [(turns, _)] = scripted.calls  # what the extractor was shown was redacted already
    assert "horse" not in turns[0].content and "[redacted]" in turns[0].content
    items = c.get("/v1/users/ana/memories").json()["items"]
    assert [m["text"] for m in items] == ["Listens to jazz while working"]
    ctx = c.post("/v1/users/ana/context", json={"query": "what is my passphrase? and music?"}).json()
    assert "jazz" in ctx["prefix"] and leaked(ctx) == [] and "passphrase" not in ctx["prefix"]
