"""The Python SDK for tacit's REST API, asyncio flavour: :class:`AsyncClient` mirrors :class:`tacit.Client`
method for method, every call awaited.

    async with AsyncClient("http://127.0.0.1:8420") as tacit:
        prefix = await tacit.prefix("ana", query="dinner ideas?")
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from tacit import _calls as api
from tacit import _signals as signals
from tacit._calls import Ingested
from tacit._signals import Edited, Rated

if TYPE_CHECKING:
    from memory.learn.jobs import Job
    from memory.recall.types import ContextResult
    from memory.types import Memory as MemoryItem
    from memory.types import MemoryEvent, Page, SearchHit, User, UserPage

T = TypeVar("T")


class AsyncClient:
    """An asyncio connection to a tacit server; see :class:`tacit.Client`."""

    def __init__(
        self,
        base_url: str = "http://127.0.0.1:8420",
        api_key: str | None = None,
        timeout: float = 10.0,
        *,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._owns_http = http is None
        self._http = http or httpx.AsyncClient(base_url=self.base_url, headers=api.headers(api_key), timeout=timeout)

    async def _do(self, call: api.Call[T]) -> T:
        try:
            response = await self._http.request(call.method, call.path, params=call.params, json=call.json)
        except httpx.HTTPError as exc:
            raise api.unreachable(self.base_url, exc) from exc
        return api.finish(call, response)

    # -- users ------------------------------------------------------------------------------------------
    async def create_user(
        self, user_id: str, display_name: str = "", metadata: Mapping[str, Any] | None = None
    ) -> User:
        return await self._do(api.create_user(user_id, display_name, metadata))

    async def get_user(self, user_id: str) -> User:
        return await self._do(api.get_user(user_id))

    async def list_users(self, limit: int = 50, cursor: str | None = None) -> UserPage:
        return await self._do(api.list_users(limit, cursor))

    async def delete_user(self, user_id: str) -> None:
        """Delete the user and everything tacit holds about them."""
        await self._do(api.delete_user(user_id))

    # -- memories ---------------------------------------------------------------------------------------
    async def add(self, user_id: str, text: str, **fields: Any) -> MemoryItem:
        """Add a memory. ``fields``: kind, category, context, subject, source, confidence, pinned, evidence."""
        return await self._do(api.add(user_id, text, fields))

    async def get(self, user_id: str, memory_id: str) -> MemoryItem:
        return await self._do(api.get(user_id, memory_id))

    async def list(
        self,
        user_id: str,
        *,
        status: builtins.list[str] | None = None,
        kind: builtins.list[str] | None = None,
        category: builtins.list[str] | None = None,
        source: builtins.list[str] | None = None,
        pinned: bool | None = None,
        q: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> Page:
        """One page of memories, newest first (active ones unless ``status`` says otherwise)."""
        filters = {"status": status, "kind": kind, "category": category, "source": source}
        return await self._do(
            api.list_memories(user_id, {**filters, "pinned": pinned, "q": q, "limit": limit, "cursor": cursor})
        )

    async def update(self, user_id: str, memory_id: str, **changes: Any) -> MemoryItem:
        """Edit a memory: text, kind, category, context, confidence, pinned, expected_version."""
        return await self._do(api.update(user_id, memory_id, changes))

    async def delete(self, user_id: str, memory_id: str, *, hard: bool = False) -> None:
        """Soft-delete (restorable) by default; ``hard=True`` removes the memory and its history."""
        await self._do(api.delete(user_id, memory_id, hard))

    async def restore(self, user_id: str, memory_id: str) -> MemoryItem:
        return await self._do(api.restore(user_id, memory_id))

    async def history(self, user_id: str, memory_id: str) -> builtins.list[MemoryEvent]:
        return await self._do(api.history(user_id, memory_id))

    async def search(self, user_id: str, query: str, k: int = 10) -> builtins.list[SearchHit]:
        """The user's active memories closest in meaning to ``query``, best first."""
        return await self._do(api.search(user_id, query, k))

    # -- recall and learning ----------------------------------------------------------------------------
    async def context(
        self,
        user_id: str,
        messages: Sequence[Mapping[str, Any]] | None = None,
        query: str | None = None,
        budget_tokens: int = 400,
        *,
        elicit: bool = False,
    ) -> ContextResult:
        """The memories relevant to this request, rendered as a prompt prefix (with the trace), and what the
        user's memory does not cover (``unknown``); ``elicit=True`` adds a line allowing one question."""
        return await self._do(api.context(user_id, messages, query, budget_tokens, elicit))

    async def prefix(
        self,
        user_id: str,
        messages: Sequence[Mapping[str, Any]] | None = None,
        query: str | None = None,
        budget_tokens: int = 400,
    ) -> str:
        """Just the prefix to put at the start of the system prompt ("" when nothing is relevant)."""
        return (await self.context(user_id, messages, query, budget_tokens)).prefix

    async def ingest(
        self, user_id: str, turns: Sequence[Mapping[str, Any]], session_id: str | None = None, *, wait: bool = False
    ) -> Ingested:
        """Log conversation turns (``{"role", "content"}``, optional ``session_id``, ``timestamp``, ``metadata``)
        and start learning from them; ``wait=True`` returns after the learning job has run."""
        return await self._do(api.ingest(user_id, turns, session_id, wait))

    async def observe(
        self, user_id: str, turns: Sequence[Mapping[str, Any]], session_id: str | None = None
    ) -> str | None:
        """Log the turns and queue learning; returns the job id at once (None when there was nothing to learn)."""
        return (await self.ingest(user_id, turns, session_id)).job_id

    async def edit(
        self,
        user_id: str,
        draft: str,
        edited: str,
        *,
        request: str | None = None,
        context: str | None = None,
        wait: bool = False,
    ) -> Edited:
        """Learn from how the user changed an answer (``draft`` -> ``edited``): shorter, no bullets, formal,
        code only, metric units, ... as memories of source ``edit``. ``context`` labels where the lesson
        applies ("writing work emails"); ``wait=True`` returns after the learning job has run."""
        return await self._do(signals.edit(user_id, draft, edited, request, context, wait))

    async def feedback(
        self, user_id: str, message_id: int, rating: str | int, comment: str = "", *, wait: bool = False
    ) -> Rated:
        """Rate an answer (``"up"``/``"down"`` or 1-5) by its message id, with an optional comment: a down-vote
        without one lowers the confidence of the memories injected into it, an up-vote reinforces them, a
        comment is learned from like a chat turn."""
        return await self._do(signals.feedback(user_id, message_id, rating, comment, wait))

    async def job(self, job_id: str) -> Job:
        return await self._do(api.job(job_id))

    async def retry_job(self, job_id: str) -> Job:
        return await self._do(api.retry_job(job_id))

    # -- lifecycle --------------------------------------------------------------------------------------
    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"tacit.AsyncClient({self.base_url!r})"
