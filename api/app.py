"""The FastAPI application. Everything is built in :func:`create_app` and its lifespan, nothing at import."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

from agents import heap
from agents.services import Services
from api import body_check, docs_page, errors, guard, limits, observability, ratelimit
from api.proxy import router as proxy
from api.routers import admin, health, learning, memories, people, recall, users
from api.routers import edits as edit_routes
from api.routers import feedback as feedback_routes
from api.ui import router as ui
from memory.db.migrate import pending
from memory.errors import ConfigError
from memory.settings import Settings, get_settings

log = logging.getLogger("tacit.api")

OUTBOX_INTERVAL_S = 15.0


async def _outbox_loop(services: Services, interval: float) -> None:
    """Re-apply index changes that failed after their SQL commit (the index was down, say)."""
    while True:
        await asyncio.sleep(interval)
        try:
            if await asyncio.to_thread(services.store.outbox.pending):
                result = await asyncio.to_thread(services.store.outbox.drain)
                log.info("outbox: applied %d, deferred %d", result.applied, result.failed)
        except Exception:
            log.exception("outbox drain failed; will retry")


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    """Build the app. ``services`` lets tests hand in ready-made services (a shared embedder, a temp data dir)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        p = services or Services(settings or get_settings())
        if await asyncio.to_thread(pending, p.engine):
            raise ConfigError(
                "the database schema is behind this version of tacit; run `tacit migrate`",
                "TACIT_DATABASE_URL",
            )
        app.state.services = p
        if p.settings.auth.mode == "off" or (p.settings.auth.mode == "auto" and not p.keys.any_created()):
            log.warning("API keys are not required: every request is tenant 'default' (fine on 127.0.0.1 only)")
        # built now: a missing relevance model or a reranker with no LLM behind it stops the start, not a request
        log.info("recall: candidates chosen by recall.rerank=%s", p.reranker.name)
        # the services handlers receive scoped to a tenant, built now on a thread (not on the loop, on first use)
        await asyncio.to_thread(lambda: (p.store, p.recall, p.log, p.edits, p.feedback, p.profiles, p.transfer))
        if p.settings.llm.offline_reader == "learned":  # its weights load now: a missing file stops the start
            await asyncio.to_thread(lambda: p.extractor)
        # The embedding model and the category prototypes load now rather than on the first request (seconds).
        await asyncio.to_thread(p.warm)
        repaired = await asyncio.to_thread(p.store.outbox.drain)
        if repaired.applied or repaired.failed:
            log.info("start-up repair: %d index changes applied, %d deferred", repaired.applied, repaired.failed)
        up = p.settings.upstream
        app.state.http = httpx.AsyncClient(timeout=httpx.Timeout(up.timeout_s, connect=10.0))
        task = asyncio.create_task(_outbox_loop(p, OUTBOX_INTERVAL_S))
        if p.settings.worker.in_process:
            p.worker.start()
        if services is None:  # a process that owns its services: `tacit serve`, not a test handing its own in
            heap.tune_for_serving()
        try:
            yield
        finally:
            observer = getattr(app.state, "observer", None)  # the proxy's observations still running
            if observer is not None:
                await observer.drain()
            if p.settings.worker.in_process:
                await asyncio.to_thread(p.worker.stop)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await app.state.http.aclose()
            if services is None:
                p.close()

    app = FastAPI(
        title="tacit",
        version="0.1.0",
        summary="Memory and profile service for chat assistants.",
        lifespan=lifespan,
        docs_url=None,  # FastAPI's pages load Swagger UI / ReDoc from a CDN: docs_page serves it from the package
        redoc_url=None,
    )
    docs_page.install(app)
    errors.install(app)
    # innermost first: the body check, the body limit, then the rate limit, then metrics and request ids around all
    body_check.install(app)
    limits.install(app)
    ratelimit.install(app)
    guard.install(app)  # Host, Origin and JSON content type checks (api/guard.py), outside the rate limit
    observability.install(app)
    v1 = errors.documented(401, 403, 404, 409, 413, 415, 421, 429, 503)  # the errors any /v1 route may answer
    app.include_router(health.router)
    app.include_router(users.router, responses=v1)
    app.include_router(memories.router, responses=v1)
    app.include_router(learning.router, responses=v1)
    app.include_router(edit_routes.router, responses=v1)
    app.include_router(feedback_routes.router, responses=v1)
    app.include_router(recall.router, responses=v1)
    app.include_router(people.router, responses=v1)
    app.include_router(admin.router, responses=v1)
    app.include_router(ui.router)
    relayed = errors.documented(400, 401, 403, 413, 415, 421, 422, 429, 502, 504)
    relayed[200] = {"content": {"text/event-stream": {}}, "description": "The upstream's answer, as it sent it"}
    app.include_router(proxy.router, responses=relayed)
    return app
