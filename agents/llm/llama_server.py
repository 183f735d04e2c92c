"""llama.cpp's OpenAI-compatible server (``llama_cpp.server``), accepting OpenAI's structured-output form.

llama-cpp-python's server takes a JSON schema as ``response_format={"type": "json_object", "schema": S}`` and
refuses OpenAI's ``{"type": "json_schema", "json_schema": {"schema": S}}`` with a 500, while that second form
is what tacit's OpenAI-compatible provider sends and what vLLM, Ollama, LM Studio and llama.cpp's own
``llama-server`` accept. :class:`StructuredOutputForm` wraps the server's app and rewrites the second form into
the first (the server then turns the schema into a grammar, so the answer always parses), so the served model
speaks the standard form and tacit needs no provider code of its own for it.

Run by :class:`agents.llm.local_server.LocalServer`: ``python -m agents.llm.llama_server <llama_cpp.server args>``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ROUTES = ("/v1/chat/completions", "/v1/completions")


def rewritten(body: bytes) -> bytes:
    """The request body with a ``json_schema`` response format in llama-cpp-python's form (else unchanged)."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    fmt = data.get("response_format") if isinstance(data, dict) else None
    if not isinstance(fmt, dict) or fmt.get("type") != "json_schema":
        return body
    spec = fmt.get("json_schema")
    schema = spec.get("schema") if isinstance(spec, dict) else None
    data["response_format"] = {"type": "json_object", **({"schema": schema} if isinstance(schema, dict) else {})}
    return json.dumps(data).encode()


class StructuredOutputForm:
    """ASGI middleware: rewrites the ``response_format`` of chat and text completion requests."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST" or scope.get("path") not in ROUTES:
            await self.app(scope, receive, send)
            return
        chunks = []
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away before sending its body
                await self.app(scope, _first(message, receive), send)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = rewritten(b"".join(chunks))
        headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"content-length"]
        scope = {**scope, "headers": [*headers, (b"content-length", str(len(body)).encode())]}
        await self.app(scope, _first({"type": "http.request", "body": body, "more_body": False}, receive), send)


def _first(message: Message, receive: Receive) -> Receive:
    """A receive that gives ``message`` first, then whatever the client sends next (a disconnect)."""
    given = False

    async def inner() -> Message:
        nonlocal given
        if not given:
            given = True
            return message
        return await receive()

    return inner


def main() -> None:  # pragma: no cover - runs in the server's own process
    import argparse

    import uvicorn
    from llama_cpp.server.app import create_app
    from llama_cpp.server.cli import add_args_from_model
    from llama_cpp.server.settings import ModelSettings, ServerSettings, Settings

    from agents.lifetime import die_with_parent

    die_with_parent()  # a SIGKILLed `tacit llm serve` (or test) must not leave the model server running
    parser = argparse.ArgumentParser(description="llama.cpp's OpenAI-compatible server, for tacit")
    add_args_from_model(parser, Settings)
    given = {k: v for k, v in vars(parser.parse_args()).items() if v is not None}
    server = ServerSettings(**{k: v for k, v in given.items() if k in ServerSettings.model_fields})
    model = ModelSettings(**{k: v for k, v in given.items() if k in ModelSettings.model_fields})
    app = create_app(server_settings=server, model_settings=[model])
    uvicorn.run(StructuredOutputForm(app), host=server.host, port=server.port, log_level="warning")


if __name__ == "__main__":
    main()
