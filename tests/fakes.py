"""Small real stand-ins for tests (no patching of tacit's modules)."""

from __future__ import annotations

from collections.abc import Sequence

from memory.errors import IndexUnavailable
from memory.ports import Vector, VectorIndex, VectorMatch, VectorRecord


class FlakyIndex:
    """A real index that can be switched off: while ``down`` every call fails like an unreachable server."""

    def __init__(self, inner: VectorIndex) -> None:
        self.inner = inner
        self.down = False
        self.calls = 0

    def _check(self) -> None:
        self.calls += 1
        if self.down:
            raise IndexUnavailable("index is down (test)")

    def upsert(self, partition: str, records: Sequence[VectorRecord]) -> None:
        self._check()
        self.inner.upsert(partition, records)

    def delete(self, partition: str, ids: Sequence[str]) -> None:
        self._check()
        self.inner.delete(partition, ids)

    def query(self, partition: str, vector: Vector, k: int) -> list[VectorMatch]:
        self._check()
        return self.inner.query(partition, vector, k)

    def ids(self, partition: str) -> set[str]:
        self._check()
        return self.inner.ids(partition)

    def drop_partition(self, partition: str) -> None:
        self._check()
        self.inner.drop_partition(partition)

    def partitions(self) -> set[str]:
        self._check()
        return self.inner.partitions()

    def ping(self) -> None:
        self._check()
        self.inner.ping()
