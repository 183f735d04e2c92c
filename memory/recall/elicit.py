"""What tacit does not know: for a request's topics, the preference dimensions that usually matter
(:mod:`memory.recall.dimensions`) and that none of the user's memories covers, each with a question the
assistant may ask. Always in the context JSON (``unknown``); in the prefix only when asked (``elicit``)."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from memory.db.tables import MemoryRow, UserRow
from memory.ports import Embedder, Vector
from memory.recall.dimensions import DIMENSIONS, Dimension
from memory.recall.pool import UserPool
from memory.recall.prefix import estimate_tokens
from memory.recall.types import ContextRequest, ContextResult, Unknown
from memory.store.convert import bytes_to_vector
from memory.taxonomy.categories import GENERAL, Categorizer
from memory.taxonomy.prototypes import PROTOTYPES
from memory.types import MemoryStatus

TOPIC_FLOOR = 0.3  # a category is one of the request's topics from this share of its topic distribution up
MAX_TOPICS = 2
COVER = 0.45  # a memory this close (cosine) to one of a dimension's descriptions covers it (read off 20 probe memories)
MAX_UNKNOWN = 3
ELICIT_LINE = "If the answer depends on it, you may ask the user at most one short question first, such as: {question}"
_WORD = re.compile(r"[a-z][a-z-]+")
_NAMES = list(PROTOTYPES)  # the Categorizer's order
_INDEX = {d: i for i, d in enumerate(DIMENSIONS)}


class _Read:
    """Memories that may cover the asked dimensions, read once for all of them: each text's words, and the
    embeddings as one matrix (None when there are none)."""

    def __init__(self, texts: list[str], vectors: list[Vector]) -> None:
        self.words = [set(_WORD.findall(t.lower())) for t in texts]
        self.held = np.stack(vectors) if vectors else None


class Elicitor:
    def __init__(self, sessions: sessionmaker[Session], embedder: Embedder, categorizer: Categorizer | None) -> None:
        self._sessions = sessions
        self._embedder = embedder
        self._categorizer = categorizer
        self._about: list[NDArray[np.float32]] | None = None
        self._lock = threading.Lock()

    def _descriptions(self) -> list[NDArray[np.float32]]:
        """Each dimension's descriptions, embedded once."""
        if self._about is None:
            with self._lock:
                if self._about is None:
                    texts = [t for d in DIMENSIONS for t in d.about]
                    matrix = self._embedder.embed(texts)
                    out, start = [], 0
                    for d in DIMENSIONS:
                        out.append(matrix[start : start + len(d.about)])
                        start += len(d.about)
                    self._about = out
        return self._about

    def topics(self, query: Vector) -> list[str]:
        if self._categorizer is None:
            return []
        dist = self._categorizer.topics(np.asarray(query, dtype=np.float32).reshape(1, -1), form="request")[0]
        names = _NAMES
        ranked = sorted(range(len(names)), key=lambda i: -float(dist[i]))[:MAX_TOPICS]
        return [names[i] for i in ranked if float(dist[i]) >= TOPIC_FLOOR]

    def unknown(
        self, tenant: str, user_id: str, text: str, query: Vector, pool: UserPool | None = None
    ) -> list[Unknown]:
        """The request's uncovered dimensions, most likely topic first (at most MAX_UNKNOWN). With the user's
        ``pool`` (their active rows, held in process) nothing is read from SQL, and what a dimension's coverage
        is, is kept with the pool (valid while the pool is: any change to the user's rows makes a new one)."""
        topics = self.topics(query)
        lowered = text.lower()
        asked = [
            d
            for t in topics
            for d in DIMENSIONS
            if d.category == t and (not d.when or any(w in lowered for w in d.when))
        ]
        if not asked:
            return []
        if pool is not None:
            return self._from_pool(asked, pool)
        where = _categories(asked)
        with self._sessions() as s:
            rows = s.execute(
                select(MemoryRow.text, MemoryRow.embedding)
                .join(UserRow, UserRow.pk == MemoryRow.user_pk)
                .where(
                    UserRow.tenant == tenant,
                    UserRow.external_id == user_id,
                    MemoryRow.status == MemoryStatus.active.value,
                    MemoryRow.category.in_(sorted(where)),
                )
            ).all()
        read = _Read([r.text for r in rows], [bytes_to_vector(r.embedding) for r in rows if r.embedding is not None])
        return self._uncovered(asked, lambda d: self._covered(d, read))

    def _from_pool(self, asked: list[Dimension], pool: UserPool) -> list[Unknown]:
        where = _categories(asked)
        scope = ",".join(sorted(where))
        read: _Read | None = None  # the pool's rows in ``where``, read on the first dimension not known yet

        def covered(d: Dimension) -> bool:
            nonlocal read
            key = f"{d.category}.{d.key}:{scope}"
            known = pool.covered.get(key)
            if known is None:
                if read is None:
                    rows = [(c.text, v) for c, v in pool.rows if c.category in where]
                    read = _Read([t for t, _ in rows], [v for _, v in rows if v is not None])
                known = pool.covered[key] = self._covered(d, read)
            return known

        return self._uncovered(asked, covered)

    def _covered(self, d: Dimension, read: _Read) -> bool:
        """Whether one of the memories ``read`` names the dimension's words or comes close to one of its
        descriptions."""
        if any(not w.isdisjoint(d.words) for w in read.words):
            return True
        return read.held is not None and float((read.held @ self._descriptions()[_INDEX[d]].T).max()) >= COVER

    @staticmethod
    def _uncovered(asked: list[Dimension], covered: Callable[[Dimension], bool]) -> list[Unknown]:
        out = [
            Unknown(dimension=f"{d.category}.{d.key}", category=d.category, question=d.question)
            for d in asked
            if not covered(d)
        ]
        return out[:MAX_UNKNOWN]

    def attach(
        self,
        tenant: str,
        user_id: str,
        req: ContextRequest,
        text: str,
        query: Vector,
        result: ContextResult,
        pool: UserPool | None = None,
    ) -> ContextResult:
        """``result`` with its ``unknown`` filled in and, when the request asks (``elicit``), one line after the
        memory block allowing one question (the first unknown's)."""
        result.unknown = self.unknown(tenant, user_id, text, query, pool)
        if req.elicit and result.unknown:
            result.prefix += ELICIT_LINE.format(question=result.unknown[0].question) + "\n"
            result.tokens = estimate_tokens(result.prefix)
        return result


def _categories(asked: list[Dimension]) -> set[str]:
    """Where a memory covering one of the ``asked`` dimensions may be filed."""
    return {GENERAL, *(d.category for d in asked), *(c for d in asked for c in d.also)}
