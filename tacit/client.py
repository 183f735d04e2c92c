"""The Python SDK for tacit's REST API (synchronous). :class:`tacit.AsyncClient` is the asyncio twin.

    with Client("http://127.0.0.1:8420", api_key="...") as tacit:
        tacit.add("ana", "Is vegetarian", kind="constraint", category="food")
        prefix = tacit.prefix("ana", query="dinner ideas?")

Errors answer as :class:`tacit.ClientError` (status, code, message). ``context`` and ``observe`` have the
same shape as :class:`tacit.Memory`'s, so :func:`tacit.wrap` takes either.
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


class Client:
    """A connection to a tacit server. ``api_key`` is sent as ``Authorization: Bearer``; ``http`` lets you pass
    your own ``httpx.Client`` (then ``base_url``, ``api_key`` and ``timeout`` are yours to set on it)."""

    def __init__(
        self,
        base_url: str = "http://127.0.0.1:8420",
        api_key: str | None = None,
        timeout: float = 10.0,
        *,
        http: httpx.Client | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._owns_http = http is None
        self._http = http or httpx.Client(base_url=self.base_url, headers=api.headers(api_key), timeout=timeout)

    def _do(self, call: api.Call[T]) -> T:
        try:
            response = self._http.request(call.method, call.path, params=call.params, json=call.json)
        except httpx.HTTPError as exc:
            raise api.unreachable(self.base_url, exc) from exc
        return api.finish(call, response)

    # -- users ------------------------------------------------------------------------------------------
    def create_user(self, user_id: str, display_name: str = "", metadata: Mapping[str, Any] | None = None) -> User:
        return self._do(api.create_user(user_id, display_name, metadata))

    def get_user(self, user_id: str) -> User:
        return self._do(api.get_user(user_id))

    def list_users(self, limit: int = 50, cursor: str | None = None) -> UserPage:
        return self._do(api.list_users(limit, cursor))

    def delete_user(self, user_id: str) -> None:
        """Delete the user and everything tacit holds about them."""
        self._do(api.delete_user(user_id))

    # -- memories ---------------------------------------------------------------------------------------
    def add(self, user_id: str, text: str, **fields: Any) -> MemoryItem:
        """Add a memory. ``fields``: kind, category, context, subject, source, confidence, pinned, evidence."""
        return self._do(api.add(user_id, text, fields))

    def get(self, user_id: str, memory_id: str) -> MemoryItem:
        return self._do(api.get(user_id, memory_id))

    def list(
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
        return self._do(
            api.list_memories(user_id, {**filters, "pinned": pinned, "q": q, "limit": limit, "cursor": cursor})
        )

    def update(self, user_id: str, memory_id: str, **changes: Any) -> MemoryItem:
        """Edit a memory: text, kind, category, context, confidence, pinned, expected_version."""
        return self._do(api.update(user_id, memory_id, changes))

    def delete(self, user_id: str, memory_id: str, *, hard: bool = False) -> None:
        """Soft-delete (restorable) by default; ``hard=True`` removes the memory and its history."""
        self._do(api.delete(user_id, memory_id, hard))

    def restore(self, user_id: str, memory_id: str) -> MemoryItem:
        return self._do(api.restore(user_id, memory_id))

    def history(self, user_id: str, memory_id: str) -> builtins.list[MemoryEvent]:
        return self._do(api.history(user_id, memory_id))

    def search(self, user_id: str, query: str, k: int = 10) -> builtins.list[SearchHit]:
        """The user's active memories closest in meaning to ``query``, best first."""
        return self._do(api.search(user_id, query, k))

    # -- recall and learning ----------------------------------------------------------------------------
    def context(
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
        return self._do(api.context(user_id, messages, query, budget_tokens, elicit))

    def prefix(
        self,
        user_id: str,
        messages: Sequence[Mapping[str, Any]] | None = None,
        query: str | None = None,
        budget_tokens: int = 400,
    ) -> str:
        """Just the prefix to put at the start of the system prompt ("" when nothing is relevant)."""
        return self.context(user_id, messages, query, budget_tokens).prefix

    def ingest(
        self, user_id: str, turns: Sequence[Mapping[str, Any]], session_id: str | None = None, *, wait: bool = False
    ) -> Ingested:
        """Log conversation turns (``{"role", "content"}``, optional ``session_id``, ``timestamp``, ``metadata``)
        and start learning from them; ``wait=True`` returns after the learning job has run."""
        return self._do(api.ingest(user_id, turns, session_id, wait))

    def observe(self, user_id: str, turns: Sequence[Mapping[str, Any]], session_id: str | None = None) -> str | None:
        """Log the turns and queue learning; returns the job id at once (None when there was nothing to learn)."""
        return self.ingest(user_id, turns, session_id).job_id

    def edit(
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
        return self._do(signals.edit(user_id, draft, edited, request, context, wait))

    def feedback(
        self, user_id: str, message_id: int, rating: str | int, comment: str = "", *, wait: bool = False
    ) -> Rated:
        """Rate an answer (``"up"``/``"down"`` or 1-5) by its message id, with an optional comment: a down-vote
        without one lowers the confidence of the memories injected into it, an up-vote reinforces them, a
        comment is learned from like a chat turn."""
        return self._do(signals.feedback(user_id, message_id, rating, comment, wait))

    def job(self, job_id: str) -> Job:
        return self._do(api.job(job_id))

    def retry_job(self, job_id: str) -> Job:
        return self._do(api.retry_job(job_id))

    # -- lifecycle --------------------------------------------------------------------------------------
    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"tacit.Client({self.base_url!r})"
