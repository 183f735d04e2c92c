"""One place that turns errors into HTTP answers: a TacitError keeps its status and message; anything else
becomes a 500 that names a request id and never shows a stack trace."""

from __future__ import annotations

import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from memory.errors import ConfigError, InvalidInput, TacitError

log = logging.getLogger("tacit.api")


def error_body(code: str, message: str, field: str | None = None) -> dict[str, object]:
    body: dict[str, object] = {"code": code, "message": message}
    if field is not None:
        body["field"] = field
    return {"error": body}


async def _tacit_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, TacitError)
    field = exc.field if isinstance(exc, InvalidInput) else None
    if isinstance(exc, ConfigError) or exc.status >= 500:
        log.error("%s: %s", exc.code, exc.message)
    body = error_body(exc.code, exc.message, field)
    problems = getattr(exc, "problems", None)
    if problems:
        body["error"]["problems"] = problems  # type: ignore[index]
    return JSONResponse(body, status_code=exc.status)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    ref = uuid.uuid4().hex[:12]
    log.exception("unhandled error %s on %s %s", ref, request.method, request.url.path, exc_info=exc)
    return JSONResponse(
        error_body("internal", f"internal error (reference {ref}); the server log has the details"),
        status_code=500,
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    """Starlette/FastAPI's own HTTP errors, in tacit's error shape. A body that could not be parsed at all
    (not UTF-8, not JSON) is a 422, like any other body that does not match its schema."""
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and "parsing the body" in str(exc.detail):
        message = (
            "the request body is nested too deeply (arrays or objects hundreds of levels deep)"
            if isinstance(exc.__cause__, RecursionError)
            else "the request body is not valid JSON text (UTF-8)"
        )
        return JSONResponse(error_body("invalid_body", message, "body"), status_code=422)
    return JSONResponse(error_body("http_error", str(exc.detail)), status_code=exc.status_code, headers=exc.headers)


async def _data_error(_request: Request, exc: Exception) -> JSONResponse:
    """The database refused a value (a NUL character, a number out of its range): the input's fault."""
    assert isinstance(exc, DataError)
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else "invalid value"
    log.warning("database refused a value: %s", reason)
    return JSONResponse(
        error_body("invalid_input", f"a value in the request cannot be stored: {reason}"), status_code=422
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(DataError, _data_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(TacitError, _tacit_error)
    app.add_exception_handler(Exception, _unexpected)
