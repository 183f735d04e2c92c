"""The observability middleware on a bare app: request ids in and out, the counters, the embedder's batches."""

from __future__ import annotations

from fastapi import FastAPI, Response
from fastapi.testclient import TestClient

from agents.services import Services
from api import observability
from api.app import create_app
from memory.db.migrate import upgrade
from memory.embedding.batching import BatchingEmbedder
from memory.ports import Embedder
from memory.settings import Settings


def bare_app() -> FastAPI:
    app = FastAPI()
    observability.install(app)

    @app.get("/relayed")
    def relayed() -> Response:  # as the proxy relays an upstream's answer with the upstream's own request id
        return Response("{}", media_type="application/json", headers={"x-request-id": "upstream-id"})

    @app.get("/fails")
    def fails() -> None:
        raise RuntimeError("boom")

    return app


def test_request_ids_replace_any_the_app_set_and_failures_are_counted() -> None:
    with TestClient(bare_app(), raise_server_exceptions=False) as c:
        r = c.get("/relayed", headers={"X-Request-ID": "mine"})
        assert r.headers.get_list("x-request-id") == ["mine"]
        made = c.get("/relayed").headers.get_list("x-request-id")
        assert len(made) == 1 and len(made[0]) == 16 and made[0] != "upstream-id"
        assert c.get("/fails").status_code == 500
        assert c.get("/nowhere").status_code == 404
        text = c.get("/metrics").text
    assert 'tacit_http_requests_total{method="GET",route="/relayed",status="200"} 2.0' in text
    assert 'tacit_http_requests_total{method="GET",route="/fails",status="500"} 1.0' in text
    assert 'tacit_http_requests_total{method="GET",route="unmatched",status="404"} 1.0' in text
    assert 'tacit_http_request_seconds_count{route="/relayed"} 2.0' in text


def test_metrics_show_the_embedders_batches(settings: Settings, embedder: Embedder) -> None:
    upgrade(settings.sqlalchemy_url())
    batching = BatchingEmbedder(embedder)  # as the server builds it
    services = Services(settings, embedder=batching)
    try:
        with TestClient(create_app(services=services)) as c:
            c.post("/v1/users", json={"id": "bea"})
            c.post("/v1/users/bea/memories", json={"text": "Likes green tea"})
            assert c.post("/v1/users/bea/context", json={"query": "What should I drink?"}).status_code == 200
            lines = dict(line.split(" ", 1) for line in c.get("/metrics").text.splitlines() if " " in line)
    finally:
        services.close()
        batching.close()
    assert float(lines["tacit_embed_passes"]) == batching.passes >= 1
    assert float(lines["tacit_embed_calls"]) == batching.calls >= batching.passes
