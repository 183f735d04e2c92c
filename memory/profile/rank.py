"""Distinctiveness: what sets a user apart from the other users of their tenant, and the profile's order.

**Distinctiveness** of one of a user's active items = 1 - its highest cosine similarity to an active item
of *another user of the same tenant*, clipped to 0..1. The neighbours are a bounded sample: the tenant's
:data:`SAMPLE` most recently created active items of other users, with the same embedding model (the
embeddings stored in SQL next to each item; one numpy matrix product). An item nobody else has anything
like scores near 1; "I like coffee", which half the tenant says too, scores near 0. With no neighbours
(the only user of a tenant, or an item without a stored embedding) every item scores 1: all equally
distinctive. Other tenants are never read, and nothing about other users leaves this module but the scores.

**Order.** Categories: the one holding the most distinctive item first, then larger groups, then by name.
Within a category: pinned items first (as before), then by distinctiveness rounded to tenths (so that near
ties go by certainty), then confidence, then how often seen. A tenant of one user gets the previous order
(largest group first; pinned, then confidence).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.db.tables import MemoryRow, UserRow
from memory.types import Memory, MemoryStatus

#: How many of the tenant's other active items (newest first) an item is compared with.
SAMPLE = 5000


def distinctiveness(
    s: Session, tenant: str, user_pk: int, rows: Sequence[MemoryRow], sample: int = SAMPLE
) -> dict[str, float]:
    """Each row's distinctiveness (see the module docstring), by memory id."""
    scores = dict.fromkeys((r.id for r in rows), 1.0)
    own: dict[tuple[str, int], list[MemoryRow]] = defaultdict(list)  # by (model, blob length)
    for r in rows:
        if r.embedding and len(r.embedding) % 4 == 0:
            own[(r.embedding_model, len(r.embedding))].append(r)
    if not own or sample <= 0:
        return scores
    # The sample is chosen on the (user_pk, status, id) index alone (ids are UUIDv7: the highest are the
    # newest), then only its rows are read: sorting rows that carry their embeddings is ten times slower.
    recent = (
        select(MemoryRow.id)
        .join(UserRow, UserRow.pk == MemoryRow.user_pk)
        .where(UserRow.tenant == tenant, MemoryRow.user_pk != user_pk, MemoryRow.status == MemoryStatus.active.value)
        .order_by(MemoryRow.id.desc())
        .limit(sample)
    )
    others = s.execute(
        select(MemoryRow.embedding_model, MemoryRow.embedding).where(
            MemoryRow.id.in_(recent.scalar_subquery()), MemoryRow.embedding.is_not(None)
        )
    ).all()
    theirs: dict[tuple[str, int], list[bytes]] = defaultdict(list)
    for model, blob in others:
        if blob and (model, len(blob)) in own:
            theirs[(model, len(blob))].append(blob)
    for shape, mine in own.items():
        if not theirs.get(shape):
            continue
        best = (_matrix([r.embedding or b"" for r in mine]) @ _matrix(theirs[shape]).T).max(axis=1)
        for r, sim in zip(mine, best, strict=True):
            scores[r.id] = float(np.clip(1.0 - sim, 0.0, 1.0))
    return scores


def _matrix(blobs: Sequence[bytes]) -> NDArray[np.float32]:
    """Rows from little-endian float32 blobs of one length (unit vectors, as the embedder writes them)."""
    return np.frombuffer(b"".join(blobs), dtype="<f4").astype(np.float32, copy=False).reshape(len(blobs), -1)


def _tier(score: float) -> float:
    return round(score, 1)


def ordered_groups(items: Sequence[Memory], distinct: Mapping[str, float]) -> dict[str, list[Memory]]:
    """Items grouped by category, categories and items in profile order (see the module docstring)."""

    def key(m: Memory) -> tuple[bool, float, float, int, str]:
        return (not m.pinned, -_tier(distinct.get(m.id, 1.0)), -m.confidence, -m.seen_count, m.id)

    groups: dict[str, list[Memory]] = defaultdict(list)
    for m in sorted(items, key=key):
        groups[m.category].append(m)

    def category_key(c: str) -> tuple[float, int, str]:
        top = max(_tier(distinct.get(m.id, 1.0)) for m in groups[c])
        return (-top, -len(groups[c]), c)

    return {c: groups[c] for c in sorted(groups, key=category_key)}
