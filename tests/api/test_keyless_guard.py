"""Key-less mode (no API key created, on loopback) against a hostile web page in the user's browser: a
DNS-rebinding page, cross-site form posts and fetches, CORS preflights, and a page creating the first key.
The app here runs with the default host allow-list and is called as http://127.0.0.1:8420 (the test session
otherwise allows Starlette's ``testserver`` too, see tests/conftest.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from agents.services import Services
from api.app import create_app
from api.guard import host_name
from memory.keys import NewKey
from memory.settings import SecuritySettings
from memory.store.schemas import NewUser

LOCAL = "http://127.0.0.1:8420"
EVIL = "https://evil.example"
CATS = json.dumps({"text": "Is allergic to cats", "kind": "constraint", "pinned": True})
CHAT = {"model": "m", "messages": [{"role": "user", "content": "Remember: I am allergic to cats."}]}


def app_with(parts: Services, security: SecuritySettings | None = None) -> TestClient:
    parts.settings.security = security or SecuritySettings()  # this test's own parts
    return TestClient(create_app(services=parts), base_url=LOCAL)


@pytest.fixture
def local(parts: Services) -> Iterator[TestClient]:
    """tacit with the default settings, no key created, and user ana."""
    parts.store.create_user(NewUser(id="ana"))
    with app_with(parts) as c:
        yield c


def memories_of(client: TestClient, user: str) -> list[str]:
    return [m["text"] for m in client.get(f"/v1/users/{user}/memories").json()["items"]]


def test_a_dns_rebinding_page_is_refused(local: TestClient) -> None:
    for host in ("127.0.0.1:8420", "localhost:8420", "LOCALHOST", "[::1]:8420", "localhost."):
        assert local.get("/v1/users", headers={"host": host}).status_code == 200, host
    for host in ("evil.example:8420", "evil.example", "127.0.0.1.evil.example", "localhost.evil.example:8420"):
        r = local.get("/v1/users", headers={"host": host})
        assert r.status_code == 421, host
        assert "TACIT_SECURITY__ALLOWED_HOSTS" in r.json()["error"]["message"]
        assert "ana" not in r.text
    assert local.get("/ui", headers={"host": "evil.example"}).status_code == 421  # the web page too


def test_the_allow_list_is_a_setting(parts: Services) -> None:
    with app_with(parts, SecuritySettings(allowed_hosts="tacit.lan, ::1")) as c:
        assert c.get("/v1/users", headers={"host": "TACIT.LAN:8420"}).status_code == 200
        assert c.get("/v1/users", headers={"host": "[::1]:1"}).status_code == 200
        assert c.get("/v1/users", headers={"host": "127.0.0.1:8420"}).status_code == 421
    with app_with(parts, SecuritySettings(allowed_hosts="*")) as c:
        assert c.get("/v1/users", headers={"host": "anything.example"}).status_code == 200
    assert SecuritySettings().hosts() == {"localhost", "127.0.0.1", "[::1]"}
    assert [host_name(h) for h in ("A.b:1", "[::1]:80", "x.")] == ["a.b", "[::1]", "x"]


def test_once_keys_are_required_any_host_is_served_with_a_key(local: TestClient, parts: Services) -> None:
    key = parts.keys.create(NewKey(tenant="default")).key
    r = local.get("/v1/users", headers={"host": "tacit.example.com", "x-tacit-key": key})
    assert r.status_code == 200 and [u["id"] for u in r.json()["items"]] == ["ana"]
    assert local.get("/v1/users", headers={"host": "tacit.example.com"}).status_code == 401


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"])
def test_a_cross_site_form_cannot_plant_a_memory(local: TestClient, content_type: str) -> None:
    r = local.post("/v1/users/ana/memories", content=CATS, headers={"content-type": content_type})
    assert r.status_code == 415
    assert r.json()["error"]["field"] == "content-type" and "application/json" in r.json()["error"]["message"]
    assert memories_of(local, "ana") == []


def test_a_body_without_a_content_type_is_refused(local: TestClient) -> None:
    # a page's fetch() of a Blob sends no Content-Type and needs no preflight; FastAPI would parse it as JSON
    r = local.post("/v1/users/ana/memories", content=CATS.encode())
    assert r.status_code == 415
    assert memories_of(local, "ana") == []


@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/messages"])
def test_a_cross_site_form_cannot_reach_the_proxy(local: TestClient, path: str) -> None:
    headers = {"content-type": "text/plain", "x-tacit-user": "victim"}
    r = local.post(path, content=json.dumps(CHAT | {"max_tokens": 50, "user": "victim"}), headers=headers)
    assert r.status_code == 415
    assert local.get("/v1/users/victim").status_code == 404  # nothing learned, no user made


def test_json_content_types_pass(local: TestClient) -> None:
    r = local.post("/v1/users/ana/memories", content=CATS, headers={"content-type": "application/json; charset=utf-8"})
    assert r.status_code == 201
    mid = r.json()["id"]
    patch = local.patch(
        f"/v1/users/ana/memories/{mid}",
        content='{"pinned": false}',
        headers={"content-type": "application/merge-patch+json"},
    )
    assert patch.status_code == 200
    assert local.delete(f"/v1/users/ana/memories/{mid}").status_code in (200, 204)  # no body, no Content-Type
    stream = local.post("/v1/chat/completions", json=CHAT | {"stream": True}, headers={"x-tacit-user": "ana"})
    assert stream.status_code == 200 and stream.headers["content-type"].startswith("text/event-stream")


def test_cors_is_closed(local: TestClient) -> None:
    preflight = {
        "origin": EVIL,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
    }
    r = local.options("/v1/users/ana/memories", headers=preflight)
    assert r.status_code == 403
    assert not [h for h in r.headers if h.lower().startswith("access-control-")]
    for path in ("/v1/users", "/ui", "/healthz"):
        assert "access-control-allow-origin" not in local.get(path).headers


def test_requests_from_another_origin_or_site_are_refused(local: TestClient) -> None:
    # a body-less POST needs no Content-Type and no preflight: the Origin gives the page away
    r = local.post("/v1/users", headers={"origin": EVIL})
    assert r.status_code == 403 and r.json()["error"]["code"] == "cross_origin"
    assert local.post("/v1/users", headers={"origin": "null"}).status_code == 403
    assert local.post("/v1/users", headers={"origin": "http://127.0.0.1:3000"}).status_code == 403  # another port
    for site, mode in (("cross-site", "no-cors"), ("same-site", "cors")):
        r = local.get("/v1/users", headers={"sec-fetch-site": site, "sec-fetch-mode": mode})
        assert r.status_code == 403 and r.json()["error"]["code"] == "cross_site"
    created = local.post("/v1/users", json={"id": "bo"}, headers={"origin": LOCAL, "sec-fetch-site": "same-origin"})
    assert created.status_code == 201  # the web page itself
    link = {"sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate"}
    assert local.get("/ui", headers=link).status_code == 200  # a link to the web page from elsewhere still opens it


def test_the_first_key_needs_the_cli(local: TestClient, parts: Services) -> None:
    for body in ({"tenant": "default", "admin": True}, {"tenant": "mallory"}):
        r = local.post("/v1/admin/keys", json=body)
        assert r.status_code == 403 and "tacit keys create" in r.json()["error"]["message"]
    assert local.get("/v1/admin/keys").status_code == 403
    assert parts.keys.list() == []
    assert local.get("/v1/users").status_code == 200  # still open: nobody was locked out
