"""Rules for free-form input that every backend can store and give back: text holds no NUL character
(PostgreSQL cannot store one), and JSON a caller hands in (``metadata``) is bounded in depth (JSON nested past
~255 levels cannot be serialised again, and such data is never meant)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from pydantic import AfterValidator

MAX_DEPTH = 32


def text_only(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must be text; it contains a NUL character (binary data?)")
    return value


def depth(value: Any) -> int:
    """How many levels of objects and arrays ``value`` has (0 for a scalar). Iterative: no recursion limit.
    Stops counting once past MAX_DEPTH."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        deepest = max(deepest, level + 1)
        if deepest > MAX_DEPTH:
            break
        stack.extend((child, level + 1) for child in children)
    return deepest


def _strings(value: Any) -> Iterator[str]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            yield from (k for k in item if isinstance(k, str))
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)


def _metadata(value: dict[str, Any]) -> dict[str, Any]:
    if depth(value) > MAX_DEPTH:
        raise ValueError(f"metadata is nested more than {MAX_DEPTH} levels deep; flatten it")
    if any("\x00" in s for s in _strings(value)):
        raise ValueError("metadata must be text and numbers; a string in it contains a NUL character")
    return value


Metadata = Annotated[dict[str, Any], AfterValidator(_metadata)]
Plain = AfterValidator(text_only)
