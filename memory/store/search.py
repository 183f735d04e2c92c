"""Nearest active memories of one user: the user's own index partition, checked against SQL, with an exact
search over the embeddings kept in SQL as the fallback while the index is unavailable."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from memory.db.tables import MemoryRow
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

    Index hits that SQL no longer holds as active (a stale index) are dropped, never shown.
    """
    if not len(vectors):
        return []
    try:
        per_vector = [{m.id: m.score for m in index.query(partition_key(tenant, user_id), v, k)} for v in vectors]
    except IndexUnavailable:
        return [_exact(sessions, tenant, user_id, v, k) for v in vectors]
    wanted = {i for scores in per_vector for i in scores}
    with sessions() as s:
        pk = user_pk if user_pk is not None else q.user_row(s, tenant, user_id).pk
        rows = {
            r.id: to_memory(r, user_id)
            for r in s.scalars(
                select(MemoryRow).where(
                    MemoryRow.user_pk == pk,
                    MemoryRow.id.in_(list(wanted)),
                    MemoryRow.status == MemoryStatus.active,
                )
            )
        }
    return [
        sorted(
            (SearchHit(memory=rows[i], score=round(sc, 6)) for i, sc in scores.items() if i in rows),
            key=lambda h: (-h.score, h.memory.id),
        )
        for scores in per_vector
    ]


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
    matrix = np.stack([bytes_to_vector(r.embedding or b"") for r in rows])
    scores = matrix @ vector
    order = np.argsort(-scores)[:k]
    return [SearchHit(memory=to_memory(rows[i], user_id), score=round(float(scores[i]), 6)) for i in order]
