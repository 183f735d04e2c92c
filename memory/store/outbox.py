"""The vector outbox: index changes recorded with the SQL write, applied after the commit.

A write puts a row here in the same transaction as the memory and its event. After the commit the relay
applies it and removes the row. If the process dies in between, or the index refuses, the row stays and
:meth:`OutboxRelay.drain` (run at start-up and periodically by the server) applies it later.

Applying is idempotent: a ``sync`` row re-reads the memory and makes the index match it (upsert when the
item is active, delete otherwise), so replaying a row, or rows out of order, converges on SQL's state.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from memory.db.tables import MemoryRow, VectorOutboxRow
from memory.errors import IndexUnavailable
from memory.ports import VectorIndex, VectorRecord
from memory.store.convert import bytes_to_vector
from memory.types import MemoryStatus

log = logging.getLogger(__name__)

SYNC = "sync"
DROP = "drop"


def record_sync(session: Session, partition: str, memory_ids: Iterable[str]) -> list[int]:
    rows = [VectorOutboxRow(partition=partition, memory_id=m, op=SYNC, attempts=0) for m in memory_ids]
    session.add_all(rows)
    session.flush()
    return [r.id for r in rows]


def record_drop(session: Session, partition: str) -> int:
    row = VectorOutboxRow(partition=partition, memory_id=None, op=DROP, attempts=0)
    session.add(row)
    session.flush()
    return row.id


def index_record(row: MemoryRow) -> VectorRecord:
    """What the index holds of a memory: its id and vector, nothing else. Every search hit is read back from
    SQL, so the index needs no copy of kind, category or pin (written as Chroma metadata they cost about 5 ms
    of every upsert, and a pin or a kind change would have been an index write)."""
    return VectorRecord(id=row.id, vector=bytes_to_vector(row.embedding or b""))


@dataclass
class DrainResult:
    applied: int = 0
    failed: int = 0


class OutboxRelay:
    def __init__(self, sessions: sessionmaker[Session], index: VectorIndex) -> None:
        self._sessions = sessions
        self._index = index

    def pending(self) -> int:
        with self._sessions() as s:
            return len(s.scalars(select(VectorOutboxRow.id)).all())

    def apply(self, outbox_ids: Sequence[int]) -> DrainResult:
        """Apply these rows now (right after the write that recorded them). Never raises for the index:
        a failure is logged and left for :meth:`drain`."""
        if not outbox_ids:
            return DrainResult()
        with self._sessions() as s:
            rows = list(s.scalars(select(VectorOutboxRow).where(VectorOutboxRow.id.in_(outbox_ids))))
        return self._apply_rows(rows)

    def drain(self, batch: int = 500) -> DrainResult:
        """Apply every pending row, oldest first."""
        total = DrainResult()
        last_id = 0
        while True:
            with self._sessions() as s:
                rows = list(
                    s.scalars(
                        select(VectorOutboxRow)
                        .where(VectorOutboxRow.id > last_id)
                        .order_by(VectorOutboxRow.id)
                        .limit(batch)
                    )
                )
            if not rows:
                return total
            last_id = rows[-1].id
            result = self._apply_rows(rows)
            total.applied += result.applied
            total.failed += result.failed

    def _apply_rows(self, rows: list[VectorOutboxRow]) -> DrainResult:
        result = DrainResult()
        # Drops first within a batch would lose later syncs of a re-created user, so keep row order:
        # split into runs of consecutive syncs per partition between drops.
        run: dict[str, list[VectorOutboxRow]] = defaultdict(list)
        for row in rows:
            if row.op == DROP:
                self._flush_syncs(run, result)
                run = defaultdict(list)
                self._apply_group([row], result, partial(self._index.drop_partition, row.partition))
            else:
                run[row.partition].append(row)
        self._flush_syncs(run, result)
        return result

    def _flush_syncs(self, run: dict[str, list[VectorOutboxRow]], result: DrainResult) -> None:
        for partition, group in run.items():
            memory_ids = {r.memory_id for r in group if r.memory_id}
            self._apply_group(group, result, partial(self._sync, partition, memory_ids))

    def _sync(self, partition: str, memory_ids: set[str]) -> None:
        with self._sessions() as s:
            found = list(s.scalars(select(MemoryRow).where(MemoryRow.id.in_(memory_ids))))
        live = [r for r in found if r.status == MemoryStatus.active and r.embedding is not None]
        live_ids = {r.id for r in live}
        self._index.upsert(partition, [index_record(r) for r in live])
        self._index.delete(partition, sorted(memory_ids - live_ids))

    def _apply_group(self, group: list[VectorOutboxRow], result: DrainResult, action: Callable[[], None]) -> None:
        ids = [r.id for r in group]
        try:
            action()
        except IndexUnavailable as exc:
            log.warning("vector index change deferred (%d outbox rows): %s", len(ids), exc)
            with self._sessions.begin() as s:
                s.execute(
                    update(VectorOutboxRow)
                    .where(VectorOutboxRow.id.in_(ids))
                    .values(attempts=VectorOutboxRow.attempts + 1, last_error=str(exc)[:2000])
                )
            result.failed += len(ids)
            return
        with self._sessions.begin() as s:
            s.execute(delete(VectorOutboxRow).where(VectorOutboxRow.id.in_(ids)))
        result.applied += len(ids)
