"""One place that turns errors into HTTP answers: a TacitError keeps its status and message; anything else
becomes a 500 that names a request id and never shows a stack trace."""

from __future__ import annotations

import logging
import math
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DataError, StatementError
from starlette.exceptions import HTTPException as StarletteHTTPException

from memory.errors import ConfigError, InvalidInput, TacitError

log = logging.getLogger("tacit.api")


class ErrorDetail(BaseModel):
    code: str
    message: str
    field: str | None = None
    problems: list[str] | None = None


class ErrorBody(BaseModel):
    """Every error tacit answers with (validation errors of the request's shape keep FastAPI's ``detail``)."""

    error: ErrorDetail


_MEANING = {
    400: "The body is not JSON, or names no user (proxy)",
    401: "No API key, or an unknown or revoked one",
    403: "The key lacks the admin scope, or (without keys) a request from another origin or site",
    404: "No such user, memory, job or key (in this key's tenant)",
    409: "Conflicts with the current state (an existing id, a changed version, a job not failed)",
    422: "The body is JSON but not a valid request (proxy)",
    415: "A state-changing request whose body is not declared as JSON (Content-Type: application/json)",
    421: "Without API keys: a Host outside TACIT_SECURITY__ALLOWED_HOSTS (a DNS-rebinding page)",
    413: "The request body is over the limit (TACIT_LIMITS__MAX_BODY_BYTES or MAX_IMPORT_BYTES)",
    429: "Over this key's rate limit (TACIT_LIMITS__RATE_PER_S); retry after Retry-After seconds",
    502: "The upstream model could not be reached",
    503: "The vector index is unavailable",
    504: "The upstream model did not answer in time",
}


def documented(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these error statuses, all in the shape of :class:`ErrorBody`."""
    out: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        out[code] = {"model": ErrorBody, "description": _MEANING[code]}
        if code == 429:
            retry = {"description": "Seconds until a request is allowed again", "schema": {"type": "integer"}}
            out[code]["headers"] = {"Retry-After": retry}
    return out


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


async def _bad_value(_request: Request, exc: Exception) -> JSONResponse:
    """The database refused a value (a NUL character, a number or a date out of its range): the input's
    fault. Any other database error is unexpected."""
    assert isinstance(exc, StatementError)
    if not isinstance(exc, DataError) and not isinstance(exc.orig, OverflowError):
        raise exc  # on to the handler of unexpected errors (a 500 with a reference)
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else "invalid value"
    log.warning("database refused a value: %s", reason)
    return JSONResponse(
        error_body("invalid_input", f"a value in the request cannot be stored: {reason}"), status_code=422
    )


def _printable(value: Any, depth: int = 0) -> Any:
    """``value`` with what JSON can't carry made visible: a non-finite number as its name, a lone surrogate
    escaped, nesting past 16 levels cut. The input echoed in a validation error must never turn the 422 into
    a 500."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if depth >= 16 and isinstance(value, dict | list | tuple):
        return "..."
    if isinstance(value, dict):
        return {_printable(k, depth + 1): _printable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_printable(v, depth + 1) for v in value]
    return value


async def _invalid_request(_request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's 422 for a request that does not match its schema (``detail``: one entry per problem)."""
    assert isinstance(exc, RequestValidationError)
    return JSONResponse({"detail": _printable(jsonable_encoder(exc.errors()))}, status_code=422)


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(StatementError, _bad_value)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(TacitError, _tacit_error)
    app.add_exception_handler(Exception, _unexpected)
