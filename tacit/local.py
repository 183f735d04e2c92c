"""tacit in your own process: :class:`Memory` runs the store, recall and the learning worker on the embedded
defaults (SQLite and Chroma under ``data_dir``), no server needed.

    with Memory("./.tacit") as memory:
        memory.add("ana", "Is vegetarian", kind="constraint", category="food")
        print(memory.prefix("ana", query="what should I cook tonight?"))
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agents.services import Services
    from memory.recall.types import ContextRequest, ContextResult
    from memory.settings import Settings
    from memory.types import Memory as MemoryItem
    from memory.types import SearchHit


class Memory:
    """tacit, in-process.

    ``data_dir`` (default ``.tacit``, or ``TACIT_DATA_DIR``) holds the database and the vector index; or pass
    full ``settings``. The schema is brought up to date on opening. The learning worker runs on a background
    thread when ``worker`` is True (default: as ``settings.worker.in_process`` says) until :meth:`close`.
    ``services`` hands in ready-made parts (tests, or an app that builds its own); they are not closed here.
    """

    def __init__(
        self,
        data_dir: str | os.PathLike[str] | None = None,
        settings: Settings | None = None,
        *,
        services: Services | None = None,
        worker: bool | None = None,
    ) -> None:
        from agents.services import Services
        from memory.db.migrate import upgrade
        from memory.settings import load_settings

        if services is not None:
            if data_dir is not None or settings is not None:
                raise TypeError("Memory: give services, or data_dir/settings, not both")
            self._owned = False
        else:
            settings = settings or load_settings()
            if data_dir is not None:
                settings = settings.model_copy(update={"data_dir": Path(data_dir)})
            if not settings.database_url:
                settings.data_dir.mkdir(parents=True, exist_ok=True)
            upgrade(settings.sqlalchemy_url())
            services = Services(settings)
            self._owned = True
        self._services = services
        self._worker_started = False
        if services.settings.worker.in_process if worker is None else worker:
            services.worker.start()
            self._worker_started = True

    @property
    def services(self) -> Services:
        """The parts underneath (store, recall, message log, job queue, worker)."""
        return self._services

    # -- recall -----------------------------------------------------------------------------------------
    def context(
        self,
        user_id: str,
        messages: Sequence[Mapping[str, Any]] | None = None,
        query: str | None = None,
        budget_tokens: int = 400,
    ) -> ContextResult:
        """The memories relevant to this request as a prompt prefix, with the trace of what was chosen and why.
        Give the conversation (``{"role", "content"}`` dicts; SDK-style content lists are fine) or a ``query``.
        An unknown user gets an empty prefix."""
        return self._services.recall.context(user_id, _request(messages, query, budget_tokens))

    def prefix(
        self,
        user_id: str,
        messages: Sequence[Mapping[str, Any]] | None = None,
        query: str | None = None,
        budget_tokens: int = 400,
    ) -> str:
        """Just the prefix to put at the start of the system prompt ("" when nothing is relevant); the same text
        as ``context(...).prefix``, without reading the chosen items in full."""
        return self._services.recall.prefix(user_id, _request(messages, query, budget_tokens))

    # -- learning ---------------------------------------------------------------------------------------
    def observe(self, user_id: str, turns: Sequence[Mapping[str, Any]], session_id: str | None = None) -> str | None:
        """Log conversation turns (``{"role", "content"}``, optional ``session_id``, ``timestamp``,
        ``metadata``) and queue learning from them. Returns the job id at once (None when the turns had no
        user words); the worker does the extraction later. An unknown user is created."""
        from memory.learn.log import NewTurns

        batch = NewTurns.model_validate({"turns": [dict(t) for t in turns], "session_id": session_id})
        return self._services.log.append(user_id, batch).job_id

    def drain(self) -> int:
        """Run the queued learning jobs now, on this thread; returns how many ran."""
        return self._services.worker.drain()

    # -- the store --------------------------------------------------------------------------------------
    def add(self, user_id: str, text: str, **fields: Any) -> MemoryItem:
        """Add a memory by hand (the user is created if new). ``fields``: kind, category, context, subject,
        source, confidence, pinned, evidence."""
        from memory.store.schemas import NewMemory

        new = NewMemory.model_validate({"text": text, **fields})
        self._services.store.ensure_user(user_id)
        return self._services.store.add(user_id, new, actor="sdk")

    def search(self, user_id: str, query: str, k: int = 10) -> builtins.list[SearchHit]:
        """The user's active memories closest in meaning to ``query``, best first."""
        return self._services.store.search(user_id, query, k)

    def list(self, user_id: str, *, limit: int = 50) -> builtins.list[MemoryItem]:
        """The user's active memories, newest first (at most ``limit``)."""
        return self._services.store.list_memories(user_id, limit=limit).items

    # -- lifecycle --------------------------------------------------------------------------------------
    def close(self) -> None:
        """Stop the worker (after the job in hand) and, if this object built them, release the parts."""
        if self._worker_started:
            self._services.worker.stop()
            self._worker_started = False
        if self._owned:
            self._services.close()
            self._owned = False

    def __enter__(self) -> Memory:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"tacit.Memory({str(self._services.settings.data_dir)!r})"


def _request(messages: Sequence[Mapping[str, Any]] | None, query: str | None, budget_tokens: int) -> ContextRequest:
    from memory.recall.types import ContextRequest
    from memory.wire import conversation

    body: dict[str, Any] = {"budget_tokens": budget_tokens, "query": query}
    if messages is not None:
        body["messages"] = conversation(messages)
    return ContextRequest.model_validate(body)
