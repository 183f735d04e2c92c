"""API keys and tenants: every request is scoped to its key's tenant, and nothing crosses tenants."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from agents.services import Services
from harness.procs import cli
from memory.keys import KeyService, NeedsRead, NewKey

pytestmark = pytest.mark.both_backends

# routes that create what they don't find (a new user has no memories yet): they must answer without
# revealing anything of another tenant's user of the same name, and leave that user's data alone
CREATE_ON_SIGHT = {
    ("post", "/v1/users/{user_id}/messages"),
    ("post", "/v1/users/{user_id}/context"),
    ("post", "/v1/users/{user_id}/import"),
    ("post", "/v1/users/{user_id}/edits"),
}
BODIES: dict[tuple[str, str], object] = {
    ("post", "/v1/users/{user_id}/memories"): {"text": "Sneaky"},
    ("patch", "/v1/users/{user_id}/memories/{memory_id}"): {"text": "Sneaky"},
    ("post", "/v1/users/{user_id}/memories/search"): {"query": "chess"},
    ("post", "/v1/users/{user_id}/messages"): {"turns": [{"role": "user", "content": "I like chess."}]},
    ("post", "/v1/users/{user_id}/context"): {"query": "chess"},
    ("post", "/v1/users/{user_id}/edits"): {"draft": "Dear Bob, ...", "edited": "Hi Bob"},
    ("post", "/v1/users/{user_id}/feedback"): {"message_id": 1, "rating": "down"},
}


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def test_keys_are_required_once_one_exists(client: TestClient, parts: Services) -> None:
    assert client.get("/v1/users").status_code == 200  # no key yet: auth is off on loopback
    key = parts.keys.create(NewKey(tenant="acme")).key
    r = client.get("/v1/users")
    assert r.status_code == 401 and "tacit keys create" in r.json()["error"]["message"]
    assert client.get("/v1/users", headers=auth("tk_wrong")).status_code == 401
    assert client.get("/v1/users", headers=auth(key)).status_code == 200
    assert client.get("/v1/users", headers={"X-Tacit-Key": key}).status_code == 200
    assert client.get("/healthz").status_code == 200  # probes stay open
    [listed] = parts.keys.list()
    assert key not in json.dumps(listed.model_dump(mode="json"))  # only a prefix and the hash are kept
    parts.keys.revoke(listed.id)
    assert client.get("/v1/users", headers=auth(key)).status_code == 401


def test_a_cached_only_lookup_answers_from_the_caches_or_says_it_must_read(parts: Services) -> None:
    keys = KeyService(parts.sessions)  # its caches cold
    with pytest.raises(NeedsRead):
        keys.any_created(cached_only=True)
    created = keys.create(NewKey(tenant="acme"))
    assert keys.any_created(cached_only=True) is True  # what this process created it knows
    with pytest.raises(NeedsRead):
        keys.verify(created.key, cached_only=True)
    assert (found := keys.verify(created.key)) is not None and found.tenant == "acme"  # read, then cached
    assert (cached := keys.verify(created.key, cached_only=True)) is not None and cached.tenant == "acme"
    assert keys.verify("tk_wrong") is None and keys.verify("tk_wrong", cached_only=True) is None


def test_admin_scope(client: TestClient, parts: Services) -> None:
    admin = parts.keys.create(NewKey(tenant="ops", admin=True)).key
    user = parts.keys.create(NewKey(tenant="ops")).key
    assert client.post("/v1/admin/keys", json={"tenant": "ops"}, headers=auth(user)).status_code == 403
    assert client.get("/v1/admin/keys", headers=auth(user)).status_code == 403
    r = client.post("/v1/admin/keys", json={"tenant": "ops", "name": "ci"}, headers=auth(admin))
    assert r.status_code == 201 and r.json()["key"].startswith("tk_") and not r.json()["operator"]
    assert client.get("/v1/users", headers=auth(r.json()["key"])).status_code == 200
    assert client.delete(f"/v1/admin/keys/{r.json()['id']}", headers=auth(admin)).status_code == 200
    assert client.get("/v1/users", headers=auth(r.json()["key"])).status_code == 401


def test_an_admin_key_manages_only_its_own_tenant(client: TestClient, parts: Services) -> None:
    admin_a = parts.keys.create(NewKey(tenant="a", admin=True)).key
    key_b = parts.keys.create(NewKey(tenant="b", name="b's app"))
    listed = client.get("/v1/admin/keys", headers=auth(admin_a)).json()
    assert {k["tenant"] for k in listed} == {"a"}
    r = client.post("/v1/admin/keys", json={"tenant": "b", "admin": True}, headers=auth(admin_a))
    assert r.status_code == 403 and "--operator" in r.json()["error"]["message"]
    revoked = client.delete(f"/v1/admin/keys/{key_b.id}", headers=auth(admin_a))
    assert revoked.status_code == 404
    assert client.get("/v1/users", headers=auth(key_b.key)).status_code == 200  # b's key still works
    assert sorted((k.tenant, k.revoked_at) for k in parts.keys.list()) == [("a", None), ("b", None)]  # none made


def test_an_operator_key_manages_every_tenant(client: TestClient, parts: Services) -> None:
    operator = parts.keys.create(NewKey(tenant="ops"), operator=True)
    assert operator.operator and operator.admin
    key_b = parts.keys.create(NewKey(tenant="b"))
    created = client.post("/v1/admin/keys", json={"tenant": "c", "operator": True}, headers=auth(operator.key))
    assert created.status_code == 201 and created.json()["tenant"] == "c"
    assert not created.json()["operator"]  # only the CLI makes operator keys
    assert client.get("/v1/users", headers=auth(created.json()["key"])).status_code == 200
    listed = client.get("/v1/admin/keys", headers=auth(operator.key)).json()
    assert {k["tenant"] for k in listed} == {"ops", "b", "c"}
    assert client.delete(f"/v1/admin/keys/{key_b.id}", headers=auth(operator.key)).status_code == 200
    assert client.get("/v1/users", headers=auth(key_b.key)).status_code == 401


def test_the_cli_creates_operator_keys(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    made = cli(data, "keys", "create", "--tenant", "ops", "--operator")
    assert made.returncode == 0 and made.stdout.startswith("tk_") and "operator" in made.stderr
    [key] = json.loads(cli(data, "keys", "list").stdout)
    assert (key["tenant"], key["admin"], key["operator"]) == ("ops", True, True)


def test_no_route_lets_tenant_a_see_tenant_b(client: TestClient, parts: Services) -> None:
    key_a = parts.keys.create(NewKey(tenant="a")).key
    key_b = parts.keys.create(NewKey(tenant="b")).key
    hb = auth(key_b)
    assert client.post("/v1/users", json={"id": "bob"}, headers=hb).status_code == 201
    mem = client.post("/v1/users/bob/memories", json={"text": "Plays chess on Sundays"}, headers=hb).json()
    job = client.post("/v1/users/bob/messages", json={"turns": [{"role": "user", "content": "I like go."}]}, headers=hb)
    ids = {"user_id": "bob", "memory_id": mem["id"], "job_id": job.json()["job_id"]}
    before = client.get("/v1/users/bob/export", headers=hb).json()["memories"]

    paths = client.get("/openapi.json").json()["paths"]
    routes = [
        (m, p)
        for p, methods in paths.items()
        if p.startswith("/v1/") and not p.startswith("/v1/admin") and "{" in p
        for m in methods
    ]
    routes.sort(key=lambda r: r in CREATE_ON_SIGHT)  # those create the name in tenant a: run them last
    walked = 0
    for method, path in routes:
        url = re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], path)
        body = BODIES.get((method, path))
        if (method, path) == ("post", "/v1/users/{user_id}/import"):
            body = {**client.get("/v1/users/bob/export", headers=hb).json()}
        r = client.request(method.upper(), url, json=body, headers=auth(key_a))
        walked += 1
        if (method, path) in CREATE_ON_SIGHT:
            assert r.status_code in (200, 202, 422), (method, path, r.status_code)
            assert mem["id"] not in r.text or r.status_code == 422, (method, path)
            assert "Plays chess" not in r.text or r.status_code == 422, (method, path)
        else:
            assert r.status_code == 404, (method, path, r.status_code, r.text)
    assert walked >= 14
    after = client.get("/v1/users/bob/export", headers=hb).json()["memories"]
    assert after == before  # tenant a changed nothing of tenant b's
    assert [u["id"] for u in client.get("/v1/users", headers=auth(key_a)).json()["items"]] in ([], ["bob"])
