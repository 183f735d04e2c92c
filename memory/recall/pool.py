"""A user's active memories held in process for exact search, checked against SQL on every request.

Most users hold a few hundred to a few thousand memories. For them recall skips the vector index: the request's
cosine to every memory is one matrix product over the embeddings kept in SQL, exact where the index is
approximate, and cheaper than a round trip through it (measured here at 1,000 memories: the index query plus
reading its hits from SQL took 3.7 ms at p50; the product takes under 0.1 ms). The rows come from a
process-wide LRU, bounded by the number of vectors it holds. An entry is used only while its revision matches
what SQL says now, read in the same query that finds the user: (row count, sum of row versions, latest update,
rows embedded by the current model). Every write of a memory row inserts it, deletes it, or raises its version
and update time, so any change, from any process, is seen by the next request.

A change is applied as a delta (a chat turn that learned one memory should not cost a read of all the user's
rows): the rows updated since a second before the pool's latest update are read and applied, and the result
must add up to the new revision's count, version sum and current-model count, which it cannot after a hard
delete or a write the time window missed; then the user's rows are read afresh.
"""

from __future__ import annotations

import bisect
import itertools
import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from memory.ports import Vector
from memory.recall.rank import Candidate, is_core
from memory.recall.relevance.place import says_home
from memory.types import Memory

Revision = tuple[Hashable, ...]


@dataclass(frozen=True)
class Picked:
    """The candidates worth scoring for one request, with their vectors."""

    candidates: list[Candidate]
    vectors: dict[str, Vector]


@dataclass(frozen=True)
class RowMeta:
    """What the revision check adds up, for every row of the user (any status)."""

    version: int
    current_model: bool


class UserPool:
    """One user's active memories: light columns, the matrix of their embeddings, lowered texts; and, for every
    row of the user, what the revision adds up (so a change can be applied as a delta and checked)."""

    def __init__(
        self,
        revision: Revision,
        rows: list[tuple[Candidate, Vector | None]],
        dimension: int,
        meta: dict[str, RowMeta] | None = None,
    ) -> None:
        self.revision = revision
        self.rows = rows
        self.meta = meta if meta is not None else {}
        self.candidates = [c for c, _ in rows]
        embedded = [i for i, (_, v) in enumerate(rows) if v is not None]
        self._embedded = np.array(embedded, dtype=np.intp)
        self._matrix: NDArray[np.float32] = (
            np.stack([rows[i][1] for i in embedded]).astype(np.float32)  # type: ignore[misc]
            if embedded
            else np.zeros((0, dimension), dtype=np.float32)
        )
        self._row_of = {i: row for row, i in enumerate(embedded)}
        # one string of every text, lowered, with each text's start: a request word is found by str.find
        lowered = [c.text.lower().replace("\n", " ") for c in self.candidates]
        self._joined = "\n".join(lowered)
        self._starts = list(itertools.accumulate((len(t) + 1 for t in lowered[:-1]), initial=0))
        self._core = [i for i, c in enumerate(self.candidates) if is_core(c)]
        # where the user lives: far from the requests it bears on by cosine (a restaurant for tonight), so a
        # candidate whatever its rank; the reranker decides whether the request is place-bound
        self._homes = [i for i, c in enumerate(self.candidates) if not is_core(c) and says_home(c.text)]
        self.memories: dict[str, Memory] = {}  # full items, filled as requests choose them (valid with the pool)
        self.facets: dict[str, Vector] = {}  # topic facets (Categorizer.facets), filled as requests score them
        self.covered: dict[str, bool] = {}  # preference dimensions these rows cover (recall.elicit), as asked

    def adds_up_to(self, revision: Revision) -> bool:
        """Whether this pool's rows give ``revision``'s count, version sum and current-model count."""
        count, versions, _, current = revision[:4]
        mine = (
            len(self.meta),
            sum(m.version for m in self.meta.values()),
            sum(m.current_model for m in self.meta.values()),
        )
        return mine == (count, versions, current)

    def changed(
        self, revision: Revision, changes: list[tuple[Candidate, Vector | None, RowMeta, bool]], dimension: int
    ) -> UserPool | None:
        """A new pool: this one with ``changes`` applied (each row as read now: candidate, vector, meta, active),
        or None when the result does not add up to ``revision`` (a row was hard-deleted, or a change was
        missed): the caller then reads the user's rows afresh."""
        rows = {c.id: (c, v) for c, v in self.rows}
        meta = dict(self.meta)
        for c, v, m, active in changes:
            meta[c.id] = m
            if active:
                rows[c.id] = (c, v)
            else:
                rows.pop(c.id, None)
        pool = UserPool(revision, list(rows.values()), dimension, meta)
        if not pool.adds_up_to(revision):
            return None
        touched = {c.id for c, _, m, _ in changes if self.meta.get(c.id) != m}  # re-read but unchanged: kept
        pool.memories = {k: v for k, v in self.memories.items() if k not in touched}
        pool.facets = {k: v for k, v in self.facets.items() if k not in touched}
        return pool

    def __len__(self) -> int:
        return len(self.candidates)

    def pick(self, query: Vector, words: list[str], nearest: int, lexical: int) -> Picked:
        """The core items, what says where the user lives, the ``nearest`` by cosine, and up to ``lexical`` that
        contain a request word."""
        chosen: dict[int, None] = dict.fromkeys(self._core + self._homes)
        if len(self._embedded):
            sims = self._matrix @ query
            k = min(nearest, len(sims))
            top = np.argpartition(-sims, k - 1)[:k] if k < len(sims) else np.arange(len(sims))
            chosen.update(dict.fromkeys(self._embedded[top].tolist()))
        if words and self.candidates:
            for i in self._containing(words, lexical):
                chosen.setdefault(i)
        vectors = {self.candidates[i].id: self._matrix[self._row_of[i]] for i in chosen if i in self._row_of}
        return Picked([self.candidates[i] for i in chosen], vectors)

    def _containing(self, words: list[str], limit: int) -> list[int]:
        """The first ``limit`` rows (in row order) whose text contains a word: str.find per word, in C (one
        regex alternation over the joined texts was 0.7 ms at 1,000 memories; this is a few hundredths)."""
        rows: set[int] = set()
        for w in words:
            found, at = 0, self._joined.find(w)
            while at != -1 and found < limit:
                i = bisect.bisect_right(self._starts, at) - 1
                if i not in rows:
                    rows.add(i)
                    found += 1
                at = self._joined.find(w, self._starts[i + 1] if i + 1 < len(self._starts) else len(self._joined))
        return sorted(rows)[:limit]


class PoolCache:
    """An LRU of :class:`UserPool` by key, bounded by the total number of memories it holds."""

    def __init__(self, max_items: int) -> None:
        self._max = max_items
        self._pools: OrderedDict[Hashable, UserPool] = OrderedDict()
        self._held = 0
        self._lock = threading.Lock()

    def peek(self, key: Hashable) -> UserPool | None:
        """The pool held for ``key`` whatever its revision (to apply a change to)."""
        with self._lock:
            return self._pools.get(key)

    def get(self, key: Hashable, revision: Revision) -> UserPool | None:
        with self._lock:
            pool = self._pools.get(key)
            if pool is None or pool.revision != revision:
                return None
            self._pools.move_to_end(key)
            return pool

    def put(self, key: Hashable, pool: UserPool) -> None:
        if len(pool) > self._max:
            return
        with self._lock:
            old = self._pools.pop(key, None)
            self._held -= len(old) if old is not None else 0
            self._pools[key] = pool
            self._held += len(pool)
            while self._held > self._max:
                _, evicted = self._pools.popitem(last=False)
                self._held -= len(evicted)
