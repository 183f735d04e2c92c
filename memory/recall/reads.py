"""The SQL recall reads: the columns a candidate needs, the chosen rows in full, the user's revision. Built
once at import: a statement's construction costs more Python than its execution here."""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any

from sqlalchemy import Row, bindparam, func, or_, select

from memory.db.tables import MemoryRow, UserRow
from memory.ports import Vector
from memory.recall.rank import Candidate
from memory.store.convert import bytes_to_vector
from memory.types import MemoryStatus

COLUMNS = (
    MemoryRow.id,
    MemoryRow.text,
    MemoryRow.kind,
    MemoryRow.category,
    MemoryRow.context,
    MemoryRow.pinned,
    MemoryRow.confidence,
    MemoryRow.seen_count,
    MemoryRow.last_seen_at,
    MemoryRow.embedding,
)

# the chosen items in full, as Core rows (no ORM loading), without the embedding
FULL_ROWS = select(*(c for c in MemoryRow.__table__.columns if c.name != "embedding")).where(
    MemoryRow.id.in_(bindparam("ids", expanding=True))
)

# the user's key and their rows' revision: (count, version sum, latest update, rows of the current model), and
# their active count. Built once: a statement's construction costs more Python than its execution here.
USER_REVISION = (
    select(
        UserRow.pk,
        # counts of user_pk, not id: the same under the outer join, and every column read is in
        # ix_memories_revision, so the database answers from the index without reading the rows
        func.count(MemoryRow.user_pk),
        func.coalesce(func.sum(MemoryRow.version), 0),
        func.max(MemoryRow.updated_at),
        func.count(MemoryRow.user_pk).filter(MemoryRow.embedding_model == bindparam("model")),
        func.count(MemoryRow.user_pk).filter(MemoryRow.status == MemoryStatus.active.value),
    )
    .outerjoin(MemoryRow, MemoryRow.user_pk == UserRow.pk)
    .where(UserRow.tenant == bindparam("tenant"), UserRow.external_id == bindparam("user"))
    .group_by(UserRow.pk)
)

# rows that may say where the user lives, for a user served by the vector index (its cosine to the requests it
# bears on is too low for the nearest): the verbs of recall.relevance.place.RESIDENCE; says_home decides
RESIDENCE_WORDS = or_(
    *(
        func.lower(MemoryRow.text).contains(w, autoescape=True)
        for w in ("live ", "lives ", "reside", "based ", "settled ", "moved ", "relocated ", "home is ")
    )
)
HOME_ROWS = 64  # rows read with those words, at most

Read = tuple[Candidate, Vector | None]


def read_rows(result: Iterable[Row[Any]]) -> list[Read]:
    return [
        (
            Candidate(
                r.id, r.text, r.kind, r.category, r.context, r.pinned, r.confidence, r.seen_count, r.last_seen_at
            ),
            bytes_to_vector(r.embedding) if r.embedding is not None else None,
        )
        for r in result
    ]


@cache
def sql_pool() -> ThreadPoolExecutor:
    """Threads that read candidates while the request is being embedded (SQLite and drivers release the GIL)."""
    return ThreadPoolExecutor(max_workers=16, thread_name_prefix="tacit-recall-sql")
