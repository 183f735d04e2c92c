"""A local stand-in for the Anthropic Messages API (``POST /v1/messages``).

Answers are shaped like recorded API responses: ``msg_...`` / ``toolu_...`` ids, the request's model
echoed, ``usage`` with input/output and cache token counts, ``stop_reason``, and a ``request-id`` header.
When the request has ``"stream": true`` a queued message is sent as the real event sequence instead:
``message_start``, ``content_block_start``, ``ping``, ``content_block_delta`` (``text_delta`` or
``input_json_delta``), ``content_block_stop``, ``message_delta``, ``message_stop``.

    with AnthropicStub() as stub:
        stub.queue_tool_use({"memories": []})
        client = anthropic.Anthropic(api_key="k", base_url=stub.base_url)
        ...
        assert stub.last.json["model"] == "claude-sonnet-5-5"
"""

from __future__ import annotations

import copy
import json
import secrets
import string
from collections.abc import Callable
from typing import Any

from harness.stubs.server import RecordedRequest, SSEEvent, StubReply, StubServer, chunks

_B62 = string.ascii_letters + string.digits

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    529: "overloaded_error",
}


def new_id(prefix: str) -> str:
    """An id in the API's style: ``msg_01`` / ``toolu_01`` / ``req_011C`` followed by base62 characters."""
    return prefix + "".join(secrets.choice(_B62) for _ in range(22))


def message_events(message: dict[str, Any], piece: int = 16) -> list[SSEEvent]:
    """The stream the API sends for ``message`` (text and JSON cut into ``piece``-character deltas)."""
    usage = message["usage"]
    start = copy.deepcopy(message)
    start.update(content=[], stop_reason=None, stop_sequence=None)
    start["usage"] = {**usage, "output_tokens": 1}
    events = [SSEEvent({"type": "message_start", "message": start}, "message_start")]
    for index, block in enumerate(message["content"]):
        if block["type"] == "tool_use":
            empty: dict[str, Any] = {**block, "input": {}}
            deltas = [{"type": "input_json_delta", "partial_json": ""}] + [
                {"type": "input_json_delta", "partial_json": p} for p in chunks(json.dumps(block["input"]), piece)
            ]
        else:
            empty = {**block, "text": ""}
            deltas = [{"type": "text_delta", "text": p} for p in chunks(block["text"], piece)]
        events.append(
            SSEEvent({"type": "content_block_start", "index": index, "content_block": empty}, "content_block_start")
        )
        if index == 0:
            events.append(SSEEvent({"type": "ping"}, "ping"))
        events += [
            SSEEvent({"type": "content_block_delta", "index": index, "delta": d}, "content_block_delta") for d in deltas
        ]
        events.append(SSEEvent({"type": "content_block_stop", "index": index}, "content_block_stop"))
    events.append(
        SSEEvent(
            {
                "type": "message_delta",
                "delta": {"stop_reason": message["stop_reason"], "stop_sequence": message["stop_sequence"]},
                "usage": {"output_tokens": usage["output_tokens"]},
            },
            "message_delta",
        )
    )
    events.append(SSEEvent({"type": "message_stop"}, "message_stop"))
    return events


def _forced_tool(request: RecordedRequest) -> str:
    body = request.json or {}
    choice = body.get("tool_choice") or {}
    if choice.get("type") == "tool":
        return str(choice["name"])
    tools = body.get("tools") or []
    return str(tools[0]["name"]) if tools else "answer"


class AnthropicStub(StubServer):
    """The Messages API on 127.0.0.1. Give :attr:`base_url` to the SDK (it appends ``/v1/messages``).

    Queue answers with :meth:`queue_tool_use`, :meth:`queue_text`, :meth:`queue_message` or
    :meth:`queue_error`; each serves one request, as JSON or as an event stream as the request asks.
    """

    routes = frozenset({("POST", "/v1/messages")})

    @property
    def base_url(self) -> str:
        return self.root_url

    def _error_body(self, status: int, message: str) -> Any:
        return {
            "type": "error",
            "error": {"type": ERROR_TYPES.get(status, "api_error"), "message": message},
            "request_id": new_id("req_011C"),
        }

    def queue_message(
        self,
        content: list[dict[str, Any]] | Callable[[RecordedRequest], list[dict[str, Any]]],
        *,
        stop_reason: str = "end_turn",
        input_tokens: int = 412,
        output_tokens: int = 57,
        model: str | None = None,
        delay_s: float = 0.0,
        event_delay_s: float = 0.0,
    ) -> None:
        """Queue a message with these content blocks (or a function of the request returning them);
        ``tool_use`` blocks without ``id`` get one. ``model`` None echoes the request's model."""

        def reply(request: RecordedRequest) -> StubReply:
            body = request.json or {}
            blocks = content(request) if callable(content) else content
            message = {
                "id": new_id("msg_01"),
                "type": "message",
                "role": "assistant",
                "model": model or body.get("model", "claude-sonnet-5-5"),
                "content": [
                    {"id": new_id("toolu_01"), **b} if b.get("type") == "tool_use" and "id" not in b else b
                    for b in blocks
                ],
                "stop_reason": stop_reason,
                "stop_sequence": None,
                "usage": {
                    "input_tokens": input_tokens,
                    "cache_creation_input_tokens": 0,
                    "cache_read_input_tokens": 0,
                    "output_tokens": output_tokens,
                    "service_tier": "standard",
                },
            }
            headers = {"request-id": new_id("req_011C"), "anthropic-organization-id": "00000000-stub"}
            if body.get("stream"):
                events = message_events(message)
                return StubReply(headers=headers, delay_s=delay_s, events=events, event_delay_s=event_delay_s)
            return StubReply(body=message, headers=headers, delay_s=delay_s)

        self.enqueue(reply)

    def queue_tool_use(self, tool_input: Any, *, name: str | None = None, **kwargs: Any) -> None:
        """Queue a tool call answering with ``tool_input`` (stop_reason ``tool_use``); ``name`` None uses the
        tool the request forced via ``tool_choice`` (or its first tool). Other arguments as
        :meth:`queue_message`."""

        def blocks(request: RecordedRequest) -> list[dict[str, Any]]:
            return [{"type": "tool_use", "name": name or _forced_tool(request), "input": tool_input}]

        self.queue_message(blocks, stop_reason=kwargs.pop("stop_reason", "tool_use"), **kwargs)

    def queue_text(self, text: str, **kwargs: Any) -> None:
        """Queue a plain text answer (a model that did not call the tool)."""
        self.queue_message([{"type": "text", "text": text}], **kwargs)

    def queue_error(self, status: int, message: str, *, error_type: str | None = None, delay_s: float = 0.0) -> None:
        """Queue an error answer in the API's shape; 429 and 529 also carry ``retry-after``."""
        body = self._error_body(status, message)
        if error_type:
            body["error"]["type"] = error_type
        headers = {"request-id": body["request_id"]}
        if status in (429, 529):
            headers["retry-after"] = "7"
        self.enqueue(StubReply(status=status, body=body, headers=headers, delay_s=delay_s))
