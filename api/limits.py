"""Request body size limit, as a pure ASGI middleware (it never buffers a response, so the proxy's
server-sent events still stream).

A request whose ``Content-Length`` is over the limit is refused with 413 before its body is read; a body
without one (chunked, streamed) is counted as it arrives and refused with 413 as soon as it passes the limit.
The limit is ``TACIT_LIMITS__MAX_BODY_BYTES``; the import route has its own, ``TACIT_LIMITS__MAX_IMPORT_BYTES``
(whichever is larger applies there, and the route checks its own too).
"""

from __future__ import annotations

import re

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_body
from memory.settings import LimitSettings

IMPORT_PATH = re.compile(r"^/v1/users/[^/]+/import/?$")
_DEFAULTS = LimitSettings()


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` when a streamed body passes the limit. An HTTPException, so FastAPI's body
    parsing lets it through to the handler below instead of calling it a parsing error."""

    def __init__(self, limit: int, setting: str) -> None:
        self.limit = limit
        self.setting = setting
        super().__init__(
            status_code=413,
            detail=f"the request body is larger than the limit of {limit} bytes (TACIT_LIMITS__{setting})",
        )


def _too_large(exc: BodyTooLarge) -> JSONResponse:
    return JSONResponse(error_body("too_large", str(exc.detail), "body"), status_code=413)


async def _handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, BodyTooLarge)
    return _too_large(exc)


def _limits(scope: Scope) -> LimitSettings:
    app = scope.get("app")
    services = getattr(getattr(app, "state", None), "services", None)
    return services.settings.limits if services is not None else _DEFAULTS


def limit_for(path: str, limits: LimitSettings) -> tuple[int, str]:
    """The body limit of a path, with the name of the setting that sets it."""
    if IMPORT_PATH.match(path) and limits.max_import_bytes > limits.max_body_bytes:
        return limits.max_import_bytes, "MAX_IMPORT_BYTES"
    return limits.max_body_bytes, "MAX_BODY_BYTES"


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else None
    return None


class BodyLimit:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, setting = limit_for(scope.get("path", ""), _limits(scope))
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _too_large(BodyTooLarge(limit, setting))(scope, receive, send)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit, setting)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge as exc:  # raised outside a route (the handler takes those): answer here
            if started:
                raise
            await _too_large(exc)(scope, receive, send)


def install(app: FastAPI) -> None:
    app.add_exception_handler(BodyTooLarge, _handler)
    app.add_middleware(BodyLimit)
