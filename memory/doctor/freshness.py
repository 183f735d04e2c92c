"""The ``search`` check: the index's search finds what SQL holds.

The ``index`` check compares the ids and vectors the index stores with SQL. Embedded Chroma can store an item and
still never return it from a search: its search structure (HNSW) is a copy that a process keeps in memory and
persists, and a process whose copy missed another process's writes persists a copy without them (see
:mod:`memory.vector.local_view`, which keeps tacit's own processes from doing so). This check asks the index the
way recall and search do: each user's newest active memories (the ones another process's writes touched last)
that the index stores are searched for by their own vector, and each must come back. (A memory the index does not
store at all is the ``index`` check's finding, not counted again here.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from memory.db.tables import MemoryRow, UserRow
from memory.doctor.report import Check, Scope
from memory.errors import IndexUnavailable
from memory.store.convert import bytes_to_vector
from memory.store.search_probe import NEWEST, found
from memory.types import MemoryStatus
from memory.vector.partition import partition_key

if TYPE_CHECKING:
    from memory.doctor.report import DoctorParts


def check_search(parts: DoctorParts, scope: Scope) -> Check:
    c = Check(
        "search",
        title="the index's search finds each user's newest memories",
        hint="stop every process that writes to the index, then rebuild the users named: `tacit reindex --user ID`",
    )
    with parts.sessions() as s:
        stmt = select(UserRow.pk, UserRow.tenant, UserRow.external_id).order_by(UserRow.pk)
        pks = scope.user_pks(s)
        if pks is not None:
            stmt = stmt.where(UserRow.pk.in_(pks))
        users = list(s.execute(stmt).tuples())
    lost_users = 0
    for pk, tenant, user_id in users:
        with parts.sessions() as s:
            rows = list(
                s.execute(
                    select(MemoryRow.id, MemoryRow.embedding)
                    .where(
                        MemoryRow.user_pk == pk,
                        MemoryRow.status == MemoryStatus.active.value,
                        MemoryRow.embedding.is_not(None),
                    )
                    .order_by(MemoryRow.updated_at.desc(), MemoryRow.id.desc())
                    .limit(NEWEST)
                ).tuples()
            )
        if not rows:
            continue
        partition = partition_key(tenant, user_id)
        missed: list[str] = []
        try:
            stored = parts.index.ids(partition)
        except IndexUnavailable as exc:
            c.note(f"user {user_id!r}: the index could not be read: {str(exc)[:200]}")
            continue
        for memory_id, embedding in rows:
            if memory_id not in stored:
                continue
            c.checked += 1
            try:
                if not found(parts.index, partition, memory_id, bytes_to_vector(embedding or b"")):
                    missed.append(memory_id)
            except IndexUnavailable as exc:
                c.note(f"user {user_id!r}: the search failed: {str(exc)[:200]}")
                break
        if missed:
            lost_users += 1
            c.note(
                f"user {user_id!r}: {len(missed)} of their {len(rows)} newest memories are not found by a search "
                f"for their own vector (e.g. {missed[0]})",
                count=len(missed),
            )
    c.summary = f"{c.problems} of {c.checked} memories not found, in {lost_users} of {len(users)} users"
    return c
