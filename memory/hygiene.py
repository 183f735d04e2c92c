"""Rules for free-form input that every backend can store and give back:

- text is Unicode that UTF-8 can carry: no lone UTF-16 surrogate (JSON's ``"\\ud83d"`` escape decodes to one,
  and a stored one makes every later read of the row fail) and no NUL character (PostgreSQL cannot store one);
- numbers are finite (JSON has no NaN or Infinity, and ``1e999`` overflows to infinity);
- JSON a caller hands in (``metadata``) is bounded in depth (JSON nested past ~255 levels cannot be serialised
  again, and such data is never meant).

:func:`body_problem` checks a whole request body at the edge, before any route sees it; the validators below
check fields of models built in process (``tacit.Memory``) as well.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import Annotated, Any

from pydantic import AfterValidator

MAX_DEPTH = 32
# Only a body holding one of these can hold a lone surrogate or a non-finite number: most bodies skip the parse.
_SUSPECT = re.compile(rb"\\u(?:[dD][89a-fA-F]|0000)|NaN|Infinity|[eE][+]?[0-9]{3,}")


def unencodable(value: str) -> str | None:
    """Why ``value`` can't be stored as text, or None when it can."""
    if "\x00" in value:
        return "it contains a NUL character (binary data?)"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(value[exc.start])
        return f"it holds a lone UTF-16 surrogate (\\u{code:04x}), which is not a Unicode character"
    return None


def text_only(value: str) -> str:
    reason = unencodable(value)
    if reason is not None:
        raise ValueError(f"must be text; {reason}")
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


def _leaves(value: Any, root: str = "") -> Iterator[tuple[str, Any]]:
    """Every string (object keys included) and number in ``value``, with its path (``turns[0].content``)."""
    stack: list[tuple[str, Any]] = [(root, value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                where = f"{path}.{key}" if path else str(key)
                if isinstance(key, str):
                    yield where, key
                stack.append((where, child))
        elif isinstance(item, list | tuple):
            stack.extend((f"{path}[{i}]", child) for i, child in enumerate(item))
        else:
            yield path, item


def first_problem(value: Any, root: str = "") -> tuple[str, str] | None:
    """The first value in ``value`` that can't be stored and given back: (its path, why), or None."""
    for path, leaf in _leaves(value, root):
        if isinstance(leaf, str):
            reason = unencodable(leaf)
            if reason is not None:
                return path or "body", reason
        elif isinstance(leaf, float) and not math.isfinite(leaf):
            return path or "body", "it is not a finite number (JSON has no NaN or Infinity; 1e999 overflows)"
    return None


def body_problem(body: bytes) -> tuple[str, str] | None:
    """The first value of a JSON request body that can't be stored (path, why), or None. A body that is not
    JSON is left to the route, which answers it with its own error."""
    if not _SUSPECT.search(body):
        return None
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return first_problem(parsed)


def _metadata(value: dict[str, Any]) -> dict[str, Any]:
    if depth(value) > MAX_DEPTH:
        raise ValueError(f"metadata is nested more than {MAX_DEPTH} levels deep; flatten it")
    problem = first_problem(value, "metadata")
    if problem is not None:
        where, reason = problem
        raise ValueError(f"metadata must be text and finite numbers; {where}: {reason}")
    return value


Metadata = Annotated[dict[str, Any], AfterValidator(_metadata)]
Plain = AfterValidator(text_only)
