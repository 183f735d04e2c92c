"""Reading and rewriting chat requests: the Anthropic Messages and OpenAI chat completions shapes, and the
LangChain message objects the LangGraph nodes see. Pure functions; nothing here mutates its input."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from tacit._types import Turn

Flavor = Literal["anthropic", "openai"]

#: Longest turn tacit accepts (``memory.learn.log.MAX_TURN_CHARS``); longer text is cut before it is sent.
MAX_TURN_CHARS = 32_000
#: Turns of the conversation sent with a context call (recall reads the last few anyway).
MAX_CONTEXT_TURNS = 40

_ROLES = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}


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
    """The user and assistant turns that have text, oldest first (at most the last ``MAX_CONTEXT_TURNS``)."""
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


def inject(kwargs: Mapping[str, Any], prefix: str, flavor: Flavor) -> dict[str, Any]:
    """A copy of the ``create`` keyword arguments with ``prefix`` at the start of the system prompt.

    Anthropic: ``system`` as a string gets the text in front, as a list of blocks gets a text block in front;
    absent, it becomes the prefix. OpenAI: a first ``system``/``developer`` message gets the text (or a text
    part) in front; otherwise a system message is inserted first.
    """
    out = dict(kwargs)
    if not prefix:
        return out
    block = {"type": "text", "text": prefix}
    if flavor == "anthropic":
        system = kwargs.get("system")
        if isinstance(system, str) and system:
            out["system"] = f"{prefix}\n{system}"
        elif isinstance(system, list | tuple):
            out["system"] = [block, *system]
        else:  # absent, empty, or an SDK "not given" sentinel
            out["system"] = prefix
        return out
    messages = list(kwargs.get("messages") or [])
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


def answer_text(response: Any, flavor: Flavor) -> str:
    """The assistant's text in a complete response (an SDK object or its dict form)."""
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
