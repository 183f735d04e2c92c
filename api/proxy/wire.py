"""The two wire formats: where the user id is, how the prefix goes into the system prompt, what the
conversation's turns and the answer's text are. Pure functions over the JSON bodies."""

from __future__ import annotations

import json
from typing import Any, Literal

Flavor = Literal["openai", "anthropic"]


def user_id(body: dict[str, Any], header: str | None, flavor: Flavor) -> str | None:
    if header:
        return header
    if flavor == "openai":
        value = body.get("user")
    else:
        meta = body.get("metadata")
        value = meta.get("user_id") if isinstance(meta, dict) else None
    return value if isinstance(value, str) and value else None


def text_of(content: Any) -> str:
    """Text of a message's content: a string, or a list of parts/blocks with text."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def turns(body: dict[str, Any]) -> list[dict[str, str]]:
    """The conversation as role/content pairs (system prompts left out: they are not the user's words)."""
    out: list[dict[str, str]] = []
    for m in body.get("messages") or []:
        if isinstance(m, dict) and m.get("role") in ("user", "assistant"):
            text = text_of(m.get("content"))
            if text.strip():
                out.append({"role": m["role"], "content": text})
    return out


def inject(body: dict[str, Any], prefix: str, flavor: Flavor) -> dict[str, Any]:
    """A copy of the request with the prefix at the start of the system prompt."""
    if not prefix:
        return body
    out = dict(body)
    if flavor == "anthropic":
        system = body.get("system")
        if isinstance(system, list):
            out["system"] = [{"type": "text", "text": prefix}, *system]
        elif isinstance(system, str) and system:
            out["system"] = f"{prefix}\n{system}"
        else:
            out["system"] = prefix
        return out
    messages = list(body.get("messages") or [])
    first = messages[0] if messages and isinstance(messages[0], dict) else None
    if first is not None and first.get("role") in ("system", "developer"):
        content = first.get("content")
        if isinstance(content, list):
            merged: Any = [{"type": "text", "text": prefix}, *content]
        else:
            merged = f"{prefix}\n{content or ''}".rstrip("\n") + ("\n" if not content else "")
        messages[0] = {**first, "content": merged}
    else:
        messages.insert(0, {"role": "system", "content": prefix})
    out["messages"] = messages
    return out


def answer_text(payload: bytes, flavor: Flavor, streamed: bool) -> str:
    """The assistant's text from a complete response body, or from the concatenated SSE stream."""
    try:
        if not streamed:
            data = json.loads(payload)
            if flavor == "openai":
                return str(data["choices"][0]["message"].get("content") or "")
            return "".join(b.get("text", "") for b in data.get("content", []) if b.get("type") == "text")
        parts: list[str] = []
        for line in payload.decode("utf-8", "replace").splitlines():
            if not line.startswith("data:"):
                continue
            raw = line[5:].strip()
            if not raw or raw == "[DONE]":
                continue
            event = json.loads(raw)
            if flavor == "openai":
                for choice in event.get("choices", []):
                    parts.append((choice.get("delta") or {}).get("content") or "")
            elif event.get("type") == "content_block_delta":
                parts.append((event.get("delta") or {}).get("text") or "")
        return "".join(parts)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return ""


def stream_error(flavor: Flavor, message: str, relayed: bytes | bytearray = b"") -> bytes:
    """The last event of a stream the upstream broke off: an error event in the flavor's own format (the
    SDKs raise on it). ``relayed``: what went out so far; a half-sent event is closed off first."""
    lead = b"\n\n" if relayed and not bytes(relayed).endswith(b"\n\n") else b""
    if flavor == "openai":
        error = {"error": {"message": message, "type": "upstream_error", "code": "upstream_stream_broken"}}
        return lead + f"data: {json.dumps(error)}\n\n".encode()
    event = {"type": "error", "error": {"type": "api_error", "message": message}}
    return lead + f"event: error\ndata: {json.dumps(event)}\n\n".encode()
