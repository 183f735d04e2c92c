"""Operations: Prometheus metrics at /metrics, a request id on every request and log line, JSON logs."""

from __future__ import annotations

import contextvars
import json
import logging
import time
import uuid
from collections.abc import Iterator

from fastapi import FastAPI, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from memory.embedding.batching import BatchingEmbedder

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


def configure_logging(level: str, fmt: str) -> None:
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(
        JsonFormatter()
        if fmt == "json"
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)


class _StateCollector(Collector):
    """Queue depth, outbox depth and worker counters, read when Prometheus scrapes."""

    def __init__(self, app: FastAPI) -> None:
        self._app = app

    def collect(self) -> Iterator[GaugeMetricFamily]:
        services = getattr(self._app.state, "services", None)
        if services is None:
            return
        jobs = GaugeMetricFamily("tacit_jobs", "Jobs by state", labels=["state"])
        for state, n in sorted(services.queue.depth().items()):
            jobs.add_metric([state], n)
        yield jobs
        yield GaugeMetricFamily(
            "tacit_outbox_pending", "Index changes not yet applied", value=services.store.outbox.pending()
        )
        embedder = services.__dict__.get("embedder")  # the batching embedder: passes / calls is the mean batch size
        if isinstance(embedder, BatchingEmbedder):
            yield GaugeMetricFamily(
                "tacit_embed_passes", "Forward passes of batched embedding calls", value=embedder.passes
            )
            yield GaugeMetricFamily("tacit_embed_calls", "Embedding calls those passes served", value=embedder.calls)
        for part in ("recall", "worker"):  # counts since start, of the services this process has built
            built = services.__dict__.get(part)
            if built is not None:
                for name, value in built.stats.items():
                    yield GaugeMetricFamily(
                        f"tacit_{part}_{name}", f"{part.title()} {name.replace('_', ' ')} since start", value=value
                    )


class Observe:
    """A request id on every request (``x-request-id``, taken from the caller or made) and in every log line, and
    the request counter and latency histogram. A pure ASGI middleware: Starlette's ``BaseHTTPMiddleware`` (what
    ``@app.middleware("http")`` builds) runs every request through a task group and memory streams, which cost
    more Python than some whole requests here."""

    def __init__(self, app: ASGIApp, requests: Counter, latency: Histogram) -> None:
        self.app = app
        self._requests = requests
        self._latency = latency

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = _header(scope, b"x-request-id") or uuid.uuid4().hex[:16]
        token = request_id.set(rid)
        start = time.perf_counter()
        status = 500  # what is counted when the app fails before it answers (the server then sends a 500)

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                # replaces any the app set (the proxy relays the upstream's own x-request-id)
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() != b"x-request-id"]
                message["headers"] = [*headers, (b"x-request-id", rid.encode("latin-1"))]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            request_id.reset(token)
            matched = scope.get("route")  # set by the router once it picked a route
            route = str(getattr(matched, "path", "unmatched"))
            self._requests.labels(scope["method"], route, str(status)).inc()
            self._latency.labels(route).observe(time.perf_counter() - start)


def _header(scope: Scope, name: bytes) -> str | None:
    value: bytes | None = dict(scope.get("headers", ())).get(name)  # names come lower-cased from the server
    return value.decode("latin-1") if value is not None else None


def install(app: FastAPI) -> None:
    registry = CollectorRegistry()
    requests = Counter("tacit_http_requests", "HTTP requests", ["method", "route", "status"], registry=registry)
    latency = Histogram(
        "tacit_http_request_seconds",
        "HTTP request latency",
        ["route"],
        registry=registry,
        buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    )
    registry.register(_StateCollector(app))

    app.add_middleware(Observe, requests=requests, latency=latency)

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
