"""Input that used to poison a tenant or reach a 500 (issue 12, findings 1, 2 and 8), on the real stack:
lone surrogates and non-finite numbers refused at the edge on every route, values already stored found and
repaired by the doctor, one user-id rule at every entry point, PATCH traps, and CLI commands on an
unmigrated store."""

from __future__ import annotations

import json
from pathlib import Path

import openai
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from agents.services import Services
from harness.procs import cli
from memory.doctor import doctor
from memory.errors import InvalidInput
from tacit import Memory, wrap

JSON = {"content-type": "application/json"}
SURROGATE = '"\\ud83d"'  # JSON text of a lone high surrogate
# (route, body template with {v} where the bad value goes): every body-taking route, the proxy's included
ROUTES = [
    ("POST", "/v1/users", '{"id": "eve", "metadata": {"emoji": {v}}}'),
    ("POST", "/v1/users", '{"id": "eve", "display_name": {v}}'),
    ("POST", "/v1/users/ana/memories", '{"text": "Likes tea", "context": {v}}'),
    ("POST", "/v1/users/ana/memories/search", '{"query": {v}}'),
    ("POST", "/v1/users/ana/messages", '{"turns": [{"role": "user", "content": "hi", "metadata": {"m": {v}}}]}'),
    ("POST", "/v1/users/ana/context", '{"query": {v}}'),
    ("POST", "/v1/chat/completions", '{"user": "ana", "messages": [{"role": "user", "content": {v}}]}'),
    ("POST", "/v1/messages", '{"metadata": {"user_id": "ana"}, "messages": [{"role": "user", "content": {v}}]}'),
]


def _users(client: TestClient) -> list[str]:
    r = client.get("/v1/users")
    assert r.status_code == 200, r.text
    return [u["id"] for u in r.json()["items"]]


@pytest.mark.parametrize(("method", "path", "body"), ROUTES, ids=[f"{m} {p}" for m, p, _ in ROUTES])
def test_a_lone_surrogate_is_refused_naming_the_field_and_nothing_is_stored(
    client: TestClient, method: str, path: str, body: str
) -> None:
    r = client.request(method, path, content=body.replace("{v}", SURROGATE).encode(), headers=JSON)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "invalid_text"
    assert "surrogate" in error["message"] and error["field"] in error["message"]
    assert _users(client) == []  # no user committed on the way (POST /v1/users used to commit, then 500)


def test_an_escaped_backslash_is_not_a_surrogate(client: TestClient) -> None:
    r = client.post("/v1/users", content=b'{"id": "eve", "metadata": {"path": "C:\\\\ud83d"}}', headers=JSON)
    assert r.status_code == 201, r.text
    assert client.get("/v1/users/eve").json()["metadata"] == {"path": "C:\\ud83d"}


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_refused(client: TestClient, number: str) -> None:
    r = client.post("/v1/users/ana/context", content=f'{{"query": "tea?", "budget_tokens": {number}}}', headers=JSON)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["field"] == "budget_tokens"
    r = client.post("/v1/users", content=f'{{"id": "eve", "metadata": {{"n": {number}}}}}', headers=JSON)
    assert r.status_code == 422 and r.json()["error"]["field"] == "metadata.n"
    assert _users(client) == []


def test_a_value_stored_before_the_edge_check_is_found_and_repaired(client: TestClient, parts: Services) -> None:
    assert client.post("/v1/users", json={"id": "eve"}).status_code == 201
    client.post("/v1/users", json={"id": "bob"})
    with parts.engine.begin() as conn:  # what an older tacit let through: the escape, kept in the JSON text
        conn.execute(text("UPDATE users SET metadata = :m WHERE external_id = 'eve'"), {"m": '{"e": "x\\ud83d"}'})
    report = doctor(parts)
    text_check = report.check("text")
    assert not report.healthy and text_check.problems == 1
    assert "default/eve" in text_check.examples[0] and "users.metadata.e" in text_check.examples[0]

    fixed = doctor(parts, fix=True)
    assert fixed.healthy and fixed.check("text").ok, fixed.to_dict()
    assert any("users.metadata" in line for line in fixed.repairs)
    assert _users(client) == ["bob", "eve"]
    assert client.get("/v1/users/eve").json()["metadata"] == {"e": "x\ufffd"}


@pytest.mark.parametrize("user", ["John Smith", "../admin", "x" * 5000, "", "ana/../bob", "é"])
def test_the_proxy_refuses_ids_the_api_would_refuse(client: TestClient, user: str) -> None:
    body = {"user": user, "messages": [{"role": "user", "content": "I am vegetarian."}]}
    r = client.post("/v1/chat/completions", json=body)
    assert r.status_code in (400, 422), r.text
    header = client.post(
        "/v1/messages",
        json={"messages": [{"role": "user", "content": "I am vegetarian."}], "max_tokens": 10},
        headers={"X-Tacit-User": user.encode()} if user else {},
    )
    assert header.status_code in (400, 422), header.text
    if user:
        assert "letters, digits" in r.json()["error"]["message"]
    assert _users(client) == []  # nothing learned for an id nobody could then view, export or erase


def test_an_email_with_a_plus_is_one_id_everywhere(client: TestClient) -> None:
    user = "john+x@example.com"
    body = {"user": user, "messages": [{"role": "user", "content": "I am vegetarian."}]}
    assert client.post("/v1/chat/completions", json=body).status_code == 200
    assert client.post(f"/v1/users/{user}/memories", json={"text": "Likes tea"}).status_code == 201
    assert client.get(f"/v1/users/{user}/export").status_code == 200
    assert client.delete(f"/v1/users/{user}").status_code in (200, 204)


def test_in_process_entry_points_apply_the_same_rule(parts: Services) -> None:
    memory = Memory(services=parts, worker=False)
    with pytest.raises(InvalidInput, match="not a user id"):
        memory.observe("John Smith", [{"role": "user", "content": "I am vegetarian."}])
    with pytest.raises(InvalidInput, match="not a user id"):
        parts.store.ensure_user("../admin")
    with pytest.raises(InvalidInput, match="not a user id"):
        wrap(openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9"), user_id="John Smith", memory=memory)
    wrapped = wrap(
        openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9", max_retries=0), user_id="ana", memory=memory
    )
    with pytest.raises(InvalidInput, match="tacit_user_id"):
        wrapped.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": "hi"}],
            tacit_user_id="a b",  # type: ignore[call-overload]
        )
    assert parts.store.list_users().items == []


def test_patch_traps(client: TestClient) -> None:
    client.post("/v1/users", json={"id": "ana"})
    made = client.post("/v1/users/ana/memories", json={"text": "Likes tea", "context": "at work"}).json()
    path = f"/v1/users/ana/memories/{made['id']}"
    for field in ("text", "kind", "category", "context", "confidence", "pinned"):
        r = client.patch(path, json={field: None})
        assert r.status_code == 422, (field, r.text)
        assert f"{field} cannot be null" in r.text
    empty = client.patch(path, json={})
    assert empty.status_code == 422 and "changes nothing" in empty.json()["error"]["message"]
    same = client.patch(path, json={"text": "Likes tea", "context": "at work"})
    assert same.status_code == 200
    after = client.get(path).json()
    assert after["version"] == made["version"] and after["human_edited"] is False  # learning may still refine it
    assert len(client.get(f"{path}/history").json()) == 1  # only its creation
    changed = client.patch(path, json={"context": "at home"})
    assert changed.status_code == 200 and changed.json()["human_edited"] is True


def test_cli_commands_on_an_unmigrated_store_say_to_migrate(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for args in (["users", "list"], ["memories", "list", "ana"], ["export", "ana"], ["doctor"], ["keys", "list"]):
        done = cli(data, *args)
        assert done.returncode != 0, args
        assert "tacit migrate" in done.stderr and "Traceback" not in done.stderr, (args, done.stderr[-500:])
        assert len(done.stderr.strip().splitlines()) == 1, (args, done.stderr)
    assert cli(data, "migrate").returncode == 0
    listed = cli(data, "users", "list", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout)["items"] == []
