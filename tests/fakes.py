"""Small real stand-ins for tests (no patching of tacit's modules)."""

from __future__ import annotations

from collections.abc import Sequence

from agents.extract.types import Candidate, Extraction, Turn
from memory.errors import IndexUnavailable
from memory.ports import Vector, VectorIndex, VectorMatch, VectorRecord


class FlakyIndex:
    """A real index that can be switched off: while ``down`` every call fails like an unreachable server; while
    ``writes_held`` only writes fail, as when a change is committed in SQL and not yet applied to the index
    (another process between its commit and its outbox apply)."""

    def __init__(self, inner: VectorIndex) -> None:
        self.inner = inner
        self.down = False
        self.writes_held = False
        self.calls = 0

    def _check(self) -> None:
        self.calls += 1
        if self.down:
            raise IndexUnavailable("index is down (test)")

    def _check_write(self) -> None:
        self._check()
        if self.writes_held:
            raise IndexUnavailable("index writes are held (test)")

    def upsert(self, partition: str, records: Sequence[VectorRecord]) -> None:
        self._check_write()
        self.inner.upsert(partition, records)

    def delete(self, partition: str, ids: Sequence[str]) -> None:
        self._check_write()
        self.inner.delete(partition, ids)

    def query(self, partition: str, vector: Vector, k: int) -> list[VectorMatch]:
        self._check()
        return self.inner.query(partition, vector, k)

    def ids(self, partition: str) -> set[str]:
        self._check()
        return self.inner.ids(partition)

    def vectors(self, partition: str, ids: Sequence[str]) -> dict[str, Vector]:
        self._check()
        return self.inner.vectors(partition, ids)

    def drop_partition(self, partition: str) -> None:
        self._check_write()
        self.inner.drop_partition(partition)

    def partitions(self) -> set[str]:
        self._check()
        return self.inner.partitions()

    def ping(self) -> None:
        self._check()
        self.inner.ping()


class ScriptedExtractor:
    """An extractor with queued answers: each call pops one ``Extraction`` (or raises a queued exception).

    Candidates without a message id get the id of the focused turn their quote comes from, or else of the
    first focused turn, as a real extractor would.
    """

    name = "scripted"

    def __init__(self) -> None:
        self._queue: list[Extraction | Exception] = []
        self.calls: list[tuple[list[Turn], list[int]]] = []

    def enqueue(self, *items: Extraction | Exception | list[Candidate]) -> None:
        for item in items:
            self._queue.append(Extraction(candidates=item) if isinstance(item, list) else item)

    def extract(self, turns: Sequence[Turn], focus: Sequence[int]) -> Extraction:
        self.calls.append((list(turns), list(focus)))
        if not self._queue:
            raise AssertionError("ScriptedExtractor: no answer queued")
        item = self._queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return Extraction(
            candidates=[
                c if c.message_id is not None else c.model_copy(update={"message_id": _source(c, turns, focus)})
                for c in item.candidates
            ],
            usage=item.usage,
        )


def _source(c: Candidate, turns: Sequence[Turn], focus: Sequence[int]) -> int | None:
    quoted = [turns[i].message_id for i in focus if c.quote and c.quote in turns[i].content]
    return quoted[0] if quoted else (turns[focus[0]].message_id if focus else None)
