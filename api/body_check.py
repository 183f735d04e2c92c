"""Bodies that can't be stored are refused at the edge, before any route (the proxy's included) sees them: a
JSON string with a lone UTF-16 surrogate escape (``"\\ud83d"``), a NUL character, or a number JSON can't carry
(``NaN``, ``Infinity``, ``1e999``) answers 422 naming the field. Such a value, once stored, made every later read
of its row fail, so one request could break a user's export or a tenant's user list for good.

A pure ASGI middleware installed inside the body-size limit (which still counts what is read here). It reads the
body once, checks it, and hands the same bytes on; responses pass through untouched (the proxy streams).
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_body
from memory.hygiene import body_problem

_WITH_BODY = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class BodyCheck:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in _WITH_BODY:
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client left before its body arrived: nothing to answer
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        problem = body_problem(body)
        if problem is not None:
            field, reason = problem
            message_text = f"{field} is refused: {reason}; send valid Unicode text and finite numbers"
            await JSONResponse(error_body("invalid_text", message_text, field), status_code=422)(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: the disconnect, when it comes

        await self.app(scope, replay, send)


def install(app: FastAPI) -> None:
    app.add_middleware(BodyCheck)
