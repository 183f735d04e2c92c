"""The duck types the middleware and the LangGraph nodes accept as ``memory``: anything with ``context`` and
``observe`` in the shape of :class:`tacit.Memory` (in-process) or :class:`tacit.Client` (over HTTP)."""

from __future__ import annotations

from collections.abc import Awaitable, Mapping, Sequence
from typing import Any, Protocol


class HasPrefix(Protocol):
    """What a context call returns; the middleware only needs the prefix."""

    @property
    def prefix(self) -> str: ...


class MemoryLike(Protocol):
    """A synchronous memory: :class:`tacit.Memory` or :class:`tacit.Client`."""

    def context(
        self,
        user_id: str,
        messages: Sequence[Mapping[str, Any]] | None = None,
        query: str | None = None,
        budget_tokens: int = ...,
    ) -> HasPrefix: ...

    def prefix(
        self,
        user_id: str,
        messages: Sequence[Mapping[str, Any]] | None = None,
        query: str | None = None,
        budget_tokens: int = ...,
    ) -> str: ...

    def observe(
        self, user_id: str, turns: Sequence[Mapping[str, Any]], session_id: str | None = None
    ) -> str | None: ...


class AsyncMemoryLike(Protocol):
    """An asynchronous memory: :class:`tacit.AsyncClient`."""

    def context(
        self,
        user_id: str,
        messages: Sequence[Mapping[str, Any]] | None = None,
        query: str | None = None,
        budget_tokens: int = ...,
    ) -> Awaitable[HasPrefix]: ...

    def prefix(
        self,
        user_id: str,
        messages: Sequence[Mapping[str, Any]] | None = None,
        query: str | None = None,
        budget_tokens: int = ...,
    ) -> Awaitable[str]: ...

    def observe(
        self, user_id: str, turns: Sequence[Mapping[str, Any]], session_id: str | None = None
    ) -> Awaitable[str | None]: ...
