"""The page's routes, without a browser: what is served, with which headers, and what is not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api import errors
from api.ui.router import STATIC, router, static_files


@pytest.fixture
def client() -> Iterator[TestClient]:
    app = FastAPI()
    errors.install(app)
    app.include_router(router)
    with TestClient(app) as c:
        yield c


def test_files_are_found_next_to_the_module() -> None:
    assert STATIC.is_absolute() and STATIC.parent.name == "ui"
    assert {"index.html", "app.js", "api.js", "dom.js", "app.css"} <= set(static_files())


def test_index_and_static_files(client: TestClient) -> None:
    r = client.get("/ui")
    assert r.status_code == 200 and r.headers["content-type"] == "text/html; charset=utf-8"
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert '<script type="module" src="ui/static/app.js">' in r.text
    assert client.get("/ui/").url.path == "/ui"  # the trailing slash redirects, so relative paths resolve
    for name, media in [("app.js", "text/javascript"), ("api.js", "text/javascript"), ("app.css", "text/css")]:
        r = client.get(f"/ui/static/{name}")
        assert r.status_code == 200 and r.headers["content-type"].startswith(media), name


def test_only_the_shipped_files_are_served(client: TestClient) -> None:
    for path in ["/ui/static/nope.js", "/ui/static/router.py", "/ui/static/..%2Frouter.py", "/ui/static/%2e%2e"]:
        r = client.get(path)
        assert r.status_code == 404, path
    assert "error" in client.get("/ui/static/nope.js").json()


def test_no_data_reaches_the_page_as_markup() -> None:
    """The XSS rule, checked in the source too: data goes in as text, never as HTML."""
    for name in ["app.js", "api.js", "dom.js"]:
        source = (STATIC / name).read_text()
        for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("]:
            assert sink not in source, f"{name} uses {sink}"
