"""Operations: Prometheus metrics at /metrics, a request id on every request and log line, JSON logs."""

from __future__ import annotations

import contextvars
import json
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator

from fastapi import FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

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
        parts = getattr(self._app.state, "parts", None)
        if parts is None:
            return
        jobs = GaugeMetricFamily("tacit_jobs", "Jobs by state", labels=["state"])
        for state, n in sorted(parts.queue.depth().items()):
            jobs.add_metric([state], n)
        yield jobs
        yield GaugeMetricFamily(
            "tacit_outbox_pending", "Index changes not yet applied", value=parts.store.outbox.pending()
        )
        for part in ("recall", "worker"):  # counts since start, of the parts this process has built
            built = parts.__dict__.get(part)
            if built is not None:
                for name, value in built.stats.items():
                    yield GaugeMetricFamily(
                        f"tacit_{part}_{name}", f"{part.title()} {name.replace('_', ' ')} since start", value=value
                    )


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

    @app.middleware("http")
    async def observe(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        rid = request.headers.get("x-request-id") or uuid.uuid4().hex[:16]
        token = request_id.set(rid)
        start = time.perf_counter()
        try:
            response = await call_next(request)
        finally:
            request_id.reset(token)
        matched = request.scope.get("route")  # set by the router once it picked a route
        route = str(getattr(matched, "path", "unmatched"))
        requests.labels(request.method, route, str(response.status_code)).inc()
        latency.labels(route).observe(time.perf_counter() - start)
        response.headers["x-request-id"] = rid
        return response

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
