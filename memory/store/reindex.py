"""Rebuild the vector index from SQL, the source of truth (``tacit reindex``), and check that they agree."""

from __future__ import annotations

import heapq
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from memory.db.engine import write_tx
from memory.db.tables import MemoryRow, UserRow
from memory.errors import UserNotFound
from memory.ports import Embedder, VectorIndex
from memory.store.convert import bytes_to_vector, vector_to_bytes
from memory.store.outbox import index_record
from memory.store.search_probe import NEWEST, found
from memory.types import MemoryStatus
from memory.vector.partition import partition_key

log = logging.getLogger(__name__)

BATCH = 1000


EXAMPLES = 5
SAME_VECTOR_ATOL = 1e-4


@dataclass
class PartitionReport:
    user_id: str
    tenant: str
    indexed: int = 0
    reembedded: int = 0
    missing: int = 0  # active in SQL, absent from the index
    extra: int = 0  # in the index, not active in SQL (deleted, superseded, hard-deleted, unknown)
    stale: int = 0  # in the index with another vector than SQL's (checked only without ``fix``)
    outdated: int = 0  # active, but embedded with another model than the configured one (or not at all)
    rebuilt: bool = False  # the partition's search still lost memories after the fix: it was built afresh
    examples: list[str] = field(default_factory=list)  # a few ids, each with what is wrong with it

    @property
    def divergent(self) -> bool:
        return bool(self.missing or self.extra or self.stale or self.outdated)

    def _note(self, what: str, ids: Iterable[str]) -> None:
        for i in ids:
            if len(self.examples) >= EXAMPLES:
                return
            self.examples.append(f"{what} {i}")


@dataclass
class ReindexReport:
    users: list[PartitionReport] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)  # partitions that belong to no user

    @property
    def orphan_partitions(self) -> int:
        return len(self.orphans)

    @property
    def divergent(self) -> list[PartitionReport]:
        return [u for u in self.users if u.divergent]

    @property
    def consistent(self) -> bool:
        return not self.orphans and not self.divergent


class Reindexer:
    def __init__(self, sessions: sessionmaker[Session], embedder: Embedder, index: VectorIndex) -> None:
        self._sessions = sessions
        self._embedder = embedder
        self._index = index

    def _users(self, tenant: str | None, user_id: str | None) -> list[tuple[str, str]]:
        with self._sessions() as s:
            stmt = select(UserRow.tenant, UserRow.external_id).order_by(UserRow.pk)
            if tenant is not None:
                stmt = stmt.where(UserRow.tenant == tenant)
            if user_id is not None:
                stmt = stmt.where(UserRow.external_id == user_id)
            users = [(t, u) for t, u in s.execute(stmt).all()]
        if user_id is not None and not users:
            raise UserNotFound(user_id)
        return users

    def _active(self, tenant: str, user_id: str) -> Iterator[list[MemoryRow]]:
        last = ""
        while True:
            with self._sessions() as s:
                rows = list(
                    s.scalars(
                        select(MemoryRow)
                        .join(UserRow, UserRow.pk == MemoryRow.user_pk)
                        .where(
                            UserRow.tenant == tenant,
                            UserRow.external_id == user_id,
                            MemoryRow.status == MemoryStatus.active,
                            MemoryRow.id > last,
                        )
                        .order_by(MemoryRow.id)
                        .limit(BATCH)
                    )
                )
            if not rows:
                return
            last = rows[-1].id
            yield rows

    def run(
        self,
        *,
        tenant: str | None = None,
        user_id: str | None = None,
        fix: bool = True,
        progress: Callable[[PartitionReport], None] | None = None,
    ) -> ReindexReport:
        """Make each user's partition hold exactly their active memories (``fix=False``: only check).

        The check compares ids and, for the vectors present, the vectors themselves with SQL's embeddings.
        Vectors whose model differs from the embedder's are re-embedded and written back to SQL first.
        With no user given, partitions that belong to no user are dropped too.
        """
        report = ReindexReport()
        users = self._users(tenant, user_id)
        wanted_partitions: set[str] = set()
        for t, u in users:
            part = partition_key(t, u)
            wanted_partitions.add(part)
            rep = self._one(t, u, part, fix)
            report.users.append(rep)
            if progress is not None:
                progress(rep)
        if user_id is None and tenant is None:  # another tenant's partitions are not ours to judge
            report.orphans = sorted(p for p in self._index.partitions() if p not in wanted_partitions)
            if fix:
                self.drop(report.orphans)
        return report

    def repair(self, check: ReindexReport, progress: Callable[[PartitionReport], None] | None = None) -> ReindexReport:
        """Reindex only the users a check found divergent and drop the orphan partitions it found."""
        report = ReindexReport()
        for bad in check.divergent:
            try:
                report.users += self.run(tenant=bad.tenant, user_id=bad.user_id, progress=progress).users
            except UserNotFound:
                continue  # deleted since the check: its drop is in the outbox
        self.drop(check.orphans)
        report.orphans = list(check.orphans)
        return report

    def drop(self, partitions: Iterable[str]) -> None:
        for p in partitions:
            self._index.drop_partition(p)

    def _one(self, tenant: str, user_id: str, part: str, fix: bool) -> PartitionReport:
        rep = PartitionReport(user_id=user_id, tenant=tenant)
        present = self._index.ids(part)
        wanted: set[str] = set()
        model = self._embedder.model_name
        dropped = False
        newest: list[tuple[str, str, bytes]] = []  # (updated_at, id, embedding) of the newest embedded rows
        for rows in self._active(tenant, user_id):
            stale = [r for r in rows if r.embedding is None or r.embedding_model != model]
            wanted.update(r.id for r in rows)
            missing = [r.id for r in rows if r.id not in present]
            rep.missing += len(missing)
            rep._note("missing", missing)
            if not fix:
                rep.outdated += len(stale)
                rep._note("outdated", (r.id for r in stale))
                self._compare(part, [r for r in rows if r.id in present and r.embedding is not None], rep)
                continue
            if stale:
                self._reembed(stale)
                rep.reembedded += len(stale)
                if not dropped:  # a new model may have another dimension: start the partition afresh
                    self._index.drop_partition(part)
                    present = set()
                    dropped = True
            self._index.upsert(part, [index_record(r) for r in rows])
            rep.indexed += len(rows)
            newest = heapq.nlargest(
                NEWEST, newest + [(r.updated_at.isoformat(), r.id, r.embedding) for r in rows if r.embedding]
            )
        extra = sorted(present - wanted)
        rep.extra = len(extra)
        rep._note("extra", extra)
        if fix and extra:
            self._index.delete(part, extra)
        if fix and newest:
            self._rebuild_if_lost(tenant, user_id, part, newest, rep)
        return rep

    def _rebuild_if_lost(
        self, tenant: str, user_id: str, part: str, newest: list[tuple[str, str, bytes]], rep: PartitionReport
    ) -> None:
        """After a fix, search for the newest memories by their own vectors (as the doctor's ``search`` check
        does); if any is not found, the partition's search structure is damaged beyond what upserts mend (a
        process persisted a copy that missed others' writes): drop the partition and build it afresh."""
        lost = [i for _, i, blob in newest if not found(self._index, part, i, bytes_to_vector(blob))]
        if not lost:
            return
        log.warning("user %r: the index's search lost %d memories after reindexing; rebuilding it", user_id, len(lost))
        self._index.drop_partition(part)
        for rows in self._active(tenant, user_id):
            self._index.upsert(part, [index_record(r) for r in rows])
        rep.rebuilt = True
        rep._note("rebuilt, search had lost", lost)

    def _compare(self, part: str, rows: list[MemoryRow], rep: PartitionReport) -> None:
        """Count the indexed vectors that differ from SQL's embedding (an edit the index missed)."""
        if not rows:
            return
        stored = self._index.vectors(part, [r.id for r in rows])
        differ = [
            r.id
            for r in rows
            if r.id in stored
            and (
                stored[r.id].shape != bytes_to_vector(r.embedding or b"").shape
                or not np.allclose(stored[r.id], bytes_to_vector(r.embedding or b""), atol=SAME_VECTOR_ATOL)
            )
        ]
        rep.stale += len(differ)
        rep._note("stale", differ)

    def _reembed(self, rows: list[MemoryRow]) -> None:
        vectors = self._embedder.embed([r.text for r in rows])
        with write_tx(self._sessions) as s:
            for row, vec in zip(rows, vectors, strict=True):
                blob = vector_to_bytes(vec)
                s.execute(
                    update(MemoryRow)
                    .where(MemoryRow.id == row.id)
                    .values(embedding=blob, embedding_model=self._embedder.model_name)
                )
                row.embedding = blob
                row.embedding_model = self._embedder.model_name
        log.info("re-embedded %d memories with %s", len(rows), self._embedder.model_name)
