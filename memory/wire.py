"""The chat wire formats, in one place: the Anthropic Messages API and OpenAI chat completions, as the proxy
receives them (JSON bodies), as the in-process wrapper sees them (SDK keyword arguments, SDK response objects,
LangChain messages) and as both hand them on. Where the user id is, what the conversation's turns are, how the
memory prefix goes into the system prompt, what the answer's text is. Pure functions; nothing here mutates its
input, and nothing here imports anything but the standard library.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypedDict

Flavor = Literal["anthropic", "openai"]

#: Longest turn tacit accepts (the message log refuses longer ones; the wrappers and the proxy cut them).
MAX_TURN_CHARS = 32_000
#: Turns of a conversation recall is given (it reads the last few anyway).
MAX_CONTEXT_TURNS = 40

_ROLES = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}


class Turn(TypedDict):
    """One conversation turn in tacit's plain form."""

    role: str
    content: str


# -- reading ------------------------------------------------------------------------------------------------
def field(obj: Any, name: str, default: Any = None) -> Any:
    """``obj[name]`` for mappings, ``obj.name`` for objects (SDK models, LangChain messages)."""
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def text_of(content: Any) -> str:
    """The text of a message's content: a string, or the text parts/blocks of a list (images, tool calls and
    tool results are left out)."""
    if isinstance(content, str):
        return content
    if isinstance(content, Iterable) and not isinstance(content, bytes | Mapping):
        texts = (field(part, "text") if field(part, "type", "text") == "text" else None for part in content)
        return "\n".join(t for t in texts if isinstance(t, str) and t)
    return ""


def role_of(message: Any) -> str | None:
    """``user`` or ``assistant`` (LangChain's ``human``/``ai`` included); None for system, tool and others."""
    raw = field(message, "role") or field(message, "type")
    return _ROLES.get(raw) if isinstance(raw, str) else None


def _turn(role: str, text: str) -> Turn:
    return {"role": role, "content": text[:MAX_TURN_CHARS]}


def conversation(messages: Iterable[Any]) -> list[Turn]:
    """The user and assistant turns that have text, oldest first (at most the last ``MAX_CONTEXT_TURNS``).
    System prompts are left out: they are not the user's words."""
    out: list[Turn] = []
    for m in messages:
        role = role_of(m)
        text = text_of(field(m, "content"))
        if role is not None and text.strip():
            out.append(_turn(role, text))
    return out[-MAX_CONTEXT_TURNS:]


def new_user_turns(messages: Iterable[Any]) -> list[Turn]:
    """The user turns after the last assistant turn: what the user said in this request. Empty when the
    request continues a tool loop (its trailing "user" turns carry tool results, not words)."""
    found: list[Turn] = []
    for m in reversed(list(messages)):
        role = role_of(m)
        if role == "assistant":
            break
        text = text_of(field(m, "content"))
        if role == "user" and text.strip():
            found.append(_turn("user", text))
    found.reverse()
    return found


def has_user_text(turns: Iterable[Mapping[str, Any]]) -> bool:
    return any(t.get("role") == "user" and str(t.get("content", "")).strip() for t in turns)


def user_id(body: Mapping[str, Any], header: str | None, flavor: Flavor) -> str | None:
    """Whose request this is: the ``X-Tacit-User`` header, else OpenAI's ``user`` field or Anthropic's
    ``metadata.user_id``."""
    if header:
        return header
    value = body.get("user") if flavor == "openai" else field(body.get("metadata"), "user_id")
    return value if isinstance(value, str) and value else None


# -- writing ------------------------------------------------------------------------------------------------
def inject(request: Mapping[str, Any], prefix: str, flavor: Flavor) -> dict[str, Any]:
    """A copy of the request (a JSON body, or an SDK ``create`` call's keyword arguments) with ``prefix`` at
    the start of the system prompt.

    Anthropic: ``system`` as a string gets the text in front, as a list of blocks gets a text block in front;
    absent or empty, it becomes the prefix. OpenAI: a first ``system``/``developer`` message gets the text (or a
    text part) in front; otherwise a system message is inserted first.
    """
    out = dict(request)
    if not prefix:
        return out
    block = {"type": "text", "text": prefix}
    if flavor == "anthropic":
        system = request.get("system")
        if isinstance(system, str) and system:
            out["system"] = f"{prefix}\n{system}"
        elif isinstance(system, list | tuple):
            out["system"] = [block, *system]
        else:  # absent, empty, or an SDK "not given" sentinel
            out["system"] = prefix
        return out
    messages = list(request.get("messages") or [])
    first = messages[0] if messages else None
    if isinstance(first, Mapping) and first.get("role") in ("system", "developer"):
        content = first.get("content")
        merged: Any
        if isinstance(content, str) and content:
            merged = f"{prefix}\n{content}"
        elif isinstance(content, list | tuple):
            merged = [block, *content]
        else:
            merged = prefix
        messages[0] = {**first, "content": merged}
    else:
        messages.insert(0, {"role": "system", "content": prefix})
    out["messages"] = messages
    return out


def stream_error(flavor: Flavor, message: str, relayed: bytes | bytearray = b"") -> bytes:
    """The last event of a stream the upstream broke off: an error event in the flavor's own format (the
    SDKs raise on it). ``relayed``: what went out so far; a half-sent event is closed off first."""
    lead = b"\n\n" if relayed and not bytes(relayed).endswith(b"\n\n") else b""
    if flavor == "openai":
        error = {"error": {"message": message, "type": "upstream_error", "code": "upstream_stream_broken"}}
        return lead + f"data: {json.dumps(error)}\n\n".encode()
    event = {"type": "error", "error": {"type": "api_error", "message": message}}
    return lead + f"event: error\ndata: {json.dumps(event)}\n\n".encode()


# -- the answer ---------------------------------------------------------------------------------------------
def answer_text(response: Any, flavor: Flavor) -> str:
    """The assistant's text in a complete response (an SDK object or its JSON form)."""
    if flavor == "anthropic":
        return text_of(field(response, "content"))
    choices = field(response, "choices") or []
    if not choices:
        return ""
    return text_of(field(field(choices[0], "message"), "content"))


def delta_text(event: Any, flavor: Flavor) -> str:
    """The answer text one stream event/chunk adds (empty for everything else)."""
    if flavor == "anthropic":
        if field(event, "type") != "content_block_delta":
            return ""
        delta = field(event, "delta")
        text = field(delta, "text") if field(delta, "type") == "text_delta" else None
        return text if isinstance(text, str) else ""
    for choice in field(event, "choices") or []:
        if (field(choice, "index") or 0) == 0:
            text = field(field(choice, "delta"), "content")
            return text if isinstance(text, str) else ""
    return ""


def answer_of_body(payload: bytes, flavor: Flavor, streamed: bool) -> str:
    """The assistant's text from a response body as it went over the wire: one JSON document, or the
    concatenated server-sent events of a stream. Empty when the body is not what the flavor sends."""
    try:
        if not streamed:
            return answer_text(json.loads(payload), flavor)
        parts: list[str] = []
        for line in payload.decode("utf-8", "replace").splitlines():
            raw = line[5:].strip() if line.startswith("data:") else ""
            if raw and raw != "[DONE]":
                parts.append(delta_text(json.loads(raw), flavor))
        return "".join(parts)
    except (ValueError, TypeError, AttributeError):
        return ""
