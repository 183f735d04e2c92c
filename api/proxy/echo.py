"""The offline echo model: the embedded default upstream. It answers in the caller's wire format with what
tacit injected, so `make run` shows the whole loop with no key and no network."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

from memory.wire import Flavor, text_of

MODEL = "tacit-echo"


def _reply_text(body: dict[str, Any], flavor: Flavor) -> str:
    if flavor == "anthropic":
        system = text_of(body.get("system")) if not isinstance(body.get("system"), str) else body["system"]
    else:
        msgs = body.get("messages") or []
        system = text_of(msgs[0].get("content")) if msgs and msgs[0].get("role") in ("system", "developer") else ""
    last = next(
        (text_of(m.get("content")) for m in reversed(body.get("messages") or []) if m.get("role") == "user"), ""
    )
    injected = system.split("</user_memory>")[0] + "</user_memory>" if "<user_memory>" in system else "(nothing)"
    return f"[tacit echo: no upstream model is configured]\nInjected memory:\n{injected}\nYou said: {last}"


def _sse(event: str | None, data: dict[str, Any] | str) -> bytes:
    payload = data if isinstance(data, str) else json.dumps(data)
    return (f"event: {event}\n" if event else "").encode() + f"data: {payload}\n\n".encode()


def respond(body: dict[str, Any], flavor: Flavor) -> dict[str, Any]:
    text = _reply_text(body, flavor)
    if flavor == "anthropic":
        return {
            "id": f"msg_echo_{uuid.uuid4().hex[:20]}",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0},
        }
    return {
        "id": f"chatcmpl-echo{uuid.uuid4().hex[:20]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": MODEL,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def stream(body: dict[str, Any], flavor: Flavor) -> Iterator[bytes]:
    full = respond(body, flavor)
    text = _reply_text(body, flavor)
    pieces = [text[i : i + 40] for i in range(0, len(text), 40)]
    if flavor == "anthropic":
        start = {**full, "content": [], "stop_reason": None}
        yield _sse("message_start", {"type": "message_start", "message": start})
        yield _sse(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        )
        for p in pieces:
            yield _sse(
                "content_block_delta",
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}},
            )
        yield _sse("content_block_stop", {"type": "content_block_stop", "index": 0})
        yield _sse(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": 0},
            },
        )
        yield _sse("message_stop", {"type": "message_stop"})
        return
    base = {"id": full["id"], "object": "chat.completion.chunk", "created": full["created"], "model": MODEL}
    yield _sse(
        None, {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}
    )
    for p in pieces:
        yield _sse(None, {**base, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]})
    yield _sse(None, {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    yield _sse(None, "[DONE]")
