"""Chroma implementation of the vector index: one collection per user.

One shared collection filtered with ``where={"user_id": ...}`` scans far more than one user's vectors
(measured here: p50 ~100 ms at 100k vectors, ~650 ms at 1M; chroma-core/chroma#7092). A collection per
user keeps every search inside that user's vectors, so its cost follows the user's memory count, not the
service's. ``bench/vector_search.py`` measures it at 1,000 users x 1,000 memories.

Embedded, several processes may use one folder (the server, the CLI, ``tacit worker``): each keeps up with the
others' writes through :mod:`memory.vector.local_view`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from memory.errors import IndexUnavailable
from memory.ports import MetadataValue, Vector, VectorMatch, VectorRecord
from memory.vector.local_view import LocalView, drop_system, use_wal, view_of
from memory.vector.partition import PREFIX

log = logging.getLogger(__name__)

# sync_threshold/batch_size: Chroma keeps a collection's newest vectors in a shared log until this many have
# arrived, and a query then scans that log (measured: a user's first query after a restart 255 ms at 2,000
# users with the default 1,000; 9 ms with 100). A user's memories are few, so flush them to the index early.
_COLLECTION_CONFIG: dict[str, Any] = {"hnsw": {"space": "cosine", "sync_threshold": 100, "batch_size": 100}}


class ChromaIndex:
    """Embedded (``PersistentClient`` under ``path``) or remote (``HttpClient`` for ``url``) Chroma."""

    def __init__(self, *, path: Path | None = None, url: str | None = None) -> None:
        if (path is None) == (url is None):
            raise ValueError("give exactly one of path or url")
        self._view: LocalView | None = view_of(path) if path is not None else None
        self._path = self._view.path if self._view is not None else None
        self._url = url
        self._client: Any = None
        self._collections: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._generation = 0  # the view's generation this index's client and collections belong to

    # -- keeping up with other processes (embedded only) ---------------------------------------------
    def _catch_up(self) -> None:
        """Before a read: if another process wrote to the folder since this process's view was opened, open
        it afresh (see :mod:`memory.vector.local_view`)."""
        view = self._view
        if view is None or not view.stale():
            return
        with view.lock:
            if view.stale():
                self._reopen(view)

    @staticmethod
    def _reopen(view: LocalView) -> None:
        """Open the folder afresh (the caller holds ``view.lock``): the next client reads it as it is now."""
        position = view.position()
        if view.known is not None:
            view.reopened += 1
            log.info(
                "Chroma folder %s: another process wrote (log %s -> %s); reopened", view.path, view.known, position
            )
        drop_system(view.path)
        view.known = position
        view.generation += 1

    @contextlib.contextmanager
    def _write_turn(self) -> Iterator[None]:
        """Around a write: the folder's write turn, caught up first, and the new log position recorded as seen
        (on failure: unknown, so the next use reopens)."""
        view = self._view
        if view is None:
            yield
            return
        with view.writing():
            if view.stale():
                self._reopen(view)
            try:
                yield
            except BaseException:
                view.known = None
                raise
            view.known = view.position()

    # -- plumbing -------------------------------------------------------------------------------------
    def _connect(self) -> Any:
        view = self._view
        if view is not None and self._generation != view.generation:
            with self._lock:
                if self._generation != view.generation:  # the folder was opened afresh: drop the old handles
                    self._client = None
                    self._collections = {}
                    self._generation = view.generation
        if self._client is not None:
            return self._client
        with self._lock:
            if self._client is None:
                import chromadb  # imported here: ~1 s, and only commands that touch vectors pay it
                from chromadb.config import Settings as ChromaSettings

                settings = ChromaSettings(anonymized_telemetry=False)
                try:
                    if self._url is not None:
                        parsed = urlparse(self._url)
                        self._client = chromadb.HttpClient(
                            host=parsed.hostname or "127.0.0.1",
                            port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                            ssl=parsed.scheme == "https",
                            settings=settings,
                        )
                    else:
                        assert self._path is not None
                        self._path.mkdir(parents=True, exist_ok=True)
                        use_wal(self._path)
                        self._client = chromadb.PersistentClient(path=str(self._path), settings=settings)
                except Exception as exc:
                    raise IndexUnavailable(f"cannot open the Chroma index: {exc}") from exc
        return self._client

    def _collection(self, partition: str, *, create: bool) -> Any | None:
        cached = self._collections.get(partition)
        if cached is not None:
            return cached
        client = self._connect()
        try:
            if create:
                collection = client.get_or_create_collection(
                    partition, embedding_function=None, configuration=_COLLECTION_CONFIG
                )
            else:
                collection = client.get_collection(partition, embedding_function=None)
        except Exception as exc:
            if not create and _is_not_found(exc):
                return None
            raise IndexUnavailable(f"Chroma collection {partition}: {exc}") from exc
        self._collections[partition] = collection
        return collection

    # -- the port -------------------------------------------------------------------------------------
    def upsert(self, partition: str, records: Sequence[VectorRecord]) -> None:
        if not records:
            return
        metadatas: list[dict[str, MetadataValue]] | None = [dict(r.metadata) for r in records]
        if metadatas is not None and not any(metadatas):
            metadatas = None
        with self._write_turn():
            collection = self._collection(partition, create=True)
            assert collection is not None
            try:
                collection.upsert(
                    ids=[r.id for r in records],
                    embeddings=np.stack([r.vector for r in records]).astype(np.float32),
                    metadatas=metadatas,
                )
            except Exception as exc:
                self._collections.pop(partition, None)
                raise IndexUnavailable(f"Chroma upsert into {partition}: {exc}") from exc

    def delete(self, partition: str, ids: Sequence[str]) -> None:
        if not ids:
            return
        with self._write_turn():
            collection = self._collection(partition, create=False)
            if collection is None:
                return
            try:
                collection.delete(ids=list(ids))
            except Exception as exc:
                self._collections.pop(partition, None)
                raise IndexUnavailable(f"Chroma delete in {partition}: {exc}") from exc

    def query(self, partition: str, vector: Vector, k: int) -> list[VectorMatch]:
        self._catch_up()
        collection = self._collection(partition, create=False)
        if collection is None or k <= 0:
            return []
        try:
            result = collection.query(
                query_embeddings=np.asarray(vector, dtype=np.float32).reshape(1, -1),
                n_results=k,
                include=["distances"],
            )
        except Exception as exc:
            self._collections.pop(partition, None)
            raise IndexUnavailable(f"Chroma query on {partition}: {exc}") from exc
        ids: list[str] = result["ids"][0]
        distances: list[float] = result["distances"][0]
        return [VectorMatch(id=i, score=1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]

    def ids(self, partition: str) -> set[str]:
        self._catch_up()
        collection = self._collection(partition, create=False)
        if collection is None:
            return set()
        try:
            return set(collection.get(include=[])["ids"])
        except Exception as exc:
            raise IndexUnavailable(f"Chroma get on {partition}: {exc}") from exc

    def vectors(self, partition: str, ids: Sequence[str]) -> dict[str, Vector]:
        self._catch_up()
        collection = self._collection(partition, create=False)
        if collection is None or not ids:
            return {}
        try:
            got = collection.get(ids=list(ids), include=["embeddings"])
        except Exception as exc:
            self._collections.pop(partition, None)
            raise IndexUnavailable(f"Chroma get on {partition}: {exc}") from exc
        return {i: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], got["embeddings"], strict=True)}

    def drop_partition(self, partition: str) -> None:
        with self._write_turn():
            client = self._connect()
            self._collections.pop(partition, None)
            try:
                client.delete_collection(partition)
            except Exception as exc:
                if not _is_not_found(exc):
                    raise IndexUnavailable(f"Chroma delete_collection {partition}: {exc}") from exc

    def partitions(self) -> set[str]:
        self._catch_up()
        client = self._connect()
        try:
            names = [c if isinstance(c, str) else c.name for c in client.list_collections()]
        except Exception as exc:
            raise IndexUnavailable(f"Chroma list_collections: {exc}") from exc
        return {n for n in names if n.startswith(PREFIX)}

    def ping(self) -> None:
        client = self._connect()
        try:
            client.heartbeat()
        except Exception as exc:
            raise IndexUnavailable(f"Chroma heartbeat failed: {exc}") from exc


def _is_not_found(exc: Exception) -> bool:
    return type(exc).__name__ == "NotFoundError" or "does not exist" in str(exc)
