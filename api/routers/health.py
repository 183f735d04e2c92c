"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from api.deps import ServicesDep
from memory.db.migrate import pending
from memory.errors import TacitError

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness: the process answers")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: database at the newest schema and the vector index reachable")
def readyz(services: ServicesDep) -> JSONResponse:
    checks: dict[str, str] = {}
    try:
        with services.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        checks["database"] = "behind: run `tacit migrate`" if pending(services.engine) else "ok"
    except Exception as exc:
        checks["database"] = f"unavailable: {type(exc).__name__}"
    try:
        services.index.ping()
        checks["vector_index"] = "ok"
    except TacitError as exc:
        checks["vector_index"] = exc.message
    outbox = services.store.outbox.pending() if checks["database"] == "ok" else -1
    ok = all(v == "ok" for v in checks.values())
    body = {"status": "ready" if ok else "unready", "checks": checks, "outbox_pending": outbox}
    return JSONResponse(body, status_code=200 if ok else 503)
