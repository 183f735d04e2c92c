"""Nearest active memories of one user: the user's own index partition, checked against SQL, with an exact
search over the embeddings kept in SQL as the fallback while the index is unavailable."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from memory.db.tables import MemoryRow, VectorOutboxRow
from memory.errors import IndexUnavailable
from memory.ports import Vector, VectorIndex
from memory.store import queries as q
from memory.store.convert import bytes_to_vector, to_memory
from memory.types import MemoryStatus, SearchHit
from memory.vector.partition import partition_key


def nearest(
    sessions: sessionmaker[Session],
    index: VectorIndex,
    tenant: str,
    user_id: str,
    vectors: Sequence[Vector],
    k: int,
    *,
    user_pk: int | None = None,
) -> list[list[SearchHit]]:
    """For each vector, up to ``k`` of the user's active memories closest to it, best first (``user_pk``: the
    user's key when the caller resolved it already).

    Index hits that SQL no longer holds as active (a stale index) are dropped, never shown. Memories whose index
    change is still in the outbox (committed, not yet applied: another process's write a moment ago) are scored
    exactly from the vectors SQL keeps, so a search reads every committed write: the learning path's ``relate``
    then reinforces a memory the user's previous job added instead of adding it twice.
    """
    if not len(vectors):
        return []
    partition = partition_key(tenant, user_id)
    try:
        per_vector = [{m.id: m.score for m in index.query(partition, v, k)} for v in vectors]
    except IndexUnavailable:
        return [_exact(sessions, tenant, user_id, v, k) for v in vectors]
    with sessions() as s:
        pk = user_pk if user_pk is not None else q.user_row(s, tenant, user_id).pk
        pending = {
            i
            for i in s.scalars(select(VectorOutboxRow.memory_id).where(VectorOutboxRow.partition == partition))
            if i is not None  # a drop row names no memory
        }
        wanted = {i for scores in per_vector for i in scores} | pending
        rows = {
            r.id: r
            for r in s.scalars(
                select(MemoryRow).where(
                    MemoryRow.user_pk == pk,
                    MemoryRow.id.in_(list(wanted)),
                    MemoryRow.status == MemoryStatus.active,
                )
            )
        }
    _score_unindexed(per_vector, vectors, [rows[i] for i in sorted(pending) if i in rows])
    memories = {i: to_memory(r, user_id) for i, r in rows.items()}
    return [
        sorted(
            (SearchHit(memory=memories[i], score=round(sc, 6)) for i, sc in scores.items() if i in memories),
            key=lambda h: (-h.score, h.memory.id),
        )[:k]
        for scores in per_vector
    ]


def _score_unindexed(per_vector: list[dict[str, float]], vectors: Sequence[Vector], rows: list[MemoryRow]) -> None:
    """Score ``rows`` (changed in SQL, not yet in the index) exactly against each vector, over the index's score."""
    rows = [r for r in rows if r.embedding is not None]
    if not rows:
        return
    matrix = _matrix(rows)
    for scores, vector in zip(per_vector, vectors, strict=True):
        for row, score in zip(rows, matrix @ vector, strict=True):
            scores[row.id] = float(score)


def _exact(sessions: sessionmaker[Session], tenant: str, user_id: str, vector: Vector, k: int) -> list[SearchHit]:
    with sessions() as s:
        user = q.user_row(s, tenant, user_id)
        rows = [
            r
            for r in s.scalars(
                select(MemoryRow).where(MemoryRow.user_pk == user.pk, MemoryRow.status == MemoryStatus.active)
            )
            if r.embedding is not None
        ]
    if not rows:
        return []
    scores = _matrix(rows) @ vector
    order = np.argsort(-scores)[:k]
    return [SearchHit(memory=to_memory(rows[i], user_id), score=round(float(scores[i]), 6)) for i in order]


def _matrix(rows: list[MemoryRow]) -> np.ndarray:
    """The embeddings SQL keeps for ``rows`` (each has one), one row each."""
    return np.stack([bytes_to_vector(r.embedding or b"") for r in rows])
