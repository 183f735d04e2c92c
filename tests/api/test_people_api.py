"""Profile, export and import over HTTP: round trip, merge, dry run, and the import rules."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from agents.llm.base import LLMUnavailable
from agents.llm.scripted import ScriptedLLM
from agents.llm.summary import LLMSummarizer
from agents.services import Services
from api.app import create_app
from memory.db.migrate import upgrade
from memory.settings import Settings, WorkerSettings
from memory.store.schemas import NewMemory, NewUser
from memory.transfer.schema import ExportDocument

pytestmark = pytest.mark.both_backends

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "export-schema.v1.json"


def seed(client: TestClient) -> dict[str, str]:
    client.post("/v1/users", json={"id": "ana", "display_name": "Ana"})
    ids = {}
    for text, cat in [("Is vegetarian", "food"), ("Prefers trains over planes", "travel"), ("Plays chess", "games")]:
        ids[text] = client.post("/v1/users/ana/memories", json={"text": text, "category": cat}).json()["id"]
    client.patch(f"/v1/users/ana/memories/{ids['Plays chess']}", json={"text": "Plays chess online", "pinned": True})
    client.delete(f"/v1/users/ana/memories/{ids['Prefers trains over planes']}")
    return ids


def test_profile_groups_active_items(client: TestClient) -> None:
    seed(client)
    p = client.get("/v1/users/ana/profile").json()
    assert "## food" in p["markdown"] and "Is vegetarian" in p["markdown"]
    assert "trains" not in p["markdown"]  # deleted items are not in the profile
    assert set(p["categories"]) == {"food", "games"}


def test_export_then_import_into_an_empty_instance_round_trips(
    client: TestClient, parts: Services, tmp_path: Path
) -> None:
    ids = seed(client)
    doc = client.get("/v1/users/ana/export").json()
    assert doc["schema"] == "tacit.export" and doc["version"] == 1
    assert len(doc["memories"]) == 3 and {m["status"] for m in doc["memories"]} == {"active", "deleted"}
    history = {m["id"]: [e["type"] for e in m["history"]] for m in doc["memories"]}
    assert history[ids["Plays chess"]] == ["add", "update"]
    search_before = client.post("/v1/users/ana/memories/search", json={"query": "board games"}).json()["hits"]

    other = Settings(data_dir=tmp_path / "other", worker=WorkerSettings(in_process=False))
    upgrade(other.sqlalchemy_url())
    fresh = Services(other, embedder=parts.embedder)
    with TestClient(create_app(services=fresh)) as c2:
        r = c2.post("/v1/users/ana/import", params={"mode": "replace"}, json=doc)
        assert r.status_code == 200 and r.json()["added"] == 3, r.text
        again = c2.get("/v1/users/ana/export").json()
        strip = lambda d: [{k: v for k, v in m.items()} for m in d["memories"]]  # noqa: E731
        assert strip(again) == strip(doc)
        search_after = c2.post("/v1/users/ana/memories/search", json={"query": "board games"}).json()["hits"]
        assert [h["memory"]["id"] for h in search_after] == [h["memory"]["id"] for h in search_before]
        assert c2.get("/v1/users/ana").json()["display_name"] == "Ana"
    fresh.close()


def test_merge_reconciles_and_dry_run_changes_nothing(client: TestClient) -> None:
    seed(client)
    doc = client.get("/v1/users/ana/export").json()
    client.post("/v1/users", json={"id": "bo"})
    client.post("/v1/users/bo/memories", json={"text": "Is a vegetarian"})
    for m in doc["memories"]:
        m["id"] = m["id"][:-4] + "beef"  # new ids: as if from another instance
    dry = client.post("/v1/users/bo/import", params={"dry_run": True}, json=doc).json()
    assert dry == {
        "mode": "merge",
        "dry_run": True,
        "added": 2,
        "merged": 1,
        "unchanged": 0,
        "removed": 0,
        "renamed": 0,
        "messages_not_imported": 0,
    }
    assert len(client.get("/v1/users/bo/memories").json()["items"]) == 1
    real = client.post("/v1/users/bo/import", json=doc).json()
    assert real["merged"] == 1 and real["added"] == 2
    items = client.get("/v1/users/bo/memories").json()["items"]
    veg = [m for m in items if "vegetarian" in m["text"]]
    assert len(veg) == 1  # merged, not duplicated
    events = client.get(f"/v1/users/bo/memories/{veg[0]['id']}/history").json()
    assert [(e["type"], e["actor"]) for e in events] == [("add", "api"), ("reinforce", "import")]
    assert events[-1]["before"]["seen_count"] == 1 and events[-1]["after"]["seen_count"] == 2


def test_an_import_without_history_starts_each_items_history(client: TestClient) -> None:
    seed(client)
    doc = client.get("/v1/users/ana/export").json()
    for m in doc["memories"]:
        m["id"], m["history"] = m["id"][:-4] + "beef", []  # written by hand or by another tool
    r = client.post("/v1/users/cy/import", json=doc)
    assert r.status_code == 200 and r.json()["added"] == len(doc["memories"]), r.text
    for m in doc["memories"]:
        events = client.get(f"/v1/users/cy/memories/{m['id']}/history").json()
        assert [(e["type"], e["actor"], e["before"]) for e in events] == [("add", "import", None)]


def test_bad_imports_are_refused_whole(client: TestClient) -> None:
    seed(client)
    doc = client.get("/v1/users/ana/export").json()
    wrong = {**copy.deepcopy(doc), "version": 2}
    del wrong["memories"][0]["text"]
    r = client.post("/v1/users/bo/import", json=wrong)
    problems = r.json()["error"]["problems"]
    assert r.status_code == 422
    assert any("version" in p for p in problems) and any("memories.0.text" in p for p in problems)
    assert client.get("/v1/users/bo").status_code == 404  # nothing written
    r = client.post("/v1/users/bo/import", content=b"x" * 20_000_001, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "20000000" in r.json()["error"]["message"]


def test_one_accounts_export_imports_into_another_under_new_ids(client: TestClient) -> None:
    ids = seed(client)
    doc = client.get("/v1/users/ana/export").json()
    chess, veg = ids["Plays chess"], ids["Is vegetarian"]
    for m in doc["memories"]:  # written by hand: one item superseded by another, both in the document
        if m["id"] == veg:
            m["superseded_by"], m["status"] = chess, "superseded"
            m["history"][-1]["after"] = {**(m["history"][-1]["after"] or {}), "superseded_by": chess}
    before = client.get("/v1/users/ana/export").json()["memories"]

    r = client.post("/v1/users/bo/import", json=doc)
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 3 and r.json()["renamed"] == 3
    bo = {m["text"]: m for m in client.get("/v1/users/bo/export").json()["memories"]}
    assert not set(ids.values()) & {m["id"] for m in bo.values()}  # ana's ids stay ana's
    assert bo["Is vegetarian"]["superseded_by"] == bo["Plays chess online"]["id"]  # the reference followed
    assert bo["Is vegetarian"]["history"][-1]["after"]["superseded_by"] == bo["Plays chess online"]["id"]
    for m in bo.values():  # every item addressable under its new id, with its history
        assert client.get(f"/v1/users/bo/memories/{m['id']}").status_code == 200
        assert len(client.get(f"/v1/users/bo/memories/{m['id']}/history").json()) == len(m["history"])
    assert client.get("/v1/users/ana/export").json()["memories"] == before  # ana untouched

    again = client.post("/v1/users/bo/import", json=doc).json()  # the same new ids: nothing twice
    assert (again["unchanged"], again["added"], again["renamed"]) == (3, 0, 3)
    assert len(client.get("/v1/users/bo/export").json()["memories"]) == 3
    # ana's own document back into ana keeps every id
    own = client.post("/v1/users/ana/import", json=client.get("/v1/users/ana/export").json()).json()
    assert (own["unchanged"], own["renamed"]) == (3, 0)


def test_markdown_export_and_published_schema(client: TestClient) -> None:
    seed(client)
    r = client.get("/v1/users/ana/export", params={"format": "markdown"})
    assert r.headers["content-type"].startswith("text/markdown") and "Is vegetarian" in r.text
    published = json.loads(SCHEMA_FILE.read_text())
    assert published == ExportDocument.model_json_schema(by_alias=True), "regenerate docs/export-schema.v1.json"


def test_profile_puts_what_sets_a_user_apart_first(client: TestClient, parts: Services) -> None:
    for user, texts in {"ann": ["I like coffee", "I keep bees on my roof"], "bo": ["I like coffee"]}.items():
        client.post("/v1/users", json={"id": user})
        for text in texts:
            client.post(f"/v1/users/{user}/memories", json={"text": text, "category": "me", "confidence": 0.9})
    other = parts.store.for_tenant("acme")  # another tenant's user with the same text changes nothing
    other.create_user(NewUser(id="cy"))
    other.add("cy", NewMemory(text="I keep bees on my roof", category="me"))
    p = client.get("/v1/users/ann/profile").json()
    assert [(m["text"], m["distinctiveness"] > 0.5) for m in p["categories"]["me"]] == [
        ("I keep bees on my roof", True),
        ("I like coffee", False),
    ]
    assert p["summary"] is None and p["summary_stale"] is False  # offline: no summary


def test_profile_summary_from_the_configured_llm(parts: Services) -> None:
    llm = ScriptedLLM({"summary": "Ana is vegetarian and plays chess online."})
    services = Services(parts.settings, embedder=parts.embedder, index=parts.index, summarizer=LLMSummarizer(llm))
    with TestClient(create_app(services=services)) as c:
        seed(c)
        first = c.get("/v1/users/ana/profile").json()
        assert first["summary"] == "Ana is vegetarian and plays chess online." and not first["summary_stale"]
        assert first["markdown"].split("\n")[2] == first["summary"]
        assert c.get("/v1/users/ana/profile").json()["summary"] == first["summary"]
        assert len(llm.requests) == 1  # unchanged items: the stored summary, no second call
        c.post("/v1/users/ana/memories", json={"text": "Speaks Portuguese", "category": "languages"})
        llm.enqueue(LLMUnavailable("could not reach the anthropic API"))
        r = c.get("/v1/users/ana/profile")
        assert r.status_code == 200 and "Speaks Portuguese" in r.json()["markdown"]
        assert r.json()["summary"] == first["summary"] and r.json()["summary_stale"] is True
    services.close()
